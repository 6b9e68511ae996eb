"""Word documents (.docx): paragraphs, headings, tables and text boxes in order, then the
footnotes and endnotes, read with python-docx."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from reader_app.core.errors import ReaderError
from reader_app.core.formats.archive import open_zip, refuse_xml_entities
from reader_app.core.formats.table_rows import row_lines

_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARAGRAPH, _TABLE, _TEXT_BOX = _WORD + "p", _WORD + "tbl", _WORD + "txbxContent"
# Content controls (a template's title, abstract and form fields) and custom XML wrap
# paragraphs and tables, which python-docx does not look into.
_WRAPPERS = {_WORD + "sdt", _WORD + "sdtContent", _WORD + "customXml"}
# A paragraph's characters: its text and what python-docx reads for tabs and breaks.
_CHARACTERS = {
    _WORD + "t": None,
    _WORD + "tab": "\t",
    _WORD + "ptab": "\t",
    _WORD + "br": "\n",
    _WORD + "cr": "\n",
    _WORD + "noBreakHyphen": "-",
}
# Not read as the paragraph's text: text boxes (read after it), Word's fallback copy of a
# drawing for older readers, and a tracked move's old place (its new place is read).
_NOT_IN_TEXT = {
    _TEXT_BOX,
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
    _WORD + "moveFrom",
}


def docx_to_text(data: bytes) -> str:
    archive = open_zip(data, "Word")
    refuse_xml_entities(archive, "Word")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        paragraphs = [text.strip() for text in _texts(_blocks(body, document))]
        paragraphs += [text.strip() for text in _notes(document)]
        pictures = len(document.inline_shapes) > 0
    except Exception as error:  # python-docx raises many kinds of errors on a broken file
        raise ReaderError(f"damaged Word file ({type(error).__name__})") from error
    if pictures and not any(paragraphs):
        # Scanned pages pasted in as pictures: an empty result would look like a fault of ours.
        raise ReaderError("the Word document holds no text, only pictures")
    return "\n\n".join(p for p in paragraphs if p)


_NOTES = {  # the parts that hold the notes, and each note's element
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes": "footnote",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes": "endnote",
}


def _notes(document: Any) -> Iterator[str]:
    """The footnotes' and then the endnotes' paragraphs, read after the text as a book's notes
    are; Word's separators between the text and its notes are no notes."""
    from docx.oxml import parse_xml

    for relation in document.part.rels.values():
        kind = _NOTES.get(relation.reltype)
        if kind is None or relation.is_external:
            continue
        notes = parse_xml(relation.target_part.blob)
        for note in notes.iterchildren(_WORD + kind):
            if note.get(_WORD + "type") in (None, "normal"):
                yield from _texts(_blocks(note, document))


def _blocks(container: Any, parent: Any) -> Iterator[Any]:
    """The paragraph elements and python-docx tables of a body, a cell or a text box, in
    order, within content controls too."""
    from docx.table import Table

    for child in container:
        if child.tag == _PARAGRAPH:
            yield child
        elif child.tag == _TABLE:
            yield Table(child, parent)
        elif child.tag in _WRAPPERS:
            yield from _blocks(child, parent)


def _texts(blocks: Iterator[Any]) -> Iterator[str]:
    """Each paragraph's text in reading order; a table's rows in order, a row of values (a
    data table) as one line, a row with sentences in it (a table used for layout) cell by
    cell, nested tables within their cell."""
    from docx.table import Table

    for block in blocks:
        if not isinstance(block, Table):
            yield "".join(_paragraph_text(block))
            # A text box (a sidebar, a pull quote, a flyer's columns) is read after the
            # paragraph it is anchored in.
            for box in _text_boxes(block):
                yield from _texts(_blocks(box, block))
            continue
        for row in block.rows:
            cells: list[Any] = []
            for cell in row.cells:
                # A merged cell comes once per grid column it spans.
                if all(cell._tc is not seen._tc for seen in cells):
                    cells.append(cell)
            texts = [
                [t.strip() for t in _texts(_blocks(cell._tc, cell)) if t.strip()] for cell in cells
            ]
            yield from row_lines(texts)


def _paragraph_text(element: Any) -> Iterator[str]:
    """A paragraph's characters in order, tracked insertions, fields, hyperlinks and inline
    content controls among them (python-docx's text left out all four); deleted text is
    stored apart (w:delText) and so left out."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag in _NOT_IN_TEXT:
            continue
        if child.tag in _CHARACTERS:
            character = _CHARACTERS[child.tag]
            yield (child.text or "") if character is None else character
        else:
            yield from _paragraph_text(child)


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """The text boxes of a paragraph, once each: not their fallback copies, and not the boxes
    within a box, which are read with it."""
    for box in paragraph.iter(_TEXT_BOX):
        outer = box.getparent()
        while outer is not None and outer is not paragraph:
            if outer.tag in _NOT_IN_TEXT:
                break
            outer = outer.getparent()
        else:
            yield box
