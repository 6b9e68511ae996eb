"""Where a person's name begins and ends inside a span the model read: the tests that
name_forms' splitting asks of the words at a name's edges (a given name before a country's
word, a surname after a given name, a title inside the span, an occupation or a date before
a name, a saint's or a ruler's name "of" a place)."""

from __future__ import annotations

import re

from reader_app.core.countries import code_for, display_name
from reader_app.core.name_plausible import DOCTRINE_ENDINGS
from reader_app.core.name_shapes import TITLES_THAT_ARE_SURNAMES
from reader_app.core.name_words import (
    REGNAL_NUMBER,
    SAINT_WORDS,
    given_names,
    is_common_word,
    is_given_name,
    is_initial,
    is_institution_word,
    is_title_case,
    people_rules,
    without_accents,
)
from reader_app.core.ner.clusters import cluster_of
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.tokens import abbreviations


def is_given_name_before(words: list[str]) -> bool:
    """A country's name that is also a given name, before another name: "Jordan Henderson",
    "Chad Smith", "Israel Adesanya"; not a demonym ("German Michael Stich")."""
    first = words[0]
    return (
        len(words) > 1
        and words[1][:1].isupper()
        and without_accents(first.lower()) in given_names(of_other_countries=False)
        and display_name(code_for(first)) == first
    )


def is_first_of_the_name(words: list[str]) -> bool:
    """ "I" after a given name, or after a given name and a dynasty's, or a ruler's title
    and a name, is a ruler's number, not the pronoun: "Alexander I", "George Tupou I", "Shah
    Ismail I"."""
    if len(words) < 2 or words[-1] != "I":
        return False
    if words[-2][:1].isupper() and without_accents(words[-2].lower()) in given_names(
        of_other_countries=False
    ):
        return True
    return (
        len(words) == 3
        and is_title_case(words[1])
        and not is_common_word(words[1])
        and words[0][:1].isupper()
        and (
            without_accents(words[0].lower()) in given_names(of_other_countries=False)
            or words[0] == "Shah"
        )
    )


def is_a_surname_after_a_given_name(words: list[str]) -> bool:
    """A word never a name alone is a surname after a given name: "Terry Alderman", "Claudio
    Bravo", "Henry Kaiser" (not "Will Papa"; "Oh" and "Dear" are in the Census too)."""
    return (
        len(words) == 2
        and words[-1][1:].islower()
        and words[-1].lower() in people_rules()["never_alone"]
        and words[-1].lower() in gazetteer()["surname"]
        and words[-1].lower() not in _NOT_SURNAMES_HERE
        and is_given_name(words[0], of_other_countries=False)
    )


_NOT_SURNAMES_HERE = frozenset({"oh", "ha", "hey", "dear", "lord", "islam", "papa", "mama"})


def after_inner_title(words: list[str], titles: frozenset[str]) -> int:
    """Where a name begins after a title inside a span that a given name follows: "Holy Roman
    Emperor Francis II", "Crown Prince Frederik"; 0 if no title is followed so. "St" after a
    given name begins a surname ("Oliver St John")."""
    given = given_names(of_other_countries=False)
    # From the first word too: an occupation taken off may leave a title first ("Tory Shadow
    # Chancellor Oliver Letwin").
    for index in range(len(words) - 2, -1, -1):
        title, following = words[index].lower().rstrip("."), words[index + 1]
        if title not in titles or not following[:1].isupper():
            continue
        if (
            (
                without_accents(following.lower()) in given
                and not (
                    index and title in _SAINT and without_accents(words[index - 1].lower()) in given
                )
            )
            or (
                # "Excise Commissioner W.N.F. Chandraratne", "Maronite Patriarch Sfeir": initials
                # or a surname alone after a title that words of no name open
                index
                and (_INITIALS.fullmatch(following) or index + 2 == len(words))
                and title not in TITLES_THAT_ARE_SURNAMES
                and (
                    words[:index] == ["Lance"]  # a rank's first word: "Lance Corporal Jones"
                    or not any(
                        without_accents(w.lower()) in given or _INITIALS.fullmatch(w)
                        for w in words[:index]
                    )
                )
            )
        ):
            return index + 1
    return 0


_SAINT = frozenset({"st", "saint"})
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "W.", "W.N.F."


def is_name_of_a_place(words: tuple[str, ...]) -> bool:
    """A given name (or two), perhaps a regnal number, "of" and one capitalised word: how saints
    and rulers are named ("Hilary of Poitiers", "Ottokar II of Bohemia"), one person. Not a surname
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
    # (or two given names: "John Maurice of Nassau", "Frederick William of Brandenburg")
    if len(head) == 2 and all(without_accents(w.lower()) in given_names() for w in head):
        head.pop()
    if len(head) != 1 or len(tail) != 1:
        return False
    name, place = head[0], tail[0]
    # (after "Saint" a given name that is an everyday word too: "Saint Rose of Lima")
    saint = words[0] in SAINT_WORDS
    return (
        (without_accents(name.lower()) in given_names() or (saint and is_given_name(name)))
        and not code_for(name)  # "the peers of France of Rome"
        and name not in ("Marquis", "Duc")  # titles, given names too: "the Marquis of Pombal"
        and place[:1].isupper()
        and not place.isupper()
        and not place.endswith(DOCTRINE_ENDINGS)  # "Pierre of Illuminism"
        and not is_institution_word(place)
        # A country is named apart, as CoNLL annotates it: "King Hassan of Morocco" is
        # Hassan, "Princess Stephanie of Monaco" Stephanie.
        and code_for(place) is None
    )


def is_occupation_before_name(words: list[str]) -> bool:
    """A first word that is nobody's given name or surname, before a given name or written
    mostly in lower case: an occupation written like a title ("Frontman Kurt Cobain",
    "Mathematician Hermann Weyl"), not "Ho Chi Minh"."""
    lists = gazetteer()
    first = without_accents(words[0].lower())
    if (
        is_initial(words[0])
        or first in given_names(of_other_countries=False)
        or not words[1][:1].isupper()
        or words[1] == words[0]  # a word doubled is a name's: "Run Run Shaw"
    ):
        return False
    # Plurals too, before a list: "Compatriots Mulugeta Wondimu, Abiyote Abate and ..."
    singular = first[:-1] if first.endswith("s") and not first.endswith("ss") else first
    if first in people_rules()["person_kinds"] or singular in people_rules()["person_kinds"]:
        # "Drummer Orri Páll Dýrason", though Drummer is a surname too; of two words only
        # when the first is nobody's name ("Guitarist Ishigaki", not "Shah Abbas")
        return len(words) > 2 or first not in lists["surname"]
    if len(words) < 3 or first in lists["surname"]:
        return False
    if first in lists["everyday"] or singular in lists["everyday"]:
        return True
    # Before a given name, a word in title case that the clusters' large text never shows
    # (fewer than three times) and no plural is a rare given name sooner than an occupation:
    # "Cassius Marcellus Clay", "Zulfikar Ali Bhutto", "Toomas Hendrik Ilves" (but
    # "Mathematician Hermann Weyl", "MEP Robert Kilroy-Silk", "Justices Byron White").
    return without_accents(words[1].lower()) in given_names(
        of_other_countries=False
    ) and not _may_be_a_rare_given_name(words[0])


def _may_be_a_rare_given_name(word: str) -> bool:
    """A word in title case that the clusters' large text never shows (fewer than three
    times), with no plural's ("Justices") or occupation's ending, no title in it ("Seamer",
    "Rear-Admiral") and no abbreviation."""
    lowered = word.lower()
    titles = gazetteer()["title"]
    return (
        is_title_case(word)
        and word.replace("-", "").isalpha()
        and lowered not in abbreviations()  # "Maj", "Hon"
        and cluster_of(word) is None
        and not (lowered.endswith("s") and not lowered.endswith(_NAME_ENDINGS_IN_S))
        and not lowered.endswith(_OCCUPATION_ENDINGS)
        and not any(part in titles for part in lowered.split("-"))
    )


_OCCUPATION_ENDINGS = ("ist", "er", "or", "man", "woman")  # "Seamer", "Frontman"
# Names end so ("Cassius", "Tomas", "Carlos", "Elvis"); plurals of kinds seldom do.
_NAME_ENDINGS_IN_S = ("us", "is", "as", "os", "ss")


def is_date_before_title(words: list[str]) -> bool:
    """ "January" in "January Princess Mary" (the end of January, then a princess), but not
    "Jan" in "Jan Ullrich" nor "May" in "May Smith"."""
    lists = gazetteer()
    return (
        len(words) > 1
        and words[0].lower() in lists["month"]
        and words[1].lower().rstrip(".") in lists["title"]
    )
