"""Zip archives (EPUB, DOCX) opened safely: sizes checked before anything is inflated."""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from reader_app.core.errors import ReaderError

MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # a zip bomb inflates thousands of times; real documents a few times
MAX_MEMBERS = 20_000
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


def open_zip(data: bytes, kind: str) -> zipfile.ZipFile:
    """A ZipFile over `data` after checking member sizes, counts and compression ratios."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ReaderError(f"damaged {kind} file (not a readable zip archive)") from error
    if len(members) > MAX_MEMBERS:
        raise ReaderError(f"{kind} file has too many parts ({len(members):,})")
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
            raise ReaderError(f"{kind} file would inflate beyond {MAX_TOTAL_BYTES // 2**20} MiB")
        if member.compress_size and member.file_size / member.compress_size > MAX_RATIO:
            raise ReaderError(f"{kind} file looks like a zip bomb (compression ratio too high)")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, kind: str) -> bytes:
    """One member's bytes, read no further than its declared size."""
    try:
        with archive.open(name) as handle:
            data = handle.read(MAX_MEMBER_BYTES + 1)
    except KeyError as error:
        raise ReaderError(f"damaged {kind} file (missing {name})") from error
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as error:
        raise ReaderError(f"damaged {kind} file ({name} cannot be read)") from error
    if len(data) > MAX_MEMBER_BYTES:
        raise ReaderError(f"{kind} file has a part larger than {MAX_MEMBER_BYTES // 2**20} MiB")
    return data


def refuse_xml_entities(archive: zipfile.ZipFile, kind: str) -> None:
    """XML with entity declarations can expand without bound or pull in local files."""
    markup = (".xml", ".xhtml", ".html", ".htm", ".opf", ".ncx", ".rels")
    for member in archive.infolist():
        name = member.filename
        if name.lower().endswith(markup):
            refuse_entities_in(read_member(archive, name, kind), kind)


def refuse_entities_in(markup: bytes, kind: str) -> None:
    """A ReaderError for one XML document that declares entities."""
    if _ENTITY.search(markup):
        raise ReaderError(f"{kind} file contains XML entity declarations, which are refused")
