"""How the names of a list after a word are read: as people after a credit, a relative or a
plural kind of person ("starring", "the son of", "gods such as"), as things after a plural
kind of thing ("albums such as") or food plants after "feed on"."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from reader_app.core.name_context import word_before
from reader_app.core.name_definitions import A_DEAD_PERSONS_OWN, OF_A_PERSON
from reader_app.core.name_reading import as_person, as_thing, plural_kind
from reader_app.core.name_words import is_given_name, people_rules
from reader_app.core.ner.model import NameSpan
from reader_app.core.segment import sentence_starters


def relabel_after(
    text: str, word: str, begin: int, kinds: frozenset[str]
) -> Callable[[NameSpan], NameSpan] | None:
    """How to read the names of a list after `word` (which starts at `begin`): as people, as
    things, or as the model read them (None). A kind right before the list is in lower case
    ("the daughters Constance and Eva"; not "Alexander Stephen & Sons, Linthouse"); before
    "such as" or "including" it may open a sentence ("Firms including Mobil")."""
    read_as_a_person = functools.partial(as_person, text=text)
    if word in _CREDITS:
        return read_as_a_person  # "starring Al Pacino and John Cazale", "married Atahualpa"
    if word in ("played", "plays", "playing") and (before := word_before(text, begin)) is not None:
        # a role after an actor: "Magali Noël played Gradisca, the beauty of the town" (in
        # the training sets 5 of the 6 names after "played" are people's, the sixth "soccer"),
        # or after actors in lower case: "with dancers playing Moctezuma and Hernán Cortés"
        actor = (
            word != "playing"
            and before[0][:1].isupper()
            and before[0].lower() not in sentence_starters()
        ) or plural_kind(before[0], kinds)
        return read_as_a_person if actor else None  # (not "His plays Blood Wedding, Yerma")
    if word in ("called", "named") and (kind := word_before(text, begin)) is not None:
        # a thing's name: "restaurants called L'Atelier", "a ship named Endeavour" (not "a
        # man called Ove")
        things = people_rules()["thing_kinds"]
        thing = kind[0] in things or plural_kind(kind[0], things)
        return as_thing if thing else None
    if word in ("member", "members"):
        # "the group's members Posdnuos, Trugoy and Maseo" (in the training sets 7 of 9 names
        # right after these words are people's; a country's name is never read so)
        return read_as_a_person
    if word == "them":
        # "in many films, among them Blade Runner": works of the kind before "among them"
        # and people after a kind of person's plural, one word or a given name and more:
        # "Its cartoonists, among them Cabu, Georges Wolinski" (in the written sets 66 of the
        # 76 names after "among them" are people's, the others after countries, languages or
        # peoples; the training sets have none), not "musicians, among them Ladysmith Black
        # Mambazo", a band
        among = word_before(text, begin)
        if among is None or among[0] != "among":
            return None
        if _kind_before_among(text, among[1], _LISTED_THINGS):
            return as_thing
        # (and a group's members: "Its members, among them Vienio and Pelson")
        if _kind_before_among(text, among[1], kinds | {"member"}):
            return functools.partial(_as_a_person_if_one_word_or_a_given_name_opens, text=text)
        return None
    if word in _LINKS:
        before = word_before(text, begin)
        if before is None:
            return None
        previous, begin = before
        previous = previous.rstrip(",").lower()
        if word in _INCLUDE and (
            of_in_the_subject := _OF_IN_THE_SUBJECT.search(text, max(0, begin - 60), begin)
        ):
            head = word_before(text, of_in_the_subject.start())
            if head is None or not plural_kind(head[0].lower(), _LISTED_THINGS):
                # the kind is not what includes them: "Members of his bands included" (but
                # "His books of poems include Gypsy Ballads")
                return None
        if word == "by" and previous.endswith("ly") and (earlier := word_before(text, begin)):
            previous = earlier[0].rstrip(",").lower()  # "written mostly by", "jointly by"
        if word == "by":
            credits = previous in _CREDITED_BY or previous in _WORKS_BY
            if previous == "designed":
                # a given name and more: "designed by Klaus-Jürgen Wrede" (in the training
                # sets 8 of 11 names after "designed by" are tagged as people's, and 2 of the
                # other 3 are people's too; the eleventh is "PLH Architects")
                return functools.partial(_as_a_person_if_a_given_name_opens, text=text)
            return read_as_a_person if credits else None
        if word == "of":
            if previous in _MADE_OF:
                # "The band consists of Jin, Suga, J-Hope, RM..." (not "the archipelago
                # consists of Malta, Gozo and Comino")
                subject = word_before(text, begin)
                group = subject is not None and subject[0].lower() in _GROUPS_OF_PEOPLE
                return read_as_a_person if group else None
            if previous == "orders":
                # an order given: "murdered on the orders of Stalin" (in the written sets the
                # 11 names so placed are people's); not the orders worn: "wearing the orders of
                # Vladímir and Anna"
                given = _ON_THE_BEFORE.search(text, max(0, begin - 12), begin)
                return read_as_a_person if given else None
            if previous in A_DEAD_PERSONS_OWN:
                the = word_before(text, begin)
                return read_as_a_person if the is not None and the[0].lower() == "the" else None
            return read_as_a_person if previous in OF_A_PERSON else None
        if word == "to":
            # "married to", and a helper's or a teacher's work for someone: "an assistant to
            # Eikoh Hosoe", "tutor to Prince Chichibu" (in the training sets 6 of the 8 names
            # after these are people's, a seventh a person WikiANN's machine tagged otherwise)
            people = previous in ("married", "attributed") or previous in _HELPERS_TO
            return read_as_a_person if people else None
        if previous in _GROUPS_OF_PEOPLE and (
            word in ("were", "are") or (word in _INCLUDE and previous in _CASTS_AND_BANDS)
        ):
            # a group's members: "The group were Ice Cube, Dr. Dre, Eazy-E, MC Ren and DJ
            # Yella", "The cast includes Indrajith Sukumaran" (not "the group includes Jaguar")
            return read_as_a_person
        if word == "on":
            # food plants: "The larvae feed on Crassocephalum and other plants"
            return as_thing if previous in _FEEDING else None
        if word == "as":
            if previous in ("sold", "marketed", "branded"):
                return as_thing  # "Its cars were later sold as Mercedes"
            if previous != "such":
                # a role: "It stars Giulietta Masina as Gelsomina"
                role = _CAST_BEFORE.search(text, max(0, begin - 240), begin)
                return read_as_a_person if role else None
            before = word_before(text, begin)
            if before is None:
                return None
            previous = before[0].rstrip(",").lower()
            if previous in kinds:
                # one of a kind: "a Greek god such as Apollo or Athena"
                return read_as_a_person
        word = previous
    elif not word.islower():
        return None
    if plural_kind(word, kinds):
        return read_as_a_person
    if plural_kind(word, _LISTED_THINGS):
        return as_thing  # "albums such as Pablo Honey and Kid A"
    return None


def _as_a_person_if_one_word_or_a_given_name_opens(name: NameSpan, text: str) -> NameSpan:
    """A name of one word, or one that a given name opens, as a person's."""
    return (
        as_person(name, text)
        if len(name.tokens) == 1
        else _as_a_person_if_a_given_name_opens(name, text)
    )


def _as_a_person_if_a_given_name_opens(name: NameSpan, text: str) -> NameSpan:
    """A name of two words or more that a given name opens, as a person's."""
    if len(name.tokens) > 1 and is_given_name(name.tokens[0]):
        return as_person(name, text)
    return name


# Words that credit people with a work: "starring Al Pacino and John Cazale", "directed by
# Sidney Lumet" (not "produced by", which companies are too), name a spouse, or a team-mate
# ("played alongside Jairzinho, Tostão and Gérson").
_CREDITS = frozenset({"starring", "co-starring", "featuring", "married", "alongside"})


# A cast's verb and an actor's name, before "as" and the role: "stars Giulietta Masina as",
# "features Maria Callas as Tosca and Tito Gobbi as".
_CAPITALISED_WORDS = r"(?:[A-Z][\w'’.-]*[^\S\n]+){1,4}"
_ON_THE_BEFORE = re.compile(r"\b(?:on|under|at|by)[^\S\n]+(?:the[^\S\n]+)?$")
_CAST_BEFORE = re.compile(
    r"\b(?:stars|starred|starring|co-stars|co-starred|co-starring|plays|played|playing"
    r"|features|featured|featuring|casts|cast|voices|voiced)[^\S\n]+"
    rf"(?:{_CAPITALISED_WORDS}as[^\S\n]+[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){{0,3}}[^\S\n]*"
    r"(?:,[^\S\n]*(?:and[^\S\n]+)?|and[^\S\n]+))*"
    rf"{_CAPITALISED_WORDS}$"
)


# (In the training sets every name after "coached by", "ridden by", "voiced by"... is a
# person's, 26 of them, but for two demonyms before one; and the five after "played by"; and
# 12 of the 17 after "led by", the others a country, a demonym and acronyms, which no person's
# name is read as.)
_CREDITED_BY = frozenset(
    "directed written co-written composed painted narrated illustrated sculpted "
    "choreographed coached trained ridden captained edited invented photographed penned "
    "portrayed voiced authored played led".split()
)


# Works before "by", which names their makers: "works by Leonardo da Vinci, Rembrandt and
# Henri Matisse", "a novel by Boileau-Narcejac" (the training sets' ten names after such
# plurals are all people's, and the two after such a singular; not songs nor music, which a
# band makes, nor "play", a verb too).
_WORKS_BY = frozenset(
    "works paintings drawings sculptures etchings portraits poems novels plays compositions "
    "designs painting drawing sculpture etching portrait poem novel novella book "
    "memoir".split()
)


# Helpers and teachers "to" someone: "an assistant to Eikoh Hosoe".
_HELPERS_TO = frozenset(
    "assistant assistants adviser advisers advisor advisors apprentice tutor aide aides "
    "physician chaplain".split()
)


_MADE_OF = frozenset({"consists", "consisted", "consisting", "composed", "comprised"})
_GROUPS_OF_PEOPLE = frozenset(
    "band group duo trio quartet quintet line-up lineup cast crew squad team".split()
)
_CASTS_AND_BANDS = frozenset("band cast crew line-up lineup".split())


def _kind_before_among(text: str, among: int, kinds: frozenset[str]) -> bool:
    """Whether the plural of one of `kinds` comes before "among them" at `among`, right before
    or before the people the things are with or by: "in many films, among them", "four films
    with Gene Wilder, among them Silver Streak"."""
    before = word_before(text, among)
    for _ in range(6):
        if before is None:
            return False
        word = before[0].rstrip(",")
        if plural_kind(word.lower(), kinds):
            return True
        if word and not (word[:1].isupper() or word in ("with", "by", "of", "and")):
            return False
        before = word_before(text, before[1])
    return False


# Words between a kind and a list of names: "gods, such as", "composers including",
# "directed by", "the son of", "married to", "feed on", "His novels include", "Its brands
# include", "Its midfielders were".
_LINKS = frozenset(
    {"as", "including", "include", "includes", "included", "like", "namely", "by", "of", "to"}
    | {"on", "were", "are"}
)
_FEEDING = frozenset({"feed", "feeds", "fed", "feeding"})
_INCLUDE = frozenset({"include", "includes", "included"})
# "of" in the clause before a kind: "Members of his bands | included J. J. Johnson".
_OF_IN_THE_SUBJECT = re.compile(r"\bof\b[^.!?;:\n]*$")


# Kinds of things whose plural opens a list of their names; not "publishers" (people too)
# nor "plays" (a verb too).
_LISTED_THINGS = frozenset(
    "film movie album song novel book poem painting opera musical game ship company firm "
    "brand store newspaper magazine journal band label team club"
    # and living things: "conifers such as Podocarpus"
    " plant tree conifer shrub flower crop genus animal bird fish insect moth butterfly"
    # and bodies of the sky and the land, named after gods and heroes: "the constellations
    # Cepheus and Cygnus", "the moons Phobos and Deimos"
    " constellation galaxy planet moon asteroid comet river lake volcano"
    # and lands set aside: "reservations such as Pine Ridge"; and spa towns: "its spas, among
    # them Muszyna and Piwniczna"
    " reservation spa".split()
)
