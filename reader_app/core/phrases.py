"""Finds any of many capitalised phrases in a long text quickly, longest match first.

A regular expression with thousands of alternatives tries each one at every position and
needs seconds for a novel; here a cheap scan finds capitalised words and a dictionary keyed
by first word proposes the few phrases worth checking there.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator

# A capital that no letter, digit, period or hyphen precedes: written with the capital first
# and the look back after it, so that the search skips to the next capital at C speed (a look
# back first is tried at every position of the text: 0.11 s against 0.05 s for a novel). The
# capitals are A to Z and the Latin ones with marks ("Éire", "Åland", "Łódź": as fast).
LATIN_CAPITALS = "A-Z" + "".join(
    chr(code) for code in range(0xC0, 0x250) if unicodedata.category(chr(code)) == "Lu"
)
_CANDIDATE = re.compile(
    rf"[{LATIN_CAPITALS}](?<![\w.\-][{LATIN_CAPITALS}])[^\W_]*(?:[.\-'’][^\W_]+)*\.?"
)
_FIRST_WORD = re.compile(r"\S+")


def is_indexed_word(word: str) -> bool:
    """Whether `word_positions` can hold this word (a capital, then letters, digits and inner
    marks)."""
    return _CANDIDATE.fullmatch(word) is not None


_POSSESSIVE = ("'s", "’s")


@functools.lru_cache(maxsize=2)
def word_positions(text: str) -> dict[str, list[int]]:
    """Where each capitalised word starts, also under its form without a final period or a
    possessive; shared by the matchers run on one text and by the people step's look-ups."""
    positions: dict[str, list[int]] = defaultdict(list)
    for match in _CANDIDATE.finditer(text):
        word = match.group()
        positions[word].append(match.start())
        if word.endswith("."):
            positions[word[:-1]].append(match.start())
        elif word.endswith(_POSSESSIVE):
            positions[word[:-2]].append(match.start())
    return positions


class PhraseMatcher:
    """Matches whole phrases that start with a capital letter; a possessive 's may follow."""

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = defaultdict(list)
        for phrase in set(phrases):
            first = _FIRST_WORD.match(phrase)
            if first and phrase[:1].isupper():
                by_first[first.group()].append(phrase)
        self._phrases = frozenset(p for forms in by_first.values() for p in forms)
        # Per first word, the lengths of its phrases, longest first: a place is checked once
        # per length, however many phrases share the first word (thousands do in a long list
        # of names), and a lookup in the set says whether the text there is one of them.
        self._lengths = {k: sorted({len(p) for p in v}, reverse=True) for k, v in by_first.items()}
        # The last text's candidate starts: callers ask for many small ranges of one text,
        # and collecting them for the whole text at every call made a long text quadratic.
        self._text: str | None = None
        self._starts: list[tuple[int, str]] = []

    def _starts_in(self, text: str) -> list[tuple[int, str]]:
        """(position, first word) of every place in `text` where a phrase may start, sorted."""
        if text is not self._text:
            positions = word_positions(text)
            self._starts = sorted(
                (p, first)
                for first in self._lengths.keys() & positions.keys()
                for p in positions[first]
            )
            self._text = text
        return self._starts

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int]]:
        """(start, end) of every match in text[start:end]; the end leaves out a possessive."""
        stop = len(text) if end is None else end
        starts = self._starts_in(text)
        covered = start
        for index in range(bisect.bisect_left(starts, (start,)), len(starts)):
            position, first = starts[index]
            if position < covered:
                continue
            if position >= stop:
                break
            for length in self._lengths[first]:
                phrase_end = position + length
                if phrase_end > stop or text[position:phrase_end] not in self._phrases:
                    continue
                after = phrase_end
                if text.startswith(_POSSESSIVE, after):
                    after += 2
                if after < len(text) and (
                    text[after].isalnum()
                    or text[after] in "_-"
                    or (text[after] == "." and after + 1 < len(text) and text[after + 1].isalnum())
                ):
                    continue
                yield position, phrase_end
                covered = phrase_end
                break
