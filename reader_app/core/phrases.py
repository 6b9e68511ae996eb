"""Finds any of many capitalised phrases in a long text quickly, longest match first.

A regular expression with thousands of alternatives tries each one at every position and
needs seconds for a novel; here a cheap scan finds capitalised words and a dictionary keyed
by first word proposes the few phrases worth checking there.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

_CANDIDATE = re.compile(r"(?<![\w.\-])[A-Z][^\W_]*(?:[.\-'’][^\W_]+)*\.?")
_FIRST_WORD = re.compile(r"\S+")
_POSSESSIVE = ("'s", "’s")


@functools.lru_cache(maxsize=2)
def _word_positions(text: str) -> dict[str, list[int]]:
    """Where each capitalised word starts, also under its form without a final period or a
    possessive; shared by the matchers run on one text."""
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
        self._by_first = {k: sorted(v, key=len, reverse=True) for k, v in by_first.items()}

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int]]:
        """(start, end) of every match in text[start:end]; the end leaves out a possessive."""
        stop = len(text) if end is None else end
        positions = _word_positions(text)
        starts = sorted(
            {
                (p, first)
                for first in self._by_first.keys() & positions.keys()
                for p in positions[first]
            }
        )
        covered = start
        for position, first in starts:
            if position < covered:
                continue
            if position >= stop:
                break
            for phrase in self._by_first[first]:
                phrase_end = position + len(phrase)
                if phrase_end > stop or not text.startswith(phrase, position):
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
