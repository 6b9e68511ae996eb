"""The summarization methods: each rates every sentence of a document, higher is better."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from reader_app.core.methods.prepared import Prepared

STOCK_METHODS = (
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "edmundson",
    "kl",
    "sumbasic",
    "reduction",
)
METHODS = ("default", *STOCK_METHODS)


def stock_scores(method: str, prepared: Prepared, title_words: Sequence[str] = ()) -> np.ndarray:
    """One of the eight stock methods' rating of every body sentence (higher is better)."""
    from reader_app.core.methods import frequency, graph

    if method == "edmundson":
        bonus, stigma, null = edmundson_words(title_words)
        return frequency.edmundson(prepared, bonus, stigma, null)
    by_name = {
        "lexrank": graph.lexrank,
        "textrank": graph.textrank,
        "reduction": graph.reduction,
        "lsa": frequency.lsa,
        "luhn": frequency.luhn,
        "kl": frequency.kl,
        "sumbasic": frequency.sumbasic,
    }
    if method not in by_name:
        raise ValueError(f"not a stock method: {method}")
    return by_name[method](prepared)


def edmundson_words(title_words: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """Edmundson's bonus, stigma and null words: the title's content words (or, with no
    title, a generic cue word), a stigma list of hedges, and the stop words."""
    from reader_app.core.methods.terms import stop_words
    from reader_app.core.resources import load_json

    null = sorted(stop_words())
    bonus = [w for w in title_words if w.lower() not in stop_words()] or ["important"]
    stigma = list(load_json("summary_words.json")["edmundson_stigma"])
    return bonus, stigma, null
