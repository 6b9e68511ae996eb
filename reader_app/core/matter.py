"""Where a book's own text lies: Project Gutenberg's header and licence, and a table of
contents, are front and back matter, left out of summaries and entity lists."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

Span = tuple[int, int]

_START = re.compile(r"\*\*\*\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK[^\n]*", re.I)
_END = re.compile(
    r"\*\*\*\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK|End of (?:the )?Project Gutenberg",
    re.I,
)
_CONTENTS = re.compile(r"(?:table of )?contents\.?", re.I)
_MIN_CONTENTS_ENTRIES = 5


def main_text(text: str, paragraphs: Sequence[Span], is_heading: Callable[[Span], bool]) -> Span:
    """The span of the document's own text; the whole text when nothing marks matter."""
    start, end = 0, len(text)
    found = _START.search(text)
    if found:
        start = found.end()
        finish = _END.search(text, start)
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
            while run < len(paragraphs) and is_heading(paragraphs[run]):
                run += 1
            if run - index - 1 >= _MIN_CONTENTS_ENTRIES and run < len(paragraphs):
                start = paragraphs[run][0]
            break
    return start, end
