"""Web pages: the main article only (trafilatura), with its headline; no navigation, ads,
footers or scripts. Nothing is fetched: links, styles and images are ignored."""

from __future__ import annotations

from reader_app.core.formats.markup import html_to_text


def web_page_to_text(markup: str) -> str:
    import trafilatura

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
