"""Markdown: rendered with markdown-it (raw HTML disabled), then read as HTML."""

from __future__ import annotations

from reader_app.core.formats.markup import html_to_text

# markdown-it's own limit is 20 levels, and past its limit it drops the rest of the document
# without a word: a list nested ten deep lost every paragraph after it. 300 levels (about 150
# of nested lists) stay well inside Python's recursion limit.
_MAX_NESTING = 300


def markdown_to_text(source: str) -> str:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False, "maxNesting": _MAX_NESTING})
    tokens = parser.parse(source)
    deepest = max(
        (t.level for token in tokens for t in (token, *(token.children or ()))), default=0
    )
    if deepest >= _MAX_NESTING - 1:
        # Nested past the limit, the rendering may have lost text: keep the source instead.
        return source
    return html_to_text(parser.renderer.render(tokens, parser.options, {}))
