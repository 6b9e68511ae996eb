"""People from the model's PER names: titles dropped, forms of one person grouped, counted.

"Emmanuel Macron", "President Macron" and "Macron" are one person, named by the fullest
form. A lone name that could belong to several people goes to the most mentioned of them.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from reader_app.core.countries import code_for
from reader_app.core.name_clusters import (
    Cluster,
    LoneNames,
    add_untagged_mentions,
    clusters_of_forms,
    key_of,
)
from reader_app.core.name_context import (
    after_a_works_kind,
    with_a_surname_after,
    with_unknown_word_before,
    without_a_code,
    without_a_describing_word,
)
from reader_app.core.name_definitions import (
    defined_as_a_thing,
    defined_as_a_work,
    with_bylines_as_people,
    with_honorific_names_as_people,
    with_subject_defined_as_a_person,
)
from reader_app.core.name_forms import (
    POSSESSIVES,
    is_a_plural_nickname,
)
from reader_app.core.name_line_ups import names_a_team
from reader_app.core.name_mentions import Mentions, WholeDocument, mentions_in
from reader_app.core.name_nicknames import without_nicknames
from reader_app.core.name_office_holders import with_the_office_holder_apart
from reader_app.core.name_relabel import read_as_people
from reader_app.core.name_repairs import (
    joined_where_the_model_cut_one_name,
    parted_where_two_names_meet,
    surnames_of,
    with_hyphened_parts,
    with_suffixes,
    without_a_place_after,
    without_monsieur,
    writes_monsieur_as_m,
)
from reader_app.core.name_tables import people_in_tables
from reader_app.core.name_words import (
    in_lists,
    is_given_name,
    is_initial,
    is_institution_word,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.not_a_person import (
    ATTRIBUTIVE_AFTER,
    Readings,
    institution_openings,
    names_nobody,
)
from reader_app.core.runtime import shared_with_a_child
from reader_app.core.segment import sentence_starters

Span = tuple[int, int]
Part = TypeVar("Part")


@dataclass(frozen=True)
class Person:
    name: str
    mentions: tuple[Span, ...]


def _in_capitals(words: tuple[str, ...]) -> bool:
    return all(w.isupper() for w in words)


_VOWELS = frozenset("AEIOUY")


def _as_name(words: tuple[str, ...]) -> str:
    """A name for display: "HUN SEN" from an all-capital text reads "Hun Sen"; initials and
    letters without a vowel ("JFK") stay as written."""
    if not _in_capitals(words):
        return " ".join(words)
    return " ".join(
        w.title() if len(w) > 2 and _VOWELS.intersection(w) and "." not in w else w for w in words
    )


# The last words of awards named after people ("the Rumford Medal", "the Nobel Prize").
_AN_AWARDS_LAST_WORDS = frozenset({"Medal", "Prize", "Award", "Lecture", "Trophy"})


def group_people(
    text: str,
    names: Sequence[NameSpan],
    within: tuple[int, int] | None = None,
    parallel: bool = False,
) -> list[Person]:
    """People named in `names` (PER spans), with every mention of every form of each.
    `parallel` lets a single-threaded caller share a long document's reading with a second
    process."""
    names = joined_where_the_model_cut_one_name(
        text,
        without_nicknames(
            text,
            with_the_office_holder_apart(
                text, parted_where_two_names_meet(text, with_hyphened_parts(text, names))
            ),
        ),
    )
    names = read_as_people(text, with_suffixes(text, names))
    names = with_honorific_names_as_people(
        text, people_in_tables(text, with_bylines_as_people(text, names)), within or (0, len(text))
    )
    names = with_subject_defined_as_a_person(text, names, within or (0, len(text)))
    # One-word names of people, but for those the model cut off the name after them
    # ("María | Elena Fernandez").
    named_alone = frozenset(
        n.tokens[0]
        for number, n in enumerate(names)
        if n.kind == "PER"
        and len(n.tokens) == 1
        and not (
            number + 1 < len(names)
            and names[number + 1].kind == "PER"
            and names[number + 1].start == n.end + 1
        )
    )
    names = [
        with_a_surname_after(
            text, with_unknown_word_before(text, without_a_code(text, name), named_alone)
        )
        for name in names
    ]
    names = without_a_place_after(text, without_a_describing_word(text, names), named_alone)
    # The model may call a surname a place once ("Arancibia will visit Oslo"); within one
    # document, the surname of a full name it called a person is that person.
    # Only a name of capitalised words gives a surname: not "Queen of Petersburg".
    surnames = surnames_of(names)
    # Teams in a league's table or a cup's results, however the model read them.
    in_a_team_row = [n for n in names if names_a_team(text, n.start, n.end)]
    document = WholeDocument(
        names, surnames, named_alone, {(n.start, n.end) for n in in_a_team_row}
    )

    def mentions_from(first: int, stop: int) -> Mentions:
        return mentions_in(text, document, first, stop)

    # A novel's names are read in two processes where the caller allows it (for Pride and
    # Prejudice's 4,300 names, a second process's start and answer cost what it saves).
    shared = parallel and len(names) >= _SHARED_FROM
    parts = _in_parts(mentions_from, len(names), Mentions.as_json, Mentions.from_json, shared)
    read = parts[0]
    for later in parts[1:]:
        read.extend(later)
    mentions, as_person = read.mentions, read.as_person
    titles = gazetteer()["title"]
    starts_of: dict[tuple[str, ...], list[int]] = {}  # where each form's mentions start
    for words, (start, _) in mentions:
        starts_of.setdefault(words, []).append(start)
    for starts in starts_of.values():
        starts.sort()
    form_counts = {words: len(starts) for words, starts in starts_of.items()}
    clusters = clusters_of_forms(
        starts_of,
        LoneNames(as_person, read.after_a_sovereign, read.after_an_honorific, read.after_a_title),
    )
    cluster_of = {words: i for i, cluster in enumerate(clusters) for words in cluster.forms}
    spans: list[set[Span]] = [set() for _ in clusters]
    for words, span in mentions:
        if words in cluster_of:
            spans[cluster_of[words]].add(span)
    add_untagged_mentions(text, clusters, spans, names, within or (0, len(text)))
    # How the model read each one-word name across the document: a word it reads as a place
    # or an organisation at least as often as a person is not a person ("Petersburg"; "Arbil"
    # once a city and once a person). An organisation's name counts for its first word too:
    # "Magna" after "Magna International Inc" is the company (but not its owner's: "Hitler"
    # of "Hitler's Nazi party"), and a team's plural nickname for its last: "the Canadiens"
    # after "Montreal Canadiens".
    # (Not before a word a person's name qualifies: "the Rurik dynasty", "the Bush
    # administration", however read; nor in an award named after a person: "the Rumford
    # Medal ... to Rumford himself".)
    as_other = Counter(
        n.tokens[0]
        for n in names
        if (
            (
                n.kind == "ORG"
                and not (len(n.tokens) > 1 and n.tokens[1] in POSSESSIVES)
                and not (len(n.tokens) > 1 and n.tokens[-1] in _AN_AWARDS_LAST_WORDS)
            )
            or (n.kind == "LOC" and (len(n.tokens) == 1 or _a_town_and_its_region(n.tokens)))
        )
        and not ATTRIBUTIVE_AFTER.match(text, n.end)
    )
    teams = [
        n.tokens
        for n in names
        if n.kind == "ORG" and len(n.tokens) in (2, 3) and is_a_plural_nickname(n.tokens[-1])
    ]
    if teams:
        places = {n.tokens for n in names if n.kind == "LOC"}
        as_other.update(
            tokens[-1]
            for tokens in teams
            if (tokens[:-1] in places or tokens[0].lower() in gazetteer()["city"])
            # not "Cæsar Tacitus", "King Porus"
            and not as_person[tokens[0]]
            and tokens[0].lower() not in titles
        )
    # A club's short name, the last word of two the model read as an organisation: "Villa"
    # after "Aston Villa" (not after a given name, "Andrew Mehrtens" read so in a headline,
    # nor a name whose first word is itself read as someone's, nor a word opening a
    # sentence: "On Helen's garter").
    starters = sentence_starters()
    as_other.update(
        n.tokens[1]
        for n in names
        if n.kind == "ORG"
        and len(n.tokens) == 2
        and all(w.isalpha() and w.istitle() and len(w) > 2 for w in n.tokens)
        and not is_given_name(n.tokens[0])
        and not as_person[n.tokens[0]]
        and n.tokens[0].lower() not in titles
        and n.tokens[0].lower() not in starters
    )
    readings = Readings(
        as_person,
        as_other,
        read.in_institutions,
        read.in_place_lists,
        institution_openings(names),
        names,
        frozenset(_after_a_label(n.tokens) for n in in_a_team_row),
    )
    # Whether "M." is "Monsieur" here: asked once, if need be.
    monsieur = functools.cache(lambda: writes_monsieur_as_m(text))
    # Clusters dealt out in turn, so that each half holds as many of the most mentioned.
    dealt = [*range(0, len(clusters), 2), *range(1, len(clusters), 2)]

    def people_of(first: int, stop: int) -> list[Person | None]:
        return [
            _person_of(text, clusters[i], spans[i], readings, form_counts, monsieur)
            for i in dealt[first:stop]
        ]

    found = _in_parts(people_of, len(clusters), _people_as_json, _people_from_json, shared)
    people: list[Person | None] = [None] * len(clusters)
    for i, person in zip(dealt, (person for part in found for person in part), strict=True):
        people[i] = person
    return [person for person in people if person is not None]


def _person_of(
    text: str,
    cluster: Cluster,
    found: set[Span],
    readings: Readings,
    form_counts: dict[tuple[str, ...], int],
    monsieur: Callable[[], bool],
) -> Person | None:
    """The person a cluster of forms names, with the mentions `found` and those the model
    read otherwise; None if it names no one. `monsieur()` says whether the text writes
    Monsieur as "M."."""
    forms = cluster.forms
    titles = {span for span in found if defined_as_a_thing(text, *span)}
    if len(found) > 1 and len(forms) > 1:
        # (and a title after a work's kind that holds a word no other mention does: "the
        # trickster Anansi ... his novel Anansi Boys"; not "the aircraft carrier Carl Vinson
        # ... The Carl Vinson leads", a ship throughout, nor "James Ford ... told the BBC
        # News website Ford did not")
        after_a_kind = {span for span in found if after_a_works_kind(text, span[0])}
        if after_a_kind:
            other_words = {
                word for start, end in found - after_a_kind for word in text[start:end].split()
            }
            titles |= {
                (start, end)
                for start, end in after_a_kind
                if not other_words.issuperset(text[start:end].split())
            }
    if titles and len(titles) < len(found):
        # A work's title is no mention of its title character, named alone elsewhere:
        # "Gertie the Dinosaur is a 1914 animated film ... giving orders to Gertie"; nor a
        # ship's of the man it is named after ("The Wilhelm Gustloff was a German ship").
        found = found - titles
        named = {tuple(text[start:end].split()) for start, end in found}
        forms = [form for form in forms if form in named] or forms
    if names_nobody(text, forms, found, readings):
        return None
    # The fullest form, as ordinary text writes it rather than a capital-letter headline,
    # with its initials ("G. H. Hardy", though "Hardy" is named more often) or a ruler's
    # number one ("the emperor Justinian I, crying", though "Justinian" is named more often).
    numbered = _numbered_the_first(text, found) if len(forms) > 1 else set()
    fullest = max(
        forms,
        key=lambda w: (
            len(key_of(w)),
            not _in_capitals(w),
            _initials(w),
            w in numbered,
            form_counts[w],
        ),
    )
    if len(forms) == 1 and len(fullest) == 1 and _no_place_nor_body(fullest[0]):
        # A person of one name is that person where the model read the same word otherwise:
        # "The novel follows Okonkwo" counts; but not the title the text defines as a work
        # ("Rusalka is an opera ... The water nymph Rusalka").
        found = found | {
            (start, end)
            for start, end in readings.others_as(fullest, _read_otherwise(fullest[0]))
            if not defined_as_a_work(text, start, end)
        }
    for given in cluster.given_alone:
        # So is a given name that joined its family ("of Jane"; "Pétya," of "Pétya
        # Rostóv").
        found = found | set(readings.others_as((given,), _read_otherwise(given)))
    if any(len(form) > 1 and form[0] == "M." for form in forms) and monsieur():
        fullest = fullest[1:] if fullest[0] == "M." else fullest
        found = {without_monsieur(text, span) for span in found}
    return Person(_as_name(fullest), tuple(sorted(found)))


def _in_parts(
    work: Callable[[int, int], Part],
    count: int,
    encode: Callable[[Part], Any],
    decode: Callable[[Any], Part],
    shared: bool,
) -> list[Part]:
    """work(0, count), shared with a second process if `shared` and there are two parts."""
    if shared and count > 1:
        return shared_with_a_child(work, count, encode, decode)
    return [work(0, count)]


_SHARED_FROM = 5000  # names; War and Peace has 24,000


def _people_as_json(people: list[Person | None]) -> list[Any]:
    return [None if p is None else [p.name, p.mentions] for p in people]


def _people_from_json(people: list[Any]) -> list[Person | None]:
    return [
        None if p is None else Person(p[0], tuple((start, end) for start, end in p[1]))
        for p in people
    ]


def _after_a_label(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name without the label the model read into it: "Gloria Bistrita" of "In Bistrita :
    Gloria Bistrita", a cup result's team after the place where it was played."""
    return tokens[len(tokens) - tokens[::-1].index(":") :] if ":" in tokens else tokens


def _read_otherwise(word: str) -> tuple[str, ...]:
    """The kinds of name the model may have read a one-word person's name as, where it is
    still that person: an organisation, or a place unless a given name of the English lists
    names places too ("Paris"; not "Pétya", which no English list holds)."""
    if is_given_name(word, of_other_countries=False):
        return ("ORG", "MISC")
    return ("ORG", "MISC", "LOC")


def _numbered_the_first(text: str, found: set[Span]) -> set[tuple[str, ...]]:
    """The forms of the mentions `found` that end in a ruler's "I" before a stop or a bracket
    ("Justinian I,"; not the pronoun of "Darcy I am", which a word follows)."""
    return {
        tuple(text[start:end].split())
        for start, end in found
        if text.endswith(" I", start, end) and _A_STOP_AFTER.match(text, end)
    }


_A_STOP_AFTER = re.compile(r"[^\S\n]*(?:[,.;:()]|$)", re.MULTILINE)


def _initials(words: tuple[str, ...]) -> int:
    """How many initials a name has, "M." (Monsieur, as novels write it) not counted."""
    return sum(1 for word in words if is_initial(word) and word != "M.")


def _no_place_nor_body(word: str) -> bool:
    """A word that names no country, city or other place, and no institution."""
    return not (
        code_for(word)
        or is_institution_word(word)
        or in_lists(word.lower(), ("city", "loc", "place"))
    )


def _a_town_and_its_region(tokens: tuple[str, ...]) -> bool:
    """A place's name of a word, a comma and one or two capitalised words: a town and its
    region, whose town the model may read as a person elsewhere ("Richmond, Virginia ...
    postmaster of Richmond"; not "Caulaincourt, and Berthier", read as one place)."""
    return len(tokens) in (3, 4) and tokens[1] == "," and all(w[:1].isupper() for w in tokens[2:])
