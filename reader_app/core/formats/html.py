"""Web pages: the main article only (trafilatura), with its headline; no navigation, ads,
footers or scripts. Nothing is fetched: links, styles and images are ignored."""

from __future__ import annotations

import re

from reader_app.core.formats.markup import html_to_text, is_note_mark

# A wiki page's furniture inside its article: reference lists, footnote marks ("[1]"), navigation
# boxes, categories and "[edit]" links. Their authors ("Smith, John (2001)") are no one the
# article speaks of.
_FURNITURE_CLASSES = frozenset(
    "reference references reflist mw-references-wrap navbox vertical-navbox catlinks "
    "mw-editsection printfooter noprint".split()
)
_FURNITURE_CLASS = re.compile(r"\bclass\s*=\s*[\"'][^\"']*\b(?:reference|reflist|navbox|catlinks)")


_MAY_HOLD_NOTE_MARKS = re.compile(r"<sup\b|href\s*=\s*[\"']?[^\"'\s>]*#", re.IGNORECASE)


def _without_furniture(markup: str) -> str:
    """The markup without a wiki's furniture and without footnotes' marks ("Marsh<sup>1</sup>"
    had read "Marsh1"); a page that has neither is returned as it is."""
    if not (_FURNITURE_CLASS.search(markup) or _MAY_HOLD_NOTE_MARKS.search(markup)):
        return markup
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(no_network=True, recover=True, huge_tree=True, encoding="utf-8")
    try:
        root = lxml.html.document_fromstring(markup.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return markup
    doomed = [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and (
            _FURNITURE_CLASSES.intersection((element.get("class") or "").split())
            or is_note_mark(element)
        )
    ]
    if not doomed:
        return markup
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the text that follows the element
    return str(lxml.html.tostring(root, encoding="unicode"))


def web_page_to_text(markup: str) -> str:
    import trafilatura

    markup = _without_furniture(markup)

    result = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=True,
    )
    body = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not body:
        # Not an article page (a short note, a fragment): keep all its visible text.
        return html_to_text(markup)
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    title = (getattr(result, "title", None) or "").strip()
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    return "\n\n".join(lines)
