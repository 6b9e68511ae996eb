"""Word clusters for the entity model, learnt from unlabelled text: words that occur between
the same neighbours fall in the same cluster, so a name never seen in training still looks
like the names that were.

Built at training time (python -m reader_app.core.ner.train writes resources/ner_clusters.json)
from the text of the training sets, the BBC articles and the four books: positive pointwise
mutual information of each word with its left and right neighbours, a truncated SVD, then
k-means at two granularities. Only numpy and scipy; a few seconds.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from reader_app.core.resources import load_json

COARSE = 64
FINE = 512
_MIN_COUNT = 3
_CONTEXT_WORDS = 4000
_DIMENSIONS = 96


@functools.cache
def _clusters() -> dict[str, tuple[int, int]]:
    try:
        data = load_json("ner_clusters.json")
    except FileNotFoundError:
        return {}
    return {
        word: (coarse, fine)
        for word, coarse, fine in zip(data["words"], data["coarse"], data["fine"], strict=True)
    }


@functools.cache
def lower_case_cluster_words() -> frozenset[str]:
    """The words the clusters' text writes in lower case often enough to be clustered so."""
    return frozenset(word for word in _clusters() if word.islower())


def cluster_of(word: str) -> tuple[int, int] | None:
    """(coarse, fine) cluster of a word as written, or of its lower-case form, if known."""
    table = _clusters()
    return table.get(word) or table.get(word.lower())


def _shape_class(word: str) -> str:
    if word[:1].isupper():
        return "<Cap>"
    if any(c.isdigit() for c in word):
        return "<num>"
    return "<other>"


def build(sentences: Iterable[Sequence[str]], seed: int = 7) -> dict[str, Any]:
    """The clusters of the words of `sentences` (token lists), as written to the JSON file."""
    import numpy as np
    import scipy.sparse as sp
    from scipy.sparse.linalg import svds

    corpus = [list(s) for s in sentences if s]
    counts = Counter(token for sentence in corpus for token in sentence)
    words = [w for w, c in counts.items() if c >= _MIN_COUNT and any(ch.isalpha() for ch in w)]
    index = {w: i for i, w in enumerate(words)}
    lower_counts: Counter[str] = Counter()
    for token, count in counts.items():
        lower_counts[token.lower()] += count
    context_vocabulary = [w for w, _ in lower_counts.most_common(_CONTEXT_WORDS)]
    context_index = {w: i for i, w in enumerate(context_vocabulary)}
    for extra in ("<s>", "</s>", "<Cap>", "<num>", "<other>"):
        context_index[extra] = len(context_index)
    width = len(context_index)

    def context(token: str) -> int:
        lowered = token.lower()
        if lowered in context_index:
            return context_index[lowered]
        return context_index[_shape_class(token)]

    rows: list[int] = []
    columns: list[int] = []
    for sentence in corpus:
        padded = ["<s>", *sentence, "</s>"]
        for position in range(1, len(padded) - 1):
            row = index.get(padded[position])
            if row is None:
                continue
            left, right = padded[position - 1], padded[position + 1]
            rows += [row, row]
            columns += [
                context_index[left] if left == "<s>" else context(left),
                width + (context_index[right] if right == "</s>" else context(right)),
            ]
    matrix = sp.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(len(words), 2 * width))
    matrix.sum_duplicates()
    total = matrix.sum()
    row_sums = np.asarray(matrix.sum(axis=1)).ravel()
    column_sums = np.asarray(matrix.sum(axis=0)).ravel()
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sums[coo.row] * column_sums[coo.col]))
    positive = pmi > 0
    ppmi = sp.csr_matrix(
        (pmi[positive], (coo.row[positive], coo.col[positive])), shape=matrix.shape
    )
    left_vectors, singular, _ = svds(ppmi, k=_DIMENSIONS, random_state=seed)
    vectors = left_vectors * np.sqrt(singular)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    coarse = _kmeans(vectors, COARSE, seed)
    fine = _kmeans(vectors, FINE, seed + 1)
    return {
        "_comment": "Word clusters for the entity model's features, written by "
        "python -m reader_app.core.ner.train (see reader_app/core/ner/clusters.py).",
        "words": words,
        "coarse": coarse.tolist(),
        "fine": fine.tolist(),
    }


def _kmeans(vectors, clusters: int, seed: int, rounds: int = 20):  # type: ignore[no-untyped-def]
    """Spherical k-means (cosine), started from a random sample of the words."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = vectors[rng.choice(len(vectors), size=clusters, replace=False)]
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(rounds):
        labels = np.argmax(vectors @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms.ravel() == 0
        centres = np.where(empty[:, None], centres, sums / np.maximum(norms, 1e-12))
    return labels
