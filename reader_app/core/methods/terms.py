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
    stem_word = _pystemmer().stemWord
    return functools.lru_cache(maxsize=1 << 17)(stem_word)


def stem_words(words: list[str]) -> list[str]:
    """The default stemmer's stems of many words at once (one call into the C stemmer)."""
    stems: list[str] = _pystemmer().stemWords(words)
    return stems


@functools.cache
def _pystemmer():  # type: ignore[no-untyped-def]
    import Stemmer as pystemmer

    return pystemmer.Stemmer("english")
