"""A rule-based people finder: runs of capitalised words that read as personal names.

It sees a name where two or three capitalised words stand together without any word that
belongs to places, organisations or dates, and then counts the lone surname as a further
mention of that person. The trained model of the "People and countries" issue replaces it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader_app.core.countries import code_for
from reader_app.core.resources import load_json

Span = tuple[int, int]

_TOKEN = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*\.?|\S")
_NAME_WORD = re.compile(
    r"(?:[A-Z][a-z]+(?:[’'\-][A-Za-z]+)*|[A-Z]\.|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)"
)
_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "bin", "ibn", "al", "la", "le"}
)


@dataclass(frozen=True)
class PersonMention:
    """One mention: the words of the name as written, and where they are."""

    words: tuple[str, ...]
    start: int
    end: int


@functools.cache
def _rules() -> dict[str, frozenset[str]]:
    data = load_json("people_rules.json")
    return {key: frozenset(value) for key, value in data.items() if isinstance(value, list)}


@functools.cache
def _starters() -> frozenset[str]:
    return frozenset(load_json("segmentation.json")["sentence_starters"])


def _bare(word: str) -> str:
    return word.rstrip(".").lower()


def _is_name_word(word: str) -> bool:
    rules = _rules()
    key = _bare(word)
    return (
        bool(_NAME_WORD.fullmatch(word))
        and key not in rules["not_name_words"]
        and code_for(word.rstrip(".")) is None
    )


def _trim(run: list[tuple[str, int, int]], at_sentence_start: bool) -> list[tuple[str, int, int]]:
    """Drops titles, sentence-initial function words and possessives from a run."""
    titles = _rules()["titles"]
    while run and (
        _bare(run[0][0]) in titles or (at_sentence_start and _bare(run[0][0]) in _starters())
    ):
        run = run[1:]
        at_sentence_start = False
    while run and run[-1][0][:1].islower():
        run = run[:-1]
    return run


def find_people(text: str, sentences: Iterable[Span]) -> list[PersonMention]:
    """Full-name mentions (two or three name words) found sentence by sentence."""
    mentions: list[PersonMention] = []
    titles = _rules()["titles"]
    for sentence_start, sentence_end in sentences:
        tokens = [
            (m.group(), m.start(), m.end())
            for m in _TOKEN.finditer(text, sentence_start, sentence_end)
        ]
        index = 0
        while index < len(tokens):
            word = tokens[index][0]
            if not (_is_name_word(word) or (_bare(word) in titles and word[:1].isupper())):
                index += 1
                continue
            run_start = index
            while index < len(tokens) and (
                _is_name_word(tokens[index][0])
                or (_bare(tokens[index][0]) in titles and tokens[index][0][:1].isupper())
                or (
                    tokens[index][0] in _PARTICLES
                    and index + 1 < len(tokens)
                    and _is_name_word(tokens[index + 1][0])
                )
            ):
                index += 1
            at_start = run_start == 0 or tokens[run_start - 1][0] in "\"“‘'("
            run = _trim(tokens[run_start:index], at_start)
            name_words = tuple(
                token[0].rstrip(".") if len(token[0]) > 2 else token[0] for token in run
            )
            if 2 <= len(run) <= 3 and not all(len(w) <= 2 for w in name_words):
                end = run[-1][2]
                if text[end - 1] == ".":
                    end -= 1 if len(run[-1][0]) > 2 else 0
                mentions.append(PersonMention(name_words, run[0][1], end))
            index = max(index, run_start + 1)
    return mentions


def _surname_mentions(
    text: str, sentences: Sequence[Span], surnames: dict[str, int]
) -> list[tuple[int, int, int]]:
    """(person index, start, end) for each lone surname of a known person."""
    found: list[tuple[int, int, int]] = []
    if not surnames:
        return found
    pattern = re.compile(r"(?<![\w\-])(" + "|".join(map(re.escape, surnames)) + r")(?![\w\-])")
    for match in pattern.finditer(text):
        found.append((surnames[match.group(1)], match.start(), match.end()))
    return found


def group_people(
    text: str, sentences: Sequence[Span], mentions: Sequence[PersonMention]
) -> list[tuple[str, list[Span]]]:
    """People named by their fullest form, with every mention (full or surname alone)."""
    fullest: dict[str, tuple[str, ...]] = {}
    for mention in mentions:
        surname = mention.words[-1]
        if len(mention.words) > len(fullest.get(surname, ())):
            fullest[surname] = mention.words
    names = sorted({" ".join(words) for words in fullest.values()})
    index_of = {name: i for i, name in enumerate(names)}
    surnames = {surname: index_of[" ".join(words)] for surname, words in fullest.items()}
    spans: list[set[Span]] = [set() for _ in names]
    covered: list[Span] = []
    for mention in mentions:
        person = surnames[mention.words[-1]]
        spans[person].add((mention.start, mention.end))
        covered.append((mention.start, mention.end))
    covered.sort()
    for person, start, end in _surname_mentions(text, sentences, surnames):
        if not any(a <= start and end <= b for a, b in covered):
            spans[person].add((start, end))
    return [(name, sorted(spans[i])) for i, name in enumerate(names)]
