"""Where a book's own text lies: Project Gutenberg's header and licence, and a table of
contents, are front and back matter, left out of summaries and entity lists."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader_app.core.runtime import search_in_pieces

Span = tuple[int, int]

# The marker's line runs to its closing asterisks: a book saved as one line has no line end.
_START = re.compile(
    r"\*\*\*\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK[^\n*]{0,300}(?:\*\*\*)?", re.I
)
_END = re.compile(
    r"\*\*\*\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK|End of (?:the )?Project Gutenberg",
    re.I,
)
_CONTENTS = re.compile(r"(?:table of )?contents\.?", re.I)
_MIN_CONTENTS_ENTRIES = 5
_CONTENTS_REACH = 5_000  # paragraphs after "Contents" where the book may start


def _is_contents_entry(text: str, paragraph: Span) -> bool:
    """A short line such as "ETYMOLOGY." or two chapter titles run together."""
    piece = text[paragraph[0] : paragraph[1]]
    words = [w.strip("([\"“‘'") for w in piece.split()]
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return len(piece) <= 160 and bool(words) and capitalised >= 0.6 * len(words)


def main_text(text: str, paragraphs: Sequence[Span], is_heading: Callable[[Span], bool]) -> Span:
    """The span of the document's own text; the whole text when nothing marks matter."""
    start, end = 0, len(text)
    found = search_in_pieces(_START, text)
    if found:
        start = found.end()
        finish = search_in_pieces(_END, text, start)
        if finish:
            end = finish.start()
    # A table of contents: "Contents" followed by a run of headings (chapter titles).
    for index, paragraph in enumerate(paragraphs):
        if paragraph[0] < start:
            continue
        if paragraph[0] - start > 20_000:
            break
        if _CONTENTS.fullmatch(text[paragraph[0] : paragraph[1]].strip()):
            run = index + 1
            while run < len(paragraphs) and (
                is_heading(paragraphs[run]) or _is_contents_entry(text, paragraphs[run])
            ):
                run += 1
            if run - index - 1 >= _MIN_CONTENTS_ENTRIES:
                # The book starts where the contents' first entry comes again (a long
                # contents may run past a line this test cannot read as an entry).
                first = text[paragraphs[index + 1][0] : paragraphs[index + 1][1]]
                again = next(
                    (
                        k
                        for k in range(index + 2, min(len(paragraphs), index + _CONTENTS_REACH))
                        if text[paragraphs[k][0] : paragraphs[k][1]] == first
                    ),
                    None,
                )
                if again is not None:
                    start = paragraphs[again][0]
                elif run < len(paragraphs):
                    start = paragraphs[run][0]
            break
    return start, end
