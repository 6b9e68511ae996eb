"""Each vectorised method selects what sumy's own class selects, on documents built here."""

from __future__ import annotations

import random

import numpy as np
import pytest

from reader_app.core.documents import document_from_text
from reader_app.core.methods import STOCK_METHODS, stock_scores
from reader_app.core.methods.prepared import prepare
from reader_app.core.methods.sumy_methods import sumy_ratings
from reader_app.core.segment import words
from reader_app.core.summarize import heading_sentences, sentence_paragraphs

VOCABULARY = (
    "market bank rates growth prices shares investors economy government minister election "
    "voters party football club match players coach season film actor award music band album "
    "court judge police report company profits sales workers union strike energy oil gas "
    "climate storm river city council school children teachers hospital doctors patients"
).split()
GLUE = "the a of to in and is was for on that with as it by at from has have be".split()


def make_article(seed: int) -> str:
    rng = random.Random(seed)
    title = " ".join(rng.choice(VOCABULARY).capitalize() for _ in range(4))
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            length = rng.randint(4, 22)
            chosen = [
                rng.choice(VOCABULARY if rng.random() < 0.55 else GLUE) for _ in range(length)
            ]
            if rng.random() < 0.2:
                chosen.insert(0, rng.choice(["Perhaps", "The", "Government", "Important"]))
            sentences.append(" ".join(chosen).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
    return title + "\n\n" + "\n\n".join(paragraphs)


def selections(document, method: str, n: int):
    paragraphs = sentence_paragraphs(document)
    headings = heading_sentences(document, paragraphs)
    texts = [document.sentence_text(i) for i in range(len(document.sentences))]
    title = words(document.title)
    ours = np.asarray(stock_scores(method, prepare(texts, headings, paragraphs), title))
    theirs = np.nan_to_num(np.asarray(sumy_ratings(method, texts, headings, title, paragraphs)))

    def top(scores):
        return sorted(sorted(range(len(scores)), key=lambda i: -scores[i])[:n])

    return ours, top(ours), top(theirs)


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("method", STOCK_METHODS)
def test_same_selection_as_sumy(method):
    for seed in range(12):
        document = document_from_text(make_article(seed))
        for n in (1, 3, 5):
            ours, mine, theirs = selections(document, method, n)
            differing = set(mine) ^ set(theirs)
            # Exactly equal ranks may be ordered by sumy's floating-point noise (LSA).
            boundary = min(ours[i] for i in mine)
            assert all(abs(ours[i] - boundary) < 1e-9 for i in differing), (seed, n, mine, theirs)


@pytest.mark.parametrize("method", STOCK_METHODS)
def test_methods_handle_degenerate_documents(method):
    for text in (
        "",
        "Title only",
        "One.",
        "The of and. A to in.",
        "Same words. Same words.",
        "... !!! ??? ---",  # sentences without a single word
        "12 34. 56 78. 90 12.",
    ):
        document = document_from_text(text)
        paragraphs = sentence_paragraphs(document)
        headings = heading_sentences(document, paragraphs)
        texts = [document.sentence_text(i) for i in range(len(document.sentences))]
        scores = stock_scores(method, prepare(texts, headings, paragraphs))
        assert len(scores) == sum(not h for h in headings)


# Not Reduction: sumy sums its ratings in a dict keyed by the sentence's text, so each copy
# of a repeated sentence gets the ratings of all its copies added together.
@pytest.mark.parametrize("method", ["lexrank", "textrank"])
def test_repeated_sentences_rank_as_in_sumy(method):
    """Sentences repeated word for word (or differing only in numbers, which are not words)
    are ranked once per distinct sentence by LexRank; the selection is still sumy's."""
    for seed in range(6):
        rng = random.Random(seed)
        lines = make_article(seed).split("\n\n")
        repeated = [rng.choice(lines[1:]) for _ in range(4)]
        text = "\n\n".join(lines + repeated + [f"Request {rng.randint(1, 99)} took 5 ms."] * 3)
        document = document_from_text(text)
        for n in (1, 3, 5):
            ours, mine, theirs = selections(document, method, n)
            boundary = min(ours[i] for i in mine)
            differing = set(mine) ^ set(theirs)
            assert all(abs(ours[i] - boundary) < 1e-9 for i in differing), (seed, n, mine, theirs)


def test_lexrank_of_a_log_of_alike_lines_stays_small():
    """Six thousand lines with the same words would be eighteen million similar pairs; as
    one distinct sentence they rank at once, all equal."""
    from reader_app.core.methods import graph

    texts = [f"Request {i} processed in {i % 90} ms by worker {i % 7}." for i in range(6_000)]
    prepared = prepare([*texts, "Request processed by the other worker."], [False] * 6_001)
    group = graph._same_rows(prepared.content_stems)
    assert set(group[:6_000]) == {0} and group[6_000] == 1
    scores = graph.lexrank(prepare(texts, [False] * len(texts)))
    assert scores.shape == (6_000,)
    assert np.all(np.isfinite(scores)) and np.allclose(scores, scores[0])


@pytest.mark.parametrize("threads", [1, 2])
def test_lexrank_declines_a_table_of_alike_rows_with_a_message(monkeypatch, threads):
    """Rows that share a value or two are nearly all similar to each other: past the budget
    of similar pairs LexRank stops with a ReaderError instead of filling the memory."""
    from reader_app.core.errors import ReaderError
    from reader_app.core.methods import graph

    rng = random.Random(3)
    columns = [VOCABULARY[i::4] for i in range(4)]
    texts = [" ".join(rng.choice(column) for column in columns) for _ in range(400)]
    prepared = prepare(texts, [False] * len(texts))
    monkeypatch.setattr(graph, "_THREADS_FROM_PAIRS", 0 if threads == 2 else 10**12)
    monkeypatch.setattr(graph, "_BLOCK_PAIRS", 500)
    monkeypatch.setattr(graph, "_MOST_SIMILAR_PAIRS", 2_000)
    with pytest.raises(ReaderError, match="too much alike"):
        graph.lexrank(prepared)
    monkeypatch.setattr(graph, "_MOST_SIMILAR_PAIRS", 10**9)
    assert np.all(np.isfinite(graph.lexrank(prepared)))


def _long_article(sentence_count: int) -> str:
    rng = random.Random(7)
    paragraphs = []
    while sum(p.count(".") for p in paragraphs) < sentence_count:
        sentences = [
            " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(3, 12))).capitalize() + "."
            for _ in range(rng.randint(1, 4))
        ]
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def test_book_paths_of_the_graph_methods_agree_with_the_article_paths(monkeypatch):
    """A book (more than 5,000 sentences) takes LexRank's two-half product in single
    precision on two threads; the same document through the article path ranks the same."""
    from reader_app.core.methods import graph

    document = document_from_text(_long_article(5_200))
    texts = [document.sentence_text(i) for i in range(len(document.sentences))]
    prepared = prepare(texts, [False] * len(texts))
    assert prepared.count > graph._DOUBLE_PRECISION_UP_TO
    book = graph.lexrank(prepared)
    monkeypatch.setattr(graph, "_DOUBLE_PRECISION_UP_TO", 10**9)
    monkeypatch.setattr(graph, "_THREADS_FROM_PAIRS", 10**12)
    article = graph.lexrank(prepared)
    assert np.allclose(book, article, rtol=1e-4, atol=1e-9)
    top = 50
    assert len(set(np.argsort(-book)[:top]) & set(np.argsort(-article)[:top])) >= top - 2


def test_graph_methods_by_length_groups_equal_the_pairwise_definition():
    """TextRank's and Reduction's sums over length groups equal the pair-by-pair sums."""
    from reader_app.core.methods import graph

    document = document_from_text(make_article(3) + "\n\nOil.\n\nOil.\n\nGas gas.")
    texts = [document.sentence_text(i) for i in range(len(document.sentences))]
    prepared = prepare(texts, [False] * len(texts))
    counts = prepared.content_stems.toarray()
    shared = counts @ counts.T
    lengths = counts.sum(axis=1)
    logs = np.log(np.maximum(lengths, 1))
    norm = logs[:, None] + logs[None, :]
    near_zero = np.abs(norm) <= 1e-8
    safe = np.where(near_zero, 1.0, norm)
    reduction_weights = np.where(near_zero, 0.0, shared / safe)
    np.fill_diagonal(reduction_weights, 0.0)
    assert np.allclose(graph.reduction(prepared), reduction_weights.sum(axis=1))
    textrank_weights = np.where(near_zero, shared, shared / safe)
    matrix = textrank_weights / (textrank_weights.sum(axis=1)[:, None] + 1e-7)
    count = len(texts)
    vector = np.full(count, 1.0 / count)
    change = 1.0
    while change > graph.TEXTRANK_EPSILON:
        following = (1 - 0.85) / count * vector.sum() + 0.85 * matrix.T @ vector
        change = np.linalg.norm(following - vector)
        vector = following
    assert np.allclose(graph.textrank(prepared), vector)


def test_tokenising_in_batches_prepares_the_same_document():
    from reader_app.core.methods.prepared import Tokenizer

    document = document_from_text(make_article(5) + "\n\nA stray \x00 byte. Ünïcode wörds here.")
    texts = [document.sentence_text(i) for i in range(len(document.sentences))]
    headings = heading_sentences(document)
    whole = prepare(texts, headings)
    tokenizer = Tokenizer()
    for start in range(0, len(texts), 3):
        tokenizer.add(texts[start : start + 3])
    batched = tokenizer.prepared(headings)
    assert whole.vocabulary == batched.vocabulary
    assert [ids.tolist() for ids in whole.lower] == [ids.tolist() for ids in batched.lower]
    assert whole.raw == batched.raw
    assert whole.raw == tuple(
        tuple(words(t)) for t, h in zip(texts, headings, strict=True) if not h
    )
