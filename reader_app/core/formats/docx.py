"""Word documents (.docx): paragraphs, headings, tables and text boxes in order, read with
python-docx."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from reader_app.core.errors import ReaderError
from reader_app.core.formats.archive import open_zip, refuse_xml_entities

_SHORT_CELL = 12  # words
_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_BOX, _PARAGRAPH, _TABLE = _WORD + "txbxContent", _WORD + "p", _WORD + "tbl"
# Word saves each text box twice, as a drawing and as a fallback for older readers.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def docx_to_text(data: bytes) -> str:
    archive = open_zip(data, "Word")
    refuse_xml_entities(archive, "Word")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = [text.strip() for text in _texts(document.iter_inner_content())]
        pictures = len(document.inline_shapes) > 0
    except Exception as error:  # python-docx raises many kinds of errors on a broken file
        raise ReaderError(f"damaged Word file ({type(error).__name__})") from error
    if pictures and not any(paragraphs):
        # Scanned pages pasted in as pictures: an empty result would look like a fault of ours.
        raise ReaderError("the Word document holds no text, only pictures")
    return "\n\n".join(p for p in paragraphs if p)


def _texts(blocks: Iterator[Any]) -> Iterator[str]:
    """Each paragraph's text in reading order; a table's rows in order, a row of values (a
    data table) as one line, a row with sentences in it (a table used for layout) cell by
    cell, nested tables within their cell."""
    from docx.table import Table

    for block in blocks:
        if not isinstance(block, Table):
            yield block.text
            # A text box (a sidebar, a pull quote, a flyer's columns) is read after the
            # paragraph it is anchored in.
            for box in _text_boxes(block._p):
                yield from _texts(_box_blocks(box, block._parent))
            continue
        for row in block.rows:
            cells: list[Any] = []
            for cell in row.cells:
                # A merged cell comes once per grid column it spans.
                if all(cell._tc is not seen._tc for seen in cells):
                    cells.append(cell)
            texts = [
                [t.strip() for t in _texts(cell.iter_inner_content()) if t.strip()]
                for cell in cells
            ]
            if all(len(parts) <= 1 and _is_a_value(" ".join(parts)) for parts in texts):
                yield " | ".join(parts[0] for parts in texts if parts)
            else:
                for parts in texts:
                    yield from parts


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """The text boxes of a paragraph, once each: not their fallback copies, and not the boxes
    within a box, which are read with it."""
    for box in paragraph.iter(_TEXT_BOX):
        outer = box.getparent()
        while outer is not None and outer is not paragraph:
            if outer.tag in (_FALLBACK, _TEXT_BOX):
                break
            outer = outer.getparent()
        else:
            yield box


def _box_blocks(box: Any, parent: Any) -> Iterator[Any]:
    """A text box's paragraphs and tables, as python-docx reads a document's."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in box:
        if child.tag == _PARAGRAPH:
            yield Paragraph(child, parent)
        elif child.tag == _TABLE:
            yield Table(child, parent)


def _is_a_value(text: str) -> bool:
    """A data table's cell: a few words, not a sentence."""
    return len(text.split()) <= _SHORT_CELL and not text.endswith((".", "!", "?"))
