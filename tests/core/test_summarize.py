"""Ranking every sentence once and picking summaries of any length from the scores."""

from __future__ import annotations

import pytest

from reader_app.core.documents import document_from_text, load_document
from reader_app.core.errors import ReaderError
from reader_app.core.methods import METHODS
from reader_app.core.segment import words
from reader_app.core.summarize import (
    DEFAULT_LENGTH,
    Length,
    pick,
    pick_with_total,
    rank_sentences,
)


@pytest.fixture
def article(article_path):
    return load_document(str(article_path))


@pytest.mark.parametrize("method", METHODS)
def test_every_method_scores_every_body_sentence(article, method):
    ranking = rank_sentences(article, method)
    assert len(ranking.scores) == len(article.sentences)
    assert ranking.scores[0] is None  # the headline is never part of a summary
    assert sorted(ranking.order) == list(range(1, len(article.sentences)))
    chosen = pick(article, ranking, Length("sentences", 3))
    assert len(chosen) == 3 and chosen == sorted(chosen)


def test_order_is_best_first_with_ties_in_document_order(article):
    ranking = rank_sentences(article, "lexrank")
    scores = [ranking.scores[i] for i in ranking.order]
    assert scores == sorted(scores, reverse=True)


def test_default_avoids_saying_the_same_thing_twice():
    import numpy as np

    from reader_app.core.methods.default import default_order
    from reader_app.core.methods.prepared import prepare

    sentences = [
        "The storm closed the port of Brest on Monday and ships stayed at anchor.",
        "On Monday the storm closed the port of Brest and ships stayed at anchor.",
        "Fishermen lost a week of work and asked the council for help.",
        "The council will meet on Friday to discuss a fund for the fishermen.",
    ]
    prepared = prepare(sentences, [False] * 4)
    scores = np.array([1.0, 0.95, 0.5, 0.4])
    assert default_order(prepared, scores, redundancy=0.0) == [0, 1, 2, 3]
    assert default_order(prepared, scores, redundancy=1.0)[:2] == [0, 2]
    document = document_from_text("Storm closes the port\n\n" + " ".join(sentences))
    ranking = rank_sentences(document)
    assert sorted(ranking.order) == list(range(1, len(document.sentences)))


def test_lengths_pick_from_the_same_ranking(article):
    ranking = rank_sentences(article)
    body = len(ranking.order)
    assert len(pick(article, ranking, Length("sentences", 2))) == 2
    assert len(pick(article, ranking, Length("sentences", 100))) == body
    assert len(pick(article, ranking, Length("ratio", 0.5))) == round(0.5 * body)
    assert len(pick(article, ranking, Length("ratio", 1.0))) == body
    chosen = pick(article, ranking, Length("words", 40))
    assert sum(len(words(article.sentence_text(i))) for i in chosen) <= 40
    assert chosen
    assert pick(article, ranking, Length("words", 0)) == []
    assert len(pick(article, ranking)) == DEFAULT_LENGTH.value


def test_a_parts_summary_and_how_many_sentences_it_picks_from(article):
    """pick_with_total gives pick's sentences and the count of ranked sentences in the part,
    which the window shows as "2 of 5 sentences"."""
    ranking = rank_sentences(article)
    whole = pick_with_total(article, ranking, Length("sentences", 2))
    assert whole == (pick(article, ranking, Length("sentences", 2)), len(ranking.order))
    part = (article.sentences[3][0], article.sentences[8][0])  # sentences 3 to 7
    chosen, total = pick_with_total(article, ranking, Length("ratio", 1.0), part)
    assert total == 5 and chosen == [3, 4, 5, 6, 7]
    assert pick(article, ranking, Length("ratio", 1.0), part) == chosen


def test_longer_summaries_contain_shorter_ones(article):
    ranking = rank_sentences(article)
    two = set(pick(article, ranking, Length("sentences", 2)))
    four = set(pick(article, ranking, Length("sentences", 4)))
    assert two <= four


def test_default_prefers_the_lead_of_a_news_article(article):
    ranking = rank_sentences(article)
    assert 1 in pick(article, ranking, Length("sentences", 3))


def test_empty_document_has_an_empty_summary():
    document = document_from_text("")
    ranking = rank_sentences(document)
    assert ranking.order == () and pick(document, ranking) == []


def test_unknown_method_and_bad_lengths_are_refused(article):
    with pytest.raises(ReaderError, match="unknown method"):
        rank_sentences(article, "magic")
    with pytest.raises(ValueError):
        Length("ratio", 0)
    with pytest.raises(ValueError):
        Length("sentences", 1.5)


def test_short_default_summaries_of_long_articles_open_with_the_lede():
    """Three sentences or fewer, and at most 30% of the article: the lede and the best
    ranked of the three sentences after it; otherwise the best ranked sentences."""
    from reader_app.core.summarize import Ranking

    text = "A Title\n\n" + " ".join(f"Sentence number {i} is here." for i in range(1, 21))
    document = document_from_text(text)
    count = len(document.sentences)
    order = tuple(reversed(range(1, count)))  # the last sentence ranks best, the lede worst
    ranking = Ranking("default", (None, *([0.0] * (count - 1))), order)
    assert pick(document, ranking, Length("sentences", 3)) == [1, 3, 4]
    assert pick(document, ranking, Length("sentences", 1)) == [1]
    assert pick(document, ranking, Length("sentences", 4)) == sorted(order[:4])
    other = Ranking("lexrank", ranking.scores, order)
    assert pick(document, other, Length("sentences", 3)) == sorted(order[:3])
    short = document_from_text("A Title\n\n" + " ".join(f"Line {i} ends." for i in range(1, 9)))
    short_order = tuple(reversed(range(1, len(short.sentences))))
    short_ranking = Ranking("default", (None, *([0.0] * len(short_order))), short_order)
    assert pick(short, short_ranking, Length("sentences", 3)) == sorted(short_order[:3])
    # A book (more than LEDE_UP_TO sentences): its short summary is its best ranked sentences.
    book = document_from_text("A Title\n\n" + " ".join(f"Line {i} ends here." for i in range(300)))
    book_order = tuple(reversed(range(1, len(book.sentences))))
    book_ranking = Ranking("default", (None, *([0.0] * len(book_order))), book_order)
    assert pick(book, book_ranking, Length("sentences", 3)) == sorted(book_order[:3])


def test_short_default_summaries_skip_bylines_and_datelines():
    """A news page copied with its byline: the short summary opens with the first sentence
    of prose, and no fragment such as "By ." or "PUBLISHED: ." is picked."""
    byline = (
        "By . Daily Mail Reporter . PUBLISHED: . 08:48 EST, 1 May 2013 . | . "
        "Last updated at 4:45 PM on 28th November 2011 . "
    )
    story = " ".join(
        f"The council said on Monday that road number {i} would close for repairs in June."
        for i in range(1, 16)
    )
    document = document_from_text(byline + story)
    chosen = pick(document, rank_sentences(document), Length("sentences", 3))
    texts = [document.sentence_text(i) for i in chosen]
    assert len(texts) == 3
    assert texts[0].startswith("The council said on Monday that road number 1 ")
    assert all(len(words(t)) > 5 for t in texts)


def test_short_default_summaries_skip_page_furniture():
    """Lines a news page speaks to its reader with ("Scroll down for video", "Click here ...",
    an editor's note) are not sentences of the story: a three-sentence default summary takes none of them, even
    where the ranking puts them first."""
    from reader_app.core.summarize import Ranking

    story = [
        "Editor's note: this story was updated on Tuesday with the council's new figures.",
        "The council said on Monday that the bridge would close for repairs in June.",
        "Scroll down for video.",
        "Click here to read more stories from the town and the county.",
        "Engineers found cracks in two of the supports during an inspection last week.",
        "The work is expected to take three months and cost about two million pounds.",
        "Drivers will be sent along the ring road while the bridge is closed to traffic.",
        "Follow us on Twitter for the latest news about the roads in the county.",
        "The council apologised to residents for the disruption the work would cause.",
        "A public meeting about the closure will be held at the town hall next week.",
        "Shops near the bridge said they feared losing trade during the summer months.",
        "The bridge was built in 1911 and carries twelve thousand vehicles every day.",
    ]
    document = document_from_text(" ".join(story))
    count = len(document.sentences)
    assert count == len(story)
    order = (0, 3, 2, 7, 4, 5, 1, 6, 8, 9, 10, 11)  # page furniture ranked first
    ranking = Ranking("default", (0.0,) * count, order)
    texts = [document.sentence_text(i) for i in pick(document, ranking, Length("sentences", 3))]
    assert texts == [story[1], story[4], story[5]]


def test_in_a_book_lists_set_as_sentences_come_last():
    """Moby Dick's "The Whale; the Greenland Whale; the Black Whale; ..." ranked among its
    best sentences for the words it holds; an article keeps the tuned order."""
    from reader_app.core.methods.default import BOOK_FROM, lists_last

    listed = "The Whale; the Greenland Whale; the Black Whale; the Great Whale; the True Whale."
    prose = "Captain Olga Marsh sailed north; the crew watched the grey sea for a whale."
    texts = [listed if i % 50 == 7 else prose for i in range(BOOK_FROM + 50)]
    best_first = sorted(range(len(texts)), key=lambda i: (texts[i] != listed, i))
    order = lists_last(best_first, texts)
    assert sorted(order) == list(range(len(texts)))
    assert [texts[i] for i in order[-5:]] == [listed] * 5
    assert order[:3] == [i for i in best_first if texts[i] == prose][:3]
    article = texts[:BOOK_FROM]
    article_order = [i for i in best_first if i < BOOK_FROM]
    assert lists_last(article_order, article) == article_order
    book = document_from_text("\n\n".join(texts))
    ranked = rank_sentences(book).order
    assert {book.sentence_text(i) for i in ranked[-5:]} == {listed}
