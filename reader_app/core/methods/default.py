"""Reader's own method for articles: a linear score over a few sentence features (position,
length, centrality, title overlap, word frequencies, numbers and quotes), with weights that
benchmarks/tune_default.py fits on ../shared/data/bbc/dev and writes to
resources/default_weights.json."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from reader_app.core.methods.prepared import Prepared
from reader_app.core.resources import load_json

FEATURES = (
    "first",
    "second",
    "third",
    "inverse_position",
    "relative_position",
    "paragraph_start",
    "log_words",
    "short",
    "centrality",
    "title_overlap",
    "word_frequency",
    "overlap",
    "has_number",
    "has_quote",
)
REDUNDANCY_DEPTH = 50  # sentences chosen one by one; more than a summary usually holds
_NUMBER = re.compile(r"\d")
_QUOTE = re.compile(r"[\"“”]")


def sentence_features(
    prepared: Prepared, texts: Sequence[str], title_stems: np.ndarray
) -> np.ndarray:
    """The FEATURES of every body sentence, one row each."""
    count = prepared.count
    if count == 0:
        return np.zeros((0, len(FEATURES)))
    counts = prepared.content_stems
    position = np.arange(count, dtype=np.float64)
    words = np.array([len(ids) for ids in prepared.lower], dtype=np.float64)
    present = counts.copy()
    present.data[:] = 1.0
    document_frequency = np.asarray(present.sum(axis=0)).ravel()
    tfidf = prepared.unit_tfidf
    centroid = np.asarray(tfidf.sum(axis=0)).ravel()
    centroid /= np.linalg.norm(centroid) or 1.0
    centrality = tfidf @ centroid
    content_words = np.maximum(np.asarray(counts.sum(axis=1)).ravel(), 1.0)
    title_columns = title_stems[title_stems < counts.shape[1]]
    if title_columns.size:
        title_overlap = (
            np.asarray(present[:, title_columns].sum(axis=1)).ravel() / title_columns.size
        )
    else:
        title_overlap = np.zeros(count)
    # How common the sentence's words are in this document (SumBasic's and Luhn's idea).
    frequency = np.asarray(counts @ np.log1p(document_frequency)).ravel() / content_words
    # Reduction's score (shared words with every other sentence over log lengths), with the
    # other sentence's log length replaced by the mean so that it costs one pass, not pairs.
    totals = np.asarray(counts.sum(axis=0)).ravel()
    shared = (
        np.asarray(counts @ totals).ravel()
        - np.asarray(counts.multiply(counts).sum(axis=1)).ravel()
    )
    logs = np.log(content_words)
    overlap = shared / np.maximum(logs + logs.mean(), 1.0)
    paragraphs = prepared.paragraph_of
    paragraph_start = np.r_[True, paragraphs[1:] != paragraphs[:-1]].astype(np.float64)
    columns = {
        "first": (position == 0).astype(np.float64),
        "second": (position == 1).astype(np.float64),
        "third": (position == 2).astype(np.float64),
        "inverse_position": 1.0 / (1.0 + position),
        "relative_position": position / max(count - 1, 1),
        "paragraph_start": paragraph_start,
        "log_words": np.log1p(words),
        "short": (words < 8).astype(np.float64),
        "centrality": np.asarray(centrality).ravel(),
        "title_overlap": title_overlap,
        "word_frequency": frequency,
        "overlap": overlap,
        "has_number": np.array([bool(_NUMBER.search(t)) for t in texts], dtype=np.float64),
        "has_quote": np.array([bool(_QUOTE.search(t)) for t in texts], dtype=np.float64),
    }
    # Salience features are compared within the document: how a sentence stands against its
    # neighbours matters, not the document's size.
    for name in ("log_words", "centrality", "word_frequency", "overlap"):
        values = columns[name]
        spread = values.std()
        columns[name] = (values - values.mean()) / (spread if spread > 0 else 1.0)
    return np.column_stack([columns[name] for name in FEATURES])


def default_scores(prepared: Prepared, texts: Sequence[str], title_stems: np.ndarray) -> np.ndarray:
    """A score for every body sentence from the tuned weights."""
    model = load_json("default_weights.json")
    features = sentence_features(prepared, texts, title_stems)
    mean = np.array([model["mean"][name] for name in FEATURES])
    scale = np.array([model["scale"][name] for name in FEATURES])
    weights = np.array([model["weights"][name] for name in FEATURES])
    return np.asarray(((features - mean) / scale) @ weights, dtype=np.float64)


def default_order(
    prepared: Prepared, scores: np.ndarray, redundancy: float | None = None
) -> list[int]:
    """Body sentences best first, each of the first REDUNDANCY_DEPTH chosen for its score less
    `redundancy` times its closest similarity to those chosen before it (maximal marginal
    relevance), so that a short summary does not say the same thing twice. The rest follow
    by score. Every prefix is the summary of that length."""
    if redundancy is None:
        redundancy = float(load_json("default_weights.json").get("redundancy", 0.0))
    count = len(scores)
    if count == 0:
        return []
    spread = float(scores.max() - scores.min())
    relative = (scores - scores.min()) / (spread if spread > 0 else 1.0)
    unit = prepared.unit_tfidf
    closest = np.zeros(count)
    remaining = np.ones(count, dtype=bool)
    order: list[int] = []
    for _ in range(min(count, REDUNDANCY_DEPTH) if redundancy > 0 else 0):
        value = np.where(remaining, relative - redundancy * closest, -np.inf)
        best = int(np.argmax(value))
        order.append(best)
        remaining[best] = False
        closest = np.maximum(closest, np.asarray(unit @ unit[best].T.toarray()).ravel())
    rest = np.flatnonzero(remaining)
    following: list[int] = rest[np.argsort(-relative[rest], kind="stable")].tolist()
    return order + following


BOOK_FROM = 200  # body sentences: bbc/dev's longest article has 152
_LIST_ITEMS = 4  # parts between semicolons, at least
_LIST_ITEM_WORDS = 8  # words per part, at most on average


def lists_last(order: list[int], texts: Sequence[str]) -> list[int]:
    """The order, in a book with the sentences that are lists after all the others: a list
    set as a sentence ("The Whale; the Greenland Whale; the Black Whale; ...") holds many of
    a book's words, and so four of them were among Moby Dick's six best; it tells no story.
    Articles keep the tuned order."""
    if len(texts) <= BOOK_FROM:
        return order
    listed = {i for i, text in enumerate(texts) if text.count(";") >= _LIST_ITEMS - 1}
    listed = {i for i in listed if _is_a_list(texts[i])}
    if not listed or len(listed) == len(texts):
        return order
    return [i for i in order if i not in listed] + [i for i in order if i in listed]


def _is_a_list(text: str) -> bool:
    parts = text.split(";")
    return len(parts) >= _LIST_ITEMS and len(text.split()) < _LIST_ITEM_WORDS * len(parts)
