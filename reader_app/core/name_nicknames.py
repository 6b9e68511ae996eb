"""Nicknames inside a person's name, in quotes or in parentheses, which the model reads as
breaking the name in pieces: the whole is one person's name ('Dwayne "The Rock" Johnson',
"James Leander (Leo) Nichols")."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from reader_app.core.countries import code_for
from reader_app.core.name_words import is_given_name, is_given_name_no_particle, people_rules
from reader_app.core.ner.model import NameSpan
from reader_app.core.ner.tokens import tokenize


def without_nicknames(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
    """The names with a nickname in quotes inside a person's name read as one name: the
    model reads "Robert | "3D" | Del Naja" and "Grant | "Daddy G" Marshall" in pieces."""
    result: list[NameSpan] = []
    covered = -1
    for name in names:
        if name.start < covered:
            continue  # a piece of the nicknamed name just joined
        nicknamed = (
            _nicknamed().match(text, name.start)
            if name.kind == "PER"
            and _QUOTE.search(text, name.start, name.start + 40)  # a cheap test first
            and is_given_name(name.tokens[0])
            else None
        )
        if nicknamed is None and name.kind == "PER" and text.startswith(" (", name.end):
            nicknamed = _nicknamed_in_parentheses(text, name)
        if nicknamed is None:
            result.append(name)
            continue
        tokens = [t for t, _, _ in tokenize(text, *nicknamed.span(1))]
        tokens += [t for t, _, _ in tokenize(text, *nicknamed.span(2))]
        result.append(NameSpan("PER", nicknamed.start(), nicknamed.end(), tuple(tokens)))
        covered = nicknamed.end()
    return result


_QUOTE = re.compile(r"[\"“]")


@functools.cache
def _nicknamed() -> re.Pattern[str]:
    """A given name (or two), a nickname in quotes, and a surname, perhaps after particles:
    'Dwayne "The Rock" Johnson', 'Robert "3D" Del Naja'."""
    particles = "|".join(sorted(people_rules()["particles"]))
    return re.compile(
        # (the nickname has a letter or a digit: not 'Johnny Rook ", " Elvis' of a list)
        r"([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?)[^\S\n]+[\"“]"
        r"(?=[^\"“”\n]{1,30}[\"”])[^\"“”\n\w]*\w[^\"“”\n]*[\"”][^\S\n]+"
        rf"((?:(?:{particles})[^\S\n]+)*[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?)"
    )


def _nicknamed_in_parentheses(text: str, name: NameSpan) -> re.Match[str] | None:
    """A person's given names (or initials), a given name or initials in parentheses, and the
    surname: "James Leander (Leo) Nichols", "E.F. (Fritz) Schumacher", "Alan John Percivale
    (A.J.P.) Taylor"; not a country's name nor its initials, "Mark Woodforde (Australia) Todd
    Woodbridge", "Alex O'Brien (U.S.) Karim Alami"."""
    match = _parenthesised().match(text, name.start)
    if match is None or not (is_given_name(name.tokens[0]) or _INITIALS.fullmatch(name.tokens[0])):
        return None
    inside = text[match.end(1) : match.start(2)].strip().strip("()")
    if code_for(inside):
        return None  # a player's country in a draw: "Alex O'Brien (U.S.) Karim Alami"
    if _INITIALS.fullmatch(inside) or (is_given_name_no_particle(inside) and inside[1:].islower()):
        return match
    return None


_INITIALS = re.compile(r"(?:[A-Z]\.[^\S\n]?){1,4}")


@functools.cache
def _parenthesised() -> re.Pattern[str]:
    """Up to three capitalised words (group 1), a word or initials in parentheses, and a
    surname, perhaps after particles (group 2), as _nicknamed() groups them."""
    particles = "|".join(sorted(people_rules()["particles"]))
    return re.compile(
        r"([A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,2})[^\S\n]+(?=\()"
        r"\([A-Z][\w.]*(?:[^\S\n][A-Z]\.)*\)[^\S\n]+"
        # (the surname ends the name: not "Michael Joyce (Leo) Michael | Tebbutt")
        rf"((?:(?:{particles})[^\S\n]+)*[A-Z][\w'’-]+)\b(?![^\S\n]+[A-Z])"
    )
