"""What the word lists say about the words of a name: given names and surnames, titles,
institutions' words, and the shapes that names have."""

from __future__ import annotations

import functools
import re

from reader_app.core.countries import code_for, display_name
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.resources import load_word_lists
from reader_app.core.segment import sentence_starters
from reader_app.core.text_search import without_accents as without_accents


@functools.cache
def people_rules() -> dict[str, frozenset[str]]:
    return load_word_lists("people_rules.json")


@functools.cache
def given_names(of_other_countries: bool = True) -> frozenset[str]:
    """The Census given names, those the training sets add ("Johann", "Francois") and, unless
    told not to, those of other countries ("Josip", "Girolamo"), in lower case without
    accents."""
    lists = gazetteer()
    english = lists["given"] | lists["given_seen"]
    return english | lists["given_world"] if of_other_countries else english


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Months that are no one's given name (not April, May, June, August; nor March, a surname):
# "in October Pierre went to Moscow".
_MONTHS = frozenset("january february july september october november december".split())


@functools.cache
def name_end_words() -> frozenset[str]:
    """Words that are not part of a name when they end it ("Pierre Then", "Jose Miguel
    Insulza Monday", "Pierre October")."""
    return (
        sentence_starters()
        | people_rules()["never_alone"]
        | people_rules()["particles"]
        | WEEKDAYS
        | _MONTHS
    )


@functools.cache
def name_start_words() -> frozenset[str]:
    """Words that are not part of a name when they begin it: those that may end it, and
    titles ("President", "Sen.") too; a title after a name is a name ("Hun Sen")."""
    return name_end_words() | gazetteer()["title"]


def is_given_name(word: str, of_other_countries: bool = True) -> bool:
    """A given name of the Census or the training sets (or, unless told not to, of other
    countries), or one that is a common word too."""
    lower = word.lower()
    return (
        without_accents(lower) in given_names(of_other_countries)
        or lower in gazetteer()["given_common"]
    )


def opens_with_a_given_name(words: list[str]) -> bool:
    return is_given_name(words[0])


REGNAL_NUMBER = re.compile(r"[IVXL]+")
# The prefixes of ships' names, as written ("HMS Queen Elizabeth", "USS Ronald Reagan"). "SS"
# is left out: it is the Nazi corps too ("SS Obergruppenführer Reinhard Heydrich").
SHIP_PREFIXES = frozenset("HMS HMAS HMCS HMNZS USS RMS SMS INS HNLMS MV HMY".split())
SHIP_PREFIX = "(?:" + "|".join(sorted(SHIP_PREFIXES)) + ")"
KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Ki-moon", "Jae-in", "Geun-hye"


# Endings only adverbs have: no person's name of the training sets ends so ("Thankfully",
# "Obviously", "Reportedly"; 45 such words there, none a name).
_ADVERB_ENDINGS = (
    "fully",
    "ously",
    "ively",
    "ably",
    "ibly",
    "edly",
    "ically",
    "ingly",
    "lessly",
    "ently",
    "antly",
)


def is_an_adverb(word: str) -> bool:
    """An adverb in -ly: with an ending only adverbs have, or an everyday word made of another
    and -ly; nobody's given name or surname (not "Kelly", "Holy", "Ally" or "Early")."""
    lower = word.lower()
    return (
        lower.endswith("ly")
        and (
            lower.endswith(_ADVERB_ENDINGS)
            or (lower in gazetteer()["everyday"] and in_lists(lower[:-2], ("common", "everyday")))
        )
        and is_nobodys_name(lower)
    )


def is_nobodys_name(word: str) -> bool:
    """A word that no list of given names or surnames holds, with or without its accents,
    the given names that are everyday words too ("Mark", "Will") counted: "Neuschwanstein" of
    "Neuschwanstein Castle", "Suddenly" (not "Lincoln", "Kelly", "Early")."""
    lower = word.lower()
    bare = without_accents(lower)
    return (
        bare not in given_names()
        and bare not in gazetteer()["surname"]
        and not in_lists(lower, ("given_common", "surname"))
    )


def is_given_name_no_particle(word: str) -> bool:
    """A given name that is no particle: "Le" is a given name of other countries' lists, but
    "Le Baron", "Le Petit-Picpus" open with the article."""
    return is_given_name(word) and word.lower() not in people_rules()["particles"]


@functools.lru_cache(maxsize=1 << 16)
def is_adverb_or_gerund(word: str) -> bool:
    """ "Suddenly" of "Suddenly Queequeg": an adverb (is_an_adverb); or a verb's -ing form
    made of an everyday word, nobody's given name or surname, which opens a heading
    ("Testing Dalton's Atomic Theory"; not "Sterling Hayden", "Browning")."""
    lower = word.lower()
    if lower.endswith("ly"):
        return is_an_adverb(word)
    if lower.endswith("ing") and len(lower) > 5:
        stem = lower[:-3]
        verbs = (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem)  # "running"
        made_of_another = any(in_lists(verb, ("common", "everyday")) for verb in verbs)
    else:
        return False
    return made_of_another and is_nobodys_name(lower)


def is_common_word(word: str) -> bool:
    """A common lower-case word that is nobody's given name ("Till" in "Till Elizabeth"; not
    "Mark" in "Mark Twain")."""
    lists = gazetteer()
    key = word.lower()
    if key in lists["given_common"] and key not in people_rules()["not_given_here"]:
        return False
    return key in lists["common"] and key not in lists["given"]


def is_everyday_phrase(words: tuple[str, ...]) -> bool:
    """Words mostly written in lower case, and for more than one word none of them a surname:
    a capitalised phrase ("Childish Recollections", "Thank"), not a name ("Tiger Woods")."""
    lists = gazetteer()
    lowered = [w.lower() for w in words]
    if len(words) > 1 and any(w in lists["surname"] for w in lowered):
        return False
    return all(w in lists["everyday"] for w in lowered)


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
        0 < len(rest) <= 4
        and (
            tokens[0].lower().rstrip(".") in people_rules()["honorifics"]
            or is_compound_title(tokens[0])
        )
        and all(t[:1].isupper() for t in rest)
        and not any(is_institution_word(t) for t in rest)
    )


def without_letters_after(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without the letters of honours and degrees at its end, compared as
    written: "Isaac Newton" of "Isaac Newton PRS FRS"."""
    letters = people_rules()["post_nominals"]
    end = len(tokens)
    while end > 1 and tokens[end - 1] in letters:
        end -= 1
    return tokens[:end]


def without_numbers_after(tokens: tuple[str, ...], keep: int = 1) -> tuple[str, ...]:
    """A name's words without the numbers a table's row runs on after it, keeping at least
    `keep` words: "Mark Ealham" of "Mark Ealham 1", "CSKA Moscow" of "CSKA Moscow 25"."""
    end = len(tokens)
    while end > keep and tokens[end - 1][:1].isdigit():
        end -= 1
    return tokens[:end]


def is_compound_title(word: str) -> bool:
    """Titles joined by hyphens: "Lieutenant-Colonel", "Vice-Admiral", "Major-General"."""
    if "-" not in word:
        return False
    titles = gazetteer()["title"]
    return all(part in titles for part in word.lower().split("-"))


def is_given_name_and_surname(tokens: tuple[str, ...]) -> bool:
    """A common given name and a surname ("Charles Fletcher", "Jesse Owens") are a person
    where the model read a place or an organisation, unless the pair reads as a place
    ("Santa Barbara", "Jackson Hole", "Clifton Hill"); and so with a second given name or a
    surname between ("Miguel Ángel Ríos", "Liberty Hyde Bailey"; not "Hong Kong Standard").
    A weekday, though a given name too, opens a newspaper's or a show's name there: "Sunday
    Telegraph", "Monday Night Football"."""
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
        and not code_for(tokens[1])
    )


def is_demonym_and_name(tokens: tuple[str, ...]) -> bool:
    """A people's word, then a given name and a surname, that the model read as one
    nationality or organisation: "Pole Andrzej Juskowiak", "German Michael Stich"."""
    if len(tokens) < 3:
        return False
    first = tokens[0]
    code = code_for(first)
    return (
        (
            first.lower() in people_rules()["demonym_nouns"]
            or (code is not None and display_name(code) != first)  # not "France Telecom"
        )
        and is_given_name_and_surname(tokens[1:])
    )


def is_person_of(tokens: tuple[str, ...]) -> bool:
    """A given name and a surname, or a title of office or a ruler's and a name, then "of"
    and a place or a team, that the model read as one place or organisation: "Kieron Pollard
    of the West Indies", "Inspector Lestrade of Scotland Yard", "King Harold of England"."""
    return (
        len(tokens) > 3
        and tokens[2] == "of"
        and (
            is_given_name_and_surname(tokens[:2])
            or (
                tokens[0].lower().rstrip(".") in _OFFICES_AND_RULERS
                and is_title_case(tokens[1])
                and not is_institution_word(tokens[1])
                and not code_for(tokens[1])
            )
        )
    )


# Titles of office, which name a person with the name after them.
OFFICES = frozenset(
    "justice judge senator sen governor gov president bishop archbishop cardinal rabbi imam "
    "sheikh reverend rev mayor chancellor premier ambassador coach detective inspector "
    "constable representative rep minister secretary professor prof dr doctor".split()
)
RULERS = frozenset(
    "king queen prince princess duke duchess emperor empress tsar czar sultan earl pharaoh "
    "pope".split()
)
_OFFICES_AND_RULERS = OFFICES | RULERS


# Endings only surnames have ("Petrenko", "Ivanovich", "Kowalczyk", "Papadopoulos",
# "Berbatov"), and endings of Polish towns' first words, whose second may end so too.
_TOWN_ENDINGS = ("ów", "ow", "sk", "ice", "ec")


_SURNAME_ENDINGS = (
    "enko", "ovich", "evich", "ović", "ević", "czyk", "ewicz", "owicz", "escu", "opoulos",
    "akis", "idis", "ishvili", "adze", "yan", "ov", "ova", "ev", "eva", "ski", "sky", "ska",
)  # fmt: skip


# Word lists of things other than people: common and everyday words, places and cities.
WORD_LISTS = ("common", "everyday", "place", "city", "loc")


def in_lists(word: str, kinds: tuple[str, ...]) -> bool:
    """Whether a lower-case word is in any of the gazetteer's lists named `kinds`."""
    lists = gazetteer()
    return any(word in lists[kind] for kind in kinds)


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
        )
    )


def is_ruler_and_name(tokens: tuple[str, ...]) -> bool:
    """A ruler's title and one name are a person where the model read an organisation or a
    place ("Empress Eugénie", "King Alphonso's son"; not "Duke University", "Queen Creek",
    "Prince Rupert, British Columbia" is a town by its region)."""
    return (
        len(tokens) == 2
        and tokens[0].lower() in RULERS
        and _is_a_plain_name_word(tokens[1])
        and tokens[1].lower() not in people_rules()["not_surname_here"]
    )


def _is_a_plain_name_word(word: str) -> bool:
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
    titles = gazetteer()["title"]
    ruled = False
    while len(tokens) > 2 and tokens[0].lower() in titles:
        ruled = ruled or tokens[0].lower() in RULERS
        tokens = tokens[1:]
    if len(tokens) == 3 and not _is_a_plain_name_word(tokens[2]):
        return False
    return (
        len(tokens) in (2, 3)
        and tokens[0][:1].isupper()
        and tokens[0][1:].islower()
        and (ruled or without_accents(tokens[0].lower()) in given_names())
        and bool(REGNAL_NUMBER.fullmatch(tokens[1]))
        and not code_for(tokens[0])
    )


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


def is_title_case(word: str) -> bool:
    """ "Smith", a surname with a prefix ("O'Connor", "McCorvey", "DiMaggio"), and a
    hyphenated name with each part so or in lower case: "Okonjo-Iweala", "Chung-hee"."""
    if not word[:1].isupper():
        return False
    return (
        word[1:].islower()
        or bool(_PREFIXED_SURNAME.fullmatch(word))
        or ("-" in word and all(is_title_case(part) or part.islower() for part in word.split("-")))
    )


_PREFIXED_SURNAME = re.compile(r"(?:O['’]|D['’]|Mc|Mac|Di|De|La|Le)[A-Z][a-z]+")


def is_initial(word: str) -> bool:
    """ "A." in "A. Smith" is an initial, not the article."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def is_institution_word(word: str) -> bool:
    rules, key = people_rules(), word.lower().rstrip(".")
    return key in rules["not_in_names"] or key in rules["not_in_names_not_in_headlines"]


def is_suffix(word: str) -> bool:
    """A generational suffix: "Jr.", "Sr", "III"."""
    return word.lower().rstrip(".") in people_rules()["suffixes"]
