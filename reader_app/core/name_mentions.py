"""The mentions of people that a run of a document's names gives: the plausible names each
reads as, with offsets, and how the model read the one-word ones. Runs of names are read
apart and merged, so that the command line reads a novel's two halves in two processes."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reader_app.core.clubs_and_firms import in_a_firms_name
from reader_app.core.countries import OF_A_TIME, code_for, states_of_the_united_states
from reader_app.core.name_context import THE_BEFORE, after_a_works_kind, word_before
from reader_app.core.name_definitions import (
    a_place_in_apposition,
    a_work_in_apposition,
    after_a_kind_of_a_place_and_a_comma,
    after_a_kind_of_person,
    defined_as_a_person,
    defined_as_a_thing,
    described_as_a_person,
    kinds_and_roles_of_people,
    kinds_before_a_person,
)
from reader_app.core.name_forms import (
    a_place_named_after_its_owner,
    is_a_name_with_an_epithet,
    read_span,
)
from reader_app.core.name_lists import (
    after_a_place_of,
    before_a_kind_of_event,
    before_a_kind_of_place,
    listed_after_places,
    listed_among_people,
    listed_among_places,
    listed_beside_people_only,
    listed_between_places,
    one_word_listed_with_people,
)
from reader_app.core.name_shapes import (
    ends_with_a_surname,
    is_a_junior_or_a_senior,
    is_an_era_name_and_emperor,
    is_demonym_and_name,
    is_given_name_and_surname,
    is_honorific_name,
    is_person_of,
    is_regnal_name,
    is_ruler_and_name,
    is_titled_name,
)
from reader_app.core.name_words import (
    PLACES_FIRST_WORDS,
    REGNAL_NUMBER,
    WORD_LISTS,
    in_lists,
    is_given_name,
    is_initial,
    is_institution_word,
    is_title_case,
    people_rules,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.nobody_in_context import EPONYM_AFTER, inside_an_institutions_name
from reader_app.core.not_a_person import ATTRIBUTIVE_AFTER
from reader_app.core.segment import sentence_starters

Span = tuple[int, int]
Words = tuple[str, ...]

# The word before a name, and those of its kinds that are honorifics ("Mr. Bennet").
_WORD_BEFORE = re.compile(r"\b(\w+)\.?[^\S\n]+$")
_HONORIFICS = frozenset("Mr Mrs Ms Miss Mx Dr Mme Mlle M Monsieur Madame Mademoiselle".split())
_SOVEREIGN_BEFORE = re.compile(
    r"\b(?:Emperor|Empress|King|Queen|Tsar|Czar|Kaiser|Sultan|Pharaoh|Pope)[^\S\n]$"
)
_CAPITALISED_AFTER = re.compile(r"[^\S\n]([A-Z][a-z]+)\b(?![-'’])")

_COUNTS = (
    "as_person",
    "after_a_sovereign",
    "after_an_honorific",
    "after_a_title",
    "in_institutions",
    "in_place_lists",
)


@dataclass
class Mentions:
    """Each plausible name read from a run of names, with its span, in document order; and
    counts of one-word names."""

    mentions: list[tuple[Words, Span]] = field(default_factory=list)
    as_person: Counter[str] = field(default_factory=Counter)  # as the model read them
    after_a_sovereign: Counter[str] = field(default_factory=Counter)  # "Emperor", "King"...
    after_an_honorific: Counter[str] = field(default_factory=Counter)  # "Mr.", "Mrs.", "M."
    after_a_title: Counter[str] = field(default_factory=Counter)  # "Prince", "Colonel"...
    in_institutions: Counter[str] = field(default_factory=Counter)  # "Mondétour" of "Rue ..."
    in_place_lists: Counter[str] = field(default_factory=Counter)

    def extend(self, later: Mentions) -> None:
        """Adds the mentions of the run of names after this one."""
        self.mentions.extend(later.mentions)
        for count in _COUNTS:
            getattr(self, count).update(getattr(later, count))

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {count: getattr(self, count) for count in _COUNTS}
        found["mentions"] = self.mentions
        return found

    @classmethod
    def from_json(cls, found: dict[str, Any]) -> Mentions:
        mentions = [(tuple(words), (start, end)) for words, (start, end) in found["mentions"]]
        return cls(mentions, **{count: Counter(found[count]) for count in _COUNTS})


@dataclass(frozen=True)
class WholeDocument:
    """What reading a run of names needs to know of the whole document's names."""

    names: Sequence[NameSpan]
    surnames: set[str]  # of its full names
    named_alone: frozenset[str]  # one-word names of people
    team_spans: set[Span]  # teams in a league's table or a cup's results


# Realms' and battles' first words before "of" and a place, which is then a place wherever the
# model reads it alone: "the Republic of Venice", "the Battle of Texel".
_PLACES_OF = frozenset(
    {"Republic", "Kingdom", "Duchy", "Principality", "Emirate", "Sultanate", "Battle", "Siege"}
)


# An office held over a place, and "of": "mayor of", "the bishop of".
_AN_OFFICE_OF_BEFORE = re.compile(
    r"\b(?:mayor|governor|(?:arch)?bishop|abbot|abbess|lord|lady)[^\S\n]+of[^\S\n]+$"
)


def mentions_in(text: str, document: WholeDocument, first: int, stop: int) -> Mentions:
    """The mentions that the names numbered `first` to `stop` give."""
    names, surnames, named_alone = document.names, document.surnames, document.named_alone
    found = Mentions()
    titles = gazetteer()["title"]
    organisations = gazetteer()["org_seen"]
    # Each distinct span read once (a novel names the same few people thousands of times):
    # its plausible names, and the other words of names of institutions and places in it.
    read: dict[Words, tuple[list[Words], list[str]]] = {}
    words_name_a_person: dict[Words, bool] = {}
    for number in range(first, stop):
        name = names[number]
        if len(name.tokens) == 1 and EPONYM_AFTER.match(text, name.end):
            continue  # "the Doppler effect", "Euler's identity": no mention of the man
        if len(name.tokens) == 1 and _before_a_plural_kind_of_person(text, name.end):
            continue  # "Aztec and Christian gods", "Zapotec warriors": a people's word
        if (
            name.kind == "PER"
            and all(t[:1].isupper() for t in name.tokens)  # not "Roger Fry of the Bloomsbury"
            and _before_an_institution_word(text, name.end)
        ):
            continue  # "according to Jupiter Group": the firm's name, cut short
        if name.kind != "PER" and (name.start, name.end) in document.team_spans:
            continue  # a team, read as a place or a firm: "Lada Togliatti 24 8 6 10 22 29 30"
        if in_a_firms_name(text, name.tokens, name.start, name.end):
            continue  # "of Wells Fargo", "Marks & Spencer": a firm named after people
        if (
            " ".join(name.tokens) in organisations
            and not (len(name.tokens) == 1 and name.tokens[0] in surnames)
            # (but the man a club is named after: "named after the explorer Vasco da Gama",
            # "Vasco da Gama (c. 1460 – 1524) was a Portuguese navigator")
            and not (
                name.kind == "PER"
                and (after_a_kind_of_person(text, name.start) or defined_as_a_person(text, name))
            )
        ):
            # a firm or a club of the training news, however read here: "Merrill Lynch" (a
            # given name and a surname), "Lech Poznan"
            continue
        if len(name.tokens) == 1 and name.tokens[0] in _PLANETS and _beside_a_planet(text, name):
            continue  # "between Mars and Jupiter": the planet, not the god
        if (
            text.startswith("–", name.end)
            and number + 1 < len(names)
            and names[number + 1].start == name.end + 1
            and names[number + 1].kind in ("ORG", "MISC")
        ):
            continue  # "the Pruitt–Igoe housing project": a name joined by a dash to another's
        if _A_STREETS_WORD_AFTER.match(text, name.end):
            continue  # a street named after someone, as other lands write it: "Karl Johans gate"
        if text.endswith(_THE_TITLE_ROLE, max(0, name.start - 16), name.start) and not (
            text.startswith(("'s", "’s", " 's", " ’s"), name.end)
        ):
            # the work: "singing the title part of Lucia di Lammermoor" (but its maker: "the
            # title role of Richard Strauss's Salome")
            continue
        if text.endswith(" Life of ", max(0, name.start - 9), name.start):
            # a title's end: "One Day in the Life of Ivan Denisovich", "The Life of Brian" (in
            # the training sets no person's name follows "Life of")
            continue
        if name.tokens[-2:] == ("of", "Fame") or text.startswith(" of Fame", name.end):
            continue  # "the Naismith Hall of Fame": the hall's name, however the model cut it
        if before_a_kind_of_event(text, name.start, name.end):
            continue  # "the Lam Sơn uprising", "the Profumo affair": an event's name
        if (
            name.tokens[0] == "The" or (name.kind != "PER" and name.tokens[0].lower() in titles)
        ) and after_a_works_kind(text, name.start):
            # a title: "the television series The Galloping Gourmet", "the opera King Roger"
            # (read as an organisation: its mention, the title cut off, would start after the
            # kind no more)
            continue
        if _a_party_to_a_case(text, name):
            continue  # "Plessy v. Ferguson": a law case's name
        if inside_an_institutions_name(text, name.start):
            continue  # "the Congregation of the Passion of Jesus Christ", "the Society of Jesus"
        if name.tokens[0] == "Royal" and _a_royal_body(name.tokens):
            continue  # "the Royal Albert Hall": no mention of Albert Hall
        if name.tokens[0] == "Miss" and name.kind != "PER" and _a_beauty_contest(name.tokens):
            continue  # "had been Miss Universe in 2005"
        if len(name.tokens) == 1 and _A_POSSESSIVE_PLACE_AFTER.match(text, name.end):
            continue  # "Chapman's Peak Drive", "Martha's Vineyard": a place named after someone
        if text.endswith(("built ", "rebuilt "), max(0, name.start - 8), name.start) and not (
            text.startswith(("'s", "’s"), name.end)
        ):
            # what was built: "he built Machu Picchu as an estate" (in the training sets the 3
            # names right after "built" are places' and a thing's; not "built Lenin's tomb")
            continue
        if (
            name.kind != "PER"
            and text.startswith((",", " ,"), name.end)  # (the cheap test first)
            and a_place_in_apposition(text, name.end)
        ):
            continue  # "Chan Chan, the adobe capital of the Chimú kingdom": a town
        if len(name.tokens) == 3 and name.tokens[1] == "of" and name.tokens[0] in _PLACES_OF:
            # a realm's seat or a battle's place, however the model read it: "the Republic of
            # Venice ... took Venice", "Texel is the largest ... the Battle of Texel"
            found.in_place_lists[name.tokens[2]] += 1
        if (
            len(name.tokens) == 3
            and name.tokens[1] == "to"
            and text.endswith("from ", max(0, name.start - 5), name.start)
            and any(n.kind == "LOC" and n.tokens == name.tokens[2:] for n in names)
        ):
            # a route's two ends, read as one name, the second a place elsewhere: "the march
            # from Selma to Montgomery" (not "the historians from Gibbon to Buckle")
            found.in_place_lists[name.tokens[0]] += 1
            found.in_place_lists[name.tokens[2]] += 1
        if (
            name.kind == "PER"
            and number + 1 < len(names)
            and _a_routes_end(text, name, names[number + 1], first=True)
        ):
            if len(name.tokens) == 1:
                found.in_place_lists[name.tokens[0]] += 1
            continue  # "it ran from Denver to Chicago": a place, as the other end is
        if name.kind == "PER" and number and _a_routes_end(text, names[number - 1], name):
            if len(name.tokens) == 1:
                found.in_place_lists[name.tokens[0]] += 1
            continue  # "from Taishet to Sovetskaya Gavan": a place, as the other end is
        if (
            name.kind != "PER"
            and len(name.tokens) == 2
            and text.endswith(" the ", max(0, name.start - 5), name.start)
            and is_given_name(name.tokens[0])
            and name.tokens[1] not in surnames
            and _NO_NOUN_AFTER.match(text, name.end)
        ):
            # "the Golden Horn and" (a given name, read as a place): no man after "the" (but
            # a man's name before a noun: "the Marc Dutroux case", "the Thomas Kinsella
            # translation")
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
            ) or (
                # a thing's name shaped like a person's, which the text defines as a thing or
                # as a work: "Lisa the Vegetarian is an episode of The Simpsons" (not a form of
                # the "Lisa" named later), "her recording of Lili Marleen, a song about"
                words_name_a_person[name.tokens]
                and (
                    defined_as_a_thing(text, name.start, name.end)
                    or a_work_in_apposition(text, name.end)
                )
            ):
                if len(name.tokens) == 1 and after_a_place_of(text, name.start):
                    # a place however read, against the model's lone person elsewhere: "the
                    # kingdom of Kush ... good for Kush"
                    found.in_place_lists[name.tokens[0]] += 1
                continue
        if name.kind == "PER" and listed_after_places(text, names, number):
            continue  # "the villages of Bobrowa, Góra Motyczna and Zasów"
        if (
            # (whatever the model read: "The temples of Abu Simbel", read as a work, is no
            # given name and surname)
            (
                after_a_place_of(text, name.start)
                or before_a_kind_of_place(text, name.start, name.end)
            )
            # not "the state of Denísov's affairs", "the sacred city of Alexander's people"
            and not text.startswith(("'s", "’s"), name.end)
            # nor a person said to be one right after: "the winter camp of Quintus Cicero, the
            # brother of the orator", "the monastery of Saint David, the patron saint of Wales"
            # (but not after an office, whose holder the words after may be: "she became mayor
            # of Aldeburgh, the first woman mayor in England")
            and not (
                described_as_a_person(text, name.end)
                and not _AN_OFFICE_OF_BEFORE.search(text, max(0, name.start - 20), name.start)
            )
        ):
            if len(name.tokens) == 1:
                found.in_place_lists[name.tokens[0]] += 1
            continue  # "the self-styled state of Krajina", "the town of Mödling"
        if THE_BEFORE.search(text, max(0, name.start - 8), name.start) and not (
            ATTRIBUTIVE_AFTER.match(text, name.end)
        ):
            continue  # a title: "Christopher Nolan's The Dark Knight"
        if (
            name.kind == "PER"
            and len(name.tokens) > 1
            # (a given name of this country's lists only: "Sucha Beskidzka", a town, opens
            # with a foreign one)
            and not is_given_name(name.tokens[0], of_other_countries=False)
            and not is_initial(name.tokens[0].rstrip(".") + ".")
            and listed_between_places(text, names, number)
        ):
            continue  # "Barcelona, Pink Floyd, Manchester United" (not "Jill Scott")
        # "Daniel studied at Basel, Heidelberg, and Strasbourg": Heidelberg is a place.
        if (
            name.kind == "PER"
            and len(name.tokens) == 1
            and listed_among_places(text, names, number)
            # (not a ruler named after his realm: "the sultan of Morocco, Yusef")
            and not after_a_kind_of_a_place_and_a_comma(text, name.start)
        ):
            found.in_place_lists[name.tokens[0]] += 1
        tokens = name.tokens
        if name.kind != "PER" and (
            is_person_of(tokens) or _person_named_alone_of(tokens, named_alone)
        ):
            tokens = tokens[:2]  # "Kieron Pollard of the West Indies", read as one place
        elif name.kind == "PER" and (named := _a_full_name_of_a_region(tokens)):
            tokens = tokens[:named]  # "Senator John Sherman of Ohio": the man, not the state
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
        if (
            len(tokens) == 2
            and tokens[0] in surnames
            and tokens[0].lower() in people_rules()["never_alone"]
            and tokens[0].lower() not in titles
            and not is_given_name(tokens[1])
        ):
            # a word never a name alone ("Kaiser", though no title of the lists) but the
            # surname of a full name here, before a word no given name: a firm named after the
            # man ("Kaiser Shipyards" beside "Henry J. Kaiser"; not "Prince Bagratión" where
            # the model once read "... Prince" as a surname)
            continue
        if (
            len(tokens) == 2
            and tokens[0] in OF_A_TIME
            and not is_given_name(tokens[0])
            and in_lists(tokens[1].lower(), ("city", "city_large", "place"))
        ):
            continue  # a city in a time: "a spy in Nazi Berlin", "Victorian London"
        if a_place_named_after_its_owner(tokens):
            continue  # "Nelson's Pillar", "King William's Town": no mention of the man
        if len(tokens) > 2 and tokens[1] == "of" and is_institution_word(tokens[0]):
            continue  # "War of Jenkins' Ear", "University of Zurich": not "Jenkins", "Zurich"
        if tokens not in read:
            read[tokens] = read_span(tokens)
        plausible, institution_words = read[tokens]
        if not plausible and _surname_like_an_institution(text, names, number):
            plausible, institution_words = [tokens], []  # "Wayne Bridge" among footballers
        elif not plausible and (described := _described_name_like_an_institution(text, name)):
            plausible, institution_words = [described], []  # "Professor Tom Lodge"
        elif (
            not plausible
            and name.kind == "PER"
            and len(tokens) == 1
            and one_word_listed_with_people(text, names, number)
        ):
            plausible, institution_words = [tokens], []  # "Deco, Carlos Alberto and ..."
        elif not plausible and name.kind == "PER" and is_a_junior_or_a_senior(tokens):
            plausible, institution_words = [tokens], []  # "Henry Cabot Lodge Jr."
        elif not plausible and _a_peer(tokens):
            plausible, institution_words = [tokens], []  # "Lord Bridge", a bridge's word
        elif (
            not plausible
            and name.kind == "PER"
            and len(tokens) == 2
            and is_given_name(tokens[0])
            and is_title_case(tokens[1])
            and after_a_kind_of_person(text, name.start)
        ):
            # a man a town is named after: "the Brazilian physician Carlos Chagas" (a town of
            # Minas Gerais too)
            plausible, institution_words = [tokens], []
        if institution_words:  # most names hold none, and Counter.update is slow
            found.in_institutions.update(institution_words)
        search_from = name.start
        for words in plausible:
            start = text.find(words[0], search_from, name.end)
            # (the last word whole and after the first: "Nighty Night", "Sing Sing")
            last = (
                start
                if len(words) == 1
                else _find_word(text, words[-1], max(start, 0) + len(words[0]), name.end)
            )
            if start < 0 or last < 0:
                continue  # words the text does not hold as written: no offsets to give
            end = last + len(words[-1])
            search_from = end
            found.mentions.append((words, (start, end)))
            if len(words) == 1 and name.kind == "PER":
                found.as_person[words[0]] += 1
                if _SOVEREIGN_BEFORE.search(text, max(0, start - 9), start):
                    found.after_a_sovereign[words[0]] += 1
                before = _WORD_BEFORE.search(text, max(0, start - 20), start)
                if before is not None:
                    if before.group(1) in _HONORIFICS:
                        found.after_an_honorific[words[0]] += 1
                    if before.group(1).lower() in titles:
                        found.after_a_title[words[0]] += 1
    return found


def _a_beauty_contest(tokens: Words) -> bool:
    """Whether "Miss" opens the name of a beauty contest: a country or an everyday word ("Miss
    Universe", "Miss Poland"; in the training sets the 17 names so opened that are not tagged
    a person's are contests', their firms' and their places'), not a surname the model read as
    no person's, though a town's too ("Miss Bingley" in Pride and Prejudice)."""
    rest = tokens[1:]
    return bool(rest) and (
        code_for(" ".join(rest)) is not None
        or all(in_lists(word.lower(), ("everyday", "common")) for word in rest)
    )


def _find_word(text: str, word: str, start: int, end: int) -> int:
    """Where `word` is first written with no letter joined to it in text[start:end], or -1:
    not "Night" inside "Nighty" of "Nighty Night" (but "Protasov" of "Protasov3rd", as pages
    copied from tables run words and numbers together)."""
    at = text.find(word, start, end)
    while at >= 0 and (
        (at > 0 and text[at - 1].isalpha())
        or (at + len(word) < len(text) and text[at + len(word)].isalpha())
    ):
        at = text.find(word, at + 1, end)
    return at


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


# A lower-case plural right after a name, perhaps after "and" and another capitalised word.
_PLURAL_AFTER = re.compile(
    r"(?:[^\S\n]+(?:and|or)[^\S\n]+[A-Z][\w'’-]*)?[^\S\n]+([a-z]+s|men|women|people|children)\b"
)


# Members of a people or a faith, in the plural (not "aides", "counterparts", "nurses",
# "legends", which a person's name may qualify or which may be verbs: "Clinton aides", "Now,
# Pierre nurses them").
_MEMBERS_OF_A_PEOPLE = frozenset(
    "gods goddesses deities warriors soldiers troops priests priestesses kings queens rulers "
    "chiefs rebels fighters settlers farmers peasants monks nuns merchants traders sailors "
    "pilgrims nobles slaves tribesmen villagers immigrants refugees emperors princes knights "
    "artisans craftsmen hunters herders nomads missionaries "
    # "Brahmin men once performed it" (in the training sets the 26 one-word names before
    # these are peoples' or places', none a person's)
    "men women people boys girls children".split()
)


def _before_a_plural_kind_of_person(text: str, end: int) -> bool:
    """Whether a one-word name qualifies members of a people or a faith after it, alone or
    with another name joined by "and": "Aztec gods", "Aztec and Christian gods", "Brahmin men"
    (in the training sets none of the 133 one-word names before "gods", "warriors",
    "people"... is a person's)."""
    match = _PLURAL_AFTER.match(text, end)
    return match is not None and match.group(1) in _MEMBERS_OF_A_PEOPLE


# What a work's title follows, the role being its name: "the title role in Tosca".
_THE_TITLE_ROLE = tuple(
    f"title {role} {word} " for role in ("role", "part") for word in ("of", "in")
)


# A street's word in lower case after its name, in Norwegian, Swedish, Danish, Dutch,
# Hungarian, Polish, Russian or Turkish: "Karl Johans gate", "Andrássy út".
_A_STREETS_WORD_AFTER = re.compile(
    r"[^\S\n]+(?:gate|gata|gatan|gade|vej|straat|utca|út|ulica|ulitsa|caddesi|sokak)\b"
)


# What ends a noun phrase after a name: a mark, "and", "or" or a preposition.
_NO_NOUN_AFTER = re.compile(r"[^\S\n]*(?:[,.;:!?)]|$)|[^\S\n]+(?:and|or|in|on|at|to|of)\b")


# What follows "Lord" in a street's or an island's name ("Lord Street", "Lord Howe Island"),
# or in an office's ("the Lord Warden", "Lord Justice", "Lord Protector").
_NO_PEERS_WORDS = frozenset(
    "Street Road Avenue Lane Square Place Terrace Island Islands Park Cricket Ground Warden"
    " Justice Chief Protector Provost Advocate Chamberlain Steward Keeper High Great Privy"
    " Rector Lieutenant Chancellor President".split()
)


def _a_peer(tokens: Words) -> bool:
    """ "Lord" or "Lady" and one capitalised word, whatever the word ("Lord Bridge set out a
    test"; in the training sets the model's ORG or LOC "Lord X" are roles: "Lord Justice")."""
    return (
        len(tokens) == 2
        and tokens[0] in ("Lord", "Lady")
        and is_title_case(tokens[1])
        and tokens[1] not in _NO_PEERS_WORDS
        and tokens[1].lower() not in gazetteer()["title"]
        and tokens[1].lower().removesuffix("s") not in kinds_and_roles_of_people()
    )


# A possessive and a place's word after one word: a place named after someone, "Chapman's
# Peak Drive", "Sullivan's Island" (in the training sets the 15 names so made are places' and
# organisations', but for 2 shows' titles that WikiANN's machine tagged as people's).
_A_POSSESSIVE_PLACE_AFTER = re.compile(
    r"['’]s[^\S\n]+(?:Peak|Bay|Island|Point|Hill|Cove|Creek|Sound|Head|Drive|Road|Lane|Street"
    r"|Vineyard|Ferry|Wood|Harbour|Harbor|Landing|Gap|Falls|Park|Square|Cross)\b"
)


def _a_routes_end(text: str, before: NameSpan, name: NameSpan, first: bool = False) -> bool:
    """Whether `name` follows "from", a place and "to"; or, `first`, whether `before` follows
    "from" and comes before "to" and `name`, a place (in the training sets the names so joined
    are of one kind, and no person's name stands between "from" and "to" and a place)."""
    place = name if first else before
    other = before if first else name
    return (
        place.kind == "LOC"
        and text[before.end : name.start] == " to "
        and text.endswith("from ", max(0, before.start - 5), before.start)
        # (not a range of people: "works from Duccio to Roy Lichtenstein", the first read as a
        # place)
        and not (other.kind == "PER" and is_given_name_and_surname(other.tokens))
    )


_KUNYAS = frozenset({"Abu", "Umm"})  # "father of", "mother of"


def _words_name_a_person(tokens: Words, surnames: set[str], named_alone: frozenset[str]) -> bool:
    """Whether a name the model read as a place or an organisation is a person's by its
    words alone: a surname of the document's full names, a dynasty's name and a number
    ("Tāufaʻāhau Tupou IV" beside "George Tupou V"), an honorific, a given name and a
    surname, a ruler, a title... (not a place's of two words or more: "the Sierra Maestra")"""
    if len(tokens) > 1 and (
        tokens[0] in PLACES_FIRST_WORDS or (tokens[0] in _KUNYAS and not is_given_name(tokens[1]))
    ):
        # (nor a place's that "Abu" or "Umm" opens, as a man's or a woman's byname does, but
        # for a given name: "Abu Dhabi", "Abu Ghraib", "Umm Qasr", not "Abu Ammar"; in the
        # training sets 7 of the 17 names "Abu" opens are places' and a firm's)
        return False
    return (
        (len(tokens) == 1 and tokens[0] in surnames)
        or (
            len(tokens) > 2
            and tokens[-2] in surnames
            and REGNAL_NUMBER.fullmatch(tokens[-1]) is not None
        )
        or is_honorific_name(tokens)
        or _a_peer(tokens)
        or is_an_era_name_and_emperor(tokens)
        or is_given_name_and_surname(tokens)
        or is_regnal_name(tokens)
        or is_ruler_and_name(tokens)
        or is_titled_name(tokens)
        or is_person_of(tokens)
        or _person_named_alone_of(tokens, named_alone)
        or _a_hyphened_given_name(tokens)
        or _a_double_given_name_and_surname(tokens)
        or is_demonym_and_name(tokens)
        or is_a_name_with_an_epithet(tokens)
        or _full_name_of_one_named_alone(tokens, named_alone, surnames)
    )


# A surname and an East Asian given name of two syllables joined by a hyphen, the second in
# lower case: "Chiang Kai-shek", "Park Chung-hee", "Kim Il-sung".
_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-([a-z]+)")


def _a_full_name_of_a_region(tokens: Words) -> int:
    """How many words of a name, read as one person, come before "of" and a state of the
    United States, where they are a given name and a surname, perhaps after titles: "Senator
    John Sherman | of Ohio", "Erin Brady | of Connecticut" (the training sets tag the state
    apart: "Senator John Glenn of Ohio"; but a prince's land is his name's: "John Maurice of
    Nassau"); 0 for any other name."""
    titles = gazetteer()["title"]
    at = 0
    while at < len(tokens) and tokens[at].lower().rstrip(".") in titles:
        at += 1
    name = tokens[at:]
    fits = (
        len(name) in (4, 5)
        and is_person_of(name)
        and name[1].lower() not in titles
        and " ".join(name[3:]) in states_of_the_united_states()
    )
    return at + 2 if fits else 0


def _a_hyphened_given_name(tokens: Words) -> bool:
    """A surname and an East Asian given name written with a hyphen, where the model read a
    place ("an adviser to Chiang Kai-shek"): in the training sets 30 names so made are
    people's, and the 7 others adjectives ("Los Angeles-based", "Academy Award-winning"),
    whose last part is an English word."""
    if len(tokens) != 2:
        return False
    match = _HYPHENED_GIVEN_NAME.fullmatch(tokens[1])
    return (
        match is not None
        and is_title_case(tokens[0])
        and tokens[0].lower() not in sentence_starters()  # "On Tower-hill, as you go down"
        and not in_lists(match.group(1), ("common", "everyday"))
        and not code_for(tokens[0])
    )


def _a_double_given_name_and_surname(tokens: Words) -> bool:
    """Two given names joined by a hyphen and a surname, where the model read an
    organisation ("the young Jean-Jacques Rousseau", "Karl-Heinz Rummenigge"): the pair is
    no word of the lists, so its first part stands for it."""
    return (
        len(tokens) == 2
        and "-" in tokens[0]
        and is_given_name(tokens[0])
        and is_given_name_and_surname((tokens[0].split("-")[0], tokens[1]))
    )


def _person_named_alone_of(tokens: Words, named_alone: frozenset[str]) -> bool:
    """Two capitalised words, the second a name the text names a person by alone, then "of"
    and a party or a place, read as one organisation: "won by Evo Morales of the Movement for
    Socialism ... Morales took office" (where "Evo" is no given name of the lists)."""
    return (
        len(tokens) > 3
        and tokens[2] == "of"
        and tokens[1] in named_alone
        and is_title_case(tokens[0])
        and is_title_case(tokens[1])
        and tokens[0] not in PLACES_FIRST_WORDS
        and not any(is_institution_word(t) or code_for(t) for t in tokens[:2])
    )


def _full_name_of_one_named_alone(
    tokens: Words, named_alone: frozenset[str], surnames: set[str]
) -> bool:
    """Two or three capitalised words, opening with a given name, whose last word the text
    names a person by alone: a person where the model read an organisation or a place
    ("Gottfried Wilhelm Leibniz ... Leibniz died"; not "Trinity College", "Paris Hilton"
    beside a hotel: no given name, or an institution's word). A particle may stand between
    two words, the last a surname of another full name too ("vice-president under Bingu wa
    Mutharika ... Mutharika died", beside "Peter Mutharika"; not "Napoléon le Grand!" beside
    "Grand!", a word the model read as a person's)."""
    if not (2 <= len(tokens) <= 3 and tokens[-1] in named_alone):
        return False  # (the cheap test first)
    if any(is_institution_word(t) or code_for(t) for t in tokens):
        return False
    if len(tokens) == 3 and tokens[1] in people_rules()["particles"]:
        return tokens[-1] in surnames and is_title_case(tokens[0]) and is_title_case(tokens[2])
    return all(is_title_case(t) for t in tokens) and is_given_name(tokens[0])


def _described_name_like_an_institution(text: str, name: NameSpan) -> Words:
    """A given name and a word of an institution's name, read as a person after an honorific,
    a scholar's or a judge's title, a kind of person, a people's word or a work's "designed
    by": "Professor Tom Lodge", "new striker Enrico Chiesa", "American Roger Kingdom",
    "designed by Reinhold Platz"; not after a ruler's or a
    saint's title ("Queen Mary College", "St John Lodge"), which buildings are named after.
    The name's two words, or none."""
    tokens = name.tokens
    described = False
    if len(tokens) == 3 and tokens[0].rstrip(".").lower() in _titles_before_a_person():
        tokens, described = tokens[1:], True
    by_a_maker = _A_WORKS_MAKER_BEFORE.search(text, max(0, name.start - 16), name.start)
    if not (
        name.kind == "PER"
        and len(tokens) == 2
        # (any given name after a work's "by": "designed by Reinhold Platz", or a word of no
        # list but the surnames': "played by Hinton Battle")
        and (
            is_given_name(tokens[0], of_other_countries=by_a_maker is not None)
            or (by_a_maker is not None and not in_lists(tokens[0].lower(), (*WORD_LISTS, "org")))
        )
        and is_title_case(tokens[1])
        and is_institution_word(tokens[1])
    ):
        return ()
    if not described:
        before = word_before(text, name.start)
        described = (
            before is not None
            and (
                before[0] in kinds_before_a_person()
                or (before[0][:1].isupper() and bool(code_for(before[0])))
            )
        ) or by_a_maker is not None
    return tokens if described else ()


# A work's maker follows, a person: "designed by Reinhold Platz", "painted by Hans Hall"; or
# a role's player: "a demon, Sweet, played by Hinton Battle".
_A_WORKS_MAKER_BEFORE = re.compile(
    r"\b(?:designed|written|painted|composed|directed|sculpted|drawn|played|portrayed|voiced)"
    r"[^\S\n]+by[^\S\n]+$"
)


@functools.cache
def _titles_before_a_person() -> frozenset[str]:
    """Titles only a person is given, unlike a ruler's or a saint's ("King George Hospital"):
    the honorifics, and a doctor's, a judge's and a senator's."""
    return people_rules()["honorifics"] | {"doctor", "judge", "justice", "senator"}


_PLANETS = frozenset("Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto".split())
_A_PLANET = re.compile(rf"\b(?:{'|'.join(_PLANETS)})\b")


def _beside_a_planet(text: str, name: NameSpan) -> bool:
    """Whether another planet is named within a few words of a planet's name, or a planet's
    parts or a mission's words come before it, or words of the sky are near: "the moons of
    Mars", "a probe to Venus", "flew past it on its way to Jupiter"."""
    return (
        bool(_A_PLANETS_PART_BEFORE.search(text, max(0, name.start - 30), name.start))
        or any(
            found.group() != name.tokens[0]
            for found in _A_PLANET.finditer(text, max(0, name.start - 24), name.end + 24)
        )
        # words of the sky nearby: "a comet ... struck Jupiter in July 1994"
        or bool(_THE_SKYS_WORDS.search(text, max(0, name.start - 160), name.end + 160))
        # or the text calls it a planet a paragraph's length away: "struck the planet Jupiter
        # ... torn apart by Jupiter in 1992"
        or text.find(f"planet {name.tokens[0]}", max(0, name.start - 600), name.end + 600) >= 0
    )


_THE_SKYS_WORDS = re.compile(r"\b(?:comets?|planets?|orbits?|solar system|telescopes?)\b")


_A_PLANETS_PART_BEFORE = re.compile(
    r"\b(?:(?:moons?|surface|orbit|atmosphere|rings?|poles?)[^\S\n]+(?:of|around)"
    r"|(?:missions?|probes?|flights?|landers?|rovers?|way)[^\S\n]+to|landed[^\S\n]+on)"
    r"[^\S\n]+(?:the[^\S\n]+planet[^\S\n]+)?$"
)


_CASE_PARTY_AFTER = re.compile(r"[^\S\n]+v\.?[^\S\n]+[A-Z]")
_CASE_PARTY_BEFORE = re.compile(r"[A-Z][\w'’.-]*[^\S\n]+v\.?[^\S\n]+$")


def _a_party_to_a_case(text: str, name: NameSpan) -> bool:
    """Whether a name stands on either side of "v." (or "v", as British English writes it)
    between capitalised words: a law case's or a match's ("Plessy v. Ferguson", "Somerset v
    Stewart"; the training sets tag every name so written a case's, an organisation's, a
    team's: of 70 such names beside a lower-case "v", none is a person's)."""
    return (
        text.startswith((" v. ", " v "), name.end)
        and _CASE_PARTY_AFTER.match(text, name.end) is not None
    ) or (
        text.endswith(("v. ", " v "), max(0, name.start - 3), name.start)
        and _CASE_PARTY_BEFORE.search(text, max(0, name.start - 40), name.start) is not None
    )


def _a_royal_body(tokens: Words) -> bool:
    """Whether a name opening with "Royal" goes on with a name's word, not a style's: "Royal
    Albert Hall", "Royal Ascot" (in the training sets 49 names so opening are organisations',
    2 places', none a person's); not "Royal Highness Prince Edward"."""
    return (
        len(tokens) > 1
        and tokens[1][:1].isupper()
        and tokens[1].lower() not in gazetteer()["title"]
        and tokens[1] not in ("Highness", "Highnesses", "Majesty")
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
