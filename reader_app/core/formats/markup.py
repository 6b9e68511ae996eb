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
    body = root.find("body")
    return _paragraphs(_tree_pieces(body if body is not None else root))


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
        tag = getattr(item, "tag", None)
        if not isinstance(tag, str):
            continue
        name = tag.rsplit("}", 1)[-1].lower()
        if name in _DROPPED:
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
