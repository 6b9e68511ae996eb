"""The summarization methods: each rates every sentence of a document, higher is better."""

from __future__ import annotations

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
