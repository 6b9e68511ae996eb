"""Features of each token for the CRF: the word, its shape and affixes, word lists, context
and what the rest of the document says about the same word.

Features of a word that do not depend on its neighbours are cached per word, so a novel with
half a million tokens costs little more than its distinct words.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.core.ner.clusters import cluster_of
from reader_app.core.resources import load_word_lists

_SHAPE_MAP = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_REPEATS = re.compile(r"(.)\1+")


@functools.cache
def gazetteer() -> dict[str, frozenset[str]]:
    return load_word_lists("ner_gazetteer.json")


@functools.cache
def _country_words() -> frozenset[str]:
    from reader_app.core.countries import _table

    return frozenset(form.lower() for form in _table() if " " not in form)


# The word lists that are features of a word, and the feature each gives. The title feature
# is the list the model was trained with; the people step's titles hold ranks too.
_LIST_FEATURES = tuple(
    (name, f"gz:{name.removesuffix('_feature')}")
    for name in ("given", "surname", "title_feature", "month", "org", "loc", "common", "place")
)


def shape(word: str) -> str:
    mapped = word.translate(_SHAPE_MAP)
    return mapped if len(mapped) <= 6 else mapped[:3] + "~" + mapped[-3:]


def short_shape(word: str) -> str:
    return _squeeze(word.translate(_SHAPE_MAP))


@functools.lru_cache(maxsize=4096)
def _squeeze(shape: str) -> str:
    return _REPEATS.sub(r"\1", shape)


def own_features(word: str, caps: bool) -> tuple[str, ...]:
    """Features of the word alone; `caps` marks an all-capital sentence such as a headline."""
    lower = word.lower()
    lists = gazetteer()
    features = [f"w={lower}", f"s2={lower[-2:]}", f"s3={lower[-3:]}", f"s4={lower[-4:]}"]
    features.append(f"p3={lower[:3]}")
    if caps:
        features.append("caps")
    else:
        features += [f"sh={shape(word)}", f"ss={short_shape(word)}"]
        if word[:1].isupper():
            features.append("title" if word[1:].islower() or len(word) == 1 else "upper-start")
    if any(c.isdigit() for c in word):
        features.append("digit")
    if "-" in word:
        features.append("hyphen")
    if len(word) <= 2:
        features.append("short")
    for name, feature in _LIST_FEATURES:
        if lower.rstrip(".") in lists[name]:
            features.append(feature)
    if lower in _country_words():
        features.append("gz:country")
    found = cluster_of(word)
    if found is not None:
        features += [f"c1={found[0]}", f"c2={found[1]}"]
    return tuple(features)


def context_features(word: str, caps: bool, offset: int) -> tuple[str, ...]:
    """A few features of a neighbour, prefixed with its offset (-2, -1, +1, +2)."""
    lower = word.lower()
    prefix = f"{offset:+d}"
    features = [f"{prefix}w={lower}"]
    if abs(offset) == 1:
        if not caps:
            features.append(f"{prefix}ss={short_shape(word)}")
        lists = gazetteer()
        key = lower.rstrip(".")
        if key in lists["title_feature"]:
            features.append(f"{prefix}gz:title")
        if key in lists["given"]:
            features.append(f"{prefix}gz:given")
        if lower in _country_words():
            features.append(f"{prefix}gz:country")
        found = cluster_of(word)
        if found is not None:
            features.append(f"{prefix}c1={found[0]}")
    return tuple(features)


@dataclass(frozen=True)
class DocumentClues:
    """What the whole document says about words: seen capitalised after the first word of a
    sentence, seen in lower case, seen right after a title such as "Mr." or "President"."""

    capitalised: frozenset[str]
    lowercase: frozenset[str]
    after_title: frozenset[str]

    @functools.cached_property
    def _memos(self) -> dict[tuple[bool, int], dict[str, tuple[str, ...]]]:
        return {(caps, offset): {} for caps in (False, True) for offset in (-2, -1, 0, 1, 2)}

    def memo(self, caps: bool, offset: int) -> dict[str, tuple[str, ...]]:
        """Features already worked out for words at `offset` from the labelled token."""
        return self._memos[(caps, offset)]

    def about(self, word: str) -> tuple[str, ...]:
        """The features of what the document says about `word`."""
        lower = word.lower()
        return (
            ("doc:cap",) * (lower in self.capitalised)
            + ("doc:low",) * (lower in self.lowercase)
            + ("doc:after-title",) * (lower in self.after_title)
        )

    def remember(self, word: str, caps: bool, offset: int) -> tuple[str, ...]:
        """Works out (and keeps) the features of `word` at `offset` in this document."""
        if offset:
            features = context_features(word, caps, offset)
        else:
            features = own_features(word, caps) + self.about(word)
        self._memos[(caps, offset)][word] = features
        return features


def document_clues(
    sentences: Sequence[Sequence[str]],
    at_sentence_start: Sequence[bool] | None = None,
    lowercase_words: frozenset[str] | None = None,
    all_caps: Sequence[bool] | None = None,
) -> DocumentClues:
    """Clues from token lists: whole sentences, or stretches of them when `at_sentence_start`
    says which stretches begin a sentence; `lowercase_words` may come from the whole text."""
    titles = gazetteer()["title_feature"]
    starts = [True] * len(sentences) if at_sentence_start is None else at_sentence_start
    caps = [is_all_caps(words) for words in sentences] if all_caps is None else all_caps
    mixed = [
        (words, first)
        for words, first, capitals in zip(sentences, starts, caps, strict=True)
        if not capitals
    ]
    capitalised = {
        w.lower() for words, first in mixed for w in words[1 if first else 0 :] if w[:1].isupper()
    }
    if lowercase_words is None:
        lowercase = {w for words, _ in mixed for w in words if w[:1].islower()}
    else:
        lowercase = set(lowercase_words)
    after_title = {
        following.lower()
        for words, _ in mixed
        for word, following in itertools.pairwise(words)
        if following[:1].isupper() and word.lower().rstrip(".") in titles
    }
    return DocumentClues(frozenset(capitalised), frozenset(lowercase), frozenset(after_title))


def is_all_caps(words: Sequence[str]) -> bool:
    """A headline-like sentence: several letters and no lower-case ones."""
    text = "".join(words)
    return len(text) >= 6 and text.isupper()


BOS = ("BOS",)
EOS = ("EOS",)


def sentence_features(
    words: Sequence[str],
    clues: DocumentClues,
    positions: Sequence[int] | None = None,
    caps: bool | None = None,
    starts_sentence: bool = True,
    ends_sentence: bool = True,
) -> list[tuple[str, ...]]:
    """The feature tuples of the tokens at `positions` (all by default) of a sentence, or of
    a stretch of one (then `starts_sentence` and `ends_sentence` say where it lies)."""
    if caps is None:
        caps = is_all_caps(words)
    count = len(words)
    own = clues.memo(caps, 0)
    before1, before2 = clues.memo(caps, -1), clues.memo(caps, -2)
    after1, after2 = clues.memo(caps, 1), clues.memo(caps, 2)
    result: list[tuple[str, ...]] = []
    for index in range(count) if positions is None else positions:
        word = words[index]
        features = own.get(word) or clues.remember(word, caps, 0)
        if index == 0:
            if starts_sentence:
                features += BOS
        else:
            previous = words[index - 1]
            features += before1.get(previous) or clues.remember(previous, caps, -1)
            if index > 1:
                previous = words[index - 2]
                features += before2.get(previous) or clues.remember(previous, caps, -2)
        if index == count - 1:
            if ends_sentence:
                features += EOS
        else:
            following = words[index + 1]
            features += after1.get(following) or clues.remember(following, caps, 1)
            if index < count - 2:
                following = words[index + 2]
                features += after2.get(following) or clues.remember(following, caps, 2)
        result.append(features)
    return result
