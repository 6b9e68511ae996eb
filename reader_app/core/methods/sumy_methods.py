"""sumy's own summarizer classes, fed our sentences and words, giving a rating for every sentence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader_app.core.segment import words

# Edmundson needs word lists to work at all; these are generic, not tuned to any text.
EDMUNDSON_STIGMA_WORDS = (
    "hardly",
    "impossible",
    "perhaps",
    "maybe",
    "allegedly",
    "reportedly",
    "apparently",
    "unclear",
    "rumour",
    "rumor",
    "click",
    "subscribe",
    "advertisement",
)


class WordTokenizer:
    """The tokenizer object sumy's models ask for words; sentences come split already."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def build_document(sentences: Sequence[str], headings: Sequence[bool]) -> Any:
    """A sumy document model with one paragraph per sentence run between headings."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = WordTokenizer()
    items = [
        Sentence(text, tokenizer, is_heading)
        for text, is_heading in zip(sentences, headings, strict=True)
    ]
    return ObjectDocumentModel([Paragraph(items)])


def make_summarizer(method: str, title_words: Sequence[str] = ()) -> Any:
    """A sumy summarizer configured the way a user of sumy would set it up for English."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "edmundson": EdmundsonSummarizer,
        "kl": KLSummarizer,
        "sumbasic": SumBasicSummarizer,
        "reduction": ReductionSummarizer,
    }
    stop_words = get_stop_words("english")
    summarizer = classes[method](Stemmer("english"))
    if method == "edmundson":
        summarizer.null_words = stop_words
        summarizer.bonus_words = [w for w in title_words if w.lower() not in stop_words] or [
            "important"
        ]
        summarizer.stigma_words = EDMUNDSON_STIGMA_WORDS
    else:
        summarizer.stop_words = stop_words
    return summarizer


def sumy_ratings(
    method: str,
    sentences: Sequence[str],
    headings: Sequence[bool],
    title_words: Sequence[str] = (),
) -> list[float]:
    """sumy's rating of every non-heading sentence, in order (ties keep document order)."""
    document = build_document(sentences, headings)
    if not document.sentences:
        return []
    summarizer = make_summarizer(method, title_words)
    captured: list[float] = []

    def capture(
        rated: Sequence[Any], count: Any, rating: Any, *args: Any, **kwargs: Any
    ) -> tuple[()]:
        for sentence in rated:
            value = (
                rating[sentence] if isinstance(rating, dict) else rating(sentence, *args, **kwargs)
            )
            captured.append(float(value))
        return ()

    summarizer._get_best_sentences = capture
    summarizer(document, 1)
    return captured
