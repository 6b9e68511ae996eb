"""The phrase matcher finds the longest listed phrase at each capitalised word, in any range."""

from __future__ import annotations

from reader_app.core.phrases import PhraseMatcher


def _found(matcher: PhraseMatcher, text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in matcher.finditer(text, start, end)]


def test_longest_phrase_first_and_whole_words_only():
    matcher = PhraseMatcher(["South", "South Korea", "South Korean", "Korea", "New York"])
    text = "South Korean and South Korea's envoys met in New Yorkshire, not South Koreatown."
    assert _found(matcher, text) == ["South Korean", "South Korea", "South"]


def test_ranges_of_one_text_and_then_another_text():
    """Callers ask for many ranges of one text; a new text is not read with the last one's
    word positions."""
    matcher = PhraseMatcher(["Hun Sen", "Emmanuel Macron", "Macron"])
    first = "Hun Sen met Emmanuel Macron. Macron left. Hun Sen stayed."
    assert _found(matcher, first) == ["Hun Sen", "Emmanuel Macron", "Macron", "Hun Sen"]
    assert _found(matcher, first, 12, 40) == ["Emmanuel Macron", "Macron"]
    assert _found(matcher, first, 13, 28) == ["Macron"]  # a match starts inside the range
    assert _found(matcher, first, 0, 5) == []  # "Hun Sen" does not end inside it
    second = "Macron spoke; then Hun Sen."
    assert _found(matcher, second) == ["Macron", "Hun Sen"]
    assert _found(matcher, first, 42) == ["Hun Sen"]


def test_many_phrases_with_one_first_word():
    phrases = [f"John {'Paul ' * k}Smith" for k in range(300)] + ["John"]
    matcher = PhraseMatcher(phrases)
    text = "John Paul Paul Smith met John, and John Paul Smith's son."
    assert _found(matcher, text) == ["John Paul Paul Smith", "John", "John Paul Smith"]


# Each edge a capital may have: the text's start, letters, digits, marks, an underscore,
# curly and straight apostrophes, a hyphen, a period, a line break, letters beyond ASCII.
_EDGES = (
    "Anna met Boris.Carl, d'Este O'Neill x-Ray X-Ray 3Com _Foo A.B. éVa ÉVa Vasíli’s "
    'McDonald-Smith\'s ‘Quoted’ "Said"\nNew line (Paris) P.S. U.S.A. Ph.D. a.M. o’Brien'
)


def test_capitalised_words_where_the_plain_pattern_finds_them():
    """The patterns are written with the capital before the look back, for speed: they find
    exactly what the plain form, look back first, finds."""
    import re

    from reader_app.core.ner import model
    from reader_app.core.phrases import _CANDIDATE, LATIN_CAPITALS

    plain = {
        _CANDIDATE: rf"(?<![\w.\-])[{LATIN_CAPITALS}][^\W_]*(?:[.\-'’][^\W_]+)*\.?",
        model._CAPITALISED: rf"(?<![\w’'])[{LATIN_CAPITALS}][\w’'.\-]*",
    }
    for fast, slow in plain.items():
        for start in range(len(_EDGES)):  # from every position, as callers search ranges
            assert [m.span() for m in fast.finditer(_EDGES, start)] == [
                m.span() for m in re.compile(slow).finditer(_EDGES, start)
            ]
