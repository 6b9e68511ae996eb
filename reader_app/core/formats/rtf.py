"""Rich Text (.rtf): the document's text, read with striprtf, then its footnotes; headers,
footers, pictures and fields' codes are left out, a table's row of values read as one line."""

from __future__ import annotations

import re

from reader_app.core.errors import ReaderError
from reader_app.core.formats.table_rows import row_lines

# striprtf ends each table cell with "|" and each row with a newline.
_CELL_END = re.compile(r"\s*\|\s*")
# A picture's or an embedded object's bytes, written in hexadecimal: striprtf skips them one
# character at a time (7 s for a picture of 10 MB), and no text looks like them.
_HEX_DATA = re.compile(rb"[0-9a-fA-F\r\n]{512,}")


_FOOTNOTE = re.compile(rb"\{\\footnote\b")
_CODE_PAGE = re.compile(rb"\\ansicpg\d+")
_MAX_FOOTNOTES = 10_000
_BRACE_OR_ESCAPE = re.compile(rb"\\.|[{}]", re.DOTALL)  # "\\{" is an escaped brace, no group


def rtf_to_text(data: bytes) -> str:
    from striprtf.striprtf import rtf_to_text as strip_rtf

    data = _HEX_DATA.sub(b"", data)
    code_page = _CODE_PAGE.search(data[:4096])
    header = b"{\\rtf1\\ansi" + (code_page.group() if code_page else b"") + b" "
    # RTF is 7-bit text that names its code page; Latin-1 keeps any stray byte as it is.
    try:
        text = strip_rtf(data.decode("latin-1"), errors="replace")  # type: ignore[no-untyped-call]
        # striprtf leaves the footnotes out; they are read after the text, as a book's notes.
        notes = [
            strip_rtf((header + note + b"}").decode("latin-1"), errors="replace")  # type: ignore[no-untyped-call]
            for note in _footnotes(data)
        ]
    except Exception as error:  # striprtf raises what its parsing meets on a broken file
        raise ReaderError(f"damaged Rich Text file ({type(error).__name__})") from error
    paragraphs: list[str] = []
    for line in "\n".join([text, *notes]).split("\n"):
        if "|" in line:
            paragraphs.extend(row_lines([[cell] for cell in _CELL_END.split(line) if cell]))
        elif line.strip():
            paragraphs.append(line.strip())
    return "\n\n".join(paragraphs)


def _footnotes(data: bytes) -> list[bytes]:
    """The content of each footnote group, "{\\footnote ...}", in one pass over the braces."""
    starts = {found.start(): found.end() for found in _FOOTNOTE.finditer(data)}
    if not starts:
        return []
    notes: list[bytes] = []
    open_groups: list[int] = []
    for mark in _BRACE_OR_ESCAPE.finditer(data):
        token = mark.group()
        if token == b"{":
            open_groups.append(mark.start())
        elif token == b"}" and open_groups:
            opened = open_groups.pop()
            if opened in starts and len(notes) < _MAX_FOOTNOTES:
                notes.append(data[starts[opened] : mark.start()])
    return notes
