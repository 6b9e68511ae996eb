"""OpenDocument text (.odt, as LibreOffice writes it): headings, paragraphs, lists, tables and
text boxes in order, then the notes, read from the document's content.xml; comments, tracked
deletions and generated indexes are left out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from reader_app.core.errors import ReaderError
from reader_app.core.formats.archive import open_zip, read_member, refuse_xml_entities
from reader_app.core.formats.table_rows import row_lines

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_PARAGRAPHS = {_TEXT + "p", _TEXT + "h"}
# Blocks that hold blocks: lists and their items, sections, a table's groups of rows.
_CONTAINERS = {
    _TEXT + "list", _TEXT + "list-item", _TEXT + "list-header", _TEXT + "section",
    _TABLE + "table-header-rows", _TABLE + "table-rows", _TABLE + "table-row-group",
}  # fmt: skip
# Inside a paragraph, not its text: notes and comments, and drawings (a text box in one is
# read after the paragraph).
_NOT_IN_TEXT = {_TEXT + "note", _OFFICE + "annotation", _DRAW + "frame", _DRAW + "custom-shape"}
_TEXT_BOX = _DRAW + "text-box"
_WHITESPACE = re.compile(r"[ \t\r\n]+")


def odt_to_text(data: bytes) -> str:
    from lxml import etree

    archive = open_zip(data, "OpenDocument")
    refuse_xml_entities(archive, "OpenDocument")
    content = read_member(archive, "content.xml", "OpenDocument")
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        root = etree.fromstring(content, parser)
        body = root.find(f"{_OFFICE}body/{_OFFICE}text")
        texts = [text.strip() for text in _texts(body)] if body is not None else []
        if body is not None:
            # The notes after the text, as a book's notes are.
            for note_body in body.iter(_TEXT + "note-body"):
                texts += [text.strip() for text in _texts(note_body)]
    except (etree.XMLSyntaxError, ValueError, RecursionError) as error:
        raise ReaderError(f"damaged OpenDocument file ({type(error).__name__})") from error
    return "\n\n".join(text for text in texts if text)


def _texts(container: Any) -> Iterator[str]:
    """The text of each paragraph and heading in order, a text box's after its paragraph,
    a table's rows as row_lines reads them."""
    for child in container:
        if child.tag in _PARAGRAPHS:
            yield "".join(_inline(child))
            for box in child.iter(_TEXT_BOX):
                # A box within a box is read with the paragraphs of the outer one.
                outer = next(box.iterancestors(_TEXT_BOX), None)
                if outer is None or outer not in child.iterdescendants(_TEXT_BOX):
                    yield from _texts(box)
        elif child.tag in _CONTAINERS:
            yield from _texts(child)
        elif child.tag == _TABLE + "table":
            yield from _table(child)


def _table(table: Any) -> Iterator[str]:
    for row in table.iter(_TABLE + "table-row"):
        if next(row.iterancestors(_TABLE + "table")) is not table:
            continue  # a nested table's row, read within its cell
        cells = [
            [text.strip() for text in _texts(cell) if text.strip()]
            for cell in row.iterchildren(_TABLE + "table-cell")
        ]
        yield from row_lines(cells)


def _inline(element: Any) -> Iterator[str]:
    """A paragraph's characters: its text, spans and links, runs of spaces (text:s), tabs
    and line breaks. Whitespace in the markup itself is one space, as in HTML."""
    if element.text:
        yield _WHITESPACE.sub(" ", element.text)
    for child in element:
        if child.tag == _TEXT + "s":
            yield " " * _count(child.get(_TEXT + "c"))
        elif child.tag == _TEXT + "tab":
            yield "\t"
        elif child.tag == _TEXT + "line-break":
            yield "\n"
        elif isinstance(child.tag, str) and child.tag not in _NOT_IN_TEXT:
            yield from _inline(child)
        if child.tail:
            yield _WHITESPACE.sub(" ", child.tail)


def _count(value: str | None) -> int:
    """text:s's count of spaces, 1 by default; a broken one is one space, a huge one 100."""
    try:
        return min(max(int(value or 1), 1), 100)
    except ValueError:
        return 1
