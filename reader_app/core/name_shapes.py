"""Names whose words alone make them a person's, however the model read them: an honorific
and a name, a given name and a surname, a surname with an ending only surnames have, a ruler
and a name, a regnal number, a title and a particle, a person "of" a place."""

from __future__ import annotations

import functools

from reader_app.core.countries import code_for, display_name, names_no_person
from reader_app.core.name_words import (
    OFFICES,
    PLACES_PLURAL,
    REGNAL_NUMBER,
    RULERS,
    WEEKDAYS,
    WORD_LISTS,
    given_names,
    in_lists,
    is_compound_title,
    is_given_name,
    is_initial,
    is_institution_word,
    is_title_case,
    people_rules,
    without_letters_after,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.text_search import without_accents

_OFFICES_AND_RULERS = OFFICES | RULERS


def is_honorific_name(tokens: tuple[str, ...]) -> bool:
    """ "Dr. William Glennie" is a person even where the model read "the school of Dr.
    William Glennie" as the school's name, and so is "Lieutenant-Colonel Pennefather"; so is
    each of a list of them, which the model may read as one firm ("Mr. Stubb and Mr.
    Flask", "Mr. Stubb, Mr. Flask")."""
    parts: list[tuple[str, ...]] = [()]
    for token in tokens:
        if token in _HONORIFIC_LIST_JOINS:
            parts.append(())
        else:
            parts[-1] += (token,)
    if len(parts) > 1:
        return all(_is_one_honorific_name(part) for part in parts)
    return _is_one_honorific_name(tokens)


_HONORIFIC_LIST_JOINS = frozenset({"and", "&", ","})


def _is_one_honorific_name(tokens: tuple[str, ...]) -> bool:
    # A style before the honorific and letters after the name are no words of it: "The
    # Right Honourable Sir John Major KG CH".
    styles = people_rules()["styles"]
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in styles:
        tokens = tokens[1:]
    tokens = without_letters_after(tokens)
    if len(tokens) > 2 and is_compound_title(f"{tokens[0]}-{tokens[1]}"):
        tokens = (f"{tokens[0]}-{tokens[1]}", *tokens[2:])  # "Major General Lafayette"
    rest = tokens[1:]
    return (
        # (initials count as no word: "Prime Minister S. W. R. D. Bandaranaike")
        0 < len([t for t in rest if not is_initial(t)]) <= 4
        and len(rest) <= 8
        and (
            tokens[0].lower().rstrip(".") in people_rules()["honorifics"]
            or is_compound_title(tokens[0])
        )
        and all(t[:1].isupper() for t in rest)
        and not any(is_institution_word(t) or t.lower() in _NUMBER_WORDS for t in rest)
    )


# Number words, which make a nickname of an honorific: "known as Mr Five Per Cent".
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten twenty fifty hundred thousand million "
    "per cent".split()
)


def is_given_name_and_surname(tokens: tuple[str, ...]) -> bool:
    """A common given name and a surname ("Charles Fletcher", "Jesse Owens") are a person
    where the model read a place or an organisation, unless the pair reads as a place
    ("Santa Barbara", "Jackson Hole", "Clifton Hill"); and so with a second given name or a
    surname between ("Miguel Ángel Ríos", "Liberty Hyde Bailey"; not "Hong Kong Standard").
    A weekday, though a given name too, opens a newspaper's or a show's name there: "Sunday
    Telegraph", "Monday Night Football". A double-barrelled surname is two surnames:
    "Pavel Bermondt-Avalov" (in the training sets 228 names of a given name and a word so
    joined are people's, 16 not, most of them WikiANN's slips: "Zina Garrison-Jackson"; and
    "Paris Saint-Germain", whose "Saint" is in no surname)."""
    if len(tokens) == 2 and "-" in tokens[1]:
        parts = tokens[1].split("-")
        return len(parts) == 2 and all(
            is_given_name_and_surname((tokens[0], part)) for part in parts
        )
    if not all(t[:1].isupper() and t[1:].islower() for t in tokens):
        return False
    if len(tokens) == 3:
        middle = without_accents(tokens[1].lower())
        return (
            (middle in given_names() or middle in gazetteer()["surname"])
            and middle not in people_rules()["not_in_names"]
            and middle not in people_rules()["particles"]  # "Terra Del Fuego"
            and not code_for(" ".join(tokens[:2]))
            and " ".join(tokens[:2]).lower() not in gazetteer()["place"]
            and not is_institution_word(tokens[2])
            and is_given_name_and_surname((tokens[0], tokens[2]))
        )
    if len(tokens) != 2:
        return False
    lists = gazetteer()
    first, last = (t.lower() for t in tokens)
    rules = people_rules()
    return (
        without_accents(first) in given_names()
        and (without_accents(last) in lists["surname"] or _may_be_a_surname(first, last))
        and first not in rules["not_given_here"]
        and first not in WEEKDAYS
        and last not in rules["not_in_names"]
        and last not in rules["not_surname_here"]
        and last not in lists["loc"]
        and " ".join((first, last)) not in lists["place"]
        and not code_for(tokens[0])
        and (not code_for(tokens[1]) or _is_a_demonym_surname(last))
    )


def _is_a_demonym_surname(word: str) -> bool:
    """A demonym that is a surname too, after a given name: "Renée French", "Glenn English"
    (the training sets' 5 such pairs are people's); not a land's name ("Chester England"),
    which a demonym's ending tells apart."""
    return (
        word in gazetteer()["surname"]
        and word.endswith(_DEMONYM_ENDINGS)
        and names_no_person(word.title(), code_for(word) or "")
    )


_DEMONYM_ENDINGS = ("sh", "ch", "an", "ese", "ic", "ek", "i")  # "English", "French", "German"


def is_demonym_and_name(tokens: tuple[str, ...]) -> bool:
    """A people's word, then a given name and a surname, that the model read as one
    nationality or organisation: "Pole Andrzej Juskowiak", "German Michael Stich"; or a
    word no list knows before a surname ("Cuban Aliuska Lopez": given names of other
    countries are many, and the lists hold few)."""
    if len(tokens) < 3:
        return False
    first = tokens[0]
    code = code_for(first)
    return (
        (
            first.lower() in people_rules()["demonym_nouns"]
            or (code is not None and display_name(code) != first)  # not "France Telecom"
        )
        and (is_given_name_and_surname(tokens[1:]) or _unknown_word_and_surname(tokens[1:]))
    )


def _unknown_word_and_surname(tokens: tuple[str, ...]) -> bool:
    """Two words in title case, the first in no word list (no everyday word, place or
    institution's word: not "Open" of "French Open Lopez"), the second a surname."""
    return (
        len(tokens) == 2
        and all(t.isalpha() and t[:1].isupper() and t[1:].islower() for t in tokens)
        and tokens[1].lower() in gazetteer()["surname"]
        and _a_word_no_list_knows(tokens[0], (*WORD_LISTS, "surname", "org"))
    )


def _a_word_no_list_knows(word: str, lists: tuple[str, ...]) -> bool:
    """Whether a word is in none of the gazetteer's `lists`, no institution's word and no
    country's."""
    return (
        not in_lists(word.lower(), lists) and not is_institution_word(word) and not code_for(word)
    )


def is_two_unknown_words(tokens: tuple[str, ...]) -> bool:
    """Two words in title case that no word list knows (no everyday word, place, firm's or
    institution's word, nor a country's): a name the lists lack, which a people's word after
    "the" shows to be a person's ("the Norwegian Bjørnstjerne Bjørnson"; in the training sets
    45 names of two words after "the" and a people's word are people's, the other 10 hold a
    known word: "the Spanish Super Cup", "the Bulgarian Black Sea")."""
    return (
        len(tokens) == 2
        and all(t.isalpha() and t[:1].isupper() and t[1:].islower() for t in tokens)
        and all(_a_word_no_list_knows(t, (*WORD_LISTS, "org")) for t in tokens)
    )


def is_person_of(tokens: tuple[str, ...]) -> bool:
    """A given name and a surname, or a title of office or a ruler's and a name, then "of"
    and a place or a team, that the model read as one place or organisation: "Kieron Pollard
    of the West Indies", "Inspector Lestrade of Scotland Yard", "King Harold of England"; or
    a word no list knows and a surname, then "of" and a country, as results name an athlete:
    "Marise Chamberlain of New Zealand" (not "the Valdai Hills of Russia")."""
    return (
        len(tokens) > 3
        and tokens[2] == "of"
        and (
            is_given_name_and_surname(tokens[:2])
            or (
                _unknown_word_and_surname(tokens[:2])
                and tokens[1] not in PLACES_PLURAL
                and code_for(" ".join(tokens[3:])) is not None
            )
            or (
                tokens[0].lower().rstrip(".") in _OFFICES_AND_RULERS
                and is_title_case(tokens[1])
                and not is_institution_word(tokens[1])
                and not code_for(tokens[1])
            )
        )
    )


# Endings only surnames have ("Petrenko", "Ivanovich", "Kowalczyk", "Papadopoulos",
# "Berbatov"), and endings of Polish towns' first words, whose second may end so too.
_TOWN_ENDINGS = ("ów", "ow", "sk", "ice", "ec")


_SURNAME_ENDINGS = (
    "enko", "ovich", "evich", "ović", "ević", "czyk", "ewicz", "owicz", "escu", "opoulos",
    "akis", "idis", "ishvili", "adze", "yan", "ov", "ova", "ev", "eva", "ski", "sky", "ska",
)  # fmt: skip


def ends_with_a_surname(name: NameSpan) -> bool:
    """Two capitalised words, the last with an ending only surnames have, are a person where
    the model read an organisation ("Kirill Petrenko has been chief conductor"), or a place
    after a given name ("Andrey Moiseev"; not "Bélaya Tsérkov", a town)."""
    tokens = name.tokens
    if len(tokens) != 2 or not all(t[:1].isupper() and t[1:].islower() for t in tokens):
        return False
    first, last = (t.lower() for t in tokens)
    if name.kind == "LOC" and without_accents(first) not in given_names():
        return False
    return (
        last.endswith(_SURNAME_ENDINGS)
        and not first.endswith(_TOWN_ENDINGS)  # "Aleksandrów Kujawski", "Ostrów Wielkopolski"
        and not in_lists(first, (*WORD_LISTS, "org", "month"))
        and not is_institution_word(first)
        and not code_for(tokens[0])
    )


# Titles that are common surnames; the gazetteer's surnames leave all titles out.
TITLES_THAT_ARE_SURNAMES = frozenset(
    "king bishop major pope prince duke judge baron marshal cardinal constable".split()
)


def _may_be_a_surname(first: str, last: str) -> bool:
    """A last word no list knows, after a given name that is no everyday word or particle:
    "Noam Chomsky", "Roger Federer" (the Census lists lack them), or a title that is a common
    surname too ("Carole King", "John Major"); not a plural ("Houston Astros"), a hyphenated
    word ("Hong Kong-listed") or "Art Deco"."""
    lists = gazetteer()
    return (
        last.isalpha()
        and not last.endswith("s")
        and first not in lists["everyday"]
        and first not in people_rules()["particles"]
        and last not in people_rules()["never_alone"]  # "Roman Catholic"
        and (
            last in TITLES_THAT_ARE_SURNAMES
            or (
                last not in lists["title"]
                and not in_lists(last, (*WORD_LISTS, "language", "org"))
                and not is_institution_word(last)
            )
            # a surname that names a town too, as towns are named after people: "Nikolay
            # Kirov of the Soviet Union" (Kirov, a city in the lists)
            or (
                last.endswith(_SURNAME_ENDINGS)
                and not in_lists(last, ("common", "everyday", "loc", "place", "language", "org"))
            )
        )
    )


def is_ruler_and_name(tokens: tuple[str, ...]) -> bool:
    """A ruler's title and one name, or a given name and another, are a person where the
    model read an organisation or a place ("Empress Eugénie", "King Alphonso's son", "Prince
    Dmitry Donskoy"; not "Duke University", "Queen Creek", "Prince Edward Island"; "Prince
    Rupert, British Columbia" is a town by its region)."""
    if len(tokens) == 3:
        # (the last word may be a town's too: "Donskoy")
        return (
            tokens[0].lower() in RULERS
            and is_given_name(tokens[1])
            and is_title_case(tokens[2])
            and not is_institution_word(tokens[2])
            and not in_lists(tokens[2].lower(), ("common", "everyday"))
        )
    return (
        len(tokens) == 2
        and tokens[0].lower() in RULERS
        and is_a_plain_name_word(tokens[1])
        and tokens[1].lower() not in people_rules()["not_surname_here"]
    )


def is_a_plain_name_word(word: str) -> bool:
    """A capitalised word that is no institution's and in no list of words, places or
    cities: a name ("Eugénie", the epithet "Epiphanes"; not "University", "Creek")."""
    return (
        is_title_case(word)
        and not is_institution_word(word)
        and not in_lists(word.lower(), WORD_LISTS)
    )


def is_regnal_name(tokens: tuple[str, ...]) -> bool:
    """A given name and a regnal number ("Charles III", "Louis XIV"), perhaps after titles
    ("King Louis XVI") or before an epithet ("King Ptolemy V Epiphanes"; not "George V
    Avenue", "Elizabeth II Land"), are a ruler where the model read a place ("the residence
    of Charles III"); after a ruler's title the name need not be a known given name
    ("King Ptolemy V", "Emperor Shaddam IV")."""
    titles = _titles_and_rulers()
    ruled = False
    while len(tokens) > 2 and tokens[0].lower() in titles:
        ruled = ruled or tokens[0].lower() in RULERS
        tokens = tokens[1:]
    if len(tokens) == 3 and not is_a_plain_name_word(tokens[2]):
        return False
    return (
        len(tokens) in (2, 3)
        and tokens[0][:1].isupper()
        and tokens[0][1:].islower()
        and (ruled or without_accents(tokens[0].lower()) in given_names())
        and bool(REGNAL_NUMBER.fullmatch(tokens[1]))
        and not code_for(tokens[0])
    )


@functools.cache
def _titles_and_rulers() -> frozenset[str]:
    """The titles, and the rulers' words that no list of titles holds ("Sultan Murad IV")."""
    return frozenset(gazetteer()["title"]) | RULERS


def is_titled_name(tokens: tuple[str, ...]) -> bool:
    """A title of rank and a particle before a surname are a person where the model read a
    place or an organisation: "Cardinal de Rohan", "Comtesse de la Motte", "Count von
    Fersen" (not "Duke of Wellington", a title)."""
    particles = people_rules()["particles"]
    return (
        len(tokens) >= 3
        and (tokens[0].lower() in gazetteer()["title"] or tokens[0].lower() in _RANKS_ABROAD)
        and tokens[1] in particles
        and tokens[-1][:1].isupper()
        and all(t in particles or is_title_case(t) for t in tokens[2:])
        and not any(is_institution_word(t) for t in tokens)
    )


# Titles of rank in French, German and Spanish, which the gazetteer's titles lack.
_RANKS_ABROAD = frozenset(
    "comte comtesse vicomte vicomtesse princesse duc duchesse marquis marquise graf gräfin "
    "freiherr conde condesa duque duquesa".split()
)


def is_an_era_name_and_emperor(tokens: tuple[str, ...]) -> bool:
    """An era's name and "Emperor", as China's emperors of the Ming and the Qing are called:
    "the Kangxi Emperor" (as WikiANN tags it; not "the Byzantine Emperor", a people's word)."""
    return (
        len(tokens) == 2
        and tokens[1] == "Emperor"
        and is_title_case(tokens[0])
        and not tokens[0].endswith(("an", "ine", "ic", "ish", "ese", "al"))
        and not code_for(tokens[0])
        and not in_lists(tokens[0].lower(), ("common", "everyday", "place", "city", "loc"))
    )


def is_a_junior_or_a_senior(tokens: tuple[str, ...]) -> bool:
    """A given name, capitalised words and "Jr." or "Sr.": a person, though a word is an
    institution's too ("Henry Cabot Lodge Jr."; no institution's name ends so)."""
    return (
        3 <= len(tokens) <= 5
        and tokens[-1] in ("Jr.", "Sr.", "Jr", "Sr")
        and is_given_name(tokens[0])
        and all(is_title_case(word) or is_initial(word) for word in tokens[1:-1])
    )
