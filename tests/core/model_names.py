"""Name spans as the entity model would give them, for tests that fix what the model found."""

from __future__ import annotations

from collections.abc import Sequence

from reader_app.core.ner.model import NameSpan


def name_spans(text: str, names: Sequence[tuple[str, str]]) -> list[NameSpan]:
    """NameSpans for (kind, words) found in order in `text`; tokens split as CoNLL splits a
    comma, a colon and a possessive 's."""
    found, position = [], 0
    for kind, words in names:
        start = text.index(words, position)
        position = start + len(words)
        tokens = tuple(words.replace(",", " ,").replace(":", " :").replace("'s", " 's").split())
        found.append(NameSpan(kind, start, position, tokens))
    return found
