"""People from the model's PER names: titles dropped, forms of one person grouped, counted.

"Emmanuel Macron", "President Macron" and "Macron" are one person, named by the fullest
form. A lone name that could belong to several people goes to the most mentioned of them.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reader_app.core.countries import code_for, display_name
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.ner.tokens import tokenize
from reader_app.core.phrases import PhraseMatcher
from reader_app.core.resources import load_json
from reader_app.core.segment import sentence_starters

Span = tuple[int, int]


@functools.cache
def _rules() -> dict[str, frozenset[str]]:
    data = load_json("people_rules.json")
    return {key: frozenset(value) for key, value in data.items() if isinstance(value, list)}


@functools.cache
def _given_names() -> frozenset[str]:
    """The Census given names and those the training sets add ("Johann", "Francois"), in lower
    case without accents."""
    lists = gazetteer()
    return lists["given"] | lists["given_seen"]


_FIRST_NAME_RATIO = 3
_SURNAME_RATIO = 20


@dataclass(frozen=True)
class Person:
    name: str
    mentions: tuple[Span, ...]


@dataclass
class _Cluster:
    """The forms of one person while grouping; `key` holds the words of its fullest form."""

    key: frozenset[str]
    forms: list[tuple[str, ...]] = field(default_factory=list)
    count: int = 0


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


@functools.cache
def _end_words() -> frozenset[str]:
    """Words that are not part of a name when they end it ("Pierre Then", "Jose Miguel
    Insulza Monday")."""
    return sentence_starters() | _rules()["never_alone"] | _rules()["particles"] | _WEEKDAYS


@functools.cache
def _start_words() -> frozenset[str]:
    """Words that are not part of a name when they begin it: those that may end it, and
    titles ("President", "Sen.") too; a title after a name is a name ("Hun Sen")."""
    return _end_words() | gazetteer()["title"]


def _names_in(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The names inside a PER span: split at lower-case words ("Pierre and Natasha"), with
    titles, honorifics, country words and stray marks dropped from their edges, and none
    after "of"."""
    start_words, end_words = _start_words(), _end_words()
    particles = _rules()["particles"]
    names_too = _rules()["names_too"]
    titles = gazetteer()["title"]
    names: list[tuple[str, ...]] = []
    current: list[str] = []
    joins = particles | ({"of"} if _is_name_of_a_place(words) else set())
    # What follows "of" is where a person comes from or belongs, not another person: "Nia
    # Sanchez of Nevada", "Michael Tien of NPP", "Methodios I of Constantinople".
    # One word after a title alone and "of" is a realm, not a person: "Duke of Lorraine",
    # "Emperor of Russia" (as CoNLL and GUM annotate it).
    owner_before = place_before = realm_before = False
    # What follows a possessive is the owner's work or thing ("Homer's Iliad", "Joseph
    # Conrad's Secret Agent"), unless a given name opens it ("FTU's Alice Mak").
    possessed = False
    for word in [*words, "and"]:
        if word[:1].isupper() or word[:1].isdigit() or (current and word in joins):
            current.append(word)
            continue
        if not current:
            possessed = False  # a word between: "Napoleon's historian Thiers"
            continue
        if (owner_before and not (place_before and word in _POSSESSIVES)) or (
            realm_before and len(current) == 1
        ):
            # (but "Prince Vasíli at Anna Pávlovna's" is at her house)
            owner_before, place_before, realm_before, current = word == "of", False, False, []
            continue
        realm_before = word == "of" and all(w.lower().rstrip(".") in titles for w in current)
        if current[0].lower() in _SHIP_PREFIXES:
            current = []  # "HMS Queen Elizabeth" is a ship, not the Queen
        while (
            current
            and not _is_initial(current[0])
            and not (len(current) > 1 and current[0].lower() in names_too)
            # A particle written with a capital begins the name: "De Gaulle", "Van Gogh".
            and not (
                len(current) > 1 and current[0][:1].isupper() and current[0].lower() in particles
            )
            and (
                current[0].lower().rstrip(".") in start_words
                or (code_for(current[0]) and not _is_given_name_before(current))
                or (
                    len(current) > 1
                    and _is_common_word(current[0])
                    and not _KOREAN_GIVEN_NAME.fullmatch(current[1])  # "Ban Ki-moon"
                )
                or (len(current) > 1 and _is_adverb(current[0]))
                or _is_date_before_title(current)
            )
        ):
            current.pop(0)
        while (
            current
            and not _is_initial(current[-1])
            and not (len(current) > 1 and current[-1].lower() in names_too)
            and not _is_first_of_the_name(current)
            and current[-1].lower() in end_words
        ):
            current.pop()
        if len(current) > 1 and _REGNAL_AT_A_STOP.fullmatch(current[-1]):
            current[-1] = current[-1][:-1]  # "Queen Mary I." at the end of a sentence
        while len(current) > 2 and current[-1].lower() in titles:
            current.pop()  # "Robert Pangborn Vice President", but "Hun Sen"
        if len(current) > 1 and _is_occupation_before_name(current):
            current.pop(0)  # "Frontman Kurt Cobain", "Defender John Terry", "Guitarist Ishigaki"
        current = current[_after_inner_title(current, titles) :]
        thing = possessed and bool(current) and not _opens_with_a_given_name(current)
        if thing:
            current = []
        for at in range(1, len(current) - 1):
            if _is_suffix(current[at]) and (
                without_accents(current[at + 1].lower()) in _given_names()
            ):
                # "Thomas Francis Jr. Albert Sabin": the splitter kept "Jr." inside a sentence.
                names.append(tuple(current[: at + 1]))
                current = current[at + 1 :]
                break
        if current:
            names.append(tuple(current))
        # After a title alone a person may follow: "Governor of Washington Chris Gregoire".
        # After a thing, what follows is its place or owner ("Stones of Florence", "Articles
        # of Impeachment"), and rarely a person ("Life of Samuel Comstock").
        # What follows "in" or "at" is a place or a work: "Dustin Hoffman in Kramer vs. Kramer".
        place_before = word in _PLACE_PREPOSITIONS
        owner_before = place_before or (word == "of" and (bool(current) or thing))
        possessed = word in _POSSESSIVES
        current = []
    return names


_POSSESSIVES = frozenset({"'s", "’s"})
_SHIP_PREFIXES = frozenset({"hms", "hmas", "hmcs", "hmnzs", "uss", "rms", "sms", "ins", "hnlms"})
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Ki-moon", "Jae-in", "Geun-hye"
_PLACE_PREPOSITIONS = frozenset({"in", "at"})


def _opens_with_a_given_name(words: list[str]) -> bool:
    first = words[0].lower()
    return without_accents(first) in _given_names() or first in gazetteer()["given_common"]


_REGNAL_NUMBER = re.compile(r"[IVXL]+")
_REGNAL_AT_A_STOP = re.compile(r"[IVXL]+\.")


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


def _listed_among_people(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """A name of two or three capitalised words listed beside people only, and no
    institution's or country's: a person ("Lino Lacedelli and Achille Compagnoni", where the
    model read the second as an organisation)."""
    tokens = names[number].tokens
    if not 2 <= len(tokens) <= 3 or not all(_is_title_case(t) for t in tokens):
        return False
    if any(_is_institution_word(t) or code_for(t) for t in tokens):
        return False
    first, last = tokens[0].lower(), tokens[-1].lower()
    if last.endswith("s") or _in_lists(last, _WORD_LISTS) or _in_lists(first, _WORD_LISTS):
        return False  # "Chicago Cubs", "London Newsroom", "Penn State"
    neighbours = _listed_with(text, names, number)
    return bool(neighbours) and all(
        n.kind == "PER" and len(n.tokens) > 1 and n.tokens[0][:1].isupper() for n in neighbours
    )


def _listed_among_places(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """Whether the name `names[number]` stands in a list ("A, B and C") whose other names
    next to it are all places: then it is a place too. A given name needs places on both
    sides ("Eisenschiml, Otto" is a person, as a bibliography writes him)."""
    neighbours = _listed_with(text, names, number)
    if not neighbours:
        return False
    if len(neighbours) < 2 and (
        without_accents(names[number].tokens[0].lower()) in _given_names()
        or names[number].tokens[0].lower() in gazetteer()["given_common"]
    ):
        return False
    return all(n.kind == "LOC" for n in neighbours)


# A plural kind of place before a list of their names: "the villages of Bobrowa, Góra
# Motyczna and Zasów", "It borders the gminas of Czarna, Dębica and Ropczyce".
_PLACE_KINDS = frozenset(
    "villages towns cities municipalities communes parishes settlements hamlets districts "
    "counties provinces regions gminas suburbs neighbourhoods neighborhoods islands rivers "
    "lakes mountains valleys states localities boroughs townships".split()
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


def _listed_after_places(text: str, names: Sequence[NameSpan], number: int) -> bool:
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


def _is_given_name_before(words: list[str]) -> bool:
    """A country's name that is also a given name, before another name: "Jordan Henderson",
    "Chad Smith", "Israel Adesanya"; not a demonym ("German Michael Stich")."""
    first = words[0]
    return (
        len(words) > 1
        and words[1][:1].isupper()
        and without_accents(first.lower()) in _given_names()
        and display_name(code_for(first)) == first
    )


def _is_first_of_the_name(words: list[str]) -> bool:
    """ "I" after a given name is a ruler's number, not the pronoun: "Alexander I"."""
    return (
        len(words) > 1
        and words[-1] == "I"
        and words[-2][:1].isupper()
        and without_accents(words[-2].lower()) in _given_names()
    )


def _after_inner_title(words: list[str], titles: frozenset[str]) -> int:
    """Where a name begins after a title inside a span that a given name follows: "Holy Roman
    Emperor Francis II", "Crown Prince Frederik"; 0 if no title is followed so. "St" after a
    given name begins a surname ("Oliver St John")."""
    given = _given_names()
    for index in range(len(words) - 2, 0, -1):
        title, following = words[index].lower().rstrip("."), words[index + 1]
        if (
            title in titles
            and following[:1].isupper()
            and without_accents(following.lower()) in given
            and not (title in _SAINT and without_accents(words[index - 1].lower()) in given)
        ):
            return index + 1
    return 0


_SAINT = frozenset({"st", "saint"})


def _is_name_of_a_place(words: tuple[str, ...]) -> bool:
    """A given name, perhaps a regnal number, "of" and one capitalised word: how saints and
    rulers are named ("Hilary of Poitiers", "Louis X of France"), one person. Not a surname
    or a place word before "of" ("Smith of Microsoft", "Isle of Man"), nor an acronym or
    several words after it ("Michael Tien of NPP", "Fernando Cheung of the Labour Party")."""
    if words.count("of") != 1:
        return False
    at = words.index("of")
    lists = gazetteer()
    titles = lists["title"]
    head = [w for w in words[:at] if w.lower().rstrip(".") not in titles]
    if len(head) == 2 and _REGNAL_NUMBER.fullmatch(head[1]):
        head.pop()
    tail = words[at + 1 :]
    if len(head) != 1 or len(tail) != 1:
        return False
    name, place = head[0], tail[0]
    return (
        without_accents(name.lower()) in _given_names()
        and not code_for(name)  # "the peers of France of Rome"
        and place[:1].isupper()
        and not place.isupper()
        and not place.endswith(_DOCTRINE_ENDINGS)  # "Pierre of Illuminism"
        and not _is_institution_word(place)
    )


def _is_occupation_before_name(words: list[str]) -> bool:
    """A first word that is nobody's given name or surname, before a given name or written
    mostly in lower case: an occupation written like a title ("Frontman Kurt Cobain",
    "Mathematician Hermann Weyl"), not "Ho Chi Minh"."""
    lists = gazetteer()
    first = without_accents(words[0].lower())
    if _is_initial(words[0]) or first in _given_names() or not words[1][:1].isupper():
        return False
    if first in _rules()["person_kinds"]:
        # "Drummer Orri Páll Dýrason", though Drummer is a surname too; of two words only
        # when the first is nobody's name ("Guitarist Ishigaki", not "Shah Abbas")
        return len(words) > 2 or first not in lists["surname"]
    return (
        len(words) > 2
        and first not in lists["surname"]
        and (first in lists["everyday"] or without_accents(words[1].lower()) in _given_names())
    )


@functools.lru_cache(maxsize=1 << 16)
def without_accents(word: str) -> str:
    """ "josé" as the Census lists write it: "jose" (so "José Luis Zapatero" keeps "José")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _is_adverb(word: str) -> bool:
    """ "Suddenly" of "Suddenly Queequeg": an everyday word made of another and -ly, and
    nobody's given name or surname (not "Kelly", "Holy", "Ally" or "Early")."""
    lower = word.lower()
    return (
        lower.endswith("ly")
        and lower in gazetteer()["everyday"]
        and _in_lists(lower[:-2], ("common", "everyday"))
        and without_accents(lower) not in _given_names()
        and not _in_lists(lower, ("given_common", "surname"))
    )


def _is_date_before_title(words: list[str]) -> bool:
    """ "January" in "January Princess Mary" (the end of January, then a princess), but not
    "Jan" in "Jan Ullrich" nor "May" in "May Smith"."""
    lists = gazetteer()
    return (
        len(words) > 1
        and words[0].lower() in lists["month"]
        and words[1].lower().rstrip(".") in lists["title"]
    )


def _is_common_word(word: str) -> bool:
    """A common lower-case word that is nobody's given name ("Till" in "Till Elizabeth"; not
    "Mark" in "Mark Twain")."""
    lists = gazetteer()
    key = word.lower()
    if key in lists["given_common"] and key not in _rules()["not_given_here"]:
        return False
    return key in lists["common"] and key not in lists["given"]


def _is_everyday_phrase(words: tuple[str, ...]) -> bool:
    """Words mostly written in lower case, and for more than one word none of them a surname:
    a capitalised phrase ("Childish Recollections", "Thank"), not a name ("Tiger Woods")."""
    lists = gazetteer()
    lowered = [w.lower() for w in words]
    if len(words) > 1 and any(w in lists["surname"] for w in lowered):
        return False
    return all(w in lists["everyday"] for w in lowered)


def _is_honorific_name(tokens: tuple[str, ...]) -> bool:
    """ "Dr. William Glennie" is a person even where the model read "the school of Dr.
    William Glennie" as the school's name."""
    rest = tokens[1:]
    return (
        0 < len(rest) <= 3
        and tokens[0].lower().rstrip(".") in _rules()["honorifics"]
        and all(t[:1].isupper() for t in rest)
        and not any(_is_institution_word(t) for t in rest)
    )


def _is_given_name_and_surname(tokens: tuple[str, ...]) -> bool:
    """A common given name and a surname ("Charles Fletcher", "Jesse Owens") are a person
    where the model read a place or an organisation, unless the pair reads as a place
    ("Santa Barbara", "Jackson Hole", "Clifton Hill")."""
    if len(tokens) != 2 or not all(t[:1].isupper() and t[1:].islower() for t in tokens):
        return False
    lists = gazetteer()
    first, last = (t.lower() for t in tokens)
    rules = _rules()
    return (
        without_accents(first) in _given_names()
        and (last in lists["surname"] or _may_be_a_surname(first, last))
        and first not in rules["not_given_here"]
        and last not in rules["not_in_names"]
        and last not in rules["not_surname_here"]
        and last not in lists["loc"]
        and " ".join((first, last)) not in lists["place"]
        and not code_for(tokens[0])
        and not code_for(tokens[1])
    )


def _is_person_of(tokens: tuple[str, ...]) -> bool:
    """A given name and a surname, then "of" and a place or a team, that the model read as
    one place or organisation: "Kieron Pollard of the West Indies"."""
    return len(tokens) > 3 and tokens[2] == "of" and _is_given_name_and_surname(tokens[:2])


# Endings only surnames have ("Petrenko", "Ivanovich", "Kowalczyk", "Papadopoulos",
# "Berbatov"), and endings of Polish towns' first words, whose second may end so too.
_TOWN_ENDINGS = ("ów", "ow", "sk", "ice", "ec")
_SURNAME_ENDINGS = (
    "enko", "ovich", "evich", "ović", "ević", "czyk", "ewicz", "owicz", "escu", "opoulos",
    "akis", "idis", "ishvili", "adze", "yan", "ov", "ova", "ev", "eva", "ski", "sky", "ska",
)  # fmt: skip


# Word lists of things other than people: common and everyday words, places and cities.
_WORD_LISTS = ("common", "everyday", "place", "city", "loc")


def _in_lists(word: str, kinds: tuple[str, ...]) -> bool:
    """Whether a lower-case word is in any of the gazetteer's lists named `kinds`."""
    lists = gazetteer()
    return any(word in lists[kind] for kind in kinds)


def _ends_with_a_surname(name: NameSpan) -> bool:
    """Two capitalised words, the last with an ending only surnames have, are a person where
    the model read an organisation ("Kirill Petrenko has been chief conductor"), or a place
    after a given name ("Andrey Moiseev"; not "Bélaya Tsérkov", a town)."""
    tokens = name.tokens
    if len(tokens) != 2 or not all(t[:1].isupper() and t[1:].islower() for t in tokens):
        return False
    first, last = (t.lower() for t in tokens)
    if name.kind == "LOC" and without_accents(first) not in _given_names():
        return False
    return (
        last.endswith(_SURNAME_ENDINGS)
        and not first.endswith(_TOWN_ENDINGS)  # "Aleksandrów Kujawski", "Ostrów Wielkopolski"
        and not _in_lists(first, (*_WORD_LISTS, "org", "month"))
        and not _is_institution_word(first)
        and not code_for(tokens[0])
    )


def _may_be_a_surname(first: str, last: str) -> bool:
    """A last word no list knows, after a given name that is no everyday word or particle:
    "Noam Chomsky", "Roger Federer" (the Census lists lack them); not a plural ("Houston
    Astros"), a hyphenated word ("Hong Kong-listed") or "Art Deco"."""
    lists = gazetteer()
    return (
        last.isalpha()
        and not last.endswith("s")
        and first not in lists["everyday"]
        and first not in _rules()["particles"]
        and last not in _rules()["never_alone"]  # "Roman Catholic"
        and last not in lists["title"]
        and not _in_lists(last, (*_WORD_LISTS, "language", "org"))
        and not _is_institution_word(last)
    )


def _is_regnal_name(tokens: tuple[str, ...]) -> bool:
    """A given name and a regnal number ("Charles III", "Louis XIV") are a ruler where the
    model read a place ("the residence of Charles III")."""
    return (
        len(tokens) == 2
        and tokens[0][:1].isupper()
        and tokens[0][1:].islower()
        and without_accents(tokens[0].lower()) in _given_names()
        and bool(_REGNAL_NUMBER.fullmatch(tokens[1]))
        and not code_for(tokens[0])
    )


def _in_capitals(words: tuple[str, ...]) -> bool:
    return all(w.isupper() for w in words)


_VOWELS = frozenset("AEIOUY")


def _as_name(words: tuple[str, ...]) -> str:
    """A name for display: "HUN SEN" from an all-capital text reads "Hun Sen"; initials and
    letters without a vowel ("JFK") stay as written."""
    if not _in_capitals(words):
        return " ".join(words)
    return " ".join(
        w.title() if len(w) > 2 and _VOWELS.intersection(w) and "." not in w else w for w in words
    )


_WORD_BEFORE = re.compile(r"([\w.]+)\s+$")


def _after_title(text: str, start: int) -> bool:
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


def _without_a_code(text: str, name: NameSpan) -> NameSpan:
    """A person's name without the short code in capitals the model read with it, where a
    given name follows the code: "DF Philipp Lahm", "FW Thomas Müller" in a squad's list."""
    tokens = name.tokens
    if (
        len(tokens) < 3
        or tokens[0] not in _CODES_BEFORE_NAMES
        or not _opens_with_a_given_name(list(tokens[1:]))
        or not all(_is_title_case(t) or _is_initial(t) for t in tokens[1:])
        or (len(tokens) == 3 and not _is_given_name_and_surname(tokens[1:]))
        or tokens[-1].endswith("s")
    ):
        return name  # not "LSU Tigers", "UCF Golden Knights"
    start = text.find(tokens[1], name.start, name.end)
    return name if start < 0 else NameSpan("PER", start, name.end, tokens[1:])


def _with_unknown_word_before(text: str, name: NameSpan) -> NameSpan:
    """A person's name with the capitalised word right before it that no word list knows,
    which the model left out: "Shahrukh" of "Shahrukh Khan is an Indian actor"."""
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
        not (word[:1].isascii() and word[:1].isupper())
        or not (word[1:].isascii() and word[1:].isalpha() and word[1:].islower())
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
        _in_lists(lower, (*_WORD_LISTS, "title", "month", "org", "language"))
        or _is_institution_word(word)
        or code_for(word)
        or lower in _start_words()
        or lower in _rules()["person_kinds"]
        # "Disregarding Napoleon", "Whereupon Stubb": a sentence's first word, no name
        or (
            lower.endswith(_NOT_NAME_ENDINGS_BEFORE)
            and without_accents(lower) not in _given_names()
        )
    ):
        return name
    return NameSpan("PER", word_start, name.end, (word, *name.tokens))


_OPENING_NAME = re.compile(r"[^\S\n]*([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})")


def _with_subject_defined_as_a_person(
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
        if not tokens or any(
            not (t[:1].isupper() and t[1:].islower())
            or _in_lists(t.lower(), ("common", "everyday"))
            or _is_institution_word(t)
            or code_for(t)
            for t in tokens
        ):
            continue
        definition = _DEFINITION.match(text, found.end(1))
        if definition is None or definition.group(1) not in _rules()["person_kinds"]:
            continue
        name_start, name_end = found.start(1), found.end(1)
        overlapping = [n for n in names if n.start < name_end and name_start < n.end]
        if any(n.kind == "PER" for n in overlapping):
            continue
        subject = NameSpan("PER", name_start, name_end, tokens)
        return sorted([n for n in names if n not in overlapping] + [subject], key=lambda n: n.start)
    return names


def _read_as_people(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """The names, with those the model read as a place or an organisation after a kind of
    person or a relative read as people ("the goddess Sif", "the poet Homer", "his wife
    Mary"; not "its owner Disney"), and so every name of a list that a plural kind opens
    ("the ancient gods, such as Zeus, Hera, Poseidon and Athena") or that credits people
    ("directed by", "starring", "the son of"); and the names of a list that a plural kind
    of thing opens are things."""
    rules = _rules()
    kinds = rules["person_kinds"] | (rules["person_roles"] - _OWNERS)
    result = list(names)
    at = 0
    while at < len(result):
        before = _word_before(text, result[at].start)
        relabel = None
        if before is not None:
            word, begin = before
            if word in kinds:
                result[at] = _as_person(result[at])
            else:
                relabel = _relabel_after(text, word.rstrip(","), begin, kinds)
        while relabel is not None:
            result[at] = relabel(result[at])
            if at + 1 == len(result) or not _LIST_JOIN.fullmatch(
                text, result[at].end, result[at + 1].start
            ):
                break
            at += 1
        at += 1
    return result


def _relabel_after(
    text: str, word: str, begin: int, kinds: frozenset[str]
) -> Callable[[NameSpan], NameSpan] | None:
    """How to read the names of a list after `word` (which starts at `begin`): as people, as
    things, or as the model read them (None). A kind right before the list is in lower case
    ("the daughters Constance and Eva"; not "Alexander Stephen & Sons, Linthouse"); before
    "such as" or "including" it may open a sentence ("Firms including Mobil")."""
    if word in _CREDITS:
        return _as_person  # "starring Al Pacino and John Cazale", "married Atahualpa"
    if word in _LINKS:
        before = _word_before(text, begin)
        if before is None:
            return None
        previous, begin = before
        previous = previous.rstrip(",").lower()
        if word == "by":
            return _as_person if previous in _CREDITED_BY else None
        if word == "of":
            return _as_person if previous in _KIN else None
        if word == "to":
            return _as_person if previous == "married" else None
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
        return _as_person
    if _plural_kind(word, _LISTED_THINGS):
        return _as_thing  # "albums such as Pablo Honey and Kid A"
    return None


# Words that credit people with a work: "starring Al Pacino and John Cazale", "directed by
# Sidney Lumet" (not "produced by", which companies are too), or name a spouse.
_CREDITS = frozenset({"starring", "co-starring", "featuring", "married"})
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
    """ "gods", "goddesses", "brothers", "statesmen", "wives": the plural of one of `kinds`."""
    if not word.endswith(("s", "men")):
        return False
    return (
        word[:-1] in kinds
        or (word.endswith("es") and word[:-2] in kinds)
        or (word.endswith("ies") and word[:-3] + "y" in kinds)
        or (word.endswith("ves") and word[:-3] + "fe" in kinds)
        or (word.endswith("men") and word[:-3] + "man" in kinds)
    )


def _as_person(name: NameSpan) -> NameSpan:
    """A name of one to three capitalised words, with no institution's or country's word,
    read as a person's."""
    tokens = name.tokens
    if (
        name.kind != "PER"
        and 1 <= len(tokens) <= 3
        and all(_is_title_case(t) and not _HYPHENATED_PARTICIPLE.search(t) for t in tokens)
        and not any(_is_institution_word(t) or code_for(t) for t in tokens)
        and tokens not in _AWARDS  # "the best actress Oscar"
    ):
        return dataclasses.replace(name, kind="PER")
    return name


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


def _is_title_case(word: str) -> bool:
    """ "Smith", and a hyphenated name with each part so or in lower case: "Okonjo-Iweala",
    "Chung-hee"."""
    if not word[:1].isupper():
        return False
    return word[1:].islower() or (
        "-" in word and all(part[1:].islower() or part.islower() for part in word.split("-"))
    )


def _is_initial(word: str) -> bool:
    """ "A." in "A. Smith" is an initial, not the article."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _is_institution_word(word: str) -> bool:
    rules, key = _rules(), word.lower().rstrip(".")
    return key in rules["not_in_names"] or key in rules["not_in_names_not_in_headlines"]


def _is_plausible(words: tuple[str, ...]) -> bool:
    if not words or not any(w[:1].isupper() for w in words):
        return False
    if any(_is_institution_word(w) for w in words):
        return False  # "Hazy Center", "Shuttle Atlantis", "String Quartet"
    if words[-1].lower().endswith(("-born", "-based")):
        return False  # "Ireland-born"
    if len(words) > 1 and _reads_like_a_title(words):
        return False
    if len(words) == 1:
        word = words[0]
        lowered = word.lower()
        return (
            len(word) > 1
            and lowered not in _rules()["never_alone"]
            and not word.isupper()
            and not lowered.endswith(_NOT_NAME_ENDINGS)
            and not lowered.endswith(_FAMILY_ENDINGS)
            and not (
                len(word) >= 7
                and lowered.endswith(_DOCTRINE_ENDINGS)
                and not lowered.endswith("vist")  # Lindqvist, Almqvist
            )
            and not (lowered.endswith("s") and code_for(word[:-1]))
            and not _names_a_group(lowered)
        )
    return True


def _names_a_group(lowered: str) -> bool:
    """A plural that names an order or a people: "Franciscans", "Benedictines", "Carmelites";
    not a surname such as "Evans"."""
    return (
        len(lowered) >= 8
        and lowered.endswith(("ans", "ines", "ites"))
        and not _in_lists(lowered, ("surname", "given_common"))
        and without_accents(lowered) not in _given_names()
    )


def _reads_like_a_title(words: tuple[str, ...]) -> bool:
    """A work's title rather than a person: an everyday word in -ing or -ed, neither a given
    name nor a surname, and the name neither opening with a given name nor ending with a
    surname ("Pushing Daisies"; not "Harry Milling", "Anna Redding")."""
    lists = gazetteer()
    given, surnames, everyday = _given_names(), lists["surname"], lists["everyday"]
    lowered = [without_accents(w.lower()) for w in words]
    if lowered[0] in given or lowered[-1] in surnames:
        return False
    return any(
        len(w) >= 5 and w.endswith(("ing", "ed")) and w in everyday and w not in surnames
        for w in lowered
    )


# "We'll", "Didn't" are not names; nor are "Scientology", "Methodists", "Ukrainians" (a
# doctrine, its followers, a people: a word of seven letters or more so "Christ" stays).
_NOT_NAME_ENDINGS = ("'ll", "’ll", "'ve", "’ve", "'re", "’re", "n't", "n’t")
_FAMILY_ENDINGS = ("idae", "inae", "aceae")  # zoological and botanical families: "Geometridae"
_DOCTRINE_ENDINGS = ("ism", "isms", "ology", "ist", "ists", "ians")


def _may_join(words: tuple[str, ...], count: int, cluster: _Cluster) -> bool:
    """A lone name joins a full name only if it is not far more common than it: "Macron"
    joins "Emmanuel Macron", but "Jane" (hundreds of times) is not the author "Jane Austen"
    (once), nor "Pierre" a misread "Petersburg Pierre". Surnames may be much more common."""
    if len(words) > 1:
        return not _other_initials(words, cluster)
    surnames = {_surname(form).lower().rstrip(".") for form in cluster.forms if len(form) > 1}
    ratio = _SURNAME_RATIO if words[0].lower().rstrip(".") in surnames else _FIRST_NAME_RATIO
    return count <= ratio * cluster.count


def _other_initials(words: tuple[str, ...], cluster: _Cluster) -> bool:
    """Whether a name opening with two initials names someone else than the cluster's full
    name: "G. P. Sippy" is not "Ramesh Sippy" ("J. R. Smith" may be "John Smith"; one initial
    may be a middle one, "T. Cheever" of "Henry T. Cheever", or "M." for "Monsieur")."""
    if len(words) < 3 or not (_is_initial(words[0]) and _is_initial(words[1])):
        return False
    if not cluster.forms:
        return False
    fullest = cluster.forms[0]
    return (
        len(fullest) > 1 and not _is_initial(fullest[0]) and fullest[0][:1].upper() != words[0][0]
    )


def _key(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower().rstrip(".,") for w in words if len(w.rstrip(".,")) > 1)


def group_people(
    text: str, names: Sequence[NameSpan], within: tuple[int, int] | None = None
) -> list[Person]:
    """People named in `names` (PER spans), with every mention of every form of each."""
    names = _read_as_people(text, _with_suffixes(text, names))
    names = _with_subject_defined_as_a_person(text, names, within or (0, len(text)))
    names = [_with_unknown_word_before(text, _without_a_code(text, name)) for name in names]
    # The model may call a surname a place once ("Arancibia will visit Oslo"); within one
    # document, the surname of a full name it called a person is that person.
    # Only a name of capitalised words gives a surname: not "Queen of Petersburg".
    surnames = {
        _surname(n.tokens)
        for n in names
        if n.kind == "PER" and len(n.tokens) > 1 and all(t[:1].isupper() for t in n.tokens)
    }
    mentions: list[tuple[tuple[str, ...], Span]] = []
    as_person: Counter[str] = Counter()  # one-word names, as the model read them
    titles = gazetteer()["title"]
    # Each distinct span read once (a novel names the same few people thousands of times):
    # its plausible names, and the other words of names of institutions and places in it.
    read: dict[tuple[str, ...], tuple[list[tuple[str, ...]], list[str]]] = {}
    in_institutions: Counter[str] = Counter()  # "Mondétour" of "Rue Mondétour"
    in_place_lists: Counter[str] = Counter()
    for number, name in enumerate(names):
        if name.kind != "PER" and not (
            (len(name.tokens) == 1 and name.tokens[0] in surnames)
            or _is_honorific_name(name.tokens)
            or _is_given_name_and_surname(name.tokens)
            or _is_regnal_name(name.tokens)
            or _ends_with_a_surname(name)
            or _is_person_of(name.tokens)
            or _listed_among_people(text, names, number)
            or _defined_as_a_person(text, name)
        ):
            continue
        if name.kind == "PER" and _listed_after_places(text, names, number):
            continue  # "the villages of Bobrowa, Góra Motyczna and Zasów"
        # "Daniel studied at Basel, Heidelberg, and Strasbourg": Heidelberg is a place.
        if (
            name.kind == "PER"
            and len(name.tokens) == 1
            and _listed_among_places(text, names, number)
        ):
            in_place_lists[name.tokens[0]] += 1
        tokens = name.tokens
        if name.kind != "PER" and _is_person_of(tokens):
            tokens = tokens[:2]  # "Kieron Pollard of the West Indies", read as one place
        following = names[number + 1] if number + 1 < len(names) else None
        if (
            len(tokens) > 1
            and tokens[-1].lower() in titles
            and following is not None
            and following.kind == "PER"
            and not text[name.end : following.start].strip()
        ):
            # The model put the next person's title at the end of this one's name: "Paul and
            # Alexander Prince | Vasíli had risen".
            tokens = tokens[:-1]
        if len(tokens) > 2 and tokens[1] == "of" and _is_institution_word(tokens[0]):
            continue  # "War of Jenkins' Ear", "University of Zurich": not "Jenkins", "Zurich"
        if tokens not in read:
            read[tokens] = _read_span(tokens)
        plausible, institution_words = read[tokens]
        if institution_words:  # most names hold none, and Counter.update is slow
            in_institutions.update(institution_words)
        search_from = name.start
        for words in plausible:
            start = text.find(words[0], search_from, name.end)
            last = text.find(words[-1], max(start, 0), name.end)
            if start < 0 or last < 0:
                continue  # words the text does not hold as written: no offsets to give
            end = last + len(words[-1])
            search_from = end
            mentions.append((words, (start, end)))
            if len(words) == 1 and name.kind == "PER":
                as_person[words[0]] += 1
    form_counts = Counter(words for words, _ in mentions)
    # Longest forms found the clusters; shorter forms join the cluster that contains them.
    clusters: list[_Cluster] = []
    clusters_with: dict[str, list[_Cluster]] = {}  # word -> the clusters whose key holds it
    for words in sorted(form_counts, key=lambda w: (-len(_key(w)), -form_counts[w])):
        key = _key(words)
        if not key:
            continue
        some_word = next(iter(key))
        homes = [
            c
            for c in clusters_with.get(some_word, ())
            if key <= c.key and _may_join(words, form_counts[words], c)
        ]
        home = max(homes, key=lambda c: c.count) if homes else _Cluster(key)
        if not homes:
            clusters.append(home)
            for word in key:
                clusters_with.setdefault(word, []).append(home)
        home.forms.append(words)
        home.count += form_counts[words]
    cluster_of = {words: i for i, cluster in enumerate(clusters) for words in cluster.forms}
    spans: list[set[Span]] = [set() for _ in clusters]
    for words, span in mentions:
        if words in cluster_of:
            spans[cluster_of[words]].add(span)
    _add_untagged_mentions(text, clusters, spans, names, within or (0, len(text)))
    # How the model read each one-word name across the document: a word it reads as a place
    # or an organisation at least as often as a person is not a person ("Petersburg"; "Arbil"
    # once a city and once a person). An organisation's name counts for its first word too:
    # "Magna" after "Magna International Inc" is the company.
    readings = _Readings(
        as_person,
        Counter(
            n.tokens[0]
            for n in names
            if n.kind == "ORG" or (n.kind == "LOC" and len(n.tokens) == 1)
        ),
        in_institutions,
        in_place_lists,
        _institution_openings(names),
    )
    people = []
    for cluster, found in zip(clusters, spans, strict=True):
        if _names_nobody(text, cluster.forms, found, readings):
            continue
        # The fullest form, as ordinary text writes it rather than a capital-letter headline.
        fullest = max(
            cluster.forms,
            key=lambda w: (len(_key(w)), not _in_capitals(w), form_counts[w]),
        )
        people.append(Person(_as_name(fullest), tuple(sorted(found))))
    return people


@dataclass(frozen=True)
class _Readings:
    """How the model read each one-word name across a document."""

    as_person: Counter[str]
    as_other: Counter[str]  # as a place, or as an organisation or its first word
    in_institutions: Counter[str]  # inside an institution's or a place's name
    in_place_lists: Counter[str]  # in a list of places ("Basel, Heidelberg, and Strasbourg")
    # the words before the first institution word of a name, when two or more ("Paris
    # Saint-Germain" of "Paris Saint-Germain Football Club"): how often, and where first
    institution_openings: dict[tuple[str, ...], tuple[int, int]]


def _institution_openings(names: Sequence[NameSpan]) -> dict[tuple[str, ...], tuple[int, int]]:
    openings: dict[tuple[str, ...], tuple[int, int]] = {}
    for name in names:
        if name.kind == "PER" or len(name.tokens) < 3:
            continue
        for at, word in enumerate(name.tokens):
            if _is_institution_word(word):
                if at > 1:
                    count, first = openings.get(name.tokens[:at], (0, name.start))
                    openings[name.tokens[:at]] = (count + 1, first)
                break
    return openings


def _names_nobody(
    text: str, forms: list[tuple[str, ...]], found: set[Span], readings: _Readings
) -> bool:
    """Whether a cluster of forms, with its mentions `found`, is no person after all."""
    if found and _defined_as_a_person_here(text, *min(found)):
        return False  # "Batman is a superhero", though Batman is a city too
    lists = gazetteer()
    if all(" ".join(w).lower() in lists["place"] or code_for(" ".join(w)) for w in forms):
        return True  # only ever named like a state or a country: "Maryland", "Utah"
    if all(
        len(w) == 1 and (w[0].lower() in lists["city"] or w[0].lower() in lists["language"])
        for w in forms
    ) and not any(_after_title(text, start) for start, _ in found):
        # Only ever named like a city or a language that is nobody's name ("Mannheim",
        # "Esperanto"); but "Mr. Bingley" is a person wherever Bingley is.
        return True
    if 10 * sum(_defined_as_a_thing(text, start, end) for start, end in found) >= len(found):
        # "Raw Thrills is a video game developer founded by Eugene Jarvis"; but one odd
        # sentence does not unmake a character named hundreds of times.
        return True
    as_person = readings.as_person
    if all(len(w) == 1 and 0 < readings.as_other[w[0]] >= as_person[w[0]] for w in forms):
        return True
    openings = [readings.institution_openings.get(w) for w in forms]
    if (
        all(openings)
        and len(found) <= sum(count for count, _ in filter(None, openings))
        and min(start for start, _ in found) > min(first for _, first in filter(None, openings))
        and not any(_after_title(text, start) for start, _ in found)
    ):
        # "Paris Saint-Germain Football Club, commonly referred to as Paris Saint-Germain": an
        # institution named in full, then in short. Walt Disney, named more often than "The
        # Walt Disney Company", is a person, and so are "General George Washington" beside
        # "the George Washington Bridge" and "novelists ... Jack London" before "Jack London
        # Square".
        return True
    if all(len(w) == 1 and readings.in_place_lists[w[0]] >= as_person[w[0]] > 0 for w in forms):
        return True  # a person named only in lists of places is a place
    if all(len(w) == 1 and readings.in_institutions[w[0]] > as_person[w[0]] for w in forms):
        return True  # "Mondétour", mostly read in "Rue Mondétour"
    if all(
        len(w) == 1
        and without_accents(w[0].lower()) not in _given_names()
        and w[0].lower() not in lists["surname"]
        for w in forms
    ) and any(_before_an_epithet(text, end) for _, end in found):
        # A genus, nobody's name: "Corvus rhipidurus", "Quercus robur"; once a species is
        # named so, its genus alone is the genus too ("caterpillars of Agrotis").
        return True
    if all(len(w) == 1 and w[0].lower() in lists["month"] for w in forms) and all(
        _is_a_date(text, start, end) for start, end in found
    ):
        return True  # "born on March 19, 2012", "the end of January"
    if all(_is_a_title_alone(w) for w in forms):
        return True  # "the Dowager Empress", "the Old Prince": a title, no name
    if all(_WORK_BEFORE.search(text, max(0, start - 48), start) for start, _ in found):
        return True  # "the 2007 film Juno", "the ship Pequod": a title, not a person
    if all(_names_a_saints_building(text, start, end) for start, end in found):
        return True  # "St Mary's Church", "St. Peter's Basilica"
    if all(_PLACE_BEFORE.search(text, max(0, start - 20), start) for start, _ in found):
        return True  # "was born in Llandaff", "a house near Hartfield": a place
    if all(_THE_BEFORE.search(text, max(0, start - 8), start) for start, _ in found):
        return True  # a title inside a sentence: "opposite Robert De Niro in The Deer Hunter"
    if all(_is_quoted(text, start, end) for start, end in found):
        return True  # a song's or a story's title: songs such as "Carey" and "California"
    return all(_is_everyday_phrase(w) for w in forms)  # "History", "Childish Recollections"


# A work's kind after a determiner, before its title: "the 2007 film Juno", "his album Blue",
# "the newspaper L'Auto"; and a storm's or a military operation's, before its name
# (not the verbs "I show Stella", "to play Hamlet").
_WORK_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}"
    r"(?:film|movie|album|song|single|novel|book|play|musical|opera|series|sitcom|show"
    r"|poem|painting|game|ship|airship|vessel|yacht|racehorse|newspaper|magazine|journal"
    r"|website|band)[^\S\n]+$"
    r"|\b(?:Hurricane|Typhoon|Cyclone|Storm|Operation)[^\S\n]+$"  # "Hurricane Katrina"
)
_OPENING_QUOTE = re.compile(r"(?:^|(?<=\s))(?:\"|“|‘|'|``)\s*$")
_CLOSING_QUOTE = re.compile(r"\s*(?:\"|”|''|['’](?!\w))")


def _is_quoted(text: str, start: int, end: int) -> bool:
    """Whether quotation marks enclose a mention and nothing else: how a title is written
    ("Carey"). A person is rarely named so, and then also named elsewhere without them."""
    return bool(
        _OPENING_QUOTE.search(text, max(0, start - 4), start) and _CLOSING_QUOTE.match(text, end)
    )


_PLACE_BEFORE = re.compile(
    r"\b(?:(?:born|died|buried|lives|lived|located|situated|based)[^\S\n]+(?:in|at|near)"
    r"|near)[^\S\n]+$"
)
_THE_BEFORE = re.compile(r"[a-z,;:][^\S\n]+The[^\S\n]+$")
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|San|Santa|Sankt)[^\S\n]+$")
_POSSESSIVE_AND_NAME_AFTER = re.compile(r"['’]s?[^\S\n]+[A-Z]")


def _names_a_saints_building(text: str, start: int, end: int) -> bool:
    """Whether a mention is the saint in the name of a church, a college or a hospital, or
    of a town: "St Mary's Church", "St. John's College", "Saint Paul, Minnesota"."""
    if not _SAINT_BEFORE.search(text, max(0, start - 8), start):
        return False
    if _POSSESSIVE_AND_NAME_AFTER.match(text, end):
        return True
    region = _REGION_AFTER.match(text, end)
    return region is not None and (
        _in_lists(region.group(1).lower(), ("place", "loc")) or bool(code_for(region.group(1)))
    )


_REGION_AFTER = re.compile(r",[^\S\n]+([A-Z][\w-]+(?:[^\S\n]+[A-Z][\w-]+)?)")


_NUMBER_AFTER = re.compile(r"[^\S\n]*\d")
_BEFORE_A_DATE = re.compile(
    r"(?:\d(?:st|nd|rd|th)?|\b(?:in|of|since|until|till|from|through|by|during|early|late|mid"
    r"|last|next|this|every|each|before|after|on))[^\S\n]+$",
    re.IGNORECASE,
)


def _is_a_date(text: str, start: int, end: int) -> bool:
    """Whether a month's or a day's name is part of a date: a number next to it, or a
    preposition before it ("March 19", "19 March", "the end of January")."""
    return bool(
        _NUMBER_AFTER.match(text, end) or _BEFORE_A_DATE.search(text, max(0, start - 12), start)
    )


def _is_a_title_alone(words: tuple[str, ...]) -> bool:
    """Words ending with a title written in full and with no given name or surname in them:
    "Dowager Empress"; not "Hun Sen", whose "Sen" stands for "Senator" only with a period."""
    lists = gazetteer()
    return (
        len(words) > 1
        and len(words[-1]) > 3
        and words[-1].lower() in lists["title"]
        and not any(
            without_accents(w.lower()) in _given_names()
            or w.lower() in lists["given_common"]
            or w.lower() in lists["surname"]
            for w in words
        )
    )


_NEXT_LOWER_CASE_WORD = re.compile(r" ([a-z]{4,})\b")
_LATIN_ENDINGS = ("us", "um", "a", "ae", "i", "is", "ix", "ax", "ex")


def _before_an_epithet(text: str, end: int) -> bool:
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
        and word not in _rules()["particles"]
    )


def _read_span(tokens: tuple[str, ...]) -> tuple[list[tuple[str, ...]], list[str]]:
    """The plausible names in a PER span, and the capitalised words of the names in it that
    are an institution's or a place's ("Mondétour" in "Rue Mondétour")."""
    names = _names_in(tokens)
    institution_words = [
        word
        for name in names
        if len(name) > 1 and any(_is_institution_word(w) for w in name)
        for word in name
        if word[:1].isupper() and not _is_institution_word(word)
    ]
    return [name for name in names if _is_plausible(name)], institution_words


def _is_suffix(word: str) -> bool:
    """A generational suffix: "Jr.", "Sr", "III"."""
    return word.lower().rstrip(".") in _rules()["suffixes"]


def _surname(words: Sequence[str]) -> str:
    """The last word of a name but a generational suffix: "King" in "Martin Luther King Jr."."""
    for word in reversed(words):
        if not _is_suffix(word):
            return word.rstrip(",")
    return words[-1]


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
_DEFINITION = re.compile(
    r"[^\S\n]*(?:\([^()\n]{0,160}\)[^\S\n]*)?,?[^\S\n]*(?:is|was|are|were)\s+(?:an?|the|one of the)\s+"
    rf"(?:(?!(?:the|an?|{_HEAD_ENDS})\s)[\w'’-]+\s+){{0,6}}?([a-z][a-z-]*)"
    rf"(?=\s+(?:{_HEAD_ENDS})\b|\s*[.,;:()])"
)


def _defined_as_a_person_here(text: str, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` opens its sentence and is defined there as a
    person: "Batman is a superhero appearing in American comic books"."""
    match = _DEFINITION.match(text, end)
    return (
        match is not None
        and match.group(1) in _rules()["person_kinds"]
        and _opens_a_clause(text, start)
    )


def _defined_as_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the name ending at `end` is defined as a thing right after it: "Raw Thrills is
    a video game developer founded by", "010 is the tenth album from"; not "Barry Privett
    is the lead singer of the band"."""
    match = _DEFINITION.match(text, end)
    return (
        match is not None
        and match.group(1) in _rules()["thing_kinds"]
        and _opens_a_clause(text, start)
    )


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


def _defined_as_a_person(text: str, name: NameSpan) -> bool:
    """Whether a name of two to four capitalised words, read as an organisation or a place,
    is defined as a person right after it: "Nico Hülkenberg is a German racing driver",
    "Uri Caine is an American pianist", as a Wikipedia article opens."""
    tokens = name.tokens
    if not 2 <= len(tokens) <= 4 or not all(_is_title_case(t) for t in tokens):
        return False
    if any(_is_institution_word(t) or code_for(t) for t in tokens):
        return False
    match = _DEFINITION.match(text, name.end)
    if match is not None and match.group(1) in _rules()["person_kinds"]:
        return True
    match = _APPOSITION.match(text, name.end)
    return (
        match is not None and match.group(1) in _rules()["person_kinds"] | _rules()["person_roles"]
    )


# A name described between commas right after it: "Gabe Newell, the co-founder of Valve,".
_APPOSITION = re.compile(
    r"[^\S\n]*,[^\S\n]*(?:the|an?|his|her|their|its)\s+"
    rf"(?:(?!(?:the|an?|{_HEAD_ENDS})\s)[\w'’-]+\s+){{0,4}}?([a-z][a-z-]*)"
    rf"(?=\s+(?:{_HEAD_ENDS})\b|\s*[,;.])"
)


def _with_suffixes(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
    """The names with a generational suffix the model read as a name of its own joined to
    the name before it ("Martin Luther King | Jr."); a suffix alone is nobody."""
    joined: list[NameSpan] = []
    for name in names:
        tokens = name.tokens
        if _is_suffix(tokens[0]) and all(_is_suffix(t) for t in tokens):
            before = joined[-1] if joined else None
            if before is not None and before.kind == name.kind == "PER":
                gap = text[before.end : name.start]
                if not gap.strip(" ,"):
                    tokens = _with_comma(before.tokens, "," in gap) + tokens
                    joined[-1] = NameSpan("PER", before.start, name.end, tokens)
            continue
        if len(tokens) > 2 and tokens[-2] == "," and _is_suffix(tokens[-1]):
            tokens = _with_comma(tokens[:-2], True) + tokens[-1:]  # "Aquino , Jr." in one span
            name = NameSpan(name.kind, name.start, name.end, tokens)
        joined.append(name)
    return joined


def _with_comma(tokens: tuple[str, ...], comma: bool) -> tuple[str, ...]:
    """The tokens with a comma written onto the last, as in "Benigno S. Aquino, Jr.": the
    scorer, and Wikipedia, keep the comma before a suffix."""
    return (*tokens[:-1], tokens[-1] + ",") if comma else tokens


def _add_untagged_mentions(
    text: str,
    clusters: list[_Cluster],
    spans: list[set[Span]],
    names: Sequence[NameSpan],
    within: tuple[int, int],
) -> None:
    """Counts further occurrences of a person's full form, or of the surname of a full form,
    that the model left untagged; never inside another name."""
    common = gazetteer()["common"]
    # A title is never counted on its own as a surname ("Prince", "Princess").
    titles = gazetteer()["title"]
    form_to_cluster: dict[str, int] = {}
    for index, cluster in enumerate(clusters):
        for words in cluster.forms:
            if len(words) > 1:
                form_to_cluster.setdefault(" ".join(words), index)
                surname = _surname(words)
                lowered = surname.lower()
                if lowered not in common and lowered not in titles and len(surname) > 2:
                    form_to_cluster.setdefault(surname, index)
    if not form_to_cluster:
        return
    taken = sorted((n.start, n.end) for n in names)
    starts = [s for s, _ in taken]
    for start, end in PhraseMatcher(form_to_cluster).finditer(text, *within):
        position = bisect.bisect_right(starts, start) - 1
        if position >= 0 and taken[position][1] > start:
            continue  # inside a name the model found (counted already, or not a person)
        if position + 1 < len(taken) and taken[position + 1][0] < end:
            continue
        spans[form_to_cluster[text[start:end]]].add((start, end))
