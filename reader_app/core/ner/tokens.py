"""Word tokens with character offsets, split the way CoNLL-2003 splits them."""

from __future__ import annotations

import functools
import re
import unicodedata

from reader_app.core.resources import load_json

Token = tuple[str, int, int]


def _combining_marks() -> str:
    """A character class of the combining marks that are no word characters to `re`: the
    tones and dots of "Ayọ̀bámi Adébáyọ̀", an accent typed apart ("e" and U+0301, as macOS
    writes file names and some editors write text), the vowel signs of Devanagari."""
    ranges: list[tuple[int, int]] = []
    for first, stop in ((0x0300, 0x3100), (0xA600, 0xAC00), (0xFB1E, 0xFE30)):
        for code in range(first, stop):
            character = chr(code)
            if unicodedata.category(character)[0] == "M" and not character.isalnum():
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
    return "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]"


_MARKS = _combining_marks()
# Letters, and the marks that combine with them, inside one word.
_LETTERS = rf"[^\W\d_]+(?:{_MARKS}+[^\W\d_]*)*"
_LETTERS_OR_DIGITS = rf"[^\W_]+(?:{_MARKS}+[^\W_]*)*"

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])"  # U.S. and e.g.
    # degrees: Ph.D., D.Phil., B.Sc., LL.M. ("Ph" and "Phil" had been read as names)
    r"|(?:Ph|Ed|Psy|Th|Pharm|LL|[BDM])\.(?:D|Phil|Sc|Litt?|Ed|Min|Div|[BM])\.(?![A-Za-z])"
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial, as in "Samuel F. Miller"
    # and before a particle, "F. W. de Klerk"; but "M. de Lafayette" is Monsieur
    r"|[A-LN-Z]\.(?=\s+(?:de|da|di|du|van|von|der|den|del|ter|bin|ibn)\s+[A-Z])"
    r"|\d+(?:[.,:/\-]\d+)*"  # numbers, dates, times
    r"|[dD]e['’](?=\s)"  # Italian's elided "de'", one particle: "Cosimo de' Medici"
    rf"|{_LETTERS}(?:-{_LETTERS_OR_DIGITS})*(?:['’](?![sS]\b){_LETTERS})*"  # words, O'Neill
    r"|['’][sS]\b"  # possessive 's, its own token as in CoNLL
    r"|\S"
)


@functools.cache
def abbreviations() -> frozenset[str]:
    """Words written with a period that ends no sentence ("Mr", "Maj"), in lower case."""
    data = load_json("segmentation.json")
    return frozenset(data["never_final"]) | frozenset(data["abbreviations"])


@functools.cache
def never_final() -> frozenset[str]:
    """Abbreviations that never end a sentence (titles, "e.g."), in lower case."""
    return frozenset(load_json("segmentation.json")["never_final"])


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end] as (token, start, end); "Mr." keeps its period."""
    stop = len(text) if end is None else end
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]
    stops = [i for i, token in enumerate(tokens) if token[0] == "."]
    if not stops:
        return tokens
    shortened = abbreviations()
    for index in reversed(stops):
        if index == 0:
            continue
        previous, previous_start, previous_end = tokens[index - 1]
        if previous_end == tokens[index][1] and previous.lower() in shortened:
            if index == len(tokens) - 1 and previous.lower() in never_final():
                continue  # a title ends no sentence: the period of "met Hun Sen." is its stop
            tokens[index - 1 : index + 1] = [(previous + ".", previous_start, tokens[index][2])]
    return tokens
