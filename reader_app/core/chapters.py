"""Chapters of a book: headings such as "CHAPTER I" or "Book Two" (or, failing those, the
document's headings), each with the span of text it opens."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader_app.core.documents import Document

Span = tuple[int, int]

_CHAPTER = re.compile(
    r"(?:chapter|book|part|volume|section|canto|act|letter|epilogue|prologue|preface)\b"
    r"(?:\s+(?:[ivxlcdm]+|\d+|[a-z]+(?:-[a-z]+)?)\b)?",
    re.IGNORECASE,
)
_MAX_CHAPTERS = 5_000
_MAX_HEADING = 80  # characters
_LIST_RUN = 3  # headings in a row from which they are a list's lines


@dataclass(frozen=True)
class Chapter:
    title: str
    span: Span  # from the heading to the next chapter (or the end of the main text)


def is_chapter_heading(text: str, paragraph: Span) -> bool:
    """A short paragraph that opens like "CHAPTER 1", "Book Two" or "Epilogue"."""
    start, end = paragraph
    return end - start <= _MAX_HEADING and _CHAPTER.match(text[start:end]) is not None


def _without_lists(
    paragraphs: list[Span], is_heading: Callable[[Span], bool], is_item: Callable[[Span], bool]
) -> list[Span]:
    """The paragraphs that read as headings, but for those in a run of three or more: a list
    (a squad, a track listing, a table's rows), of which only the first stays, the list's own
    heading ("Squad", then "GK Mark Bosnich", "DF Gary Charles"...), and the last where prose
    follows it, the next section's heading; but where most of the run are numbered or
    bulleted items ("1. Tegla Loroupe (Kenya) 15:08.79"), an item at either end is none."""
    kept: list[Span] = []
    run: list[Span] = []
    for paragraph in [*paragraphs, None]:
        if paragraph is not None and is_heading(paragraph):
            run.append(paragraph)
            continue
        if len(run) < _LIST_RUN:
            kept += run
        else:
            ends = [run[0], run[-1]] if paragraph is not None else run[:1]
            if 2 * sum(map(is_item, run)) >= len(run):
                ends = [end for end in ends if not is_item(end)]
            kept += ends
        run = []
    return kept


# A list's item: a number and a stop or a bracket, or a bullet, then a space.
_ITEM = re.compile(r"\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[-*•–·])\s")


def find_chapters(document: Document) -> tuple[Chapter, ...]:
    """Chapter headings in the main text; with none, its headings if there are several."""
    start, end = document.main
    text = document.text
    inside = [p for p in document.paragraphs if start <= p[0] < end]

    def is_heading(paragraph: Span) -> bool:
        # A table's row, its cells joined by " | ", is no heading; a page's title may be.
        row = " | " in text[paragraph[0] : paragraph[1]] and paragraph != inside[0]
        return document.is_heading(paragraph) and not row

    def is_item(paragraph: Span) -> bool:
        return _ITEM.match(text, paragraph[0], paragraph[1]) is not None

    headings = _without_lists(inside, is_heading, is_item)
    # "CHAPTER 1. Loomings." ends with a stop but is a chapter heading all the same.
    marked = [p for p in inside if is_chapter_heading(text, p)]
    chosen = marked if len(marked) >= 2 else (headings if len(headings) >= 2 else [])
    chosen = chosen[:_MAX_CHAPTERS]
    chapters = []
    for index, (heading_start, heading_end) in enumerate(chosen):
        next_start = chosen[index + 1][0] if index + 1 < len(chosen) else end
        title = " ".join(text[heading_start:heading_end].split())
        chapters.append(Chapter(title, (heading_start, next_start)))
    return tuple(chapters)
