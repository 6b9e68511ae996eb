"""People's names the model read inside a place's or an organisation's name: after a kind of
person, an honorific or a rank ("American jazz trumpeter Miles Davis", "Lieutenant Colonel
Yonatan Netanyahu"), a country's word ("Australian Tom Moody") or an office ("Justice Harry
Blackmun"), or before a possessive and a work's title ("Rudyard Kipling's The Second Jungle
Book")."""

from __future__ import annotations

import dataclasses
import functools
import re

from reader_app.core.countries import code_for
from reader_app.core.name_context import part_of_name
from reader_app.core.name_definitions import relatives
from reader_app.core.name_forms import a_place_named_after_its_owner
from reader_app.core.name_reading import as_person, plural_kind
from reader_app.core.name_shapes import (
    is_given_name_and_surname,
    is_regnal_name,
    is_two_unknown_words,
)
from reader_app.core.name_words import (
    OFFICES,
    RULERS,
    in_lists,
    is_given_name,
    is_institution_word,
    people_rules,
    without_accents,
    without_letters_after,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan


def after_a_kind_inside(text: str, name: NameSpan, kinds: frozenset[str]) -> NameSpan:
    """The capitalised words after a kind of person (or an honorific or a rank) inside a
    place's or an organisation's name, which the model read as one with them, as a person's
    name: "Miles Davis" of "American jazz trumpeter Miles Davis"; "Gunpei Yokoi" of
    "Designers Gunpei Yokoi" where the kind opens a sentence."""
    if name.kind == "PER":
        return name  # the people step splits a person's name at lower-case words itself
    tokens = name.tokens
    # Letters after the name are no name's words: "Sir John Major KG CH".
    core = without_letters_after(tokens)
    particles = people_rules()["particles"]
    after_the = _THE_BEFORE.search(text, max(0, name.start - 5), name.start) is not None
    for at in range(len(core) - 2, -1, -1):
        word = tokens[at]
        if at:
            # a title or a member of an order before a full name: "the French Jesuit Jacques
            # de Lamberville"
            is_kind = (
                word in kinds
                or (
                    (word.lower().rstrip(".") in _titles_inside() or word in _MEMBERS_OF_ORDERS)
                    and _is_a_full_name(core[at + 1 :])
                )
                # a ruler after "of", and a name and a number: "the Yorkist army of King
                # Edward IV" (not "HMS King George V", a ship)
                or (
                    tokens[at - 1] == "of"
                    and word.lower() in RULERS
                    and len(core) == at + 3
                    and is_regnal_name(core[at + 1 :])
                )
                # a company's founder or owner, a given name and a surname after "of" at the
                # end: "the Ballets Russes of Sergei Diaghilev" (not after an institution's
                # word: "the Diocese of Alba Pompeia", nor a house's, a dynasty's or a
                # building's: "The House of Bernarda Alba")
                or (
                    word == "of"
                    and len(core) == at + 3
                    and (
                        not is_institution_word(core[at - 1])
                        # a firm's or a troupe's owner: "the International Broadcasting
                        # Company of Leonard Plugge"
                        or core[at - 1] in _OWNED_BODIES
                    )
                    and core[at - 1] != "House"
                    and is_given_name_and_surname(core[at + 1 :])
                )
            )
        else:
            lowered = word.lower()
            is_kind = (
                len(tokens) > 2
                and word[:1].isupper()
                and lowered.rstrip("s") not in _NOT_OPENING_KINDS
                and (lowered in kinds or plural_kind(lowered, kinds))
                and bool(_SENTENCE_START_BEFORE.search(text, max(0, name.start - 4), name.start))
            ) or _titled_full_name(core)
            # a kind in lower case that a possessive cut off: "Suu Kyi 's | assistant Win Htein"
            is_kind = is_kind or (len(tokens) > 2 and word.islower() and word in kinds)
        is_kind = is_kind or _from_a_country(core, at, after_the=after_the)
        rest = tokens[at + 1 :]
        if (
            is_kind
            and rest[0][:1].isupper()
            and rest[-1][:1].isupper()
            and all(t[:1].isupper() or t in particles for t in rest)
        ):
            part = part_of_name(text, name, at + 1, len(tokens))
            return name if part is None else as_person(part)
    return name


def an_owner_opening(text: str, name: NameSpan) -> NameSpan:
    """A given name and a surname before a possessive and more capitalised words, which the
    model read as one place's, organisation's or thing's name, as a person's name: "Rudyard
    Kipling's The Second Jungle Book" (in CoNLL-2003's training set a full name so placed is
    a person's 19 times in 20; WikiANN's silver tags 7 whole as an organisation's)."""
    tokens = name.tokens
    if (
        name.kind == "PER"
        or len(tokens) < 4
        or tokens[2] not in ("'s", "’s")
        or not tokens[3][:1].isupper()
        or " ".join(tokens[:2]) in people_rules()["firms_named_like_people"]
        # (a place so named: "King William's Town")
        or (len(tokens) == 4 and a_place_named_after_its_owner(tokens))
    ):
        return name
    if not (
        # (a surname of the list, not one guessed: not "Monty Python's Flying Circus")
        (
            is_given_name(tokens[0], of_other_countries=False)
            and without_accents(tokens[1].lower()) in gazetteer()["surname"]
        )
        # or two plain words before a title that "The" opens, no place's: "Rudyard Kipling's
        # The Second Jungle Book" (not "New York's The Village Voice")
        or (
            tokens[3] == "The"
            and all(word.isalpha() and word.istitle() for word in tokens[:2])
            and not any(
                in_lists(word.lower(), ("place", "city", "common", "everyday")) or code_for(word)
                for word in (*tokens[:2], " ".join(tokens[:2]))
            )
        )
    ):
        return name
    part = part_of_name(text, name, 0, 2)
    return name if part is None else dataclasses.replace(part, kind="PER")


# Institutions' words a person may own: not a see's nor a state's ("the Diocese of Alba
# Pompeia").
_OWNED_BODIES = frozenset({"Company", "Circus", "Orchestra", "Band", "Troupe"})


# Members of religious orders, written with a capital, before a full name.
_MEMBERS_OF_ORDERS = frozenset(
    "Jesuit Franciscan Dominican Benedictine Capuchin Carmelite Cistercian Trappist Oratorian"
    " Augustinian Redemptorist Salesian Marist Ursuline".split()
)


def _from_a_country(tokens: tuple[str, ...], at: int, *, after_the: bool = False) -> bool:
    """A country's word (or its possessive) before a given name and a surname, which the
    model read as one name with them: "Australian Tom Moody", "Kenya's Paul Tergat"; not
    "Irish Rose Festival" (no full name), "British Steel" (no given name); and after "the",
    two words no list knows: "the Norwegian Bjørnstjerne Bjørnson"."""
    if not (at == 0 or (at == 1 and tokens[1] in ("'s", "’s"))):
        return False
    rest = tokens[at + 1 :]
    if after_the and at == 0 and is_two_unknown_words(rest):
        return bool(code_for(tokens[0]))
    return (
        bool(code_for(tokens[0]))
        and 2 <= len(rest) <= 3
        and is_given_name(rest[0])
        and _is_a_full_name(rest)
        # not "the American Marshall Plan" (a surname that is an everyday word is lost:
        # "Jamaica's Michael Green")
        and not in_lists(rest[-1].lower(), ("common", "everyday", "loc", "place"))
    )


_THE_BEFORE = re.compile(r"\b[Tt]he[^\S\n]+\Z")


def _titled_full_name(tokens: tuple[str, ...]) -> bool:
    """A title of office (or its plural) and a given name and surname read as one
    organisation: "Justice Harry Blackmun", "Justices Sandra Day O'Connor"; not "St. Louis
    Rams", "King Edward Point" (royal and saints' names name places too)."""
    title = tokens[0].lower().rstrip(".")
    return (
        (title in OFFICES or (title.endswith("s") and title[:-1] in OFFICES))
        and is_given_name(tokens[1])
        and _is_a_full_name(tokens[1:])
        and (
            # (a colour is a surname, "Justice Hugo Black", and ends no place's name)
            tokens[-1].lower() in _COLOURS
            or not in_lists(tokens[-1].lower(), ("common", "everyday", "loc", "place"))
        )
    )


_COLOURS = frozenset({"black", "white", "green", "gray", "grey"})


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


def people_after_a_plural_kind_inside(
    text: str, name: NameSpan, kinds: frozenset[str]
) -> list[NameSpan] | None:
    """The people of a list after a plural kind of person inside what the model read as one
    organisation or place with them: "Zdeněk Moravec" and "Miloš Tichý" of "Czech
    astronomers Zdeněk Moravec and Miloš Tichý"; None where the name holds no such list.
    Each of the list's names is a given name and more, joined by commas or "and"; after
    relatives, one word alone will do: "Malcolm" and "Angus" of "Young's younger brothers
    Malcolm and Angus"."""
    if name.kind == "PER":
        return None
    tokens = name.tokens
    for at in range(1, len(tokens) - 2):
        if tokens[at].islower() and plural_kind(tokens[at], kinds):
            break
    else:
        return None
    shortest = 1 if plural_kind(tokens[at], relatives()) else 2
    groups: list[tuple[int, int]] = []
    first = at + 1
    for stop in range(at + 1, len(tokens) + 1):
        if stop == len(tokens) or tokens[stop] in (",", "and"):
            if stop > first:  # (nothing between the comma and "and" of "A, B, and C")
                groups.append((first, stop))
            first = stop + 1
    if not all(
        shortest <= b - a <= 3
        and (is_given_name(tokens[a]) or b - a < 2)
        and all(t[:1].isupper() and not t.isupper() for t in tokens[a:b])
        for a, b in groups
    ):
        return None
    parts = [part_of_name(text, name, a, b) for a, b in groups]
    return [as_person(part) for part in parts if part is not None]
