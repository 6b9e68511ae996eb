"""What the status bar says of a document: its sentences, words and reading time."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader_app.core.documents import Document

WORDS_PER_MINUTE = 230


def counted(number: int, noun: str) -> str:
    """ "1 sentence", "2,000 sentences": a count with its noun in the right number."""
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


def reading_time(words: int) -> str:
    """A reading-time estimate such as "about 3 min" or "about 41 h 2 min"."""
    minutes = max(1, round(words / WORDS_PER_MINUTE)) if words else 0
    if minutes < 60:
        return f"about {minutes} min"
    return f"about {minutes // 60} h {minutes % 60} min"


def document_status(document: Document | None) -> str:
    """ "1,234 sentences · 20,000 words · about 1 h 27 min to read", or "Ready"."""
    if document is None:
        return "Ready"
    words = document.word_count
    return (
        f"{counted(len(document.sentences), 'sentence')} · {counted(words, 'word')} · "
        f"{reading_time(words)} to read"
    )
