"""The mentions of each country in a text, once the model's names are known.

A country's word inside a person's or a firm's name ("Jordan Henderson", "Japan Airlines"), in
a ship's name ("HMS Ireland") or naming another place ("the Luxembourg") is no mention of the
country; a role of it ("Emperor of China") or a place after a comma ("Mar del Plata,
Argentina") is. (A country's word that names a team or a club: country_teams.py.)"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Sequence

from reader_app.core.countries import (
    OF_A_TIME,
    CountryMention,
    code_for,
    demonyms,
    display_name,
    find_countries,
    is_a_state_in_short,
    may_name_a_person,
    names_no_person,
    states_of_the_united_states,
)
from reader_app.core.country_teams import a_club_among_clubs, a_side_of, teams_nicknames
from reader_app.core.name_context import A_RACE_WON_ON_BEFORE
from reader_app.core.name_definitions import (
    LOWER_WORD_AFTER,
    a_person_in_apposition,
    kinds_and_roles_of_people,
    kinds_before_a_person,
)
from reader_app.core.name_reading import plural_kind
from reader_app.core.name_repairs import surnames_of
from reader_app.core.name_shapes import is_demonym_and_name, is_person_of, is_two_unknown_words
from reader_app.core.name_words import (
    PRINCELY_AND_MUSLIM_RULERS,
    REGNAL_NUMBER,
    RULERS,
    SAINT_WORDS,
    SHIP_PREFIX,
    in_lists,
    is_given_name,
    is_institution_word,
    is_title_case,
    people_rules,
)
from reader_app.core.ner.clusters import lower_case_cluster_words
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.ner.tokens import Token, tokenize

Span = tuple[int, int]


def country_mentions(
    text: str,
    within: tuple[int, int],
    names: Sequence[NameSpan],
    containers: Sequence[NameSpan],
    *,
    capitals_as_written: bool = True,
) -> dict[str, list[Span]]:
    """Each country's mentions in text[within], by its code, given the model's `names` and
    those of them that may hide a country's word (`containers`). `capitals_as_written` is
    false where the text's capitals are the model's (text written in lower case, capitalised
    where it read names)."""
    starts = [name.start for name in containers]
    name_starts = [name.start for name in names]
    # "Trevor Holland ... Holland was moved", "Neil Jordan ... Jordan said": a word that may
    # name a person and is the surname of someone named in full here is that person (not
    # "France" beside "Anatole France").
    surnames = surnames_of(names)
    nicknames = teams_nicknames(text, names)
    by_code: dict[str, list[Span]] = defaultdict(list)
    after_a_dash_in_a_name = -1  # where a country's word joined by a dash to the last starts
    for mention in find_countries(text, *within):
        form = text[mention.start : mention.end]
        if form in surnames and may_name_a_person(form):
            continue
        if form in nicknames or (form.isupper() and form.title() in nicknames):
            # "the Cleveland Indians ... against the Indians": the team, throughout, and in a
            # headline in capitals ("RANGERS BEAT INDIANS")
            continue
        if _SHIP_BEFORE.search(text, max(0, mention.start - 7), mention.start) or (
            _A_SHIPS_KIND_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        ):
            # a ship's name: "SS Great Britain", "HMS Ireland", "the gunboat Uruguay"
            continue
        if capitals_as_written and _A_WAR_AFTER.match(text, mention.end):
            # a war's name, however the model parted it: "the American | Revolutionary War"
            # (CoNLL tags "Vietnam War", "Gulf War", "U.S. Civil War" whole, no country);
            # but not where the model capitalised it: "the cuban revolution"
            continue
        if capitals_as_written and _A_CHESS_OPENING_AFTER.match(text, mention.end):
            continue  # a chess opening: "the King's Indian Defence", "the English Opening"
        if capitals_as_written and _opens_an_institutions_name(
            text, mention, form, names, name_starts
        ):
            continue  # "the Swiss | Federal Railways", read in two
        if capitals_as_written and _named_for_a_country(text, mention, form):
            continue  # "a Guinea pig", "Brazil nuts", "Dominican friars"
        if text.endswith("- ", 0, mention.start) and _A_COMBINING_FORM_BEFORE.search(
            text, max(0, mention.start - 12), mention.start
        ):
            # a compound's second half, its hyphen spaced: "an Anglo - Irish engineer" (as one
            # word, "Anglo-Irish", it names no country)
            continue
        if text.startswith("$", mention.end):
            continue  # a currency: "US$ 79", "A$ 100" (the dollar, not the country)
        if (
            text.endswith(" v. ", max(0, mention.start - 4), mention.start)
            or text.startswith(" v. ", mention.end)
            or _A_STATE_AS_A_PARTY_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        ):
            # a party to a law case, written with "v." as no match's result is: "Schenck v.
            # United States" (the training sets tag all 7 names beside "v." a case's), "Maneka
            # Gandhi v. Union of India"
            continue
        if _A_RIVER_BEFORE.search(text, max(0, mention.start - 7), mention.start):
            continue  # a river of that name: "he reached the river Niger", "the River Congo"
        if A_RACE_WON_ON_BEFORE.search(text, max(0, mention.start - 160), mention.start):
            continue  # a horse: "won the Melbourne Cup three times, ... on Russia in 1946"
        if _THE_CITY_OF_BEFORE.search(text, max(0, mention.start - 14), mention.start):
            continue  # a city of that name: "he rebuilt the city of Benin" (Benin City)
        if _the_place_of_that_name(text, mention, form):
            continue  # "the Luxembourg" (Paris's garden), "the Jordan" (the river)
        if text.startswith(",", mention.end) and _a_town_in_a_state(text, mention):
            continue  # "San Marino, California", "Peru, Ind.": a town of the United States
        if _AN_ASSEMBLY_OR_A_COURT_OF.search(
            text, max(0, mention.start - 40), mention.start
        ) or _A_COURT_FOR.search(text, max(0, mention.start - 20), mention.start):
            # "the Supreme Court of the United States", "the Special Tribunal for Lebanon": a
            # body's name, however parted
            continue
        if text.endswith(" of ", max(0, mention.start - 4), mention.start) and _a_royal_of(
            text, mention, names, name_starts
        ):
            continue  # "led by John of Austria": a prince's name, not where he is from
        if text.endswith(" to ", max(0, mention.start - 4), mention.start) and _a_title_to(
            text, mention, names, name_starts
        ):
            continue  # "David Lean's A Passage | to India": a title, read in two
        if text.startswith("–", mention.end) and _an_organisation_at(
            mention.end + 1, names, name_starts
        ):
            # a name joined by a dash, as Wikipedia writes them, that the tokens part: "the
            # Panama–California Exposition" (WikiANN keeps such names one token, and tags
            # them whole: "Ivory Coast–United States relations")
            after_a_dash_in_a_name = mention.end + 1
            continue
        if (
            mention.start == after_a_dash_in_a_name
            and text.startswith(" ", mention.end)
            and text[mention.end + 1 : mention.end + 2].isupper()
        ):
            # and the country after the dash, where the name goes on: "the Polish–Lithuanian
            # Commonwealth"
            continue
        if text.startswith(" and ", mention.end) and _a_joint_body_after(
            mention.end + 5, names, name_starts
        ):
            # the first of two peoples that name one body: "the British and | Irish Lions",
            # "the Australian and | New Zealand Army Corps"
            continue
        if form in demonyms() and _A_BUILDINGS_WORD_AFTER.match(text, mention.end):
            continue  # a building's or a garden's name: "a Chinese Tower with a beer garden"
        if _a_saint_read_as_a_person(text, mention, names, name_starts):
            continue  # "founded by Saint Helena, the mother of the emperor": not the island
        if a_club_among_clubs(text, mention, names, name_starts):
            continue  # "Cannes 0 Monaco 2", "Enzo Scifo (Monaco), James Debbah (Nice)"
        if _is_country_here(text, mention, containers, starts):
            by_code[mention.code].append((mention.start, mention.end))
    _pieces.cache_clear()  # which would keep the text alive
    return by_code


_A_STATE_AS_A_PARTY_BEFORE = re.compile(
    r"[^\S\n]v\.[^\S\n]+(?:the[^\S\n]+)?(?:Union|State|Republic|Kingdom|Government|People)"
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$"
)
_A_RIVER_BEFORE = re.compile(r"\b[Rr]iver[^\S\n]+$")


# A capitalised word inside a sentence and French's "of": a French name's opening.
_A_FRENCH_NAMES_OPENING_BEFORE = re.compile(
    r"[a-z,][^\S\n]+[A-Z][\w'’-]+[^\S\n]+(?:du|de|des|de[^\S\n]+la)[^\S\n]+$"
)


def _a_town_in_a_state(text: str, mention: CountryMention) -> bool:
    """Whether a comma and the name of a state of the United States, written in full or in
    short, follow a country's name: a town named after it ("San Marino, California",
    "Lebanon, Ohio, and was", "Peru, Ind."); not in a list of places ("found in Mexico,
    California, Arizona", "Florida, Cuba, Puerto Rico and Florida", "Embassy of Brazil,
    Washington, D.C.")."""
    state = _A_STATE_AFTER.match(text, mention.end)
    if state is None or state.group(1) not in states_of_the_united_states():
        state = _A_STATE_IN_SHORT_AFTER.match(text, mention.end)
        if state is None or not is_a_state_in_short(state.group(1)):
            return False
    return _MORE_PLACES_AFTER.match(text, state.end()) is None and not text.endswith(
        ",", 0, mention.start - 1
    )


_A_STATE_AFTER = re.compile(r",[^\S\n]+([A-Z]\w*(?:[^\S\n]+[A-Z]\w*)?)\b")
_A_STATE_IN_SHORT_AFTER = re.compile(r",[^\S\n]+([A-Z][\w.]*)(?![\w.])")
_MORE_PLACES_AFTER = re.compile(r"[^\S\n]*(?:,[^\S\n]*|[^\S\n]+(?:and|or)[^\S\n]+)[A-Z]")


_A_COMBINING_FORM_BEFORE = re.compile(
    r"\b(?:Anglo|Franco|Italo|Sino|Russo|Greco|Austro|Hispano|Luso|Indo|Afro|Judeo|Turco"
    r"|Germano|Gallo)[^\S\n]*-[^\S\n]*$"
)


# A court's, an assembly's, a bank's or a constitution's name "of" a country, which the
# training sets tag whole as an organisation's (29 of 30 names so made: "the Supreme Court of
# Canada", "the Legislative Assembly of New Brunswick"; all 24 banks': "the Bank of England";
# and WikiANN's "the Constitution of South Africa").
_AN_ASSEMBLY_OR_A_COURT_OF = re.compile(
    r"\b(?:Court|Tribunal|Parliament|Senate|Congress|Assembly|Bank|Constitution"
    # and bodies whose country the training sets tag inside their names only: "the Royal
    # Regiment of Scotland", "the Church of England", "the University of Chile"
    r"|Regiment|Church|University|Academy|Institute|Museum|Orchestra)"
    # (or "for the former": "the International Criminal Tribunal for the former Yugoslavia";
    # not "the European Parliament for Slovakia")
    r"[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?|for[^\S\n]+the[^\S\n]+former[^\S\n]+)$"
)
# A court "for" a country, which the training sets tag whole ("the Court of Arbitration for
# Sport", "the United States District Court for the Middle District of North Carolina"): "the
# Special Tribunal for Lebanon", "the Special Court for Sierra Leone".
_A_COURT_FOR = re.compile(r"\b(?:Court|Tribunal)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?$")


def _opens_an_institutions_name(
    text: str, mention: CountryMention, form: str, names: Sequence[NameSpan], name_starts: list[int]
) -> bool:
    """Whether a people's word after "the" opens an institution's name that the model read
    apart, as an organisation's ending in an institution's word: "the Swiss | Federal Railways"
    (the training sets tag such names whole, as an organisation's: 9 of 9 names of a people's
    word, more words and "Railways", "Institute", "Bank", "Academy"...)."""
    if not text.startswith(" ", mention.end) or display_name(code_for(form) or "") == form:
        return False  # (a country's own name: "the Netherlands Antilles" is no people's word)
    if not text.endswith("the ", max(0, mention.start - 4), mention.start):
        return False
    after = _name_from(mention.end + 1, names, name_starts)
    return (
        after is not None
        and after.kind == "ORG"
        and len(after.tokens) >= 2
        and (
            is_institution_word(after.tokens[-1])
            or (after.tokens[-1].endswith("s") and is_institution_word(after.tokens[-1][:-1]))
        )
    )


def _name_from(start: int, names: Sequence[NameSpan], name_starts: list[int]) -> NameSpan | None:
    """The name the model read from `start`, if one starts there."""
    at = bisect.bisect_left(name_starts, start)
    return names[at] if at < len(names) and names[at].start == start else None


def _a_saint_read_as_a_person(
    text: str, mention: CountryMention, names: Sequence[NameSpan], name_starts: list[int]
) -> bool:
    """Whether the model read the name after a country's "Saint" as a person's alone, and a
    kind of person follows it between commas: the saint the island or the country is named
    after ("Saint | Helena, the mother of the emperor"). The model reads the island so too
    ("Napoleon at Saint | Helena", "Saint | Lucia is an island country")."""
    opening = _SAINT_OPENING.match(text, mention.start)
    if opening is None:
        return False
    name = _name_from(opening.end(), names, name_starts)
    return (
        name is not None
        and name.kind == "PER"
        and name.end == mention.end
        and a_person_in_apposition(text, mention.end)
    )


# A building's or a garden's word in title case after a people's word, which names it with
# that word ("the Chinese Tower", "the Japanese Garden"; not "the Chinese Embassy", whose
# people's word is the country's).
_A_BUILDINGS_WORD_AFTER = re.compile(
    r"[^\S\n]+(?:Tower|Garden|Gardens|Pagoda|Pavilion|Teahouse|Bridge|Gate)\b"
)
# (the longest first: "St." before "St")
_SAINT_OPENING = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(SAINT_WORDS, key=len, reverse=True)))})[^\S\n]+"
)


def _an_organisation_at(start: int, names: Sequence[NameSpan], name_starts: list[int]) -> bool:
    """Whether the model read an organisation's or another name (not a place's) from `start`."""
    name = _name_from(start, names, name_starts)
    return name is not None and name.kind in ("ORG", "MISC")


def _a_joint_body_after(start: int, names: Sequence[NameSpan], name_starts: list[int]) -> bool:
    """Whether the model read an organisation's name from `start` that opens with a country's
    word and goes on with more capitalised words ("Irish Lions", "New Zealand Army Corps"),
    not a plural kind of person ("French Emperors")."""
    name = _name_from(start, names, name_starts)
    if name is None or name.kind != "ORG":
        return False
    tokens = name.tokens
    if plural_kind(tokens[-1].lower(), kinds_before_a_person()):
        return False  # two peoples' rulers: "the Russian and French Emperors"
    return any(
        code_for(" ".join(tokens[:stop])) is not None and stop < len(tokens) for stop in (1, 2)
    )


def _a_royals_name(text: str, start: int, tokens: Sequence[str]) -> bool:
    """Whether the words from `start` are one given name, no title, then "of" and the rest,
    after no capitalised word: a royal's name, "Isabella of Portugal"."""
    before = text[max(0, start - 30) : start].split()
    return (
        len(tokens) > 2
        and tokens[1] == "of"
        and is_given_name(tokens[0])
        and not code_for(tokens[0])  # "the peers of France of England"
        and tokens[0].lower() not in gazetteer()["title"]
        and not (before and before[-1][:1].isupper())
    )


def _a_royal_of(
    text: str, mention: CountryMention, names: Sequence[NameSpan], name_starts: list[int]
) -> bool:
    """Whether a country's name comes after a given name alone (no title nor capitalised word
    before it) and "of": a royal's name, "John of Austria", "Elizabeth of Russia" (in the
    training sets all 13 names so made are tagged whole as people's, none a person and a
    country)."""
    at = bisect.bisect_right(name_starts, mention.start) - 1
    for name in names[max(0, at - 2) : at + 1]:
        if name.end == mention.start - 4:
            before = text[max(0, name.start - 30) : name.start].split()
            return (
                name.kind == "PER"
                and len(name.tokens) == 1
                and is_given_name(name.tokens[0])
                and name.tokens[0].lower() not in gazetteer()["title"]  # "the Prince of Spain"
                and not (before and before[-1][:1].isupper())
            )
    return False


def _a_club_only(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a country that fields no national side of note, in a
    match's words: a club ("Porto beat Monaco 3-0", "Enzo Scifo (Monaco)"; in the training
    sets 10 of 13 "Monaco"s are AS Monaco, all so placed), not the land ("held in Monaco")."""
    return text[start:end] in _CLUBS_ONLY and (
        _A_SCORE_OR_A_PLAYERS_CLUB_AFTER.match(text, end) is not None
        or _A_MATCH_BEFORE.search(text, max(0, start - 12), start) is not None
    )


_CLUBS_ONLY = frozenset({"Monaco"})
_A_SCORE_OR_A_PLAYERS_CLUB_AFTER = re.compile(r"[^\S\n]*(?:\)|\d)")
_A_MATCH_BEFORE = re.compile(r"\b(?:beat|beating|against|defeated|v|vs)\.?[^\S\n]+$")


def _a_title_to(
    text: str, mention: CountryMention, names: Sequence[NameSpan], name_starts: list[int]
) -> bool:
    """Whether a country's name comes after "to" and a name, read apart, that ends with a
    capitalised everyday noun: a title's end ("A Passage to India", "The Rough Guide to
    Spain"; not "sent by Clinton to India")."""
    at = bisect.bisect_right(name_starts, mention.start) - 1
    for name in names[max(0, at - 2) : at + 1]:
        if name.end == mention.start - 4:
            last = name.tokens[-1]
            return (
                name.kind != "LOC"  # "fled from mainland China to Taiwan"
                and last.istitle()
                and last.lower() in lower_case_cluster_words()
                and not code_for(last)
                and last.lower() not in gazetteer()["title"]  # "Ambassador to Iraq": an office
                # a force sent somewhere ("men of the Native Labour Corps to France"; but
                # "Delegation of the European Union to Canada", an office's name)
                and last.lower() not in _FORCES
                # a team in the plural on tour ("the tour of the All Blacks to Britain")
                and not (name.kind == "ORG" and last.endswith("s"))
            )
    return False


def _is_country_here(
    text: str, mention: CountryMention, names: Sequence[NameSpan], starts: list[int]
) -> bool:
    """A country word inside a person's or an organisation's name ("Jordan Henderson",
    "Japan Airlines"), or inside a longer place or event name that is not a country
    ("French Open", "Gulf of Mexico"), does not count as a mention of the country. It does
    count where the name is just the country, a title "of" it ("Emperor of China"), a place
    "..., Country", or where the model joined two names across a lower-case word."""
    position = bisect.bisect_right(starts, mention.start) - 1
    for name in names[max(0, position - 2) : position + 1]:
        if name.start <= mention.start and mention.end <= name.end:
            start, end, tokens = _piece_with(text, name, mention)
            if start == mention.start and end == mention.end:
                if name.kind == "ORG" and _a_club_only(text, start, end):
                    return False  # "Porto beat Monaco 3-0": the club
                if (
                    name.kind != "PER"
                    and (start, end) == (name.start, name.end)
                    and _A_FRENCH_NAMES_OPENING_BEFORE.search(text, max(0, start - 30), start)
                ):
                    # the end of a French name the model cut: "the Jardin du | Luxembourg",
                    # "the Tour de | France"
                    return False
                if (
                    name.kind != "PER"
                    and _A_TITLES_THE_BEFORE.search(text, max(0, start - 8), start) is not None
                    and text[start:end] in demonyms()
                ):
                    # a title: "known for The Egyptian (1945)" (in the training sets a
                    # people's word after "The" inside a sentence opens a title or a firm's
                    # name: "The Canadian Press", "The Irish Builder")
                    return False
                if name.kind != "PER" and _A_GRAND_PRIX_AFTER.match(text, end) is not None:
                    # "the Swiss | Grand Prix of 1952", "the United States | Grand Prix": an
                    # event's name cut in two
                    return False
                # "United Kingdom | with Atari Teenage Riot"; a demonym the model read as a
                # person is still the country ("a German electronic band"), and so is one
                # that a lower-case word parts from the name ("by American rapper Jay-Z").
                return (
                    name.kind != "PER"
                    or (start, end) != (name.start, name.end)
                    or _names_no_person(text, start, end, mention.code)
                    # "Puerto Rico" read as a person: no one bears a country's name of two words
                    or " " in text[start:end]
                )
            # An "organisation" that is just the country (a national side, or "Swiss" misread
            # before "francs") is the country; a longer one ("Japan Airlines") is not.
            words = re.sub(r" (?=['’]s\b)", "", " ".join(t for t in tokens if not t[:1].isdigit()))
            words = words.removesuffix("'s").removesuffix("’s")
            if code_for(words) == mention.code or (
                name.kind != "PER" and _countries_joined(tokens)
            ):
                # "the Democratic Republic of the Congo and the Republic of the Congo", read
                # as one organisation, is two countries
                return name.kind != "PER"
            mention_tokens = [token for token, _, _ in tokenize(text, mention.start, mention.end)]
            mention_words = len(mention_tokens)
            if name.kind != "PER" and _names_a_role(
                text, start, end, mention, tokens, mention_words
            ):
                return True  # "the last Emperor of China", "the King of Spain in Madrid"
            if (
                name.kind != "PER"
                and mention.start > start
                and (kind := LOWER_WORD_AFTER.match(text, mention.end)) is not None
                and kind.end() < name.end  # (the kind inside the name, which runs on past it)
                and kind.group(1) in kinds_and_roles_of_people()
            ):
                # a people's word before a kind of person, inside a place or a work the model
                # ran on past a lower-case word: "the Atlas of Peculiar Galaxies of the American
                # astronomer Halton Arp", read as one place
                return True
            if (
                (name.kind == "PER" and not _an_institution_before(text, name, mention))
                or is_person_of(name.tokens)
            ) and OF_BEFORE.search(text, max(0, mention.start - 8), mention.start):
                # where a person is from: "Woodrow Wilson of the United States", "Nikolay
                # Kirov of the Soviet Union" (read as one organisation); but not a royal's
                # name, one given name before it, read whole: "Isabella of Portugal", as
                # _a_royal_of reads "John | of Austria"
                return not (
                    name.kind == "PER"
                    and len(tokens) == len(mention_tokens) + 2
                    and _a_royals_name(text, start, tokens)
                )
            if name.kind != "PER" and mention.start == start and _of_a_date_to(text, mention, end):
                return True  # "The general election in Bolivia of 18 December 2005"
            if name.kind != "PER" and _COMPANY_OF.search(text, name.start, mention.start):
                return True  # "Kia Motor Corp of South Korea"
            # (the country's word ending the name: not a colony's, "the Rocky Mountains of
            # British North America")
            if (
                name.kind == "LOC"
                and mention.end == end
                and _A_PLACE_OF.search(text, name.start, mention.start)
            ):
                return True  # "the Aconcagua Provincial Park of Argentina"
            if (
                name.kind == "ORG"
                and mention.end == end
                and _A_WILD_PLACE_OF.search(text, name.start, mention.start)
            ):
                # "the Ituri Rainforest of the Democratic Republic of the Congo", read as an
                # organisation (not "the Legislative Assembly of the Province of Canada")
                return True
            if (
                name.kind != "PER"
                and mention.end == end
                and _AN_EVENT_JUST_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            ):
                # a war's or a meeting's name and a country read as one, a comma left out:
                # "During the Second World War Britain and the Soviet Union used it", "At the
                # Washington Naval Conference Japan insisted" (in the training sets no name
                # holds a country right after these words)
                return True
            if (
                name.kind != "PER"
                and mention.start == start
                and _IN_THE_NEXT.match(text, mention.end) is not None
            ):
                return True  # "an island of Japan in the Sea of Japan", read as one name
            if name.kind != "PER" and start == name.start and _a_town_in(tokens, mention_tokens):
                return True  # "Lurgan in Northern Ireland", read as one organisation
            if name.kind != "PER" and _A_DYNASTY_OF.search(text, name.start, mention.start):
                return True  # "the Song dynasty of China", read as one organisation
            if name.kind != "PER" and _A_PEOPLE_OF.search(text, name.start, mention.start):
                return True  # "the Shuar people of Ecuador", read as one organisation
            if name.kind != "PER" and tokens[0] in OF_A_TIME and tokens[1:] == mention_tokens:
                return True  # "Nazi Germany", "Imperial Japan"
            if name.kind != "PER" and a_side_of(text, name, mention):
                return True  # "IFK Gothenburg of Sweden", "Maleeva of Bulgaria"
            if mention.start == start and _opens_a_persons_name(text, mention.end, end):
                return True  # "Australian Tom Moody", "little-known Mexican Ariel Cruz"
            if name.kind == "ORG" and mention.start == start and _and_a_company(text, mention, end):
                return True  # "released in the United Kingdom and Capitol Records in ..."
            if (
                name.kind in ("MISC", "ORG")
                and mention.start == start
                and all(t.lower() in _FAITHS for t in tokens[mention_words:])
            ):
                # "of Portuguese Jewish origin", "a Vietnamese Buddhist monk", read as one name
                return True
            if (
                name.kind != "PER"
                and mention.start == start
                and len(tokens) == mention_words + 1
                and _A_MODELS_CODE.fullmatch(tokens[-1]) is not None
            ):
                return True  # "an American B-52 bomber", read as one organisation
            if name.kind in ("PER", "ORG"):
                return False
            return _after_comma(text, name, mention)
    return True


# Armed forces' words, which end a body's name that "to" and a place may follow: it is sent.
_FORCES = frozenset(
    "corps army armies brigade regiment division battalion legion fleet squadron".split()
)


# A machine's model after a people's word: "B-52", "DC-3", "MiG-15" (not an age group's
# side: "China U-17").
_A_MODELS_CODE = re.compile(r"(?!U-?\d)[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]?")


# A faith's adjectives, which the model may read with a people's word before them as one name
# ("Portuguese Jewish"), and an order's ("a Portuguese Jesuit missionary"); not a church's,
# which a people's word names ("Greek Catholic", "Russian Orthodox").
_FAITHS = frozenset(
    "jewish muslim hindu buddhist sikh sephardic ashkenazi christian sunni shiite shia "
    "jesuit franciscan benedictine carmelite".split()
)


# Lower-case words that stay inside one name ("Bank of China", "Gulf of Mexico"); any other
# ("with", "after") joins two names the model read as one.
_INSIDE_NAMES = frozenset(
    {"of", "the", "and", "in", "de", "du", "da", "del", "la", "von", "van", "for", "&"}
)


# Marks that part two names the model read as one: "Cheng: Hong Kong", "Dean Saunders (Wales".
_BETWEEN_NAMES = frozenset({":", ";", "(", ")"})


def _piece_with(text: str, name: NameSpan, mention: CountryMention) -> tuple[int, int, list[str]]:
    """The part of a name that holds the mention, when the name is two names joined by a
    lower-case word; its start, end and tokens."""
    for piece in _pieces(text, name.start, name.end):
        if piece and piece[0][1] <= mention.start and mention.end <= piece[-1][2]:
            return piece[0][1], piece[-1][2], [t[0] for t in piece]
    return name.start, name.end, list(name.tokens)


# The mentions inside one name come one after another: each reads its pieces (thousands of
# words, for a list of capitalised words read as one name).
@functools.lru_cache(maxsize=8)
def _pieces(text: str, start: int, end: int) -> list[list[Token]]:
    """The name text[start:end] cut at its lower-case words and at the marks between names
    (and without the "of" or "the" after a ruler's word in lower case: "the Safavid shah of
    Iran", read as one place, holds the country alone, as "the shah of Iran" does; not
    "Administrative divisions of Greenland", which WikiANN tags whole)."""
    pieces: list[list[Token]] = [[]]
    after_a_ruler = False
    for token in tokenize(text, start, end):
        if (token[0][:1].islower() and token[0] not in _INSIDE_NAMES) or token[0] in _BETWEEN_NAMES:
            pieces.append([])
            after_a_ruler = token[0] in _RULERS_IN_LOWER_CASE
        elif not (after_a_ruler and not pieces[-1] and token[0] in ("of", "the")):
            pieces[-1].append(token)
    return pieces


_RULERS_IN_LOWER_CASE = RULERS | PRINCELY_AND_MUSLIM_RULERS


# A park or a region named before the country it lies in, read as one place with it ("the
# Sakha Republic of Russia", "the Ituri Rainforest in the Democratic Republic of the Congo",
# "the Amazon rainforest of Ecuador"; a country's own long name is found whole first); and
# the wild places of those, read as one organisation with it.
_A_PLACE_OF = re.compile(
    r"\b(?:Park|Reserve|Province|Region|District|State|Desert|Forest|Rainforest|Mountains|Alps"
    r"|Island|Islands|Republic|Oblast|Krai|Highlands|Plateau|Valley|Delta|Coast|Country"
    r"|Hills|Lakes"  # "the Valdai Hills of Russia"
    r"|rainforest|forest|desert|basin"
    # (and in lower case: "the Kantō plain of Japan", "the Kurdistan region of Iraq")
    r"|plain|plains|valley|coast|plateau|highlands|region|province|delta|island|islands"
    r"|Peninsula|Cape)[^\S\n]+(?:of|in)[^\S\n]+(?:the[^\S\n]+)?$"
)
_A_WILD_PLACE_OF = re.compile(
    r"\b(?:Park|Desert|Forest|Rainforest|Mountains|Islands|Peninsula)"
    r"[^\S\n]+(?:of|in)[^\S\n]+(?:the[^\S\n]+)?$"
)
_A_DYNASTY_OF = re.compile(r"\b[Dd]ynast(?:y|ies)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$")
# A people of a country, in lower case inside a name the model read.
_A_PEOPLE_OF = re.compile(r"\b(?:people|peoples|tribes?)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$")
# A company's name, then "of" and the country it is from.
_COMPANY_OF = re.compile(
    r"\b(?:Corp|Corporation|Inc|Ltd|Co|Group|AG|SA|plc|PLC|Bhd|NV|BV|SpA|GmbH)\.?"
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$"
)


# "of" and a date, perhaps with its day and month: "of 1996", "of 18 December 2005".
_OF_A_DATE = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:\d{1,2}[^\S\n]+)?(?:(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)[^\S\n]+)?\d{4}\b"
)


def _of_a_date_to(text: str, mention: CountryMention, end: int) -> bool:
    """Whether "of" and a date follow a country's name up to `end`, the end of the name the
    model read it in: "Bolivia of 18 December 2005"."""
    match = _OF_A_DATE.match(text, mention.end)
    return match is not None and match.end() == end


def _a_town_in(tokens: Sequence[str], country: Sequence[str]) -> bool:
    """One capitalised word, "in" and the country's name, that the model read as one name: a
    town in the country ("Lurgan in Northern Ireland"); not a name of its own ("Riots in
    Singapore", "Nancy in London", "Live in Carre", "Commission on Cults in France", as
    WikiANN tags them whole: a word of the lists or its plural, a given name)."""
    after_in = list(tokens[2:])
    if after_in[:1] == ["the"]:
        after_in = after_in[1:]
    return (
        len(tokens) > 2
        and tokens[1] == "in"
        and after_in == list(country)
        and is_title_case(tokens[0])
        and not any(
            in_lists(word, ("common", "everyday", "org", "org_seen"))
            for word in (tokens[0].lower(), tokens[0].lower().removesuffix("s"))
        )
        and not is_given_name(tokens[0])
        and not is_institution_word(tokens[0])
        and not code_for(tokens[0])  # "the Frenchmen in the Russian service"
    )


def _countries_joined(tokens: Sequence[str]) -> bool:
    """Whether the words are country names joined by "and" or a comma (each may open with
    "the"): "Malaysia, Singapore and Indonesia"."""
    parts: list[list[str]] = [[]]
    for token in tokens:
        if token in ("and", ","):
            if parts[-1]:  # (", and" parts once)
                parts.append([])
        else:
            parts[-1].append(token)
    return len(parts) > 1 and all(
        part and code_for(" ".join(part[1:] if part[0] == "the" else part)) for part in parts
    )


_AND = re.compile(r"[^\S\n]+and[^\S\n]+")


# A place where something happens, not a team's name ("England and Real Madrid striker").
_IN_BEFORE = re.compile(r"\b(?:in|to|from|across|throughout)[^\S\n]+(?:the[^\S\n]+)?$")


def _and_a_company(text: str, mention: CountryMention, end: int) -> bool:
    """Whether the model's organisation is "in" a country, "and", then a name of two or more
    capitalised words that opens with no country: two names joined, not one company."""
    joined = _AND.match(text, mention.end)
    if not joined or not _IN_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return False
    rest = tokenize(text, joined.end(), end)
    return (
        len(rest) >= 2
        and all(token[:1].isupper() for token, _, _ in rest)
        and not any(
            found.start == joined.end() for found in find_countries(text, joined.end(), end)
        )
    )


def _opens_a_persons_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a given name and at least one more capitalised word, a
    particle perhaps between ("Australian | Sydney de Kantzow"), or a person's name by the
    people step's test after a people's word ("Cuban | Aliuska Lopez")."""
    words = [token for token, _, _ in tokenize(text, start, end)]
    titles = gazetteer()["title"]
    if (
        len(words) >= 2
        and words[0].lower().rstrip(".") in titles
        and all(_may_be_a_persons_word(w) for w in words[1:])
    ):
        # "American | President Barack Obama", "French | President Chirac" (not "Norwegian
        # | Premier League")
        return True
    if (
        len(words) >= 2
        and is_given_name(words[0])
        and words[-1][:1].isupper()
        # (no institution's word after it: "the United States | Marine Corps")
        and not any(is_institution_word(w) for w in words[1:])
    ):
        between = [w for w in words if not w[:1].isupper()]
        if not between or (
            all(w in people_rules()["particles"] for w in between)
            and not is_institution_word(words[0])  # not "Honduran | Liga Nacional de Ascenso"
        ):
            return True
    before = [token for token, _, _ in tokenize(text, max(0, start - 30), start)][-2:]
    if before[:1] in (["the"], ["The"]) and is_two_unknown_words(tuple(words)):
        return True  # "the Norwegian | Bjørnstjerne Bjørnson"
    return bool(before) and is_demonym_and_name((*before[-1:], *words))


def _may_be_a_persons_word(word: str) -> bool:
    """A capitalised word that may be a person's: no institution's, and a given name or a
    surname if a common or everyday word ("Defence Force" is no one)."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and not is_institution_word(word)
        and (
            not in_lists(lower, ("common", "everyday"))
            or is_given_name(word)
            or lower in gazetteer()["surname"]
        )
    )


# Up to two capitalised words and "War(s)" or "Revolution" ending a name: "American
# Revolutionary War", "Iraq War", "French Revolution" (not "War Office", "War Cabinet").
_A_WAR_AFTER = re.compile(
    r"(?:[^\S\n]+[A-Z][a-z]+){0,2}[^\S\n]+(?:Wars?|Revolution)\b(?![^\S\n]*[A-Z\d])"
)


# (not an office's word: "German Defence Minister Volker Ruehe")
_A_CHESS_OPENING_AFTER = re.compile(
    r"[^\S\n]+(?:Defen[cs]e|Opening|Gambit|Game)\b(?![^\S\n]+[A-Z])"
)


# The kinds of a thing named for a country, right after its name: "a Guinea pig", "the Guinea
# worm", "Brazil nuts", "a Panama hat", "the Turkey vulture"; and the last word of a body's
# name: "Australia Zoo", "Canada Post", "Kenya Airways".
_A_THING_NAMED_FOR_IT_AFTER = re.compile(
    r"[^\S\n]+(?:pigs?|fowls?|worms?|nuts?|hats?|vultures?|buzzards?"
    # and animals and plants named for a land: "the Greenland shark", "the Iceland gull"
    r"|sharks?|whales?|halibut|gulls?|falcons?|poppy|poppies|moss"
    r"|Zoo|Aquarium|Post|Airways|Airlines|Railways)\b"
)
# The words of Saint Dominic's order after "Dominican": "Dominican friars", "the Dominican
# Order" (not "a Dominican priest", who may be from the Dominican Republic).
_AN_ORDERS_WORD_AFTER = re.compile(
    r"[^\S\n]+(?:friars?|[Oo]rder|missionar(?:y|ies)|nuns?|monks?|convents?|monaster(?:y|ies)"
    r"|priory|priories|brothers|[Ss]isters|preachers?|theologians?|inquisitors?|Fathers)\b"
)


def _named_for_a_country(text: str, mention: CountryMention, form: str) -> bool:
    """Whether a country's word names a thing or an order rather than the country: "the
    Guinea worm", "Dominican missionaries"."""
    if form == "Dominican":
        return _AN_ORDERS_WORD_AFTER.match(text, mention.end) is not None
    return form == display_name(mention.code) and bool(
        _A_THING_NAMED_FOR_IT_AFTER.match(text, mention.end)
    )


# A ship's prefix: "HMS Ireland", and here "SS" too ("SS Great Britain"), which no country's
# name follows as the Nazi corps.
_SHIP_BEFORE = re.compile(rf"\b(?:{SHIP_PREFIX}|SS)[^\S\n]+$")


# A kind of ship after "the": "rescued by the gunboat Uruguay" (in the training sets no
# place's or country's name follows one).
_A_SHIPS_KIND_BEFORE = re.compile(
    r"\b[Tt]he[^\S\n]+(?:ship|steamship|steamer|gunboat|frigate|corvette|cruiser|battleship"
    r"|destroyer|submarine|liner|schooner|brig|sloop|ironclad|warship|yacht)[^\S\n]+$"
)


# "The city of" right before a country's name: the city so named ("the city of Benin", "the
# city of Kuwait"); a country holds "a city of" or "the second city of" (in the training sets
# no country's name follows "the city of"; in the written sets 8 follow "a city of", "the
# smallest city of"...).
_THE_CITY_OF_BEFORE = re.compile(r"\b[Tt]he[^\S\n]+(?:city|town)[^\S\n]+of[^\S\n]+$")


def _the_place_of_that_name(text: str, mention: CountryMention, form: str) -> bool:
    """A country's one-word name that English writes without an article, after "the" and
    before no word it describes, names another place: "a walk in the Luxembourg." (Paris's
    garden, Les Misérables' 44 "countries"), "swam in the Jordan, then" (the river). Not "the
    Netherlands", "the Congo", "the Ukraine" (as it was written), nor "the Ukraine crisis", "the
    Spain's duo", "between the Australia and the US"."""
    return (
        form == display_name(mention.code)
        and form.isalpha()
        and form not in _WRITTEN_WITH_THE
        and text.endswith("the ", max(0, mention.start - 5), mention.start)
        and not text[mention.start - 5 : mention.start - 4].isalpha()
        and _NOTHING_DESCRIBED_AFTER.match(text, mention.end) is not None
    )


# Countries English writes with an article ("the Netherlands"), or did in older texts ("the
# Ukraine", "the Argentine").
_WRITTEN_WITH_THE = frozenset(
    "Netherlands Philippines Bahamas Gambia Maldives Seychelles Comoros Congo Sudan Ukraine "
    "Lebanon Yemen Argentine Argentina Crimea Vatican Transvaal Caribbean".split()
)
# After the name: a mark, the end of the text, or a word that describes nothing ("the
# Luxembourg, where", "the Luxembourg again"; not "and", which may join a word described:
# "the Australia and the US routes"); or what such a place is ("the Luxembourg garden").
_NOTHING_DESCRIBED_AFTER = re.compile(
    r"(?:[^\S\n]*(?:[.,;:!?)\]\"”]|$)|\n|[^\S\n]+(?:in|on|at|to|with|where|which|"
    r"that|was|is|he|she|they|we|I|it|for|from|by|as|when|while|garden|gardens|palace|river|"
    r"quarter|gate|again|then|there|the|a)\b)"
)


# "... of" or "... of the" right before a country: where a person is from, or a role of it.
OF_BEFORE = re.compile(r"[^\S\n]of[^\S\n]+(?:the[^\S\n]+)?$")


# (a point of the compass may come between: "the dialects of western Norway")
_ARTICLE_OR_PREPOSITION_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|of|in|for|from)[^\S\n]+"
    r"(?:(?:northern|southern|eastern|western|central|north-eastern|north-western"
    r"|south-eastern|south-western)[^\S\n]+)?$"
)


def _names_no_person(text: str, start: int, end: int, code: str) -> bool:
    """A country's word after an article or a preposition is no person's name ("a German
    electronic band", "the top division of English football"), where the word is no
    country's usual name and not one that people bear (Jordan); "Trevor Holland ... Holland
    hid" and "French said" have neither."""
    before = _ARTICLE_OR_PREPOSITION_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return False
    form = text[start:end]
    # (and the usual name too after a preposition, where it is no name people bear: "King
    # of England from 1016, of Denmark from 1018", the second read as a person; and any after
    # a state's office and "of": "the prime minister of Jordan")
    return (
        names_no_person(form, code)
        # (or after "the", before which no person's name stands: "sailors of the Maldives")
        or (
            before.group().split()[0] in ("of", "in", "from", "the", "The")
            and not may_name_a_person(form)
        )
        or _A_STATES_OFFICE_OF.search(text, max(0, start - 30), start) is not None
    )


_A_STATES_OFFICE_OF = re.compile(
    r"\b(?:prime[^\S\n]+minister|president|king|queen|emir|sultan|ambassador|embassy)"
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$"
)


def _names_a_role(
    text: str,
    start: int,
    end: int,
    mention: CountryMention,
    tokens: Sequence[str],
    mention_words: int,
) -> bool:
    """Whether the piece text[start:end] (its `tokens`) is a role of the country: up to the
    mention's end, where the mention ends the piece or "in" and a place follow it ("King of
    Spain | in Madrid", read as one name); else all of it."""
    rest = text[mention.end : end]
    if rest.strip() and not _IN_NEXT.match(rest):
        return _is_role_of(tokens, mention_words)
    if not _OF_OR_FOR_BEFORE.search(text, max(0, mention.start - 9), mention.start):
        # No "of" or "for" right before the country: no role, and no need to read the words again
        # (a list of thousands of capitalised words read as one name took seconds).
        return False
    return _is_role_of([token for token, _, _ in tokenize(text, start, mention.end)], mention_words)


_AN_EVENT_JUST_BEFORE = re.compile(r"\b(?:Wars?|Conference|Summit|Games|Olympics)[^\S\n]+$")
_A_GRAND_PRIX_AFTER = re.compile(r"[^\S\n]+Grand[^\S\n]+Prix\b")
_A_TITLES_THE_BEFORE = re.compile(r"(?:[a-z]|,)[^\S\n]+The[^\S\n]+$")
_IN_NEXT = re.compile(r"\s*in(?![\w'’-])")
# "in the" and a sea or another wild place after a country (not an event: "Belgium in the
# Eurovision Song Contest", which WikiANN tags whole).
_IN_THE_NEXT = re.compile(
    r"[^\S\n]+in[^\S\n]+the[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){0,2}"
    r"(?:Sea|Ocean|Gulf|Bay|Strait|Straits|Mountains|Alps|Andes|Himalayas|Desert|Islands)\b"
)
_OF_OR_FOR_BEFORE = re.compile(r"[^\S\n](?:of|for)[^\S\n]+(?:the[^\S\n]+)?$")


def _an_institution_before(text: str, name: NameSpan, mention: CountryMention) -> bool:
    """Whether an institution's word comes in a name before the country it holds: "the
    Communist Party of Great Britain", read as one person."""
    return any(
        is_institution_word(token) for token, _, _ in tokenize(text, name.start, mention.start)
    )


def _a_titles_plural(word: str, titles: frozenset[str]) -> bool:
    """A title in the plural: "Ministers", "Presidents"."""
    lowered = word.lower()
    return lowered.endswith("s") and lowered[:-1] in titles


def _is_role_of(tokens: Sequence[str], mention_words: int) -> bool:
    """Titles, "of", then the country: "Emperor of China", "Prime Minister of New Zealand"
    (the country is a name of its own there), but not "Royal Society of Canada"; or an
    office "for" it: "Secretary of State for Northern Ireland" (as CoNLL tags the place in
    "Secretary for Near East")."""
    titles = gazetteer()["title"]
    head = list(tokens[: len(tokens) - mention_words])
    if head[-1:] == ["the"]:
        head.pop()
    if len(head) < 2:
        return False
    if head[-1] == "for":
        return head[0].lower() in titles and all(
            t == "of" or t.lower() in titles for t in head[1:-1]
        )
    if head[-1] != "of":
        return False
    if all(t.lower().rstrip(".") in titles or _a_titles_plural(t, titles) for t in head[:-1]):
        return True  # (and a list's heading: "Prime Ministers of New Zealand")
    # a ruler's title, a name and "of" the country, read as one name: "King Edward VII of the
    # United Kingdom", as CoNLL tags "King Hassan of Morocco" (the name a person's, the country
    # its own: 4 of 4 such names in CoNLL train; WikiANN's machine tags them whole)
    # (a longer title by its last word: "Crown Princess Victoria of Sweden")
    if head[0] in ("Crown", "Grand") or head[:2] == ["Holy", "Roman"]:
        head = head[2:] if head[0] == "Holy" else head[1:]
    middle = head[1:-1]
    return (
        len(head) > 2
        and head[0].lower() in RULERS
        and 1 <= len(middle) <= 3
        and all(
            (is_title_case(t) and not is_institution_word(t)) or REGNAL_NUMBER.fullmatch(t)
            for t in middle
        )
    )


def _after_comma(text: str, name: NameSpan, mention: CountryMention) -> bool:
    """A place name that ends with its country after a comma ("Mar del Plata, Argentina",
    as Wikipedia writes places) names the country too, and so does a country that opens a
    list of places read as one ("preached in Poland, Prussia"; not a town of a state named
    for a country: "Poland, Maine", "Lebanon, Pennsylvania")."""
    if name.kind != "LOC":
        return False
    if mention.end == name.end:
        return text[name.start : mention.start].rstrip().endswith(",")
    return (
        mention.start == name.start
        and text.startswith(",", mention.end)
        and text[mention.end + 1 : name.end].strip().lower() not in gazetteer()["place"]
    )
