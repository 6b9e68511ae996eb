"""Which forms of a name are one person: the clusters that group_people builds.

A short form joins a fuller one ("Macron" joins "Emmanuel Macron"), but not one far rarer than
itself ("Jane", named hundreds of times, is not "Jane Austen" of the preface)."""

from __future__ import annotations

import bisect
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reader_app.core.name_repairs import surname_of
from reader_app.core.name_words import (
    REGNAL_NUMBER,
    in_lists,
    is_given_name,
    is_initial,
    is_title_case,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.nobody_in_context import EPONYM_AFTER
from reader_app.core.phrases import PhraseMatcher

Span = tuple[int, int]

_FIRST_NAME_RATIO = 3
_SURNAME_RATIO = 20
_INTRODUCED_WITHIN = 3000  # characters: a page or two
_KNOWN_BEFORE = 10  # mentions of a surname alone before its full name first appears
_FAMILY_NAMED_ALONE = 3  # times a surname is read alone as a person's
_FAMILY_AHEAD = 3  # times more often than the next family's
_PATRONYMIC = re.compile(r"(?:[ei]ch|ych|vna|ichna)$")


@dataclass
class Cluster:
    """The forms of one person while grouping; `key` holds the words of its fullest form."""

    key: frozenset[str]
    forms: list[tuple[str, ...]] = field(default_factory=list)
    count: int = 0
    first_at: int = sys.maxsize  # where its first mention starts
    # Given names that joined as a family's member (`family_of_a_given_name`), and their
    # mentions, which `count` leaves out.
    given_alone: list[str] = field(default_factory=list)
    given_count: int = 0


def may_join(
    words: tuple[str, ...],
    starts: Sequence[int],
    cluster: Cluster,
    named_alone: frozenset[str] = frozenset(),
    as_the_given_names: bool = False,
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
    of `words` starts, in order. With `as_the_given_names`, a surname counts against the
    mentions of the given names that joined the cluster too: "Bonaparte" (90) is
    "Napoleon Bonaparte", written in full twice but "Napoleon" 556 times."""
    count, first = len(starts), starts[0]
    if (
        len(key_of(words)) == 1 < len(cluster.key)
        and bisect.bisect_left(starts, cluster.first_at) >= _KNOWN_BEFORE
        # A patronymic alone is how a Russian novel addresses its full name's bearer:
        # "Alpátych" for chapters before "Yákov Alpátych".
        and not _PATRONYMIC.search(words[-1])
    ):
        return False
    if len(words) > 1:
        if REGNAL_NUMBER.fullmatch(words[-1]) and any(
            len(form) > 1 and form[-1] != words[-1] and REGNAL_NUMBER.fullmatch(form[-1])
            for form in cluster.forms
        ):
            # "Elizabeth I" is not "Elizabeth II", nor "Narasimhavarman II" the "Narasimhavarman
            # I" named before him ("I" stays out of the key)
            return False
        return not _other_initials(words, cluster)
    surnames = {surname_of(form).lower().rstrip(".") for form in cluster.forms if len(form) > 1}
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
        and not is_given_name(form[0], of_other_countries=False)
        and form[0].lower() not in titles
        and not _a_plain_word(form[1])  # not "Pratzen Heights"
    )
    if words[0].lower().rstrip(".") in surnames or (
        cluster.first_at < first <= cluster.first_at + _INTRODUCED_WITHIN
        and is_given_name(words[0], of_other_countries=False)
    ):
        known_as = cluster.count + (cluster.given_count if as_the_given_names else 0)
        return count <= _SURNAME_RATIO * known_as
    return count <= _FIRST_NAME_RATIO * cluster.count


def _other_initials(words: tuple[str, ...], cluster: Cluster) -> bool:
    """Whether a name opening with two initials names someone else than the cluster's full
    name: "G. P. Sippy" is not "Ramesh Sippy", nor "S. W. R. D. Bandaranaike" "Sirimavo
    Bandaranaike" ("J. R. Smith" may be "John Smith"; one initial may be a middle one, "T.
    Cheever" of "Henry T. Cheever", or "M." for "Monsieur"); and whether one initial differs
    from the initial of a name that is an initial and a surname too, as a scorecard names
    brothers: "M. Waugh" is not "S. Waugh"."""
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
    if (
        # A scorecard may name "Flower" alone before "G. Flower" and "A. Flower", brothers;
        # but a novel's "M. Fabantou" is Monsieur "P. Fabantou", who signed a letter so.
        len(words) == 2
        and is_initial(words[0])
        and words[0] != "M."
        and any(
            len(form) == 2 and is_initial(form[0]) and form[0] != words[0] for form in cluster.forms
        )
    ):
        return True
    if len(words) < 3 or not (is_initial(words[0]) and is_initial(words[1])):
        return False
    if len(fullest) < 2 or is_initial(fullest[0]):
        return False
    # The initials stand for the given names in order, one more for a middle name at most:
    # "S. W. R. D. Bandaranaike" is not his widow "Sirimavo Bandaranaike".
    given, initials = fullest[:-1], [word for word in words[:-1] if is_initial(word)]
    return len(initials) > len(given) + 1 or any(
        name[:1].upper() != initial[0] for name, initial in zip(given, initials, strict=False)
    )


def _a_plain_word(word: str) -> bool:
    """A common word, or the plural of one: "Heights", "Street" (a Chinese given name may be
    a city's name: "Donghai")."""
    lowered = word.lower()
    return in_lists(lowered, _PLAIN_LISTS) or (
        lowered.endswith("s") and in_lists(lowered[:-1], _PLAIN_LISTS)
    )


_PLAIN_LISTS = ("common", "everyday", "place", "loc")


def family_of_a_given_name(
    given: str,
    clusters: Sequence[Cluster],
    as_person: Counter[str],
    unlisted_given: bool = False,
) -> list[Cluster]:
    """The one full name a given name, far more common than it, still belongs to: the only
    one opening with it whose surname the text also uses alone for someone of the family. A
    novel names its heroine "Elizabeth" six hundred times and "Elizabeth Bennet" eight, and
    the Bennets by their surname throughout; "Jane" is "Jane Bennet", not "Jane Austen" of
    the preface (no one is "Austen" alone). Of several such families, the one named alone far
    more often than the others: "Nicholas" is "Nicholas Rostóv" (the Rostóvs, hundreds of
    times), not "Nicholas Bolkónski"; where no family is ahead, the given name stays alone.
    A word no list has as a given name ("Anatole") is one where the caller says
    so (`unlisted_given`) and its full name is written twice or more (not a misread
    "Freemasonry Pierre")."""
    # Here, as everywhere in grouping, only the English lists' given names count: with those
    # of other countries, a novel's "Prince Vasíli" (218) joined "Vasíli Denísov" and its
    # "Marius" took the father's "Pontmercy".
    listed = is_given_name(given, of_other_countries=False)
    if given.lower() in gazetteer()["month"] or not (listed or unlisted_given):
        return []  # not "September Pierre", misread
    titles = gazetteer()["title"]
    named_alone: list[tuple[int, Cluster]] = []  # (times its surname is named alone, family)
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
        if alone >= _FAMILY_NAMED_ALONE and (listed or cluster.count > 1):
            named_alone.append((alone, cluster))
    named_alone.sort(key=lambda pair: -pair[0])
    if len(named_alone) == 1 or (
        len(named_alone) > 1 and named_alone[0][0] >= _FAMILY_AHEAD * named_alone[1][0]
    ):
        return [named_alone[0][1]]
    return []


@dataclass(frozen=True)
class LoneNames:
    """How the text writes each one-word name the model read as a person's: how often, and
    how often after a sovereign's title, after "Mr." or "M.", after any title."""

    as_person: Counter[str]
    after_a_sovereign: Counter[str]
    after_an_honorific: Counter[str]
    after_a_title: Counter[str]

    def not_after_honorifics(self, word: str) -> bool:
        return 2 * self.after_an_honorific[word] < self.as_person[word]


_SOVEREIGN_SHARE = 5  # a given name after a sovereign's title once in this many is a ruler's


def clusters_of_forms(
    starts_of: dict[tuple[str, ...], list[int]], lone: LoneNames
) -> list[Cluster]:
    """The people that the forms of names (with where each mention starts) make: each form
    joins the cluster of a longer form holding its words, if `may_join` or its family
    (`family_of_a_given_name`) lets it, or starts its own."""
    form_counts = {words: len(starts) for words, starts in starts_of.items()}
    first_at = {words: starts[0] for words, starts in starts_of.items()}
    last_words = frozenset(words[-1] for words in form_counts if len(words) > 1)
    # Longest forms found the clusters; shorter forms join the cluster that contains them.
    alone = frozenset(words[0] for words in form_counts if len(words) == 1)
    clusters: list[Cluster] = []
    clusters_with: dict[str, list[Cluster]] = {}  # word -> the clusters whose key holds it
    for words in sorted(form_counts, key=lambda w: (-len(key_of(w)), -form_counts[w])):
        key = key_of(words)
        if not key:
            continue
        some_word = next(iter(key))
        homes = [
            c
            for c in clusters_with.get(some_word, ())
            if key <= c.key
            and may_join(
                words,
                starts_of[words],
                c,
                alone,
                # A surname mostly after "Mr." or "Mrs." is another of the family: "Bennet"
                # is Elizabeth's father, "Bonaparte" (never "M. Bonaparte") is Napoleon.
                len(words) == 1 and lone.not_after_honorifics(words[0]),
            )
        ]
        in_a_family = False
        if (
            not homes
            and len(words) == 1
            # A sovereign is known by the given name alone: "Emperor Alexander" is no
            # "Alexander Golítsyn" of his court.
            and lone.after_a_sovereign[words[0]] * _SOVEREIGN_SHARE < lone.as_person[words[0]]
        ):
            homes = family_of_a_given_name(
                words[0],
                clusters_with.get(some_word, ()),
                lone.as_person,
                # A word no list calls a given name may be one where the text never writes it
                # last in a name ("Éponine Thénardier": not "Thénardier") and seldom after a
                # title ("Prince Vasíli", "Colonel Fitzwilliam" are others of that name).
                words[0] not in last_words
                and lone.after_a_title[words[0]] * _SOVEREIGN_SHARE < lone.as_person[words[0]],
            )
            in_a_family = bool(homes)
        # The most mentioned person with those words, else the first named: "Bachchan" in an
        # article on Amitabh Bachchan that names his father Harivansh Rai Bachchan once too.
        home = max(homes, key=lambda c: (c.count, -c.first_at)) if homes else Cluster(key)
        if not homes:
            clusters.append(home)
            for word in key:
                clusters_with.setdefault(word, []).append(home)
        home.forms.append(words)
        if in_a_family:
            home.given_alone.append(words[0])
            home.given_count += form_counts[words]
        else:
            # Not counted for what joins next: "Bennet" alone is the father, whom a
            # count swollen by "Elizabeth" would hand to her.
            home.count += form_counts[words]
        home.first_at = min(home.first_at, first_at[words])
        if in_a_family:
            take_in_its_surname(
                home, words[0], clusters, clusters_with, starts_of, lone.not_after_honorifics
            )
    return clusters


def take_in_its_surname(
    home: Cluster,
    given: str,
    clusters: list[Cluster],
    clusters_with: dict[str, list[Cluster]],
    starts_of: dict[tuple[str, ...], list[int]],
    may_count_the_given_name: Callable[[str], bool],
) -> None:
    """After a given name joined its family (`home`): the family's surname, left alone as
    someone else's because it was grouped first (named more often than the given name), joins
    too where the given name's mentions make the family common enough, as `may_join` would
    have let it: War and Peace's "Rostóv" (696, all Nicholas in a sample) is the book's
    "Nicholas" (590) and "Nicholas Rostóv"."""
    for surname in {form[-1] for form in home.forms if len(form) > 1 and form[0] == given}:
        lone = next(
            (c for c in clusters_with.get(surname.lower(), ()) if c.forms == [(surname,)]), None
        )
        starts = starts_of.get((surname,), [])
        if (
            lone is None
            or not may_count_the_given_name(surname)
            or len(starts) > _SURNAME_RATIO * (home.count + home.given_count)
            or bisect.bisect_left(starts, home.first_at) >= _KNOWN_BEFORE
        ):
            continue
        home.forms.extend(lone.forms)
        home.count += lone.count
        home.first_at = min(home.first_at, lone.first_at)
        clusters.remove(lone)
        for word in lone.key:
            clusters_with[word].remove(lone)


def key_of(words: tuple[str, ...]) -> frozenset[str]:
    # Initials say little, but a regnal number parts "George Tupou V" from "George Tupou II"
    # ("I" too, but it is the pronoun as often: "Darcy I").
    return frozenset(
        w.lower().rstrip(".,")
        for at, w in enumerate(words)
        if len(w.rstrip(".,")) > 1 or (at and w in ("V", "X"))
    )


def add_untagged_mentions(
    text: str,
    clusters: list[Cluster],
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
                surname = surname_of(words)
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
