"""Whether the forms grouped as one person name no one after all: a place, a team, a firm,
a work's title, a storm, an award... read from how the text writes each mention and how
the model read the same words elsewhere in the document."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.core.clubs_and_firms import ARTICLE_CHARACTERS, no_fuller_form
from reader_app.core.countries import code_for
from reader_app.core.kinds_of_things import names_a_family
from reader_app.core.name_context import (
    STORM_BEFORE,
    after_a_works_kind,
    after_founded_by,
    after_title,
    before_an_epithet,
    is_a_date,
    word_before,
)
from reader_app.core.name_definitions import (
    PLAYED_BY,
    a_person_in_indefinite_apposition,
    after_a_kind_and_a_comma,
    defined_as_a_person_here,
    defined_as_a_thing,
    described_as_a_person,
    mostly_said_of_a_person,
    said_of_a_person,
)
from reader_app.core.name_forms import is_a_region
from reader_app.core.name_lists import LOWER_THE_BEFORE
from reader_app.core.name_match_reports import plays_in_a_match_report
from reader_app.core.name_shapes import is_an_era_name_and_emperor
from reader_app.core.name_words import (
    PLACES_PLURAL,
    given_names,
    in_lists,
    is_given_name,
    is_given_name_no_particle,
    is_institution_word,
    is_nobodys_name,
    is_title_case,
    people_rules,
    without_accents,
    without_numbers_after,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.nobody_in_context import EPONYM_AFTER, always_after, names_nobody_here

Span = tuple[int, int]


# ", who" after a name: said of people only.
_WHO_AFTER = re.compile(r"[^\S\n]*,[^\S\n]+who\b")

# An author's deed right after a given name and a surname: "a hundred years after Charles
# Darwin published On the Origin of Species" (after "the Charles Darwin Foundation").
_AN_AUTHORS_DEED_AFTER = re.compile(
    r"[^\S\n]+(?:wrote|published|painted|composed|sculpted)[^\S\n]+(?:his|her|the|an?|[A-Z])"
)


@dataclass(frozen=True)
class Readings:
    """How the model read each one-word name across a document."""

    as_person: Counter[str]
    as_other: Counter[str]  # as a place, or as an organisation or its first word
    in_institutions: Counter[str]  # inside an institution's or a place's name
    in_place_lists: Counter[str]  # in a list of places ("Basel, Heidelberg, and Strasbourg")
    # the words before the first institution word of a name, when two or more ("Paris
    # Saint-Germain" of "Paris Saint-Germain Football Club"): how often, and where first
    institution_openings: dict[tuple[str, ...], tuple[int, int]]
    names: Sequence[NameSpan]
    teams: frozenset[tuple[str, ...]] = frozenset()  # names read somewhere in a team's row

    @functools.cached_property
    def as_other_whole(self) -> Counter[tuple[str, ...]]:
        """How often each name of two words or more was read as a place or an organisation,
        without the numbers a table's row runs on ("CSKA Moscow 25" is "CSKA Moscow")."""
        return Counter(
            without_numbers_after(n.tokens, keep=2)
            for n in self.names
            if n.kind in ("ORG", "LOC") and len(n.tokens) > 1
        )

    def others_as(
        self, tokens: tuple[str, ...], kinds: tuple[str, ...] = ("ORG", "MISC", "LOC")
    ) -> list[Span]:
        """Where the model read these words as a name of one of `kinds`, not a person's."""
        return [(a, b) for kind, a, b in self._spans_by_tokens.get(tokens, []) if kind in kinds]

    def others_of(self, forms: Sequence[tuple[str, ...]]) -> list[Span]:
        """Where the model read any of these forms as a name not a person's."""
        return [span for words in forms for span in self.others_as(words)]

    def ends_of(self, word: str) -> list[int]:
        """Where each name of that one word ends, however the model read it."""
        return [end for _, _, end in self._spans_by_tokens.get((word,), [])]

    @functools.cached_property
    def _spans_by_tokens(self) -> dict[tuple[str, ...], list[tuple[str, int, int]]]:
        spans: dict[tuple[str, ...], list[tuple[str, int, int]]] = {}
        for n in self.names:
            spans.setdefault(n.tokens, []).append((n.kind, n.start, n.end))
        return spans

    @functools.cached_property
    def opening_others(self) -> dict[str, list[int]]:
        """Where each place's or organisation's name of several words starts, by its first
        word ("Lagaan" of "Lagaan: Once Upon a Time")."""
        starts: dict[str, list[int]] = {}
        for n in self.names:
            if n.kind != "PER" and len(n.tokens) > 1:
                starts.setdefault(n.tokens[0], []).append(n.start)
        return starts

    @functools.cached_property
    def storm_names(self) -> frozenset[tuple[str, ...]]:
        """The names after a storm's or an operation's kind that the model read with it as
        one name: "Edith" of "Hurricane Edith"."""
        return frozenset(
            n.tokens[1:]
            for n in self.names
            if len(n.tokens) > 1 and STORM_BEFORE.fullmatch(n.tokens[0] + " ")
        )

    @functools.cached_property
    def based_in(self) -> frozenset[str]:
        """The words that a name's word joins to "-based" ("Louis" of "St. Louis-based"): a
        place's or a firm's, where the model read them alone as a person's."""
        return frozenset(
            token[: -len("-based")]
            for tokens in {n.tokens for n in self.names}
            for token in tokens
            if token.endswith("-based")
        )

    @functools.cached_property
    def name_words(self) -> frozenset[str]:
        """Every word of every name read as a person's (gathered only for the few clusters
        that ask): "Rostóv" for "the Rostóvs", not "Boxer" of "the Boxer Rebellion" for "the
        Boxers"."""
        return frozenset(
            word for tokens in {n.tokens for n in self.names if n.kind == "PER"} for word in tokens
        )


def institution_openings(names: Sequence[NameSpan]) -> dict[tuple[str, ...], tuple[int, int]]:
    openings: dict[tuple[str, ...], tuple[int, int]] = {}
    for name in names:
        if name.kind == "PER" or len(name.tokens) < 2:
            continue
        for at, word in enumerate(name.tokens):
            if is_institution_word(word):
                if at > 1 or (at == 1 and is_nobodys_name(name.tokens[0])):
                    count, first = openings.get(name.tokens[:at], (0, name.start))
                    openings[name.tokens[:at]] = (count + 1, first)
                break
    return openings


def _may_follow_the(words: tuple[str, ...], name_words: frozenset[str]) -> bool:
    """A form that "the" before it makes a thing's: one word but a family's ("the Rostóvs"),
    or several with no given name that open with no title ("the Sperm Whale"; not "the
    Marquis de Louvois", "the Muhammad Ali fight", "the Tsarévich Constantine Pávlovich")."""
    if len(words) == 1:
        return not names_a_family(words[0], name_words)
    return words[0].lower() not in gazetteer()["title"] and not any(
        map(is_given_name_no_particle, words)
    )


def _before_a_members_word(text: str, found: set[Span]) -> int:
    """How many mentions a possessive and a band member's word follow: "Pearl Jam's singer"."""
    return sum(bool(_A_MEMBERS_WORD_AFTER.match(text, end)) for _, end in found)


_A_MEMBERS_WORD_AFTER = re.compile(
    r"[^\S\n]*['’]s[^\S\n]+(?:lead[^\S\n]+)?"
    r"(?:singer|guitarist|drummer|bassist|frontman|frontwoman|vocalist|keyboardist)\b"
)


def _after_the(text: str, found: set[Span], the_before: re.Pattern[str] | None = None) -> int:
    """How many mentions "the" or "The" (or what `the_before` finds) comes right before, but
    for an attributive use ("the Bush administration") or an eponym ("the Higgs boson")."""
    the_before = the_before or _THE_BEFORE
    return sum(
        bool(the_before.search(text, max(0, start - 5), start))
        and not ATTRIBUTIVE_AFTER.match(text, end)
        and not EPONYM_AFTER.match(text, end)
        for start, end in found
    )


_THE_BEFORE = re.compile(r"\b[Tt]he[^\S\n]+_?$")  # "the _Sperm Whale_" (italics)


_NAMED_ALONE_OFTEN = 3  # mentions
_OTHER_SHARE = 1 / 3  # of the model's readings of the word, as a place or an organisation

# "The", capitalised inside a sentence or opening it, before a title: "The Aviator won".
_ANY_THE_BEFORE = re.compile(r"\bThe[^\S\n]+$")
_A_OR_THIS_BEFORE = re.compile(r"(?<![\w'’])(?:[Aa]n?|[Aa]ny|[Tt]his|[Ee]ach)[^\S\n]+$")
_AT_BEFORE = re.compile(r"\bat[^\S\n]+$")
_IN_A_PLACE_AFTER = re.compile(r"[^\S\n]+in[^\S\n]+[A-Z]")
_IN_OR_AT_BEFORE = re.compile(r"\b(?:in|at|out[^\S\n]+of)[^\S\n]+$")
ATTRIBUTIVE_AFTER = re.compile(
    r"[^\S\n]+(?:administration|government|family|era|years|presidency|campaign|camp|cabinet"
    r"|regime|doctrine|household|estate|brothers|sisters|twins|clan|dynasty|children|case"
    r"|inquiry|report|review|commission|reforms|legacy)\b"
)


# "at the", "in the" before a name, and a stop or a preposition after it: a place named after
# someone ("in the Vicente Calderon on Sunday"; not "in the Robert Lyons Danly translation",
# "at the Harry Potter and the ...", "stones thrown at the Duc de Fitz-James, who was seen").
# In the training sets 433 places' and organisations' names stand so, and no person's (two
# WikiANN events, "at the 2010 Asian Games .", aside).
_VENUE_BEFORE = re.compile(r"\b(?:at|in|into|inside|outside|near)[^\S\n]+the[^\S\n]+$")
_VENUE_END = re.compile(
    r"[^\S\n]*(?:(?!,[^\S\n]*(?:who|whom|whose)\b)[.,;:!?)\"”]|\n|$)"
    r"|[^\S\n]+(?:on|in|at|for|with|by|against|after|before|last|this|since|until|during)\b"
)
# "the" right before a name of capitalised words, and the same stop or preposition after it:
# a thing named like a person ("among them the Mona Lisa", "the George Washington Bridge ;",
# "the Masai Mara."). In the training sets 1,037 names stand so (no title nor a holy man's
# style among their words), 19 of them people's: 9 groups ("the Tolpuddle Martyrs"), 7 WikiANN
# slips ("the George Allan Prize") and "the Invisible Man" three times. Not a title's holder,
# whose name holds a particle or a number ("the Duc de Berri", "the Earl of Leicester", "the
# John III Sobieski"), nor a holy man's ("the Venerable Sergius", "the Dalai Lama").
_HOLY_STYLES = frozenset("venerable blessed lama aga prophet mahatma apostle".split())


def _like_a_venue(text: str, start: int, end: int) -> bool:
    """Whether a mention stands as a venue's name does: after "at the", "in the"... or after
    "the" when it is made of capitalised words and no title, and before a stop or a
    preposition."""
    if not _VENUE_END.match(text, end):
        return False
    if _VENUE_BEFORE.search(text, max(0, start - 12), start):
        return True
    words = text[start:end].split()
    return (
        len(words) > 1
        and LOWER_THE_BEFORE.search(text, max(0, start - 5), start) is not None
        and all(is_title_case(word) for word in words)
        and not any(
            word.lower() in gazetteer()["title"] or word.lower() in _HOLY_STYLES for word in words
        )
    )


_APPOSITION_CLOSED = re.compile(r"[^\S\n]*(?:[.;:)]|,(?![^\S\n]*(?:and|or)\b)|$)")


def _names_a_people(word: str) -> bool:
    """A people's word of demonym_nouns, or its plural, or a town's people ("Berliners",
    "Londoners", "Parisians"), that is no given name nor surname."""
    lowered = word.lower()
    demonyms = people_rules()["demonym_nouns"]
    towns_people = _TOWNS_PEOPLE.fullmatch(lowered)
    return (
        lowered in demonyms
        or (lowered.endswith("s") and lowered[:-1] in demonyms)
        or (towns_people is not None and in_lists(towns_people.group(1), ("city", "place")))
    ) and not in_lists(lowered, ("given", "surname"))


# A town's name and its people's ending, in the plural (in the training sets "Londoners" and
# "Yorkers" are untagged or MISC; the one such word tagged a person's is a peer's title after
# "Lord", "Berners", and no title comes before a people's word).
_TOWNS_PEOPLE = re.compile(r"(\w{3,}?)(?:ers|ians)")


def names_nobody(
    text: str, forms: list[tuple[str, ...]], found: set[Span], readings: Readings
) -> bool:
    """Whether a cluster of forms, with its mentions `found`, is no person after all."""
    if found and defined_as_a_person_here(text, *min(found)):
        return False  # "Batman is a superhero", though Batman is a city too
    # (The players' test last: it reads every mention, and most clusters are people.)
    return _names_nobody(text, forms, found, readings) and not any(
        # "Dundee 45th", "c Cork b Croft": a player, though a city's name too
        plays_in_a_match_report(text, start, end)
        for start, end in found
    )


def _right_after_a_title(text: str, start: int) -> bool:
    """Whether a title comes right before `start`, no particle between, outside quotation
    marks: "Sir" of "Sir Titus Salt", "Archduke" of "Archduke Franz Ferdinand" (not the "Col"
    of "Col du Tourmalet", a pass, nor the nickname a magazine gave its reporter, "known as
    "Mr Drum"")."""
    before = word_before(text, start)
    return (
        before is not None
        and before[0].lower().rstrip(".") in gazetteer()["title"]
        and not _A_QUOTATION_MARK_BEFORE.search(text, max(0, before[1] - 2), before[1])
    )


_A_QUOTATION_MARK_BEFORE = re.compile(r"[\"“'‘][^\S\n]*$")


def _called_a_person_anywhere(text: str, word: str) -> bool:
    """Whether some mention of `word` in the text, however the model read it, is called "a"
    or "an" kind of person between commas right after it: "named after Pontiac, an Odawa
    leader," (read as a place there)."""
    # (the word first, with no "\b" before it, so that the search can skip to its letters:
    # with "\b" first, one scan of War and Peace took 50 ms)
    return any(
        (match.start() == 0 or not text[match.start() - 1].isalnum())
        and a_person_in_indefinite_apposition(text, match.start() + len(word))
        for match in re.finditer(re.escape(word) + r"[^\S\n]*,[^\S\n]*an?\s", text)
    )


def _an_age_of_a_country(words: tuple[str, ...]) -> bool:
    """A capitalised word, no given name nor title, and a country's name or its people's:
    an age or a part of the country ("Victorian England"; in the training sets 700 names are
    so made, "United States", "Air France", "Latin American"..., one a person's, the driver
    "Innes Ireland")."""
    return (
        len(words) == 2
        and is_title_case(words[0])
        and words[0].isalpha()
        and not is_given_name(words[0])
        and words[0].lower() not in gazetteer()["title"]
        and code_for(words[1]) is not None
    )


# Plural places that end a place's name and, in the training sets, no person's ("Golan
# Heights", "Falkland Islands"; not "Downs", "Hills", "Woods", "Fields", "Springs": surnames).
_A_RULERS_TITLE_BEFORE = re.compile(
    r"\b(?:King|Queen|Prince|Princess|Emperor|Empress|Kaiser)[^\S\n]+$"
)
# A peer's numbered title right before a name: "2nd Viscount", "13th Earl of".
_A_NUMBERED_TITLE_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)[^\S\n]+\w+[^\S\n]+(?:of[^\S\n]+)?$")


# Names of a person that "the" opens as a title would: "the eyes of the Buddha" (in the
# written sets all 7 of "the Buddha" are a person's; the training sets hold none).
_NAMED_WITH_THE = frozenset({"Buddha", "Mahdi"})


def _names_nobody(
    text: str, forms: list[tuple[str, ...]], found: set[Span], readings: Readings
) -> bool:
    lists = gazetteer()
    if any(w in readings.teams for w in forms):
        # a club, however the model read it in a cup's results: "Gloria Bistrita (Romania) 2
        # Valletta (Malta) 1 ... Gloria Bistrita win 4-2 on aggregate"
        return True
    if all(is_a_region(" ".join(w)) for w in forms) and not (
        mostly_said_of_a_person(text, found)
        or any(
            after_title(text, start)
            and not _A_NUMBERED_TITLE_BEFORE.search(text, max(0, start - 40), start)
            for start, _ in found
        )
    ):
        # only ever named like a state or a country: "Maryland", "Utah" (but "Clark's slave,
        # York,", and a peer named after one: "Lord Auckland"; not the title after a peer's
        # name, "Lucius Cary, 2nd Viscount Falkland")
        return True
    if all(
        len(w) == 1 and (w[0].lower() in lists["city"] or w[0].lower() in lists["language"])
        for w in forms
    ) and not (
        any(after_title(text, start) for start, _ in found)
        or mostly_said_of_a_person(text, found)
        or any(_called_a_person_anywhere(text, w[0]) for w in forms)
        or any(PLAYED_BY.match(text, end) for _, end in found)
    ):
        # Only ever named like a city or a language that is nobody's name ("Mannheim",
        # "Esperanto"); but "Mr. Bingley" is a person wherever Bingley is, and so is "the
        # philosophy of Plato" (a town of Colombia too) where most mentions are so introduced
        # (not "Moscow", once after "the successor of" among hundreds); nor "Pontiac, an
        # Odawa leader," (a town of Michigan too), nor a role: "Anta, played by Mareme Niang".
        return True
    if all(len(w) == 1 and _names_a_people(w[0]) for w in forms) and not any(
        after_title(text, start) for start, _ in found
    ):
        return True  # a people's word alone: "Serb refugees", "the Chechens" (not "Finn")
    if all(
        len(w) == 1 and w[0].endswith("a") and readings.others_as((w[0] + "n",), ("MISC",))
        for w in forms
    ) and not any(after_title(text, start) for start, _ in found):
        # a land whose people's word the text writes too: "knocked Bavaria out of the war"
        # beside "a French and Bavarian army" (in the training sets no person is named so)
        return True
    fullest = max(forms, key=len)
    if (
        len(fullest) > 1
        and fullest[-1] in PLACES_PLURAL
        and not is_given_name(fullest[0], of_other_countries=False)
    ):
        return True  # "the Pratzen Heights", "Niagara Falls": a place (not "Kelly Lakes")
    if (
        len(fullest) > 1
        and fullest[-1] == "Land"
        and any(
            _A_RULERS_TITLE_BEFORE.search(text, max(0, start - 10), start) for start, _ in found
        )
    ):
        # a land named after a ruler, the title left out of the name: "in Queen | Maud Land"
        # (in the training sets the one person's name ending in "Land" is a singer's, "Oh
        # Land")
        return True
    if all(_an_age_of_a_country(w) for w in forms) and not any(
        said_of_a_person(text, start) for start, _ in found
    ):
        return True  # "Victorian England", "Napoleonic France" (not "Its hero, Corto Maltese,")
    if all(_like_a_venue(text, start, end) for start, end in found):
        return True  # "at the Santiago Bernabeu": a stadium, a hotel, named after someone
    works = sum(after_a_works_kind(text, start) for start, _ in found)
    if works and works + _after_the(text, found) + _before_a_members_word(text, found) >= len(
        found
    ):
        # A work's or a ship's name, after its kind once and after "the" elsewhere: "the
        # aircraft carrier Carl Vinson ... The Carl Vinson leads" (names_nobody_here asks for
        # the kind before every mention); a band's, before its member's word elsewhere: "the
        # band Pearl Jam ... Pearl Jam's singer, Eddie Vedder"
        return True
    if works and len(fullest) > 1 and not is_given_name(fullest[0]):
        # A title of words that open no one's name, after its kind once: "hit song Jailhouse
        # Rock ... If Jailhouse Rock does reach number one"; but not where a fuller form
        # stands after no kind ("bought by Condé Montrose Nast, whose company Condé Nast")
        after_a_kind = [(start, end) for start, end in found if after_a_works_kind(text, start)]
        if no_fuller_form(text, forms, after_a_kind):
            return True
    defined = sum(defined_as_a_thing(text, start, end) for start, end in found)
    mentioned = len(found)
    if len(forms) == 1 and len(forms[0]) == 1:
        # "Lagaan: Once Upon a Time in India is a 2001 Indian film", read as a whole title.
        word = forms[0][0]
        defined += sum(
            defined_as_a_thing(text, start, start + len(word))
            for start in readings.opening_others.get(word, ())
            if text.startswith(word, start)
        )
        # "433 Eros is a near-Earth asteroid ... Eros measures 34 km", the first read as a
        # thing already (not "Asterix is a series of comics ... Asterix and his friend").
        things = sum(
            defined_as_a_thing(text, start, end, works=False)
            for start, end in readings.others_as((word,))
        )
        defined += things
        mentioned += things
    elif len(forms) == 1:
        # A heading read as a person, then "Kirkby Lonsdale is a town", read as a place.
        defined += sum(
            defined_as_a_thing(text, start, end) for start, end in readings.others_as(forms[0])
        )
    if 10 * defined >= mentioned and not any(
        described_as_a_person(text, end)
        or said_of_a_person(text, start)
        or _right_after_a_title(text, start)
        for start, end in found
    ):
        # "Raw Thrills is a video game developer founded by Eugene Jarvis"; but one odd
        # sentence does not unmake a character named hundreds of times, nor the person a
        # ship or an album is named after: "The Wilhelm Gustloff was a German ship ... named
        # after Wilhelm Gustloff, a Swiss Nazi leader", "Marcus Garvey is a 1975 album ...
        # honours the Jamaican leader Marcus Garvey", "Corto Maltese is a series of comics ...
        # Its hero, Corto Maltese, is a sailor"; nor one a title opens, whatever a maker is
        # ("Sir Titus Salt was an English maker of woollen cloth").
        return True
    if (
        all(
            len(w) == 1
            and not names_a_family(w[0], readings.name_words)
            and w[0] not in _NAMED_WITH_THE
            for w in forms
        )
        and always_after(LOWER_THE_BEFORE, 5, text, found)
        and not any(
            ATTRIBUTIVE_AFTER.match(text, end)
            or EPONYM_AFTER.match(text, end)
            # in apposition to a kind of person: "the war goddess, the Morrígan." (not a list
            # of kinds: "the aristocrat, the Jacobite and the ultra")
            or (
                text.endswith("the ", 0, start)
                and _APPOSITION_CLOSED.match(text, end) is not None
                and after_a_kind_and_a_comma(text, start - 4)
            )
            for start, end in found
        )
    ):
        # "the Zócalo", "the Louvre", "the Thames": a place or a thing, never a person alone;
        # but a family ("the Rostóvs" beside Count Rostóv) is people.
        return True
    if (
        all(_may_follow_the(w, readings.name_words) for w in forms)
        and 3 * _after_the(text, found) >= 2 * len(found) >= 2 * _NAMED_ALONE_OFTEN
    ):
        # Mostly "the Pequod" (145 of 177 times), "the Bastille": a ship or a place, however
        # often its name also stands alone; not "the Thénardier" (98 of 530).
        return True
    if (
        all(len(w) == 1 for w in forms)
        and always_after(_IN_OR_AT_BEFORE, 7, text, found)
        and not any(text.startswith(("'s", "’s"), end) for _, end in found)
    ):
        # "at Merle-Braine", "in Pupella", "out of Charleston": a place (but "in Smith's
        # house")
        return True
    if all(
        _AT_BEFORE.search(text, max(0, start - 4), start) and _IN_A_PLACE_AFTER.match(text, end)
        for start, end in found
    ):
        # "caged animals at Belle Vue in Manchester": a venue (in the training sets the 35
        # names between "at" and "in" and a capitalised word are bodies' and places')
        return True
    one_word = all(len(w) == 1 for w in forms)
    if one_word and 2 * _after_the(text, found, _ANY_THE_BEFORE) >= len(found):
        # mostly "The Aviator", a title; not "The Bush administration" nor "The Einstein field
        # equations"
        return True
    if one_word and 2 * _after_the(text, found, _A_OR_THIS_BEFORE) >= len(found) >= 2:
        # mostly "a Christian", "this Christian country": a kind of person or thing, though a
        # given name too; no one named alone is "a" or "this" anyone half the time
        return True
    as_person = readings.as_person
    if all(
        len(w) == 1
        and 0 < readings.as_other[w[0]] >= as_person[w[0]]
        and not (
            # a tie, where the text itself calls the name a person's: "Okonkwo, a wrestling
            # champion", "Okonkwo's father" (in Things Fall Apart, read as a place as often),
            # or gives it a title or a kind: "the town is named after Lord Kimberley", "the
            # Meenakshi Temple ... dedicated to the goddess Meenakshi", "the son of Shiva"
            readings.as_other[w[0]] == as_person[w[0]]
            and (
                any(described_as_a_person(text, end) for end in readings.ends_of(w[0]))
                or any(
                    after_title(text, start) or said_of_a_person(text, start) for start, _ in found
                )
            )
        )
        for w in forms
    ):
        return True
    if (
        len(text) <= ARTICLE_CHARACTERS
        and len(forms) == 1
        and len(forms[0]) == 1
        and len(found) >= _NAMED_ALONE_OFTEN
        and _OTHER_SHARE * (readings.as_other[forms[0][0]] + as_person[forms[0][0]])
        <= readings.as_other[forms[0][0]]
        and not in_lists(forms[0][0].lower(), ("given", "surname"))
        and not any(after_title(text, start) for start, _ in found)
    ):
        # In an article, a word named alone again and again, never with a given name nor a
        # title, that no list knows as a name and that the model read as a place or an
        # organisation a third of the times: a firm in business news ("Nissan", 15 times
        # beside Carlos Ghosn), which the model reads as a person, a place and an
        # organisation in turn. A novel's characters are named alone for hundreds of pages.
        return True
    if all(len(w) > 1 for w in forms) and (
        sum(readings.as_other_whole[w] for w in forms) > len(found)
    ):
        return True  # "Pan Am", read as a company more often than as a person
    openings = [readings.institution_openings.get(w) for w in forms]
    if (
        all(openings)
        and (
            len(found) <= sum(count for count, _ in filter(None, openings))
            # words that are nobody's name: "the Commerce Department ... Commerce said"
            or all(is_nobodys_name(word) for w in forms for word in w)
        )
        and min(start for start, _ in found) > min(first for _, first in filter(None, openings))
        and not any(
            after_title(text, start)
            or said_of_a_person(text, start)
            or described_as_a_person(text, end)
            or after_founded_by(text, start)
            or _WHO_AFTER.match(text, end)
            or (
                _AN_AUTHORS_DEED_AFTER.match(text, end)
                and is_given_name(text[start:end].split()[0])
            )
            for start, end in found
        )
    ):
        # "Paris Saint-Germain Football Club, commonly referred to as Paris Saint-Germain": an
        # institution named in full, then in short. Walt Disney, named more often than "The
        # Walt Disney Company", is a person, and so are "General George Washington" beside
        # "the George Washington Bridge", "novelists ... Jack London" before "Jack London
        # Square", and "the merchant Johns Hopkins" or "Brigham Young, the second president of
        # the church" after the hospital and the university named after them, "the will
        # of Calouste Gulbenkian" after his foundation, and a firm's founder ("founded ... by
        # the instrument maker Carl Zeiss"), and one before ", who" ("It takes its name from
        # Marco Polo, who described it", after "the Marco Polo Bridge") or before an author's
        # deed ("after Charles Darwin published On the Origin of Species").
        return True
    if all(len(w) == 1 and readings.in_place_lists[w[0]] >= as_person[w[0]] > 0 for w in forms):
        return True  # a person named only in lists of places is a place
    if all(len(w) == 1 and readings.in_institutions[w[0]] > as_person[w[0]] for w in forms):
        return True  # "Mondétour", mostly read in "Rue Mondétour"
    if all(
        len(w) == 1
        and without_accents(w[0].lower()) not in given_names()
        and w[0].lower() not in lists["surname"]
        for w in forms
    ) and any(before_an_epithet(text, end) for _, end in found):
        # A genus, nobody's name: "Corvus rhipidurus", "Quercus robur"; once a species is
        # named so, its genus alone is the genus too ("caterpillars of Agrotis").
        return True
    if all(w[0].lower() in lists["month"] and w[1:] in ((), ("I",)) for w in forms) and all(
        is_a_date(text, start, end) for start, end in found
    ):
        # "born on March 19, 2012", "the end of January", "the first of September I received"
        return True
    if all(_is_a_title_alone(w) for w in forms):
        return True  # "the Dowager Empress", "the Old Prince": a title, no name
    return names_nobody_here(text, forms, found, readings)


def _is_a_title_alone(words: tuple[str, ...]) -> bool:
    """Words ending with a title written in full and with no given name or surname in them:
    "Dowager Empress"; not "Hun Sen", whose "Sen" stands for "Senator" only with a period."""
    lists = gazetteer()
    return (
        len(words) > 1
        and words[0] not in ("DJ", "MC")  # a stage name: "DJ Premier"
        and len(words[-1]) > 3
        and words[-1].lower() in lists["title"]
        and not any(is_given_name(w) or w.lower() in lists["surname"] for w in words)
        and not is_an_era_name_and_emperor(words)  # "the Kangxi Emperor"
    )
