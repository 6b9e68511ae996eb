"""Word documents (.docx): paragraphs, headings and tables' cells in order, read with
python-docx."""

from __future__ import annotations

import io
from collections.abc import Iterator

from reader_app.core.errors import ReaderError
from reader_app.core.formats.archive import open_zip, refuse_xml_entities


def docx_to_text(data: bytes) -> str:
    archive = open_zip(data, "Word")
    refuse_xml_entities(archive, "Word")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = [text.strip() for text in _texts(document)]
    except Exception as error:  # python-docx raises many kinds of errors on a broken file
        raise ReaderError(f"damaged Word file ({type(error).__name__})") from error
    return "\n\n".join(p for p in paragraphs if p)


def _texts(container: object) -> Iterator[str]:
    """Each paragraph's text in reading order, a table's cells row by row (a report or a
    letter often sets its text in a table), nested tables within their cell."""
    from docx.table import Table

    for block in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    # A merged cell comes once per grid column it spans.
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        yield from _texts(cell)
        else:
            yield block.text
