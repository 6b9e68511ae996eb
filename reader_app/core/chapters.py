"""Chapters of a book: headings such as "CHAPTER I" or "Book Two" (or, failing those, the
document's headings), each with the span of text it opens and its depth among them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader_app.core.documents import Document

Span = tuple[int, int]

_CHAPTER = re.compile(
    r"(?:(?:first|second|third|fourth|fifth|final)\s+(?=epilogue|prologue))?"  # War and Peace's
    r"(chapter|book|part|volume|section|canto|act|letter|epilogue|prologue|preface)\b"
    r"(?:\s+(?:[ivxlcdm]+|\d+|[a-z]+(?:-[a-z]+)?)\b)?",
    re.IGNORECASE,
)
# How deep each kind of heading lies: a volume holds books (or parts), a book chapters.
_DEPTH = {
    **{"volume": 0, "book": 1, "part": 1, "section": 3},
    **dict.fromkeys(("chapter", "letter", "canto", "act"), 2),
}
_MAX_CHAPTERS = 5_000
_MAX_HEADING = 80  # characters
_LIST_RUN = 3  # headings in a row from which they are a list's lines


@dataclass(frozen=True)
class Chapter:
    title: str
    # from the heading to the next heading as deep or less (or the end of the main text): a
    # book's span holds its chapters
    span: Span
    level: int = 0  # 0 for the outermost headings; a book's chapters one more than the book


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
    by_kind = len(marked) >= 2
    chosen = (marked if by_kind else (headings if len(headings) >= 2 else []))[:_MAX_CHAPTERS]
    titles = [" ".join(text[start:stop].split()) for start, stop in chosen]
    levels = _levels(titles) if by_kind else [0] * len(chosen)
    chapters = []
    for index, (heading_start, _) in enumerate(chosen):
        following = (
            later for later in range(index + 1, len(chosen)) if levels[later] <= levels[index]
        )
        stop = next(following, None)
        chapters.append(
            Chapter(
                titles[index],
                (heading_start, end if stop is None else chosen[stop][0]),
                levels[index],
            )
        )
    return tuple(chapters)


def _levels(titles: list[str]) -> list[int]:
    """Each chapter heading's level among the kinds the book has: War and Peace's books 0 and
    their chapters 1; Les Misérables' volumes 0, books 1, chapters 2; a book of chapters
    alone, 0 throughout."""
    depths = []
    for title in titles:
        kind = _CHAPTER.match(title)
        depths.append(_DEPTH.get(kind.group(1).lower()) if kind else None)
    present = sorted({depth for depth in depths if depth is not None})
    levels = [None if depth is None else present.index(depth) for depth in depths]
    deepest = len(present) - 1
    for at, level in enumerate(levels):
        if level is not None:
            continue
        # A prologue, a preface or an epilogue (no depth of its own) stands where the next
        # heading does ("VOLUME I", "PREFACE", "BOOK FIRST": the preface opens the volume); but
        # between two chapters, or last, with the outermost headings, holding the chapters
        # after it (War and Peace's "FIRST EPILOGUE").
        after = next((lv for lv in levels[at + 1 :] if lv is not None), None)
        before = next((lv for lv in reversed(levels[:at]) if lv is not None), None)
        levels[at] = 0 if after is None or (before == after == deepest) else after
    return [0 if level is None else level for level in levels]


def holders(chapters: Sequence[Chapter]) -> list[int]:
    """The index of the heading each chapter lies in (the last one before it less deep), or -1
    for an outermost one: a chapter's book, a book's volume."""
    found: list[int] = []
    open_headings: list[int] = []  # each less deep than the one after it
    for index, chapter in enumerate(chapters):
        while open_headings and chapters[open_headings[-1]].level >= chapter.level:
            open_headings.pop()
        found.append(open_headings[-1] if open_headings else -1)
        open_headings.append(index)
    return found


def titles_in_context(chapters: Sequence[Chapter]) -> list[str]:
    """Each chapter's title, and after a dash the title of the book or volume that holds it
    where another chapter has the same title: "CHAPTER I — BOOK ONE: 1805", so that a list of
    War and Peace's fifteen "CHAPTER I"s tells them apart (Les Misérables' "CHAPTER I--M.
    MYRIEL" needs no more)."""
    counts = Counter(chapter.title for chapter in chapters)
    return [
        f"{chapter.title} — {chapters[holder].title}"
        if holder >= 0 and counts[chapter.title] > 1
        else chapter.title
        for chapter, holder in zip(chapters, holders(chapters), strict=True)
    ]
