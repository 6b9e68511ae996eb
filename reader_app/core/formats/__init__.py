"""Readers for each supported file format; each turns bytes into plain text blocks."""

from __future__ import annotations

import importlib
import os

from reader_app.core.errors import ReaderError
from reader_app.core.formats.txt import decode_text

FORMATS = {
    "txt": "Text",
    "md": "Markdown",
    "html": "Web page",
    "epub": "EPUB book",
    "docx": "Word document",
    "odt": "OpenDocument text",
    "pdf": "PDF",
    "subtitles": "Subtitles",
    "email": "E-mail message or web archive",
    "rtf": "Rich Text",
    "fb2": "FictionBook",
    "zipped": "A document in a zip archive",
}
EXTENSIONS = {
    "txt": (".txt", ".text"),
    "md": (".md", ".markdown", ".mdown", ".mkd"),
    "html": (".html", ".htm", ".xhtml"),
    "epub": (".epub",),
    "docx": (".docx",),
    "odt": (".odt",),
    "pdf": (".pdf",),
    "subtitles": (".srt", ".vtt"),
    "email": (".eml", ".mht", ".mhtml"),
    "rtf": (".rtf",),
    "fb2": (".fb2",),
    "zipped": (".zip",),
}
_HTML_STARTS = ("<!doctype html", "<html", "<?xml version")
_SAVE_AS = "save it as .docx, .txt or PDF to open it"
_UNPACK = "unpack it and open one of its files"
# Files people often try that Reader does not read, named so the message says what to do:
# (how the file starts, whether it is binary, the message). A binary file also has a NUL byte
# near its start, which tells it from a text that opens with the same letters.
_UNSUPPORTED = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        True,
        f"an old Office file (.doc) or an encrypted one; {_SAVE_AS}",
    ),
    (b"\x89PNG\r\n\x1a\n", True, "an image (PNG), not a text"),
    (b"\xff\xd8\xff", True, "an image (JPEG), not a text"),
    (b"GIF8", True, "an image (GIF), not a text"),
    (b"\x1f\x8b", True, "a gzip-compressed file; uncompress it first"),
    (b"BZh", True, "a bzip2-compressed file; uncompress it first"),
    (b"\xfd7zXZ\x00", False, "an xz-compressed file; uncompress it first"),
    (b"7z\xbc\xaf\x27\x1c", False, f"a 7-Zip archive; {_UNPACK}"),
    (b"Rar!\x1a\x07", False, f"a RAR archive; {_UNPACK}"),
)
_OPEN_DOCUMENT = b"application/vnd.oasis.opendocument."
# The kinds found by their content alone (a PDF's marker, a zip's parts).
_ZIP_OR_PDF = ("pdf", "epub", "docx", "odt", "zipped")


def _the_one_document(names: list[str]) -> str | None:
    """The name of the archive's one file that Reader reads by its extension, if it holds
    one and nothing else but folders and a Mac's resource forks."""
    files = [name for name in names if not name.endswith("/") and not name.startswith("__MACOSX/")]
    readable = {extension for extensions in EXTENSIONS.values() for extension in extensions}
    if len(files) == 1 and os.path.splitext(files[0])[1].lower() in readable:
        return files[0]
    return None


def _zip_kind(data: bytes) -> str:
    from reader_app.core.formats.archive import open_zip, read_member

    archive = open_zip(data, "zip")
    names = set(archive.namelist())
    if (
        "mimetype" in names
        and read_member(archive, "mimetype", "zip").strip() == b"application/epub+zip"
    ):
        return "epub"
    if "META-INF/container.xml" in names:
        return "epub"
    if "word/document.xml" in names:
        return "docx"
    if _the_one_document(archive.namelist()) is not None:
        return "zipped"  # a book zipped: Project Gutenberg's .zip, a library's .fb2.zip
    if "xl/workbook.xml" in names:
        raise ReaderError(
            "an Excel workbook, which Reader does not read; save it as CSV to open it"
        )
    if "ppt/presentation.xml" in names:
        raise ReaderError(f"a PowerPoint presentation, which Reader does not read; {_SAVE_AS}")
    if "mimetype" in names:
        mimetype = read_member(archive, "mimetype", "zip").strip()
        if mimetype == _OPEN_DOCUMENT + b"text":
            return "odt"
        if mimetype.startswith(_OPEN_DOCUMENT):
            kind = mimetype.removeprefix(_OPEN_DOCUMENT).decode("ascii", "replace")
            raise ReaderError(
                f"an OpenDocument {kind}, which Reader does not read; save it as a text document"
            )
    raise ReaderError(f"a zip archive of several files, or of none Reader reads; {_UNPACK}")


def detect_format(path: str, data: bytes) -> str:
    """The format by content first (a wrong extension is corrected), then by extension."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(b"{\\rtf"):
        return "rtf"
    from reader_app.core.formats.fb2 import looks_like_fiction_book

    if looks_like_fiction_book(data):
        return "fb2"
    for signature, binary, what in _UNSUPPORTED:
        if data.startswith(signature) and (not binary or b"\0" in data[:1024]):
            raise ReaderError(what)
    if data[257:262] == b"ustar":
        raise ReaderError(f"a tar archive; {_UNPACK}")
    if data[60:68] in (b"BOOKMOBI", b"TEXtREAd"):  # a Palm database's type and creator
        raise ReaderError(
            "a Kindle or Palm e-book (.mobi, .azw, .prc), which Reader does not read; "
            "convert it to EPUB (Calibre does) to open it"
        )
    from reader_app.core.formats.email_message import looks_like_an_email

    if looks_like_an_email(data[:4096].decode("latin-1")):
        return "email"
    extension = os.path.splitext(path)[1].lower()
    if any(extension in EXTENSIONS[kind] for kind in _ZIP_OR_PDF):
        # Named as a binary format but not one: read it as text if it is text.
        return "txt"
    for kind in ("html", "md", "subtitles"):
        if extension in EXTENSIONS[kind]:
            return kind
    return "txt"


# The readers of binary formats, by kind: (module in this package, function of the bytes),
# imported only when a file of the kind is opened.
_BYTE_READERS = {
    "pdf": ("pdf", "pdf_to_text"),
    "epub": ("epub", "epub_to_text"),
    "docx": ("docx", "docx_to_text"),
    "odt": ("odt", "odt_to_text"),
    "fb2": ("fb2", "fb2_to_text"),
    "rtf": ("rtf", "rtf_to_text"),
    "email": ("email_message", "email_to_text"),
}


def read_text(path: str, data: bytes) -> str:
    """The text of a file of any supported format, paragraphs separated by blank lines."""
    kind = detect_format(path, data)
    if kind in _BYTE_READERS:
        module, function = _BYTE_READERS[kind]
        reader = getattr(importlib.import_module(f"{__name__}.{module}"), function)
        return str(reader(data))
    if kind == "zipped":
        return _zipped_text(data)
    text = decode_text(data)
    if kind == "txt" and text.lstrip()[:20].lower().startswith(_HTML_STARTS[:2]):
        kind = "html"  # a saved web page with the wrong extension
    if kind == "html":
        from reader_app.core.formats.html import web_page_to_text

        return web_page_to_text(text)
    if kind == "md":
        from reader_app.core.formats.md import markdown_to_text

        return markdown_to_text(text)
    from reader_app.core.formats.subtitles import looks_like_subtitles, subtitles_to_text

    # By content, whatever the extension: prose named .srt stays prose.
    if looks_like_subtitles(text):
        return subtitles_to_text(text)
    if "\f" in text:
        # Pages, as pdftotext writes them: their running heads and numbers go, and a
        # paragraph that runs on to the next page is one paragraph.
        from reader_app.core.formats.pdf import without_running_heads

        return "\n".join(without_running_heads(text.split("\f")))
    return text


def _zipped_text(data: bytes) -> str:
    """The text of the one document a zip archive holds (detect_format found it)."""
    from reader_app.core.formats.archive import open_zip, read_member

    archive = open_zip(data, "zip")
    name = _the_one_document(archive.namelist())
    if name is None:
        raise ReaderError("damaged zip archive")
    inner = read_member(archive, name, "zip")
    if inner.startswith(b"PK\x03\x04") and _zip_kind(inner) == "zipped":
        raise ReaderError("a zip archive inside a zip archive; unpack it first")
    return read_text(name, inner)
