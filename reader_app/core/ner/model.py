"""Runs the trained CRF over a document and returns typed name spans (PER, LOC, ORG, MISC)."""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO

import numpy as np

from reader_app.core.ner.crf import CrfModel, read_model
from reader_app.core.ner.features import (
    BOS,
    EOS,
    DocumentClues,
    context_features,
    document_clues,
    own_features,
)
from reader_app.core.ner.tokens import Token, tokenize
from reader_app.core.resources import resource_path
from reader_app.core.runtime import fork_with_pipes
from reader_app.core.segment import sentence_starters

Span = tuple[int, int]

# Names are capitalised: only stretches around capitalised words are tagged, which keeps
# novels fast. Text written all in lower case is tagged whole.
_WORD = re.compile(r"[^\W\d_]+")
_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][\w’'.\-]*")
_LOWERCASE_WORD = re.compile(r"[a-z]+")
_LONG_LOWER_CASE_WORD = re.compile(r"(?<![^\W\d_])[a-z]{4,}")
_PARALLEL_FROM = 4000  # sentences; below this a second process costs more than it saves
_CONTEXT_WORDS = 2
_LONGEST_WINDOW = 200  # words; no name and hardly any sentence is longer
_MOSTLY_LOWER_SHARE = 0.005
_PRONOUN_I = frozenset({"I", "I’m", "I'm", "I’ll", "I'll", "I’d", "I'd", "I’ve", "I've"})


@dataclass(frozen=True)
class NameSpan:
    kind: str  # PER, LOC, ORG or MISC
    start: int
    end: int
    tokens: tuple[str, ...]


@functools.cache
def _known_names() -> frozenset[str]:
    """Given names, surnames and country words: the anchors in text written in lower case."""
    from reader_app.core.ner.features import _country_words, gazetteer

    lists = gazetteer()
    return lists["given"] | lists["surname"] | _country_words()


@functools.cache
def _model() -> CrfModel:
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


def _regions(text: str, start: int, end: int, lowercase: bool) -> list[Span]:
    """Stretches of a sentence around its capitalised words, with two words of context on
    each side: names are capitalised, so only these stretches need the model. In text
    written in lower case, the stretches are around known names instead."""
    regions: list[Span] = []
    starters = sentence_starters()
    # (Built only for text in lower case: the union costs a twentieth of a second.)
    known = _known_names() if lowercase else frozenset()
    anchors = (
        _WORD.finditer(text, start, end) if lowercase else _CAPITALISED.finditer(text, start, end)
    )
    for anchor in anchors:
        word = anchor.group()
        if lowercase:
            if word.lower() not in known:
                continue
        elif word in _PRONOUN_I or (
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


@dataclass(frozen=True)
class _Stretch:
    """Tokens of a sentence, or of a stretch of one, ready for labelling."""

    tokens: list[Token]
    words: list[str]
    caps: bool  # the sentence is written in capitals, as a headline
    starts: bool  # the stretch starts its sentence
    ends: bool  # the stretch ends its sentence


def written_in_lower_case(text: str) -> bool:
    """A text with (almost) no capital letters, where names are not capitalised either."""
    capitals = sum(map(str.isupper, text[:200_000]))
    return capitals < _MOSTLY_LOWER_SHARE * min(len(text), 200_000)


def written_in_capitals(text: str) -> bool:
    """A text with (almost) no lower-case letters, such as a telegram or a shouted notice."""
    sample = text[:200_000]
    lower = sum(map(str.islower, sample))
    return lower < _MOSTLY_LOWER_SHARE * len(sample) and any(map(str.isupper, sample))


def find_names(
    text: str,
    sentences: Sequence[Span],
    parallel: bool = False,
    while_waiting: Callable[[], object] | None = None,
) -> list[NameSpan]:
    """Every name the model finds, in document order.

    With `parallel`, a long document is shared between two processes (on systems that can
    fork), with the same result. Only a single-threaded caller, such as the command line,
    may ask for it; its `while_waiting` runs while this process waits for the other's names
    (work the caller needs later anyway)."""
    if not sentences:
        return []
    tag_all = written_in_lower_case(text)
    if parallel and len(sentences) >= _PARALLEL_FROM and hasattr(os, "fork"):
        half = len(sentences) // 2
        return _in_two_processes(text, sentences[:half], sentences[half:], tag_all, while_waiting)
    stretches = _stretches(text, sentences, tag_all)
    return _label(stretches, _clues(stretches, _lowercase_words(text, tag_all)), tag_all)


def _lowercase_words(
    text: str, tag_all: bool, start: int = 0, end: int | None = None, piece: int = 1 << 17
) -> frozenset[str]:
    """Every lower-case word of text[start:end]; none in text written in lower case, where
    every name is "seen in lower case" too and that is no clue. Read in pieces so that no
    single call holds the interpreter for long while the window's thread waits (a piece
    ends at a space)."""
    found: set[str] = set()
    stop = len(text) if end is None else end
    while not tag_all and start < stop:
        until = text.find(" ", start + piece, stop)
        until = stop if until < 0 else until
        found.update(_LOWERCASE_WORD.findall(text, start, until))
        start = until
    return frozenset(found)


def _stretches(text: str, sentences: Sequence[Span], tag_all: bool) -> list[_Stretch]:
    stretches: list[_Stretch] = []
    for start, end in sentences:
        sentence = text[start:end]
        caps = (len(sentence) >= 6 and sentence.isupper()) or _in_title_case(sentence)
        for low, high in _regions(text, start, end, tag_all):
            tokens = tokenize(text, low, high)
            if tokens:
                # The model learnt from straight quotes; curly apostrophes read the same to it.
                words = [t[0].replace("’", "'") for t in tokens]
                stretches.append(_Stretch(tokens, words, caps, low == start, high == end))
    return stretches


@functools.cache
def _institution_words() -> frozenset[str]:
    from reader_app.core.ner.features import gazetteer
    from reader_app.core.resources import load_json

    return gazetteer()["org"] | frozenset(load_json("people_rules.json")["not_in_names"])


# Words that stay in lower case In Title Case: articles, and short conjunctions and
# prepositions ("Talks in Geneva as Deadline Looms").
_TITLE_CASE_LOWER = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs".split()
)


@functools.cache
def _capitalised_anyway() -> frozenset[str]:
    """Titles, months and days, and country words: capitalised in prose too."""
    from reader_app.core.ner.features import _country_words, gazetteer

    lists = gazetteer()
    return frozenset(lists["title"] | lists["month"] | _country_words())


@functools.cache
def _everyday() -> frozenset[str]:
    from reader_app.core.ner.features import gazetteer

    lists = gazetteer()
    return (lists["common"] | lists["everyday"] | sentence_starters()) - _capitalised_anyway()


def _in_title_case(sentence: str) -> bool:
    """A headline written In Title Case: six words or more, all capitalised but a few short
    ones, most of them after the first everyday words ("Leaders Gather in Geneva for"). The
    model reads it as it reads a headline in capitals, by the words alone; read as prose, the
    whole headline looked like one organisation's name."""
    if _LONG_LOWER_CASE_WORD.search(sentence):
        return False  # prose, found at its first long word in lower case
    if sentence.rstrip(" \"'”’)").endswith("."):
        return False  # a headline has no full stop; a caption or a credit line has one
    words = _WORD.findall(sentence)
    if len(words) < 6 or not all(w[:1].isupper() or w in _TITLE_CASE_LOWER for w in words):
        return False
    if any(w.lower() in _institution_words() for w in words):
        return False  # the name of an institution: "Italian Socialist Party of Proletarian Unity"
    everyday = _everyday()
    # Titles, months and country words are capitalised in prose as well: they tell nothing
    # ("French President Emmanuel Macron Visits Russia Amid Tension" is a headline).
    anyway = _capitalised_anyway()
    capitalised = [
        w for w in words[1:] if w[:1].isupper() and not w.isupper() and w.lower() not in anyway
    ]
    common = sum(1 for w in capitalised if w.lower() in everyday)
    # Mostly everyday words: a results line ("Hove: Sussex 363 (W. Athey 111)") is names.
    return common >= 2 and 2 * common >= len(capitalised)


def _clues(stretches: Sequence[_Stretch], lowercase: frozenset[str]) -> DocumentClues:
    return document_clues(
        [s.words for s in stretches],
        [s.starts for s in stretches],
        lowercase,
        [s.caps for s in stretches],
    )


# A token's features are its own and those of the two words before and after it, as in
# sentence_features (and so in training); at a sentence's edges, BOS or EOS instead.
_OFFSETS = (0, -1, -2, 1, 2)
_NONE, _BOS, _EOS = 0, 1, 2  # rows of the score table for "no features", BOS and EOS
_TOKENS_AT_ONCE = 1 << 15  # labelled together: a novel's arrays would take 100 MB


def _label(stretches: Sequence[_Stretch], clues: DocumentClues, tag_all: bool) -> list[NameSpan]:
    """The names in the model's windows of every stretch, some thirty thousand tokens at once."""
    names: list[NameSpan] = []
    batch: list[tuple[_Stretch, range]] = []
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
    windows: Sequence[tuple[_Stretch, range]], clues: DocumentClues, tag_all: bool
) -> list[NameSpan]:
    """The names in `windows` (of their stretches), labelled at once."""
    model = _model()
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
    windows: Sequence[tuple[_Stretch, range]], lengths: np.ndarray, clues: DocumentClues
) -> np.ndarray:
    """The label scores of every token of the `windows`, one row each: each distinct word is
    scored once per offset and caps, and a token's scores are the sum of five such rows (or
    of BOS, EOS, nothing at its stretch's edges)."""
    model = _model()
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
    distinct, found = np.unique(np.concatenate(keys), return_inverse=True)
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


def _attribute_ids(features: Sequence[str]) -> tuple[int, ...]:
    """The model's ids of the features it knows; it gives the others no weight."""
    return tuple(i for i in map(_model().attributes.get, features) if i is not None)


# Kept from one document to the next: most words of a batch of articles recur.
@functools.lru_cache(maxsize=1 << 16)
def _own_ids(word: str, caps: bool) -> tuple[int, ...]:
    return _attribute_ids(own_features(word, caps))


@functools.lru_cache(maxsize=1 << 16)
def _context_ids(word: str, caps: bool, offset: int) -> tuple[int, ...]:
    return _attribute_ids(context_features(word, caps, offset))


def _in_two_processes(
    text: str,
    first: Sequence[Span],
    second: Sequence[Span],
    tag_all: bool,
    while_waiting: Callable[[], object] | None = None,
) -> list[NameSpan]:
    """Labels `first` here and `second` in a forked child. The halves swap what they learnt
    of the document (clues, and the words seen in lower case: each reads its part of the
    text) before labelling, so the names equal a single process's."""
    forked = fork_with_pipes()
    if forked is None:
        return find_names(text, [*first, *second])
    # The child reads the lower-case words from the space before its first sentence on.
    split = max(text.rfind(" ", 0, second[0][0]), text.rfind("\n", 0, second[0][0]), 0)
    child, read_end, write_end = forked
    if child == 0:  # pragma: no cover - runs in the child process
        try:
            with (
                os.fdopen(write_end, "w", encoding="utf-8") as up,
                os.fdopen(read_end, encoding="utf-8") as down,
            ):
                stretches = _stretches(text, second, tag_all)
                mine = _clues(stretches, _lowercase_words(text, tag_all, split))
                _send_clues(up, mine)  # first: the parent reads, then sends its own
                clues = _merged(mine, _receive_clues(down))
                found = _label(stretches, clues, tag_all)
                up.write(json.dumps([[n.kind, n.start, n.end, n.tokens] for n in found]))
        finally:
            os._exit(0)
    try:
        with (
            os.fdopen(read_end, encoding="utf-8") as up,
            os.fdopen(write_end, "w", encoding="utf-8") as down,
        ):
            stretches = _stretches(text, first, tag_all)
            mine = _clues(stretches, _lowercase_words(text, tag_all, 0, split))
            theirs = _receive_clues(up)
            _send_clues(down, mine)
            down.close()
            clues = _merged(mine, theirs)
            names = _label(stretches, clues, tag_all)
            if while_waiting is not None:
                while_waiting()  # the child is most often still labelling its half
            rest = [NameSpan(k, a, b, tuple(t)) for k, a, b, t in json.loads(up.read())]
    except (OSError, ValueError, TypeError):
        names, rest = find_names(text, [*first, *second]), []
    finally:
        os.waitpid(child, 0)
    return names + rest


def _merged(mine: DocumentClues, theirs: DocumentClues) -> DocumentClues:
    return DocumentClues(
        mine.capitalised | theirs.capitalised,
        mine.lowercase | theirs.lowercase,
        mine.after_title | theirs.after_title,
    )


def _send_clues(pipe: TextIO, clues: DocumentClues) -> None:
    parts = (clues.capitalised, clues.lowercase, clues.after_title)
    pipe.write(json.dumps([sorted(part) for part in parts]) + "\n")
    pipe.flush()


def _receive_clues(pipe: TextIO) -> DocumentClues:
    capitalised, lowercase, after_title = json.loads(pipe.readline())
    return DocumentClues(frozenset(capitalised), frozenset(lowercase), frozenset(after_title))


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
    known = _known_names() if lowercase else frozenset()
    for index, word in enumerate(words):
        if (
            (word.lower() in known)
            if lowercase
            else word[:1].isupper()
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
    # A run of thousands of capitalised words (a list, a table, a line of one word repeated)
    # is labelled piece by piece: the search takes one step per word of its longest window.
    return [
        range(low, min(low + _LONGEST_WINDOW, window.stop))
        for window in windows
        for low in range(window.start, window.stop, _LONGEST_WINDOW)
    ]
