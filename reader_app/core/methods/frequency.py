"""Word-frequency methods as sumy defines them: Luhn, LSA, Edmundson, SumBasic and KL-Sum,
computed on whole arrays; the greedy ones update only what a choice changes."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from reader_app.core.methods.prepared import Prepared
from reader_app.core.methods.terms import default_stemmer, stop_words

LUHN_MAX_GAP = 4
LSA_SMOOTH = 0.4
# KL-Sum and SumBasic choose sentences one by one; past this many choices the rest keep the
# order of their scores at that point, which keeps a whole novel to seconds.
GREEDY_DEPTH = 200


def _document_stem_ids(prepared: Prepared, content_only: bool) -> np.ndarray:
    """Stem ids of every word of the document, headings included (sumy's document.words)."""
    parts = [*prepared.heading_lower, *prepared.lower]
    ids = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    if content_only:
        ids = ids[~prepared.is_stop[ids]]
    return prepared.stems[ids]


def luhn(prepared: Prepared) -> np.ndarray:
    """sumy's LuhnSummarizer: the best chunk of significant words in each sentence."""
    stem_count = len(prepared.stem_vocabulary)
    frequency = np.bincount(_document_stem_ids(prepared, True), minlength=stem_count)
    significant = frequency > 1
    rows, ids = prepared.flat
    positions = np.arange(ids.size)
    hits = significant[prepared.stems[ids]] if ids.size else np.zeros(0, dtype=bool)
    where, sentence = positions[hits], rows[hits]
    scores = np.zeros(prepared.count)
    if where.size == 0:
        return scores
    # Significant words belong to one chunk unless LUHN_MAX_GAP insignificant words (or a
    # sentence end) come between them.
    new_chunk = np.r_[True, (np.diff(where) > LUHN_MAX_GAP) | (np.diff(sentence) != 0)]
    chunk_starts = np.flatnonzero(new_chunk)
    sizes = np.diff(np.r_[chunk_starts, where.size])
    spans = where[np.r_[chunk_starts[1:], where.size] - 1] - where[chunk_starts] + 1
    ratings = np.where(sizes > 1, sizes**2 / spans, 0.0)
    np.maximum.at(scores, sentence[chunk_starts], ratings)
    return scores


def lsa(prepared: Prepared) -> np.ndarray:
    """sumy's LsaSummarizer. It keeps every dimension of the SVD, so each sentence's rank,
    sqrt(sum_i s_i^2 v_ij^2), is exactly the length of its column of the term matrix;
    that length is computed directly, without the decomposition."""
    dictionary = np.unique(_document_stem_ids(prepared, True))
    if dictionary.size == 0:
        return np.zeros(prepared.count)
    in_dictionary = np.zeros(len(prepared.stem_vocabulary), dtype=bool)
    in_dictionary[dictionary] = True
    counts = prepared.all_stems
    counts = sp.csr_matrix(counts[:, np.flatnonzero(in_dictionary[: counts.shape[1]])])
    max_frequency = (
        counts.max(axis=1).toarray().ravel() if counts.shape[1] else np.zeros(prepared.count)
    )
    safe = np.where(max_frequency > 0, max_frequency, 1.0)
    relative = sp.csr_matrix(sp.diags(1.0 / safe) @ counts)
    # Every cell of a column with words becomes 0.4 + 0.6 * f / max (sumy's smoothing),
    # so the squared length is a sum over all dictionary words, present or not.
    width = dictionary.size
    squares = (
        width * LSA_SMOOTH**2
        + 2 * LSA_SMOOTH * (1 - LSA_SMOOTH) * np.asarray(relative.sum(axis=1)).ravel()
        + (1 - LSA_SMOOTH) ** 2 * np.asarray(relative.multiply(relative).sum(axis=1)).ravel()
    )
    return np.where(max_frequency > 0, np.sqrt(squares), 0.0)


def edmundson(
    prepared: Prepared,
    bonus: Sequence[str],
    stigma: Sequence[str],
    null: Sequence[str],
) -> np.ndarray:
    """sumy's EdmundsonSummarizer with its default weights: cue, title and location."""
    stem_of = {word: i for i, word in enumerate(prepared.stem_vocabulary)}

    stem = default_stemmer()

    def stem_ids(words: Sequence[str]) -> np.ndarray:
        return np.array(
            sorted({stem_of[s] for s in (stem(w.lower()) for w in words) if s in stem_of}),
            dtype=np.int64,
        )

    counts = prepared.all_stems
    width = counts.shape[1]

    def count_in(selected: np.ndarray) -> np.ndarray:
        selected = selected[selected < width]
        if selected.size == 0:
            return np.zeros(prepared.count)
        return np.asarray(counts[:, selected].sum(axis=1)).ravel()

    cue = count_in(stem_ids(bonus)) - count_in(stem_ids(stigma))
    null_ids = set(stem_ids(null).tolist())
    heading_stems = {
        int(s)
        for ids in prepared.heading_lower
        for s in prepared.stems[ids]
        if int(s) not in null_ids
    }
    title = count_in(np.array(sorted(heading_stems), dtype=np.int64))
    location = title.copy()
    paragraphs = prepared.paragraph_of
    first_paragraph, last_paragraph = 0, prepared.paragraph_count - 1
    location += (paragraphs == first_paragraph).astype(float)
    location += ((paragraphs == last_paragraph) & (paragraphs != first_paragraph)).astype(float)
    starts = np.r_[True, paragraphs[1:] != paragraphs[:-1]] if paragraphs.size else paragraphs
    ends = np.r_[paragraphs[1:] != paragraphs[:-1], True] if paragraphs.size else paragraphs
    location += starts.astype(float) + (ends & ~starts).astype(float)
    return np.asarray(cue + title + location, dtype=np.float64)


def _greedy(order: list[int], count: int) -> np.ndarray:
    """Ratings from a choice order: 0 for the first chosen, -1 for the next, ... (sumy)."""
    ratings = np.zeros(count)
    for position, index in enumerate(order):
        ratings[index] = -position
    return ratings


def sumbasic(prepared: Prepared) -> np.ndarray:
    """sumy's SumBasicSummarizer: highest average word probability first; a chosen sentence
    squares the probability of each of its words (once per occurrence). After GREEDY_DEPTH
    choices the rest keep the order of their averages at that point."""
    counts = prepared.content_stems
    count = prepared.count
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    total = lengths.sum()
    if total == 0:
        return _greedy(list(range(count)), count)
    probability = (
        np.bincount(counts.indices, weights=counts.data, minlength=len(prepared.stem_vocabulary))
        / total
    )
    by_word = sp.csc_matrix(counts)
    safe_lengths = np.where(lengths > 0, lengths, 1.0)
    average = np.where(lengths > 0, (counts @ probability[: counts.shape[1]]) / safe_lengths, 0.0)
    remaining = np.ones(count, dtype=bool)
    order: list[int] = []
    for _ in range(min(count, GREEDY_DEPTH)):
        candidates = np.flatnonzero(remaining)
        best = int(candidates[np.argmax(average[candidates])])
        order.append(best)
        remaining[best] = False
        start, end = counts.indptr[best], counts.indptr[best + 1]
        words, times = counts.indices[start:end], counts.data[start:end].astype(np.int64)
        probability[words] = probability[words] ** (2.0**times)
        touched = np.unique(by_word[:, words].indices)
        average[touched] = (counts[touched] @ probability[: counts.shape[1]]) / safe_lengths[
            touched
        ]
    rest = np.flatnonzero(remaining)
    order += rest[np.argsort(-average[rest], kind="stable")].tolist()
    return _greedy(order, count)


def kl(prepared: Prepared) -> np.ndarray:
    """sumy's KLSummarizer: add the sentence whose union with the summary is closest (in KL
    divergence) to the document's word distribution.

    KL(joint || document) splits into a part that depends on the summary alone, a part per
    word of the candidate, and log(length) times the covered mass; after each choice only the
    words the summary gained change, so only their entries are updated. After GREEDY_DEPTH
    choices the rest keep the order of their divergence at that point."""
    count = prepared.count
    width = len(prepared.vocabulary)
    # sumy filters stop words before lower-casing for the document's distribution, and after
    # lower-casing for each sentence; both quirks are kept.
    stops = stop_words()
    document_words = [
        word_id
        for ids, raw in zip(prepared.lower, prepared.raw, strict=True)
        for word_id, word in zip(ids.tolist(), raw, strict=True)
        if word not in stops
    ]
    if not document_words or count == 0:
        return _greedy(list(range(count)), count)
    document = np.bincount(document_words, minlength=width) / len(document_words)
    with np.errstate(divide="ignore"):
        log_document = np.where(document > 0, np.log(np.where(document > 0, document, 1.0)), 0.0)
    content = prepared.matrix(np.arange(width), ~prepared.is_stop)
    lengths = np.asarray(content.sum(axis=1)).ravel()
    rows = np.repeat(np.arange(count), np.diff(content.indptr))
    columns, own = content.indices, content.data
    weight = document[columns]
    by_column = np.argsort(columns, kind="stable")
    column_starts = np.searchsorted(columns[by_column], np.arange(width + 1))
    summary = np.zeros(width)  # the summary's words as written; only lower-case ones count

    def terms(entries: np.ndarray) -> np.ndarray:
        shared = summary[columns[entries]]
        w = weight[entries]
        return np.where(
            w > 0,
            np.where(
                shared > 0,
                -w * np.log((own[entries] + shared) / np.where(shared > 0, shared, 1.0)),
                w * (log_document[columns[entries]] - np.log(own[entries])),
            ),
            0.0,
        )

    every = np.arange(columns.size)
    entry_terms = terms(every)
    per_sentence = np.bincount(rows, weights=entry_terms, minlength=count)
    new_mass = np.bincount(rows, weights=weight, minlength=count)
    base = covered = 0.0
    summary_length = 0
    remaining = np.ones(count, dtype=bool)
    order: list[int] = []
    divergence = np.zeros(count)
    for _ in range(min(count, GREEDY_DEPTH)):
        total = lengths + summary_length
        with np.errstate(divide="ignore", invalid="ignore"):
            divergence = base + per_sentence + np.log(np.maximum(total, 1)) * (covered + new_mass)
        divergence[total == 0] = 0.0
        candidates = np.flatnonzero(remaining)
        best = int(candidates[np.argmin(divergence[candidates])])
        order.append(best)
        remaining[best] = False
        summary_length += len(prepared.raw[best])
        gained = [
            word_id
            for word_id, word in zip(prepared.lower[best].tolist(), prepared.raw[best], strict=True)
            if word == word.lower()
        ]
        if not gained:
            continue
        words, times = np.unique(np.array(gained, dtype=np.int64), return_counts=True)
        was_new = summary[words] == 0
        old_base = np.where(
            summary[words] > 0,
            document[words] * (log_document[words] - np.log(np.maximum(summary[words], 1))),
            0.0,
        )
        summary[words] += times
        base += float(
            np.sum(document[words] * (log_document[words] - np.log(summary[words])) - old_base)
        )
        covered += float(np.sum(document[words][was_new]))
        entries = np.concatenate(
            [by_column[column_starts[w] : column_starts[w + 1]] for w in words.tolist()]
        )
        if entries.size:
            updated = terms(entries)
            np.add.at(per_sentence, rows[entries], updated - entry_terms[entries])
            entry_terms[entries] = updated
            fresh = entries[was_new[np.searchsorted(words, columns[entries])]]
            np.add.at(new_mass, rows[fresh], -weight[fresh])
    rest = np.flatnonzero(remaining)
    order += rest[np.argsort(divergence[rest], kind="stable")].tolist()
    return _greedy(order, count)
