"""Word documents (.docx): paragraphs, headings and tables in order, read with python-docx."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from reader_app.core.errors import ReaderError
from reader_app.core.formats.archive import open_zip, refuse_xml_entities

_SHORT_CELL = 12  # words


def docx_to_text(data: bytes) -> str:
    archive = open_zip(data, "Word")
    refuse_xml_entities(archive, "Word")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = [text.strip() for text in _texts(document)]
        pictures = len(document.inline_shapes) > 0
    except Exception as error:  # python-docx raises many kinds of errors on a broken file
        raise ReaderError(f"damaged Word file ({type(error).__name__})") from error
    if pictures and not any(paragraphs):
        # Scanned pages pasted in as pictures: an empty result would look like a fault of ours.
        raise ReaderError("the Word document holds no text, only pictures")
    return "\n\n".join(p for p in paragraphs if p)


def _texts(container: object) -> Iterator[str]:
    """Each paragraph's text in reading order; a table's rows in order, a row of values (a
    data table) as one line, a row with sentences in it (a table used for layout) cell by
    cell, nested tables within their cell."""
    from docx.table import Table

    for block in container.iter_inner_content():  # type: ignore[attr-defined]
        if not isinstance(block, Table):
            yield block.text
            continue
        for row in block.rows:
            cells: list[Any] = []
            for cell in row.cells:
                # A merged cell comes once per grid column it spans.
                if all(cell._tc is not seen._tc for seen in cells):
                    cells.append(cell)
            texts = [[t.strip() for t in _texts(cell) if t.strip()] for cell in cells]
            if all(len(parts) <= 1 and _is_a_value(" ".join(parts)) for parts in texts):
                yield " | ".join(parts[0] for parts in texts if parts)
            else:
                for parts in texts:
                    yield from parts


def _is_a_value(text: str) -> bool:
    """A data table's cell: a few words, not a sentence."""
    return len(text.split()) <= _SHORT_CELL and not text.endswith((".", "!", "?"))
