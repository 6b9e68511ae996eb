"""Lists a name stands in: beside people's names only, among or between places, after a
plural kind of place ("the villages of Bobrowa, Góra Motyczna and Zasów")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader_app.core.countries import code_for
from reader_app.core.name_words import (
    PRINCELY_AND_MUSLIM_RULERS,
    RULERS_TITLES,
    WORD_LISTS,
    in_lists,
    is_given_name,
    is_institution_word,
    is_title_case,
)
from reader_app.core.ner.clusters import lower_case_cluster_words
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan

# (perhaps after a year in brackets: "films such as Zanjeer (1973) and Sholay (1975)")
LIST_JOIN = re.compile(
    r"(?:[^\S\n]*\([^\S\n]*\d{4}(?:[^\S\n]*[–-][^\S\n]*\d{2,4})?[^\S\n]*\))?"
    r"[^\S\n]*(?:,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)"
)


_A_LOWER_CASE_WORD_AFTER = re.compile(r"[^\S\n]+[a-z]")


def _listed_with(text: str, names: Sequence[NameSpan], number: int) -> list[NameSpan]:
    """The names right before and after `names[number]` in a list ("A, B and C")."""
    neighbours = []
    if number > 0:
        before = names[number - 1]
        if LIST_JOIN.fullmatch(text, before.end, names[number].start):
            neighbours.append(before)
    if number + 1 < len(names):
        after = names[number + 1]
        if LIST_JOIN.fullmatch(text, names[number].end, after.start):
            neighbours.append(after)
    return neighbours


def whole_list(text: str, names: Sequence[NameSpan], number: int) -> list[NameSpan]:
    """All the names of the list ("A, B, C and D") that `names[number]` stands in."""
    name = names[number]
    after = text[name.end : name.end + 8].lstrip()
    before = text[max(0, name.start - 8) : name.start].rstrip()
    if not (after.startswith((",", "and", "or")) or before.endswith((",", "and", "or"))):
        return [name]  # most names stand in no list; the test is cheaper than the pattern
    first = first_of_the_list(text, names, number)
    last = number
    while last + 1 < len(names) and LIST_JOIN.fullmatch(
        text, names[last].end, names[last + 1].start
    ):
        last += 1
    return list(names[first : last + 1])


def first_of_the_list(text: str, names: Sequence[NameSpan], number: int) -> int:
    """The number of the first name of the list ("A, B and C") that `names[number]` stands
    in; `number` itself where it stands in none or opens it."""
    first = number
    while first > 0 and LIST_JOIN.fullmatch(text, names[first - 1].end, names[first].start):
        first -= 1
    return first


def mostly_people(listed: Sequence[NameSpan]) -> bool:
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
    listed = whole_list(text, names, number)
    return (
        listed_beside_people_only(text, names, number)
        and not _two_clauses(text, listed)
        # (nor in a list mostly of places, beside a town the model read as a person: "past
        # Maków Podhalański, Sucha Beskidzka and Wadowice")
        and not _mostly_places(listed)
    )


def _mostly_places(listed: Sequence[NameSpan]) -> bool:
    """A list of three names or more, more than half of them read as places (not "Nas, Mobb
    Deep, Faith Evans and Ghostface Killah", two of them read as places)."""
    return len(listed) >= 3 and 2 * sum(n.kind == "LOC" for n in listed) > len(listed)


def _two_clauses(text: str, listed: Sequence[NameSpan]) -> bool:
    """Whether two names "listed" are joined by a comma and "and" or "or", which joins two
    clauses rather than two names (a list of two is written without the comma): "It was sold
    by Avalon Hill, and Henry Kissinger is said to have enjoyed it"."""
    return (
        len(listed) == 2 and _COMMA_AND.fullmatch(text, listed[0].end, listed[1].start) is not None
    )


_COMMA_AND = re.compile(r"[^\S\n]*,[^\S\n]*(?:and|or)[^\S\n]+")


# Words right before a list's first name that make it no person's: a preposition of place
# ("in Berlin and Lucien Capet in Paris"), an article ("the Dantes and Michael Angelos", "a
# Williams and Gerhard Berger"), a number ("three RBI and Alan Benes") or an ampersand
# ("Brooks & Dunn and Johnny Cash").
_NO_PERSON_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|of|near|between|either|via|into|the|an?|\d+|one|two|three"
    r"|four|five|six|seven|eight|nine|ten)|&)[^\S\n]+$"
)


def one_word_listed_with_people(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """A one-word name that no list of places, firms or everyday words holds, listed before
    people's full names only, after no word that makes it no person's: a person known by one
    name ("Deco, Carlos Alberto and Dmitri Alenichev scored", "founded by Cajetan and Gian
    Pietro Carafa"). In the training sets 23 of the 33 one-word names opening such lists are
    people's; of the others, 8 follow "in" or "at" or are places' or firms' names
    ("At Minnesota, Marty Cordova and Matt Lawton", "a Williams and Gerhard Berger")."""
    name = names[number]
    # The list goes on after it: not a last item, which may be an apposition ("Michael J.
    # Obuchowski, Democrat", "Neil Armstrong and Buzz Aldrin, Apollo 11").
    following = names[number + 1] if number + 1 < len(names) else None
    if following is None or not LIST_JOIN.fullmatch(text, name.end, following.start):
        return False  # (the cheap test first: most names open no list)
    word = name.tokens[0]
    if not is_title_case(word) or code_for(word) or word.lower() in lower_case_cluster_words():
        return False
    # "and" after it, or a list of three: not an inverted name ("Beasley, William G.") nor a
    # call ("Bravo, Nicholas Iványch!")
    if "," in text[name.end : following.start] and len(whole_list(text, names, number)) < 3:
        return False
    lists = gazetteer()
    if any(word in lists[key] or word.lower() in lists[key] for key in _PLACES_AND_WORDS):
        return False
    if _NO_PERSON_BEFORE.search(text, max(0, name.start - 9), name.start):
        return False
    # (people whose given name opens their name, and no institution's word in it: not
    # "Vladičin Han", "St. Moritz", "Prince William Counties")
    return listed_beside_people_only(text, names, number) and all(
        is_given_name(n.tokens[0]) and not any(map(is_institution_word, n.tokens))
        for n in _listed_with(text, names, number)
    )


_PLACES_AND_WORDS = ("place", "city", "org_seen", "common", "everyday")


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
    if not neighbours:
        return False
    listed = whole_list(text, names, number)
    if mostly_people(listed):
        return False
    if len(neighbours) < 2 and is_given_name(names[number].tokens[0]):
        return False
    if (
        _two_clauses(text, listed)
        and listed[1] is names[number]
        and _A_LOWER_CASE_WORD_AFTER.match(text, listed[1].end)
    ):
        # a name after ", and" and before its verb opens a new clause, not a list's end:
        # "coached the national team of Mexico, and Pelé named him"
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
    "lakes mountains valleys states localities boroughs townships burghs abbeys monasteries "
    "castles villagers inhabitants residents citizens townspeople townsfolk natives duchies "
    "kingdoms principalities republics emirates".split()
)


_PLACE_LINKS = frozenset("of including are were is was as".split())


def _after_kind_of_places(text: str, start: int) -> bool:
    """Whether a plural kind of place, perhaps with "of", "such as", "among them" or "the",
    comes right before `start` on its line."""
    before = text[max(0, start - 40) : start]
    if not before[-1:].isspace() or before[-1:] == "\n":
        return False
    words = before[before.rfind("\n") + 1 :].split()
    if words[-1:] == ["the"]:
        words.pop()
    if words[-2:] == ["among", "them"]:
        # "abbeys, among them Holyrood, Melrose and Kelso"
        del words[-2:]
        if words[-1:] == [","]:
            words.pop()
        words[-1:] = [word.removesuffix(",") for word in words[-1:]]
    elif words and words[-1] in _PLACE_LINKS:
        if words[-1] == "as" and words[-2:-1] == ["such"]:
            words.pop()
        words.pop()
    return bool(words) and words[-1] in _PLACE_KINDS


def after_a_place_of(text: str, start: int) -> bool:
    """Whether "the town of", "the state of" or another place's kind and "of" come right
    before `start`: in the training sets no person's name follows them (159 places in CoNLL's
    train and dev; 7 after "the settlement of", "the department of"...; 3 after "the invasion
    of", "the annexation of"...; 19 after "the streets of", "the people of"...); nor an office
    held over a place, in lower case ("later bishop of Ptolemais", "mayor of Bogotá": 8 places
    there, no person), nor a ruler, unless a ruler's title opens the name ("the king of Araby",
    but "the queen of King Malcolm III"); nor "the battle of the" ("the battle of the Little
    Bighorn"), nor a river's part and "of the" ("the valley of the Rio Grande")."""
    low = max(0, start - 30)
    # (the cheap tests first: the patterns end with "of" or "the" and a space)
    before = text[low:start].rstrip()
    if before.endswith("the"):
        return (
            _THE_BATTLE_OF_THE_BEFORE.search(text, low, start) is not None
            or _A_RIVERS_PART_OF_THE_BEFORE.search(text, low, start) is not None
        )
    return (
        before.endswith("of")
        and (
            _A_PLACE_OF_BEFORE.search(text, low, start) is not None
            or (
                _A_RULER_OF_BEFORE.search(text, low, start) is not None
                # (not a ruler's title opening the name: the ruler's spouse or kin, "the
                # queen of King Malcolm III")
                and text[start : start + 12].partition(" ")[0] not in RULERS_TITLES
            )
        )
    )


_A_PLACE_OF_BEFORE = re.compile(
    r"(?:\b[Tt]he[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:town|city|village|state|province|region|district"
    r"|county|island|municipality|republic|kingdom|port|suburb|parish|commune|hamlet|capital"
    r"|hills?|valley|isle|fort|fortress|citadel|borough|township|canton|prefecture|principality"
    r"|duchy|emirate|sultanate|colony|territory|settlement|neighbou?rhood|department"
    r"|governorate|oblast|constellation|abbey|monastery|priory|convent|castle|mine|quarry"
    r"|civili[sz]ation|crater"  # "the ancient civilisation of Dilmun", "the crater of"
    r"|peninsula|archipelago|plateau|plain|bay|gulf|lake|river"  # "the peninsula of Ōsumi"
    r"|pass"  # "a tunnel under the pass of Uspallata"
    r"|straits?|isthmus"  # "a reef in the strait of Gaspar"
    r"|university"  # "he taught at the university of Padua"
    r"|highlands|lowlands|uplands|slopes"  # "in the highlands of Lasta", "the slopes of"
    r"|resort"  # "the ski resort of Courchevel"
    r"|caves?|grotto"  # "the cave of Lascaux"
    r"|oasis"  # "they draw water at the oasis of Kalacha"
    r"|quarter"  # "joins the old city to the quarter of Karaköy"
    r"|provinces|regions|districts|counties|states"  # "the provinces of Yunnan and Sichuan"
    r"|harbou?r|camp"  # "the harbour of Narvik", "hanged in the camp of Buchenwald"
    r"|transit"  # a planet: "photograph the transit of Venus"
    r"|earthquake"  # "after the earthquake of Buin Zahra"
    r"|racecourse"  # "her races at the racecourse of Kōchi"
    r"|famine"  # "his pictures of the famine of Bengal"
    # a city taken or besieged: "the conquest of Constantinople" (not "the fall of", "the
    # capture of", "the surrender of", said of people too)
    r"|conquest|siege|sack|invasion|annexation|bombardment|blockade"
    # and a battle's place: "At the battle of Lissa", "the battles of Elli and Lemnos" (a
    # given name too; in the training sets no person's name follows "battle of"; not "the
    # government of", which the written sets say of 24 leaders, "the government of Fidel
    # Castro")
    r"|battles?"
    # a place's parts and its people: "The temples of Abu Simbel", "the outskirts of Arbil"
    r"|temples|ruins|streets|outskirts|walls|people|citizens|inhabitants"
    # "the men and women of Victoria who served" (not "the men of Al Capone")
    r"|men[^\S\n]+and[^\S\n]+women)"
    r"|\b(?:(?:arch)?bishop|abbot|abbess|diocese|bishopric|mayor|governor))"
    r"[^\S\n]+of[^\S\n]+$"
)
_THE_BATTLE_OF_THE_BEFORE = re.compile(r"\b[Tt]he[^\S\n]+battles?[^\S\n]+of[^\S\n]+the[^\S\n]+$")
# And a river's or a sea's part: "in the valley of the Rio Grande", "the mouth of the Brisbane
# River" (in the training sets the 5 names so placed are places').
_A_RIVERS_PART_OF_THE_BEFORE = re.compile(
    r"\b(?:valley|mouth|banks|basin|delta|estuary|shores?)[^\S\n]+of[^\S\n]+the[^\S\n]+$"
)
# And a realm after a ruler in lower case: "a prince of Thule", "the king of Araby" (not
# "co-emperor of Alexios IV").
_A_RULER_OF_BEFORE = re.compile(
    r"\b(?<!-)(?:king|queen|prince|princess|emperor|empress|sultan|tsar"
    # and the rulers of the princely states of India and of Muslim lands: "Umaid Singh, the
    # maharaja of Marwar" (in the training sets the 55 names after these words and the others
    # above, in lower case, are places')
    rf"|{'|'.join(sorted(PRINCELY_AND_MUSLIM_RULERS))})"
    r"[^\S\n]+of[^\S\n]+$"
)


# A place's or a building's kind after "the" and a name: "the La Boca neighbourhood", "the
# Kashmir valley", "the Beverly Hilton hotel". In the training sets 61 names stand so, one of
# them a person's (a WikiANN slip: "the North Island town of Tauranga"). And a style's: "in
# the Art Deco style" (the training sets tag no name before "style"), and an eating place's:
# "the Louis XV restaurant" (no person's name of the training sets stands before these).
_A_PLACE_KIND_AFTER = re.compile(
    r"[^\S\n]+(?:neighbou?rhood|district|suburb|quarter|region|province|village|town|city"
    r"|valley|area|county|municipality|borough|parish|township|commune|hotel|stadium|airport"
    r"|station|bridge|hospital|church|cathedral|theatre|theater|museum|arena|library|prison"
    r"|gallery|style|restaurant|café|cafe|pub|bistro|brasserie|nightclub"
    # and the land's and the water's (in the training sets the 5 names between "the" and
    # these are places'): "where the Nam Khan river meets the Mekong"
    r"|river|lake|mountains|mountain|island|islands|desert|forest|sea|bay|strait|canal"
    r"|glacier|volcano|peninsula|range|massif|gulf|plain|plateau|lagoon|oasis|reef|atoll"
    # and works of engineering (the training sets' 3 names before these are places'): "the
    # Krishna Raja Sagara dam"
    r"|dam|reservoir|barrage|tunnel"
    # and racing circuits: "at the Paul Ricard circuit"
    r"|circuit|racetrack|speedway|autodrome)\b"
)
LOWER_THE_BEFORE = re.compile(r"\bthe[^\S\n]+$")  # "the" in lower case, right before


def before_a_kind_of_place(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] stands between "the" and a place's kind, perhaps
    after words of the place's name the model left out ("the Nun | Kun massif")."""
    return _A_PLACE_KIND_AFTER.match(text, end) is not None and (
        LOWER_THE_BEFORE.search(text, max(0, start - 5), start) is not None
        or _THE_AND_NAMES_WORDS_BEFORE.search(text, max(0, start - 40), start) is not None
    )


_THE_AND_NAMES_WORDS_BEFORE = re.compile(r"\bthe(?:[^\S\n]+[A-Z][\w'’-]*){1,2}[^\S\n]+$")


def before_a_kind_of_event(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] stands between "the" and an event's kind: "the Lam
    Sơn uprising", "the Profumo affair" (in the training sets no name so placed is a
    person's)."""
    return (
        _AN_EVENT_KIND_AFTER.match(text, end) is not None
        and LOWER_THE_BEFORE.search(text, max(0, start - 5), start) is not None
    )


_AN_EVENT_KIND_AFTER = re.compile(
    r"[^\S\n]+(?:uprising|rebellion|revolt|massacre|scandal|affair|riots|incident|crisis"
    # and a shower of meteors, named after the stars it seems to come from: "the June Bootid
    # meteors"
    r"|meteors|meteor)\b"
)


def listed_after_places(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """Whether the name `names[number]` stands in a list that a plural kind of place opens,
    or is one word right after such a kind."""
    first = first_of_the_list(text, names, number)
    if (
        first == number
        and len(names[number].tokens) > 1
        and not (
            number + 1 < len(names)
            and LIST_JOIN.fullmatch(text, names[number].end, names[number + 1].start)
        )
    ):
        return False  # no list, and a full name: "the towns of the Archduchy" is one word
    return _after_kind_of_places(text, names[first].start)


def beside_a_person_of_a_place(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """Whether a name made as "X of Y" is listed beside a person's name made so: a person too
    ("Its architects were Isidore of Miletus and Anthemius of Tralles", the first read as an
    organisation; in the training sets such pairs are alike: "the Isle of Islay and Isle of
    Jura", "Margrave of Meissen and Margaret of Sicily")."""
    if not _a_name_of_a_place(names[number].tokens):
        return False
    return any(
        n.kind == "PER" and _a_name_of_a_place(n.tokens) for n in _listed_with(text, names, number)
    )


def _a_name_of_a_place(tokens: tuple[str, ...]) -> bool:
    """One capitalised word, "of", and one more: "Anthemius of Tralles"."""
    return (
        len(tokens) == 3
        and tokens[1] == "of"
        and is_title_case(tokens[0])
        and is_title_case(tokens[2])
        and not is_institution_word(tokens[0])
        and tokens[0].lower() not in gazetteer()["title"]
    )
