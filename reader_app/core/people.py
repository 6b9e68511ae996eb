"""People from the model's PER names: titles dropped, forms of one person grouped, counted.

"Emmanuel Macron", "President Macron" and "Macron" are one person, named by the fullest
form. A lone name that could belong to several people goes to the most mentioned of them.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader_app.core.countries import code_for
from reader_app.core.name_context import (
    THE_BEFORE,
    defined_as_a_person,
    part_of_name,
    with_a_surname_after,
    with_subject_defined_as_a_person,
    with_unknown_word_before,
    without_a_code,
)
from reader_app.core.name_forms import (
    ARTICLE_SURNAME_AFTER,
    ARTICLES_AFTER,
    is_a_name_with_an_epithet,
    is_a_plural_nickname,
    read_span,
)
from reader_app.core.name_lists import (
    listed_after_places,
    listed_among_people,
    listed_among_places,
    listed_beside_people_only,
    listed_between_places,
)
from reader_app.core.name_relabel import read_as_people
from reader_app.core.name_words import (
    REGNAL_NUMBER,
    ends_with_a_surname,
    in_lists,
    is_given_name,
    is_given_name_and_surname,
    is_honorific_name,
    is_initial,
    is_institution_word,
    is_person_of,
    is_regnal_name,
    is_ruler_and_name,
    is_suffix,
    is_title_case,
    is_titled_name,
    people_rules,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.ner.tokens import tokenize
from reader_app.core.not_a_person import (
    ATTRIBUTIVE_AFTER,
    EPONYM_AFTER,
    Readings,
    institution_openings,
    names_nobody,
)
from reader_app.core.phrases import PhraseMatcher
from reader_app.core.segment import sentence_starters

Span = tuple[int, int]


_FIRST_NAME_RATIO = 3
_SURNAME_RATIO = 20
_INTRODUCED_WITHIN = 3000  # characters: a page or two
_KNOWN_BEFORE = 10  # mentions of a surname alone before its full name first appears
_FAMILY_NAMED_ALONE = 3  # times a surname is read alone as a person's
_FAMILY_AHEAD = 3  # times more often than the next family's
_SOVEREIGN_SHARE = 5  # a given name after a sovereign's title once in this many is a ruler's


@dataclass(frozen=True)
class Person:
    name: str
    mentions: tuple[Span, ...]


@dataclass
class _Cluster:
    """The forms of one person while grouping; `key` holds the words of its fullest form."""

    key: frozenset[str]
    forms: list[tuple[str, ...]] = field(default_factory=list)
    count: int = 0
    first_at: int = sys.maxsize  # where its first mention starts
    # Given names that joined as a family's member (`_family_of_a_given_name`).
    given_alone: list[str] = field(default_factory=list)


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


def _may_join(
    words: tuple[str, ...],
    starts: Sequence[int],
    cluster: _Cluster,
    named_alone: frozenset[str] = frozenset(),
) -> bool:
    """A lone name (first named at `first`) joins a full name only if it is not far more
    common than it: "Macron" joins "Emmanuel Macron", but "Jane" (hundreds of times) is not
    the author "Jane Austen" (once), nor "Pierre" a misread "Petersburg Pierre". Surnames
    may be much more common, and so may a given name first met soon after the full name, as
    a person is introduced ("King Harold Godwinson ... Harold was killed"; not "Fitzwilliam
    Darcy ... Colonel Fitzwilliam", nor a misread "Freemasonry Pierre ... Freemasonry", nor
    "Lady Anne Darcy" chapters before "Anne"). A surname named alone many times before the
    full name first appears was someone else's all along: Les Misérables' "M. Gillenormand",
    sixty times before his grandnephew "Théodule Gillenormand". `starts`: where each mention
    of `words` starts, in order."""
    count, first = len(starts), starts[0]
    if (
        len(_key(words)) == 1 < len(cluster.key)
        and bisect.bisect_left(starts, cluster.first_at) >= _KNOWN_BEFORE
        # A patronymic alone is how a Russian novel addresses its full name's bearer:
        # "Alpátych" for chapters before "Yákov Alpátych".
        and not _PATRONYMIC.search(words[-1])
    ):
        return False
    if len(words) > 1:
        if words[-1] == "I" and any(
            len(form) > 1 and form[-1] != "I" and REGNAL_NUMBER.fullmatch(form[-1])
            for form in cluster.forms
        ):
            return False  # "Elizabeth I" is not "Elizabeth II" ("I" stays out of the key)
        return not _other_initials(words, cluster)
    surnames = {_surname(form).lower().rstrip(".") for form in cluster.forms if len(form) > 1}
    titles = gazetteer()["title"]
    # A family name may come first ("Wang Donghai ... Wang was arrested", "Deng Xiaoping"):
    # the first of two words is the surname where the last is never named alone (not
    # "Colonel Fitzwilliam" beside "Fitzwilliam Darcy ... Darcy").
    surnames.update(
        form[0].lower()
        for form in cluster.forms
        if len(form) == 2
        and form[1] not in named_alone
        and is_title_case(form[0])
        and not is_given_name(form[0])
        and form[0].lower() not in titles
        and not _a_plain_word(form[1])  # not "Pratzen Heights"
    )
    if words[0].lower().rstrip(".") in surnames or (
        cluster.first_at < first <= cluster.first_at + _INTRODUCED_WITHIN
        and is_given_name(words[0])
    ):
        return count <= _SURNAME_RATIO * cluster.count
    return count <= _FIRST_NAME_RATIO * cluster.count


def _without_a_place_after(
    text: str, names: list[NameSpan], named_alone: frozenset[str]
) -> list[NameSpan]:
    """Two words read as one person's name, the first this person's surname and the second a
    place the model names alone elsewhere, as a headline runs them together: "Lebed" of
    "Yeltsin endorses Lebed Chechnya peace plan" beside "Alexander Lebed" and "peace plan
    for Chechnya"."""
    places = {n.tokens[0] for n in names if n.kind == "LOC" and len(n.tokens) == 1}
    if not places:
        return names
    surnames = surnames_of(names)
    result = list(names)
    for number, name in enumerate(names):
        tokens = name.tokens
        if (
            name.kind == "PER"
            and len(tokens) == 2
            and tokens[1] in places
            and tokens[1] not in named_alone
            and tokens[0] in surnames  # from other names: this one's last word is the place
            and not is_given_name(tokens[0])  # not "George Washington" beside "Washington"
            and not is_initial(tokens[0])
        ):
            part = part_of_name(text, name, 0, 1)
            if part is not None:
                result[number] = part
    return result


def _a_plain_word(word: str) -> bool:
    """A common word, or the plural of one: "Heights", "Street" (a Chinese given name may be
    a city's name: "Donghai")."""
    lowered = word.lower()
    return in_lists(lowered, _PLAIN_LISTS) or (
        lowered.endswith("s") and in_lists(lowered[:-1], _PLAIN_LISTS)
    )


_PLAIN_LISTS = ("common", "everyday", "place", "loc")


def _other_initials(words: tuple[str, ...], cluster: _Cluster) -> bool:
    """Whether a name opening with two initials names someone else than the cluster's full
    name: "G. P. Sippy" is not "Ramesh Sippy" ("J. R. Smith" may be "John Smith"; one initial
    may be a middle one, "T. Cheever" of "Henry T. Cheever", or "M." for "Monsieur"); and
    whether one initial differs from the initial of a name that is an initial and a surname
    too, as a scorecard names brothers: "M. Waugh" is not "S. Waugh"."""
    if not cluster.forms:
        return False
    fullest = cluster.forms[0]
    if (
        len(words) == 2
        and is_initial(words[0])
        and len(fullest) >= 2
        and (is_initial(fullest[0]) or words[0][0] != "M")  # "M." may be "Monsieur"
        and all(w[0].upper() != words[0][0].upper() for w in fullest[:-1])
    ):
        return True
    if len(words) < 3 or not (is_initial(words[0]) and is_initial(words[1])):
        return False
    return len(fullest) > 1 and not is_initial(fullest[0]) and fullest[0][:1].upper() != words[0][0]


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


def _family_of_a_given_name(
    given: str, clusters: Sequence[_Cluster], as_person: Counter[str]
) -> list[_Cluster]:
    """The one full name a given name, far more common than it, still belongs to: the only
    one opening with it whose surname the text also uses alone for someone of the family. A
    novel names its heroine "Elizabeth" six hundred times and "Elizabeth Bennet" eight, and
    the Bennets by their surname throughout; "Jane" is "Jane Bennet", not "Jane Austen" of
    the preface (no one is "Austen" alone). Of several such families, the one named alone far
    more often than the others: "Nicholas" is "Nicholas Rostóv" (the Rostóvs, hundreds of
    times), not "Nicholas Bolkónski"; where no family is ahead, the given name stays alone."""
    if not is_given_name(given) or given.lower() in gazetteer()["month"]:
        return []  # not "September Pierre", misread
    titles = gazetteer()["title"]
    named_alone: list[tuple[int, _Cluster]] = []  # (times its surname is named alone, family)
    for cluster in clusters:
        alone = max(
            (
                as_person[form[-1]]
                for form in cluster.forms
                if len(form) > 1
                and form[0] == given
                # not "Alexander Prince Vasíli", two people run together
                and not any(word.lower() in titles for word in form)
            ),
            default=0,
        )
        if alone >= _FAMILY_NAMED_ALONE:
            named_alone.append((alone, cluster))
    named_alone.sort(key=lambda pair: -pair[0])
    if len(named_alone) == 1 or (
        len(named_alone) > 1 and named_alone[0][0] >= _FAMILY_AHEAD * named_alone[1][0]
    ):
        return [named_alone[0][1]]
    return []


def _key(words: tuple[str, ...]) -> frozenset[str]:
    # Initials say little, but a regnal number parts "George Tupou V" from "George Tupou II"
    # ("I" too, but it is the pronoun as often: "Darcy I").
    return frozenset(
        w.lower().rstrip(".,")
        for at, w in enumerate(words)
        if len(w.rstrip(".,")) > 1 or (at and w in ("V", "X"))
    )


def group_people(
    text: str, names: Sequence[NameSpan], within: tuple[int, int] | None = None
) -> list[Person]:
    """People named in `names` (PER spans), with every mention of every form of each."""
    names = read_as_people(text, _with_suffixes(text, _without_nicknames(text, names)))
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
    names = _without_a_place_after(text, names, named_alone)
    # The model may call a surname a place once ("Arancibia will visit Oslo"); within one
    # document, the surname of a full name it called a person is that person.
    # Only a name of capitalised words gives a surname: not "Queen of Petersburg".
    surnames = surnames_of(names)
    mentions: list[tuple[tuple[str, ...], Span]] = []
    as_person: Counter[str] = Counter()  # one-word names, as the model read them
    after_a_sovereign: Counter[str] = Counter()  # of those, after "Emperor", "King"...
    titles = gazetteer()["title"]
    # Each distinct span read once (a novel names the same few people thousands of times):
    # its plausible names, and the other words of names of institutions and places in it.
    read: dict[tuple[str, ...], tuple[list[tuple[str, ...]], list[str]]] = {}
    in_institutions: Counter[str] = Counter()  # "Mondétour" of "Rue Mondétour"
    in_place_lists: Counter[str] = Counter()
    for number, name in enumerate(names):
        if len(name.tokens) == 1 and EPONYM_AFTER.match(text, name.end):
            continue  # "the Doppler effect", "Euler's identity": no mention of the man
        if name.kind != "PER" and not (
            (len(name.tokens) == 1 and name.tokens[0] in surnames)
            or is_honorific_name(name.tokens)
            or is_given_name_and_surname(name.tokens)
            or is_regnal_name(name.tokens)
            or is_ruler_and_name(name.tokens)
            or is_titled_name(name.tokens)
            or ends_with_a_surname(name)
            or is_person_of(name.tokens)
            or listed_among_people(text, names, number)
            or defined_as_a_person(text, name)
            or is_a_name_with_an_epithet(name.tokens)
            or _full_name_of_one_named_alone(name.tokens, named_alone)
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
    starts_of: dict[tuple[str, ...], list[int]] = {}  # where each form's mentions start
    for words, (start, _) in mentions:
        starts_of.setdefault(words, []).append(start)
    for starts in starts_of.values():
        starts.sort()
    form_counts = {words: len(starts) for words, starts in starts_of.items()}
    first_at = {words: starts[0] for words, starts in starts_of.items()}
    # Longest forms found the clusters; shorter forms join the cluster that contains them.
    alone = frozenset(words[0] for words in form_counts if len(words) == 1)
    clusters: list[_Cluster] = []
    clusters_with: dict[str, list[_Cluster]] = {}  # word -> the clusters whose key holds it
    for words in sorted(form_counts, key=lambda w: (-len(_key(w)), -form_counts[w])):
        key = _key(words)
        if not key:
            continue
        some_word = next(iter(key))
        homes = [
            c
            for c in clusters_with.get(some_word, ())
            if key <= c.key and _may_join(words, starts_of[words], c, alone)
        ]
        in_a_family = False
        if (
            not homes
            and len(words) == 1
            # A sovereign is known by the given name alone: "Emperor Alexander" is no
            # "Alexander Golítsyn" of his court.
            and after_a_sovereign[words[0]] * _SOVEREIGN_SHARE < as_person[words[0]]
        ):
            homes = _family_of_a_given_name(words[0], clusters_with.get(some_word, ()), as_person)
            in_a_family = bool(homes)
        # The most mentioned person with those words, else the first named: "Bachchan" in an
        # article on Amitabh Bachchan that names his father Harivansh Rai Bachchan once too.
        home = max(homes, key=lambda c: (c.count, -c.first_at)) if homes else _Cluster(key)
        if not homes:
            clusters.append(home)
            for word in key:
                clusters_with.setdefault(word, []).append(home)
        home.forms.append(words)
        if in_a_family:
            home.given_alone.append(words[0])
        else:
            # Not counted for what joins next: "Bennet" alone is the father, whom a
            # count swollen by "Elizabeth" would hand to her.
            home.count += form_counts[words]
        home.first_at = min(home.first_at, first_at[words])
    cluster_of = {words: i for i, cluster in enumerate(clusters) for words in cluster.forms}
    spans: list[set[Span]] = [set() for _ in clusters]
    for words, span in mentions:
        if words in cluster_of:
            spans[cluster_of[words]].add(span)
    _add_untagged_mentions(text, clusters, spans, names, within or (0, len(text)))
    # How the model read each one-word name across the document: a word it reads as a place
    # or an organisation at least as often as a person is not a person ("Petersburg"; "Arbil"
    # once a city and once a person). An organisation's name counts for its first word too:
    # "Magna" after "Magna International Inc" is the company, and a team's plural nickname
    # for its last: "the Canadiens" after "Montreal Canadiens".
    as_other = Counter(
        n.tokens[0] for n in names if n.kind == "ORG" or (n.kind == "LOC" and len(n.tokens) == 1)
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
            key=lambda w: (len(_key(w)), not _in_capitals(w), _initials(w), form_counts[w]),
        )
        if len(cluster.forms) == 1 and len(fullest) == 1 and _no_place_nor_body(fullest[0]):
            # A person of one name is that person where the model read the same word as an
            # organisation, or as a place unless a given name names places too ("Paris"):
            # "The novel follows Okonkwo" counts.
            kinds = ("ORG", "MISC") if is_given_name(fullest[0]) else ("ORG", "MISC", "LOC")
            found = found | set(readings.others_as(fullest, kinds))
        for given in cluster.given_alone:
            # So is a given name that joined its family ("of Jane", read as something else).
            found = found | set(readings.others_as((given,), ("ORG", "MISC")))
        if any(len(form) > 1 and form[0] == "M." for form in cluster.forms):
            if monsieur is None:
                monsieur = _writes_monsieur_as_m(text)
            if monsieur:
                fullest = fullest[1:] if fullest[0] == "M." else fullest
                found = {_without_monsieur(text, span) for span in found}
        people.append(Person(_as_name(fullest), tuple(sorted(found))))
    return people


def _initials(words: tuple[str, ...]) -> int:
    """How many initials a name has, "M." (Monsieur, as novels write it) not counted."""
    return sum(1 for word in words if is_initial(word) and word != "M.")


def surnames_of(names: Sequence[NameSpan]) -> set[str]:
    """The surnames of the full names read as people, each of capitalised words only (not
    "Queen of Petersburg")."""
    return {
        _surname(n.tokens)
        for n in names
        if n.kind == "PER" and len(n.tokens) > 1 and all(t[:1].isupper() for t in n.tokens)
    }


def _surname(words: Sequence[str]) -> str:
    """The last word of a name but a generational suffix: "King" in "Martin Luther King Jr."."""
    for word in reversed(words):
        if not is_suffix(word):
            return word.rstrip(",")
    return words[-1]


def _with_suffixes(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
    """The names with a generational suffix the model read as a name of its own joined to
    the name before it ("Martin Luther King | Jr."), with an Arabic surname in lower case
    that the model left out ("Tawfiq | al-Hakim") and the first initial it left out ("W. |
    E. B. Du Bois"), and without a score at their end; a suffix alone is nobody."""
    joined: list[NameSpan] = []
    for name in names:
        if len(name.tokens) > 1 and _is_a_number(name.tokens[-1]):
            name = _without_a_score(text, name)
        tokens = name.tokens
        if is_suffix(tokens[0]) and all(is_suffix(t) for t in tokens):
            before = joined[-1] if joined else None
            # Whatever the model read the suffix as ("Ted Ginn, | Sr." as a place).
            if before is not None and before.kind == "PER":
                gap = text[before.end : name.start]
                if not gap.strip(" ,"):
                    tokens = _with_comma(before.tokens, "," in gap) + tokens
                    joined[-1] = NameSpan("PER", before.start, name.end, tokens)
            continue
        if len(tokens) > 2 and tokens[-2] == "," and is_suffix(tokens[-1]):
            tokens = _with_comma(tokens[:-2], True) + tokens[-1:]  # "Aquino , Jr." in one span
            # No place or firm ends in ", Jr.", though the model reads the comma as one's
            # ("Laffit Pincay, Jr." as "Springfield, Illinois").
            junior = tokens[-1].lower().rstrip(".") in ("jr", "sr")
            name = NameSpan("PER" if junior else name.kind, name.start, name.end, tokens)
        while name.kind == "PER" and text.startswith(ARTICLES_AFTER, name.end):
            # "Tawfiq al-Hakim", "Abu Ibrahim al-Hashimi al-Qurashi": the model stops at a
            # surname in lower case.
            article_surname = ARTICLE_SURNAME_AFTER.match(text, name.end)
            if article_surname is None:
                break
            surname = article_surname.group(1)
            name = NameSpan("PER", name.start, article_surname.end(), (*name.tokens, surname))
        while name.kind == "PER" and is_initial(name.tokens[0]):
            # "W. | E. B. Du Bois": the model may leave out the first of several initials.
            initial = _INITIAL_BEFORE.search(text, max(0, name.start - 3), name.start)
            if initial is None or (joined and initial.start() < joined[-1].end):
                break
            name = NameSpan("PER", initial.start(), name.end, (initial.group(1), *name.tokens))
        before = joined[-1] if joined else None
        if before is not None and before.kind == name.kind == "PER":
            between = _PARTICLES_BETWEEN.fullmatch(text, before.end, name.start)
            words = between.group().split() if between else []
            if words and all(w in people_rules()["particles"] and w != "y" for w in words):
                # "Erik | ten | Hag": the model left the particle, and so split the name (but
                # "Fernando y Isabel" are two, as the model read them).
                tokens = (*before.tokens, *words, *name.tokens)
                joined[-1] = NameSpan("PER", before.start, name.end, tokens)
                continue
            if (
                before.tokens[-1].lower() in people_rules()["particles"]
                and text[before.end : name.start] == " "
            ):
                # "Mohammed bin Rashid Al | Maktoum": a name ends with no particle.
                tokens = (*before.tokens, *name.tokens)
                joined[-1] = NameSpan("PER", before.start, name.end, tokens)
                continue
        joined.append(name)
    return joined


_PATRONYMIC = re.compile(r"(?:[ei]ch|ych|vna|ichna)$")
_SOVEREIGN_BEFORE = re.compile(
    r"\b(?:Emperor|Empress|King|Queen|Tsar|Czar|Kaiser|Sultan|Pharaoh|Pope)[^\S\n]$"
)
_INITIAL_BEFORE = re.compile(r"\b([A-Z]\.)[^\S\n]$")
_PARTICLES_BETWEEN = re.compile(r"[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+)?[^\S\n]+")


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


def _writes_monsieur_as_m(text: str) -> bool:
    """Whether the text writes "Monsieur" as "M." (Les Misérables in English: "M."
    before a name 660 times, no other initial more than five times), where "M." is a title
    and no part of a name: "Gillenormand", as "Mr." is left out of "Mr. Bingley". Elsewhere
    "M." is an initial, as on a scorecard ("M. Waugh", "S. Waugh"). (Only the name shown and
    the mentions' offsets leave it out: the rules that read names still see the initial.)"""
    if text.count("M.") < _MONSIEUR_AT_LEAST:
        return False  # most texts: no need to count every initial
    initials = Counter(
        found.group(1)
        for found in _INITIAL_BEFORE_A_NAME.finditer(text)
        # (tested here rather than in the pattern, where it would be tried at every character)
        if not (
            found.start() and (text[found.start() - 1].isalnum() or text[found.start() - 1] in "._")
        )
    )
    monsieur = initials.pop("M", 0)
    return monsieur >= max(_MONSIEUR_AT_LEAST, _MONSIEUR_AHEAD * max(initials.values(), default=0))


def _without_monsieur(text: str, span: Span) -> Span:
    """A mention without the "M." that opens it: "Gillenormand" of "M. Gillenormand"."""
    found = _MONSIEUR.match(text, *span)
    return (found.end(), span[1]) if found else span


_MONSIEUR = re.compile(r"M\.[^\S\n]+")
_INITIAL_BEFORE_A_NAME = re.compile(r"([A-Z])\.[^\S\n]+(?=[A-Z][^\W\d_])")
_MONSIEUR_AT_LEAST = 20
_MONSIEUR_AHEAD = 10  # times as often as any other initial


def _without_nicknames(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
    """The names with a nickname in quotes inside a person's name read as one name: the
    model reads "Robert | "3D" | Del Naja" and "Grant | "Daddy G" Marshall" in pieces."""
    result: list[NameSpan] = []
    covered = -1
    for name in names:
        if name.start < covered:
            continue  # a piece of the nicknamed name just joined
        nicknamed = (
            _nicknamed().match(text, name.start)
            if name.kind == "PER"
            and _QUOTE.search(text, name.start, name.start + 40)  # a cheap test first
            and is_given_name(name.tokens[0])
            else None
        )
        if nicknamed is None:
            result.append(name)
            continue
        tokens = [t for t, _, _ in tokenize(text, *nicknamed.span(1))]
        tokens += [t for t, _, _ in tokenize(text, *nicknamed.span(2))]
        result.append(NameSpan("PER", nicknamed.start(), nicknamed.end(), tuple(tokens)))
        covered = nicknamed.end()
    return result


_QUOTE = re.compile(r"[\"“]")


@functools.cache
def _nicknamed() -> re.Pattern[str]:
    """A given name (or two), a nickname in quotes, and a surname, perhaps after particles:
    'Dwayne "The Rock" Johnson', 'Robert "3D" Del Naja'."""
    particles = "|".join(sorted(people_rules()["particles"]))
    return re.compile(
        # (the nickname has a letter or a digit: not 'Johnny Rook ", " Elvis' of a list)
        r"([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?)[^\S\n]+[\"“]"
        r"(?=[^\"“”\n]{1,30}[\"”])[^\"“”\n\w]*\w[^\"“”\n]*[\"”][^\S\n]+"
        rf"((?:(?:{particles})[^\S\n]+)*[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?)"
    )


def _without_a_score(text: str, name: NameSpan) -> NameSpan:
    """A name without the numbers the model read at its end: "John Lloyd" of "defeated John
    Lloyd 6-4, 6-4", "Patrick Chan" of "Patrick Chan 249.19"."""
    stop = len(name.tokens)
    while stop > 1 and _is_a_number(name.tokens[stop - 1]):
        stop -= 1
    part = part_of_name(text, name, 0, stop)
    return name if part is None else part


def _is_a_number(token: str) -> bool:
    """Digits, perhaps with a decimal point or a score's dash: "6", "249.19", "6-4"."""
    return bool(_NUMBER.fullmatch(token))


_NUMBER = re.compile(r"\d+(?:[.,:\-–]\d+)*")


def _with_comma(tokens: tuple[str, ...], comma: bool) -> tuple[str, ...]:
    """The tokens with a comma written onto the last, as in "Benigno S. Aquino, Jr.": the
    scorer, and Wikipedia, keep the comma before a suffix."""
    return (*tokens[:-1], tokens[-1] + ",") if comma else tokens


def _add_untagged_mentions(
    text: str,
    clusters: list[_Cluster],
    spans: list[set[Span]],
    names: Sequence[NameSpan],
    within: tuple[int, int],
) -> None:
    """Counts further occurrences of a person's full form, or of the surname of a full form,
    that the model left untagged; never inside another name."""
    common = gazetteer()["common"]
    # A title is never counted on its own as a surname ("Prince", "Princess").
    titles = gazetteer()["title"]
    form_to_cluster: dict[str, int] = {}
    for index, cluster in enumerate(clusters):
        for words in cluster.forms:
            if len(words) > 1:
                form_to_cluster.setdefault(" ".join(words), index)
                surname = _surname(words)
                lowered = surname.lower()
                if lowered not in common and lowered not in titles and len(surname) > 2:
                    form_to_cluster.setdefault(surname, index)
    if not form_to_cluster:
        return
    taken = sorted((n.start, n.end) for n in names)
    starts = [s for s, _ in taken]
    for start, end in PhraseMatcher(form_to_cluster).finditer(text, *within):
        if EPONYM_AFTER.match(text, end):
            continue  # "the Higgs boson" is not Peter Higgs
        position = bisect.bisect_right(starts, start) - 1
        if position >= 0 and taken[position][1] > start:
            continue  # inside a name the model found (counted already, or not a person)
        if position + 1 < len(taken) and taken[position + 1][0] < end:
            continue
        spans[form_to_cluster[text[start:end]]].add((start, end))
