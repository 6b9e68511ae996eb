"""Chapters of a book: headings such as "CHAPTER I" or "Book Two" (or, failing those, the
document's headings), each with the span of text it opens."""

from __future__ import annotations

import re
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


@dataclass(frozen=True)
class Chapter:
    title: str
    span: Span  # from the heading to the next chapter (or the end of the main text)


def is_chapter_heading(text: str, paragraph: Span) -> bool:
    """A short paragraph that opens like "CHAPTER 1", "Book Two" or "Epilogue"."""
    start, end = paragraph
    return end - start <= _MAX_HEADING and _CHAPTER.match(text[start:end]) is not None


def find_chapters(document: Document) -> tuple[Chapter, ...]:
    """Chapter headings in the main text; with none, its headings if there are several."""
    start, end = document.main
    text = document.text
    inside = [p for p in document.paragraphs if start <= p[0] < end]
    headings = [p for p in inside if document.is_heading(p)]
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
