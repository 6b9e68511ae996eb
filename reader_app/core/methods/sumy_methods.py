"""sumy's own summarizer classes, fed our sentences and words: the reference that tests and
benchmarks compare Reader's vectorised methods with."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reader_app.core.methods import edmundson_words
from reader_app.core.methods.terms import default_stemmer
from reader_app.core.segment import words


class WordTokenizer:
    """The tokenizer object sumy's models ask for words; sentences come split already."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def build_document(
    sentences: Sequence[str], headings: Sequence[bool], paragraph_of: Sequence[int] = ()
) -> Any:
    """A sumy document model with the document's paragraphs (one, if they are not given)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = WordTokenizer()
    paragraphs: dict[int, list[Any]] = {}
    for index, (text, is_heading) in enumerate(zip(sentences, headings, strict=True)):
        paragraph = paragraph_of[index] if paragraph_of else 0
        paragraphs.setdefault(paragraph, []).append(Sentence(text, tokenizer, is_heading))
    return ObjectDocumentModel([Paragraph(items) for _, items in sorted(paragraphs.items())])


def make_summarizer(
    method: str, title_words: Sequence[str] = (), stemmer: Callable[[str], str] | None = None
) -> Any:
    """A sumy summarizer set up as Reader's own methods are: English stop words, the same
    stemmer, and Edmundson's word lists."""
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
    summarizer = classes[method](stemmer or default_stemmer())
    if method == "edmundson":
        bonus, stigma, null = edmundson_words(title_words)
        summarizer.bonus_words = bonus
        summarizer.stigma_words = stigma
        summarizer.null_words = null
    else:
        summarizer.stop_words = get_stop_words("english")
    return summarizer


def sumy_ratings(
    method: str,
    sentences: Sequence[str],
    headings: Sequence[bool],
    title_words: Sequence[str] = (),
    paragraph_of: Sequence[int] = (),
) -> list[float]:
    """sumy's rating of every non-heading sentence, in order (ties keep document order).
    Reader ranks with its own methods; this runs sumy's classes to compare with them."""
    document = build_document(sentences, headings, paragraph_of)
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
