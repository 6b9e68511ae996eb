"""What the text around a name says of it: a kind of person or of thing before it, a list it
stands in, a definition after it, quotation marks, a date, a church's or a town's saint."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence

from reader_app.core.countries import code_for
from reader_app.core.name_words import (
    KOREAN_GIVEN_NAME,
    OFFICES,
    WORD_LISTS,
    given_names,
    in_lists,
    is_given_name,
    is_given_name_and_surname,
    is_initial,
    is_institution_word,
    is_title_case,
    name_start_words,
    opens_with_a_given_name,
    people_rules,
    without_accents,
    without_letters_after,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.ner.tokens import tokenize

_LIST_JOIN = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)")


def _listed_with(text: str, names: Sequence[NameSpan], number: int) -> list[NameSpan]:
    """The names right before and after `names[number]` in a list ("A, B and C")."""
    neighbours = []
    if number > 0:
        before = names[number - 1]
        if _LIST_JOIN.fullmatch(text, before.end, names[number].start):
            neighbours.append(before)
    if number + 1 < len(names):
        after = names[number + 1]
        if _LIST_JOIN.fullmatch(text, names[number].end, after.start):
            neighbours.append(after)
    return neighbours


def _whole_list(text: str, names: Sequence[NameSpan], number: int) -> list[NameSpan]:
    """All the names of the list ("A, B, C and D") that `names[number]` stands in."""
    name = names[number]
    after = text[name.end : name.end + 8].lstrip()
    before = text[max(0, name.start - 8) : name.start].rstrip()
    if not (after.startswith((",", "and", "or")) or before.endswith((",", "and", "or"))):
        return [name]  # most names stand in no list; the test is cheaper than the pattern
    first = last = number
    while first > 0 and _LIST_JOIN.fullmatch(text, names[first - 1].end, names[first].start):
        first -= 1
    while last + 1 < len(names) and _LIST_JOIN.fullmatch(
        text, names[last].end, names[last + 1].start
    ):
        last += 1
    return list(names[first : last + 1])


def _mostly_people(listed: Sequence[NameSpan]) -> bool:
    """A list of three names or more, more than half of them read as people."""
    return len(listed) >= 3 and 2 * sum(n.kind == "PER" for n in listed) > len(listed)


def listed_among_people(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """A name of two or three capitalised words listed beside people only, and no
    institution's or country's: a person ("Lino Lacedelli and Achille Compagnoni", where the
    model read the second as an organisation)."""
    tokens = names[number].tokens
    if not 2 <= len(tokens) <= 3 or not all(is_title_case(t) for t in tokens):
        return False
    if any(is_institution_word(t) or code_for(t) for t in tokens):
        return False
    first, last = tokens[0].lower(), tokens[-1].lower()
    plural = last.endswith("s") and not last.endswith(("us", "ss", "is"))
    if (
        (plural and last not in gazetteer()["surname"])
        or in_lists(last, WORD_LISTS)
        or in_lists(first, WORD_LISTS)
    ):
        return False  # "Chicago Cubs", "London Newsroom", "Penn State" (not "Diane Arbus")
    return listed_beside_people_only(text, names, number)


def listed_beside_people_only(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """Whether the name `names[number]` stands in a list ("A, B and C") whose other names
    next to it are all people's full names, as the model read them."""
    neighbours = _listed_with(text, names, number)
    return bool(neighbours) and all(
        n.kind == "PER" and len(n.tokens) > 1 and n.tokens[0][:1].isupper() for n in neighbours
    )


def listed_among_places(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """Whether the name `names[number]` stands in a list ("A, B and C") whose other names
    next to it are all places: then it is a place too. A given name needs places on both
    sides ("Eisenschiml, Otto" is a person, as a bibliography writes him); so is a name between
    two places or organisations; but not in a list that is mostly people."""
    neighbours = _listed_with(text, names, number)
    if not neighbours or _mostly_people(_whole_list(text, names, number)):
        return False
    if len(neighbours) < 2 and is_given_name(names[number].tokens[0]):
        return False
    if all(n.kind == "LOC" for n in neighbours):
        return True
    return _between_places(neighbours)  # "beat Everton, Chelsea and Liverpool"


def listed_between_places(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """Whether the name `names[number]` stands in a list between two places or organisations
    ("Barcelona, AC Milan, Paris Saint-Germain, Manchester United and LA Galaxy")."""
    return _between_places(_listed_with(text, names, number))


def _between_places(neighbours: Sequence[NameSpan]) -> bool:
    return len(neighbours) == 2 and all(n.kind in ("LOC", "ORG") for n in neighbours)


# A plural kind of place (or of its people) before a list of their names: "the villages of
# Bobrowa, Góra Motyczna and Zasów", "It borders the gminas of Czarna, Dębica and Ropczyce",
# "the villagers of Champaner".
_PLACE_KINDS = frozenset(
    "villages towns cities municipalities communes parishes settlements hamlets districts "
    "counties provinces regions gminas suburbs neighbourhoods neighborhoods islands rivers "
    "lakes mountains valleys states localities boroughs townships villagers inhabitants "
    "residents citizens townspeople townsfolk natives".split()
)


_PLACE_LINKS = frozenset("of including are were is was as".split())


def _after_kind_of_places(text: str, start: int) -> bool:
    """Whether a plural kind of place, perhaps with "of", "such as" or "the", comes right
    before `start` on its line."""
    before = text[max(0, start - 40) : start]
    if not before[-1:].isspace() or before[-1:] == "\n":
        return False
    words = before[before.rfind("\n") + 1 :].split()
    if words[-1:] == ["the"]:
        words.pop()
    if words and words[-1] in _PLACE_LINKS:
        if words[-1] == "as" and words[-2:-1] == ["such"]:
            words.pop()
        words.pop()
    return bool(words) and words[-1] in _PLACE_KINDS


def listed_after_places(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """Whether the name `names[number]` stands in a list that a plural kind of place opens,
    or is one word right after such a kind."""
    first = number
    while first > 0 and _LIST_JOIN.fullmatch(text, names[first - 1].end, names[first].start):
        first -= 1
    if (
        first == number
        and len(names[number].tokens) > 1
        and not (
            number + 1 < len(names)
            and _LIST_JOIN.fullmatch(text, names[number].end, names[number + 1].start)
        )
    ):
        return False  # no list, and a full name: "the towns of the Archduchy" is one word
    return _after_kind_of_places(text, names[first].start)


_WORD_BEFORE = re.compile(r"([\w.]+)\s+$")


def after_title(text: str, start: int) -> bool:
    """Whether a title or an honorific comes right before `start`: "Mr." in "Mr. Bingley"."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).lower().rstrip(".") in gazetteer()["title"]


_NOT_NAME_ENDINGS_BEFORE = ("ing", "ly", "ed", "upon")


# Codes in capitals written before people's names: positions in a squad's list, "MP",
# "DJ", and the agency of a photograph's credit; not "JP Morgan Chase".
_CODES_BEFORE_NAMES = frozenset(
    "GK DF MF FW CB LB RB LWB RWB DM CM AM LM RM LW RW CF ST SS QB WR TE OL DL DE DT OLB ILB "
    "FS PG SG SF PF MP MEP MSP DJ MC NASA AP AFP".split()
)


def without_a_code(text: str, name: NameSpan) -> NameSpan:
    """A person's name without the short code in capitals the model read with it, where a
    given name follows the code: "DF Philipp Lahm", "FW Thomas Müller" in a squad's list; after
    a squad's position any name will do, and a country in brackets after it is not part of it
    ("DF Ugo Ehiogu", "FW Dwight Yorke (Trinidad and Tobago)")."""
    tokens = name.tokens[: name.tokens.index("(")] if "(" in name.tokens else name.tokens
    squad = bool(tokens) and tokens[0] in _SQUAD_POSITIONS
    if (
        len(tokens) < 3
        or tokens[0] not in _CODES_BEFORE_NAMES
        or not (squad or opens_with_a_given_name(list(tokens[1:])))
        or not all(is_title_case(t) or is_initial(t) for t in tokens[1:])
        or (len(tokens) == 3 and not squad and not is_given_name_and_surname(tokens[1:]))
        or (not squad and tokens[-1].endswith("s"))
    ):
        return name  # not "LSU Tigers", "UCF Golden Knights"
    found = tokenize(text, name.start, name.end)[: len(tokens)]
    if [token for token, _, _ in found] != list(tokens):
        return name
    return NameSpan("PER", found[1][1], found[-1][2], tokens[1:])


_SQUAD_POSITIONS = frozenset({"GK", "DF", "MF", "FW"})


def with_unknown_word_before(
    text: str, name: NameSpan, named_alone: frozenset[str] = frozenset()
) -> NameSpan:
    """A person's name with the capitalised word right before it that no word list knows,
    which the model left out: "Shahrukh" of "Shahrukh Khan is an Indian actor"; or a word
    beyond ASCII that is no one's name alone here (`named_alone`): "César Luis Menotti",
    "Arsène Wenger", not "On seeing Natásha Pierre grew animated"."""
    start = name.start
    if (
        name.kind != "PER"
        or not name.tokens[0][:1].isupper()
        or text[start - 1 : start] != " "
        or not ("a" <= text[start - 2 : start - 1] <= "z")  # the end of a word such as "Khan"
    ):
        return name
    before = _word_before(text, start)
    if before is None:
        return name
    word, word_start = before
    if (
        not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower())
        or not (word.isascii() or word not in named_alone)
        or word_start + len(word) != start - 1  # more than one space between them
    ):
        return name
    previous = _word_before(text, word_start)
    if (
        previous is not None
        and previous[0][:1].isupper()
        and previous[0].replace("'", "").replace("’", "").replace("-", "").isalnum()
    ):
        return name  # a run of names: "Mark Knowles Daniel Nestor", as a table lists pairs
    lower = word.lower()
    if (
        in_lists(lower, (*WORD_LISTS, "title", "month", "org", "language"))
        or is_institution_word(word)
        or code_for(word)
        or lower in name_start_words()
        or lower in people_rules()["person_kinds"]
        # "Disregarding Napoleon", "Whereupon Stubb": a sentence's first word, no name
        or (
            lower.endswith(_NOT_NAME_ENDINGS_BEFORE) and without_accents(lower) not in given_names()
        )
    ):
        return name
    return NameSpan("PER", word_start, name.end, (word, *name.tokens))


def with_a_surname_after(text: str, name: NameSpan) -> NameSpan:
    """A given name alone with the surname after it that the model left out because the word
    is a month's or a verb's too (`surnames_left_out`): "Brian | May recorded", "Theresa |
    May said", "George | Will wrote"."""
    if len(name.tokens) != 1 or not is_given_name(name.tokens[0]):
        return name
    after = _SURNAME_AFTER.match(text, name.end)
    if after is None or after.group(1).lower() not in people_rules()["surnames_left_out"]:
        return name
    return NameSpan("PER", name.start, after.end(1), (*name.tokens, after.group(1)))


# One space, a capitalised word, then no other capitalised word: "Brian May recorded".
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?![^\S\n]+[A-Z])")


_OPENING_NAME = re.compile(
    r"[^\S\n]*([A-Z][\w'’-]*(?:[^\S\n]+(?:(?:da|de|do|dos|del|di|du|van|von|der|bin|ibn|wa|ben)"
    r"[^\S\n]+)?[A-Z][\w'’-]*){0,3})"
)


def with_subject_defined_as_a_person(
    text: str, names: list[NameSpan], within: tuple[int, int]
) -> list[NameSpan]:
    """The names, and the person an article opens by defining, where the model did not read
    one: "Achilles was a hero of the Trojan War", "Thor is a hammer-wielding god". Only the
    first line of the text, or a line just after it (a title's), is such an opening."""
    start, end = within
    line_starts = [at + 1 for at in range(start, min(end, start + 200)) if text[at] == "\n"]
    openings = [start, *line_starts[:2]]
    for opening in openings:
        found = _OPENING_NAME.match(text, opening, end)
        if found is None:
            continue
        words = tokenize(text, found.start(1), found.end(1))
        tokens = tuple(word for word, _, _ in words)
        particles = people_rules()["particles"]
        # A Korean surname may be an English word before a hyphenated given name: "Son
        # Heung-min", "Moon Jae-in".
        korean = len(tokens) == 2 and bool(KOREAN_GIVEN_NAME.fullmatch(tokens[1]))
        if not tokens or any(
            not (t[:1].isupper() and t[1:].islower())
            or (in_lists(t.lower(), ("common", "everyday")) and not (korean and at == 0))
            or is_institution_word(t)
            or code_for(t)
            for at, t in enumerate(tokens)
            if t not in particles
        ):
            continue
        definition = _DEFINITION.match(text, found.end(1))
        if definition is None or definition.group(1) not in people_rules()["person_kinds"]:
            continue
        name_start, name_end = found.start(1), found.end(1)
        overlapping = [n for n in names if n.start < name_end and name_start < n.end]
        if any(n.kind == "PER" for n in overlapping):
            continue
        subject = NameSpan("PER", name_start, name_end, tokens)
        return sorted([n for n in names if n not in overlapping] + [subject], key=lambda n: n.start)
    return names


def read_as_people(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """The names, with those the model read as a place or an organisation after a kind of
    person or a relative read as people ("the goddess Sif", "the poet Homer", "his wife
    Mary"; not "its owner Disney"), and so every name of a list that a plural kind opens
    ("the ancient gods, such as Zeus, Hera, Poseidon and Athena") or that credits people
    ("directed by", "starring", "the son of"); and the names of a list that a plural kind
    of thing opens are things."""
    kinds = _kinds_before_a_person()
    # Their plurals open lists of people, but for those whose plural names teams as often.
    kinds_of_lists = kinds - _KINDS_OF_TEAMS_TOO
    result = list(names)
    read_as_a_person: set[tuple[str, ...]] | None = None  # gathered only if a list asks
    for number, name in enumerate(names):
        if name.kind != "PER" and _one_word_among_people(text, names, number):
            if read_as_a_person is None:
                read_as_a_person = {n.tokens for n in names if n.kind == "PER"}
            if name.tokens in read_as_a_person:
                result[number] = _as_person(name)
    result = [_after_a_kind_inside(text, name, kinds) for name in result]
    at = 0
    while at < len(result):
        before = _word_before(text, result[at].start)
        relabel = None
        if before is not None:
            word, begin = before
            after_comma, label = word.endswith(","), word.endswith(":")
            word = word.rstrip(",:")  # "his father, Leopold Mozart,", "Head coach: César Farías"
            if label:
                word = word.lower()  # a label: "Manager: Arsène Wenger"
            if word in kinds or (after_comma and word.lower() in gazetteer()["title"]):
                # "the poet Homer"; "Malaysia's Prime Minister, Najib Razak said"
                result[at] = _as_person(result[at], text)
            else:
                relabel = _relabel_after(text, word, begin, kinds_of_lists)
        while relabel is not None:
            result[at] = relabel(result[at])
            if at + 1 == len(result) or not _LIST_JOIN.fullmatch(
                text, result[at].end, result[at + 1].start
            ):
                break
            at += 1
        at += 1
    return result


def _one_word_among_people(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """One capitalised word that the model read as a place or an organisation, in a list of
    three or more that is mostly people: a person (in Les Misérables, "Enjolras, Combeferre,
    Courfeyrac, Bahorel"), if the model reads it as one elsewhere in the document."""
    name = names[number]
    if name.kind == "PER" or len(name.tokens) != 1:
        return False
    word = name.tokens[0]
    return (
        _mostly_people(_whole_list(text, names, number))
        and is_title_case(word)
        and not is_institution_word(word)
        and not code_for(word)
    )


def _after_a_kind_inside(text: str, name: NameSpan, kinds: frozenset[str]) -> NameSpan:
    """The capitalised words after a kind of person (or an honorific or a rank) inside a
    place's or an organisation's name, which the model read as one with them, as a person's
    name: "Miles Davis" of "American jazz trumpeter Miles Davis"; "Gunpei Yokoi" of
    "Designers Gunpei Yokoi" where the kind opens a sentence."""
    if name.kind == "PER":
        return name  # the people step splits a person's name at lower-case words itself
    tokens = name.tokens
    # Letters after the name are no name's words: "Sir John Major KG CH".
    core = without_letters_after(tokens)
    for at in range(len(core) - 2, -1, -1):
        word = tokens[at]
        if at:
            is_kind = word in kinds or (
                word.lower().rstrip(".") in _titles_inside() and _is_a_full_name(core[at + 1 :])
            )
        else:
            lowered = word.lower()
            is_kind = (
                len(tokens) > 2
                and word[:1].isupper()
                and lowered.rstrip("s") not in _NOT_OPENING_KINDS
                and (lowered in kinds or _plural_kind(lowered, kinds))
                and bool(_SENTENCE_START_BEFORE.search(text, max(0, name.start - 4), name.start))
            ) or _titled_full_name(core)
        if is_kind and all(t[:1].isupper() for t in tokens[at + 1 :]):
            part = part_of_name(text, name, at + 1, len(tokens))
            return name if part is None else _as_person(part)
    return name


def _titled_full_name(tokens: tuple[str, ...]) -> bool:
    """A title of office (or its plural) and a given name and surname read as one
    organisation: "Justice Harry Blackmun", "Justices Sandra Day O'Connor"; not "St. Louis
    Rams", "King Edward Point" (royal and saints' names name places too)."""
    title = tokens[0].lower().rstrip(".")
    return (
        (title in OFFICES or (title.endswith("s") and title[:-1] in OFFICES))
        and is_given_name(tokens[1])
        and _is_a_full_name(tokens[1:])
        and not in_lists(tokens[-1].lower(), ("common", "everyday", "loc", "place"))
    )


@functools.cache
def _titles_inside() -> frozenset[str]:
    """Honorifics and ranks before a person's name inside what the model read as one
    organisation: "the Zoological Society of London with Sir Humphry Davy", "Lieutenant
    Colonel Yonatan Netanyahu", "Conservative MP Michael Mates"."""
    return people_rules()["honorifics"] | _RANKS_INSIDE


_RANKS_INSIDE = frozenset(
    "colonel general captain lieutenant major sergeant admiral commander corporal brigadier "
    "marshal mp mep msp".split()
)


def _is_a_full_name(tokens: tuple[str, ...]) -> bool:
    """Two or three capitalised words, no institution's nor a plural common noun: "Humphry
    Davy", not "Europe" ("Supreme Allied Commander Europe") nor "Royal Marines" ("Commandant
    General Royal Marines")."""
    last = tokens[-1].lower()
    return (
        2 <= len(tokens) <= 3
        and tokens[0].lower() not in gazetteer()["title"]
        and not any(is_institution_word(t) for t in tokens)
        and not (
            last.endswith("s")
            and in_lists(last[:-1], ("common", "everyday"))
            and not is_given_name(tokens[0])  # "Michael Mates"
        )
    )


# Kinds that open the names of places and teams: "Saint Lawrence River", "Queens Park
# Rangers", "Kings Cross", "Prince Edward Island".
_NOT_OPENING_KINDS = frozenset(
    "saint st st. queen king prince princess emperor empress duke duchess pope".split()
)
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?][\"”’)]?[^\S\n]+|\n[^\S\n]*)$")


def _relabel_after(
    text: str, word: str, begin: int, kinds: frozenset[str]
) -> Callable[[NameSpan], NameSpan] | None:
    """How to read the names of a list after `word` (which starts at `begin`): as people, as
    things, or as the model read them (None). A kind right before the list is in lower case
    ("the daughters Constance and Eva"; not "Alexander Stephen & Sons, Linthouse"); before
    "such as" or "including" it may open a sentence ("Firms including Mobil")."""
    as_person = functools.partial(_as_person, text=text)
    if word in _CREDITS:
        return as_person  # "starring Al Pacino and John Cazale", "married Atahualpa"
    if word in _LINKS:
        before = _word_before(text, begin)
        if before is None:
            return None
        previous, begin = before
        previous = previous.rstrip(",").lower()
        if word == "by":
            return as_person if previous in _CREDITED_BY else None
        if word == "of":
            if previous in _MADE_OF:
                # "The band consists of Jin, Suga, J-Hope, RM..." (not "the archipelago
                # consists of Malta, Gozo and Comino")
                subject = _word_before(text, begin)
                group = subject is not None and subject[0].lower() in _GROUPS_OF_PEOPLE
                return as_person if group else None
            return as_person if previous in _KIN else None
        if word == "to":
            return as_person if previous in ("married", "attributed") else None
        if word == "as":
            if previous != "such":
                return None
            before = _word_before(text, begin)
            if before is None:
                return None
            previous = before[0].rstrip(",").lower()
        word = previous
    elif not word.islower():
        return None
    if _plural_kind(word, kinds):
        return as_person
    if _plural_kind(word, _LISTED_THINGS):
        return _as_thing  # "albums such as Pablo Honey and Kid A"
    return None


# Kinds of person whose plural names teams as often: "eventual winners Wasps", "league
# leaders Chelsea", "the champions Brazil".
_KINDS_OF_TEAMS_TOO = frozenset({"winner", "champion", "leader"})


# Words that credit people with a work: "starring Al Pacino and John Cazale", "directed by
# Sidney Lumet" (not "produced by", which companies are too), name a spouse, or a team-mate
# ("played alongside Jairzinho, Tostão and Gérson").
_CREDITS = frozenset({"starring", "co-starring", "featuring", "married", "alongside"})


_CREDITED_BY = frozenset(
    "directed written co-written composed painted narrated illustrated sculpted "
    "choreographed".split()
)


# Relatives "of" someone, who is a person: "the son of Zeus and Demeter" (not "the chairman
# of Fiat").
_KIN = frozenset(
    "son sons daughter daughters wife husband father mother brother sister widow widower "
    "nephew niece cousin grandson granddaughter uncle aunt parents children".split()
)


_MADE_OF = frozenset({"consists", "consisted", "consisting", "composed", "comprised"})
_GROUPS_OF_PEOPLE = frozenset(
    "band group duo trio quartet quintet line-up lineup cast crew squad team".split()
)


# Words between a kind and a list of names: "gods, such as", "composers including",
# "directed by", "the son of", "married to".
_LINKS = frozenset({"as", "including", "like", "namely", "by", "of", "to"})


# Kinds of things whose plural opens a list of their names; not "publishers" (people too)
# nor "plays" (a verb too).
_LISTED_THINGS = frozenset(
    "film movie album song novel book poem painting opera musical game ship company firm "
    "brand store newspaper magazine band label team club".split()
)


def _as_thing(name: NameSpan) -> NameSpan:
    return dataclasses.replace(name, kind="MISC") if name.kind == "PER" else name


def _plural_kind(word: str, kinds: frozenset[str]) -> bool:
    """ "gods", "goddesses", "brothers", "statesmen", "wives", "children": the plural of one
    of `kinds`."""
    if word == "children":
        return "child" in kinds
    if not word.endswith(("s", "men")):
        return False
    return (
        word[:-1] in kinds
        or (word.endswith("es") and word[:-2] in kinds)
        or (word.endswith("ies") and word[:-3] + "y" in kinds)
        or (word.endswith("ves") and word[:-3] + "fe" in kinds)
        or (word.endswith("men") and word[:-3] + "man" in kinds)
    )


def _as_person(name: NameSpan, text: str | None = None) -> NameSpan:
    """A name of one to three capitalised words (four with a particle among them: "Friedrich
    Georg Wilhelm von Struve"), with no institution's or country's word, read as a
    person's; so are two such names joined by "and", which the model read as one ("the
    brother of Helblindi and Býleistr"). Given the `text`, a name the model ran on past a
    word in lower case is cut there first: "written by Freddie Mercury | for the album A
    Night"."""
    if name.kind == "PER":
        return name
    if text is not None:
        name = _cut_at_lower_case(text, name)
    tokens = name.tokens
    parts = [tokens]
    if "and" in tokens:
        at = tokens.index("and")
        parts = [tokens[:at], tokens[at + 1 :]]
    if all(_may_be_a_persons_name(part) for part in parts):
        return dataclasses.replace(name, kind="PER")
    return name


def _cut_at_lower_case(text: str, name: NameSpan) -> NameSpan:
    """The name up to its first word in lower case that is no particle and no "and", where
    two words or more come before it (one alone may be any capitalised word: "the
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
    if cut is None or cut < 2:
        return name
    part = part_of_name(text, name, 0, cut)
    return name if part is None else part


def part_of_name(text: str, name: NameSpan, first: int, stop: int) -> NameSpan | None:
    """The words first:stop of a name, with their offsets in the text; None where the text
    does not hold the name's words as tokenize() splits them (no offsets can be given)."""
    found = tokenize(text, name.start, name.end)
    if [token for token, _, _ in found] != list(name.tokens):
        return None
    return NameSpan(name.kind, found[first][1], found[stop - 1][2], name.tokens[first:stop])


def _may_be_a_persons_name(tokens: tuple[str, ...]) -> bool:
    tokens = without_letters_after(tokens)  # "John Major KG CH"
    particles = people_rules()["particles"]
    last = len(tokens) - 1
    words = [t for at, t in enumerate(tokens) if not (0 < at < last and t in particles)]
    return (
        1 <= len(words) <= (3 if len(words) == len(tokens) else 4)
        and all(is_title_case(t) and not _HYPHENATED_PARTICIPLE.search(t) for t in words)
        and not any(is_institution_word(t) or code_for(t) for t in tokens)
        and tokens not in _AWARDS  # "the best actress Oscar"
    )


_HYPHENATED_PARTICIPLE = re.compile(r"-[a-z]+(?:ing|ed|born|based)$")  # "Oscar-winning"


_AWARDS = frozenset({("Oscar",), ("Oscars",), ("Emmy",), ("Grammy",), ("Bafta",)})


def _word_before(text: str, start: int) -> tuple[str, int] | None:
    """The word right before `start`, after spaces on the same line ("goddess" of "the
    goddess Sif"), and where it begins; None where there is none."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == start or end == 0:
        return None
    lowest = max(0, end - 40)
    space = max(text.rfind(" ", lowest, end), text.rfind("\n", lowest, end))
    if space < 0 and lowest > 0:
        return None  # no word, but a run of 40 characters or more
    begin = space + 1
    return text[begin:end], begin


_OWNERS = frozenset({"owner", "founder", "co-founder", "cofounder"})  # a company may be one


# A work's or a firm's kind after a determiner, before its title: "the 2007 film Juno", "his
# album Blue", "the newspaper L'Auto", "the British firm Dorman Long" (not the verbs "I show
# Stella", "to play Hamlet").
WORK_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}"
    r"(?:film|movie|album|song|single|novel|book|play|musical|opera|series|sitcom|show"
    r"|poem|painting|game|ship|airship|vessel|yacht|racehorse|newspaper|magazine|journal"
    r"|programme|program|documentary|quiz"
    r"|website|band|firm|company|corporation|label|brand|studio|restaurant|hotel)[^\S\n]+$"
    # and without a determiner, kinds that are no verbs: "anti-virus firm Sophos", "Will
    # Smith comedy Hitch", "rock band Queen"
    r"|\b[\w-]+[^\S\n]+(?:firm|company|corporation|comedy|thriller|album|novel|newspaper"
    r"|magazine|website|band|label|studio)[^\S\n]+$"
    # what one makes: "Leonardo painted the Mona Lisa", "Beethoven composed the Eroica"
    r"|\b(?:painted|sculpted|composed|wrote|recorded|published|designed|built)[^\S\n]+the"
    r"[^\S\n]+$"
    # a motto: "The school motto is Auspicium Melioris Aevi"
    r"|\b(?:motto|slogan)[^\S\n]+(?:is[^\S\n]+|was[^\S\n]+)?$"
)


_OPENING_QUOTE = re.compile(r"(?:^|(?<=\s))(?:\"|“|‘|'|``)\s*(?:The[^\S\n]+)?$")


_CLOSING_QUOTE = re.compile(r"\s*(?:\"|”|''|['’](?!\w))")


def in_a_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether a mention stands inside a short title in quotation marks, in title case: a
    song's or an episode's (" The Ballad of Johnny Rook ", " Elvis in Osaka "), not quoted
    speech (" I met John there ")."""
    opening = _opening_quote_before(text, start)
    if opening < 0:
        return False
    title = _QUOTED_TITLE.match(text, opening)
    return title is not None and title.end() >= end


def _opening_quote_before(text: str, start: int) -> int:
    reach = max(0, start - 48)
    return max(text.rfind('"', reach, start), text.rfind("“", reach, start))


def quoted_as_a_nickname(text: str, start: int) -> bool:
    """Whether the quotation marks around a mention give a person's nickname: 'known as
    " King Kazu "', 'dubbing Mr Brown "Sir Wastealot"'."""
    opening = _opening_quote_before(text, start)
    return opening >= 0 and bool(_NICKNAME_BEFORE.search(text, max(0, opening - 24), opening))


_NICKNAME_BEFORE = re.compile(
    r"\b(?:[Kk]nown[^\S\n]+as|nicknamed|(?<!so-)called|dubbed|dubbing[^\S\n]+\w+(?:[^\S\n]+\w+)?"
    r"|alias)"
    r"[^\S\n]*$"
)


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether quotation marks enclose a mention and nothing else: how a title is written
    ("Carey", "The Wooden Wonder"). A person is rarely named so, and then also named
    elsewhere without them."""
    return bool(
        _OPENING_QUOTE.search(text, max(0, start - 8), start) and _CLOSING_QUOTE.match(text, end)
    )


# A storm's or a military operation's kind before its name: "Hurricane Katrina".
STORM_BEFORE = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Storm|Operation)[^\S\n]+$")


PLACE_BEFORE = re.compile(
    r"\b(?:(?:born|died|buried|lives|lived|located|situated|based)[^\S\n]+(?:in|at|near)"
    r"|near"
    # a seat: "Member of Parliament for Petersfield", "the Liberal MP for Berwick", "Members
    # elected for Denison"
    r"|(?:MP|MLA|MEP|MSP|TD|Member[^\S\n]+of[^\S\n]+Parliament|[Mm]embers?)"
    r"(?:[^\S\n]+elected)?[^\S\n]+for"
    # a kind of place: "the district of Ortenaukreis", "the nation of Karhide"
    r"|(?:nation|country|state|province|region|district|county|municipality|commune|city|town"
    r"|village|island|planet)[^\S\n]+of"
    # where a place lies from another: "3 miles north-east of Fakenham", "10 km from Pau"
    r"|(?:north|south)(?:-?(?:east|west))?[^\S\n]+of|(?:east|west)[^\S\n]+of"
    r"|(?:miles|kilometres|kilometers|km)[^\S\n]+(?:from|of))[^\S\n]+$"
)


# What one forms, founds or joins is a band, a firm or a team: "Corgan later formed Zwan".
ORGANISATION_BEFORE = re.compile(
    r"\b(?:formed|founded|co-founded|joined|rejoined)[^\S\n]+(?:the[^\S\n]+)?$"
)


THE_BEFORE = re.compile(r"[a-z,;:][^\S\n]+The[^\S\n]+$")


_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|San|Santa|Sankt)[^\S\n]+$")


_POSSESSIVE_AND_NAME_AFTER = re.compile(r"['’]s?[^\S\n]+[A-Z]")


def names_a_saints_building(text: str, start: int, end: int) -> bool:
    """Whether a mention is the saint in the name of a church, a college or a hospital, or
    of a town: "St Mary's Church", "St. John's College", "Saint Paul, Minnesota"."""
    if not _SAINT_BEFORE.search(text, max(0, start - 8), start):
        return False
    if _POSSESSIVE_AND_NAME_AFTER.match(text, end):
        return True
    region = _REGION_AFTER.match(text, end)
    return region is not None and (
        in_lists(region.group(1).lower(), ("place", "loc")) or bool(code_for(region.group(1)))
    )


_REGION_AFTER = re.compile(r",[^\S\n]+([A-Z][\w-]+(?:[^\S\n]+[A-Z][\w-]+)?)")


_NUMBER_AFTER = re.compile(r"[^\S\n]*\d")


_BEFORE_A_DATE = re.compile(
    r"(?:\d(?:st|nd|rd|th)?|\b(?:in|of|since|until|till|from|through|by|during|early|late|mid"
    r"|last|next|this|every|each|before|after|on))[^\S\n]+$",
    re.IGNORECASE,
)


def is_a_date(text: str, start: int, end: int) -> bool:
    """Whether a month's or a day's name is part of a date: a number next to it, or a
    preposition before it ("March 19", "19 March", "the end of January")."""
    return bool(
        _NUMBER_AFTER.match(text, end) or _BEFORE_A_DATE.search(text, max(0, start - 12), start)
    )


_NEXT_LOWER_CASE_WORD = re.compile(r" ([a-z]{4,})\b")


_LATIN_ENDINGS = ("us", "um", "a", "ae", "i", "is", "ix", "ax", "ex")


def before_an_epithet(text: str, end: int) -> bool:
    """Whether a name is followed by a lower-case Latin word that is no English word: the
    second half of a species' scientific name, whose first half is a genus, not a person."""
    following = _NEXT_LOWER_CASE_WORD.match(text, end)
    if following is None:
        return False
    word, lists = following.group(1), gazetteer()
    return (
        word.endswith(_LATIN_ENDINGS)
        and word not in lists["everyday"]
        and word not in lists["common"]
        and word not in people_rules()["particles"]
    )


# A name defined by the sentence it opens ("X (born 1950) is an American quintet from"): the
# head noun is the word before the first preposition, participle or punctuation mark, with no
# article or preposition before it ("Ahab is the Captain of this ship" has none).
_HEAD_ENDS = (
    "of|from|in|by|for|to|that|which|who|whose|with|as|than|since|until|after|before|during"
    "|under|between|about|into|over|based|founded|formed|located|held|and|or|on|at|released"
    "|written|directed|produced|developed|published|made|owned|operated|created|named|set"
    "|caused|known|used|found|built|designed|composed|recorded|performed|played|called|spoken"
    "|characterized|characterised|consisting|including|native|endemic|appearing|born"
    "|living|working|serving|playing|competing|representing|currently|best"
)


# A title's subtitle after a colon, in title case: "Lagaan: Once Upon a Time in India is a
# 2001 Indian film" (not a speaker's words: "Smith: My new book is a novel", "Smith: This
# is a film about").
_TITLE_WORD = r"(?:[A-Z0-9][\w'’-]*|a|an|the|of|in|on|at|to|for|and|upon)"
_QUOTED_TITLE = re.compile(
    rf'["“][^\S\n]*{_TITLE_WORD}(?:[^\S\n]+{_TITLE_WORD}){{1,7}}[^\S\n]*["”]'
)
_SPEECH_OPENING = r"(?:I|It|This|That|These|Those|He|She|We|They|You|There|Here|My|Our|What)\b"
_SUBTITLE = rf"(?::[^\S\n]+(?!{_SPEECH_OPENING}){_TITLE_WORD}(?:[^\S\n]+{_TITLE_WORD}){{0,9}})?"
_DEFINITION = re.compile(
    # (a possessive first: "Jack Daniel's is a brand of Tennessee whiskey")
    rf"(?:['’]s)?{_SUBTITLE}"
    r"[^\S\n]*(?:\([^()\n]{0,160}\)[^\S\n]*)?(?:,[^,()\n]{0,60},)?,?[^\S\n]*"
    r"(?:is|was|are|were)\s+(?:an?|the|one of the)\s+"
    rf"(?:(?!(?:the|an?|{_HEAD_ENDS})\s)[\w'’-]+\s+){{0,6}}?([a-z][a-z-]*)"
    rf"(?=\s+(?:{_HEAD_ENDS})\b|\s*[.,;:()])"
)


_COORDINATED_HEAD = re.compile(
    r"[^\S\n]+(?:and|or)[^\S\n]+"
    rf"(?:(?!(?:the|an?|{_HEAD_ENDS})\s)[\w'’-]+\s+){{0,6}}?([a-z][a-z-]*)"
    rf"(?=\s+(?:{_HEAD_ENDS})\b|\s*[.,;:()])"
)


def defined_as_a_person_here(text: str, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` opens its sentence and is defined there as a
    person: "Batman is a superhero appearing in American comic books"."""
    match = _DEFINITION.match(text, end)
    return (
        match is not None
        and match.group(1) in people_rules()["person_kinds"]
        and _opens_a_clause(text, start)
    )


def defined_as_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the name ending at `end` is defined as a thing right after it: "Raw Thrills is
    a video game developer founded by", "010 is the tenth album from"; not "Barry Privett
    is the lead singer of the band"."""
    match = _DEFINITION.match(text, end)
    if match is None or not _opens_a_clause(text, start):
        return False
    kinds = people_rules()["thing_kinds"]
    # "a conservative and Christian-democratic political party": the kind may come after
    # words joined by "and" or "or".
    while match is not None and match.group(1) not in kinds:
        match = _COORDINATED_HEAD.match(text, match.end(1))
    return match is not None


# The start of a sentence or of a relative clause, perhaps with "The" or an opening mark: a
# name defined by its sentence opens it ("The Pequod was the identical ship", "Essil, of which
# Bajjat was a district"; not "Bang & Olufsen is a company").
_CLAUSE_START_BEFORE = re.compile(
    r"(?:^|[.!?][\"”’)]?|\n|\b(?:which|where|whose))[^\S\n]*[\"“‘(]?(?:(?:The|the)[^\S\n]+)?$"
)


def _opens_a_clause(text: str, start: int) -> bool:
    """Whether a name begins its sentence or clause, so that the verb after it is its own:
    not in "The Loebner Prize, founded by Hugh Loebner, was an annual competition" or "Bang
    & Olufsen is a Danish company"."""
    return bool(_CLAUSE_START_BEFORE.search(text, max(0, start - 16), start))


def after_a_kind_of_person(text: str, start: int) -> bool:
    """Whether a kind of person or a relative, in lower case, comes right before `start`:
    "the merchant Johns Hopkins", "his sister Adelaide" (not "its owner Disney")."""
    before = _word_before(text, start)
    return before is not None and before[0] in _kinds_before_a_person()


@functools.cache
def _kinds_before_a_person() -> frozenset[str]:
    """Kinds of person and relatives, whose name may follow them; not an owner or a founder,
    which a company may be."""
    rules = people_rules()
    return rules["person_kinds"] | (rules["person_roles"] - _OWNERS)


def described_as_a_person(text: str, end: int) -> bool:
    """Whether the words after a name, ending at `end`, describe a person: a phrase between
    commas naming a kind of person ("Okonkwo, a wrestling champion") or a relative after a
    possessive ("Okonkwo's father")."""
    match = _APPOSITION.match(text, end)
    if match is not None:
        return match.group(1) in people_rules()["person_kinds"] | people_rules()["person_roles"]
    return bool(_RELATIVE_AFTER.match(text, end))


_RELATIVE_AFTER = re.compile(
    r"['’]s[^\S\n]+(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt"
    r"|nephew|niece|cousin|grandfather|grandmother|parents|widow|widower)\b"
)


def defined_as_a_person(text: str, name: NameSpan) -> bool:
    """Whether a name of two to four capitalised words, read as an organisation or a place,
    is defined as a person right after it: "Nico Hülkenberg is a German racing driver",
    "Uri Caine is an American pianist", as a Wikipedia article opens (and there with up to
    six: "Olusegun Matthew Okikiola Aremu Obasanjo is a Nigerian statesman")."""
    tokens = name.tokens
    if not 2 <= len(tokens) <= 6 or not all(is_title_case(t) for t in tokens):
        return False
    if any(is_institution_word(t) or code_for(t) for t in tokens):
        return False
    match = _DEFINITION.match(text, name.end)
    if (
        match is not None
        and match.group(1) in people_rules()["person_kinds"]
        and (len(tokens) <= 4 or _opens_a_clause(text, name.start))
    ):
        return True
    if len(tokens) > 4:
        return False
    match = _APPOSITION.match(text, name.end)
    return (
        match is not None
        and match.group(1) in people_rules()["person_kinds"] | people_rules()["person_roles"]
    )


# A name described between commas right after it: "Gabe Newell, the co-founder of Valve,".
_APPOSITION = re.compile(
    r"[^\S\n]*,[^\S\n]*(?:the|an?|his|her|their|its)\s+"
    rf"(?:(?!(?:the|an?|{_HEAD_ENDS})\s)[\w'’-]+\s+){{0,4}}?([a-z][a-z-]*)"
    rf"(?=\s+(?:{_HEAD_ENDS})\b|\s*[,;.])"
)
