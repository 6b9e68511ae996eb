"""The project's own method for articles: centrality, position, title overlap and length."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from reader_app.core.methods.terms import term_matrix
from reader_app.core.resources import load_json


def _row_normalized(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


def default_scores(sentences: Sequence[str], title: str = "") -> np.ndarray:
    """A score for every sentence; the weights come from resources/default_weights.json."""
    count = len(sentences)
    if count == 0:
        return np.zeros(0)
    weights = load_json("default_weights.json")["weights"]
    terms = term_matrix([*sentences, title])
    counts = terms.counts[:count]
    title_row = terms.counts[count]
    present = counts.copy()
    present.data[:] = 1.0
    document_frequency = np.asarray(present.sum(axis=0)).ravel()
    idf = np.log((count + 1) / (document_frequency + 1)) + 1.0
    tfidf = _row_normalized(sp.csr_matrix(counts.multiply(idf)))
    centroid = np.asarray(tfidf.sum(axis=0)).ravel()
    centroid_norm = float(np.linalg.norm(centroid)) or 1.0
    centrality = tfidf @ (centroid / centroid_norm)
    position = 1.0 / np.sqrt(1.0 + np.arange(count))
    title_terms = title_row.indices
    if title_terms.size:
        title_overlap = np.asarray(present[:, title_terms].sum(axis=1)).ravel() / title_terms.size
    else:
        title_overlap = np.zeros(count)
    lengths = np.diff(counts.indptr).astype(np.float64)
    length_factor = np.minimum(lengths / float(weights["full_length_terms"]), 1.0)
    return np.asarray(
        weights["centrality"] * centrality
        + weights["position"] * position
        + weights["title"] * title_overlap
        + weights["length"] * length_factor,
        dtype=np.float64,
    )
