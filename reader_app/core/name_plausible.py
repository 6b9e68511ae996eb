"""Whether words may be a person's name at all.

Not an abstract noun ("Dynamic Equivalence"), a doctrine, a group, a title, a brand
("YouTube"), a greeting ("Merry Christmas"), nor a word that is never a name alone."""

from __future__ import annotations

import functools
import re

from reader_app.core.countries import code_for
from reader_app.core.name_words import (
    CONTINENTS,
    WEEKDAYS,
    given_names,
    in_lists,
    is_an_adverb,
    is_given_name,
    is_institution_word,
    people_rules,
    without_accents,
)
from reader_app.core.ner.features import gazetteer


def _middle_surname_of_a_name(words: tuple[str, ...]) -> bool:
    """A given name, a surname that is also an institution's word, and a surname: "Eric
    Temple Bell", "Shirley Temple Black" (not "Mary Church Hospital")."""
    surnames = gazetteer()["surname"]
    return (
        len(words) == 3
        and is_given_name(words[0])
        and words[1].lower() in surnames
        and words[2].lower() in surnames
        and not is_institution_word(words[2])
    )


def is_plausible(words: tuple[str, ...], *, after_saint: bool = False) -> bool:
    """Whether the words may be a person's name; `after_saint` if "Saint" came before them,
    which makes one word in "-ian" a saint's ("Saint Frigidian"), not an order's adjective."""
    if not words or not any(w[:1].isupper() for w in words):
        return False
    if any(is_institution_word(w) for w in words) and not _middle_surname_of_a_name(words):
        return False  # "Hazy Center", "Shuttle Atlantis", "String Quartet"
    if words[-1].lower().endswith(("-born", "-based")):
        return False  # "Ireland-born"
    if len(words) > 1 and words[-1] in ("St", "St."):
        return False  # a street: "Downing St said" (the training sets' 3 such names are streets)
    if (
        len(words) > 1
        and is_an_abstract_noun(words[-1])
        and not is_given_name(words[0])
        and (
            in_lists(words[0].lower(), ("common", "everyday", "language"))
            or in_lists(words[-1].lower(), ("common", "everyday"))
        )
    ):
        # "Dynamic Equivalence", "Persian Architecture", "Cymru Alliance" (not "Matthew
        # Holness", nor "Toussaint Louverture", whose words are no everyday words)
        return False
    if len(words) > 1 and _reads_like_a_title(words):
        return False
    if len(words) > 1 and any(character.isdigit() for word in words for character in word):
        return False  # a table's or a forecast's words: "Highs 82-96 F", "Jan 4/94"
    if len(words) == 2 and words[0].lower() in _GREETINGS:
        return False  # "Merry Christmas", "Happy Easter"
    if len(words) > 1 and _names_a_newspaper(words):
        return False
    if "The" in words[1:] and not any(map(is_given_name, words)):
        # a heading's or a work's title: "The Pequod Meets The Delight", "I. The Huzza
        # Porpoise" (14 of the training sets' 29,000 people's names hold it so, most of them
        # WikiANN's misreadings, "Eek ! The Cat"; but a stage name: "Rich The Kid")
        return False
    if any(_JOINED_PEOPLES.match(word) for word in words):
        return False  # "an Anglo-Danish engineer", "the Franco-Prussian War"
    if any(_CAPITALS_AND_LOWER_CASE.search(word) for word in words):
        # a respelling or a compound, never a person's name in the training sets:
        # "d(ə)-VOR-zha(h)k" (Dvořák), "Israeli-PLO", "NATO-led"
        return False
    if len(words) == 1:
        word = words[0]
        lowered = word.lower()
        return (
            len(word) > 1
            and lowered not in people_rules()["never_alone"]
            and word not in CONTINENTS  # "the best footballer of Africa"
            # "Tsars", "Kings", "Dukes"
            and not (lowered.endswith("s") and lowered[:-1] in _never_alone_or_titles())
            and not word.isupper()
            and not lowered.endswith(_NOT_NAME_ENDINGS)
            and not lowered.endswith(_FAMILY_ENDINGS)
            and not lowered.endswith(_MICROBE_ENDINGS)
            and not lowered.endswith(_STREET_ENDINGS)
            and not lowered.endswith("-in-law")  # "Brother-in-law"
            and lowered not in _WEEKDAYS_PLURAL  # "on Sundays" (but "Man Friday")
            # a style or letters after a name, alone: "Honourable", "Esq."
            and lowered not in people_rules()["styles"]
            and word.rstrip(".") not in people_rules()["post_nominals"]
            and not names_a_doctrine(lowered)
            and not _CAMEL_CASE.fullmatch(word)
            and not _ACRONYM_PLURAL.fullmatch(word)  # "CDs", "PDAs"
            and not (lowered.endswith("s") and code_for(word[:-1]))
            and (after_saint or not _names_a_group(lowered))
            and not _a_sound_or_a_spelling(lowered)
            and not is_an_adverb(word)  # "“Thankfully I didn't know”"
            and not _A_NEGATED_PARTICIPLE.fullmatch(lowered)
        )
    return True


# An election's "Unopposed", a list's "Untitled", "Unnamed", "Unattached": no person's name in
# the training sets is one word so (their one "Unlimited" is part of a stage name).
_A_NEGATED_PARTICIPLE = re.compile(r"un[a-z]{3,}(?:ed|able|ible)")
_NO_VOWEL = re.compile(r"[^aeiouy]+")
_THRICE = re.compile(r"([a-z])\1\1|([a-z]{2,4})\2\2")  # "oooh", "ulyulyulyu"


def _a_sound_or_a_spelling(lowered: str) -> bool:
    """A word of speech that is no name: a sound without a vowel ("Tss", "Mmm"), a letter or
    a syllable said three times ("Oooh", "Ulyulyulyu"), a word spelled out in syllables
    ("Ma-da-gas-car", "Ozheg-zheg-zheg"); not a name the lists hold ("Ng"). No person's
    name of the training sets is so written (not "Ghiyas-ud-din": one part is not repeated)."""
    plain = without_accents(lowered)
    parts = plain.split("-")
    spelled = len(parts) >= 3 and (len(parts) >= 4 or len(set(parts[1:])) < len(parts) - 1)
    return (
        plain.isascii()  # (letters of other scripts have no vowel of these)
        and bool(_NO_VOWEL.fullmatch(plain) or _THRICE.search(plain) or spelled)
        and not in_lists(lowered, ("given", "surname"))
    )


_GREETINGS = frozenset({"merry", "happy", "joyful", "blessed"})
# Words that end a newspaper's name after its city's and that the institution words lack, as
# they are surnames or everyday words too ("Sun", "Post"); those the institution words hold
# ("Times", "Chronicle") make a name nobody's before this test is asked.
_NEWSPAPER_WORDS = frozenset(
    "argus citizen courier echo mail post press record register standard sun".split()
)


def _names_a_newspaper(words: tuple[str, ...]) -> bool:
    """A city's name, not opening with a given name, and a newspaper's word: "Vancouver Sun",
    "Edmonton Sun", "New York Post" (every such name of the training sets is a newspaper's or
    a club's; not "Sydney Post", as Sydney is a given name too)."""
    place = " ".join(words[:-1]).lower()
    return (
        words[-1].lower() in _NEWSPAPER_WORDS
        and in_lists(place, ("city", "place"))
        and not is_given_name(words[0])
    )


# The first part of two peoples' words joined: "Anglo-Danish", "Sino-Thai" (in the training
# sets 8 names hold one, none a person's).
_JOINED_PEOPLES = re.compile(
    r"(?:Anglo|Franco|Sino|Afro|Indo|Austro|Greco|Graeco|Russo|Italo|Hispano|Luso|Judeo)-[A-Z]"
)
# A word's hyphenated parts, one in capitals and one in lower case.
_CAPITALS_AND_LOWER_CASE = re.compile(r"[A-Z]{2}-[a-z]|[a-z]-[A-Z]{2}")


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


def is_an_abstract_noun(word: str) -> bool:
    """A word with the ending of an abstract noun that no list of names holds ("Equivalence",
    "Architecture"; not "Lawrence", "Vance", "Clement")."""
    lowered = without_accents(word.lower())
    return (
        len(lowered) >= 7
        and lowered.endswith(_ABSTRACT_ENDINGS)
        and lowered not in gazetteer()["surname"]
        and lowered not in given_names()
    )


def names_a_doctrine(lowered: str) -> bool:
    if lowered.endswith("ism") and len(lowered) >= 5:
        # "Taoism", "Sufism", "Deism": no person's name in the training sets ends so (a
        # surname does: "Chism")
        return lowered not in gazetteer()["surname"] and lowered not in given_names()
    return (
        len(lowered) >= 7
        and lowered.endswith(DOCTRINE_ENDINGS)
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
# Viruses, bacteria and antibiotics: "Hantavirus", "Streptococcus", "Penicillin" (no person's
# name in the training sets ends so; "-itis" does: Simitis, Gerulaitis).
_MICROBE_ENDINGS = ("virus", "viruses", "bacter", "coccus", "cocci", "bacillus", "mycin", "cillin")
# German streets, squares, bridges and stations written as one word: "Kaiserstrasse".
_STREET_ENDINGS = ("strasse", "straße", "gasse", "platz", "allee", "brücke", "bahnhof")
_WEEKDAYS_PLURAL = frozenset(day + "s" for day in WEEKDAYS)


DOCTRINE_ENDINGS = ("ism", "isms", "ology", "ist", "ists", "ians")
