"""People and countries a Document mentions, with counts and mention offsets."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader_app.core.countries import (
    code_for,
    display_name,
    find_countries,
    iso_code,
    lower_case_country_names,
)
from reader_app.core.country_mentions import OF_BEFORE, country_mentions
from reader_app.core.documents import Document
from reader_app.core.entity_process import EntityProcessError, EntityProcesses
from reader_app.core.lower_case_names import is_a_verbs_form, with_given_name_pairs
from reader_app.core.ner.clusters import lower_case_cluster_words
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import (
    NameSpan,
    find_names,
    written_in_capitals,
    written_in_lower_case,
)
from reader_app.core.people import group_people

Span = tuple[int, int]


@dataclass(frozen=True)
class Entity:
    """A person or a country; `code` is the ISO 3166-1 alpha-2 code for countries."""

    name: str
    mentions: tuple[Span, ...]
    code: str = ""

    @property
    def count(self) -> int:
        return len(self.mentions)


@dataclass(frozen=True)
class Entities:
    people: tuple[Entity, ...]
    countries: tuple[Entity, ...]


def _most_mentioned_first(entities: list[Entity]) -> tuple[Entity, ...]:
    return tuple(
        sorted(entities, key=lambda e: (-e.count, e.mentions[0] if e.mentions else (0, 0)))
    )


def _capitalised(text: str, names: Sequence[NameSpan]) -> tuple[str, list[NameSpan]]:
    """Text written all in lower case, with the words of the names the model found and of
    country names capitalised, so that the people and country steps read it as they read
    news ("emmanuel macron" becomes "Emmanuel Macron"). Same length: every offset holds."""
    characters = list(text)
    lists = gazetteer()
    common = lists["common"] | lists["everyday"]
    known = (lists["given"] | lists["surname"]) - lists["everyday"]

    def capitalise_words(start: int, end: int) -> None:
        for word in _WORD.finditer(text, start, end):
            first = text[word.start()].upper()
            if len(first) == 1:
                characters[word.start()] = first

    # Everyday words the model took for a name, a thing capitalisation would have settled
    # ("the ukrainian people"): not names.
    names = [name for name in names if not _everyday_words(name.tokens, common)]

    def capitalise_token(start: int, token: str) -> None:
        # A capital at the start of the token alone, as its first word has: "O'neill",
        # "Tse-tung", so that the text and the tokens agree.
        first = token[:1].upper()
        if len(first) == 1 and _capital_wanted(token, common, known):
            characters[start] = first

    starts = [_token_starts(text, name) for name in names]
    for name, at_each in zip(names, starts, strict=True):
        # Inside a name, everyday words ("of", "the", "chase") stay in lower case, so that the
        # people step splits "chase of moby dick" as it would split "chase of Moby Dick".
        for token, at in zip(name.tokens, at_each, strict=True):
            if at >= 0:
                capitalise_token(at, token)
    for start, end in lower_case_country_names(text):
        capitalise_words(start, end)
    # Other mentions of a person's unusual words get their capitals too, so that the people
    # step counts "macron" where the model did not label it, as it counts "Macron".
    person_words = {
        token
        for name in names
        if name.kind == "PER"
        for token in name.tokens
        if len(token) > 2 and _capital_wanted(token, common, known) and token not in common
    }
    if person_words:
        for word in _NAME_WORD.finditer(text):
            if word.group() in person_words:
                capitalise_token(word.start(), word.group())
    cased = "".join(characters)
    return cased, [
        replace(name, tokens=_as_cased(cased, name, at_each))
        for name, at_each in zip(names, starts, strict=True)
    ]


def _token_starts(text: str, name: NameSpan) -> list[int]:
    """Where each of the name's tokens starts in the text, in order; -1 for a token the text
    does not hold as written."""
    starts, position = [], name.start
    for token in name.tokens:
        at = text.find(token, position, name.end)
        starts.append(at)
        if at >= 0:
            position = at + len(token)
    return starts


def _as_cased(cased: str, name: NameSpan, starts: list[int]) -> tuple[str, ...]:
    """The name's tokens as the capitalised text writes them, so that the people step finds
    them in it and gives their mentions' offsets."""
    return tuple(
        cased[at : at + len(token)] if at >= 0 else _first_upper(token)
        for token, at in zip(name.tokens, starts, strict=True)
    )


def _outside_longer_names(
    text: str, by_code: dict[str, list[Span]], names: Sequence[NameSpan]
) -> dict[str, list[Span]]:
    """The country mentions of a text in capitals less those inside a longer name of a place,
    a firm or a thing that the reading in capitals found ("AMERICAN LEAGUE", "NORTH AMERICAN
    EQUITY SERVICES"), as in ordinary text; the lower-case reading's are too rough for that,
    and the text read in lower case has lost the capitals that held them together."""
    longer = sorted(
        (name.start, name.end)
        for name in names
        if name.kind != "PER"
        and len(name.tokens) > 1
        and not code_for(" ".join(name.tokens).title())
    )
    if not longer:
        return by_code
    starts = [start for start, _ in longer]

    def inside(span: Span) -> bool:
        at = bisect.bisect_right(starts, span[0]) - 1
        if at < 0 or span[1] > longer[at][1]:
            return False
        before = text[longer[at][0] : span[0]]
        # Not after a mark that parts two names ("DAVIDSON EZINWA (NIGERIA"), nor "of".
        return not (any(mark in before for mark in "():;") or OF_BEFORE.search(before))

    kept = {code: [span for span in spans if not inside(span)] for code, spans in by_code.items()}
    return {code: spans for code, spans in kept.items() if spans}


def _both_readings(sure: Sequence[NameSpan], more: Sequence[NameSpan]) -> list[NameSpan]:
    """The names of the reading in capitals (their words put in lower case), and those of
    the reading in lower case that overlap none of them, in document order; but a person of
    the reading in lower case, of four words at most, replaces the shorter names of the
    reading in capitals that lie inside it ("HUN SEN SAID": "HUN", an organisation, in
    capitals, where a title's abbreviation cut the name; "hun sen" in lower case); and a word
    that only the reading in capitals found, as an organisation, is a person where a person's
    name holds it."""
    kept = [replace(name, tokens=tuple(t.lower() for t in name.tokens)) for name in sure]
    starts = [name.start for name in kept]

    def overlapping(name: NameSpan) -> list[int]:
        first = bisect.bisect_right(starts, name.start) - 1
        if first < 0 or kept[first].end <= name.start:
            first += 1
        last = bisect.bisect_left(starts, name.end)
        return list(range(first, last))

    ordinary = _ordinary_words()
    added, replaced = [], set()
    for name in more:
        inside = overlapping(name)
        if not inside:
            added.append(name)
        elif (
            name.kind == "PER"
            and len(name.tokens) <= 4
            and all(
                name.start <= kept[at].start
                and kept[at].end <= name.end
                and len(kept[at].tokens) < len(name.tokens)
                for at in inside
            )
            # the words it adds are a name's, not "yesterday darnell hurt", "steven jiggled"
            and not any(
                t in ordinary or is_a_verbs_form(t)
                for t in _words_outside(name, [kept[at] for at in inside])
            )
        ):
            added.append(name)
            replaced.update(inside)
    # A word the reading in capitals alone took for an organisation, where a person's name
    # holds it, is that person's: "HUN SEN SAID" read as "HUN", beside "prime minister hun
    # sen" (a place so read stays a place: turned too, War and Peace in capitals listed
    # Smolénsk and Europe).
    seen_in_lower_case = {at for name in more for at in overlapping(name)}
    in_people = {t for name in [*kept, *added] if name.kind == "PER" for t in name.tokens}
    kept = [
        replace(name, kind="PER")
        if (
            at not in seen_in_lower_case
            and name.kind == "ORG"
            and len(name.tokens) == 1
            and name.tokens[0] in in_people
            and name.tokens[0] not in ordinary
        )
        else name
        for at, name in enumerate(kept)
        if at not in replaced
    ]
    return sorted([*kept, *added], key=lambda name: name.start)


@functools.cache
def _ordinary_words() -> frozenset[str]:
    """Everyday and common words, and those the clusters' text writes in lower case, but for
    given names and surnames: words that make no one's name."""
    lists = gazetteer()
    return (lists["common"] | lists["everyday"] | lower_case_cluster_words()) - (
        lists["given"] | lists["surname"]
    )


def _words_outside(name: NameSpan, parts: Sequence[NameSpan]) -> list[str]:
    """The words of `name` (a reading in lower case) that none of `parts`, names inside it
    of the reading in capitals (their words in lower case), holds."""
    held = {t for part in parts for t in part.tokens}
    return [t for t in name.tokens if t not in held]


def _capital_wanted(word: str, common: frozenset[str], known: frozenset[str]) -> bool:
    return word not in common or word in known


def _everyday_words(tokens: Sequence[str], common: frozenset[str]) -> bool:
    """Only common words, once country words are set aside ("ukrainian people")."""
    rest = [token for token in tokens if not code_for(token.title())]
    return bool(rest) and all(token in common for token in rest)


def _first_upper(token: str) -> str:
    first = token[:1].upper()
    return first + token[1:] if len(first) == 1 else token


_WORD = re.compile(r"[^\W_]+")
_NAME_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _inside(span: Span, spans: list[Span]) -> bool:
    """Whether `span` lies within one of the sorted, non-overlapping `spans`."""
    at = bisect.bisect_right(spans, (span[0], span[1])) - 1
    return at >= 0 and span[1] <= spans[at][1]


def extract_entities(
    document: Document, parallel: bool = False, helpers: EntityProcesses | None = None
) -> Entities:
    """Finds the people and countries of a document, each list most mentioned first.
    `parallel` lets a single-threaded caller use a second process for a long document;
    `helpers`, second processes that read the document as it loaded, label it if they can."""
    sentences = [s for s in document.sentences if document.in_main_text(s)]
    text = document.text

    def prepare_countries() -> None:
        # The country tables and the index of the text's capitalised words, which the steps
        # below need (a fifth of a second for a novel), built while the labeller's second
        # process finishes; the mentions themselves are found again below in milliseconds.
        for _ in find_countries(text, *document.main):
            pass

    # (Text in capitals or in lower case is read below in another form, indexed anew.)
    in_capitals = written_in_capitals(text)
    as_written = not (in_capitals or written_in_lower_case(text))
    names = None
    if helpers is not None and as_written:
        try:
            names = helpers.names(document.main, len(sentences), prepare_countries)
        except EntityProcessError:
            names = None  # labelled here instead
    if names is None:
        names = find_names(text, sentences, parallel, prepare_countries if as_written else None)
    read_in_capitals: Sequence[NameSpan] = ()
    if in_capitals and len(text.lower()) == len(text):
        # The model reads capitals as it reads a headline: few names, but sure ones. Read
        # again as lower-case text, it finds more; both readings are kept.
        text = text.lower()
        read_in_capitals = names
        names = _both_readings(names, find_names(text, sentences, parallel))
    # Names that may hide a country word ("Japan Airlines", "Jordan Henderson"); in text
    # written in lower case the model's organisations are too rough for that.
    containers = names
    recapitalised = written_in_lower_case(text)
    if recapitalised:
        text, names = _capitalised(text, with_given_name_pairs(text, names, document.main))
        containers = [name for name in names if name.kind == "PER"]
    by_code = country_mentions(
        text, document.main, names, containers, capitals_as_written=not recapitalised
    )
    if read_in_capitals:
        by_code = _outside_longer_names(text, by_code, read_in_capitals)
    countries = [
        Entity(display_name(code), tuple(spans), iso_code(code)) for code, spans in by_code.items()
    ]
    # A country's name is no person's: "Saint Kitts and Nevis" holds no "Kitts".
    country_spans = sorted(span for spans in by_code.values() for span in spans)
    people = []
    for person in group_people(text, names, document.main, parallel):
        mentions = tuple(m for m in person.mentions if not _inside(m, country_spans))
        if mentions:
            people.append(Entity(person.name, mentions))
    return Entities(_most_mentioned_first(people), _most_mentioned_first(countries))
