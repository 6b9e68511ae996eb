"""People and countries a Document mentions, with counts and mention offsets."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from reader_app.core.countries import display_name, find_countries
from reader_app.core.documents import Document
from reader_app.core.people import find_people, group_people

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


def extract_entities(document: Document) -> Entities:
    """Finds the people and countries of a document, each list most mentioned first."""
    by_code: dict[str, list[Span]] = defaultdict(list)
    for mention in find_countries(document.text):
        by_code[mention.code].append((mention.start, mention.end))
    countries = [Entity(display_name(code), tuple(spans), code) for code, spans in by_code.items()]
    country_spans = sorted(span for spans in by_code.values() for span in spans)
    mentions = [
        m
        for m in find_people(document.text, document.sentences)
        if not any(a < m.end and m.start < b for a, b in country_spans)
    ]
    people = [
        Entity(name, tuple(spans))
        for name, spans in group_people(document.text, document.sentences, mentions)
        if spans
    ]
    return Entities(_most_mentioned_first(people), _most_mentioned_first(countries))
