"""EPUB: the chapters in spine order, read with EbookLib after the archive is checked."""

from __future__ import annotations

import io
import re
import warnings

from reader_app.core.errors import ReaderError
from reader_app.core.formats.archive import open_zip, read_member, refuse_xml_entities
from reader_app.core.formats.markup import html_to_text

_ENCRYPTED = re.compile(rb"""CipherReference[^>]*?URI\s*=\s*["']([^"']+)["']""")
_FONTS = (b".ttf", b".otf", b".woff", b".woff2")


def epub_to_text(data: bytes) -> str:
    archive = open_zip(data, "EPUB")
    refuse_xml_entities(archive, "EPUB")
    if "META-INF/encryption.xml" in archive.namelist():
        listed = read_member(archive, "META-INF/encryption.xml", "EPUB")
        # Publishers obfuscate embedded fonts, which is harmless; encrypted chapters are DRM.
        if any(not uri.lower().endswith(_FONTS) for uri in _ENCRYPTED.findall(listed)):
            raise ReaderError("the EPUB is protected by DRM (its chapters are encrypted)")
    try:
        import ebooklib
        from ebooklib import epub

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # EbookLib warns about its own future defaults
            book = epub.read_epub(io.BytesIO(data), {"ignore_ncx": True})
        chapters = []
        for item_id, _linear in book.spine:
            item = book.get_item_with_id(item_id)
            # A chapter declared as "text/html" (older EPUBs) is no ITEM_DOCUMENT to EbookLib.
            if item is not None and (
                item.get_type() == ebooklib.ITEM_DOCUMENT
                or "html" in (getattr(item, "media_type", "") or "").lower()
            ):
                chapters.append(html_to_text(item.get_content()))
        pictures = any(item.get_type() == ebooklib.ITEM_IMAGE for item in book.get_items())
    except ReaderError:
        raise
    except Exception as error:  # EbookLib raises many kinds of errors on a broken book
        raise ReaderError(f"damaged EPUB file ({type(error).__name__})") from error
    if chapters and not any(chapters) and pictures:
        # A comic or a scanned book: an empty result would look like a fault of ours.
        raise ReaderError("the EPUB holds no text (its pages are pictures)")
    return "\n\n".join(chapter for chapter in chapters if chapter)
