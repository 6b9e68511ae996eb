"""FictionBook (.fb2, and .fb2.zip): the book's title, sections, poems and tables in order;
its notes, the publisher's description and embedded pictures are left out."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reader_app.core.errors import ReaderError
from reader_app.core.formats.archive import refuse_entities_in
from reader_app.core.formats.markup import local_name
from reader_app.core.formats.table_rows import row_lines

_LINES = {"p", "v", "subtitle", "text-author"}  # each a paragraph of its own
# Blocks that hold lines: a section and its title, an epigraph, a poem and its stanzas, a
# quotation.
_CONTAINERS = {"section", "title", "epigraph", "poem", "stanza", "cite", "annotation"}


def looks_like_fiction_book(data: bytes) -> bool:
    return b"<FictionBook" in data[:2048]


def fb2_to_text(data: bytes) -> str:
    from lxml import etree

    refuse_entities_in(data, "FictionBook")
    try:
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, huge_tree=True, load_dtd=False
        )
        root = etree.fromstring(data, parser)
        texts = [
            text.strip()
            for body in root
            if local_name(body) == "body" and body.get("name") not in ("notes", "comments")
            for text in _texts(body)
        ]
    except (etree.XMLSyntaxError, ValueError, RecursionError) as error:
        raise ReaderError(f"damaged FictionBook file ({type(error).__name__})") from error
    return "\n\n".join(text for text in texts if text)


def _texts(container: Any) -> Iterator[str]:
    for child in container:
        name = local_name(child)
        if name in _LINES:
            yield "".join(_inline(child))
        elif name in _CONTAINERS:
            yield from _texts(child)
        elif name == "table":
            for row in child:
                if local_name(row) == "tr":
                    cells = ["".join(_inline(cell)).strip() for cell in row]
                    yield from row_lines([[cell] for cell in cells if cell])


def _inline(element: Any) -> Iterator[str]:
    """A line's characters, emphasis and links among them; a note's mark ("[1]") is left out
    with the notes."""
    if element.text:
        yield element.text
    for child in element:
        if local_name(child) != "a" or child.get("type") != "note":
            yield from _inline(child)
        if child.tail:
            yield child.tail
