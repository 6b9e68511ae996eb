"""A document table's row as lines of text: a row of values as one line, a row of sentences
(a table used for layout) cell by cell."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

_SHORT_CELL = 12  # words


def row_lines(cells: Sequence[Sequence[str]]) -> Iterator[str]:
    """The lines of a row whose cells hold these paragraphs (stripped, none empty)."""
    if all(len(parts) <= 1 and _is_a_value(" ".join(parts)) for parts in cells):
        yield " | ".join(parts[0] for parts in cells if parts)
    else:
        for parts in cells:
            yield from parts


def _is_a_value(text: str) -> bool:
    """A data table's cell: a few words, not a sentence."""
    return len(text.split()) <= _SHORT_CELL and not text.endswith((".", "!", "?"))
