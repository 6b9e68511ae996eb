"""Rich Text (.rtf): the document's text, read with striprtf; headers, footers, footnotes,
pictures and fields' codes are left out, a table's row of values read as one line."""

from __future__ import annotations

import re

from reader_app.core.errors import ReaderError
from reader_app.core.formats.table_rows import row_lines

# striprtf ends each table cell with "|" and each row with a newline.
_CELL_END = re.compile(r"\s*\|\s*")
# A picture's or an embedded object's bytes, written in hexadecimal: striprtf skips them one
# character at a time (7 s for a picture of 10 MB), and no text looks like them.
_HEX_DATA = re.compile(rb"[0-9a-fA-F\r\n]{512,}")


def rtf_to_text(data: bytes) -> str:
    from striprtf.striprtf import rtf_to_text as strip_rtf

    # RTF is 7-bit text that names its code page; Latin-1 keeps any stray byte as it is.
    try:
        text = strip_rtf(_HEX_DATA.sub(b"", data).decode("latin-1"), errors="replace")  # type: ignore[no-untyped-call]
    except Exception as error:  # striprtf raises what its parsing meets on a broken file
        raise ReaderError(f"damaged Rich Text file ({type(error).__name__})") from error
    paragraphs: list[str] = []
    for line in text.split("\n"):
        if "|" in line:
            paragraphs.extend(row_lines([[cell] for cell in _CELL_END.split(line) if cell]))
        elif line.strip():
            paragraphs.append(line.strip())
    return "\n\n".join(paragraphs)
