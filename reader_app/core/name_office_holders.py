"""An office and the person holding its post, read by the model as one place or organisation,
parted before people are grouped ("Minister of Foreign Affairs | Ali Alatas"); and a party and
its leader, after "of" ("National Party of | F. W. de Klerk")."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from reader_app.core.countries import code_for
from reader_app.core.name_forms import POSSESSIVES
from reader_app.core.name_words import (
    OFFICES,
    RULERS,
    in_lists,
    is_common_word,
    is_given_name,
    is_initial,
    is_institution_word,
    is_title_case,
    people_rules,
    without_accents,
)
from reader_app.core.ner.clusters import lower_case_cluster_words
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.ner.tokens import tokenize


def with_the_office_holder_apart(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
    """The names, an office or a team and the person holding its post that the model read as
    one place or organisation parted: "Minister of Foreign Affairs | Ali Alatas", "European
    Commissioner | Anita Gradin", "ZIFA vice-chairman | Vincent Pamire", "Baltimore 's |
    Eddie Murray" (the rest keeps the span's kind). The person is two or three capitalised words
    ending the span, no everyday word, institution's word or country among them: not
    "Secretary of State for Northern Ireland", "Moody 's Investors Service"."""
    result: list[NameSpan] = []
    for name in names:
        led = (_led_by(name.tokens) or _credited_by(name.tokens)) if len(name.tokens) >= 4 else None
        if led is not None:
            found = tokenize(text, name.start, name.end)
            if [token for token, _, _ in found] == list(name.tokens):
                of, leader = led
                # (whatever the model read the whole as: "Inkatha Freedom Party of Mangosuthu
                # Buthelezi" as a person)
                result.append(NameSpan("ORG", name.start, found[of - 1][2], name.tokens[:of]))
                result.append(NameSpan("PER", found[leader][1], name.end, name.tokens[leader:]))
                continue
        if name.kind == "PER" and (place := _a_place_of_an_office_opening(text, name)):
            found = tokenize(text, name.start, name.end)
            if [token for token, _, _ in found] == list(name.tokens):
                # "the mayor of West Berlin | Ernst Reuter", read as one person
                result.append(NameSpan("LOC", name.start, found[place - 1][2], name.tokens[:place]))
                result.append(NameSpan("PER", found[place][1], name.end, name.tokens[place:]))
                continue
        at = _holder_at(name) if name.kind != "PER" and len(name.tokens) >= 3 else 0
        found = tokenize(text, name.start, name.end) if at else []
        if not at or [token for token, _, _ in found] != list(name.tokens):
            result.append(name)  # no holder, or no offsets for the parts
            continue
        result.append(NameSpan(name.kind, name.start, found[at - 1][2], name.tokens[:at]))
        result.append(NameSpan("PER", found[at][1], name.end, name.tokens[at:]))
    return result


def _a_place_of_an_office_opening(text: str, name: NameSpan) -> int:
    """How many words of a person's name, right after an office and "of", name the place the
    office is of, before a given name and a surname: 2 in "the mayor of | West Berlin Ernst
    Reuter"; 0 where none do."""
    tokens = name.tokens
    if (
        len(tokens) < 3
        or _AN_OFFICE_OF_BEFORE.search(text, max(0, name.start - 30), name.start) is None
    ):
        return 0
    lists = gazetteer()
    for words in (1, 2):
        place, holder = tokens[:words], tokens[words:]
        city = place[-1].lower() in lists["city"] and (words == 1 or place[0] in _COMPASS)
        if (
            (city or " ".join(place).lower() in lists["place"] or code_for(" ".join(place)))
            and 2 <= len(holder) <= 3
            and is_given_name(holder[0])
            and all(is_title_case(word) for word in holder)
        ):
            return words
    return 0


_AN_OFFICE_OF_BEFORE = re.compile(
    rf"\b(?i:{'|'.join(sorted(OFFICES | RULERS))})[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$"
)
_COMPASS = frozenset({"North", "South", "East", "West"})


# A party's or a movement's word before "of" and its leader's name; in the training sets
# "Freedom Front of General Constand Viljoen", "the Awami League of Prime Minister Sheikh
# Hasina" (and "Party of Democratic Action", "Party of God", "League of Ireland", which name no
# one).
_LED_KINDS = frozenset({"party", "front", "movement", "alliance", "congress", "league"})


def leads_the_party(owner: Sequence[str], party: Sequence[str]) -> bool:
    """Whether two or three capitalised words, no everyday or institution's word nor country,
    own a party's or a movement's name by a possessive: its leader ("Bakili Muluzi 's United
    Democratic Front"; not "Iraq 's Kurdistan Democratic Party")."""
    return (
        2 <= len(owner) <= 3
        and bool(party)
        and party[-1].lower() in _LED_KINDS
        and all(map(_may_name_a_leader, owner))
    )


def _may_name_a_leader(word: str) -> bool:
    """A word of a holder's name that the clusters' text never writes in lower case either: not
    "Unity" of "Italian Socialist Party of Proletarian Unity"."""
    return _may_name_the_holder(word) and word.lower() not in lower_case_cluster_words()


def _led_by(tokens: tuple[str, ...]) -> tuple[int, int] | None:
    """Where "of" and the leader's name stand in "<...Party> of <leader>", the leader being
    initials, particles and capitalised words no everyday or institution's word nor country
    (two words at least, or an initial and a word), perhaps after a title; or None."""
    for of in range(2, len(tokens) - 2):
        if tokens[of] != "of" or tokens[of - 1].lower() not in _LED_KINDS:
            continue
        leader = of + 1
        if tokens[leader].lower().rstrip(".") in _holders_titles():
            leader += 1  # "General Constand Viljoen"
        held = tokens[leader:]
        particles = people_rules()["particles"]
        core = [word for word in held if not is_initial(word) and word not in particles]
        if (
            2 <= len(held) <= 5
            and core
            and all(map(_may_name_a_leader, core))
            and (len(core) >= 2 or is_initial(held[0]))
        ):
            return of, leader
        return None
    return None


def _credited_by(tokens: tuple[str, ...]) -> tuple[int, int] | None:
    """Where "by" and a person's name stand in "<a work's title> by <a person>", read as one
    name: "When the Levee Breaks by Kansas Joe McCoy" (two to four capitalised words, a given
    name among them and a surname last); or None."""
    if "by" not in tokens[1:-2]:
        return None
    by = len(tokens) - 1 - tokens[::-1].index("by")
    held = tokens[by + 1 :]
    if (
        2 <= len(held) <= 4
        and all(is_title_case(word) for word in held)
        and any(is_given_name(word) for word in held[:-1])
        and without_accents(held[-1].lower()) in gazetteer()["surname"]
    ):
        return by, by + 1
    return None


def _holder_at(name: NameSpan) -> int:
    """Where the holder's name begins in the span, or 0."""
    tokens = name.tokens
    if len(tokens) >= 5 and tokens[1] == "of" and tokens[0].lower() in OFFICES:
        at = len(tokens) - 2  # "Minister of Finance Bill Birch": the department's words before
        return at if is_title_case(tokens[at - 1]) and _may_be_the_holder(tokens[at:]) else 0
    titles = _holders_titles()
    for at in range(len(tokens) - 2, 0, -1):
        before, held = tokens[at - 1], tokens[at:]
        if before in POSSESSIVES or before.lower().rstrip(".").rsplit("-", 1)[-1] in titles:
            # a given name opens the holder's: not "General Royal Marines"
            return at if _may_be_the_holder(held) and is_given_name(held[0]) else 0
    if len(tokens) < 3:
        return 0
    before, last = tokens[-2], tokens[-1]
    if (
        before.lower().rstrip(".") in _ONE_WORD_HOLDERS_POSTS
        and _may_name_the_holder(last)
        # a surname alone after a civil post, not a place's or a thing's word: "Parliament
        # Speaker Berri"; not "Supreme Allied Commander Europe", after a military post
        and not in_lists(last.lower(), ("city", "place", "loc", "everyday"))
        and not (last.endswith("s") and last.lower()[:-1] in lower_case_cluster_words())
    ):
        return len(tokens) - 1
    return 0


_ONE_WORD_HOLDERS_POSTS = OFFICES | {"speaker", "patriarch", "chairman"}


@functools.cache
def _holders_titles() -> frozenset[str]:
    """The titles a post's holder follows: not "St.", a title of places too ("St. Louis
    Rams"), nor a ruler's, which with a given name opens places named after royals ("Prince
    William Sound", "King George Island")."""
    return gazetteer()["title"] - {"st", "saint"} - RULERS


def _may_be_the_holder(words: Sequence[str]) -> bool:
    """Two or three words of a person's name; not a plural of an everyday word ("Marines")."""
    last = words[-1]
    return (
        2 <= len(words) <= 3
        and all(map(_may_name_the_holder, words))
        and not (last.endswith("s") and last.lower() in lower_case_cluster_words())
    )


def _may_name_the_holder(word: str) -> bool:
    """A capitalised word of a person's name after an office: no everyday word but a given
    name or a surname, no institution's word, no country's."""
    return (
        is_title_case(word)
        and word.replace("'", "").replace("-", "").isalpha()
        and not is_common_word(word)
        and not is_institution_word(word)
        and code_for(word) is None
    )
