"""A name span read again, as a person's or as a thing's.

A person's: one to three capitalised words, perhaps two names joined by "and", cut first where
the model ran on past a word in lower case. Also the plural of a kind of person ("gods")."""

from __future__ import annotations

import dataclasses

from reader_app.core.name_context import part_of_name
from reader_app.core.name_forms import is_a_name_with_an_epithet
from reader_app.core.name_line_ups import (
    may_be_a_persons_name,
)
from reader_app.core.name_words import (
    people_rules,
)
from reader_app.core.ner.model import NameSpan


def as_thing(name: NameSpan) -> NameSpan:
    return dataclasses.replace(name, kind="MISC") if name.kind == "PER" else name


def plural_kind(word: str, kinds: frozenset[str]) -> bool:
    """ "gods", "goddesses", "brothers", "statesmen", "wives", "children": the plural of one
    of `kinds`."""
    return singular_kind(word, kinds) is not None


def singular_kind(word: str, kinds: frozenset[str]) -> str | None:
    """The one of `kinds` that `word` is the plural of, if any."""
    if word == "children":
        return "child" if "child" in kinds else None
    if not word.endswith(("s", "men")):
        return None
    candidates = [word[:-1]]
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("ves"):
        candidates.append(word[:-3] + "fe")
    if word.endswith("men"):
        candidates.append(word[:-3] + "man")
    return next((kind for kind in candidates if kind in kinds), None)


def as_person(name: NameSpan, text: str | None = None, *, after_a_kind: bool = False) -> NameSpan:
    """A name of one to three capitalised words (four with a particle among them: "Friedrich
    Georg Wilhelm von Struve"), with no institution's or country's word, read as a
    person's; so are such names joined by "and" or commas, which the model read as one ("the
    brother of Helblindi and Býleistr", "its forwards Jairzinho, Tostão and Pelé"). Given the `text`, a name the model ran on past a
    word in lower case is cut there first: "written by Freddie Mercury | for the album A
    Night"; after a kind of person, one word is enough before the cut ("the samurai
    Kikuchiyo | in Seven Samurai")."""
    if name.kind == "PER":
        return name
    if text is not None:
        if is_a_name_with_an_epithet(name.tokens):
            return dataclasses.replace(name, kind="PER")  # "the tsar Ivan the Terrible"
        name = _cut_at_lower_case(text, name, 1 if after_a_kind else 2)
    # (a list the model read as one, whose last name "and" joins: "Jairzinho, Tostão and
    # Pelé"; not "St. Augustine Shores, Florida")
    joins = ("and", ",") if "and" in name.tokens else ("and",)
    parts: list[list[str]] = [[]]
    for token in name.tokens:
        if token in joins:
            parts.append([])
        else:
            parts[-1].append(token)
    if all(part and may_be_a_persons_name(tuple(part)) for part in parts):
        return dataclasses.replace(name, kind="PER")
    return name


def _cut_at_lower_case(text: str, name: NameSpan, least: int) -> NameSpan:
    """The name up to its first word in lower case that is no particle and no "and", where
    `least` words or more come before it (one alone may be any capitalised word: "the
    character, Demographic composition")."""
    particles = people_rules()["particles"]
    cut = next(
        (
            at
            for at, token in enumerate(name.tokens)
            if at and token[:1].islower() and token != "and" and token not in particles
        ),
        None,
    )
    if cut is None or cut < least:
        return name
    part = part_of_name(text, name, 0, cut)
    return name if part is None else part
