"""Runs the trained CRF over a document and returns typed name spans (PER, LOC, ORG, MISC)."""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable, Sequence
from typing import TextIO

from reader_app.core.ner.features import DocumentClues, document_clues
from reader_app.core.ner.labelling import (
    PRONOUN_I,
    Stretch,
    crf_model,
    known_names,
    label,
    person_titles,
)
from reader_app.core.ner.labelling import (
    NameSpan as NameSpan,  # the model's output: importers take it from here
)
from reader_app.core.ner.tokens import tokenize
from reader_app.core.phrases import LATIN_CAPITALS
from reader_app.core.runtime import fork_with_pipes
from reader_app.core.segment import sentence_starters

Span = tuple[int, int]

# Names are capitalised: only stretches around capitalised words are tagged, which keeps
# novels fast. Text written all in lower case is tagged whole.
_WORD = re.compile(r"[^\W\d_]+")
# (The capital first, then the look back: see phrases._CANDIDATE.)
# (Any Latin capital, marked or not: "İsmet İnönü", "Østersund", "Łódź" open stretches too.)
_CAPITALISED = re.compile(rf"[{LATIN_CAPITALS}](?<![\w’'][{LATIN_CAPITALS}])[\w’'.\-]*")
_LONG_LOWER_CASE_WORD = re.compile(r"(?<![^\W\d_])[a-z]{4,}")
_PARALLEL_FROM = 4000  # sentences; below this a second process costs more than it saves
_CONTEXT_WORDS = 2
_MOSTLY_LOWER_SHARE = 0.005


def _regions(text: str, start: int, end: int, lowercase: bool) -> list[Span]:
    """Stretches of a sentence around its capitalised words, with two words of context on
    each side: names are capitalised, so only these stretches need the model. In text
    written in lower case, the stretches are around known names instead."""
    regions: list[Span] = []
    starters = sentence_starters()
    # (Built only for text in lower case: the union costs a twentieth of a second.)
    known = known_names() if lowercase else frozenset()
    titles = person_titles() if lowercase else frozenset()
    anchors = (
        _WORD.finditer(text, start, end) if lowercase else _CAPITALISED.finditer(text, start, end)
    )
    previous = ""
    for anchor in anchors:
        word = anchor.group()
        if lowercase:
            after_title, previous = previous in titles, word.lower()
            if previous not in known and not after_title:
                continue
        elif word in PRONOUN_I or (
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
    stretches = cut_into_stretches(text, sentences, tag_all)
    return label(stretches, clues_of(stretches, lowercase_words(text, tag_all)), tag_all)


def lowercase_words(
    text: str, tag_all: bool, start: int = 0, end: int | None = None, piece: int = 1 << 17
) -> frozenset[str]:
    """Every lower-case word of text[start:end]; none in text written in lower case, where
    every name is "seen in lower case" too and that is no clue. Read in pieces so that no
    single call holds the interpreter for long while the window's thread waits (a piece
    ends at a space)."""
    found: set[bytes] = set()
    stop = len(text) if end is None else end
    while not tag_all and start < stop:
        until = text.find(" ", start + piece, stop)
        until = stop if until < 0 else until
        # The runs of a-z in the piece's UTF-8, every other byte a space: no byte of a
        # character beyond ASCII is one of a-z, so the runs are the words [a-z]+ finds (in
        # two thirds of the time).
        piece_bytes = text[start:until].encode("utf-8", "surrogatepass")
        found.update(piece_bytes.translate(_ONLY_A_TO_Z).split())
        start = until
    return frozenset(word.decode("ascii") for word in found)


_ONLY_A_TO_Z = bytes(byte if 97 <= byte <= 122 else 32 for byte in range(256))


def cut_into_stretches(text: str, sentences: Sequence[Span], tag_all: bool) -> list[Stretch]:
    stretches: list[Stretch] = []
    for start, end in sentences:
        sentence = text[start:end]
        caps = (len(sentence) >= 6 and sentence.isupper()) or _in_title_case(sentence)
        for low, high in _regions(text, start, end, tag_all):
            tokens = tokenize(text, low, high)
            if tokens:
                # The model learnt from straight quotes; curly apostrophes read the same to it,
                # and Italian's elided "de'" as the "de" it learnt ("Cosimo de' Medici").
                words = [_ELIDED.get(t[0], t[0]).replace("’", "'") for t in tokens]
                stretches.append(Stretch(tokens, words, caps, low == start, high == end))
    return stretches


_ELIDED = {"de'": "de", "de’": "de", "De'": "De", "De’": "De"}


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


def clues_of(stretches: Sequence[Stretch], lowercase: frozenset[str]) -> DocumentClues:
    return document_clues(
        [s.words for s in stretches],
        [s.starts for s in stretches],
        lowercase,
        [s.caps for s in stretches],
    )


def read_the_lists() -> None:
    """Reads the model and the word lists the labelling needs (a twentieth of a second): a
    caller about to fork does it first, so that its child has them too."""
    crf_model()
    _everyday()
    _institution_words()


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
    read_the_lists()  # once, here, so that the child has them too rather than read them again
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
                stretches = cut_into_stretches(text, second, tag_all)
                mine = clues_of(stretches, lowercase_words(text, tag_all, split))
                _send_clues(up, mine)  # first: the parent reads, then sends its own
                clues = _merged(mine, _receive_clues(down))
                found = label(stretches, clues, tag_all)
                up.write(json.dumps([[n.kind, n.start, n.end, n.tokens] for n in found]))
        finally:
            os._exit(0)
    try:
        with (
            os.fdopen(read_end, encoding="utf-8") as up,
            os.fdopen(write_end, "w", encoding="utf-8") as down,
        ):
            stretches = cut_into_stretches(text, first, tag_all)
            mine = clues_of(stretches, lowercase_words(text, tag_all, 0, split))
            theirs = _receive_clues(up)
            _send_clues(down, mine)
            down.close()
            clues = _merged(mine, theirs)
            names = label(stretches, clues, tag_all)
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
