"""Find in a document's text as a reader types: every match of a query, in text order; and
the folding of accents by which lists are searched and compared."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

Span = tuple[int, int]

# Most matches counted for one query: "e" has 314,000 in War and Peace (75 ms to list them
# all, and as many spans kept), and no one steps through more than a few.
MOST_MATCHES = 100_000

# A quote typed straight matches a curly one in the text, and the other way round: "Andrew's"
# finds "Andrew’s".
_QUOTES = {"'": "['‘’]", "‘": "['‘’]", "’": "['‘’]", '"': '["“”]', "“": '["“”]', "”": '["“”]'}


def without_accents(text: str) -> str:
    """ "josé" as the Census lists write it: "jose" (so "José Luis Zapatero" keeps "José")."""
    if text.isascii():
        return text  # nothing to fold, as in most words of an English text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def folded(text: str) -> str:
    """Text without case or accents, as a filter compares it: "kutuzov" finds "Kutúzov"."""
    return without_accents(text).casefold()


@dataclass(frozen=True)
class Query:
    """What the reader typed, and how to match it: in any case unless `match_case`, inside
    words too unless `whole_words`."""

    text: str
    match_case: bool = False
    whole_words: bool = False


def query_pattern(query: Query) -> re.Pattern[str] | None:
    """The pattern of a typed query, or None for an empty one: a run of white space matching
    any run of white space (a line break where the view broke a long line, or a paragraph's
    end), a quote matching its straight and curly forms."""
    words = query.text.split()
    if not words:
        return None
    parts = ["".join(_QUOTES.get(c, re.escape(c)) for c in word) for word in words]
    pattern = r"\s+".join(parts)
    if query.whole_words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return re.compile(pattern, 0 if query.match_case else re.IGNORECASE)


class TextSearch:
    """The matches of the last query in one text, kept while the reader steps through them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._query: Query | None = None
        self._spans: list[Span] = []
        self._starts: list[int] = []
        self.more_than_counted = False

    def matches(self, query: Query) -> list[Span]:
        """Every match of `query` (the first MOST_MATCHES), in text order."""
        if query != self._query:
            self._query = query
            pattern = query_pattern(query)
            self._spans = []
            if pattern is not None:
                for match in pattern.finditer(self.text):
                    if len(self._spans) == MOST_MATCHES:
                        break
                    self._spans.append(match.span())
            self.more_than_counted = len(self._spans) == MOST_MATCHES and (
                pattern is not None and pattern.search(self.text, self._spans[-1][1]) is not None
            )
            self._starts = [start for start, _ in self._spans]
        return self._spans

    def next_index(
        self, query: Query, offset: int, backward: bool = False, here: bool = False
    ) -> int:
        """The index of the match after `offset` (at it too, with `here`), or before it going
        `backward`, round the text's end; -1 when nothing matches."""
        spans = self.matches(query)
        if not spans:
            return -1
        if backward:
            return (bisect.bisect_left(self._starts, offset) - 1) % len(spans)
        found = bisect.bisect_left if here else bisect.bisect_right
        return found(self._starts, offset) % len(spans)
