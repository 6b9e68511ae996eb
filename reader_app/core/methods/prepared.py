"""A document's words prepared once for every method: token ids, stems, stop words, counts.

The methods follow sumy's classes, so words are what sumy's tokenizer keeps (letters with
inner apostrophes and hyphens), compared in lower case, stemmed with the English Snowball
stemmer, with sumy's English stop words left out where sumy leaves them out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from reader_app.core.methods.terms import stem_words, stop_words
from reader_app.core.runtime import findall_in_pieces
from reader_app.core.segment import WORD_PATTERN
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
    heading_lower: tuple[np.ndarray, ...]  # per heading sentence
    paragraph_of: np.ndarray  # per body sentence: index of its paragraph (sumy's model)
    paragraph_count: int
    # Every sentence's words as written, one list, and where body sentence i's words start
    # and end in it: per-sentence tuples are made only if a method asks for them.
    written: list[str]
    body_bounds: tuple[np.ndarray, np.ndarray]

    @functools.cached_property
    def raw(self) -> tuple[tuple[str, ...], ...]:
        """Per body sentence: its words as written."""
        starts, ends = self.body_bounds
        return tuple(
            tuple(self.written[a:b]) for a, b in zip(starts.tolist(), ends.tolist(), strict=True)
        )

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


# Sentences are joined with a character no word contains and tokenised a chunk at a time:
# far fewer regular-expression calls than one a sentence, yet each call short enough that
# the window's thread gets its turns.
_SEPARATOR = "\x00"
_JOINER = "\x01"  # joins tokens (words and separators) to lower-case them in one call
_CHUNK_SENTENCES = 400
_WORD_OR_SEPARATOR = re.compile(f"{WORD_PATTERN}|{_SEPARATOR}")


def _token_chunks(sentences: Sequence[str]) -> Iterator[list[str]]:
    """The words as written of a few hundred sentences at a time, each sentence's words
    followed by the separator."""
    for first in range(0, len(sentences), _CHUNK_SENTENCES):
        chunk = sentences[first : first + _CHUNK_SENTENCES]
        joined = _SEPARATOR.join(chunk) + _SEPARATOR
        if joined.count(_SEPARATOR) == len(chunk):
            yield findall_in_pieces(_WORD_OR_SEPARATOR, joined)
            continue
        tokens: list[str] = []  # a sentence holds the separator character itself
        for text in chunk:
            tokens.extend(split_words(text))
            tokens.append(_SEPARATOR)
        yield tokens


class Tokenizer:
    """Takes a document's sentences in order, in as many batches as convenient, and makes the
    Prepared document at the end. Words get their ids, stems and stop-word flags as they come,
    so that little is left for the end (the command line tokenises while the splitter runs)."""

    def __init__(self, stemmer: Stemmer | None = None) -> None:
        self._stemmer = stemmer
        self.written: list[str] = []
        self._id_chunks: list[np.ndarray] = []
        self._index: dict[str, int] = {_SEPARATOR: -1}
        self._vocabulary: list[str] = []
        self._stem_ids: list[int] = []
        self._stem_index: dict[str, int] = {}
        self._stop_flags: list[bool] = []

    def add(self, sentences: Sequence[str]) -> None:
        stops = stop_words()
        index = self._index
        for tokens in _token_chunks(sentences):
            self.written.extend(tokens)
            # One lower() over the joined tokens equals lower() of each: no token holds the
            # joiner, which is not a cased letter (Greek final sigma stays right).
            lowered = _JOINER.join(tokens).lower().split(_JOINER)
            new = [word for word in dict.fromkeys(lowered) if word not in index]
            for word in new:
                index[word] = len(self._vocabulary)
                self._vocabulary.append(word)
            stems = stem_words(new) if self._stemmer is None else map(self._stemmer, new)
            stem_index = self._stem_index
            self._stem_ids += [stem_index.setdefault(stem, len(stem_index)) for stem in stems]
            self._stop_flags += [word in stops for word in new]
            self._id_chunks.append(
                np.fromiter(map(index.__getitem__, lowered), np.int64, len(lowered))
            )

    def prepared(self, headings: Sequence[bool], paragraph_of: Sequence[int] = ()) -> Prepared:
        """The sentences added so far, with heading flags (and paragraph numbers if known)."""
        all_ids = np.concatenate(self._id_chunks or [np.zeros(0, dtype=np.int64)])
        ends = np.flatnonzero(all_ids < 0)
        starts = np.r_[0, ends[:-1] + 1].astype(np.int64)[: len(ends)]
        is_heading = np.asarray(headings, dtype=bool).reshape(-1)
        if len(is_heading) != len(ends):
            raise ValueError(f"{len(is_heading)} heading flags for {len(ends)} sentences")
        body = np.flatnonzero(~is_heading)
        heading = np.flatnonzero(is_heading)
        starts_list, ends_list = starts.tolist(), ends.tolist()
        body_ids = tuple(all_ids[starts_list[i] : ends_list[i]] for i in body.tolist())
        heading_ids = tuple(all_ids[starts_list[i] : ends_list[i]] for i in heading.tolist())
        if paragraph_of:
            body_paragraphs = np.asarray(paragraph_of, dtype=np.int64)[body]
        else:
            body_paragraphs = np.zeros(len(body), dtype=np.int64)
        return Prepared(
            tuple(self._vocabulary),
            np.array(self._stem_ids, dtype=np.int64),
            tuple(self._stem_index),
            np.array(self._stop_flags, dtype=bool),
            body_ids,
            heading_ids,
            body_paragraphs,
            (max(paragraph_of) + 1) if paragraph_of else 1,
            self.written,
            (starts[body], ends[body]),
        )


def prepare(
    sentences: Sequence[str],
    headings: Sequence[bool],
    paragraph_of: Sequence[int] = (),
    stemmer: Stemmer | None = None,
) -> Prepared:
    """Prepares sentence texts (with heading flags, and paragraph numbers if known)."""
    tokenizer = Tokenizer(stemmer)
    tokenizer.add(sentences)
    return tokenizer.prepared(headings, paragraph_of)
