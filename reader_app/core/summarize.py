"""Ranks every sentence of a Document once per method, then picks any length from the scores."""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from reader_app.core.errors import ReaderError
from reader_app.core.methods import METHODS

if TYPE_CHECKING:
    from reader_app.core.documents import Document
    from reader_app.core.methods.prepared import Tokenizer

LengthKind = Literal["sentences", "ratio", "words"]
Progress = Callable[[float], None]


@dataclass(frozen=True)
class Length:
    """How long a summary should be: N sentences, a ratio of the sentences, or at most W words."""

    kind: LengthKind
    value: float

    def __post_init__(self) -> None:
        if self.kind == "ratio" and not 0 < self.value <= 1:
            raise ValueError("a ratio is greater than 0 and at most 1")
        if self.kind in ("sentences", "words") and (
            self.value < 0 or self.value != int(self.value)
        ):
            raise ValueError(f"{self.kind} is a whole number of at least 0")


DEFAULT_METHOD = "default"
DEFAULT_LENGTH = Length("sentences", 5)


@dataclass(frozen=True)
class Ranking:
    """Scores for all sentences of one document by one method; None marks a heading."""

    method: str
    scores: tuple[float | None, ...]
    order: tuple[int, ...]  # rankable sentence indices, best first, ties in document order


def sentence_paragraphs(document: Document) -> list[int]:
    """For each sentence, the index of the paragraph it belongs to."""
    found = [0] * len(document.sentences)
    paragraph_index = 0
    paragraphs = document.paragraphs
    for index, (start, _end) in enumerate(document.sentences):
        while paragraph_index + 1 < len(paragraphs) and paragraphs[paragraph_index][1] < start:
            paragraph_index += 1
        found[index] = paragraph_index
    return found


def heading_sentences(document: Document, paragraph_of: list[int] | None = None) -> list[bool]:
    """For each sentence, whether it is a heading (never part of a summary)."""
    of = sentence_paragraphs(document) if paragraph_of is None else paragraph_of
    is_heading = [document.is_heading(p) for p in document.paragraphs]
    # Front and back matter (a licence, a table of contents) count as headings: never summarised.
    return [
        is_heading[p] or not document.in_main_text(span)
        for p, span in zip(of, document.sentences, strict=True)
    ]


@dataclass(frozen=True)
class RankingInputs:
    """What the methods need of a document besides its sentences' words."""

    headings: list[bool]
    paragraph_of: list[int]
    title: str


def ranking_inputs(document: Document) -> RankingInputs:
    paragraph_of = sentence_paragraphs(document)
    return RankingInputs(heading_sentences(document, paragraph_of), paragraph_of, document.title)


def rank_sentences(
    document: Document, method: str = DEFAULT_METHOD, progress: Progress | None = None
) -> Ranking:
    """Rates every sentence of `document` with `method`."""
    from reader_app.core.methods.prepared import Tokenizer

    check_method(method)
    tokenizer = Tokenizer()
    texts = [document.sentence_text(i) for i in range(len(document.sentences))]
    tokenizer.add(texts)
    ranking = rank_tokenized(tokenizer, texts, ranking_inputs(document), method)
    if progress is not None:
        progress(1.0)
    return ranking


def check_method(method: str) -> None:
    if method not in METHODS:
        raise ReaderError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")


def rank_tokenized(
    tokenizer: Tokenizer, texts: Sequence[str], inputs: RankingInputs, method: str
) -> Ranking:
    """Rates every sentence, given all of them (`texts`) already added to `tokenizer`."""
    from reader_app.core.segment import words

    headings = inputs.headings
    body = [i for i, is_heading in enumerate(headings) if not is_heading]
    prepared = tokenizer.prepared(headings, inputs.paragraph_of)
    title = words(inputs.title)
    body_order: list[int] | None = None
    if method == "default":
        from reader_app.core.methods.default import default_order, default_scores, lists_last

        body_texts = [texts[i] for i in body]
        raw = default_scores(prepared, body_texts, prepared.content_stem_ids(title))
        body_order = lists_last(default_order(prepared, raw), body_texts)
    else:
        from reader_app.core.methods import stock_scores

        raw = stock_scores(method, prepared, title)
    body_scores = [float(s) for s in raw]
    scores: list[float | None] = [None] * len(texts)
    for index, score in zip(body, body_scores, strict=True):
        scores[index] = 0.0 if math.isnan(score) else score
    if body_order is not None:
        order = [body[i] for i in body_order]
    else:
        order = sorted(body, key=lambda i: -(scores[i] or 0.0))
    return Ranking(method, tuple(scores), tuple(order))


def _is_fragment(text: str) -> bool:
    """Fewer than three words, no word in lower case, a short line with a clock time, or the
    page speaking to its reader: a byline, a dateline, a list of names or page furniture
    rather than a sentence of the story ("By .", "PUBLISHED: .", "Daily Mail Reporter .",
    "Last updated at 4:45 PM on 28th November", "Scroll down for video .")."""
    from reader_app.core.segment import words

    found = [w for w in words(text) if any(c.isalpha() for c in w)]
    if len(found) < 3 or not any(w[0].islower() for w in found):
        return True
    if _page_furniture().match(text.lstrip(_OPENING_MARKS)):
        return True
    return len(found) < 12 and _CLOCK_TIME.search(text) is not None


_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_OPENING_MARKS = " \t\n\"'“‘([-–—•*|>"


@functools.cache
def _page_furniture() -> re.Pattern[str]:
    """The opening phrases of summary_words.json's page_furniture list, any case."""
    from reader_app.core.resources import load_json

    phrases = load_json("summary_words.json")["page_furniture"]
    return re.compile("|".join(re.escape(p) for p in phrases), re.IGNORECASE)


def ranked_within(
    document: Document, ranking: Ranking, within: tuple[int, int] | None = None
) -> Sequence[int]:
    """The ranked sentences, best first, of the whole document or of the part `within` (a
    chapter): those a summary picks from."""
    if within is None:
        return ranking.order
    low, high = within
    return tuple(i for i in ranking.order if low <= document.sentences[i][0] < high)


def pick(
    document: Document,
    ranking: Ranking,
    length: Length = DEFAULT_LENGTH,
    within: tuple[int, int] | None = None,
) -> list[int]:
    """The indices of the summary sentences for `length`, in document order; with `within`,
    a summary of that part (a chapter) only, from the same ranking."""
    return pick_with_total(document, ranking, length, within)[0]


def pick_with_total(
    document: Document,
    ranking: Ranking,
    length: Length = DEFAULT_LENGTH,
    within: tuple[int, int] | None = None,
) -> tuple[list[int], int]:
    """pick's sentences, and how many ranked sentences they were picked from (the part's,
    with `within`): the window's "12 of 1,234 sentences", the part read once."""
    order = ranked_within(document, ranking, within)
    if length.kind == "sentences" and ranking.method == "default" and order:
        chosen = _short_or_ranked(
            order, int(length.value), lambda i: _is_fragment(document.sentence_text(i))
        )
    elif length.kind == "sentences":
        chosen = list(order[: int(length.value)])
    elif length.kind == "ratio":
        wanted = max(1, round(length.value * len(order))) if order else 0
        chosen = list(order[:wanted])
    else:
        from reader_app.core.segment import words

        budget = int(length.value)
        chosen = []
        for index in order:
            size = len(words(document.sentence_text(index)))
            if size <= budget:
                chosen.append(index)
                budget -= size
    return sorted(chosen), len(order)


# A summary of at most this many sentences opens with the lede (see _short_or_ranked).
SHORT_SUMMARY = 3
SHORT_SHARE = 0.3  # ... and at most this share of the rankable sentences
LEDE_UP_TO = 200  # ... of an article: a book's summary is its best ranked sentences
_LEDE_FOLLOWERS = 3


def _short_or_ranked(
    order: Sequence[int], count: int, is_fragment: Callable[[int], bool]
) -> list[int]:
    """The default method's choice of `count` sentences. Short summaries of an article, the
    kind written as a news article's highlights, open with its first sentence of prose (the
    lede) and add the best ranked of the three that follow it: on bbc/dev this beats the
    first three sentences both against the reference summaries and against the
    human-written headlines, where the best ranked sentences alone lose to them
    (docs/benchmarks.md). Short summaries never take a fragment (a byline, a dateline) while
    prose is left. Longer summaries are the best ranked sentences."""
    if count > SHORT_SUMMARY:
        return list(order[:count])
    if len(order) > LEDE_UP_TO:  # a book: checks only as many sentences as it takes
        prose = list(itertools.islice((i for i in order if not is_fragment(i)), count))
        return prose + [i for i in order if i not in prose][: count - len(prose)]
    ranked = [i for i in order if not is_fragment(i)] or list(order)
    if count > SHORT_SHARE * len(ranked):
        return ranked[:count]
    by_position = sorted(ranked)
    lede, followers = by_position[0], set(by_position[1 : 1 + _LEDE_FOLLOWERS])
    return [lede, *[i for i in ranked if i in followers][: count - 1]][:count]
