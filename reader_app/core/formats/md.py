"""Markdown: rendered with markdown-it (raw HTML disabled), then read as HTML."""

from __future__ import annotations

from reader_app.core.formats.markup import html_to_text


def markdown_to_text(source: str) -> str:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark", {"html": False}).render(source)
    return html_to_text(html)
