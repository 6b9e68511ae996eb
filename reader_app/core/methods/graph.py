"""Graph methods over sentence similarity: LexRank, TextRank and Reduction, as sumy defines
them, without comparing sentences pair by pair.

TextRank's and Reduction's edge weight is (shared words) / (log len_i + log len_j). The
denominator depends on the two sentences only through their lengths, and a book has few
distinct lengths, so sums over all pairs become sums over length groups: linear in the
number of words instead of quadratic in the number of sentences. LexRank's thresholded
cosine has no such form; its pairs are computed on sparse matrices, each pair once (the
matrix is symmetric), block by block on two threads (scipy's products release the GIL).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
import scipy.sparse as sp

from reader_app.core.errors import ReaderError
from reader_app.core.methods.prepared import Prepared
from reader_app.core.runtime import usable_cores

LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85
_ZERO_DIVISION_PREVENTION = 1e-7
# Pairwise products per block: a block stays within some tens of megabytes.
_BLOCK_PAIRS = 2_000_000
# Similar pairs kept at most (8 bytes each, about 1 GB in all): War and Peace has 5.4 million,
# Les Misérables 4.9. A table whose rows share a value or two can have billions, more than the
# machine's memory; LexRank then declines with a message instead.
_MOST_SIMILAR_PAIRS = 100_000_000
# Below this many pairwise products, threads cost more than they save.
_THREADS_FROM_PAIRS = 2_000_000
# Longer documents compute cosines in single precision: twice as fast, and a cosine within
# float32 rounding of the threshold is rare (one pair in six million in War and Peace).
_DOUBLE_PRECISION_UP_TO = 5_000  # sentences


class _LengthGroups:
    """A document's content-word counts with its sentences grouped by length (repeats counted,
    as sumy's len(words) does), and the edge factor 1 / (log len_a + log len_b) per pair of
    groups."""

    def __init__(self, prepared: Prepared, both_single_words: float) -> None:
        counts = prepared.content_stems
        self.count = counts.shape[0]
        self.width = counts.shape[1]
        # Per stored count: its sentence, its word and its sentence's length group.
        self.rows = np.repeat(np.arange(self.count), np.diff(counts.indptr))
        self.columns = counts.indices.astype(np.int64)
        self.values = counts.data
        lengths = np.asarray(counts.sum(axis=1)).ravel()
        distinct, self.group = np.unique(lengths, return_inverse=True)
        self.groups = len(distinct)
        self.row_groups = self.group[self.rows]
        logs = np.log(np.maximum(distinct, 1.0))
        norms = logs[:, None] + logs[None, :]
        # sumy: when both sentences have one word the norm is zero; TextRank then keeps the
        # shared-word count, Reduction drops the edge.
        near_zero = np.abs(norms) <= 1e-8
        self.factor = np.where(near_zero, both_single_words, 1.0 / np.where(near_zero, 1, norms))
        self.self_overlap = np.bincount(
            self.rows, weights=self.values * self.values, minlength=self.count
        )

    def weighted_sums(self, weights: np.ndarray) -> np.ndarray:
        """For every sentence j, the sum over all sentences i (j itself included) of
        weights[i] * shared(i, j) / (log len_i + log len_j)."""
        # Per word and length group: the weighted count of the word in that group's sentences.
        by_group = np.bincount(
            self.columns * self.groups + self.row_groups,
            weights=self.values * weights[self.rows],
            minlength=self.width * self.groups,
        ).reshape(self.width, self.groups)
        # Per word: its weight against a sentence of each length group.
        per_word = by_group @ self.factor
        return np.bincount(
            self.rows,
            weights=self.values * per_word[self.columns, self.row_groups],
            minlength=self.count,
        )


def textrank(prepared: Prepared) -> np.ndarray:
    """sumy's TextRankSummarizer: word-overlap weights, damping 0.85, power method."""
    count = prepared.count
    if count == 0:
        return np.zeros(0)
    groups = _LengthGroups(prepared, both_single_words=1.0)
    # Row sums of the weight matrix (the pair of a sentence with itself included, as in sumy).
    row_sums = groups.weighted_sums(np.ones(count)) + _ZERO_DIVISION_PREVENTION
    jump = (1.0 - TEXTRANK_DAMPING) / count
    vector = np.full(count, 1.0 / count)
    change = 1.0
    while change > TEXTRANK_EPSILON:
        # The weights are symmetric, so the transposed product is the weighted sum again.
        following = jump * vector.sum() + TEXTRANK_DAMPING * groups.weighted_sums(vector / row_sums)
        change = float(np.linalg.norm(following - vector))
        vector = following
    return np.asarray(vector)


def reduction(prepared: Prepared) -> np.ndarray:
    """sumy's ReductionSummarizer: each sentence's summed edge weight to every other one."""
    count = prepared.count
    if count == 0:
        return np.zeros(0)
    groups = _LengthGroups(prepared, both_single_words=0.0)
    own = groups.self_overlap * groups.factor[groups.group, groups.group]
    return groups.weighted_sums(np.ones(count)) - own


def _unit_lexrank_vectors(prepared: Prepared) -> sp.csr_matrix:
    """sumy's LexRank sentence vectors (tf over the sentence's highest tf, times
    idf = log(n / (1 + df))) scaled to length 1; a sentence without content words stays 0."""
    counts = prepared.content_stems
    count = prepared.count
    if counts.shape[1] == 0:  # no sentence has a content word ("...", a column of numbers)
        return sp.csr_matrix((count, 0))
    max_tf = counts.max(axis=1).toarray().ravel()
    max_tf[max_tf == 0] = 1.0
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(count / (1.0 + document_frequency))
    weighted = sp.csr_matrix(sp.diags(1.0 / max_tf) @ counts @ sp.diags(idf))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    safe = np.where(norms > 0, norms, 1.0)
    return sp.csr_matrix(sp.diags(np.where(norms > 0, 1.0 / safe, 0.0)) @ weighted)


def _upper_row_blocks(unit: sp.csr_matrix, word_frequency: np.ndarray) -> Iterator[tuple[int, int]]:
    """Row ranges whose pairs with every later sentence hold about _BLOCK_PAIRS products."""
    count = unit.shape[0]
    pairs_per_row = np.asarray(unit.astype(bool) @ word_frequency).ravel()
    # Only pairs with later sentences are computed: about (n - i) / n of row i's products.
    pairs_per_row = pairs_per_row * (count - np.arange(count)) / max(count, 1)
    cumulative = np.cumsum(pairs_per_row)
    start = 0
    while start < count:
        limit = (cumulative[start - 1] if start else 0.0) + _BLOCK_PAIRS
        stop = max(start + 1, int(np.searchsorted(cumulative, limit, side="right")))
        yield start, min(stop, count)
        start = stop


# A block of the upper triangle of LexRank's 0/1 matrix: first row, first column, block.
Piece = tuple[int, int, sp.csr_matrix]


def _above_threshold(product: sp.csr_matrix) -> sp.csr_matrix:
    """1 where the cosine is above LexRank's threshold; the rest dropped (scipy's C++)."""
    product = sp.csr_matrix(product)
    product.data[product.data <= LEXRANK_THRESHOLD] = 0
    product.eliminate_zeros()
    product.data[:] = 1
    return product


def _similar_later_pairs(unit: sp.csr_matrix, start: int, stop: int) -> list[Piece]:
    """Rows start..stop of the upper triangle (diagonal included) of the 0/1 matrix
    'cosine above LexRank's threshold': their square on the diagonal and the rest."""
    rows = unit[start:stop]
    square = sp.triu(_above_threshold(rows @ sp.csr_matrix(rows.T)), format="csr")
    pieces = [(start, start, square)]
    if stop < unit.shape[0]:
        pieces.append((start, stop, _above_threshold(rows @ sp.csr_matrix(unit[stop:].T))))
    return pieces


def _pieces_within_budget(
    unit: sp.csr_matrix, ranges: list[tuple[int, int]], workers: int
) -> list[Piece]:
    """The upper triangle's pieces, block by block (on `workers` threads, a few blocks
    ahead); a ReaderError once they hold more similar pairs than _MOST_SIMILAR_PAIRS."""
    pieces: list[Piece] = []
    similar = 0

    def keep(block: list[Piece]) -> None:
        nonlocal similar
        pieces.extend(block)
        similar += sum(piece.nnz for _, _, piece in block)
        if similar > _MOST_SIMILAR_PAIRS:
            raise ReaderError(
                f"LexRank cannot rank this text: its {unit.shape[0]:,} distinct sentences are "
                f"too much alike (over {_MOST_SIMILAR_PAIRS:,} similar pairs, as in a table); "
                "choose another method"
            )

    if workers == 1:
        for low, high in ranges:
            keep(_similar_later_pairs(unit, low, high))
        return pieces
    with ThreadPoolExecutor(workers) as pool:
        waiting: deque[Future[list[Piece]]] = deque()
        try:
            for low, high in ranges:
                waiting.append(pool.submit(_similar_later_pairs, unit, low, high))
                if len(waiting) > 2 * workers:
                    keep(waiting.popleft().result())
            while waiting:
                keep(waiting.popleft().result())
        finally:
            for future in waiting:
                future.cancel()
    return pieces


def _assembled(pieces: list[Piece], count: int) -> sp.csr_matrix:
    """The pieces as one count x count matrix."""
    rows, columns = [], []
    for row, column, piece in pieces:
        block = piece.tocoo()
        rows.append(block.row.astype(np.int64) + row)
        columns.append(block.col.astype(np.int64) + column)
    row_ids, column_ids = np.concatenate(rows), np.concatenate(columns)
    ones = np.ones(len(row_ids))
    return sp.csr_matrix((ones, (row_ids, column_ids)), shape=(count, count))


def _same_rows(counts: sp.csr_matrix) -> np.ndarray:
    """Each row's group: rows with the same content-word counts (a log's "Request processed
    in 5 ms", a list's repeated line) share one, numbered in order of first appearance."""
    counts = sp.csr_matrix(counts, copy=True)  # the caller's matrix stays as it is
    counts.sum_duplicates()  # also sorts each row's columns, so equal rows are equal arrays
    lengths = np.diff(counts.indptr)
    # Two random projections and the length: rows that differ almost never agree on all three;
    # the check below makes any that do their own groups.
    generator = np.random.default_rng(0)
    keys = np.column_stack(
        [counts @ generator.random(counts.shape[1]) for _ in range(2)] + [lengths]
    )
    _, first, candidate = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    candidate = candidate.ravel()
    representative = first[candidate]
    offsets = np.arange(counts.nnz) - np.repeat(counts.indptr[:-1], lengths)
    theirs = np.repeat(counts.indptr[representative], lengths) + offsets
    differs = (counts.indices != counts.indices[theirs]) | (counts.data != counts.data[theirs])
    row_of_entry = np.repeat(np.arange(counts.shape[0]), lengths)
    mismatched = np.bincount(row_of_entry[differs], minlength=counts.shape[0]) > 0
    representative = np.where(mismatched, np.arange(counts.shape[0]), representative)
    _, group = np.unique(representative, return_inverse=True)
    return np.asarray(group.ravel())


def lexrank(prepared: Prepared) -> np.ndarray:
    """sumy's LexRankSummarizer: idf-modified cosine, threshold 0.1, power method.

    Sentences with the same content words have the same row and column in the 0/1 matrix,
    so the pairs are computed once per distinct sentence: a log of thirty thousand alike lines
    is one row, not nine hundred million pairs."""
    count = prepared.count
    if count == 0:
        return np.zeros(0)
    group = _same_rows(prepared.content_stems)
    distinct = int(group.max()) + 1
    multiplicity = np.bincount(group, minlength=distinct).astype(np.float64)
    first_of_group = np.zeros(distinct, dtype=np.int64)
    first_of_group[group[::-1]] = np.arange(count)[::-1]
    unit = _unit_lexrank_vectors(prepared)[first_of_group]
    if distinct > _DOUBLE_PRECISION_UP_TO:
        unit = unit.astype(np.float32)
    word_frequency = np.bincount(unit.indices, minlength=unit.shape[1])
    ranges = list(_upper_row_blocks(unit, word_frequency))
    products = int(word_frequency.astype(np.int64) @ word_frequency)
    workers = min(2, usable_cores()) if products >= _THREADS_FROM_PAIRS else 1
    pieces = _pieces_within_budget(unit, ranges, workers)
    # The full 0/1 matrix B over distinct sentences is upper + upper.T - diagonal; over all
    # sentences it is E B E.T (E: sentence -> its group). Each row of sumy's matrix is a row
    # of that divided by its number of similar sentences (a sentence similar to none keeps 1).
    diagonal = np.zeros(distinct)
    for row, column, piece in pieces:
        if row == column:
            diagonal[row : row + piece.shape[0]] = piece.diagonal()
    if distinct > _DOUBLE_PRECISION_UP_TO:
        # A book: never hold B itself (twice the pairs); multiply with both halves instead.
        def similar_sum(values: np.ndarray) -> np.ndarray:
            total: np.ndarray = -diagonal * values
            for row, column, piece in pieces:
                height, width = piece.shape
                total[row : row + height] += piece @ values[column : column + width]
                total[column : column + width] += piece.T @ values[row : row + height]
            return total
    else:
        # An article: one matrix, so that sentences with the same neighbours add the same
        # numbers in the same order and tie exactly, as they do in sumy.
        upper = _assembled(pieces, distinct)
        whole = sp.csr_matrix((upper + upper.T).astype(bool), dtype=np.float64)
        whole.sort_indices()

        def similar_sum(values: np.ndarray) -> np.ndarray:
            return np.asarray(whole @ values)

    degrees = similar_sum(multiplicity)[group]
    degrees[degrees == 0] = 1.0
    vector = np.full(count, 1.0 / count)
    change = 1.0
    with np.errstate(invalid="ignore", divide="ignore"):
        while change > LEXRANK_EPSILON:
            # sumy's M.T @ v, with M = B / degrees by rows and B symmetric: B @ (v / degrees).
            by_group = np.bincount(group, weights=vector / degrees, minlength=distinct)
            following = similar_sum(by_group)[group]
            following /= np.linalg.norm(following)
            change = float(np.linalg.norm(following - vector))
            vector = following
    return np.asarray(vector)
