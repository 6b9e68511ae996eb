"""HTML and XHTML to text: block elements become paragraphs, headings stay headings.

Parsed by lxml's HTML parser with no network and no entity expansion; scripts, styles,
navigation and page furniture are dropped."""

from __future__ import annotations

import re

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
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, recover=True, encoding="utf-8"
    )
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        if b"<" not in markup:
            return markup.decode("utf-8", errors="replace")
        raise ReaderError("the markup cannot be parsed") from error
    pieces: list[str] = []

    def walk(element: object) -> None:
        tag = getattr(element, "tag", None)
        if not isinstance(tag, str):
            return
        name = tag.rsplit("}", 1)[-1].lower()
        if name in _DROPPED:
            return
        if name in _BLOCKS:
            pieces.append("\n\n")
        if element.text:  # type: ignore[attr-defined]
            pieces.append(element.text)  # type: ignore[attr-defined]
        for child in element:  # type: ignore[attr-defined]
            walk(child)
            if child.tail:
                pieces.append(child.tail)
        if name in _BLOCKS:
            pieces.append("\n\n")

    body = root.find("body")
    walk(body if body is not None else root)
    paragraphs = (_SPACE.sub(" ", block).strip() for block in "".join(pieces).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
