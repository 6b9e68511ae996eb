"""What the word lists say about the words of a name: given names and surnames, titles,
institutions' words, and the shapes of single words (title case, initials). Whether a name's
words together make it a person's is name_shapes.py."""

from __future__ import annotations

import functools
import re

from reader_app.core.ner.features import gazetteer
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
    names = given_names(of_other_countries)
    return (
        without_accents(lower) in names
        or lower in gazetteer()["given_common"]
        # a double given name: "Klaus-Jürgen", "Jean-Pierre"
        or ("-" in lower and all(without_accents(part) in names for part in lower.split("-")))
    )


def opens_with_a_given_name(words: list[str]) -> bool:
    return is_given_name(words[0])


# A religion's or a church's follower, which a given name may be too ("Christian Vieri"), or
# the religion's adjective.
FOLLOWERS_OF_FAITHS = frozenset(
    {"christian", "jew", "hindu", "muslim", "moslem", "mussulman", "mahometan", "pagan"}
    | {"heathen", "quaker", "catholic", "protestant", "buddhist", "sikh", "mormon", "lutheran"}
    | {"anglican", "methodist", "baptist", "calvinist", "puritan", "gentile", "papist"}
    | {"maronite", "sunni", "shiite", "copt", "druze", "evangelical", "presbyterian"}
    | {"jains", "zoroastrian", "hussite", "cathar", "huguenot"}
)
# Rulers' titles written before their names: "King Farouk I", "Empress Lý Chiêu Hoàng".
RULERS_TITLES = frozenset(
    "King Queen Emperor Empress Tsar Tsarina Sultan Prince Princess Archduke".split()
)
REGNAL_NUMBER = re.compile(r"[IVXL]+")
# Spanish and Portuguese words that open places' names ("Cabo Vírgenes", "Sierra Nevada"), not
# people's (but "Monte", "Rio" and "Isla" are given names too, "Arroyo" a surname).
PLACES_FIRST_WORDS = frozenset(
    {"Sierra", "Cabo", "Cerro", "Lago", "Río", "Puerto", "Punta", "Bahía", "Laguna", "Volcán"}
    # and a ravine's: "the valley of the Quebrada de Humahuaca"
    | {"Quebrada"}
    # and mountains', lakes' and bays' of other languages: "Mont Blanc", "Piz Bernina", "Lac
    # Léman" (in the training sets the 4 names that open so are places'); not "Monte",
    # "Costa", "Pico", "Isla", "Serra", which open people's names too: "Monte Moore", "Pico
    # della Mirandola", "Isla St Clair"
    | {"Mont", "Monts", "Piz", "Pizzo", "Lac", "Baie", "Golfo", "Lagoa"}
    # and Malay and Indonesian places' words, peak, mountain, island, lake, hill, river, bay,
    # strait: "Puncak Jaya", "Gunung Mulu", "Pulau Ubin" (the training sets' 6 names that open
    # so are places' and a firm's)
    | {"Puncak", "Gunung", "Pulau", "Danau", "Bukit", "Sungai", "Teluk", "Selat"}
    # and Russian places' adjectives ("New", "Lower", "Old", "Great", "Red"): "Novaya Zemlya",
    # "Nizhny Novgorod", "Staraya Russa" (the training sets' 5 names that open so are places')
    | {"Novaya", "Novy", "Nizhny", "Nizhni", "Verkhny", "Staraya", "Bolshoy", "Bolshaya"}
    | {"Krasnaya", "Ust"}
    # and Greek places' "New" and "Old": "Nea Smyrni", "Palaia Fokaia"
    | {"Nea", "Neo", "Palaia", "Palaio"}
)
# The rulers' words of India's princely states and of Muslim lands, which stand in lower case
# before "of" and a realm: "the maharaja of Marwar", "the Safavid shah of Iran".
PRINCELY_AND_MUSLIM_RULERS = frozenset(
    "maharaja maharana maharani raja rajah rani nawab nizam emir amir shah khedive".split()
)
# "Saint" as written before a saint's name: "Saint George", "St. Peter", "St Mary".
SAINT_WORDS = frozenset({"Saint", "St", "St."})


# Places' last words in the plural, which end no person's name: "the Pratzen Heights",
# "Niagara Falls", "the Valdai Hills", "Churchill Downs".
PLACES_PLURAL = frozenset(
    "Heights Hills Islands Isles Mountains Falls Plains Alps Lakes Downs".split()
)
# The continents' names, which alone name no person (but "James Reese Europe", "Captain America").
CONTINENTS = frozenset(
    {"Africa", "America", "Asia", "Europe", "Oceania", "Antarctica", "Eurasia", "Australasia"}
)
# The prefixes of ships' names, as written ("HMS Queen Elizabeth", "USS Ronald Reagan", and the
# Argentine, Polish and Danish navies': "ARA General Belgrano", "ORP Orzeł"). "SS" is left
# out: it is the Nazi corps too ("SS Obergruppenführer Reinhard Heydrich").
SHIP_PREFIXES = frozenset(
    "HMS HMAS HMCS HMNZS USS USNS RMS RRS SMS INS HNLMS MV HMY ARA ORP HDMS".split()
)
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


# Titles of office, which name a person with the name after them.
OFFICES = frozenset(
    "justice judge senator sen governor gov president bishop archbishop cardinal rabbi imam "
    "sheikh reverend rev mayor chancellor premier ambassador coach detective inspector "
    "constable representative rep minister secretary professor prof dr doctor".split()
)
RULERS = frozenset(
    "king queen prince princess duke duchess emperor empress tsar czar sultan earl pharaoh "
    "pope infanta infante".split()
)


# Words that open the name of a street or a square in a language other than English.
STREET_WORDS = frozenset(
    "Rue Quai Boulevard Impasse Via Viale Calle Plaza Piazza Strasse Straße Faubourg Place "
    "Avenida Rua Praça Largo Île Ile".split()
)


# Word lists of things other than people: common and everyday words, places and cities.
WORD_LISTS = ("common", "everyday", "place", "city", "loc")


def in_lists(word: str, kinds: tuple[str, ...]) -> bool:
    """Whether a lower-case word is in any of the gazetteer's lists named `kinds`."""
    lists = gazetteer()
    return any(word in lists[kind] for kind in kinds)


def is_title_case(word: str) -> bool:
    """ "Smith", a surname with a prefix ("O'Connor", "M'Bow", "McCorvey", "DiMaggio"), and a
    hyphenated name with each part so or in lower case: "Okonjo-Iweala", "Chung-hee"."""
    if not word[:1].isupper():
        return False
    return (
        word[1:].islower()
        or bool(_PREFIXED_SURNAME.fullmatch(word))
        or ("-" in word and all(is_title_case(part) or part.islower() for part in word.split("-")))
    )


_PREFIXED_SURNAME = re.compile(r"(?:[ODMN]['’]|Mc|Mac|Di|De|La|Le)[A-Z][a-z]+")


def is_initial(word: str) -> bool:
    """ "A." in "A. Smith" is an initial, not the article."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def is_institution_word(word: str) -> bool:
    rules, key = people_rules(), word.lower().rstrip(".")
    return key in rules["not_in_names"] or key in rules["not_in_names_not_in_headlines"]


def is_suffix(word: str) -> bool:
    """A generational suffix: "Jr.", "Sr", "III"."""
    return word.lower().rstrip(".") in people_rules()["suffixes"]
