"""People and countries a Document mentions, with counts and mention offsets."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.core.countries import (
    CountryMention,
    code_for,
    display_name,
    find_countries,
    iso_code,
)
from reader_app.core.documents import Document
from reader_app.core.ner.model import NameSpan, find_names
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


def _is_country_here(mention: CountryMention, names: Sequence[NameSpan], starts: list[int]) -> bool:
    """A country word inside a person's or an organisation's name ("Jordan Henderson",
    "Japan Airlines"), or inside a longer place or event name that is not a country
    ("French Open", "Gulf of Mexico"), does not count as a mention of the country."""
    position = bisect.bisect_right(starts, mention.start) - 1
    for name in names[max(0, position - 2) : position + 1]:
        if name.start <= mention.start and mention.end <= name.end:
            # An "organisation" that is just the country (a national side, or "Swiss" misread
            # before "francs") is the country; a longer one ("Japan Airlines") is not.
            words = " ".join(t for t in name.tokens if not t[:1].isdigit()).removesuffix(" 's")
            if name.kind == "PER" or (name.kind == "ORG" and code_for(words) != mention.code):
                return False
            if (name.start, name.end) != (mention.start, mention.end):
                return code_for(words) == mention.code
    return True


def extract_entities(document: Document, parallel: bool = False) -> Entities:
    """Finds the people and countries of a document, each list most mentioned first.
    `parallel` lets a single-threaded caller use a second process for a long document."""
    sentences = [s for s in document.sentences if document.in_main_text(s)]
    names = find_names(document.text, sentences, parallel)
    starts = [name.start for name in names]
    by_code: dict[str, list[Span]] = defaultdict(list)
    for mention in find_countries(document.text, *document.main):
        if _is_country_here(mention, names, starts):
            by_code[mention.code].append((mention.start, mention.end))
    countries = [
        Entity(display_name(code), tuple(spans), iso_code(code)) for code, spans in by_code.items()
    ]
    people = [
        Entity(person.name, person.mentions)
        for person in group_people(document.text, names, document.main)
        if person.mentions
    ]
    return Entities(_most_mentioned_first(people), _most_mentioned_first(countries))
