"""Whether a name is a kind of thing written like a name: a common noun with a capital
("this Leviathan ... the leviathan", "the Sperm Whale"), a religion's follower ("a good
Christian"), a plural ("Toy Soldiers", "the Patriots"), a street's last word ("Armé"), a
town mostly after prepositions of place ("at Mytíshchi")."""

from __future__ import annotations

import re

from reader_app.core.clubs_and_firms import ARTICLE_CHARACTERS
from reader_app.core.countries import code_for
from reader_app.core.name_context import after_title
from reader_app.core.name_forms import is_a_plural_nickname, is_a_region
from reader_app.core.name_words import (
    FOLLOWERS_OF_FAITHS,
    STREET_WORDS,
    given_names,
    is_given_name,
    without_accents,
)
from reader_app.core.ner.clusters import lower_case_cluster_words
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


# A street's, a square's or an island's word in French, Italian, Spanish, Portuguese or
# German, and the other words of its name before a mention: "Rue de l'Homme ", "Via dei ",
# "Place du Colonel ", "Île de la ".
_STREET_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(STREET_WORDS))})"
    r"[^\S\n]+(?:(?:de|du|des|la|le|les|del|della|dei|di)[^\S\n]+|(?:l|d)['’])*"
    r"(?:[A-Z][\w'’-]*[^\S\n]+){0,2}$"
)


# A determiner right before a word, or before a word in lower case and it: "the", "this",
# "a good".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|an?|any|every)[^\S\n]+(?:[a-z]+[^\S\n]+)?$"
)
_NAME_AFTER = re.compile(r"[^\S\n]+names?\b")
# People the word describes: "the taking of Christian boys", "Muslim women and children".
_PEOPLE_AFTER = re.compile(
    r"[^\S\n]+(?:boys?|girls?|men|man|women|woman|children|child|families|family|people"
    r"|soldiers|priests|monks|nuns|pilgrims|converts|slaves|subjects|communities"
    # ("to ransom Christian captives")
    r"|captives|prisoners|missionaries|rulers|kings|knights|martyrs|refugees|believers"
    r"|settlers|merchants|scholars)\b"
)


def mostly_in_a_street(text: str, forms: list[tuple[str, ...]], found: set[Span]) -> bool:
    """Whether a one-word name stands after a street's word and the rest of its name in most
    of its mentions: "Armé" of "the Rue de l'Homme Armé"."""
    return all(len(w) == 1 for w in forms) and 2 * sum(
        1 for start, _ in found if _STREET_BEFORE.search(text, max(0, start - 40), start)
    ) > len(found)


def names_a_follower(text: str, forms: list[tuple[str, ...]], found: set[Span]) -> bool:
    """Whether a religion's follower, written alone, follows a determiner, comes before
    "name" or a word for people, or stands beside another faith's word somewhere: "a good
    Christian", "the Christian law", "her Christian name", "Christian boys", "Christian and
    Muslim ones"."""
    return (
        forms == [(forms[0][0],)]
        # (or their plural: "a temple of the Jains")
        and (
            forms[0][0].lower() in FOLLOWERS_OF_FAITHS
            or forms[0][0].lower().removesuffix("s") in FOLLOWERS_OF_FAITHS
        )
        and any(
            _DETERMINER_BEFORE.search(text, max(0, start - 16), start)
            or _after_a_determiner_and_a_people(text, start)
            or _NAME_AFTER.match(text, end)
            or _PEOPLE_AFTER.match(text, end)
            or _ANOTHER_FAITH_AFTER.match(text, end)
            or _ANOTHER_FAITH_BEFORE.search(text, max(0, start - 24), start)
            for start, end in found
        )
    )


# Another faith's word joined to it: "with Christian and Muslim ones", "Jewish and Christian".
_FAITH_WORDS = "|".join(sorted(FOLLOWERS_OF_FAITHS | {"jewish", "islamic"}))
_ANOTHER_FAITH_AFTER = re.compile(rf"[^\S\n]+(?:and|or)[^\S\n]+(?i:{_FAITH_WORDS})\b")
_ANOTHER_FAITH_BEFORE = re.compile(rf"\b(?i:{_FAITH_WORDS}),?[^\S\n]+(?:and|or)[^\S\n]+$")


# A determiner and a people's word: "a Palestinian | Christian family".
_DETERMINER_AND_A_WORD_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|an?)[^\S\n]+([A-Z][a-z-]+)[^\S\n]+$"
)


def _after_a_determiner_and_a_people(text: str, start: int) -> bool:
    """Whether a determiner and a people's word come right before `start` (not a title: "the
    Danish King Christian")."""
    match = _DETERMINER_AND_A_WORD_BEFORE.search(text, max(0, start - 24), start)
    return match is not None and code_for(match.group(1)) is not None


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
    surname, that no given name opens, and whose one-word forms are that plural alone: a
    group or a kind of thing ("Spermacetti Whales ... twenty Right Whales ... many Whales",
    "Toy Soldiers", "Exhibitor Relations")."""
    fullest = max(forms, key=len)
    if len(fullest) < 2 or any(len(w) == 1 and w != fullest[-1:] for w in forms):
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


def names_a_team_after_its_place(forms: list[tuple[str, ...]]) -> bool:
    """A team's name: a city's or a region's name, then the plural of a word the clusters'
    text writes in lower case that is no surname ("Chicago Bulls", "Pittsburgh Pirates",
    "Wollongong Wolves"), its one-word forms the nickname alone. In the training sets 208
    organisations', places' and events' names are so made, and two "people" (WikiANN's "New
    Zealand Warriors" and "Yugoslav Partisans"). Not "Dallas Mavericks": the city list leaves
    out cities that are given names too, and the clusters never met "maverick"."""
    fullest = max(forms, key=len)
    if not 2 <= len(fullest) <= 4 or any(len(w) == 1 and w != fullest[-1:] for w in forms):
        return False
    last = fullest[-1]
    lowered = last.lower()
    if not is_a_plural_nickname(last) or lowered in gazetteer()["surname"]:
        return False
    singulars = [lowered[:-1]]  # "mavericks"
    if lowered.endswith("es"):
        singulars.append(lowered[:-2])  # "foxes"
    if lowered.endswith("ves"):
        singulars.append(lowered[:-3] + "f")  # "wolves"
    if not any(word in lower_case_cluster_words() for word in singulars):
        return False
    place = " ".join(fullest[:-1])
    return place.lower() in gazetteer()["city"] or is_a_region(place)


def names_a_family(word: str, name_words: frozenset[str]) -> bool:
    """A plural whose singular is a word of a person's name in the text: "the Rostóvs"
    beside "Rostóv" and "Rostóva", "the Bingleys" beside "Bingley"."""
    if len(word) < 4 or not word.endswith("s"):
        return False
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return bool({stem, stem + "a"} & name_words)


# A preposition of place before a mention, and the word before it: "in Auvergne", "at
# Tinques", "the road to Bicêtre", "the streets of Brünn" (but "looked at Pierre", "said to
# Natásha", "a letter from Denísov", "the son of Rostóv"), or a verb of arriving ("entered
# Znaim"); "the" between them makes any of these a place ("to the Sokólniki forest").
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b([a-z]+)[^\S\n]+)?\b([Ii]n|[Nn]ear|nearer|[Tt]owards?|[Tt]hrough|[Bb]eyond|[Oo]utside"
    r"|[Aa]cross|[Vv]ia|[Aa]t|to|from|From|of|enter|entered|entering|reach|reached|reaching"
    r"|occupied)[^\S\n]+(the[^\S\n]+)?$"
)
# A road named after the place it leads to: "on the Znaim road", "the Smolénsk highway".
_ROAD_AFTER = re.compile(r"[^\S\n]+(?:road|highroad|highway)\b")
# Prepositions that take a person only after certain words: "at" after a look, "to", "from"
# and "of" only after a journey's or a place's word.
_AFTER_WORDS_OF_PLACE = frozenset({"to", "from", "of"})
_AT_A_PERSON = frozenset(
    "look looked looking looks glanced glancing gazed gazing stared staring smiled smiling"
    " laughed laughing shouted shouting frowned frowning winked nodded nodding pointed aimed"
    " angry surprised glared glaring grinned peered sneered jeered mocked growled snapped"
    " wondered marvelled".split()
)
_WORDS_OF_PLACE = frozenset(
    "road way journey route retreat return returned returning back march marched drove rode"
    " sailed moved travelled traveled circuit visit dispatch trip expedition advance came come"
    " started fled streets environs outskirts town city village battle gates walls suburbs"
    " neighbourhood neighborhood inhabitants heights fields fortress garrison citizens"
    " miles leagues versts".split()
)
_SPEECH_VERB_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:said|says|asked|replied|answered|cried|exclaimed|thought|whispered"
    r"|shouted|added|continued|remarked|went[^\S\n]+on)\b"
)


def mostly_after_a_place_preposition(text: str, words: tuple[str, ...], found: set[Span]) -> bool:
    """Whether a name of one or two words that opens with no given name follows a preposition
    of place (or comes before "road") in most of at least three mentions `found` (those the
    model read as a place's among them) and never speaks nor follows a title: a town or a
    region the model read as a person in a novel ("in Auvergne", "at Mytíshchi", "the road to
    Bicêtre", "the village of Schön Grabern", "on the Znaim road"). Not a family ("at the
    Karágins'"), nor a name before its possessive ("in Bush's speech")."""
    if not 1 <= len(words) <= 2 or len(found) < 3:
        return False
    if is_given_name(words[0]):
        return False
    at_a_place = _at_a_place(text, words, found)
    return at_a_place is not None and 2 * at_a_place > len(found)


def a_state_named_like_a_person(text: str, words: tuple[str, ...], found: set[Span]) -> bool:
    """Whether a state's or a province's name that is a given name too, alone, is mostly
    written after a preposition of place or after a town and a comma, and never speaks nor
    follows a title: "Orlando, Florida", "introduced to Florida" (not "Virginia said", "Miss
    Georgia", "Virginia's letter")."""
    if len(words) != 1 or words[0] not in _STATES_NAMED_LIKE_PEOPLE:
        return False
    at_a_place = _at_a_place(text, words, found)
    if at_a_place is None:
        return False
    at_a_place += sum(
        1 for start, _ in found if _TOWN_AND_COMMA_BEFORE.search(text, max(0, start - 40), start)
    )
    return 2 * at_a_place > len(found)


# States and provinces whose names are given names too (and so in no list of places the
# model learnt): pycountry's one-word first-level names of the United States, Canada and
# Australia that are given names, but Victoria (the Queen, named alone, in older books).
_STATES_NAMED_LIKE_PEOPLE = frozenset(
    {"Florida", "Virginia", "Georgia", "Nevada", "Maryland", "Alberta"}
)
_TOWN_AND_COMMA_BEFORE = re.compile(r"[A-Z][\w.'’-]*,[^\S\n]+\Z")


def a_large_city_named_like_a_person(text: str, words: tuple[str, ...], found: set[Span]) -> bool:
    """Whether a great city's one-word name that is a given name too follows a preposition of
    place in half its mentions or more, in an article, and never speaks nor follows a title:
    "published in Santiago since 1900 ... Its Santiago edition" (a novel's "Sydney" may be a
    character who travels)."""
    if (
        len(words) != 1
        or len(text) > ARTICLE_CHARACTERS
        or words[0].lower() not in gazetteer()["city_large"]
    ):
        return False
    at_a_place = _at_a_place(text, words, found)
    return at_a_place is not None and at_a_place > 0 and 2 * at_a_place >= len(found)


def _at_a_place(text: str, words: tuple[str, ...], found: set[Span]) -> int | None:
    """How many of the mentions `found` of `words` follow a preposition of place (or come
    before "road"); None if one speaks or follows a title, or if they name a family."""
    at_a_place = 0
    for start, end in found:
        if _SPEECH_VERB_AFTER.match(text, end) or after_title(text, start):
            return None  # "Telyánin said", "Chief Justice Kennedy"
        if text.startswith(("'s", "’s"), end):
            continue
        if _ROAD_AFTER.match(text, end):
            at_a_place += 1
            continue
        before = _PREPOSITION_BEFORE.search(text, max(0, start - 30), start)
        if before is None:
            continue
        word_before, preposition, the = before.groups()
        if the and words[0].endswith("s"):
            return None  # a family: "at the Karágins'"
        if (
            the
            or (preposition.lower() == "at" and word_before not in _AT_A_PERSON)
            or (preposition in _AFTER_WORDS_OF_PLACE and word_before in _WORDS_OF_PLACE)
            or preposition.lower() not in ("at", "to", "from", "of")
        ):
            at_a_place += 1
    return at_a_place
