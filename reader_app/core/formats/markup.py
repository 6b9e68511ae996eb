"""HTML and XHTML to text: block elements become paragraphs, headings stay headings.

Parsed by lxml's HTML parser with no network and no entity expansion; scripts, styles,
navigation and page furniture are dropped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reader_app.core.errors import ReaderError

_BLOCKS = {
    "p", "div", "section", "article", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5",
    "h6", "td", "th", "dt", "dd", "figcaption", "br", "tr", "title",
}  # fmt: skip
_DROPPED = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form",
            "button", "svg", "iframe", "object", "template", "head"}  # fmt: skip
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
# A footnote's mark: "1", "[2]", "(a)", "*", "†".
_NOTE_MARK = re.compile(r"\s*[\[(]?(?:\d{1,3}|[a-z]|[*†‡§¶])[\])]?\s*")
# What a footnote's mark follows: a word of four letters or more, or punctuation ("Marsh¹",
# "1902.²"); an exponent follows a number, a unit or a variable ("10³", "km²", "mc²").
_NOTED = re.compile(r"(?:[^\W\d_]{4,}|[.,;:!?)\]\"”’])$")


def local_name(element: object) -> str:
    """An element's tag in lower case without its namespace; "" for a comment or the like."""
    tag = getattr(element, "tag", None)
    return tag.rpartition("}")[2].lower() if isinstance(tag, str) else ""


def _is_a_note(element: object) -> bool:
    """An EPUB's footnote or endnote, set in an <aside> (epub:type or role says so), which is
    read where it stands, as a book's notes are; other asides are sidebars."""
    get = getattr(element, "get", None)
    if get is None:
        return False
    kinds = f"{get('epub:type') or ''} {get('{http://www.idpf.org/2007/ops}type') or ''} "
    kinds += get("role") or ""
    return any(kind in kinds for kind in ("footnote", "endnote", "rearnote"))


def is_note_mark(element: object) -> bool:
    """Whether an element is a footnote's mark, left out of the text ("Olga Marsh<sup>1</sup>
    sailed" had read "Marsh1"): a link to an anchor whose text is a mark, or a superscript
    mark that is bracketed, linked, or follows a word or punctuation."""
    name = local_name(element)
    if name not in ("sup", "a"):
        return False
    text = "".join(element.itertext())  # type: ignore[attr-defined]
    if not _NOTE_MARK.fullmatch(text):
        return False
    if name == "a":
        return "#" in (element.get("href") or "")  # type: ignore[attr-defined]
    if text.strip()[:1] in "[(" or element.find(".//a") is not None:  # type: ignore[attr-defined]
        return True
    parent = element.getparent()  # type: ignore[attr-defined]
    if parent is not None and getattr(parent, "tag", "") == "a":
        return True
    previous = element.getprevious()  # type: ignore[attr-defined]
    before = previous.tail if previous is not None else parent.text if parent is not None else ""
    return bool(_NOTED.search((before or "").rstrip(" ")))


def html_to_text(markup: bytes | str) -> str:
    """Paragraphs of the markup's text, separated by blank lines."""
    import lxml.etree
    import lxml.html

    if isinstance(markup, str):
        markup = markup.encode("utf-8")
    if not markup.strip():
        return ""
    # huge_tree lifts libxml2's nesting limit from 256 to 2048: broken pages (a run of
    # unclosed <font> or <div> tags) nest that deep, and text past the limit was lost.
    parser = lxml.html.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        recover=True,
        encoding="utf-8",
        huge_tree=True,
    )
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        if b"<" not in markup:
            return markup.decode("utf-8", errors="replace")
        raise ReaderError("the markup cannot be parsed") from error
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        return _flat_text(markup.decode("utf-8", errors="replace"))
    _rows_of_values_as_lines(root)
    body = root.find("body")
    return _paragraphs(_tree_pieces(body if body is not None else root))


def _rows_of_values_as_lines(root: object) -> None:
    """A table's row of values becomes one line, "Lark | Lisbon | 1902", as a Word table's
    does; a row of sentences (a table used for layout) stays cell by cell."""
    from reader_app.core.formats.table_rows import row_lines

    for row in root.iter("tr"):  # type: ignore[attr-defined]
        cells = [cell for cell in row if getattr(cell, "tag", None) in ("td", "th")]
        if len(cells) < 2 or any(cell.find(".//table") is not None for cell in cells):
            continue
        texts = [_SPACE.sub(" ", "".join(cell.itertext())).strip() for cell in cells]
        lines = list(row_lines([[text] if text else [] for text in texts]))
        if len(lines) == 1:
            for cell in cells:
                row.remove(cell)
            row.text = lines[0]


def _tree_pieces(root: object) -> list[str]:
    """The text of an element tree in document order, with a break around each block.

    Walked with a stack, not recursion: a tree may nest 2,048 deep."""
    pieces: list[str] = []
    # Each entry is an element still to open, or the text to write once its children are done.
    stack: list[object] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        name = local_name(item)
        if not name:
            continue
        if (name in _DROPPED and not _is_a_note(item)) or is_note_mark(item):
            continue
        block = name in _BLOCKS
        if block:
            pieces.append("\n\n")
        if item.text:  # type: ignore[attr-defined]
            pieces.append(item.text)  # type: ignore[attr-defined]
        if block:
            stack.append("\n\n")
        for child in reversed(list(item)):  # type: ignore[call-overload]
            if child.tail:
                stack.append(child.tail)
            stack.append(child)
    return pieces


class _FlatText(HTMLParser):
    """Text and block breaks of markup read as a stream of tags, for nesting no tree holds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.dropped = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _DROPPED:
            self.dropped += 1
        elif tag in _BLOCKS:
            self.pieces.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropped = max(0, self.dropped - 1)
        elif tag in _BLOCKS:
            self.pieces.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.dropped:
            self.pieces.append(data)


def _flat_text(markup: str) -> str:
    reader = _FlatText()
    reader.feed(markup)
    reader.close()
    return _paragraphs(reader.pieces)


def _paragraphs(pieces: list[str]) -> str:
    paragraphs = (_SPACE.sub(" ", block).strip() for block in "".join(pieces).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
