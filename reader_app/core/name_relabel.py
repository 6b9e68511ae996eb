"""Names the model read as a place or an organisation that their context makes people's:
after a kind of person or a relative ("the goddess Sif", "his wife Mary"), in a list that
a plural kind of person opens or that credits people ("directed by", "starring"); the
names of a list that a plural kind of thing opens are things; and a name the model read as a
person's is a firm's or a town's where its context says so ("developed by Cyan", "the
University of California, Berkeley")."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence

from reader_app.core.clubs_and_firms import ARTICLE_CHARACTERS
from reader_app.core.countries import code_for, states_of_the_united_states
from reader_app.core.name_context import ITS_BEFORE, lifespan_after, part_of_name, word_before
from reader_app.core.name_credits import relabel_after
from reader_app.core.name_definitions import (
    CLOSED_AFTER,
    KINDS_OF_TEAMS_TOO,
    PLAYED_BY,
    a_person_in_apposition,
    a_place_in_apposition,
    a_thing_in_apposition,
    a_work_in_apposition,
    after_a_kind_and_a_comma,
    after_a_kind_of_person,
    after_a_relative_of,
    after_a_thing_in_apposition,
    before_a_kind_of_person,
    defined_as_a_thing,
    kinds_and_roles_of_people,
    kinds_before_a_person,
    relatives,
    signed_with_an_email,
)
from reader_app.core.name_edges import is_name_of_a_place
from reader_app.core.name_forms import is_a_given_name_of_a_place, is_a_name_with_an_epithet
from reader_app.core.name_inside import (
    after_a_kind_inside,
    an_owner_opening,
    people_after_a_plural_kind_inside,
)
from reader_app.core.name_line_ups import (
    in_a_roster,
    initialled_like_the_others,
    players_in_line_ups,
    teams_in_standings,
)
from reader_app.core.name_lists import (
    LIST_JOIN,
    beside_a_person_of_a_place,
    first_of_the_list,
    mostly_people,
    one_word_listed_with_people,
    whole_list,
)
from reader_app.core.name_match_reports import cricketers, scorers
from reader_app.core.name_quotes import given_him_or_her
from reader_app.core.name_reading import as_person, as_thing, plural_kind
from reader_app.core.name_shapes import (
    is_a_junior_or_a_senior,
    is_a_plain_name_word,
    is_given_name_and_surname,
)
from reader_app.core.name_words import (
    PLACES_FIRST_WORDS,
    REGNAL_NUMBER,
    RULERS_TITLES,
    SAINT_WORDS,
    WORD_LISTS,
    in_lists,
    is_given_name,
    is_initial,
    is_institution_word,
    is_title_case,
    people_rules,
    without_accents,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.segment import sentence_starters

# Kinds of person that firms are too: after one, a name is a person's only if it opens with
# a given name ("the broadcaster Robin Day"; not "the broadcaster Televisa", "manufacturer
# Essilor": the training sets' people after these words all have one).
_FIRMS_TOO = frozenset({"broadcaster", "manufacturer", "investor"})


# What a firm does to a product or another firm: "developed by Cyan", "published by
# Dynamite", "bought by Olivetti" (in the training sets, 28 organisations' names after
# these, one a place's and no person's), "made by Mauser" (in the written sets the 16 lone
# words after "made by" that are no given name are firms').
_MADE_BY = re.compile(
    r"\b(?:developed|published|manufactured|made|distributed|acquired|operated|bought|purchased"
    r"|sold|marketed)"
    r"[^\S\n]+by[^\S\n]+$"
)


def _a_firm_that_made_it(text: str, name: NameSpan) -> bool:
    """Whether one word, no given name, follows "developed by" or the like: a firm's name."""
    return (
        len(name.tokens) == 1
        and not is_given_name(name.tokens[0])
        and _MADE_BY.search(text, max(0, name.start - 20), name.start) is not None
    )


# Where a show is broadcast: "first shown on Showcase", "aired on Comedy Central" (in the
# training sets, 14 names after these words, none a person's).
_BROADCAST_ON = re.compile(
    r"\b(?:shown|aired|airs|broadcast|screened|televised|premiered|debuted|streamed)"
    r"[^\S\n]+(?:on|by)[^\S\n]+$"
)


# Who leads or joins a body, then "of": "the leader of Shadaloo", "a member of EOKA" (in the
# training sets, of 149 names of up to three words after these, 5 are tagged as people's:
# two before "'s", "members of Suu Kyi's National League", two groups, "the Plymouth
# Brethren", and a slip).
_A_BODYS_PERSON_OF = re.compile(
    r"\b(?:leaders?|members?|founders?|chairman|chairwoman|president|director|owner"
    r"|ruler|chief|commander|CEO|boss)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$"
)
_BY_ON_OR_OF = (" by ", " on ", " of ", "the ", "for ")
_A_FAMILYS_OR_OWNERS_AFTER = re.compile(r"['’]s\b|[^\S\n]+(?:family|dynasty|clan|household)\b")


def _a_body_led_or_joined(text: str, name: NameSpan) -> bool:
    """Whether a name that holds no given name follows "the leader of", "a member of" or the
    like: the body, not a person (but "a member of Hitler's staff", "a member of the
    Rothschild family")."""
    return (
        # not "leader of the Commons Oliver Heald", "chairman of the Norwegian Labour Party
        # Kyrre Grepp", a person's name the model ran on from the body's
        len(name.tokens) <= 3
        and " of " in text[max(0, name.start - 8) : name.start]  # (the cheap test first)
        and _A_BODYS_PERSON_OF.search(text, max(0, name.start - 24), name.start) is not None
        and _A_FAMILYS_OR_OWNERS_AFTER.match(text, name.end) is None
        and not any(map(is_given_name, name.tokens))
    )


def _a_team_played_for(text: str, name: NameSpan) -> bool:
    """Whether one word follows "played for" or the like: a team ("played for Barcelona",
    "played as a professional for Nelson"; in the training sets the 9 names of one word so
    placed are no person's, and of all 32 names one is: "played for Julius Baker"), and a
    driver's or a rider's ("driving for Lotus under Colin Chapman", "drove for Williams")."""
    return (
        len(name.tokens) == 1
        and _PLAYED_FOR.search(text, max(0, name.start - 40), name.start) is not None
    )


_PLAYED_FOR = re.compile(
    r"\b(?:play|plays|played|playing|signed|drove|drives|driving|raced|races|racing|rode|rides"
    r"|riding)(?:[^\S\n]+as[^\S\n]+an?(?:[^\S\n]+[a-z-]+){1,2})?"
    r"[^\S\n]+for[^\S\n]+$"
)


def _a_broadcaster(text: str, name: NameSpan) -> bool:
    """Whether a name that no given name opens follows "shown on" or the like: a channel."""
    return (
        # (most names follow neither: the cheap test first)
        text.endswith(("on ", "by "), max(0, name.start - 3), name.start)
        and _BROADCAST_ON.search(text, max(0, name.start - 20), name.start) is not None
        and not is_given_name(name.tokens[0])
    )


_SCHOOLS = frozenset({"University", "College", "Institute"})
_COMMA_BETWEEN = re.compile(r"[^\S\n]*,[^\S\n]*")


def _after_a_full_name_and_of(text: str, before: NameSpan, name: NameSpan) -> bool:
    """Whether a name follows a person's full name, a given name first, and "of": the band,
    the firm or the place the person is of ("a song of Peter Green of Fleetwood Mac"; in the
    training sets 105 of the 106 names so placed are none of a person's, the last a show
    WikiANN's machine tagged as one); not after a work read as a person's ("the Divine Comedy
    of Dante")."""
    return (
        before.kind == "PER"
        and len(before.tokens) > 1
        and is_given_name(before.tokens[0])
        and text[before.end : name.start] == " of "
    )


def _a_campus_after_its_school(text: str, school: NameSpan, name: NameSpan) -> bool:
    """Whether a name right after a university's name and a comma, opening with no given
    name, is its campus's town: "the University of California, Berkeley" (as 12 names after
    "University of X," or "College of X," in the training sets, against one person's:
    "University of Paris, Johann, unable to"); or, between commas, a venue's place."""
    if (
        school.kind == "PER"
        or _COMMA_BETWEEN.fullmatch(text, school.end, name.start) is None
        or is_given_name(name.tokens[0])
    ):
        return False
    if school.tokens[0] in _SCHOOLS and "of" in school.tokens:
        return True
    # A venue's place: "the Theatre Royal, Drury Lane, under David Garrick", "Hampden Park,
    # Glasgow" (in the training sets 194 names after a venue's name and a comma, no given
    # name opening them, are places' or firms', one a person's: "at Fenway Park, Holt hit",
    # where no mark ends the name).
    return not _VENUES.isdisjoint(school.tokens) and _PLACE_ENDS.match(text, name.end) is not None


_VENUES = frozenset(
    "Theatre Theater Opera Hall Palace Hotel Museum Gallery Cathedral Church Abbey Castle "
    "Stadium Park Library School Hospital Royal".split()
)
_PLACE_ENDS = re.compile(r"[^\S\n]*[,.;)]")


_SPANISH_ARTICLES = frozenset({"La", "Las", "Los"})
_AS_BEFORE = re.compile(r"\bas[^\S\n]+(?:[\"“][^\S\n]*)?$")


def read_as_people(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """The names, with those the model read as a place or an organisation after a kind of
    person or a relative read as people ("the goddess Sif", "the poet Homer", "his wife
    Mary"; not "its owner Disney"), and so every name of a list that a plural kind opens
    ("the ancient gods, such as Zeus, Hera, Poseidon and Athena") or that credits people
    ("directed by", "starring", "the son of"); and the names of a list that a plural kind
    of thing opens are things."""
    names = [_before_a_quoted_phrase(text, name) for name in names]
    kinds = kinds_before_a_person()
    # Their plurals open lists of people, but for those whose plural names teams as often.
    kinds_of_lists = kinds - KINDS_OF_TEAMS_TOO
    result = list(names)
    read_as_a_person: set[tuple[str, ...]] | None = None  # gathered only if a list asks
    for number, name in enumerate(names):
        if name.kind != "PER" and _one_word_among_people(text, names, number):
            if read_as_a_person is None:
                read_as_a_person = {n.tokens for n in names if n.kind == "PER"}
            if name.tokens in read_as_a_person or in_a_roster(text, names, number):
                result[number] = as_person(name)
    result = scorers(text, players_in_line_ups(text, result))
    result = teams_in_standings(text, cricketers(text, result))
    result = initialled_like_the_others(result)
    result = [an_owner_opening(text, after_a_kind_inside(text, name, kinds)) for name in result]
    result = [
        part
        for name in result
        for part in (people_after_a_plural_kind_inside(text, name, kinds) or [name])
    ]
    # the surnames of the full names of two words read as people's, for their relatives (in
    # an article: a novel's places share words with its hundreds of names, "Bald Hills")
    full_names: set[tuple[str, ...]] = (
        {n.tokens for n in result if n.kind == "PER" and len(n.tokens) == 2}
        if len(text) <= ARTICLE_CHARACTERS
        else set()
    )
    surnames = {tokens[1] for tokens in full_names}
    # and the organisations' names, whose first words are no relatives' given names ("Ford
    # Mustang" beside "the Ford Division" and "Shelby Mustang")
    firms = {n.tokens for n in result if n.kind == "ORG"} if full_names else set()
    for number, name in enumerate(result):
        if name.kind == "PER":
            if after_a_thing_in_apposition(text, name.start, name.end):
                result[number] = as_thing(name)  # "Its youth academy, De Toekomst, has"
            elif (
                (len(name.tokens) == 1 or not is_given_name(name.tokens[0]))
                and a_thing_in_apposition(text, name.end)
            ) or a_work_in_apposition(text, name.end):
                # "Byron composed Thyrza, a series of elegies", "music for Peer Gynt, a play",
                # "the Small Magellanic Cloud, a dwarf galaxy" (not a given name's: "John
                # Smith, a toy maker")
                result[number] = as_thing(name)
            elif a_place_in_apposition(text, name.end):
                result[number] = dataclasses.replace(name, kind="LOC")  # "Chan Chan, the capital"
            elif number and _the_end_of_a_name_before(text, result[number - 1], name):
                # "Ospedale | degli | Innocenti", "Dar | es | Salaam": one name, not a person's
                result[number] = dataclasses.replace(name, kind=result[number - 1].kind)
            elif _a_work_credited_or_awarded(text, name):
                result[number] = as_thing(name)  # "Do Bigha Zamin, directed by Bimal Roy"
            elif (
                number + 1 < len(result) and _a_place_now_named(text, name, result[number + 1])
            ) or _a_realm_of_rulers(text, name):
                result[number] = dataclasses.replace(name, kind="LOC")
            elif not _NO_PERSONS_PARTICLES.isdisjoint(name.tokens[1:-1]) or (
                len(name.tokens) > 1
                and name.tokens[0] in PLACES_FIRST_WORDS
                and kinds.isdisjoint(name.tokens[1:])
            ):
                # "Frankfurt am Main", "published by Hans im Glück", "the Sierra Maestra" (in
                # the training sets the 15 names that hold one of those particles, and the 47
                # that open with one of these words, are places', firms' or works'); but a
                # kind of person inside names a person after it: "the Puerto Rican wrestler
                # Miguel Pérez"
                result[number] = dataclasses.replace(name, kind="LOC")
            elif (
                len(name.tokens) > 1
                and name.tokens[0] in _SPANISH_ARTICLES
                and name.tokens[1].endswith(("a", "o", "as", "os"))
                and _AS_BEFORE.search(text, max(0, name.start - 8), name.start) is None
                and not after_a_kind_of_person(text, name.start)
            ):
                # a work's, a place's or a body's name that a Spanish article opens: "La
                # Llorona", "the school of La Esmeralda", "Los Lobos" (in the training sets
                # 199 of the 201 names "La", "Las" or "Los" opens are no person's); but a
                # nickname after "as" is a person's ("known as La Bomba"), and a French
                # surname keeps its article ("La Fontaine", "La Fayette")
                result[number] = dataclasses.replace(name, kind="ORG")
            elif defined_as_a_thing(text, name.start, name.end):
                # "Inti Raymi is a religious ceremony ... of the sun god Inti": the feast, not
                # the god its first word names too
                result[number] = as_thing(name)
            elif _a_firm_among_firms(text, result, number) or _a_firms_branch_in_a_country(
                name.tokens
            ):
                result[number] = dataclasses.replace(name, kind="ORG")
            elif number and _a_campus_after_its_school(text, result[number - 1], name):
                result[number] = dataclasses.replace(name, kind="LOC")
            elif text.endswith(_BY_ON_OR_OF, max(0, name.start - 4), name.start) and (
                # (the cheap test first: most names follow none of "by", "on", "of (the)")
                (number and _after_a_full_name_and_of(text, result[number - 1], name))
                or _a_firm_that_made_it(text, name)
                or _a_team_played_for(text, name)
                or _a_broadcaster(text, name)
                or _a_body_led_or_joined(text, name)
            ):
                result[number] = dataclasses.replace(name, kind="ORG")
            continue
        if (
            _initial_between_names(name.tokens)
            or _a_name_with_a_particle(name.tokens)
            or _a_full_name_beside_a_person(text, result, number)
            or _a_full_name_opening_a_list_line(text, result, number)
            or beside_a_person_of_a_place(text, result, number)
            or _one_name_before_a_life_event(text, name)
            or _before_a_lifespan(text, name)
            or _the_author_of_a_work_after(text, name)
            or _a_peers_title_and_name(text, name)
            or _a_rulers_title_and_realm(name.tokens)
            or is_a_given_name_of_a_place(name.tokens)
            # "Sigismund I the Old", read as an organisation (in the training sets 19 of the
            # 20 names of a name, a ruler's number, "the" and a word are people's)
            or (len(name.tokens) == 4 and is_a_name_with_an_epithet(name.tokens))
            or _a_rulers_title_and_names(name.tokens)
            or _an_office_and_a_name(name.tokens)
            or _before_who(text, name)
            or _DESCENDED_FROM_BEFORE.search(text, max(0, name.start - 24), name.start) is not None
            or _a_god_worshipped(text, name)
            or _a_saint_of_a_feast_or_a_tomb(text, name)
            or _a_name_given_before_he_or_she(text, name)
            or _a_full_name_after_a_relatives_word(text, name)
            or _a_full_name_after_a_government_of(text, name)
            or _PLAYED_THE_PART_OF_BEFORE.search(text, max(0, name.start - 40), name.start)
            is not None
            or _a_prizes_winner(text, name)
            or _the_teller_of_an_account(text, name)
            or _full_names_joined(name.tokens)
            # "and Oliver Wendell Holmes Jr. dissented", read as an organisation
            or is_a_junior_or_a_senior(name.tokens)
            or _a_relative_by_the_surname(name.tokens, surnames, full_names, firms)
            or _listed_after_people(text, result, number, kinds)
            or _listed_before_people_in_apposition(text, result, number, kinds)
            or (len(name.tokens) == 1 and one_word_listed_with_people(text, result, number))
            # "Amaterasu, a sun goddess": one word, which the text calls a person
            or (len(name.tokens) == 1 and a_person_in_apposition(text, name.end))
            # "a young bell maker, Boriska, played by": a name in apposition to a kind
            or (
                len(name.tokens) <= 3
                and CLOSED_AFTER.match(text, name.end) is not None
                and after_a_kind_and_a_comma(text, name.start)
            )
            or signed_with_an_email(text, name)  # "Lotte Wilms lotte.wilms@kb.nl"
        ):
            result[number] = dataclasses.replace(name, kind="PER")
        elif name.tokens[0] in SAINT_WORDS and (
            is_name_of_a_place(name.tokens) or _a_saint_of_a_country(name.tokens)
        ):
            # "St. Augustine of Hippo": a saint, not the town of St. Augustine; "Saint Bridget
            # of Sweden"
            result[number] = dataclasses.replace(name, kind="PER")
        elif _a_full_name_of_a_place(name.tokens, after_a_kind_of_person(text, name.start)):
            # "colleagues such as Carl Edvard Marius Levy of Copenhagen", read as one thing
            result[number] = dataclasses.replace(name, kind="PER")
        elif number and _a_role_after_an_actor(text, result[number - 1], name):
            result[number] = dataclasses.replace(name, kind="PER")  # "George Raft as Spats Colombo"
        elif number + 1 < len(result) and _a_role_played_by(text, name, result[number + 1]):
            result[number] = dataclasses.replace(name, kind="PER")  # "Hawkeye, played by Alan Alda"
        elif number and _a_rulers_name_in_brackets(text, result[number - 1], name):
            result[number] = dataclasses.replace(name, kind="PER")  # "Mongkut (Rama IV)"
        elif (fellow := _a_fellow_of_a_people(text, name)) is not None:
            result[number] = fellow  # "his fellow Hawaiian | Pua Kealoha"
        elif _a_kind_is(text, name.start, name.end, kinds):
            result[number] = as_person(name, text)  # "The present king is Vajiralongkorn"
        elif text.endswith(" to ", max(0, name.start - 4), name.start) and (
            _DEDICATED_TO_BEFORE.search(text, max(0, name.start - 20), name.start)
        ):
            # a god or a saint: "It is dedicated to Shiva" (in the training sets no name after
            # these words is a place's; WikiANN's machine tags "Saint Mary" and a king there
            # as organisations)
            result[number] = as_person(name, text)
        elif number and _another_name_of_a_person(text, result, number):
            result[number] = as_person(name, text)
        elif _HIMSELF_AFTER.match(text, name.end):
            # "and Stalin himself, twice" (in the training sets 23 of the 25 names before
            # "himself" or "herself" are people's, the others a place and a body after a
            # preposition, which a person's reading leaves as they were: "sailed for Portugal
            # himself")
            result[number] = as_person(name, text)
        elif _a_nickname_given(text, name):
            result[number] = as_person(name, text)  # 'the soldiers called her " Hanoi Hannah "'
        elif _a_name_taken(text, name) or _one_name_of_a_place_after_by(
            text, name.tokens, name.start
        ):
            # "he took the name Fatumbi", "under the name MikiMix", "founded by Mekhitar of
            # Sebaste" (whatever the name's shape: the words before say it is a person's)
            result[number] = dataclasses.replace(name, kind="PER")
    at = 0
    while at < len(result):
        before = word_before(text, result[at].start)
        relabel: Callable[[NameSpan], NameSpan] | None = None
        if before is not None:
            word, begin = before
            after_comma, label = word.endswith(","), word.endswith(":")
            word = word.rstrip(",:")  # "his father, Leopold Mozart,", "Head coach: César Farías"
            if (
                label
                and at
                and result[at - 1].end == begin + len(word)
                and word.lower() not in gazetteer()["title"]
            ):
                # no label but a name's last word: "a game by Lucasfilm Games: Guybrush" (not
                # an office's: "Prime Minister: Barham Salih")
                word, label = "", False
            if label:
                word = word.lower()  # a label: "Manager: Arsène Wenger"
            if label and (
                word in _COPY_LABELS
                or (word in _ADDRESS_LABELS and text[begin - 1 : begin] in ("", "\n"))
            ):
                # a message's header or a letter's copy line: "To: Tjitske Vrolk, Siebrand
                # Wilmer", "cc: Donald Leslie, Assistant V.P."
                relabel = functools.partial(_addressee, text=text)
            elif (
                word in kinds
                and (word not in _FIRMS_TOO or is_given_name(result[at].tokens[0]))
                and not (word in relatives() and ITS_BEFORE.search(text, max(0, begin - 5), begin))
            ):
                # "the poet Homer" (but "the character, Demographic composition", and a thing's
                # kin: "with its neighbour Messier 81", a galaxy)
                result[at] = as_person(result[at], text, after_a_kind=not after_comma)
            elif (
                word in ("him", "her")
                and _NAMED_BEFORE.search(text, max(0, begin - 12), begin)
                and result[at].tokens[0] not in _ADDRESSED_AS
            ):
                # "found a baby on his doorstep and named him Skeezix", "still call him Tata
                # Vasco" (in the training sets the 5 names so placed are people's); not a way
                # of address: "liked to call him Your Grace"
                result[at] = as_person(result[at], text)
            elif (
                word == "young"
                and _THE_BEFORE_YOUNG.search(text, max(0, begin - 4), begin)
                and not before_a_kind_of_person(text, result[at].end)
            ):
                # "when the young Umm Kulthum came to Cairo" (in the training sets the 24 names
                # so placed are people's, and the 2 other capitalised words their titles); not
                # a word that describes a kind of person after it: "the young Flemish painter"
                result[at] = as_person(result[at], text)
            elif word in ("called", "named") and after_a_kind_of_person(text, begin):
                # "a spirit child called Azaro", "a daughter named Yrse" (in the training sets
                # the 2 names so placed are people's)
                result[at] = as_person(result[at], text)
            elif (
                (
                    after_comma
                    and word.lower() in gazetteer()["title"]
                    # (not a word of a venue's name before: "the Theatre Royal, Drury Lane";
                    # but "the Minister of State, Comte Anglès")
                    and not (
                        at
                        and result[at - 1].end > begin
                        and not _VENUES.isdisjoint(result[at - 1].tokens)
                    )
                )
                # "20-year-old Tiger Woods": an age, before a full name (not "a 10-year-old
                # Volvo")
                or (len(result[at].tokens) > 1 and _AGED.fullmatch(word) is not None)
            ):
                # "Malaysia's Prime Minister, Najib Razak said"
                result[at] = as_person(result[at], text)
            elif not (after_comma and _a_persons_kind_of_them(text, begin)):
                relabel = relabel_after(text, word, begin, kinds_of_lists)
        while relabel is not None:
            result[at] = relabel(result[at])
            if at + 1 == len(result) or not (
                LIST_JOIN.fullmatch(text, result[at].end, result[at + 1].start)
                # a title in a list of things may hold a possessive: "His novels include
                # Salka Valka, Independent People and Iceland's Bell"
                or (
                    relabel is as_thing
                    and _POSSESSIVE_JOIN.fullmatch(text, result[at].end, result[at + 1].start)
                )
            ):
                break
            at += 1
        at += 1
    return result


def _the_end_of_a_name_before(text: str, before: NameSpan, name: NameSpan) -> bool:
    """Whether a name follows a place's or an organisation's name and a particle between
    them, which the model parted: the end of that name (in the training sets no person's
    name follows another name and a particle so); but not after a title or a given name,
    which opens a person's name ("M. le Duc | de | Berry")."""
    last = before.tokens[-1]
    return (
        before.kind != "PER"
        and _A_PARTICLE_BETWEEN.fullmatch(text, before.end, name.start) is not None
        and not is_given_name(last)
        and last.lower() not in gazetteer()["title"]
    )


# (and Spanish "y", which the training sets' names hold whole: "Coahuila y Texas", "Bares y
# Fondas")
_A_PARTICLE_BETWEEN = re.compile(
    r"[^\S\n]+(?:de|di|da|del|della|degli|dei|delle|dello|do|dos|das|du|des|es|y)[^\S\n]+"
)


def _a_work_credited_or_awarded(text: str, name: NameSpan) -> bool:
    """Whether a name is a work's, by what the text says of it: made by someone, between
    commas ("Do Bigha Zamin, directed by Bimal Roy, won"), or awarded for ("won best actor
    for Daag"); no person is directed or written by anyone."""
    # (the cheap tests first: most names are followed by no comma and follow no "for")
    return (
        text.startswith(",", name.end) and _CREDITED_AFTER.match(text, name.end) is not None
    ) or (
        text.endswith("for ", max(0, name.start - 4), name.start)
        and _AWARDED_FOR_BEFORE.search(text, max(0, name.start - 40), name.start) is not None
    )


_CREDITED_AFTER = re.compile(
    r",[^\S\n]+(?:directed|written|co-written|composed|produced)[^\S\n]+by\b"
)
_AWARDED_FOR_BEFORE = re.compile(
    r"\b[Bb]est[^\S\n]+(?:actor|actress|film|director|picture|screenplay|score|song)"
    r"(?:[^\S\n]+in[^\S\n]+a[^\S\n]+(?:leading|supporting)[^\S\n]+role)?[^\S\n]+for[^\S\n]+$"
)


def _a_place_now_named(text: str, name: NameSpan, following: NameSpan) -> bool:
    """Whether a name is followed by ", now" or ", near" and a place's name: a place's former
    name ("moved the capital to Thăng Long, now Hanoi") or a place near another ("from
    Cinisello Balsamo, near Milan"; in the training sets the 12 names before ", near" are
    places')."""
    return (
        following.kind == "LOC"
        and _NOW_BETWEEN.fullmatch(text, name.end, following.start) is not None
    )


_NOW_BETWEEN = re.compile(r",[^\S\n]+(?:now|near)[^\S\n]+")


def _a_realm_of_rulers(text: str, name: NameSpan) -> bool:
    """Whether one word follows rulers or lords in lower case and "of": their realm ("built
    by the kings of Champa", "the sultans of Brunei", "became duke of Courland"; the tagged
    sets hold no one-word name after a lord's word and "of", the written sets 7, all places').
    Not a bishop's see, before which his name may follow in apposition: "the bishop of Mainz,
    Lullus"."""
    return (
        len(name.tokens) == 1
        and text.endswith("of ", max(0, name.start - 3), name.start)
        and _RULERS_OF_BEFORE.search(text, max(0, name.start - 20), name.start) is not None
    )


_RULERS_OF_BEFORE = re.compile(
    r"\b(?:kings?|queens?|rulers?|emperors?|sultans?|khans?|kingdom|dukes?|duchess|princes?"
    r"|princess|counts?|countess|earls?|margraves?|electors?|tsars?|marquis"
    r"|barons?|lords?)[^\S\n]+of[^\S\n]+$"
)


# German words that join a place's name, never a person's.
_NO_PERSONS_PARTICLES = frozenset({"im", "am", "zum", "zur", "beim", "vom", "ob"})
# Words before a god's or a saint's name: "a temple dedicated to Shiva".
_DEDICATED_TO_BEFORE = re.compile(r"\b(?:dedicated|consecrated)[^\S\n]+to[^\S\n]+$")
_POSSESSIVE_JOIN = re.compile(r"[^\S\n]*['’]s[^\S\n]+")


def _initial_between_names(tokens: tuple[str, ...]) -> bool:
    """A given name, a middle initial and a surname: "Booker T. Washington", "Michael J. Fox",
    which the model read as a place or a firm for their surnames."""
    return (
        len(tokens) == 3
        and is_initial(tokens[1])
        and tokens[0][:1].isupper()
        and tokens[0].isalpha()
        and tokens[2][:1].isupper()
        and len(tokens[2]) > 1  # not "le Capitaine S. S."
        and tokens[2].replace("-", "").replace("'", "").isalpha()
        and not is_institution_word(tokens[2])
        and tokens[2].lower() not in sentence_starters()  # not "Triple H. His father"
    )


def _a_name_with_a_particle(tokens: tuple[str, ...]) -> bool:
    """A given name, a particle ("von", "van", perhaps "der"; "di", "da", "de", perhaps "la"...)
    and a surname: "Baldur von Schirach", "Luca Cordero di Montezemolo", read as a place (in
    the training sets 126 names so made with "von" or "van" are people's, 3 are not, one of
    them "Rembrandt van Rijn"; with the others, 173 against 24, where the first word is no
    place's ("Santa Cruz de Tenerife", "Sierra de Segura") nor the last a city's or a
    country's ("Marina di Ragusa", "Santiago de Cuba"); most of the 24 are towns named after
    people, "Bernardino de Campos", or clubs, "Vasco da Gama")."""
    # (a particle with a capital after a given name too: "Wilfried Van Moer"; in the
    # training sets 49 names of three words so made are people's, 2 more tagged otherwise)
    particles = [
        at
        for at, word in enumerate(tokens)
        if word in _PARTICLES_BEFORE_A_SURNAME
        or (at == 1 and word.lower() in _CAPITAL_PARTICLES and word[:1].isupper())
    ]
    if len(tokens) < 3 or len(particles) != 1 or not 0 < particles[0] < len(tokens) - 1:
        return False
    at = particles[0]
    surname = tokens[at + 1 :]
    if surname[0] in ("der", "den", "zu", "la", "las", "los", "le"):
        surname = surname[1:]
    first = tokens[0].lower()
    if tokens[at] not in ("von", "van") and (
        first in people_rules()["not_given_here"]
        or first in _PLACES_OPENINGS
        or surname[0] == tokens[0]  # "Dieu de Dieu"
        or in_lists(surname[0].lower(), ("city", "place", "loc"))
        or code_for(surname[0])
    ):
        return False
    # (a ruler's number may stand before the particle: "Cosimo I de' Medici")
    given = [w for w in tokens[1:at] if not REGNAL_NUMBER.fullmatch(w)]
    return (
        is_given_name(tokens[0])
        and len(surname) == 1
        and all(map(_a_plain_name_word, (tokens[0], *given, *surname)))
    )


_PARTICLES_BEFORE_A_SURNAME = frozenset(
    "von van di da de de' de’ del della do dos das du af".split()
)
_CAPITAL_PARTICLES = _PARTICLES_BEFORE_A_SURNAME | {"la", "le"}
# Words that open places' names as given names open people's ("Sierra de Segura"), besides
# those of `not_given_here` ("Santa Cruz de Tenerife", "Terra Del Fuego"); and articles,
# which some lists hold as given names ("Le Roi de Prusse", "Les Marguerites de la
# Marguerite").
_PLACES_OPENINGS = frozenset(
    "santo sierra vale île ile le la les el il lo terra tierra madonna villa borgo castel "
    "castello torre ponte pieve porto monte rocca".split()
)


def _a_fellow_of_a_people(text: str, name: NameSpan) -> NameSpan | None:
    """The person's name after a people's word that "fellow" comes before, where the model
    read the two as one name: "his fellow Hawaiian Pua Kealoha" (in the training sets every
    name after "fellow" and a people's word is a person's: "fellow Briton Graeme Obree")."""
    tokens = name.tokens
    if (
        len(tokens) < 3
        or not _PEOPLES_WORD.fullmatch(tokens[0])
        or is_given_name(tokens[0])  # "his fellow Brian | Smith Jones"? a name of three words
        or not all(map(_a_plain_name_word, tokens[1:]))
        or not _FELLOW_BEFORE.search(text, max(0, name.start - 12), name.start)
    ):
        return None
    part = part_of_name(text, name, 1, len(tokens))
    return None if part is None else dataclasses.replace(part, kind="PER")


# A people's word: "Hawaiian", "Briton", "Finn", "Japanese", "Scot", "Swede", "Pakistani".
_PEOPLES_WORD = re.compile(r"[A-Z][a-z]+(?:an|on|ese|ish|i|ot|ede|nn|ch|k)")
_FELLOW_BEFORE = re.compile(r"\bfellow[^\S\n]+$")


def _a_plain_name_word(word: str) -> bool:
    """A capitalised word of letters (a hyphen allowed), no institution's."""
    return is_title_case(word) and word.replace("-", "").isalpha() and not is_institution_word(word)


# What only a person does: "McCartney married Linda Eastman", "Hemingway died in Idaho".
_LIFE_EVENT_AFTER = re.compile(
    r"[^\S\n]+(?:married|remarried|divorced|died|was[^\S\n]+(?:born|buried|baptised"
    r"|baptized|knighted|widowed)|gave[^\S\n]+birth)\b"
    r"(?![^\S\n]+(?:down|away|out|off)\b)"  # not "the noise died down"
)


def _one_name_before_a_life_event(text: str, name: NameSpan) -> bool:
    """One capitalised word, no country's nor an institution's, that marries, dies or was
    born: a person, where the model read a firm at a sentence's start."""
    word = name.tokens[0]
    return (
        len(name.tokens) == 1
        and is_title_case(word)
        and not is_institution_word(word)
        and not code_for(word)
        and not in_lists(word.lower(), ("city", "place"))
        and _LIFE_EVENT_AFTER.match(text, name.end) is not None
    )


# A month's name, among the dates of a life: "Mindaugas (c. 1203 – 12 September 1263)".
_MONTH = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\.?(?=[^\S\n]|,|$)"
)


def _a_peers_title_and_name(text: str, name: NameSpan) -> bool:
    """Whether a name is a peer's or a knight's title and one more capitalised word, no
    institution's: "Lord Auckland", read as a place (in the training sets 18 of 23 such names
    are people's; of the others, one is "Duke University", one the given name "Earl"); not a
    numbered title after a peer's name ("Lucius Cary, 2nd Viscount Falkland") nor an office
    after an article ("called a Lord Warden")."""
    tokens = name.tokens
    return (
        len(tokens) == 2
        and not _A_NUMBER_OR_AN_ARTICLE_BEFORE.search(text, max(0, name.start - 8), name.start)
        and tokens[0] in _PEERS_TITLES
        and is_title_case(tokens[1])
        and not is_institution_word(tokens[1])
    )


_A_NUMBER_OR_AN_ARTICLE_BEFORE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|[Aa]n?|[Tt]he)[^\S\n]+$")
_PEERS_TITLES = frozenset(
    "Lord Lady Sir Dame Duke Duchess Baron Baroness Viscount Viscountess Marquess Marquis "
    "Countess".split()
)


def _before_who(text: str, name: NameSpan) -> bool:
    """Whether a name of two or three capitalised words, no country's nor institution's and
    not opening with a place's, comes before ", who": "the idea of Ratan Tata, who wanted" (in the training
    sets 84 of 88 such names are people's, the others teams named after their towns: "London
    Broncos, who"); not right after "the", which no person's name is there ("a people of the
    Pacific Northwest, who live")."""
    return (
        2 <= len(name.tokens) <= 3
        and _WHO_AFTER.match(text, name.end) is not None
        and not text.endswith(("the ", "The "), max(0, name.start - 4), name.start)
        and all(is_title_case(t) and not is_institution_word(t) for t in name.tokens)
        and not in_lists(name.tokens[0].lower(), ("city", "place", "loc"))
        and not code_for(" ".join(name.tokens))
    )


_WHO_AFTER = re.compile(r",[^\S\n]+who\b")
# A character's name follows: "Peter Pears sang the part of Grimes", "he played the role of
# Hamlet" (not "the role of Fort Lee in the war", no one playing it; nor "singing the title
# part of Lucia di Lammermoor", where the work follows).
_PLAYED_THE_PART_OF_BEFORE = re.compile(
    r"\b(?:play(?:s|ed|ing)?|sang|sings|singing|danced|dances)[^\S\n]+the[^\S\n]+"
    r"(?:leading[^\S\n]+|main[^\S\n]+)?(?:part|role)[^\S\n]+of[^\S\n]+$"
)
# An ancestor's name follows: "descended from Charlemagne", "a descendant of Simon" (in the
# training sets the 2 names so placed, in the written sets the 3, are people's).
_DESCENDED_FROM_BEFORE = re.compile(r"\b(?:descended[^\S\n]+from|descendants?[^\S\n]+of)[^\S\n]+$")


def _a_god_worshipped(text: str, name: NameSpan) -> bool:
    """Whether one capitalised word, no country's, institution's or place's, follows a
    temple, a shrine, a cult or a worship "of": a god or a holy person, "a temple of Vishnu",
    "their worship of Krishna" (in the tagged and written sets the 6 names so placed in lower
    case are; not "the Temple of Heaven", capitalised, a temple's own name, nor "the temple
    of Besakih", a village's)."""
    return (
        len(name.tokens) == 1
        and is_a_plain_name_word(name.tokens[0])
        and not code_for(name.tokens[0])
        and _WORSHIPPED_IN_BEFORE.search(text, max(0, name.start - 24), name.start) is not None
    )


# (not after "the": "a great ceremony at the temple of Besakih", a village)
_WORSHIPPED_IN_BEFORE = re.compile(
    r"(?<!\bthe[^\S\n])\b(?:temples?|shrines?|cult|worship)[^\S\n]+of[^\S\n]+$"
)


def _a_saint_of_a_feast_or_a_tomb(text: str, name: NameSpan) -> bool:
    """Whether "Saint" and a given name follow a saint's feast's, tomb's or relics' word in
    lower case and "of": the saint, "on the feast of Saint Luke", read as a place (in the
    written sets the 6 names after "feast of" or "tomb of" are saints'; not a church's, whose
    saint they write as a person 4 times in 11, "the church of Saint Barbara")."""
    return (
        len(name.tokens) == 2
        and name.tokens[0] in SAINT_WORDS
        and is_given_name(name.tokens[1])
        and _A_FEAST_OR_A_TOMB_OF_BEFORE.search(text, max(0, name.start - 24), name.start)
        is not None
    )


_A_FEAST_OR_A_TOMB_OF_BEFORE = re.compile(r"\b(?:feast|tomb|relics)[^\S\n]+of[^\S\n]+$")


def _a_full_name_after_a_government_of(text: str, name: NameSpan) -> bool:
    """Whether a name of two words or more that opens with a given name (or holds a particle
    inside: "The government of Hermes da Fonseca") and names no country follows a
    government's or a reign's word and "of": its head, "the government of Daniel arap Moi",
    read as a place (in the tagged sets 4 of the 7 names after one are people's and the other
    3 countries'; with the written sets 51 of 56, the other 5 countries')."""
    particles = people_rules()["particles"]
    return (
        len(name.tokens) > 1
        and (
            is_given_name(name.tokens[0]) or any(token in particles for token in name.tokens[1:-1])
        )
        and not code_for(" ".join(name.tokens))
        and _GOVERNMENT_OF_BEFORE.search(text, max(0, name.start - 30), name.start) is not None
    )


_GOVERNMENT_OF_BEFORE = re.compile(
    r"\b(?:governments?|administration|regime|rule|reign|cabinet|presidency|dictatorship)"
    r"[^\S\n]+of[^\S\n]+$"
)


def _a_full_name_after_a_relatives_word(text: str, name: NameSpan) -> bool:
    """Whether a name of two words or more, none an institution's, follows a relative's or a
    friend's word and "of": "a relative of Alfred Dreyfus by marriage", read as an
    organisation (not "the daughter of Oxford University academic Peter Birks"; in the
    tagged sets 103 of the 117 names after one are people's, and most of the rest are
    people's names that WikiANN's machine tagged otherwise: "the son of Robert I of
    Flanders")."""
    return (
        len(name.tokens) > 1
        and not any(map(is_institution_word, name.tokens))
        and after_a_relative_of(text, name.start)
    )


def _a_rulers_title_and_realm(tokens: tuple[str, ...]) -> bool:
    """Whether a name is a ruler's title, a name (and perhaps its number) and "of" a realm:
    "King Charles X of France", read as an organisation (in the training sets 24 of 26 such
    names are people's, and the other two are people's names too: "Prince Max of Baden").
    A longer title counts by its last word: "Crown Princess Victoria of Sweden"."""
    longer = next((t for t in _LONGER_RULERS_TITLES if tokens[: len(t)] == t), None)
    if longer is not None:
        tokens = tokens[len(longer) - 1 :]
    at = 3 if len(tokens) > 3 and REGNAL_NUMBER.fullmatch(tokens[2]) else 2
    # the realm, perhaps after "the": "King Edward VII of the United Kingdom"
    realm = tokens[at + 2 :] if tokens[at + 1 : at + 2] == ("the",) else tokens[at + 1 :]
    return (
        len(tokens) > at + 1
        and (longer is not None or tokens[0] in RULERS_TITLES)
        and is_title_case(tokens[1])
        and not is_institution_word(tokens[1])
        and tokens[at] == "of"
        and realm[:1] != ()
        and realm[0][:1].isupper()
    )


def _a_rulers_title_and_names(tokens: tuple[str, ...]) -> bool:
    """Whether a name is a ruler's title and two words or more of a person's name or a
    number: "King Stanisław August Poniatowski", "King Farouk I", "Empress Lý Chiêu Hoàng",
    read as an organisation (in the training sets the 14 names so made are people's, though
    WikiANN's machine tags 6 of them as organisations; not "Queen Charlotte Sound", "Queen
    Maud Land", whose words are a place's or everyday ones). The title may be a longer one:
    "Holy Roman Emperor Charles IV", "Grand Duke Michael Alexandrovich", "Crown Prince
    Christian" (5 of the 6 such names followed by a person's name words are people's in
    training; the sixth, "Grand Duke of Oldenburg", has none)."""
    for title in _LONGER_RULERS_TITLES:
        if tokens[: len(title)] == title:
            # one word is enough after a title this long: "Crown Prince Christian"
            return len(tokens) > len(title) and all(map(_a_persons_name_word, tokens[len(title) :]))
    return (
        len(tokens) >= 3
        and tokens[0] in RULERS_TITLES
        and all(map(_a_persons_name_word, tokens[1:]))
    )


_LONGER_RULERS_TITLES = (
    ("Holy", "Roman", "Emperor"),
    ("Crown", "Prince"),
    ("Crown", "Princess"),
    ("Grand", "Duke"),
    ("Grand", "Duchess"),
    ("Grand", "Prince"),
)


def _an_office_and_a_name(tokens: tuple[str, ...]) -> bool:
    """Whether a name is "President", "Senator", "Governor" or "Chancellor" and one more word
    of a person's name: "President Sukarno", read as an organisation (in the training sets
    no name so made is anything else; but "General Motors", "Premier League"), or two or three
    such words: "President Plutarco Elías Calles", read as a place (the training sets tag no
    name so made: they leave the title out); or such a title, a full name, "of" and a state:
    "Senator Carter Glass of Virginia", read as a place."""
    if 2 <= len(tokens) <= 4:
        return tokens[0] in _OFFICES_BEFORE_A_NAME and all(map(_a_persons_name_word, tokens[1:]))
    # and a given name, a surname, "of" and a state of the United States, which the training
    # sets tag apart: "Senator Carter Glass of Virginia", read as one place
    return (
        len(tokens) >= 5
        and tokens[0] in _OFFICES_BEFORE_A_NAME
        and is_given_name(tokens[1])
        and is_title_case(tokens[1])
        and is_title_case(tokens[2])
        and tokens[3] == "of"
        and " ".join(tokens[4:]) in states_of_the_united_states()
    )


_ADDRESSED_AS = frozenset({"Your", "His", "Her", "My", "Our"})
_NAMED_BEFORE = re.compile(
    r"\b(?:named|called|christened|baptised|baptized|nicknamed|dubbed|call|calls|calling)"
    r"[^\S\n]+$"
)
_THE_BEFORE_YOUNG = re.compile(r"\b[Tt]he[^\S\n]+$")
_OFFICES_BEFORE_A_NAME = frozenset({"President", "Senator", "Governor", "Chancellor"})


def _a_persons_name_word(word: str) -> bool:
    """A regnal number, a given name or a capitalised word of no other kind of name (as the
    one name after a ruler's title in `is_ruler_and_name`)."""
    return (
        REGNAL_NUMBER.fullmatch(word) is not None
        or is_a_plain_name_word(word)
        or (is_given_name(word) and is_title_case(word) and not is_institution_word(word))
    )


def _the_author_of_a_work_after(text: str, name: NameSpan) -> bool:
    """Whether a name of capitalised words, no country's, place's or firm's, owns a work of
    art: "in Mussorgsky's opera", "Munch's paintings" (in the training sets the 5 names so
    placed are all people's)."""
    return (
        _A_WORK_OF_ART_AFTER.match(text, name.end) is not None
        and all(t[:1].isupper() for t in name.tokens)
        and not code_for(" ".join(name.tokens))
        and not any(
            in_lists(t.lower(), ("place", "city", "loc")) or is_institution_word(t)
            for t in name.tokens
        )
        and not (len(name.tokens) == 1 and name.tokens[0].lower() in people_rules()["firms_alone"])
    )


_A_WORK_OF_ART_AFTER = re.compile(
    r"['’]s[^\S\n]+(?:operas?|novels?|symphon(?:y|ies)|plays?|poems?|paintings?|sonatas?"
    r"|concertos?|ballets?|oratorios?|cantatas?|requiem)\b"
)


def _before_a_lifespan(text: str, name: NameSpan) -> bool:
    """Whether a name of up to four capitalised words, no institution's nor a country's, has
    dates of birth and death in brackets after it, a month among them: a person, as a
    biography opens (in the training sets 71 names before such brackets are people's; of the
    9 others, two are people's too, the rest hold a lower-case word, a digit or an
    institution's word). One word must be a given name: a racehorse's dates follow its name
    too ("Seabiscuit (23 May 1933 – 17 May 1947)")."""
    tokens = name.tokens
    if not 1 <= len(tokens) <= 4 or not text.startswith(("(", " ("), name.end):
        return False
    lifespan = lifespan_after(text, name.end)
    # a ruler's name and number, after which the years alone will do: "Sobhuza II (1899 – 1982)"
    ruler = (
        len(tokens) == 2
        and REGNAL_NUMBER.fullmatch(tokens[1]) is not None
        and _a_plain_name_word(tokens[0])
    )
    return (
        lifespan is not None
        and (ruler or _MONTH.search(lifespan) is not None)
        # (or a saint's or a ruler's name "of" a place: "Anselm of Canterbury (c. 1033 – 21
        # April 1109)", read as a place)
        and (
            ruler
            or all(map(_a_plain_name_word, tokens))
            or (
                len(tokens) == 3 and tokens[1] == "of" and all(map(_a_plain_name_word, tokens[::2]))
            )
        )
        and not code_for(" ".join(tokens))
        and (len(tokens) > 1 or is_given_name(tokens[0]))
    )


def _a_firm_among_firms(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """Whether a name read as a person's, which no given name opens, stands in a list of
    three or more where organisations are at least two and at least as many as people:
    an organisation ("with Alfa Romeo, Mercedes-Benz, Ferrari and Maserati")."""
    listed = whole_list(text, names, number)  # most names stand in no list: asked first
    if len(listed) < 3:
        return False
    name = names[number]
    if is_given_name(name.tokens[0]) or not all(is_title_case(w) for w in name.tokens):
        return False
    firms = sum(n.kind == "ORG" for n in listed)
    return firms >= 2 and firms >= sum(n.kind == "PER" for n in listed)


def _a_firms_branch_in_a_country(tokens: tuple[str, ...]) -> bool:
    """Whether a name is an acronym and a country's name, not all in capitals: a firm's
    branch there ("LATAM Perú", "AOL Germany", "NBA TV Canada"; in the training sets 11 of
    the 12 names so made are organisations' or places', the other a gazetteer's that
    WikiANN's machine tagged as a person's); not a given name ("MJ Jordan")."""
    last = tokens[-1]
    return (
        len(tokens) > 1
        and len(tokens[0]) > 1
        and tokens[0].isalpha()
        and tokens[0].isupper()
        and not last.isupper()
        and code_for(without_accents(last)) is not None
        and not is_given_name(last)
    )


def _a_full_name_of_a_place(tokens: tuple[str, ...], after_a_kind: bool) -> bool:
    """Whether the words are a full name that a given name opens (or any name, after a kind
    of person), "of" and a city or a country: a person and where he or she is from ("Carl
    Edvard Marius Levy of Copenhagen", "the humanist Desiderius Erasmus of Rotterdam"; not
    "Bank of England", "Isle of Man")."""
    if tokens.count("of") != 1:
        return False
    at = tokens.index("of")
    head, place = tokens[:at], " ".join(tokens[at + 1 :])
    return (
        2 <= len(head) <= 5
        and (after_a_kind or is_given_name(head[0], of_other_countries=False))
        and all(w.isalpha() and is_title_case(w) and not is_institution_word(w) for w in head)
        and not any(code_for(w) for w in head)
        and (in_lists(place.lower(), ("city",)) or code_for(place) is not None)
    )


_A_ROLES_END_ON_A_LINE = re.compile(r"[^\S\n]*(?:\n|\(|,|$)")
_A_CLAUSES_END_AFTER = re.compile(r"[^\S\n]*(?:[,;.)]|$)")


def _a_role_after_an_actor(text: str, actor: NameSpan, name: NameSpan) -> bool:
    """Whether `name` ends a cast list's line that an actor opens, after "as": "George Raft as
    Spats Colombo" (the role, a character, whatever the model read; not "Tony Curtis as
    Himself"); or, in a sentence, follows an actor's full name and "as" and ends a clause:
    "with Ron Perlman as Hellboy, in 2004" (not a band's name, "with Jimmy Cauty as The
    Orb", nor a club's before its player's word: "Phillip DeFreitas as Boland's overseas
    professional")."""
    if actor.kind != "PER" or text[actor.end : name.start] != " as ":
        return False
    if actor.start == 0 or text[actor.start - 1] == "\n":
        # a cast list's line: the role ends it, or a bracket or a comma follows ("Max von
        # Sydow as Antonius Block, a knight"; not "Michael O'Neill as Asst.")
        role = _A_ROLES_END_ON_A_LINE.match(text, name.end) is not None
    else:
        role = (
            len(actor.tokens) > 1
            and name.tokens[0] != "The"
            and _A_CLAUSES_END_AFTER.match(text, name.end) is not None
        )
    return (
        role
        and not (len(name.tokens) == 1 and in_lists(name.tokens[0].lower(), ("common", "everyday")))
        and len(name.tokens) <= 4
        and all(is_title_case(word) and not is_institution_word(word) for word in name.tokens)
        and not code_for(" ".join(name.tokens))
    )


def _a_role_played_by(text: str, name: NameSpan, actor: NameSpan) -> bool:
    """Whether `name` is a role an actor's full name plays, after a comma or a bracket:
    "Hawkeye, played by Alan Alda, spends", "Clarabelle Cow (voiced by" (a character, whatever
    the model read; not a common word: "Football, played by")."""
    return (
        actor.kind == "PER"
        and len(actor.tokens) > 1
        and PLAYED_BY.fullmatch(text, name.end, actor.start) is not None
        and not (len(name.tokens) == 1 and in_lists(name.tokens[0].lower(), ("common", "everyday")))
        and len(name.tokens) <= 3
        and all(is_title_case(word) and not is_institution_word(word) for word in name.tokens)
        and not code_for(" ".join(name.tokens))
    )


def _a_rulers_name_in_brackets(text: str, before: NameSpan, name: NameSpan) -> bool:
    """Whether `name` is a name and a ruler's number alone in brackets right after a
    person's name, or a name that a title opens: the name the ruler reigned by ("King
    Mongkut (Rama IV)")."""
    tokens = name.tokens
    return (
        len(tokens) > 1
        and REGNAL_NUMBER.fullmatch(tokens[-1]) is not None
        and (before.kind == "PER" or before.tokens[0].lower() in gazetteer()["title"])
        and all(is_title_case(word) and not is_institution_word(word) for word in tokens[:-1])
        and text[before.end : name.start].strip() == "("
        and text[name.end : name.end + 2].strip().startswith(")")
    )


# "The head coach was Herb Sendek", "Its architect was Harold W. Burton": in the training
# sets, nine names follow a kind of person and "is" or "was", all people's.
# (not a place's centre: "Its centre is Hallasan", a mountain; but "its hero is Pogo")
_KIND_IS_BEFORE = re.compile(r"(?<![Ii]ts[^\S\n](?=cent))\b([a-z-]+)[^\S\n]+(?:is|was)[^\S\n]+$")


def _a_kind_is(text: str, start: int, end: int, kinds: frozenset[str]) -> bool:
    """Whether a kind of person and "is" or "was" come right before `start`; not where the
    name only qualifies a kind of person and a name after it ("Her sister-in-law is Playback
    singer Tulsi Kumar")."""
    if not text.endswith(("is ", "was "), max(0, start - 4), start):
        return False  # (most names follow neither: the test is cheaper than the pattern)
    match = _KIND_IS_BEFORE.search(text, max(0, start - 40), start)
    if match is None or match.group(1) not in kinds:
        return False
    after = _A_KIND_AND_A_NAME_AFTER.match(text, end)
    return after is None or after.group(1) not in kinds


_A_KIND_AND_A_NAME_AFTER = re.compile(r"[^\S\n]+([a-z]+)[^\S\n]+[A-Z]")


# "Ronaldo de Assis Moreira, commonly known as Ronaldinho": the person's other name.
_KNOWN_AS = re.compile(
    r"[^\S\n]*(?:\([^()\n]{0,80}\))?[^\S\n]*,[^\S\n]+"
    r"(?:(?:also|commonly|better|popularly|professionally|simply|widely|mononymously)"
    r"[^\S\n]+)?known[^\S\n]+(?:(?:professionally|simply|mononymously|popularly)[^\S\n]+)?"
    r"as[^\S\n]+[\"“]?"
    # or a nickname in quotation marks: 'Emilio Butragueño, called " El Buitre "'
    r"|[^\S\n]*,[^\S\n]+(?:called|nicknamed|dubbed)[^\S\n]+[\"“][^\S\n]*"
)
_HIMSELF_AFTER = re.compile(r"[^\S\n]+(?:himself|herself)\b")
_TOOK_THE_NAME_BEFORE = re.compile(
    r"\b(?:(?:took|adopted|assumed|chose|given|received)[^\S\n]+the"
    r"|under[^\S\n]+the(?:[^\S\n]+(?:pen|stage))?)[^\S\n]+name[^\S\n]+$"
)
# A firm's or a product's verbs before "under the name": "sold under the name Prozac", "began
# to sell monosodium glutamate in 1909 under the name Ajinomoto".
_SOLD_BEFORE = re.compile(
    r"\b(?:sell|sells|selling|sold|market|marketed|trade|trades|traded|registered|branded"
    r"|licensed|listed|made|produced|manufactured|launched)\b"
)


def _a_name_taken(text: str, name: NameSpan) -> bool:
    """Whether a name of no place follows "took the name" (or "adopted", "was given"...) or
    "under the name": a person's new name ("he took the name Fatumbi", "took the name Willy
    Brandt", "wrote novels under the name Nevil Shute"; in the training sets the 17 names
    right after "the name" are people's), not a town's ("the city took the name Leningrad")
    nor a product's ("sold under the name Prozac")."""
    took = _TOOK_THE_NAME_BEFORE.search(text, max(0, name.start - 32), name.start)
    return (
        took is not None
        and not any(
            code_for(word) or in_lists(word.lower(), ("place", "city", "loc"))
            for word in name.tokens
        )
        and not (
            took.group().startswith("under")
            and _SOLD_BEFORE.search(text, max(0, took.start() - 40), took.start())
        )
    )


# A kind of person or a role and "of the" (or "of his"...) before a plural kind and a comma.
_A_PERSONS_KIND_OF_THEM = re.compile(
    r"\b([a-z]+)[^\S\n]+of[^\S\n]+(?:the|his|her|its|their)[^\S\n]+$"
)


def _a_persons_kind_of_them(text: str, begin: int) -> bool:
    """Whether a kind of person and "of the" stand before the plural at `begin`, so that a name
    after it and a comma is that person's, not one of the plural's: "the founder of the
    games, Pierre de Coubertin" (not "albums such as Pablo Honey")."""
    kind = _A_PERSONS_KIND_OF_THEM.search(text, max(0, begin - 40), begin)
    return kind is not None and kind.group(1) in kinds_and_roles_of_people()


def _one_name_of_a_place_after_by(text: str, tokens: tuple[str, ...], start: int) -> bool:
    """Whether one capitalised word that no list knows, "of" and a place's name, read as an
    organisation, follow "by": a person known by a name and a town ("founded in 1700 by
    Mekhitar of Sebaste"; in the training sets 18 of the 19 such names after "by" are
    people's, the other a band's, "Puddle of Mudd")."""
    return (
        len(tokens) == 3
        and tokens[1] == "of"
        and text.endswith("by ", max(0, start - 3), start)
        and tokens[0].isalpha()
        and tokens[0].istitle()
        and tokens[2][:1].isupper()
        and not is_institution_word(tokens[0])
        and not in_lists(tokens[0].lower(), WORD_LISTS)
        and not code_for(tokens[0])
    )


_A_QUOTE_BEFORE = re.compile(r"[\"“][^\S\n]*$")
_A_CLOSING_QUOTE_AFTER = re.compile(r"[^\S\n]*[\"”]")


def _a_nickname_given(text: str, name: NameSpan) -> bool:
    """Whether a name in quotation marks follows "called him" or "called her": a person's
    nickname ('The soldiers called her " Hanoi Hannah "')."""
    opening = _A_QUOTE_BEFORE.search(text, max(0, name.start - 4), name.start)
    return (
        opening is not None
        and _A_CLOSING_QUOTE_AFTER.match(text, name.end) is not None
        and given_him_or_her(text, opening.start())
    )


def _a_name_given_before_he_or_she(text: str, name: NameSpan) -> bool:
    """Whether "Nicknamed" or "Born" opens the name, read whole as a place or an organisation,
    and "he" or "she", or a son's or a daughter's word, follows it after a comma: "Nicknamed
    Homicide Hank, he later became a minister", "Born Vajk, son of the prince Géza" (the
    person's name, once the first word is taken off)."""
    return (
        len(name.tokens) > 1
        and name.tokens[0] in ("Nicknamed", "Born")
        and _HE_OR_SHE_AFTER.match(text, name.end) is not None
    )


_HE_OR_SHE_AFTER = re.compile(
    r"[^\S\n]*,[^\S\n]+(?:he|she|(?:the[^\S\n]+)?(?:son|daughter)[^\S\n]+of)\b"
)

# A plural kind of person and a colon before a list: "with four Inuit men: Ootah, Egingwah".
_PLURAL_KIND_AND_COLON = re.compile(r"\b([a-z]+)[^\S\n]*:[^\S\n]*$")


def _listed_after_people(
    text: str, names: Sequence[NameSpan], number: int, kinds: frozenset[str]
) -> bool:
    """Whether a name of capitalised words stands in a list that a plural kind of person and
    a colon open: "with four Inuit men: Ootah, Egingwah, Seegloo and Ooqueah", read as places
    (in the training sets the 3 names after such words and a colon are people's: "two sons :
    John I and Henry X")."""
    start = names[first_of_the_list(text, names, number)].start
    if not text.endswith((":", ": "), max(0, start - 2), start):
        return False  # (the cheap test first)
    match = _PLURAL_KIND_AND_COLON.search(text, max(0, start - 30), start)
    return (
        match is not None
        and (match.group(1) in _PEOPLE_WORDS or plural_kind(match.group(1), kinds))
        and all(is_title_case(word) for word in names[number].tokens)
    )


_PEOPLE_WORDS = frozenset("men women people persons".split())


def _a_saint_of_a_country(tokens: tuple[str, ...]) -> bool:
    """Whether the words after "Saint" are a given name, "of" and a country: "Saint Bridget of
    Sweden", "Saint Elizabeth of Hungary" (a place is never so named)."""
    return (
        len(tokens) == 4
        and tokens[2] == "of"
        and is_given_name(tokens[1])
        and code_for(tokens[3]) is not None
    )


def _a_prizes_winner(text: str, name: NameSpan) -> bool:
    """Whether a name of two or three capitalised words, no institution's nor a country's,
    is what a prize went to: "The prize of 2019 went to Chico Buarque" (not "the Nobel Peace
    Prize went to the Red Cross"; "went to" alone is mostly a place's verb)."""
    return (
        2 <= len(name.tokens) <= 3
        and text.endswith(" to ", max(0, name.start - 4), name.start)  # (the cheap test first)
        and _PRIZE_WENT_TO.search(text, max(0, name.start - 90), name.start) is not None
        and _plain_capitalised_words(name.tokens)
    )


def _plain_capitalised_words(tokens: tuple[str, ...]) -> bool:
    """Whether every word is a capitalised word of letters, no institution's nor a
    country's."""
    return all(word.isalpha() and is_title_case(word) for word in tokens) and not any(
        is_institution_word(word) or code_for(word) for word in tokens
    )


def _a_relative_by_the_surname(
    tokens: tuple[str, ...],
    surnames: set[str],
    full_names: set[tuple[str, ...]],
    firms: set[tuple[str, ...]],
) -> bool:
    """Whether a name of two capitalised words, the first a given name or a word of no list
    that opens none of the other `firms`, ends with one of the `surnames` of the other
    `full_names` of two words the model read as people's in the text: a relative, "Dunstan
    Cass" beside "Godfrey Cass" (not "Port Jackson" beside "Andrew Jackson", nor "Ford
    Mustang" beside "Shelby Mustang" and "the Ford Division", nor "Aston Villa" read as a
    club and once as a person)."""
    return (
        len(tokens) == 2
        and tokens[1] in surnames  # (the cheap test first)
        and not any(firm[0] == tokens[0] and firm != tokens for firm in firms)
        and tokens not in full_names  # (not the person's own name, read otherwise elsewhere)
        and all(is_title_case(word) for word in tokens)
        # (a surname of the list, or a longer word: not a model's letters, "York Mk")
        and (len(tokens[1]) > 2 or without_accents(tokens[1].lower()) in gazetteer()["surname"])
        and (is_given_name(tokens[0]) or is_a_plain_name_word(tokens[0]))
        and tokens[0] not in PLACES_FIRST_WORDS
        and not is_institution_word(tokens[0])
        and tokens[0].lower() not in _BUILDINGS_FIRST_WORDS
        # (a town's name is no surname: not "Wärtsilä Turku" beside "Meyer Turku")
        and not code_for(tokens[1])
        and not in_lists(tokens[1].lower(), ("city", "place"))
    )


# Words that open a building's name before its owner's: "Villa Müller", "Casa Batlló".
_BUILDINGS_FIRST_WORDS = frozenset(
    "villa casa palazzo palais palacio castello schloss chateau château maison haus".split()
)


def _full_names_joined(tokens: tuple[str, ...]) -> bool:
    """Whether a name is two full names joined by "and", each a given name of the Census list
    and a surname, which the model read as one place or body: "Henri Matisse and André
    Derain"."""
    if tokens.count("and") != 1:
        return False  # (the cheap test first)
    at = tokens.index("and")
    return all(
        2 <= len(part) <= 3
        and is_given_name(part[0], of_other_countries=False)
        and is_given_name_and_surname((part[0], part[-1]))
        for part in (tokens[:at], tokens[at + 1 :])
    )


def _the_teller_of_an_account(text: str, name: NameSpan) -> bool:
    """Whether a name of one to three capitalised words, no institution's nor a country's,
    owns an account, words or memoirs: "by Bede's account" (in the training sets the 2 names
    so placed are people's)."""
    return (
        len(name.tokens) <= 3
        and text.startswith(("'s", "’s", " 's", " ’s"), name.end)  # (the cheap test first)
        and _AN_ACCOUNT_AFTER.match(text, name.end) is not None
        and _plain_capitalised_words(name.tokens)
    )


_AN_ACCOUNT_AFTER = re.compile(
    r"[^\S\n]*['’]s[^\S\n]+(?:own[^\S\n]+)?(?:account|accounts|words|diary|diaries|memoirs"
    r"|autobiography|recollections)\b"
)
_PRIZE_WENT_TO = re.compile(
    r"\b(?:[Pp]rize|[Aa]ward|[Mm]edal|[Tt]rophy)\b[^.;:!?\n]{0,50}?\b(?:went|was[^\S\n]+"
    r"(?:awarded|given|presented))[^\S\n]+to[^\S\n]+$"
)


def _listed_before_people_in_apposition(
    text: str, names: Sequence[NameSpan], number: int, kinds: frozenset[str]
) -> bool:
    """Whether a name of one to three capitalised words stands in a list that a number and a
    plural kind of person follow in apposition: "Maggie and Hopey, two young women in the
    punk scene" (not "Bologna and Búzios, both in Brazil")."""
    if not _A_NUMBER_AFTER_A_COMMA.search(text, names[number].end, names[number].end + 200):
        return False  # (the cheap test first: most names stand before no such phrase)
    listed = whole_list(text, names, number)
    if len(listed) < 2:
        return False
    match = _PEOPLE_IN_APPOSITION.match(text, listed[-1].end)
    return (
        match is not None
        and (match.group(1) in _PEOPLE_WORDS or plural_kind(match.group(1), kinds))
        and len(names[number].tokens) <= 3
        and all(is_title_case(word) for word in names[number].tokens)
    )


_A_NUMBER_OF_PEOPLE = r",[^\S\n]+(?:all[^\S\n]+)?(?:two|three|four|five|both)"
_A_NUMBER_AFTER_A_COMMA = re.compile(rf"{_A_NUMBER_OF_PEOPLE}\b")
# A number and a plural kind after a comma: "two young women", "both sisters", "all three
# brothers".
_PEOPLE_IN_APPOSITION = re.compile(
    rf"[^\S\n]*{_A_NUMBER_OF_PEOPLE}[^\S\n]+"
    r"(?:[a-z][\w-]*[^\S\n]+){0,2}?([a-z]+)(?=[^\S\n]*[,.;]|[^\S\n]+(?:of|in|from|who|at|with)\b)"
)


def _another_name_of_a_person(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """Whether the name follows a person's name and "(...), known as": the name he or she
    goes by (not "Paris Saint-Germain Football Club, commonly known as PSG"). A name the
    model read otherwise is a person's where a life's years follow it: "Edson Arantes do
    Nascimento (23 October 1940 – 29 December 2022), better known as Pelé"."""
    before = names[number - 1]
    known_as = _KNOWN_AS.fullmatch(text, before.end, names[number].start)
    if not known_as:
        return False
    if before.kind == "PER":
        return True
    return _LIFE_YEARS.search(known_as.group()) is not None and as_person(before).kind == "PER"


_LIFE_YEARS = re.compile(r"\([^()]*\b(?:1\d{3}|20\d{2})\b")


def _one_word_among_people(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """One capitalised word that the model read as a place or an organisation, in a list of
    three or more that is mostly people: a person (in Les Misérables, "Enjolras, Combeferre,
    Courfeyrac, Bahorel"), if the model reads it as one elsewhere in the document."""
    name = names[number]
    if name.kind == "PER" or len(name.tokens) != 1:
        return False
    word = name.tokens[0]
    return (
        mostly_people(whole_list(text, names, number))
        and is_title_case(word)
        and not is_institution_word(word)
        and not code_for(word)
    )


_AND = re.compile(r"[^\S\n]+and[^\S\n]+")


def _a_full_name_beside_a_person(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """Whether a name of a given name and one more capitalised word, read as a place or an
    organisation, is joined by "and" to a person's name right before or after it: "Simon
    Fisher and Anthony Monaco" (in the training sets, 624 such names are people's and 9,
    all slips, organisations')."""
    tokens = names[number].tokens
    if len(tokens) != 2:
        return False
    before = names[number - 1] if number else None
    after = names[number + 1] if number + 1 < len(names) else None
    beside = (
        before is not None
        and before.kind == "PER"
        and _AND.fullmatch(text, before.end, names[number].start) is not None
    ) or (
        after is not None
        and after.kind == "PER"
        and _AND.fullmatch(text, names[number].end, after.start) is not None
    )
    return (
        beside
        and is_given_name(tokens[0])
        and all(is_title_case(w) and w.isalpha() and not is_institution_word(w) for w in tokens)
    )


def _a_full_name_opening_a_list_line(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """Whether a name of a given name and one or two more capitalised words opens a line of a
    list whose line before or after opens with a person's name followed by the same mark:
    "Shlomo Lahat , 1974 – 1993 ." among the lines of a list of mayors, read as a place; or
    one word that a description in apposition follows, as it does the person's: "Tassadar, a
    high templar" after "Arcturus Mengsk, a rebel leader" in a list of characters."""
    name = names[number]
    if not _opens_a_line(text, name.start):
        return False
    if len(name.tokens) == 1:
        word = name.tokens[0]
        mark = _DESCRIPTION_AFTER.match(text, name.end)
        if (
            mark is None
            or not is_title_case(word)
            or is_institution_word(word)
            or in_lists(word.lower(), ("common", "everyday", "city", "place"))
            or code_for(word)
        ):
            return False
    elif not (
        len(name.tokens) <= 3
        and is_given_name(name.tokens[0])
        and name.tokens[0].lower() not in _PLACES_OPENINGS  # "Les Trois-Îlets (97231)"
        and all(is_title_case(w) and not is_institution_word(w) for w in name.tokens)
        and name.tokens[-1].lower() not in _PLACES_LAST_WORDS  # "Franklin Park (2010 CDP"
    ):
        return False
    else:
        mark = _MARK_AFTER.match(text, name.end)
    # the names that open the lines before and after, past those later on the same lines
    # ("Del Boy Trotter , a market trader , played by David Jason | Rodney Trotter , ...")
    earlier = range(number - 1, max(-1, number - 6), -1)
    later = range(number + 1, min(len(names), number + 6))
    neighbours = (
        next((names[at] for at in nearby if _opens_a_line(text, names[at].start)), None)
        for nearby in (earlier, later)
    )
    return mark is not None and any(
        other is not None and other.kind == "PER" and text.startswith(mark.group(), other.end)
        for other in neighbours
    )


# Last words of places' names that open with a given name ("Franklin Park", "Maria Square").
_PLACES_LAST_WORDS = frozenset(
    "park square street road avenue hill heights springs city town township village county "
    "lake beach falls creek grove valley island bay point".split()
)


def _opens_a_line(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


_MARK_AFTER = re.compile(r"[^\S\n]*[,:(–-]")
_DESCRIPTION_AFTER = re.compile(r"[^\S\n]*,[^\S\n]+(?:an?|the)[^\S\n]+(?=[a-z])")


def _before_a_quoted_phrase(text: str, name: NameSpan) -> NameSpan:
    """A name the model ran on into a quotation that opens in lower case, cut before it:
    "Harlow" of 'called Harlow "the new Bowie"' (a nickname in quotes stays: 'Bret "The
    Hitman" Hart')."""
    for at, token in enumerate(name.tokens[1:-1], start=1):
        if token in _QUOTES and name.tokens[at + 1][:1].islower():
            part = part_of_name(text, name, 0, at)
            return name if part is None else part
    return name


_QUOTES = frozenset({'"', "“", "”", "''", "``"})
_AGED = re.compile(r"\d{1,3}-year-old")


# Labels a message's or a letter's lines open with, before the names of people written to
# or by (an .eml file's text opens with them: formats/email_message.py).
_ADDRESS_LABELS = frozenset({"from", "to", "reply-to"})
# Labels of nothing else, wherever they stand (a letter's lines may be joined as one
# paragraph: "Penn State Wiki cc: Donald Leslie").
_COPY_LABELS = frozenset({"cc", "bcc", "attn", "attention"})


def _addressee(name: NameSpan, text: str) -> NameSpan:
    """A name after a message's label read as a person's where it is a full name of
    capitalised words, none an everyday word ("Donald Leslie"; not "Apple Support", "Acme
    Widgets Ltd")."""
    if name.kind == "PER":
        return name  # the people step reads a person's span itself
    if "," in name.tokens:  # "Donald Leslie, Assistant V.P.", read as one organisation
        part = part_of_name(text, name, 0, name.tokens.index(","))
        if part is None:
            return name
        name = part
    words = name.tokens
    if not 2 <= len(words) <= 4 or any(
        not is_title_case(w) or in_lists(w.lower(), ("common", "everyday")) for w in words
    ):
        return name
    return as_person(name, text)
