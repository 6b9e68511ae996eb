"""Runs the trained CRF over a document and returns typed name spans (PER, LOC, ORG, MISC)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reader_app.core.ner.features import document_clues, sentence_features
from reader_app.core.ner.tokens import Token, tokenize
from reader_app.core.resources import load_json, resource_path

Span = tuple[int, int]

# Names are capitalised: only stretches around capitalised words are tagged, which keeps
# novels fast. Text written all in lower case is tagged whole.
_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][\w’'.\-]*")
_LOWERCASE_WORD = re.compile(r"(?<![\w’'\-])[a-z]+(?![\w’'\-])")
_CONTEXT_WORDS = 2
_MOSTLY_LOWER_SHARE = 0.005
_PRONOUN_I = frozenset({"I", "I’m", "I'm", "I’ll", "I'll", "I’d", "I'd", "I’ve", "I've"})


@dataclass(frozen=True)
class NameSpan:
    kind: str  # PER, LOC, ORG or MISC
    start: int
    end: int
    tokens: tuple[str, ...]


@functools.cache
def _sentence_starters() -> frozenset[str]:
    return frozenset(load_json("segmentation.json")["sentence_starters"])


@functools.cache
def _tagger() -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(resource_path("ner.crfsuite"))
    return tagger


def _spans_of(tokens: Sequence[Token], tags: Sequence[str]) -> list[NameSpan]:
    found: list[NameSpan] = []
    start = -1
    kind = ""
    for index, tag in enumerate([*tags, "O"]):
        continues = tag.startswith("I-") and tag[2:] == kind
        if start >= 0 and not continues:
            # A name starts and ends with a capitalised word (or a number, as in "Apollo 11"):
            # labels on a lower-case word or a mark at its edges are dropped.
            first, stop = start, index
            while first < stop and not tokens[first][0][:1].isupper():
                first += 1
            while (
                stop > first
                and not tokens[stop - 1][0][:1].isupper()
                and not (tokens[stop - 1][0][:1].isdigit())
            ):
                stop -= 1
            if stop > first:
                words = tuple(token[0] for token in tokens[first:stop])
                found.append(NameSpan(kind, tokens[first][1], tokens[stop - 1][2], words))
            start, kind = -1, ""
        if tag != "O" and not continues:
            start, kind = index, tag[2:]
    return found


def _regions(text: str, start: int, end: int) -> list[Span]:
    """Stretches of a sentence around its capitalised words, with two words of context on
    each side: names are capitalised, so only these stretches need the model."""
    regions: list[Span] = []
    starters = _sentence_starters()
    for anchor in _CAPITALISED.finditer(text, start, end):
        word = anchor.group()
        if word in _PRONOUN_I or (
            word.lower() in starters and not text[start : anchor.start()].strip("\"'“‘([ ")
        ):
            continue
        low = anchor.start()
        for _ in range(_CONTEXT_WORDS):
            if low <= start:
                break
            space = text.rfind(" ", start, low - 1)
            low = space + 1 if space >= 0 else start
        high = anchor.end()
        for _ in range(_CONTEXT_WORDS):
            space = text.find(" ", high + 1, end)
            high = space if space >= 0 else end
        if regions and low <= regions[-1][1] + 1:
            regions[-1] = (regions[-1][0], max(high, regions[-1][1]))
        else:
            regions.append((low, high))
    return regions


def find_names(text: str, sentences: Sequence[Span]) -> list[NameSpan]:
    """Every name the model finds, in document order."""
    if not sentences:
        return []
    capitals = sum(1 for c in text[:200_000] if c.isupper())
    tag_all = capitals < _MOSTLY_LOWER_SHARE * min(len(text), 200_000)
    # (tokens, words, all capitals, starts its sentence, ends its sentence)
    stretches: list[tuple[list[Token], list[str], bool, bool, bool]] = []
    for start, end in sentences:
        sentence = text[start:end]
        caps = len(sentence) >= 6 and sentence.isupper()
        for low, high in [(start, end)] if tag_all else _regions(text, start, end):
            tokens = tokenize(text, low, high)
            if tokens:
                # The model learnt from straight quotes; curly apostrophes read the same to it.
                words = [t[0].replace("’", "'") for t in tokens]
                stretches.append((tokens, words, caps, low == start, high == end))
    clues = document_clues(
        [s[1] for s in stretches],
        [s[3] for s in stretches],
        frozenset(_LOWERCASE_WORD.findall(text)),
        [s[2] for s in stretches],
    )
    tagger = _tagger()
    names: list[NameSpan] = []
    for tokens, words, caps, starts, ends in stretches:
        for window in [range(len(words))] if tag_all else _windows(words, starts):
            tags = tagger.tag(sentence_features(words, clues, window, caps, starts, ends))
            if any(tag != "O" for tag in tags):
                names.extend(_spans_of(tokens[window.start : window.stop], tags))
    return names


def _windows(words: Sequence[str], starts_sentence: bool = True) -> list[range]:
    """Runs of capitalised words with one word of margin each side: what the model labels.

    A capitalised function word opening the sentence ("The", "He") needs no label."""
    windows: list[range] = []
    start = stop = -1
    starters = _sentence_starters()
    opening = 0
    if starts_sentence:
        while opening < len(words) and not words[opening][:1].isalnum():
            opening += 1
    for index, word in enumerate(words):
        if (
            word[:1].isupper()
            and word not in _PRONOUN_I
            and not (index == opening and starts_sentence and word.lower() in starters)
        ):
            low, high = max(0, index - 1), min(len(words), index + 2)
            if start >= 0 and low <= stop + 1:
                stop = high
            else:
                if start >= 0:
                    windows.append(range(start, stop))
                start, stop = low, high
    if start >= 0:
        windows.append(range(start, stop))
    return windows
