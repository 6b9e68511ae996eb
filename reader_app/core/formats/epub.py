"""EPUB: the chapters in spine order, read with EbookLib after the archive is checked."""

from __future__ import annotations

import io
import warnings

from reader_app.core.errors import ReaderError
from reader_app.core.formats.archive import open_zip, refuse_xml_entities
from reader_app.core.formats.markup import html_to_text


def epub_to_text(data: bytes) -> str:
    archive = open_zip(data, "EPUB")
    refuse_xml_entities(archive, "EPUB")
    try:
        import ebooklib
        from ebooklib import epub

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # EbookLib warns about its own future defaults
            book = epub.read_epub(io.BytesIO(data), {"ignore_ncx": True})
        chapters = []
        for item_id, _linear in book.spine:
            item = book.get_item_with_id(item_id)
            if item is not None and item.get_type() == ebooklib.ITEM_DOCUMENT:
                chapters.append(html_to_text(item.get_content()))
    except ReaderError:
        raise
    except Exception as error:  # EbookLib raises many kinds of errors on a broken book
        raise ReaderError(f"damaged EPUB file ({type(error).__name__})") from error
    return "\n\n".join(chapter for chapter in chapters if chapter)
