"""Whether a name is a kind of thing written like a name: a common noun with a capital
("this Leviathan ... the leviathan", "the Sperm Whale"), a religion's follower ("a good
Christian"), a plural ("Toy Soldiers", "the Patriots"), a street's last word ("Armé")."""

from __future__ import annotations

import re

from reader_app.core.name_words import given_names, is_given_name, without_accents
from reader_app.core.ner.features import gazetteer

Span = tuple[int, int]


def written_in_lower_case_too(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text also writes these words, which have a capital, all in lower case, as
    words of their own: a thing's kind written like a name in places, not a person's name."""
    phrase = " ".join(words)
    lowered = phrase.lower()
    if lowered == phrase:
        return False  # text written in lower case, whose names are so too
    start = text.find(lowered)
    while start >= 0:
        end = start + len(lowered)
        if not (start and (text[start - 1].isalnum() or text[start - 1] == "-")) and not (
            end < len(text) and (text[end].isalnum() or text[end] == "-")
        ):
            return True
        start = text.find(lowered, end)
    return False


# A street's word in French, Italian, Spanish or German, and the other words of its name
# before a mention: "Rue de l'Homme ", "Via dei ".
_STREET_BEFORE = re.compile(
    r"\b(?:Rue|Quai|Boulevard|Impasse|Via|Viale|Calle|Plaza|Piazza|Strasse|Straße|Faubourg)"
    r"[^\S\n]+(?:(?:de|du|des|la|le|les|del|della|dei|di)[^\S\n]+|(?:l|d)['’])*"
    r"(?:[A-Z][\w'’-]*[^\S\n]+){0,2}$"
)


# A determiner right before a word, or before a word in lower case and it: "the", "this",
# "a good".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|an?|any|every)[^\S\n]+(?:[a-z]+[^\S\n]+)?$"
)
_NAME_AFTER = re.compile(r"[^\S\n]+names?\b")

# A religion's follower, which a given name may be too ("Christian Vieri"): alone, after a
# determiner or before "name", a follower or the religion's adjective.
_ADHERENTS = frozenset(
    {"christian", "jew", "hindu", "muslim", "moslem", "mussulman", "mahometan", "pagan"}
    | {"heathen", "quaker", "catholic", "protestant", "buddhist", "sikh", "mormon", "lutheran"}
    | {"anglican", "methodist", "baptist", "calvinist", "puritan", "gentile", "papist"}
)


def mostly_in_a_street(text: str, forms: list[tuple[str, ...]], found: set[Span]) -> bool:
    """Whether a one-word name stands after a street's word and the rest of its name in most
    of its mentions: "Armé" of "the Rue de l'Homme Armé"."""
    return all(len(w) == 1 for w in forms) and 2 * sum(
        1 for start, _ in found if _STREET_BEFORE.search(text, max(0, start - 40), start)
    ) > len(found)


def names_a_follower(text: str, forms: list[tuple[str, ...]], found: set[Span]) -> bool:
    """Whether a religion's follower, written alone, follows a determiner or comes before
    "name" somewhere: "a good Christian", "the Christian law", "her Christian name"."""
    return (
        forms == [(forms[0][0],)]
        and forms[0][0].lower() in _ADHERENTS
        and any(
            _DETERMINER_BEFORE.search(text, max(0, start - 16), start)
            or _NAME_AFTER.match(text, end)
            for start, end in found
        )
    )


def a_kind_of_thing(text: str, forms: list[tuple[str, ...]], found: set[Span]) -> bool:
    """Whether a one-word name no list of names knows follows a determiner in a quarter of
    its mentions and is also written in lower case: a kind of thing written like a name in
    places ("this Leviathan ... the leviathan", "the Folio"), not a person."""
    words = {w[0] for w in forms}
    if len(words) != 1 or any(len(w) != 1 for w in forms):
        return False
    word = words.pop()
    lowered = without_accents(word.lower())
    if lowered in given_names() or lowered in gazetteer()["surname"]:
        return False
    after_a_determiner = sum(
        1 for start, _ in found if _DETERMINER_BEFORE.search(text, max(0, start - 6), start)
    )
    return (
        after_a_determiner >= 2
        and 4 * after_a_determiner >= len(found)
        and written_in_lower_case_too(text, (word,))
    )


def is_a_plural_group(words: tuple[str, ...], name_words: frozenset[str]) -> bool:
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
    return not names_a_family(word, name_words)  # "Enderby", "Rostóv", "Karágina"


def ends_in_a_plural_thing(forms: list[tuple[str, ...]]) -> bool:
    """A name of two words or more ending in the plural of an everyday word that is no
    surname, that no given name opens, and whose last word never stands alone for it (as a
    surname would): a group or a kind of thing ("Spermacetti Whales", "Toy Soldiers",
    "Exhibitor Relations")."""
    fullest = max(forms, key=len)
    if len(fullest) < 2 or any(len(w) == 1 for w in forms):
        return False
    last = fullest[-1]
    lowered = last.lower()
    everyday = gazetteer()["everyday"]
    return (
        last[1:].islower()
        and lowered not in gazetteer()["surname_common"]  # "Jearl Miles", "Landry Fields"
        and (
            lowered[:-1] in everyday
            or (lowered.endswith("es") and lowered[:-2] in everyday)
            or (lowered.endswith("ies") and lowered[:-3] + "y" in everyday)
        )
        and is_a_plural_group(fullest, frozenset())
    )


def names_a_family(word: str, name_words: frozenset[str]) -> bool:
    """A plural whose singular is a word of a person's name in the text: "the Rostóvs"
    beside "Rostóv" and "Rostóva", "the Bingleys" beside "Bingley"."""
    if len(word) < 4 or not word.endswith("s"):
        return False
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return bool({stem, stem + "a"} & name_words)
