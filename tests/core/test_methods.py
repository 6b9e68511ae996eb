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
    for text in ("", "Title only", "One.", "The of and. A to in.", "Same words. Same words."):
        document = document_from_text(text)
        paragraphs = sentence_paragraphs(document)
        headings = heading_sentences(document, paragraphs)
        texts = [document.sentence_text(i) for i in range(len(document.sentences))]
        scores = stock_scores(method, prepare(texts, headings, paragraphs))
        assert len(scores) == sum(not h for h in headings)
