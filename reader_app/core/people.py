"""People from the model's PER names: titles dropped, forms of one person grouped, counted.

"Emmanuel Macron", "President Macron" and "Macron" are one person, named by the fullest
form. A lone name that could belong to several people goes to the most mentioned of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.core.countries import code_for
from reader_app.core.name_clusters import (
    LoneNames,
    add_untagged_mentions,
    clusters_of_forms,
    key_of,
)
from reader_app.core.name_context import (
    THE_BEFORE,
    with_a_surname_after,
    with_unknown_word_before,
    without_a_code,
)
from reader_app.core.name_definitions import defined_as_a_person, with_subject_defined_as_a_person
from reader_app.core.name_forms import (
    POSSESSIVES,
    is_a_name_with_an_epithet,
    is_a_plural_nickname,
    read_span,
)
from reader_app.core.name_line_ups import names_a_team
from reader_app.core.name_lists import (
    listed_after_places,
    listed_among_people,
    listed_among_places,
    listed_beside_people_only,
    listed_between_places,
)
from reader_app.core.name_relabel import read_as_people
from reader_app.core.name_repairs import (
    joined_where_the_model_cut_one_name,
    parted_where_two_names_meet,
    surnames_of,
    with_suffixes,
    with_the_office_holder_apart,
    without_a_place_after,
    without_monsieur,
    without_nicknames,
    writes_monsieur_as_m,
)
from reader_app.core.name_words import (
    REGNAL_NUMBER,
    ends_with_a_surname,
    in_lists,
    is_demonym_and_name,
    is_given_name,
    is_given_name_and_surname,
    is_honorific_name,
    is_initial,
    is_institution_word,
    is_person_of,
    is_regnal_name,
    is_ruler_and_name,
    is_title_case,
    is_titled_name,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.nobody_in_context import EPONYM_AFTER
from reader_app.core.not_a_person import (
    ATTRIBUTIVE_AFTER,
    Readings,
    institution_openings,
    names_nobody,
)
from reader_app.core.segment import sentence_starters

Span = tuple[int, int]


# The word before a name, and those of its kinds that are honorifics ("Mr. Bennet").
_WORD_BEFORE = re.compile(r"\b(\w+)\.?[^\S\n]+$")
_HONORIFICS = frozenset("Mr Mrs Ms Miss Mx Dr Mme Mlle M Monsieur Madame Mademoiselle".split())


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


def _full_name_of_one_named_alone(tokens: tuple[str, ...], named_alone: frozenset[str]) -> bool:
    """Two or three capitalised words, opening with a given name, whose last word the text
    names a person by alone: a person where the model read an organisation or a place
    ("Gottfried Wilhelm Leibniz ... Leibniz died"; not "Trinity College", "Paris Hilton"
    beside a hotel: no given name, or an institution's word)."""
    return (
        2 <= len(tokens) <= 3
        and tokens[-1] in named_alone
        and all(is_title_case(t) for t in tokens)
        and is_given_name(tokens[0])
        and not any(is_institution_word(t) or code_for(t) for t in tokens)
    )


def group_people(
    text: str, names: Sequence[NameSpan], within: tuple[int, int] | None = None
) -> list[Person]:
    """People named in `names` (PER spans), with every mention of every form of each."""
    names = joined_where_the_model_cut_one_name(
        text,
        without_nicknames(
            text, with_the_office_holder_apart(text, parted_where_two_names_meet(text, names))
        ),
    )
    names = read_as_people(text, with_suffixes(text, names))
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
    names = without_a_place_after(text, names, named_alone)
    # The model may call a surname a place once ("Arancibia will visit Oslo"); within one
    # document, the surname of a full name it called a person is that person.
    # Only a name of capitalised words gives a surname: not "Queen of Petersburg".
    surnames = surnames_of(names)
    mentions: list[tuple[tuple[str, ...], Span]] = []
    as_person: Counter[str] = Counter()  # one-word names, as the model read them
    after_a_sovereign: Counter[str] = Counter()  # of those, after "Emperor", "King"...
    after_an_honorific: Counter[str] = Counter()  # after "Mr.", "Mrs.", "M."...
    after_a_title: Counter[str] = Counter()  # after "Prince", "Colonel", "Mr."...
    titles = gazetteer()["title"]
    # Each distinct span read once (a novel names the same few people thousands of times):
    # its plausible names, and the other words of names of institutions and places in it.
    read: dict[tuple[str, ...], tuple[list[tuple[str, ...]], list[str]]] = {}
    in_institutions: Counter[str] = Counter()  # "Mondétour" of "Rue Mondétour"
    in_place_lists: Counter[str] = Counter()
    organisations = gazetteer()["org_seen"]
    # Teams in a league's table or a cup's results, however the model read them.
    in_a_team_row = [n for n in names if names_a_team(text, n.start, n.end)]
    team_spans = {(n.start, n.end) for n in in_a_team_row}
    words_name_a_person: dict[tuple[str, ...], bool] = {}
    for number, name in enumerate(names):
        if len(name.tokens) == 1 and EPONYM_AFTER.match(text, name.end):
            continue  # "the Doppler effect", "Euler's identity": no mention of the man
        if (
            name.kind == "PER"
            and all(t[:1].isupper() for t in name.tokens)  # not "Roger Fry of the Bloomsbury"
            and _before_an_institution_word(text, name.end)
        ):
            continue  # "according to Jupiter Group": the firm's name, cut short
        if name.kind != "PER" and (name.start, name.end) in team_spans:
            continue  # a team, read as a place or a firm: "Lada Togliatti 24 8 6 10 22 29 30"
        if " ".join(name.tokens) in organisations and not (
            len(name.tokens) == 1 and name.tokens[0] in surnames
        ):
            # a firm or a club of the training news, however read here: "Merrill Lynch" (a
            # given name and a surname), "Lech Poznan"
            continue
        if name.kind != "PER":
            # (What the words alone say is read once per distinct name: a novel reads the
            # same few places thousands of times.)
            if name.tokens not in words_name_a_person:
                words_name_a_person[name.tokens] = _words_name_a_person(
                    name.tokens, surnames, named_alone
                )
            if not (
                words_name_a_person[name.tokens]
                or ends_with_a_surname(name)
                or listed_among_people(text, names, number)
                or defined_as_a_person(text, name)
            ):
                continue
        if name.kind == "PER" and listed_after_places(text, names, number):
            continue  # "the villages of Bobrowa, Góra Motyczna and Zasów"
        if THE_BEFORE.search(text, max(0, name.start - 8), name.start) and not (
            ATTRIBUTIVE_AFTER.match(text, name.end)
        ):
            continue  # a title: "Christopher Nolan's The Dark Knight"
        if (
            name.kind == "PER"
            and len(name.tokens) > 1
            and not is_given_name(name.tokens[0])
            and not is_initial(name.tokens[0].rstrip(".") + ".")
            and listed_between_places(text, names, number)
        ):
            continue  # "Barcelona, Pink Floyd, Manchester United" (not "Jill Scott")
        # "Daniel studied at Basel, Heidelberg, and Strasbourg": Heidelberg is a place.
        if (
            name.kind == "PER"
            and len(name.tokens) == 1
            and listed_among_places(text, names, number)
        ):
            in_place_lists[name.tokens[0]] += 1
        tokens = name.tokens
        if name.kind != "PER" and is_person_of(tokens):
            tokens = tokens[:2]  # "Kieron Pollard of the West Indies", read as one place
        following = names[number + 1] if number + 1 < len(names) else None
        if (
            len(tokens) > 1
            and tokens[-1].lower() in titles
            and following is not None
            and following.kind == "PER"
            and not text[name.end : following.start].strip()
        ):
            # The model put the next person's title at the end of this one's name: "Paul and
            # Alexander Prince | Vasíli had risen".
            tokens = tokens[:-1]
        if len(tokens) > 2 and tokens[1] == "of" and is_institution_word(tokens[0]):
            continue  # "War of Jenkins' Ear", "University of Zurich": not "Jenkins", "Zurich"
        if tokens not in read:
            read[tokens] = read_span(tokens)
        plausible, institution_words = read[tokens]
        if not plausible and _surname_like_an_institution(text, names, number):
            plausible, institution_words = [tokens], []  # "Wayne Bridge" among footballers
        if institution_words:  # most names hold none, and Counter.update is slow
            in_institutions.update(institution_words)
        search_from = name.start
        for words in plausible:
            start = text.find(words[0], search_from, name.end)
            last = text.find(words[-1], max(start, 0), name.end)
            if start < 0 or last < 0:
                continue  # words the text does not hold as written: no offsets to give
            end = last + len(words[-1])
            search_from = end
            mentions.append((words, (start, end)))
            if len(words) == 1 and name.kind == "PER":
                as_person[words[0]] += 1
                if _SOVEREIGN_BEFORE.search(text, max(0, start - 9), start):
                    after_a_sovereign[words[0]] += 1
                before = _WORD_BEFORE.search(text, max(0, start - 20), start)
                if before is not None:
                    if before.group(1) in _HONORIFICS:
                        after_an_honorific[words[0]] += 1
                    if before.group(1).lower() in titles:
                        after_a_title[words[0]] += 1
    starts_of: dict[tuple[str, ...], list[int]] = {}  # where each form's mentions start
    for words, (start, _) in mentions:
        starts_of.setdefault(words, []).append(start)
    for starts in starts_of.values():
        starts.sort()
    form_counts = {words: len(starts) for words, starts in starts_of.items()}
    clusters = clusters_of_forms(
        starts_of, LoneNames(as_person, after_a_sovereign, after_an_honorific, after_a_title)
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
    as_other = Counter(
        n.tokens[0]
        for n in names
        if (n.kind == "ORG" and not (len(n.tokens) > 1 and n.tokens[1] in POSSESSIVES))
        or (n.kind == "LOC" and len(n.tokens) == 1)
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
        in_institutions,
        in_place_lists,
        institution_openings(names),
        names,
        frozenset(_after_a_label(n.tokens) for n in in_a_team_row),
    )
    people = []
    monsieur: bool | None = None  # whether "M." is "Monsieur" here; asked once, if need be
    for cluster, found in zip(clusters, spans, strict=True):
        if names_nobody(text, cluster.forms, found, readings):
            continue
        # The fullest form, as ordinary text writes it rather than a capital-letter headline,
        # with its initials ("G. H. Hardy", though "Hardy" is named more often).
        fullest = max(
            cluster.forms,
            key=lambda w: (len(key_of(w)), not _in_capitals(w), _initials(w), form_counts[w]),
        )
        if len(cluster.forms) == 1 and len(fullest) == 1 and _no_place_nor_body(fullest[0]):
            # A person of one name is that person where the model read the same word otherwise:
            # "The novel follows Okonkwo" counts.
            found = found | set(readings.others_as(fullest, _read_otherwise(fullest[0])))
        for given in cluster.given_alone:
            # So is a given name that joined its family ("of Jane"; "Pétya," of "Pétya
            # Rostóv").
            found = found | set(readings.others_as((given,), _read_otherwise(given)))
        if any(len(form) > 1 and form[0] == "M." for form in cluster.forms):
            if monsieur is None:
                monsieur = writes_monsieur_as_m(text)
            if monsieur:
                fullest = fullest[1:] if fullest[0] == "M." else fullest
                found = {without_monsieur(text, span) for span in found}
        people.append(Person(_as_name(fullest), tuple(sorted(found))))
    return people


def _before_an_institution_word(text: str, end: int) -> bool:
    """Whether a capitalised word of an institution's name ("Group", "Foundation") follows
    text[:end] after one space: a name the model cut short of it names the institution. Not
    a surname too, which the model may have cut off a person's name ("Charlotte | Church")."""
    after = _CAPITALISED_AFTER.match(text, end)
    return (
        after is not None
        and is_institution_word(after.group(1))
        and not in_lists(after.group(1).lower(), ("surname", "surname_common"))
    )


_CAPITALISED_AFTER = re.compile(r"[^\S\n]([A-Z][a-z]+)\b(?![-'’])")


def _words_name_a_person(
    tokens: tuple[str, ...], surnames: set[str], named_alone: frozenset[str]
) -> bool:
    """Whether a name the model read as a place or an organisation is a person's by its
    words alone: a surname of the document's full names, a dynasty's name and a number
    ("Tāufaʻāhau Tupou IV" beside "George Tupou V"), an honorific, a given name and a
    surname, a ruler, a title..."""
    return (
        (len(tokens) == 1 and tokens[0] in surnames)
        or (
            len(tokens) > 2
            and tokens[-2] in surnames
            and REGNAL_NUMBER.fullmatch(tokens[-1]) is not None
        )
        or is_honorific_name(tokens)
        or is_given_name_and_surname(tokens)
        or is_regnal_name(tokens)
        or is_ruler_and_name(tokens)
        or is_titled_name(tokens)
        or is_person_of(tokens)
        or is_demonym_and_name(tokens)
        or is_a_name_with_an_epithet(tokens)
        or _full_name_of_one_named_alone(tokens, named_alone)
    )


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


def _initials(words: tuple[str, ...]) -> int:
    """How many initials a name has, "M." (Monsieur, as novels write it) not counted."""
    return sum(1 for word in words if is_initial(word) and word != "M.")


_SOVEREIGN_BEFORE = re.compile(
    r"\b(?:Emperor|Empress|King|Queen|Tsar|Czar|Kaiser|Sultan|Pharaoh|Pope)[^\S\n]$"
)


def _no_place_nor_body(word: str) -> bool:
    """A word that names no country, city or other place, and no institution."""
    return not (
        code_for(word)
        or is_institution_word(word)
        or in_lists(word.lower(), ("city", "loc", "place"))
    )


def _surname_like_an_institution(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """A given name and a surname that is also an institution's word, read as a person and
    listed beside people only: "Paulo Ferreira, Wayne Bridge, Glen Johnson" (not "Tower
    Bridge", nor "Victoria Street" in a list of streets)."""
    name = names[number]
    tokens = name.tokens
    return (
        name.kind == "PER"
        and len(tokens) == 2
        and is_given_name(tokens[0])
        and is_title_case(tokens[1])
        and tokens[1].lower() in gazetteer()["surname"]
        and listed_beside_people_only(text, names, number)
    )
