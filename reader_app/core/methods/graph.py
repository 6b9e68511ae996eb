"""Graph methods over sentence similarity: LexRank, TextRank and Reduction, as sumy defines
them, with similarities computed block by block on sparse matrices instead of pair by pair."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import scipy.sparse as sp

from reader_app.core.methods.prepared import Prepared

LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85
_ZERO_DIVISION_PREVENTION = 1e-7
# Rows per block: a block of pairwise products stays within some tens of megabytes.
_BLOCK_PAIRS = 4_000_000
_DOUBLE_PRECISION_UP_TO = 5_000  # sentences


def _blocks(rows: sp.csr_matrix) -> Iterator[tuple[int, sp.csr_matrix]]:
    """(first row, rows @ rows.T for a block of rows), blocks sized by the work they hold."""
    transposed = sp.csr_matrix(rows.T)
    count = rows.shape[0]
    term_frequency = np.diff(sp.csc_matrix(rows).indptr)
    pairs_per_row = np.asarray(rows.astype(bool) @ term_frequency).ravel()
    start = 0
    while start < count:
        stop = start + 1
        total = pairs_per_row[start]
        while stop < count and total + pairs_per_row[stop] <= _BLOCK_PAIRS:
            total += pairs_per_row[stop]
            stop += 1
        yield start, sp.csr_matrix(rows[start:stop] @ transposed)
        start = stop


class BlockMatrix:
    """A square matrix kept as row blocks (CSR, float32), never joined into one: joining
    would hold every pair twice in memory. Enough for power iterations."""

    def __init__(self, blocks: list[tuple[int, sp.csr_matrix]], size: int) -> None:
        self.blocks = blocks
        self.size = size

    def transposed_dot(self, vector: np.ndarray) -> np.ndarray:
        result = np.zeros(self.size)
        for start, block in self.blocks:
            result += block.T @ vector[start : start + block.shape[0]]
        return result


def _row_normalised(block: sp.csr_matrix, extra: float, size: int) -> sp.csr_matrix:
    """Each row divided by its sum (plus `extra`); a zero row stays zero. Long documents keep
    the weights in single precision, which halves their memory."""
    sums = np.asarray(block.sum(axis=1)).ravel() + extra
    if extra == 0.0:
        sums[sums == 0] = 1.0
    block.data /= np.repeat(sums, np.diff(block.indptr))
    if size > _DOUBLE_PRECISION_UP_TO:
        return sp.csr_matrix(block, dtype=np.float32)
    return block


def lexrank(prepared: Prepared) -> np.ndarray:
    """sumy's LexRankSummarizer: idf-modified cosine, threshold 0.1, power method."""
    counts = prepared.content_stems
    count = prepared.count
    if count == 0:
        return np.zeros(0)
    max_tf = counts.max(axis=1).toarray().ravel()
    max_tf[max_tf == 0] = 1.0
    present = counts.copy()
    present.data[:] = 1.0
    document_frequency = np.asarray(present.sum(axis=0)).ravel()
    idf = np.log(count / (1.0 + document_frequency))
    weighted = sp.csr_matrix(sp.diags(1.0 / max_tf) @ counts @ sp.diags(idf))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    safe = np.where(norms > 0, norms, 1.0)
    unit = sp.csr_matrix(sp.diags(np.where(norms > 0, 1.0 / safe, 0.0)) @ weighted)
    blocks = []
    for start, block in _blocks(unit):
        # Keep the pairs above the threshold, each row divided by its number of them.
        keep = block.data > LEXRANK_THRESHOLD
        kept_per_row = np.bincount(
            np.repeat(np.arange(block.shape[0]), np.diff(block.indptr))[keep],
            minlength=block.shape[0],
        )
        indptr = np.r_[0, np.cumsum(kept_per_row)]
        degrees = np.where(kept_per_row > 0, kept_per_row, 1).astype(np.float64)
        data = np.repeat(1.0 / degrees, kept_per_row)
        dtype = np.float32 if count > _DOUBLE_PRECISION_UP_TO else np.float64
        adjacency = sp.csr_matrix(
            (data.astype(dtype), block.indices[keep], indptr), shape=block.shape
        )
        blocks.append((start, adjacency))
    matrix = BlockMatrix(blocks, count)
    vector = np.full(count, 1.0 / count)
    change = 1.0
    with np.errstate(invalid="ignore", divide="ignore"):
        while change > LEXRANK_EPSILON:
            following = matrix.transposed_dot(vector)
            following /= np.linalg.norm(following)
            change = float(np.linalg.norm(following - vector))
            vector = following
    return np.asarray(vector)


def _edge_blocks(
    prepared: Prepared, zero_norm_gives_rank: bool
) -> Iterator[tuple[int, sp.csr_matrix]]:
    """Blocks of rank(i, j) / (log len_i + log len_j): shared words (with repeats) over log
    lengths. TextRank keeps the rank when both sentences have one word (the norm is zero);
    Reduction drops it."""
    counts = prepared.content_stems
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    logs = np.log(np.maximum(lengths, 1))
    for start, block in _blocks(counts):
        rows = np.repeat(np.arange(block.shape[0]) + start, np.diff(block.indptr))
        norm = logs[rows] + logs[block.indices]
        near_zero = np.abs(norm) <= 1e-8
        if zero_norm_gives_rank:
            block.data = np.where(
                near_zero, block.data, block.data / np.where(near_zero, 1.0, norm)
            )
        else:
            block.data = np.where(near_zero, 0.0, block.data / np.where(near_zero, 1.0, norm))
        yield start, block


def textrank(prepared: Prepared) -> np.ndarray:
    """sumy's TextRankSummarizer: word-overlap weights, damping 0.85, power method."""
    count = prepared.count
    if count == 0:
        return np.zeros(0)
    blocks = [
        (start, _row_normalised(block, _ZERO_DIVISION_PREVENTION, count))
        for start, block in _edge_blocks(prepared, zero_norm_gives_rank=True)
    ]
    matrix = BlockMatrix(blocks, count)
    jump = (1.0 - TEXTRANK_DAMPING) / count
    vector = np.full(count, 1.0 / count)
    change = 1.0
    while change > TEXTRANK_EPSILON:
        following = jump * vector.sum() + TEXTRANK_DAMPING * matrix.transposed_dot(vector)
        change = float(np.linalg.norm(following - vector))
        vector = following
    return np.asarray(vector)


def reduction(prepared: Prepared) -> np.ndarray:
    """sumy's ReductionSummarizer: each sentence's summed edge weight to every other one."""
    ratings = np.zeros(prepared.count)
    for start, block in _edge_blocks(prepared, zero_norm_gives_rank=False):
        rows = block.shape[0]
        # sumy sums over pairs of different sentences: leave out each sentence's own edge.
        own = block.diagonal(k=start)
        ratings[start : start + rows] += np.asarray(block.sum(axis=1)).ravel() - own
    return ratings
