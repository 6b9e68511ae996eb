"""The stop words and the stemmer that every summary method shares."""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources

Stemmer = Callable[[str], str]


@functools.cache
def stop_words() -> frozenset[str]:
    """sumy's English stop words, read straight from its data file (no NLTK import)."""
    data = resources.files("sumy").joinpath("data", "stopwords", "english.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in data.splitlines() if line.strip())


@functools.cache
def default_stemmer() -> Stemmer:
    """The English Snowball stemmer (PyStemmer's C build), with a per-word cache."""
    import Stemmer as pystemmer

    stem_word = pystemmer.Stemmer("english").stemWord
    return functools.lru_cache(maxsize=1 << 17)(stem_word)
