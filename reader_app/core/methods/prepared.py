"""A document's words prepared once for every method: token ids, stems, stop words, counts.

The methods follow sumy's classes, so words are what sumy's tokenizer keeps (letters with
inner apostrophes and hyphens), compared in lower case, stemmed with the English Snowball
stemmer, with sumy's English stop words left out where sumy leaves them out.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from reader_app.core.methods.terms import default_stemmer, stop_words
from reader_app.core.segment import words as split_words

Stemmer = Callable[[str], str]


@dataclass(frozen=True)
class Prepared:
    """Body sentences (rankable) and heading sentences of one document, as word ids.

    `lower[i]` is the id (into `vocabulary`) of each word of body sentence i in lower case;
    `raw` keeps the words as written (KL-Sum compares some words as written, as sumy does).
    """

    vocabulary: tuple[str, ...]  # lower-case words
    stems: np.ndarray  # vocabulary id -> stem id
    stem_vocabulary: tuple[str, ...]
    is_stop: np.ndarray  # vocabulary id -> bool
    lower: tuple[np.ndarray, ...]  # per body sentence: vocabulary ids, in order
    raw: tuple[tuple[str, ...], ...]  # per body sentence: words as written
    heading_lower: tuple[np.ndarray, ...]  # per heading sentence
    paragraph_of: np.ndarray  # per body sentence: index of its paragraph (sumy's model)
    paragraph_count: int

    @property
    def count(self) -> int:
        return len(self.lower)

    @functools.cached_property
    def flat(self) -> tuple[np.ndarray, np.ndarray]:
        """(body sentence index, vocabulary id) of every word, in reading order."""
        ids = np.concatenate(self.lower) if self.lower else np.zeros(0, dtype=np.int64)
        rows = np.repeat(np.arange(self.count), [len(s) for s in self.lower])
        return rows, ids

    def matrix(self, columns: np.ndarray, keep: np.ndarray | None = None) -> sp.csr_matrix:
        """Counts per body sentence of `columns[word id]`, for the words where `keep` holds."""
        rows, ids = self.flat
        if keep is not None:
            mask = keep[ids]
            rows, ids = rows[mask], ids[mask]
        width = int(columns.max()) + 1 if columns.size else 0
        data = np.ones(len(ids), dtype=np.float64)
        counts = sp.csr_matrix((data, (rows, columns[ids])), shape=(self.count, width))
        counts.sum_duplicates()
        return counts

    @functools.cached_property
    def content_stems(self) -> sp.csr_matrix:
        """Stem counts of the words that are not stop words (LexRank, TextRank, ...)."""
        return self.matrix(self.stems, ~self.is_stop)

    @functools.cached_property
    def unit_tfidf(self) -> sp.csr_matrix:
        """Each body sentence's tf-idf vector (smoothed idf) scaled to length 1."""
        counts = self.content_stems
        present = counts.copy()
        present.data[:] = 1.0
        document_frequency = np.asarray(present.sum(axis=0)).ravel()
        idf = np.log((self.count + 1.0) / (document_frequency + 1.0)) + 1.0
        weighted = sp.csr_matrix(counts @ sp.diags(idf))
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        return sp.csr_matrix(sp.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ weighted)

    @functools.cached_property
    def all_stems(self) -> sp.csr_matrix:
        """Stem counts of all words, stop words included."""
        return self.matrix(self.stems)

    def content_stem_ids(self, words: Sequence[str]) -> np.ndarray:
        """The stem ids of those of `words` that are not stop words and occur here."""
        found = {
            int(self.stems[i])
            for i in (self._index.get(word.lower()) for word in words)
            if i is not None and not self.is_stop[i]
        }
        return np.array(sorted(found), dtype=np.int64)

    @functools.cached_property
    def _index(self) -> dict[str, int]:
        return {word: i for i, word in enumerate(self.vocabulary)}


def prepare(
    sentences: Sequence[str],
    headings: Sequence[bool],
    paragraph_of: Sequence[int] = (),
    stemmer: Stemmer | None = None,
) -> Prepared:
    """Prepares sentence texts (with heading flags, and paragraph numbers if known)."""
    stem = stemmer or default_stemmer()
    stops = stop_words()
    raw_lists = [split_words(text) for text in sentences]
    lowered = [word.lower() for raw in raw_lists for word in raw]
    index = {word: i for i, word in enumerate(dict.fromkeys(lowered))}
    # A list comprehension, not np.fromiter(map(...)): the window's thread gets its turns.
    all_ids = np.array([index[word] for word in lowered], dtype=np.int64)
    bounds: np.ndarray = np.cumsum([len(raw) for raw in raw_lists])[:-1]
    per_sentence = np.split(all_ids, bounds) if raw_lists else []
    body_ids: list[np.ndarray] = []
    body_raw: list[tuple[str, ...]] = []
    heading_ids: list[np.ndarray] = []
    body_paragraphs: list[int] = []
    for position, (ids, raw, is_heading) in enumerate(
        zip(per_sentence, raw_lists, headings, strict=True)
    ):
        if is_heading:
            heading_ids.append(ids)
        else:
            body_ids.append(ids)
            body_raw.append(tuple(raw))
            body_paragraphs.append(paragraph_of[position] if paragraph_of else 0)
    vocabulary = tuple(index)
    stem_index: dict[str, int] = {}
    stems = np.fromiter(
        (stem_index.setdefault(stem(word), len(stem_index)) for word in vocabulary),
        dtype=np.int64,
        count=len(vocabulary),
    )
    is_stop = np.fromiter((word in stops for word in vocabulary), dtype=bool, count=len(vocabulary))
    return Prepared(
        vocabulary,
        stems,
        tuple(stem_index),
        is_stop,
        tuple(body_ids),
        tuple(body_raw),
        tuple(heading_ids),
        np.asarray(body_paragraphs, dtype=np.int64),
        (max(paragraph_of) + 1) if paragraph_of else 1,
    )
