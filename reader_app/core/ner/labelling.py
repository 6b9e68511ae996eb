"""The CRF over windows of tokens, its labels read as typed name spans (PER, LOC, ORG, MISC).

Each distinct word's features are scored once per offset, and a batch of windows is decoded at
once."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reader_app.core.ner.crf import CrfModel, read_model
from reader_app.core.ner.features import BOS, EOS, DocumentClues, context_features, own_features
from reader_app.core.ner.tokens import Token
from reader_app.core.resources import resource_path
from reader_app.core.segment import sentence_starters

Span = tuple[int, int]


@dataclass(frozen=True)
class NameSpan:
    kind: str  # PER, LOC, ORG or MISC
    start: int
    end: int
    tokens: tuple[str, ...]


PRONOUN_I = frozenset({"I", "I’m", "I'm", "I’ll", "I'll", "I’d", "I'd", "I’ve", "I've"})


LONGEST_WINDOW = 200  # words; no name and hardly any sentence is longer


@functools.cache
def known_names() -> frozenset[str]:
    """Given names (the census's, those seen opening names in the training sets, those of
    other countries, and those that are everyday words too: "mark"), surnames and country
    words: the anchors in text written in lower case."""
    from reader_app.core.ner.features import _country_words, gazetteer

    lists = gazetteer()
    return (
        lists["given"]
        | lists["given_seen"]
        | lists["given_world"]
        | lists["given_common"]
        | lists["surname"]
        | _country_words()
    )


# Words of the title list that only qualify a title ("foreign minister", "state senator") or
# are everyday words too: no name need follow them.
_QUALIFIERS = frozenset(
    "acting chief culture defence defense deputy economy education executive field finance "
    "foreign former home interior justice labor labour private royal state trade vice st saint "
    "sen general major count father brother sister uncle aunt lady lord".split()
)


@functools.cache
def person_titles() -> frozenset[str]:
    """Titles that a name follows ("prime minister hun sen", "mr. smith"): in text written in
    lower case the word after one is read as a possible name, known to the lists or not."""
    from reader_app.core.ner.features import gazetteer

    return frozenset(gazetteer()["title"]) - _QUALIFIERS


@functools.cache
def crf_model() -> CrfModel:
    # READER_NER_MODEL lets benchmarks compare a freshly trained model with the shipped one.
    return read_model(os.environ.get("READER_NER_MODEL") or resource_path("ner.crfsuite"))


def _spans_of(
    tokens: Sequence[Token], tags: Sequence[str], lower_case: bool = False
) -> list[NameSpan]:
    found: list[NameSpan] = []
    start = -1
    kind = ""
    # A name starts and ends with a capitalised word (or ends with a number, as in "Apollo
    # 11"): labels on a lower-case word or a mark at its edges are dropped. In text written
    # in lower case, only the marks.
    opens = str.isalpha if lower_case else str.isupper
    for index, tag in enumerate([*tags, "O"]):
        continues = tag.startswith("I-") and tag[2:] == kind
        if start >= 0 and not continues:
            first, stop = start, index
            while first < stop and not opens(tokens[first][0][:1]):
                first += 1
            while (
                stop > first
                and not opens(tokens[stop - 1][0][:1])
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


@dataclass(frozen=True)
class Stretch:
    """Tokens of a sentence, or of a stretch of one, ready for labelling."""

    tokens: list[Token]
    words: list[str]
    caps: bool  # the sentence is written in capitals, as a headline
    starts: bool  # the stretch starts its sentence
    ends: bool  # the stretch ends its sentence


# A token's features are its own and those of the two words before and after it, as in
# sentence_features (and so in training); at a sentence's edges, BOS or EOS instead.
_OFFSETS = (0, -1, -2, 1, 2)
_NONE, _BOS, _EOS = 0, 1, 2  # rows of the score table for "no features", BOS and EOS
_TOKENS_AT_ONCE = 1 << 15  # labelled together: a novel's arrays would take 100 MB


def label(stretches: Sequence[Stretch], clues: DocumentClues, tag_all: bool) -> list[NameSpan]:
    """The names in the model's windows of every stretch, some thirty thousand tokens at once."""
    names: list[NameSpan] = []
    batch: list[tuple[Stretch, range]] = []
    size = 0
    for s in stretches:
        for window in _windows(s.words, s.starts, tag_all):
            batch.append((s, window))
            size += len(window)
            if size >= _TOKENS_AT_ONCE:
                names += _label_together(batch, clues, tag_all)
                batch, size = [], 0
    if batch:
        names += _label_together(batch, clues, tag_all)
    return names


def _label_together(
    windows: Sequence[tuple[Stretch, range]], clues: DocumentClues, tag_all: bool
) -> list[NameSpan]:
    """The names in `windows` (of their stretches), labelled at once."""
    model = crf_model()
    lengths = np.fromiter((len(window) for _, window in windows), dtype=np.intp)
    labels = model.best_labels(_token_scores(windows, lengths, clues), lengths)
    outside = model.labels.index("O")
    named = np.add.reduceat(labels != outside, np.cumsum(lengths) - lengths) > 0
    names: list[NameSpan] = []
    first = 0
    for (s, window), length, has_name in zip(
        windows, lengths.tolist(), named.tolist(), strict=True
    ):
        if has_name:
            tags = [model.labels[i] for i in labels[first : first + length].tolist()]
            names.extend(_spans_of(s.tokens[window.start : window.stop], tags, tag_all))
        first += length
    return names


def _token_scores(
    windows: Sequence[tuple[Stretch, range]], lengths: np.ndarray, clues: DocumentClues
) -> np.ndarray:
    """The label scores of every token of the `windows`, one row each: each distinct word is
    scored once per offset and caps, and a token's scores are the sum of five such rows (or
    of BOS, EOS, nothing at its stretch's edges)."""
    model = crf_model()
    # Each window with the two words around it that its tokens' features read.
    vocabulary: dict[str, int] = {}
    word_ids: list[int] = []
    window_starts: list[int] = []
    piece_lengths: list[int] = []
    for s, window in windows:
        low, high = max(0, window.start - 2), min(len(s.words), window.stop + 2)
        window_starts.append(len(word_ids) + window.start - low)
        piece_lengths.append(high - low)
        word_ids.extend(
            [vocabulary.setdefault(word, len(vocabulary)) for word in s.words[low:high]]
        )
    # Per word of every piece: where its piece begins and ends, and its stretch's flags. A
    # piece ends where its stretch does, or two words beyond the tokens to label.
    per_piece = np.asarray(piece_lengths, dtype=np.intp)
    begins = np.repeat(np.cumsum(per_piece) - per_piece, per_piece)
    ends = begins + np.repeat(per_piece, per_piece)
    flags = [(s.caps, s.starts, s.ends) for s, _ in windows]
    caps, at_start, at_end = (
        np.repeat(np.array(f, dtype=bool), per_piece) for f in zip(*flags, strict=True)
    )
    # Every labelled token, window after window, as an index into the words.
    tokens = np.arange(int(lengths.sum())) + np.repeat(
        np.asarray(window_starts, dtype=np.intp) - (np.cumsum(lengths) - lengths), lengths
    )
    ids = np.asarray(word_ids, dtype=np.intp)
    keys, edges = [], []
    for kind, offset in enumerate(_OFFSETS):
        neighbour = tokens + offset
        inside = (neighbour >= begins[tokens]) & (neighbour < ends[tokens])
        safe = np.where(inside, neighbour, tokens)
        keys.append(np.where(inside, (ids[safe] * 2 + caps[tokens]) * len(_OFFSETS) + kind, -1))
        edge = np.full(len(tokens), _NONE)
        if offset == -1:
            edge[at_start[tokens]] = _BOS
        elif offset == 1:
            edge[at_end[tokens]] = _EOS
        edges.append(edge)
    distinct, found = _unique_keys(np.concatenate(keys))
    words = list(vocabulary)
    edge_rows = [(), _attribute_ids(BOS), _attribute_ids(EOS)]  # _NONE, _BOS, _EOS
    rows = list(edge_rows)
    for key in distinct.tolist():
        if key >= 0:
            rest, kind = divmod(key, len(_OFFSETS))
            word, in_caps = words[rest // 2], bool(rest % 2)
            if kind:
                rows.append(_context_ids(word, in_caps, _OFFSETS[kind]))
            else:
                rows.append(_own_ids(word, in_caps) + _attribute_ids(clues.about(word)))
    # The key -1 (no neighbour there) sorts first: it takes the edge's row instead.
    shift = len(edge_rows) - int(distinct[0] < 0)
    table = model.scores(rows)
    scores = np.zeros((len(tokens), len(model.labels)))
    for kind, (key, edge) in enumerate(zip(keys, edges, strict=True)):
        row = np.where(key >= 0, found[kind * len(tokens) : (kind + 1) * len(tokens)] + shift, edge)
        scores += table[row]
    return scores


def _unique_keys(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(keys, return_inverse=True) for keys of -1 or more, by marking each key's place
    in an array as long as the largest key rather than by sorting them (a tenth of the time
    for a novel's keys, which are fewer than ten per word of its vocabulary)."""
    if not keys.size:
        return np.unique(keys, return_inverse=True)
    shifted = keys + 1  # -1, "no neighbour", at 0
    present = np.zeros(int(shifted.max()) + 1, dtype=bool)
    present[shifted] = True
    distinct = np.flatnonzero(present)
    place = np.cumsum(present) - 1
    return distinct - 1, place[shifted]


def _attribute_ids(features: Sequence[str]) -> tuple[int, ...]:
    """The model's ids of the features it knows; it gives the others no weight."""
    return tuple(i for i in map(crf_model().attributes.get, features) if i is not None)


# Kept from one document to the next: most words of a batch of articles recur.
@functools.lru_cache(maxsize=1 << 16)
def _own_ids(word: str, caps: bool) -> tuple[int, ...]:
    return _attribute_ids(own_features(word, caps))


@functools.lru_cache(maxsize=1 << 16)
def _context_ids(word: str, caps: bool, offset: int) -> tuple[int, ...]:
    return _attribute_ids(context_features(word, caps, offset))


def _windows(
    words: Sequence[str], starts_sentence: bool = True, lowercase: bool = False
) -> list[range]:
    """Runs of capitalised words with one word of margin each side: what the model labels.

    A capitalised function word opening the sentence ("The", "He") needs no label."""
    windows: list[range] = []
    start = stop = -1
    starters = sentence_starters()
    opening = 0
    if starts_sentence:
        while opening < len(words) and not words[opening][:1].isalnum():
            opening += 1
    known = known_names() if lowercase else frozenset()
    titles = person_titles() if lowercase else frozenset()
    for index, word in enumerate(words):
        if (
            (
                word.lower() in known
                or (index > 0 and words[index - 1].lower().rstrip(".") in titles)
            )
            if lowercase
            else word[:1].isupper()
            and word not in PRONOUN_I
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
    # A run of thousands of capitalised words (a list, a table, a line of one word repeated)
    # is labelled piece by piece: the search takes one step per word of its longest window.
    return [
        range(low, min(low + LONGEST_WINDOW, window.stop))
        for window in windows
        for low in range(window.start, window.stop, LONGEST_WINDOW)
    ]
