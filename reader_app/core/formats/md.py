"""Markdown: rendered with markdown-it (raw HTML disabled; tables, strikethrough and footnotes
as GitHub and Pandoc write them), then read as HTML."""

from __future__ import annotations

import re

from reader_app.core.formats.markup import html_to_text

# A static site's front matter: YAML between two "---" lines at the very top of the file.
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>(?:.*\n){0,100}?)---[ \t]*(?:\n|\Z)")
_YAML_LINE = re.compile(r"[\w-]+:|\s|- ")  # a key, a continued value or a list's item
_TITLE = re.compile(r"^title:[ \t]*(?P<quote>[\"']?)(?P<title>.+?)(?P=quote)[ \t]*$", re.MULTILINE)

# markdown-it's own limit is 20 levels, and past its limit it drops the rest of the document
# without a word: a list nested ten deep lost every paragraph after it. 300 levels (about 150
# of nested lists) stay well inside Python's recursion limit.
_MAX_NESTING = 300


# A footnote's link back to its mark ("↩︎"), which the footnote plugin writes after its text.
_BACK_LINK = re.compile(r'<a href="#fnref[^"]*" class="footnote-backref">[^<]*</a>')


def markdown_to_text(source: str) -> str:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    source = _without_front_matter(source)
    parser = (
        MarkdownIt("commonmark", {"html": False, "maxNesting": _MAX_NESTING})
        .enable(["table", "strikethrough"])
        .use(footnote_plugin)
    )
    tokens = parser.parse(source)
    deepest = max(
        (t.level for token in tokens for t in (token, *(token.children or ()))), default=0
    )
    if deepest >= _MAX_NESTING - 1:
        # Nested past the limit, the rendering may have lost text: keep the source instead.
        return source
    return html_to_text(_BACK_LINK.sub("", parser.renderer.render(tokens, parser.options, {})))


def _without_front_matter(source: str) -> str:
    """The source without its front matter ("title: ...", "date: ...", which markdown would
    show as a heading of settings), its title kept as the first heading."""
    found = _FRONT_MATTER.match(source)
    if found is None or not all(
        _YAML_LINE.match(line) for line in found.group("yaml").splitlines() if line.strip()
    ):
        return source  # a rule at the top, then prose: no front matter
    title = _TITLE.search(found.group("yaml"))
    body = source[found.end() :]
    return f"# {title.group('title')}\n\n{body}" if title else body
