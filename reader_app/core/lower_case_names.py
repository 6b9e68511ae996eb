"""People in text written in lower case that the model missed: a given name the lists know,
or an initial, followed by a word no list knows ("jack kemp", "klaus kinkel", "d. bicknell"),
and the unknown words that a results list ranks or a line-up numbers ("5. tegla loroupe")."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Sequence

from reader_app.core.countries import code_for
from reader_app.core.name_words import people_rules
from reader_app.core.ner.clusters import lower_case_cluster_words
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan

Span = tuple[int, int]

# A word of letters, with an apostrophe or a hyphen inside ("o'brien", "ata-ur-rehman").
_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*[a-z](?![\w'’-])")


@functools.cache
def _lists() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    """Given names (of the Census and of the training sets); those and the given names of
    other countries, which may open a name ("klaus", which the Census lacks) but are too many
    to tell a surname from a first name ("unsal" of "hakan unsal"); words that open no name
    (months, titles, which the census also lists as given names: "september", "prince");
    words that are no surname (everyday and common words, titles, months, places' and firms'
    kinds: "said", "park", "bank"); surnames."""
    lists = gazetteer()
    given = lists["given"] | lists["given_seen"]
    openings = given | lists["given_world"]
    no_opening = lists["month"] | lists["title"]
    no_surname = (
        lists["common"]
        | lists["everyday"]
        | lists["title"]
        | lists["month"]
        | lists["given_common"]
        | lists["loc"]
        | lists["org"]
    )
    return given, openings, no_opening, no_surname, lists["surname"]


def with_given_name_pairs(
    text: str, names: Sequence[NameSpan], main: Span | None = None
) -> list[NameSpan]:
    """The names, and a person for every given name, or initial, followed by an unknown word
    that no name covers, in text[main[0]:main[1]], and for two or three unknown words ranked
    or numbered in a list. The model, which saw little lower-case text in training, leaves
    many such people out; the pair alone is rarely anything else, but for a word that is a
    given name and an ordinary word too, which the text then mostly uses without the same
    word after it ("noble", "rich": "noble nicholas" in War and Peace)."""
    given, openings, no_opening, no_surname, surnames = _lists()
    common_given = gazetteer()["given_common"]
    lower_case_words = lower_case_cluster_words()
    low, high = main or (0, len(text))
    taken = sorted((name.start, name.end) for name in names)
    pairs: list[NameSpan] = []
    as_given: Counter[str] = Counter()  # how often each given name stands in the text
    previous = None

    def no_surname_here(surname: str, after_an_initial: bool = False) -> bool:
        return (
            len(surname) < 3
            or surname in no_surname
            # a word the clusters' text writes in lower case, and no surname ("hazel hue")
            or (surname in lower_case_words and surname not in surnames)
            # another given name, and no surname ("hang kitty", "marry julie")
            or (surname in given and surname not in surnames)
            # a verb's form ("charles ceded"); after an initial, verbs are rare and the
            # everyday list holds the common ones ("m. gatting")
            or (not after_an_initial and is_a_verbs_form(surname))
            or code_for(surname) is not None
        )

    found: list[NameSpan] = []  # the people found here
    claimed: list[Span] = []  # and their spans, sorted

    def untaken(start: int, end: int) -> bool:
        for spans in (taken, claimed):
            at = bisect.bisect_left(spans, (start, start))
            if any(a < end and start < b for a, b in spans[max(0, at - 1) : at + 1]):
                return False
        return True

    def claim(name: NameSpan) -> None:
        found.append(name)
        bisect.insort(claimed, (name.start, name.end))

    for word in _WORD.finditer(text, low, high):
        first, previous = previous, word
        if word.group() in openings:
            as_given[word.group()] += 1
        if first is None or first.end() + 1 != word.start() or text[first.end()] != " ":
            continue
        opening, surname = first.group(), word.group()
        end = word.end()
        if surname.endswith(("'s", "’s")):  # "jack kemp's"
            surname, end = surname[:-2], end - 2
        if (
            len(opening) < 3  # "un charter", "al"
            or (
                opening not in openings
                # a given name that is an everyday word too, after an office's title:
                # "president bill clinton" (not "the bill")
                and not (
                    opening in common_given
                    and _OFFICE_BEFORE.search(text, max(low, first.start() - 16), first.start())
                )
            )
            or opening in no_opening
            or no_surname_here(surname)
            or code_for(opening)  # "france", a given name too
            or code_for(f"{opening} {surname}")  # "hong kong"
        ):
            continue
        if untaken(first.start(), end):
            pairs.append(NameSpan("PER", first.start(), end, (opening, surname)))
    seen = Counter(pair.tokens for pair in pairs)
    for pair in pairs:
        if 2 * seen[pair.tokens] >= as_given[pair.tokens[0]]:
            claim(pair)
    # An initial and such a word: the players of a scorecard or a team's list ("d. bicknell
    # c russell b such"; "m. gatting, a. dale"), which the model reads only in capitals.
    for initial in _INITIAL_AND_WORD.finditer(text, low, high):
        surname, end = initial.group(2), initial.end()
        if surname.endswith(("'s", "’s")):  # "m. michaud's"
            surname, end = surname[:-2], end - 2
        if initial.group(1) == "v." and _WORD_AND_SPACE_BEFORE.search(
            text, max(0, initial.start() - 3), initial.start()
        ):
            continue  # versus, in a case's name: "roe v. wade"
        if not no_surname_here(surname, after_an_initial=True) and untaken(initial.start(), end):
            claim(NameSpan("PER", initial.start(), end, (initial.group(1), surname)))
    # A name of two or three such words that a results list ranks or a line-up numbers,
    # before a mark, a bracket or a figure: "5. tegla loroupe (kenya) 15:08.79", "4 - hakan
    # unsal (14 - sergen yalcin, 57th)".
    cities = gazetteer()["city"]
    particles = people_rules()["particles"]
    for listed in _RANKED_OR_NUMBERED_NAME.finditer(text, low, high):
        words = listed.group(1).split()
        if (
            no_surname_here(words[-1])
            or (words[0] in no_surname and words[0] not in openings)
            or any(w in cities or code_for(w) for w in words)
            or any(w in no_surname and w not in particles for w in words[1:-1])
            or not untaken(listed.start(1), listed.end(1))
        ):
            continue
        claim(NameSpan("PER", listed.start(1), listed.end(1), tuple(words)))
    return sorted([*names, *found], key=lambda name: name.start) if found else list(names)


def is_a_verbs_form(word: str) -> bool:
    """A word in lower case ending like a verb's form ("ceded", "jiggled"), unless a surname
    ("manning", "reed")."""
    return word.endswith(("ed", "ing")) and word not in gazetteer()["surname"]


# A rank ("5.") or a squad number and a dash ("4 -") at a line's start or after a mark or a
# dash ("turkey - 1 - rustu recber"), then two or three words, then a mark, a bracket, a
# figure or the line's end.
_RANKED_OR_NUMBERED_NAME = re.compile(
    r"(?:^|(?<=[,;(-]))[^\S\n]*(?:\d{1,3}\.|\d{1,2}[^\S\n]*-)[^\S\n]*"
    r"((?:[a-z][a-z'’-]*[^\S\n]+){1,2}[a-z][a-z'’-]*[a-z])"
    r"(?=[^\S\n]*(?:[,;()]|\d|$))",
    re.MULTILINE,
)


# An office's title right before a name, in lower case ("president", "prime minister").
_OFFICE_BEFORE = re.compile(
    r"\b(?:president|minister|premier|senator|governor|chancellor|secretary|chairman"
    r"|chairwoman|spokesman|spokeswoman|ambassador|mayor|coach)[^\S\n]$"
)


# One letter and a full stop, not after another ("u.s. navy"), a space, and a word.
_INITIAL_AND_WORD = re.compile(r"(?<![\w.'’-])([a-z]\.) ([a-z][a-z'’-]*[a-z])(?![\w'’-])")
_WORD_AND_SPACE_BEFORE = re.compile(r"[a-z]{2} $")
