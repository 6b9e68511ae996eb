"""Sentence-by-term matrices: stemmed, stop-word-free word counts as scipy sparse matrices."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np
import scipy.sparse as sp

from reader_app.core.segment import words

Stemmer = Callable[[str], str]


@functools.cache
def stop_words() -> frozenset[str]:
    """sumy's English stop words, read straight from its data file (no NLTK import)."""
    data = resources.files("sumy").joinpath("data", "stopwords", "english.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in data.splitlines() if line.strip())


@functools.cache
def default_stemmer() -> Stemmer:
    """The English Snowball stemmer (PyStemmer's C build), with a per-word cache."""
    import Stemmer as pystemmer

    stem_word = pystemmer.Stemmer("english").stemWord
    return functools.lru_cache(maxsize=1 << 17)(stem_word)


@dataclass(frozen=True)
class TermMatrix:
    """counts[i, j] = how often term j occurs in sentence i."""

    counts: sp.csr_matrix
    vocabulary: tuple[str, ...]

    @property
    def sentence_count(self) -> int:
        return int(self.counts.shape[0])


def term_matrix(
    sentences: Sequence[str],
    stemmer: Stemmer | None = None,
    drop_stop_words: bool = True,
    lowercase_before_stem: bool = True,
) -> TermMatrix:
    """Counts of stemmed words per sentence, stop words left out when asked."""
    stem = stemmer or default_stemmer()
    stops = stop_words() if drop_stop_words else frozenset()
    index: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    for row, sentence in enumerate(sentences):
        for word in words(sentence):
            lowered = word.lower()
            if lowered in stops:
                continue
            term = stem(lowered if lowercase_before_stem else word)
            column = index.setdefault(term, len(index))
            rows.append(row)
            columns.append(column)
    data = np.ones(len(rows), dtype=np.float64)
    counts = sp.csr_matrix(
        (data, (np.array(rows, dtype=np.int64), np.array(columns, dtype=np.int64))),
        shape=(len(sentences), len(index)),
    )
    counts.sum_duplicates()
    return TermMatrix(counts, tuple(index))
