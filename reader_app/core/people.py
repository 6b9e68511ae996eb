"""People from the model's PER names: titles dropped, forms of one person grouped, counted.

"Emmanuel Macron", "President Macron" and "Macron" are one person, named by the fullest
form. A lone name that could belong to several people goes to the most mentioned of them.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader_app.core.countries import code_for, display_name
from reader_app.core.name_context import (
    ORGANISATION_BEFORE,
    PLACE_BEFORE,
    STORM_BEFORE,
    THE_BEFORE,
    WORK_BEFORE,
    after_a_kind_of_person,
    after_title,
    before_an_epithet,
    defined_as_a_person,
    defined_as_a_person_here,
    defined_as_a_thing,
    described_as_a_person,
    in_a_quoted_title,
    is_a_date,
    is_quoted,
    listed_after_places,
    listed_among_people,
    listed_among_places,
    listed_beside_people_only,
    listed_between_places,
    names_a_saints_building,
    quoted_as_a_nickname,
    read_as_people,
    with_subject_defined_as_a_person,
    with_unknown_word_before,
    without_a_code,
)
from reader_app.core.name_words import (
    REGNAL_NUMBER,
    ends_with_a_surname,
    given_names,
    in_lists,
    is_adverb_or_gerund,
    is_common_word,
    is_compound_title,
    is_everyday_phrase,
    is_given_name,
    is_given_name_and_surname,
    is_honorific_name,
    is_initial,
    is_institution_word,
    is_person_of,
    is_regnal_name,
    is_ruler_and_name,
    is_suffix,
    is_title_case,
    is_titled_name,
    name_end_words,
    name_start_words,
    opens_with_a_given_name,
    people_rules,
    without_accents,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.ner.tokens import tokenize
from reader_app.core.phrases import PhraseMatcher
from reader_app.core.segment import sentence_starters

Span = tuple[int, int]


_FIRST_NAME_RATIO = 3
_SURNAME_RATIO = 20
_INTRODUCED_WITHIN = 3000  # characters: a page or two


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
    first_at: int = sys.maxsize  # where its first mention starts


def _names_in(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The names inside a PER span: split at lower-case words ("Pierre and Natasha"), with
    titles, honorifics, country words and stray marks dropped from their edges, none after
    "of", none right before a kind of person ("the Zora princess Ruto") and none that names
    a country or a people ("New Zealand", "Native Americans")."""
    start_words, end_words = name_start_words(), name_end_words()
    particles = people_rules()["particles"]
    names_too = people_rules()["names_too"]
    titles = gazetteer()["title"]
    kinds = _kinds_of_person()
    names: list[tuple[str, ...]] = []
    current: list[str] = []
    joins = particles | ({"of"} if _is_name_of_a_place(words) else set())
    # What follows "of" is where a person comes from or belongs, not another person: "Nia
    # Sanchez of Nevada", "Michael Tien of NPP", "Methodios I of Constantinople".
    # One word after a title alone (or a word never a name alone) and "of" is a realm, not a
    # person: "Duke of Lorraine", "Elector of Saxony", "Emperor of Russia" (as CoNLL and GUM
    # annotate it).
    owner_before = place_before = realm_before = False
    # What follows a possessive is the owner's work or thing ("Homer's Iliad", "Joseph
    # Conrad's Secret Agent"), unless a given name opens it ("FTU's Alice Mak").
    possessed = False
    padded = [*words, "and", "and"]
    for at, word in enumerate(padded[:-1]):
        if (
            word[:1].isupper()
            or word[:1].isdigit()
            or (current and (word in joins or _ARTICLE_SURNAME.fullmatch(word)))
        ):
            current.append(word)
            continue
        if word == "the" and _opens_an_epithet(current, padded[at + 1 : at + 3]):
            current.append(word)  # "Edward the Confessor", "Frederick the Wise"
            continue
        if not current:
            possessed = False  # a word between: "Napoleon's historian Thiers"
            continue
        if word in kinds and padded[at + 1][:1].isupper():
            current = []  # a people's or a place's name before a kind: "Zora princess Ruto"
        if (owner_before and not (place_before and word in _POSSESSIVES)) or (
            realm_before and len(current) == 1
        ):
            # (but "Prince Vasíli at Anna Pávlovna's" is at her house)
            owner_before, place_before, realm_before, current = word == "of", False, False, []
            continue
        realm_before = word == "of" and all(w.lower().rstrip(".") in start_words for w in current)
        if current and current[0].lower() in _SHIP_PREFIXES:
            current = []  # "HMS Queen Elizabeth" is a ship, not the Queen
        if len(current) > 1 and (
            _is_a_region(" ".join(current))
            or (current[-1].endswith("s") and code_for(current[-1][:-1]))
        ):
            # a country, a state or a people: "New Zealand", "North Carolina", "Native
            # Americans"
            current = []
        while (
            current
            and not is_initial(current[0])
            and not (len(current) > 1 and current[0].lower() in names_too)
            # A particle written with a capital begins the name: "De Gaulle", "Van Gogh".
            and not (
                len(current) > 1 and current[0][:1].isupper() and current[0].lower() in particles
            )
            and (
                current[0].lower().rstrip(".") in start_words
                or is_compound_title(current[0])
                or (code_for(current[0]) and not _is_given_name_before(current))
                or (
                    len(current) > 1
                    and is_common_word(current[0])
                    and not _KOREAN_GIVEN_NAME.fullmatch(current[1])  # "Ban Ki-moon"
                )
                or (len(current) > 1 and is_adverb_or_gerund(current[0]))
                # "the Decembrists Kondraty Ryleyev and Alexander Bestuzhev"
                or (len(current) > 1 and _names_a_doctrine(current[0].lower()))
                or _is_date_before_title(current)
                or current[0].lower().endswith(_ADJECTIVE_ENDINGS)  # "US-based Amazon"
            )
        ):
            current.pop(0)
        while (
            current
            and not is_initial(current[-1])
            and not (len(current) > 1 and current[-1].lower() in names_too)
            and not _is_first_of_the_name(current)
            and not _is_a_surname_after_a_given_name(current)
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
        thing = possessed and bool(current) and not opens_with_a_given_name(current)
        if thing:
            current = []
        for at in range(1, len(current) - 1):
            if is_suffix(current[at]) and (
                without_accents(current[at + 1].lower()) in given_names()
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


_ADJECTIVE_ENDINGS = ("-based", "-born", "-owned", "-led", "-run")
_POSSESSIVES = frozenset({"'s", "’s"})
_SHIP_PREFIXES = frozenset({"hms", "hmas", "hmcs", "hmnzs", "uss", "rms", "sms", "ins", "hnlms"})
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Ki-moon", "Jae-in", "Geun-hye"
_PLACE_PREPOSITIONS = frozenset({"in", "at"})


_REGNAL_AT_A_STOP = re.compile(r"[IVXL]+\.")


_RULERS_EPITHETS = frozenset(
    "great elder younger bold fair pious wise conqueror confessor magnificent terrible good "
    "bald fat lionheart unready navigator lawgiver apostate venerable".split()
)


def _is_a_name_with_an_epithet(tokens: tuple[str, ...]) -> bool:
    """A name with an epithet ("Edward the Confessor", "Constantine the Great"), which the
    model read as an organisation or a place."""
    return (
        len(tokens) == 3
        and tokens[1] == "the"
        and _opens_an_epithet(list(tokens[:1]), [tokens[2], "and"])
        and not is_institution_word(tokens[2])
    )


def _opens_an_epithet(current: list[str], following: list[str]) -> bool:
    """Whether "the" after a given name alone opens an epithet of one capitalised word:
    "Edward the Confessor", "Ivan the Terrible" (not "Pierre the Fat Man"); after any other
    capitalised word, an epithet rulers bear ("Constantine the Great")."""
    epithet = following[0]
    if len(current) != 1 or not (
        is_given_name(current[0])
        or (epithet.lower() in _RULERS_EPITHETS and not is_institution_word(current[0]))
    ):
        return False
    return (
        epithet[:1].isupper()
        and not following[1][:1].isupper()
        and not epithet.endswith("s")  # "in August the Rostóvs"
        and epithet.lower().rstrip(".") not in name_start_words()  # "his Grace the Duke"
        and current[0].lower() not in gazetteer()["month"]
    )


def _is_given_name_before(words: list[str]) -> bool:
    """A country's name that is also a given name, before another name: "Jordan Henderson",
    "Chad Smith", "Israel Adesanya"; not a demonym ("German Michael Stich")."""
    first = words[0]
    return (
        len(words) > 1
        and words[1][:1].isupper()
        and without_accents(first.lower()) in given_names()
        and display_name(code_for(first)) == first
    )


def _is_first_of_the_name(words: list[str]) -> bool:
    """ "I" after a given name is a ruler's number, not the pronoun: "Alexander I"."""
    return (
        len(words) > 1
        and words[-1] == "I"
        and words[-2][:1].isupper()
        and without_accents(words[-2].lower()) in given_names()
    )


def _is_a_surname_after_a_given_name(words: list[str]) -> bool:
    """A word never a name alone is a surname after a given name: "Terry Alderman", "Claudio
    Bravo", "Henry Kaiser" (not "Will Papa"; "Oh" and "Dear" are in the Census too)."""
    return (
        len(words) == 2
        and words[-1][1:].islower()
        and words[-1].lower() in people_rules()["never_alone"]
        and words[-1].lower() in gazetteer()["surname"]
        and words[-1].lower() not in _NOT_SURNAMES_HERE
        and is_given_name(words[0])
    )


_NOT_SURNAMES_HERE = frozenset({"oh", "ha", "hey", "dear", "lord", "islam", "papa", "mama"})


def _after_inner_title(words: list[str], titles: frozenset[str]) -> int:
    """Where a name begins after a title inside a span that a given name follows: "Holy Roman
    Emperor Francis II", "Crown Prince Frederik"; 0 if no title is followed so. "St" after a
    given name begins a surname ("Oliver St John")."""
    given = given_names()
    # From the first word too: an occupation taken off may leave a title first ("Tory Shadow
    # Chancellor Oliver Letwin").
    for index in range(len(words) - 2, -1, -1):
        title, following = words[index].lower().rstrip("."), words[index + 1]
        if (
            title in titles
            and following[:1].isupper()
            and without_accents(following.lower()) in given
            and not (
                index and title in _SAINT and without_accents(words[index - 1].lower()) in given
            )
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
    if len(head) == 2 and REGNAL_NUMBER.fullmatch(head[1]):
        head.pop()
    tail = words[at + 1 :]
    if len(head) != 1 or len(tail) != 1:
        return False
    name, place = head[0], tail[0]
    return (
        without_accents(name.lower()) in given_names()
        and not code_for(name)  # "the peers of France of Rome"
        and place[:1].isupper()
        and not place.isupper()
        and not place.endswith(_DOCTRINE_ENDINGS)  # "Pierre of Illuminism"
        and not is_institution_word(place)
    )


def _is_occupation_before_name(words: list[str]) -> bool:
    """A first word that is nobody's given name or surname, before a given name or written
    mostly in lower case: an occupation written like a title ("Frontman Kurt Cobain",
    "Mathematician Hermann Weyl"), not "Ho Chi Minh"."""
    lists = gazetteer()
    first = without_accents(words[0].lower())
    if is_initial(words[0]) or first in given_names() or not words[1][:1].isupper():
        return False
    if first in people_rules()["person_kinds"]:
        # "Drummer Orri Páll Dýrason", though Drummer is a surname too; of two words only
        # when the first is nobody's name ("Guitarist Ishigaki", not "Shah Abbas")
        return len(words) > 2 or first not in lists["surname"]
    return (
        len(words) > 2
        and first not in lists["surname"]
        and (first in lists["everyday"] or without_accents(words[1].lower()) in given_names())
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


def _is_plausible(words: tuple[str, ...]) -> bool:
    if not words or not any(w[:1].isupper() for w in words):
        return False
    if any(is_institution_word(w) for w in words):
        return False  # "Hazy Center", "Shuttle Atlantis", "String Quartet"
    if words[-1].lower().endswith(("-born", "-based")):
        return False  # "Ireland-born"
    if len(words) > 1 and _is_an_abstract_noun(words[-1]) and not is_given_name(words[0]):
        return False  # "Dynamic Equivalence", "Persian Architecture" (not "Matthew Holness")
    if len(words) > 1 and _reads_like_a_title(words):
        return False
    if len(words) == 2 and words[0].lower() in _GREETINGS:
        return False  # "Merry Christmas", "Happy Easter"
    if len(words) == 1:
        word = words[0]
        lowered = word.lower()
        return (
            len(word) > 1
            and lowered not in people_rules()["never_alone"]
            # "Tsars", "Kings", "Dukes"
            and not (lowered.endswith("s") and lowered[:-1] in _never_alone_or_titles())
            and not word.isupper()
            and not lowered.endswith(_NOT_NAME_ENDINGS)
            and not lowered.endswith(_FAMILY_ENDINGS)
            and not _names_a_doctrine(lowered)
            and not _CAMEL_CASE.fullmatch(word)
            and not _ACRONYM_PLURAL.fullmatch(word)  # "CDs", "PDAs"
            and not (lowered.endswith("s") and code_for(word[:-1]))
            and not _names_a_group(lowered)
        )
    return True


def _is_a_plural_nickname(word: str) -> bool:
    """A team's nickname in the plural ("Canadiens", "Eagles"); "Jones" looks like one too,
    which is why it counts only after a place's name."""
    return len(word) > 3 and word.endswith("s") and word[1:].islower() and not word.endswith("ss")


@functools.cache
def _kinds_of_person() -> frozenset[str]:
    return people_rules()["person_kinds"] | gazetteer()["title"]


_GREETINGS = frozenset({"merry", "happy", "joyful", "blessed"})


@functools.cache
def _never_alone_or_titles() -> frozenset[str]:
    return people_rules()["never_alone"] | gazetteer()["title"]


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


# A brand's or a site's word with a capital inside ("GameSpot", "YouTube", "PlayStation"),
# not a name's prefix ("McCartney", "DiCaprio", "LeBron", "FitzGerald", "VanDyke").
_CAMEL_CASE = re.compile(
    r"(?!(?:Mc|Mac|De|Di|Du|Da|Del|Des|La|Le|Lo|Fitz|Van|Vander|Von)[A-Z])[A-Z][a-z]+[A-Z]\w*"
)


_ABSTRACT_ENDINGS = (
    "ence",
    "ance",
    "ity",
    "ism",
    "ture",
    "ment",
    "tion",
    "sion",
    "ness",
    "ship",
    "hood",
    "logy",
    "lcy",
    "ncy",
)


def _is_an_abstract_noun(word: str) -> bool:
    """A word with the ending of an abstract noun that no list of names holds ("Equivalence",
    "Architecture"; not "Lawrence", "Vance", "Clement")."""
    lowered = without_accents(word.lower())
    return (
        len(lowered) >= 7
        and lowered.endswith(_ABSTRACT_ENDINGS)
        and lowered not in gazetteer()["surname"]
        and lowered not in given_names()
    )


def _names_a_doctrine(lowered: str) -> bool:
    return (
        len(lowered) >= 7
        and lowered.endswith(_DOCTRINE_ENDINGS)
        and not lowered.endswith("vist")  # Lindqvist, Almqvist
    )


_ROMAN_NAMES_IN_IAN = frozenset(
    "domitian valerian diocletian hadrian justinian vespasian aurelian maximian gratian "
    "claudian quintilian tatian florian cassian trajan valentinian constantian".split()
)


def _names_a_group(lowered: str) -> bool:
    """A plural that names an order or a people: "Franciscans", "Benedictines", "Carmelites",
    or its adjective: "Augustinian", "Elizabethan"; not a surname such as "Evans", nor a
    Roman's name ("Domitian")."""
    return (
        len(lowered) >= 8
        and lowered.endswith(("ans", "ines", "ites", "ian", "ean"))
        and lowered not in _ROMAN_NAMES_IN_IAN
        and not in_lists(lowered, ("surname", "given_common"))
        and without_accents(lowered) not in given_names()
    )


def _reads_like_a_title(words: tuple[str, ...]) -> bool:
    """A work's title rather than a person: an everyday word in -ing or -ed, neither a given
    name nor a surname, and the name neither opening with a given name nor ending with a
    surname ("Pushing Daisies"; not "Harry Milling", "Anna Redding")."""
    lists = gazetteer()
    given, surnames, everyday = given_names(), lists["surname"], lists["everyday"]
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


def _may_join(words: tuple[str, ...], count: int, first: int, cluster: _Cluster) -> bool:
    """A lone name (first named at `first`) joins a full name only if it is not far more
    common than it: "Macron" joins "Emmanuel Macron", but "Jane" (hundreds of times) is not
    the author "Jane Austen" (once), nor "Pierre" a misread "Petersburg Pierre". Surnames
    may be much more common, and so may a given name first met soon after the full name, as
    a person is introduced ("King Harold Godwinson ... Harold was killed"; not "Fitzwilliam
    Darcy ... Colonel Fitzwilliam", nor a misread "Freemasonry Pierre ... Freemasonry", nor
    "Lady Anne Darcy" chapters before "Anne")."""
    if len(words) > 1:
        if words[-1] == "I" and any(
            len(form) > 1 and form[-1] != "I" and REGNAL_NUMBER.fullmatch(form[-1])
            for form in cluster.forms
        ):
            return False  # "Elizabeth I" is not "Elizabeth II" ("I" stays out of the key)
        return not _other_initials(words, cluster)
    surnames = {_surname(form).lower().rstrip(".") for form in cluster.forms if len(form) > 1}
    if words[0].lower().rstrip(".") in surnames or (
        cluster.first_at < first <= cluster.first_at + _INTRODUCED_WITHIN
        and is_given_name(words[0])
    ):
        return count <= _SURNAME_RATIO * cluster.count
    return count <= _FIRST_NAME_RATIO * cluster.count


def _other_initials(words: tuple[str, ...], cluster: _Cluster) -> bool:
    """Whether a name opening with two initials names someone else than the cluster's full
    name: "G. P. Sippy" is not "Ramesh Sippy" ("J. R. Smith" may be "John Smith"; one initial
    may be a middle one, "T. Cheever" of "Henry T. Cheever", or "M." for "Monsieur")."""
    if len(words) < 3 or not (is_initial(words[0]) and is_initial(words[1])):
        return False
    if not cluster.forms:
        return False
    fullest = cluster.forms[0]
    return len(fullest) > 1 and not is_initial(fullest[0]) and fullest[0][:1].upper() != words[0][0]


def _key(words: tuple[str, ...]) -> frozenset[str]:
    # Initials say little, but a regnal number parts "George Tupou V" from "George Tupou II"
    # ("I" too, but it is the pronoun as often: "Darcy I").
    return frozenset(
        w.lower().rstrip(".,")
        for at, w in enumerate(words)
        if len(w.rstrip(".,")) > 1 or (at and w in ("V", "X"))
    )


def group_people(
    text: str, names: Sequence[NameSpan], within: tuple[int, int] | None = None
) -> list[Person]:
    """People named in `names` (PER spans), with every mention of every form of each."""
    names = read_as_people(text, _with_suffixes(text, _without_nicknames(text, names)))
    names = with_subject_defined_as_a_person(text, names, within or (0, len(text)))
    # One-word names of people, but for those the model cut off the name after them
    # ("María | Elena Fernandez").
    named_alone = frozenset(
        n.tokens[0]
        for number, n in enumerate(names)
        if n.kind == "PER"
        and len(n.tokens) == 1
        and not (
            number + 1 < len(names)
            and names[number + 1].kind == "PER"
            and names[number + 1].start == n.end + 1
        )
    )
    names = [
        with_unknown_word_before(text, without_a_code(text, name), named_alone) for name in names
    ]
    # The model may call a surname a place once ("Arancibia will visit Oslo"); within one
    # document, the surname of a full name it called a person is that person.
    # Only a name of capitalised words gives a surname: not "Queen of Petersburg".
    surnames = surnames_of(names)
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
            or is_honorific_name(name.tokens)
            or is_given_name_and_surname(name.tokens)
            or is_regnal_name(name.tokens)
            or is_ruler_and_name(name.tokens)
            or is_titled_name(name.tokens)
            or ends_with_a_surname(name)
            or is_person_of(name.tokens)
            or listed_among_people(text, names, number)
            or defined_as_a_person(text, name)
            or _is_a_name_with_an_epithet(name.tokens)
        ):
            continue
        if name.kind == "PER" and listed_after_places(text, names, number):
            continue  # "the villages of Bobrowa, Góra Motyczna and Zasów"
        if THE_BEFORE.search(text, max(0, name.start - 8), name.start) and not (
            _ATTRIBUTIVE_AFTER.match(text, name.end)
        ):
            continue  # a title: "Christopher Nolan's The Dark Knight"
        if (
            name.kind == "PER"
            and len(name.tokens) > 1
            and not is_given_name(name.tokens[0])
            and not is_initial(name.tokens[0].rstrip(".") + ".")
            and listed_between_places(text, names, number)
        ):
            continue  # "Barcelona, Pink Floyd, Manchester United" (not "Jill Scott")
        # "Daniel studied at Basel, Heidelberg, and Strasbourg": Heidelberg is a place.
        if (
            name.kind == "PER"
            and len(name.tokens) == 1
            and listed_among_places(text, names, number)
        ):
            in_place_lists[name.tokens[0]] += 1
        tokens = name.tokens
        if name.kind != "PER" and is_person_of(tokens):
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
        if len(tokens) > 2 and tokens[1] == "of" and is_institution_word(tokens[0]):
            continue  # "War of Jenkins' Ear", "University of Zurich": not "Jenkins", "Zurich"
        if tokens not in read:
            read[tokens] = _read_span(tokens)
        plausible, institution_words = read[tokens]
        if not plausible and _surname_like_an_institution(text, names, number):
            plausible, institution_words = [tokens], []  # "Wayne Bridge" among footballers
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
    first_at: dict[tuple[str, ...], int] = {}
    for words, (start, _) in mentions:
        first_at.setdefault(words, start)
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
            if key <= c.key and _may_join(words, form_counts[words], first_at[words], c)
        ]
        # The most mentioned person with those words, else the first named: "Bachchan" in an
        # article on Amitabh Bachchan that names his father Harivansh Rai Bachchan once too.
        home = max(homes, key=lambda c: (c.count, -c.first_at)) if homes else _Cluster(key)
        if not homes:
            clusters.append(home)
            for word in key:
                clusters_with.setdefault(word, []).append(home)
        home.forms.append(words)
        home.count += form_counts[words]
        home.first_at = min(home.first_at, first_at[words])
    cluster_of = {words: i for i, cluster in enumerate(clusters) for words in cluster.forms}
    spans: list[set[Span]] = [set() for _ in clusters]
    for words, span in mentions:
        if words in cluster_of:
            spans[cluster_of[words]].add(span)
    _add_untagged_mentions(text, clusters, spans, names, within or (0, len(text)))
    # How the model read each one-word name across the document: a word it reads as a place
    # or an organisation at least as often as a person is not a person ("Petersburg"; "Arbil"
    # once a city and once a person). An organisation's name counts for its first word too:
    # "Magna" after "Magna International Inc" is the company, and a team's plural nickname
    # for its last: "the Canadiens" after "Montreal Canadiens".
    as_other = Counter(
        n.tokens[0] for n in names if n.kind == "ORG" or (n.kind == "LOC" and len(n.tokens) == 1)
    )
    teams = [
        n.tokens
        for n in names
        if n.kind == "ORG" and len(n.tokens) in (2, 3) and _is_a_plural_nickname(n.tokens[-1])
    ]
    if teams:
        places = {n.tokens for n in names if n.kind == "LOC"}
        as_other.update(
            tokens[-1]
            for tokens in teams
            if (tokens[:-1] in places or tokens[0].lower() in gazetteer()["city"])
            # not "Cæsar Tacitus", "King Porus"
            and not as_person[tokens[0]]
            and tokens[0].lower() not in titles
        )
    # A club's short name, the last word of two the model read as an organisation: "Villa"
    # after "Aston Villa", "Palace" after "Crystal Palace" (not a name whose first word is
    # itself read as someone's, nor a word opening a sentence: "On Helen's garter").
    starters = sentence_starters()
    as_other.update(
        n.tokens[1]
        for n in names
        if n.kind == "ORG"
        and len(n.tokens) == 2
        and all(w.isalpha() and w.istitle() and len(w) > 2 for w in n.tokens)
        and not as_person[n.tokens[0]]
        and n.tokens[0].lower() not in titles
        and n.tokens[0].lower() not in starters
    )
    readings = _Readings(
        as_person,
        as_other,
        in_institutions,
        in_place_lists,
        _institution_openings(names),
        names,
    )
    people = []
    for cluster, found in zip(clusters, spans, strict=True):
        if _names_nobody(text, cluster.forms, found, readings):
            continue
        # The fullest form, as ordinary text writes it rather than a capital-letter headline,
        # with its initials ("G. H. Hardy", though "Hardy" is named more often).
        fullest = max(
            cluster.forms,
            key=lambda w: (len(_key(w)), not _in_capitals(w), _initials(w), form_counts[w]),
        )
        if len(cluster.forms) == 1 and len(fullest) == 1 and _no_place_nor_body(fullest[0]):
            # A person of one name is that person where the model read the same word as an
            # organisation, or as a place unless a given name names places too ("Paris"):
            # "The novel follows Okonkwo" counts.
            kinds = ("ORG", "MISC") if is_given_name(fullest[0]) else ("ORG", "MISC", "LOC")
            found = found | set(readings.others_as(fullest, kinds))
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
    names: Sequence[NameSpan]

    @functools.cached_property
    def as_other_whole(self) -> Counter[tuple[str, ...]]:
        """How often each name of two words or more was read as a place or an organisation."""
        return Counter(
            n.tokens for n in self.names if n.kind in ("ORG", "LOC") and len(n.tokens) > 1
        )

    def others_as(
        self, tokens: tuple[str, ...], kinds: tuple[str, ...] = ("ORG", "MISC", "LOC")
    ) -> list[Span]:
        """Where the model read these words as a name of one of `kinds`, not a person's."""
        return [(a, b) for kind, a, b in self._spans_by_tokens.get(tokens, []) if kind in kinds]

    def ends_of(self, word: str) -> list[int]:
        """Where each name of that one word ends, however the model read it."""
        return [end for _, _, end in self._spans_by_tokens.get((word,), [])]

    @functools.cached_property
    def _spans_by_tokens(self) -> dict[tuple[str, ...], list[tuple[str, int, int]]]:
        spans: dict[tuple[str, ...], list[tuple[str, int, int]]] = {}
        for n in self.names:
            spans.setdefault(n.tokens, []).append((n.kind, n.start, n.end))
        return spans

    @functools.cached_property
    def opening_others(self) -> dict[str, list[int]]:
        """Where each place's or organisation's name of several words starts, by its first
        word ("Lagaan" of "Lagaan: Once Upon a Time")."""
        starts: dict[str, list[int]] = {}
        for n in self.names:
            if n.kind != "PER" and len(n.tokens) > 1:
                starts.setdefault(n.tokens[0], []).append(n.start)
        return starts

    @functools.cached_property
    def storm_names(self) -> frozenset[tuple[str, ...]]:
        """The names after a storm's or an operation's kind that the model read with it as
        one name: "Edith" of "Hurricane Edith"."""
        return frozenset(
            n.tokens[1:]
            for n in self.names
            if len(n.tokens) > 1 and STORM_BEFORE.fullmatch(n.tokens[0] + " ")
        )

    @functools.cached_property
    def name_words(self) -> frozenset[str]:
        """Every word of every name (gathered only for the few clusters that ask)."""
        return frozenset(word for tokens in {n.tokens for n in self.names} for word in tokens)


def _institution_openings(names: Sequence[NameSpan]) -> dict[tuple[str, ...], tuple[int, int]]:
    openings: dict[tuple[str, ...], tuple[int, int]] = {}
    for name in names:
        if name.kind == "PER" or len(name.tokens) < 2:
            continue
        for at, word in enumerate(name.tokens):
            if is_institution_word(word):
                if at > 1 or (at == 1 and _is_nobodys_name(name.tokens[0])):
                    count, first = openings.get(name.tokens[:at], (0, name.start))
                    openings[name.tokens[:at]] = (count + 1, first)
                break
    return openings


_GROUP_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?:army|armies|forces|troops|navy|fleet|empire|dynasty|architecture|cuisine"
    r"|river|valley|delta|estuary|basin|peninsula|plateau"
    r"|school|movement|sect|dialect|language|script|alphabet"
    # a make or a style: "Lancaster bombers", "Norman churches"
    r"|bombers?|fighters|aircraft|airliners?|tanks|rifles|locomotives"
    r"|churches|castles|cathedrals|abbeys|invasion|conquest)\b"
)


# A company's legal form after its name: "Halvorsen Marine AS", "Kessler & Voss GmbH".
_COMPANY_FORM_AFTER = re.compile(
    r"[^\S\n]+(?:&[^\S\n]+Co\b|(?:Ltd|Limited|Inc|plc|PLC|LLC|LLP|GmbH|AG|AS|ASA|AB|SA|S\.A"
    r"|NV|N\.V|BV|B\.V|Oy|Oyj|SpA|S\.p\.A|Pty|Corp|Corporation)\b)"
)


_AWARD_AFTER = re.compile(
    # ("the Hugo and Nebula awards")
    r"(?:[^\S\n]+and[^\S\n]+[A-Z][\w-]*)?"
    r"[^\S\n]+(?:nominations?|nominees?|winners?|awards?|prizes?|ceremony|night|race)\b"
    r"|-(?:winning|nominated)\b"
)


_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Minister|Secretary|Commissioner|Ministry|Department)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?$"
)


_EPONYM_AFTER = re.compile(
    r"['’]s[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:[Dd]isease|[Ss]yndrome|[Ll]aws?|[Tt]heorem|[Pp]rinciple"
    r"|[Cc]omet|[Pp]aradox|[Cc]onstant|[Ee]quation|[Rr]azor|[Dd]rugs?)\b"
)


_POSSESSIVE_AND_FULL_NAME = re.compile(r"['’]s[^\S\n]+([A-Z][\w-]+)[^\S\n]+[A-Z]")


def _owns_a_person(text: str, end: int) -> bool:
    """Whether a possessive and a given name and another capitalised word follow a name."""
    match = _POSSESSIVE_AND_FULL_NAME.match(text, end)
    return match is not None and is_given_name(match.group(1))


def _initials(words: tuple[str, ...]) -> int:
    """How many initials a name has, "M." (Monsieur, as novels write it) not counted."""
    return sum(1 for word in words if is_initial(word) and word != "M.")


def _is_a_plural_group(words: tuple[str, ...], name_words: frozenset[str]) -> bool:
    """A name ending in a plural that is no surname: a team, a band or a place. Of one word,
    its singular is no surname or word of another name either: not a family ("the Rostóvs"
    beside "Rostóv"); of more words, no given name opens it ("the Pine Barrens", "the Beach
    Boys"; not "the Venerable Sergius", "Toulousan Tholomyès")."""
    word = words[-1]
    lowered = without_accents(word.lower())
    if len(word) < 4 or not word.endswith("s"):
        return False
    surnames = gazetteer()["surname"]
    if lowered in surnames or lowered in given_names():
        return False
    if len(words) > 1:
        return (
            not lowered.endswith(("us", "is", "ss"))  # "the Venerable Sergius"
            and not word.lower().endswith(("ès", "ás", "ís", "ós", "ús"))  # "Tholomyès"
            and not is_given_name(words[0])
            and all(w[:1].isupper() for w in words)
        )
    if lowered[:-1] in surnames:
        return False
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return not {stem, stem + "a"} & name_words  # "Enderby", "Rostóv", "Karágina"


def _is_nobodys_name(word: str) -> bool:
    """A word no list of given names or surnames holds: "Neuschwanstein" of "Neuschwanstein
    Castle" (not "Lincoln" of "Lincoln Memorial")."""
    lowered = without_accents(word.lower())
    return lowered not in given_names() and lowered not in gazetteer()["surname"]


def _always_after(words_before: re.Pattern[str], reach: int, text: str, found: set[Span]) -> bool:
    """Whether `words_before` ends right before every mention, within `reach` characters."""
    return all(words_before.search(text, max(0, start - reach), start) for start, _ in found)


def _agrees_as_a_team(text: str, found: set[Span]) -> bool:
    """Whether a one-word name opening a clause takes a plural verb ("Chelsea are", "that
    Chelsea have had"), as British English writes a team, and never a singular one."""
    plural = False
    for start, end in found:
        verb = _VERB_AFTER.match(text, end)
        if verb is None:
            continue
        if verb.group(1) in ("is", "was", "has"):
            return False
        plural = plural or bool(_CLAUSE_START_BEFORE.search(text, max(0, start - 9), start))
    return plural


_VERB_AFTER = re.compile(r"[^\S\n]+(are|were|have|is|was|has)\b")
# The name opens a clause, so the verb is its own: not "the letters held by Michel are".
_CLAUSE_START_BEFORE = re.compile(
    r"(?:^|[.!?:;][\"”’]?[^\S\n]+|\n[^\S\n]*|[\"“][^\S\n]*"
    r"|\b(?:that|while|but|when|as|because|if|since)[^\S\n]+)$"
)


def _before_its_region(text: str, end: int) -> bool:
    """Whether a state, a province or a country follows `end` after a comma, and then a stop,
    a comma or "in" ("in Palo Alto, California, in 1939"; not "Ann Richards, Texas
    governor")."""
    region = _REGION_AFTER.match(text, end)
    return region is not None and _is_a_region(region.group(1))


def _is_a_region(name: str) -> bool:
    """A state's, a province's (pycountry's subdivisions) or a country's name."""
    return name.lower() in gazetteer()["place"] or bool(code_for(name))


_REGION_AFTER = re.compile(
    r",[^\S\n]+([A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)?)(?=[,.;:)]|[^\S\n]+(?:in|on|at|and)\b|\s*$)"
)


def _always_before(words_after: re.Pattern[str], text: str, found: set[Span]) -> bool:
    """Whether `words_after` starts right after every mention."""
    return all(words_after.match(text, end) for _, end in found)


# "The", capitalised inside a sentence or opening it, before a title: "The Aviator won".
_ANY_THE_BEFORE = re.compile(r"\bThe[^\S\n]+$")
_ATTRIBUTIVE_AFTER = re.compile(
    r"[^\S\n]+(?:administration|government|family|era|years|presidency|campaign|camp|cabinet"
    r"|regime|doctrine|household|estate|brothers|sisters|twins|clan|dynasty|children|case)\b"
)


def _names_nobody(
    text: str, forms: list[tuple[str, ...]], found: set[Span], readings: _Readings
) -> bool:
    """Whether a cluster of forms, with its mentions `found`, is no person after all."""
    if found and defined_as_a_person_here(text, *min(found)):
        return False  # "Batman is a superhero", though Batman is a city too
    lists = gazetteer()
    if all(_is_a_region(" ".join(w)) for w in forms):
        return True  # only ever named like a state or a country: "Maryland", "Utah"
    if all(
        len(w) == 1 and (w[0].lower() in lists["city"] or w[0].lower() in lists["language"])
        for w in forms
    ) and not any(after_title(text, start) for start, _ in found):
        # Only ever named like a city or a language that is nobody's name ("Mannheim",
        # "Esperanto"); but "Mr. Bingley" is a person wherever Bingley is.
        return True
    defined = sum(defined_as_a_thing(text, start, end) for start, end in found)
    if len(forms) == 1 and len(forms[0]) == 1:
        # "Lagaan: Once Upon a Time in India is a 2001 Indian film", read as a whole title.
        word = forms[0][0]
        defined += sum(
            defined_as_a_thing(text, start, start + len(word))
            for start in readings.opening_others.get(word, ())
            if text.startswith(word, start)
        )
    elif len(forms) == 1:
        # A heading read as a person, then "Kirkby Lonsdale is a town", read as a place.
        defined += sum(
            defined_as_a_thing(text, start, end) for start, end in readings.others_as(forms[0])
        )
    if 10 * defined >= len(found):
        # "Raw Thrills is a video game developer founded by Eugene Jarvis"; but one odd
        # sentence does not unmake a character named hundreds of times.
        return True
    if all(len(w) == 1 for w in forms) and 2 * sum(
        bool(_ANY_THE_BEFORE.search(text, max(0, start - 5), start))
        and not _ATTRIBUTIVE_AFTER.match(text, end)
        for start, end in found
    ) >= len(found):
        return True  # mostly "The Aviator", a title; not "The Bush administration"
    as_person = readings.as_person
    if all(
        len(w) == 1
        and 0 < readings.as_other[w[0]] >= as_person[w[0]]
        and not (
            # a tie, where the text itself calls the name a person's: "Okonkwo, a wrestling
            # champion", "Okonkwo's father" (in Things Fall Apart, read as a place as often)
            readings.as_other[w[0]] == as_person[w[0]]
            and any(described_as_a_person(text, end) for end in readings.ends_of(w[0]))
        )
        for w in forms
    ):
        return True
    if all(len(w) > 1 for w in forms) and (
        sum(readings.as_other_whole[w] for w in forms) > len(found)
    ):
        return True  # "Pan Am", read as a company more often than as a person
    openings = [readings.institution_openings.get(w) for w in forms]
    if (
        all(openings)
        and len(found) <= sum(count for count, _ in filter(None, openings))
        and min(start for start, _ in found) > min(first for _, first in filter(None, openings))
        and not any(
            after_title(text, start)
            or after_a_kind_of_person(text, start)
            or described_as_a_person(text, end)
            for start, end in found
        )
    ):
        # "Paris Saint-Germain Football Club, commonly referred to as Paris Saint-Germain": an
        # institution named in full, then in short. Walt Disney, named more often than "The
        # Walt Disney Company", is a person, and so are "General George Washington" beside
        # "the George Washington Bridge", "novelists ... Jack London" before "Jack London
        # Square", and "the merchant Johns Hopkins" or "Brigham Young, the second president of
        # the church" after the hospital and the university named after them.
        return True
    if all(len(w) == 1 and readings.in_place_lists[w[0]] >= as_person[w[0]] > 0 for w in forms):
        return True  # a person named only in lists of places is a place
    if all(len(w) == 1 and readings.in_institutions[w[0]] > as_person[w[0]] for w in forms):
        return True  # "Mondétour", mostly read in "Rue Mondétour"
    if all(
        len(w) == 1
        and without_accents(w[0].lower()) not in given_names()
        and w[0].lower() not in lists["surname"]
        for w in forms
    ) and any(before_an_epithet(text, end) for _, end in found):
        # A genus, nobody's name: "Corvus rhipidurus", "Quercus robur"; once a species is
        # named so, its genus alone is the genus too ("caterpillars of Agrotis").
        return True
    if all(len(w) == 1 and w[0].lower() in lists["month"] for w in forms) and all(
        is_a_date(text, start, end) for start, end in found
    ):
        return True  # "born on March 19, 2012", "the end of January"
    if all(_is_a_title_alone(w) for w in forms):
        return True  # "the Dowager Empress", "the Old Prince": a title, no name
    if _always_after(WORK_BEFORE, 48, text, found):
        return True  # "the 2007 film Juno", "the ship Pequod": a title, not a person
    if any(STORM_BEFORE.search(text, max(0, start - 12), start) for start, _ in found) or all(
        w in readings.storm_names for w in forms
    ):
        # "Hurricane Katrina ... Katrina formed over the Bahamas", where the model read
        # "Hurricane Katrina" whole
        return True
    if all(_inside_an_institutions_name(text, start) for start, _ in found):
        return True  # "the Church of Jesus Christ of Latter-day Saints"
    if all(names_a_saints_building(text, start, end) for start, end in found):
        return True  # "St Mary's Church", "St. Peter's Basilica"
    if _always_after(PLACE_BEFORE, 30, text, found):
        return True  # "was born in Llandaff", "a house near Hartfield": a place
    if not any(len(w) > 1 and is_given_name(w[0]) for w in forms) and _always_after(
        ORGANISATION_BEFORE, 20, text, found
    ):
        return True  # "Corgan later formed Zwan", "he joined Espanyol" (not "Mickey Rivers")
    if _always_after(THE_BEFORE, 8, text, found):
        return True  # a title inside a sentence: "opposite Robert De Niro in The Deer Hunter"
    if all(len(w) == 1 and _is_an_abstract_noun(w[0]) for w in forms) and not any(
        after_title(text, start) for start, _ in found
    ):
        return True  # "Normalcy", "Nativity" (not "Prince Bagratión")
    if all(len(w) == 1 for w in forms) and (
        # an adjective or a place: "the Ottoman army", "the Douro river"
        _always_before(_GROUP_NOUN_AFTER, text, found)
        # an award: "Emmy nominations", "a Grammy award", "Oscar-winning"
        or _always_before(_AWARD_AFTER, text, found)
        # a team: "Chelsea are doing very well", "Chelsea were reported"
        or _agrees_as_a_team(text, found)
    ):
        return True
    if _always_after(_PORTFOLIO_BEFORE, 30, text, found):
        return True  # "Extraordinary Minister for Sport", "Secretary for Home Affairs"
    if _always_before(_EPONYM_AFTER, text, found):
        return True  # "Alzheimer's disease", "Halley's Comet", "Murphy's law"
    if _always_before(_COMPANY_FORM_AFTER, text, found):
        return True  # "Halvorsen Marine AS is a Norwegian shipbuilding company"
    if all(_before_its_region(text, end) for _, end in found):
        return True  # a town: "Palo Alto, California", "Rosario, Argentina"
    if not any(is_given_name(w[0]) for w in forms) and all(
        _owns_a_person(text, end) for _, end in found
    ):
        # A firm's or a paper's people: "Ego Trip's Sacha Jenkins", "Demosisto's Nathan
        # Law" (but "Mickey Spillane's Mike Hammer").
        return True
    if all(text[max(0, start - 4) : start] in ("the ", "The ") for start, _ in found) and all(
        _is_a_plural_group(w, readings.name_words) for w in forms
    ):
        return True  # a team or a band: "the Patriots", "the Raiders" (not "the Rostóvs")
    if all(
        is_quoted(text, start, end)
        or (in_a_quoted_title(text, start, end) and not quoted_as_a_nickname(text, start))
        for start, end in found
    ):
        return True  # a song's or a story's title: songs such as "Carey" and "California"
    return all(is_everyday_phrase(w) for w in forms)  # "History", "Childish Recollections"


# Bodies whose names hold a person's after "of": "the Church of Jesus Christ of Latter-day
# Saints", "the Society of Jesus", "the College of William & Mary" (but "the Referendum
# Party of James Goldsmith" is his party).
_NAMED_FOR_SOMEONE_BEFORE = re.compile(
    r"\b(?:Church|Temple|Cathedral|Basilica|Chapel|Abbey|Order|Society|College|Congregation"
    r"|Brotherhood|Sisters|Knights)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$"
)


def _inside_an_institutions_name(text: str, start: int) -> bool:
    return bool(_NAMED_FOR_SOMEONE_BEFORE.search(text, max(0, start - 24), start))


def _is_a_title_alone(words: tuple[str, ...]) -> bool:
    """Words ending with a title written in full and with no given name or surname in them:
    "Dowager Empress"; not "Hun Sen", whose "Sen" stands for "Senator" only with a period."""
    lists = gazetteer()
    return (
        len(words) > 1
        and words[0] not in ("DJ", "MC")  # a stage name: "DJ Premier"
        and len(words[-1]) > 3
        and words[-1].lower() in lists["title"]
        and not any(is_given_name(w) or w.lower() in lists["surname"] for w in words)
    )


def _read_span(tokens: tuple[str, ...]) -> tuple[list[tuple[str, ...]], list[str]]:
    """The plausible names in a PER span, and the capitalised words of the names in it that
    are an institution's or a place's ("Mondétour" in "Rue Mondétour")."""
    names = _names_in(tokens)
    institution_words = [
        word
        for name in names
        if len(name) > 1 and any(is_institution_word(w) for w in name)
        for word in name
        if word[:1].isupper() and not is_institution_word(word)
    ]
    return [name for name in names if _is_plausible(name)], institution_words


def surnames_of(names: Sequence[NameSpan]) -> set[str]:
    """The surnames of the full names read as people, each of capitalised words only (not
    "Queen of Petersburg")."""
    return {
        _surname(n.tokens)
        for n in names
        if n.kind == "PER" and len(n.tokens) > 1 and all(t[:1].isupper() for t in n.tokens)
    }


def _surname(words: Sequence[str]) -> str:
    """The last word of a name but a generational suffix: "King" in "Martin Luther King Jr."."""
    for word in reversed(words):
        if not is_suffix(word):
            return word.rstrip(",")
    return words[-1]


def _with_suffixes(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
    """The names with a generational suffix the model read as a name of its own joined to
    the name before it ("Martin Luther King | Jr."), with an Arabic surname in lower case
    that the model left out ("Tawfiq | al-Hakim"), and without a score at their end; a
    suffix alone is nobody."""
    joined: list[NameSpan] = []
    for name in names:
        if len(name.tokens) > 1 and name.tokens[-1].isdigit():
            name = _without_a_score(text, name)
        tokens = name.tokens
        if is_suffix(tokens[0]) and all(is_suffix(t) for t in tokens):
            before = joined[-1] if joined else None
            if before is not None and before.kind == name.kind == "PER":
                gap = text[before.end : name.start]
                if not gap.strip(" ,"):
                    tokens = _with_comma(before.tokens, "," in gap) + tokens
                    joined[-1] = NameSpan("PER", before.start, name.end, tokens)
            continue
        if len(tokens) > 2 and tokens[-2] == "," and is_suffix(tokens[-1]):
            tokens = _with_comma(tokens[:-2], True) + tokens[-1:]  # "Aquino , Jr." in one span
            name = NameSpan(name.kind, name.start, name.end, tokens)
        article_surname = (
            _ARTICLE_SURNAME_AFTER.match(text, name.end)
            if name.kind == "PER" and text.startswith(_ARTICLES_AFTER, name.end)
            else None
        )
        if article_surname:
            # "Tawfiq al-Hakim": the model stops at a surname in lower case.
            surname = article_surname.group(1)
            name = NameSpan("PER", name.start, article_surname.end(), (*tokens, surname))
        before = joined[-1] if joined else None
        if before is not None and before.kind == name.kind == "PER":
            between = _PARTICLES_BETWEEN.fullmatch(text, before.end, name.start)
            words = between.group().split() if between else []
            if words and all(w in people_rules()["particles"] and w != "y" for w in words):
                # "Erik | ten | Hag": the model left the particle, and so split the name (but
                # "Fernando y Isabel" are two, as the model read them).
                tokens = (*before.tokens, *words, *name.tokens)
                joined[-1] = NameSpan("PER", before.start, name.end, tokens)
                continue
            if (
                before.tokens[-1].lower() in people_rules()["particles"]
                and text[before.end : name.start] == " "
            ):
                # "Mohammed bin Rashid Al | Maktoum": a name ends with no particle.
                tokens = (*before.tokens, *name.tokens)
                joined[-1] = NameSpan("PER", before.start, name.end, tokens)
                continue
        joined.append(name)
    return joined


_PARTICLES_BETWEEN = re.compile(r"[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+)?[^\S\n]+")


def _no_place_nor_body(word: str) -> bool:
    """A word that names no country, city or other place, and no institution."""
    return not (
        code_for(word)
        or is_institution_word(word)
        or in_lists(word.lower(), ("city", "loc", "place"))
    )


def _surname_like_an_institution(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """A given name and a surname that is also an institution's word, read as a person and
    listed beside people only: "Paulo Ferreira, Wayne Bridge, Glen Johnson" (not "Tower
    Bridge", nor "Victoria Street" in a list of streets)."""
    name = names[number]
    tokens = name.tokens
    return (
        name.kind == "PER"
        and len(tokens) == 2
        and is_given_name(tokens[0])
        and is_title_case(tokens[1])
        and tokens[1].lower() in gazetteer()["surname"]
        and listed_beside_people_only(text, names, number)
    )


def _without_nicknames(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
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


# An Arabic surname with its article, in lower case: "al-Hakim", "el-Sisi", "ash-Shafi'i".
_ARTICLES = "al el as ash ad az ar at an".split()
_ARTICLE_SURNAME = re.compile(rf"(?:{'|'.join(_ARTICLES)})-[A-Z][\w'’]+")
_ARTICLE_SURNAME_AFTER = re.compile(rf"[^\S\n]+({_ARTICLE_SURNAME.pattern})\b")
_ARTICLES_AFTER = tuple(f" {article}-" for article in _ARTICLES)  # a cheap test first


def _without_a_score(text: str, name: NameSpan) -> NameSpan:
    """A name without the numbers the model read at its end: "John Lloyd" of "defeated John
    Lloyd 6-4, 6-4"."""
    found = tokenize(text, name.start, name.end)
    if [token for token, _, _ in found] != list(name.tokens):
        return name
    while len(found) > 1 and found[-1][0].isdigit():
        found.pop()
    return NameSpan(name.kind, name.start, found[-1][2], tuple(t for t, _, _ in found))


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
