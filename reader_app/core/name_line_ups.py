"""Names in line-ups, rosters and results tables.

Where most names of such a list were read as people, the few the model read as places or firms
are players too; where most are teams, a one-word "person" is a team. A team in a league's
standings or with its country and score in a cup's results or in a line that holds only a
match's result is none, however the model read it. (Scorers and cricketers:
name_match_reports.py.)"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from reader_app.core.countries import code_for
from reader_app.core.name_lists import whole_list
from reader_app.core.name_words import (
    in_lists,
    is_given_name,
    is_initial,
    is_institution_word,
    is_title_case,
    people_rules,
    without_letters_after,
    without_numbers_after,
)
from reader_app.core.ner.model import NameSpan


def players_in_line_ups(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """The names of a team's line-up as a results service writes it, each after its shirt
    number ("1 - Jorge Campos, 6 - Raul Lara (11 - Cuauhtemoc Blanco 65th), 8 - ..."), are
    players where most of them were read as people: the model read a few as places or firms."""
    result = list(names)
    # Only names close together can be a table's (a novel's are mostly sentences apart).
    close = [
        at for at in range(1, len(names)) if names[at].start - names[at - 1].end <= _LONGEST_JOIN
    ]
    for join, fewest in ((_LINE_UP_JOIN, _LINE_UP_NAMES), (_SCORES_JOIN, _SCORES_NAMES)):
        joined = {at for at in close if join.fullmatch(text, names[at - 1].end, names[at].start)}
        if join is _SCORES_JOIN:
            joined.update(at for at in close if _a_name_wrapped(text, names[at - 1], names[at]))
        start = 0
        while start < len(names):
            stop = start + 1
            while stop in joined:
                stop += 1
            if stop - start >= fewest:
                _as_players(text, names, result, range(start, stop), fewest)
            start = stop
    return result


def _a_name_wrapped(text: str, given: NameSpan, surname: NameSpan) -> bool:
    """Whether a given name read as a person's ends a line that the next name opens."""
    return (
        given.kind == "PER"
        and len(given.tokens) == 1
        and is_given_name(given.tokens[0])
        and _LINE_BREAK.fullmatch(text, given.end, surname.start) is not None
    )


def _as_players(
    text: str, names: list[NameSpan], result: list[NameSpan], chain: range, fewest: int
) -> None:
    """The names of the chain in `result` read as people, if most of them are, and its
    one-word names read as teams if most of its names are not people's; a country in brackets
    after a player ("Peter O'Malley (Australia) 71 73") is neither counted nor changed."""
    players = [at for at in chain if not _in_brackets(text, names[at])]
    people = sum(result[at].kind == "PER" for at in players)
    if len(players) >= fewest and 3 * people >= 2 * len(players):
        for at in players:
            # (the row's first number read with the name: "Mark Ealham 1", a batsman)
            tokens = without_numbers_after(names[at].tokens)
            if result[at].kind != "PER" and may_be_a_persons_name(tokens):
                result[at] = dataclasses.replace(names[at], kind="PER")
        for at in set(chain) - set(players):
            # the players' clubs: "Murat Yakin (Grasshoppers)"
            if result[at].kind == "PER" and len(names[at].tokens) == 1:
                result[at] = dataclasses.replace(names[at], kind="ORG")
    elif len(players) >= fewest and 3 * people <= len(players):
        # Mostly teams ("Orrell 13 Bath 56, Sale 31 Wasps 33"): a one-word "person" is a team.
        for at in players:
            if result[at].kind == "PER" and len(names[at].tokens) == 1:
                result[at] = dataclasses.replace(names[at], kind="ORG")


def teams_in_standings(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """A name that opens a row of a league's standings (games played, won, drawn and lost,
    the played the sum of the other three, then goals and points: "Lokomotiv Moscow 25 9 9 7
    30 24 36") is a team, however the model read it; not a golfer's row of rounds ("Ian
    Woosnam 70 68 71 209") nor a bowler's figures ("Wasim Akram 10 2 35 3"). So is a club
    with its country and its score in a cup's results ("Flamurtari Vlore (Albania) 0 Chemlon
    Humenne (Slovakia) 2"), not a runner with his time ("Bruny Surin (Canada) 10.30"), a
    name in a line of a result alone ("Guimaraes 4 Gil Vicente 2"), and a car or a team after
    a competitor's country, before the result ("Alex Zanardi (Italy), Reynard Honda, 53.980")."""
    return [
        dataclasses.replace(n, kind="ORG")
        if n.kind == "PER" and names_a_team(text, n.start, n.end)
        else n
        for n in names
    ]


def names_a_team(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens a row of a league's standings, stands with its country
    and its score in a cup's results, is one of the two names of a line that holds only a
    result, or a competitor's car or team (see teams_in_standings)."""
    if _RESULT_AFTER_A_COMMA.match(text, end):
        return _after_a_competitors_country(text, start)
    if not MAY_BE_A_REPORT_AFTER.match(text, end):
        return False  # the cheap test first: most names stand in prose
    return (
        _opens_a_standing(text, start)
        or _with_its_country_and_score(text, start, end)
        or _in_a_results_line(text, start, end)
    )


# A competitor's country in brackets and a comma, then a car, a chassis and an engine, or a
# team, then a comma and the result: "Alex Zanardi (Italy), Reynard Honda, 53.980". CoNLL-2003
# train and dev have ten such names, all organisations, and no person there.
_COUNTRY_AND_COMMA_BEFORE = re.compile(r"\(([A-Z][^()\n]{0,30})\)[^\S\n]*,[^\S\n]*$")
_RESULT_AFTER_A_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*\d")


def _after_a_competitors_country(text: str, start: int) -> bool:
    before = _COUNTRY_AND_COMMA_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and code_for(before.group(1)) is not None


def _in_a_results_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one of the two names of a line that holds a match's
    result and nothing else ("Guimaraes 4 Gil Vicente 2", "Ferro Carril Oeste 0 Independiente
    3 (halftime 0-1)"): CoNLL train has 490 such lines and one person in them."""
    # (a results line is short: no search runs along a book's paragraph)
    line_start = text.rfind("\n", max(0, start - _LONGEST_RESULT), start) + 1
    line_end = text.find("\n", end, end + _LONGEST_RESULT)
    if line_end < 0:
        line_end = len(text) if len(text) - end <= _LONGEST_RESULT else -1
    if (line_start == 0 and start > _LONGEST_RESULT) or line_end < 0:
        return False
    line = _RESULTS_LINE.fullmatch(text, line_start, line_end)
    return line is not None and any(
        line.start(at) <= start and end <= line.end(at) for at in (1, 2)
    )


def _with_its_country_and_score(text: str, start: int, end: int) -> bool:
    after = _COUNTRY_AND_SCORE_AFTER.match(text, end)
    if after is None or code_for(after.group(1)) is None:
        return False
    # the first team, before the other's name; or the second, after the first's score
    return after.group(2) is not None or bool(SCORE_BEFORE.search(text, max(0, start - 6), start))


# "(Albania) 0 Chemlon": the country, a score of one digit on its line (no time, "10.30",
# nor a golfer's round), then the other team's name on that line, or a bracket or the line's
# end (not a seeding's next line: "(US)\n3 Lleyton Hewitt").
_COUNTRY_AND_SCORE_AFTER = re.compile(
    r"\s*\(([A-Z][^()\n]{1,30})\)(?:[^\S\n]+\d(?![\d.:,-])([^\S\n]+[A-Z])"
    r"|\s+\d(?![\d.:,-])[^\S\n]*(?:\(|$))",
    re.MULTILINE,
)


_LONGEST_RESULT = 160  # characters: two names of 40 at most, their scores and a bracket
_RESULTS_LINE = re.compile(
    r"[^\S\n]*([A-Z][^\d()\n]{0,40}?)[^\S\n]+\d{1,3}[^\S\n]+([A-Z][^\d()\n]{0,40}?)[^\S\n]+\d{1,3}"
    r"(?:[^\S\n]+\([^()\n]*\))?[^\S\n]*"
)


def _opens_a_standing(text: str, start: int) -> bool:
    row = _STANDING.match(text, start)
    if row is None:
        return False
    played, won, drawn, lost = (int(row.group(at)) for at in range(1, 5))
    return played > 0 and played == won + drawn + lost


# The team's name (up to the first number), then at least six numbers: played, won, drawn,
# lost, and goals or points.
_STANDING = re.compile(
    r"[^\d\n]{1,60}?[^\S\n]+(\d+)[^\S\n]+(\d+)[^\S\n]+(\d+)[^\S\n]+(\d+)"
    r"(?:[^\S\n]+\d+){2}"
)


def initialled_like_the_others(names: list[NameSpan]) -> list[NameSpan]:
    """An initial and a surname read as a thing ("S. Law c Tillekeratne b Dharmasena 13", read
    as a law) in a text that names at least two others so, as a scorecard names its players,
    is a person; not "E. Coli" nor "U. Ohio" (no everyday word, place or institution)."""
    if sum(n.kind == "PER" and _an_initial_and_a_surname(n.tokens) for n in names) < 2:
        return names
    return [
        dataclasses.replace(n, kind="PER")
        if n.kind != "PER"
        and _an_initial_and_a_surname(n.tokens)
        and not code_for(n.tokens[1])
        and not in_lists(n.tokens[1].lower(), ("loc", "place", "city"))
        else n
        for n in names
    ]


# What must follow a name in a table or a report for the tests of results and match reports
# to look further (a number, a bracket, a dismissal): a name in prose fails it at once, and a
# novel names 25,000.
MAY_BE_A_REPORT_AFTER = re.compile(r"\s*[\d(]|[^\S\n]+(?:c|b|st|lbw|not|run)\b")
# A score right before a bracket (not a year: "the race of 1996 (Paris 2nd").
SCORE = r"(?<![\d.,])\d{1,2}\s*"
SCORE_BEFORE = re.compile(SCORE + "$")


def _an_initial_and_a_surname(tokens: tuple[str, ...]) -> bool:
    return (
        len(tokens) == 2
        and is_initial(tokens[0])
        and is_title_case(tokens[1])
        and len(tokens[1]) > 1
        and not is_institution_word(tokens[1])
    )


def _in_brackets(text: str, name: NameSpan) -> bool:
    before = text[max(0, name.start - 4) : name.start].rstrip()
    return before.endswith("(") and text[name.end : name.end + 4].lstrip().startswith(")")


# Between two players: a minute or a substitute's bracket, then a comma or a bracket, then
# the shirt number and a dash (", 6 - ", " (11 - ", " 65th), 8 - ").
_LINE_UP_JOIN = re.compile(
    r"[^\S\n]*(?:\d+(?:st|nd|rd|th|')?[^\S\n]*\)?[^\S\n]*)?[,(][^\S\n]*\d{1,2}[^\S\n]*-[^\S\n]*"
)
_LINE_UP_NAMES = 4


_LONGEST_JOIN = 40  # characters: four rounds of a golfer's scores and the next place
# Between two players of a results table: their scores, and no word ("291 Phillip Price 72 76
# 74 69, Adam Hunter 70 79 73 69"); a table of six players at least.
# or the bracket before a country or a club, or the one after it: "Ramon Vega (Cagliari),
# Raphael Wicky (Sion)", a squad
_SCORES_JOIN = re.compile(r"[^\w\n]*(?:\d[\d\W]*|\([^\S\n]*)|[^\S\n]*\)[^\S\n]*,[^\S\n]*")
# A bare line break after a given name, where a news agency's table wrapped a player's name:
# "Fred Funk 72 70 73 68, Mark | Brooks 69 69 74 71".
_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")
_SCORES_NAMES = 6


def in_a_roster(text: str, names: Sequence[NameSpan], number: int) -> bool:
    """One word in a long list of names, two thirds of them read as people, and in no list
    of places: a team's line-up ("Given, Breen, Staunton, Irwin, McAteer, Harte, ..."),
    where the model read a few surnames as places."""
    listed = whole_list(text, names, number)
    word = names[number].tokens[0].lower()
    return (
        len(listed) >= _ROSTER_NAMES
        and 3 * sum(n.kind == "PER" for n in listed) >= 2 * len(listed)
        and not in_lists(word, ("loc", "place", "city"))
    )


_ROSTER_NAMES = 6


def may_be_a_persons_name(tokens: tuple[str, ...]) -> bool:
    tokens = without_letters_after(tokens)  # "John Major KG CH"
    particles = people_rules()["particles"]
    last = len(tokens) - 1
    # (a hyphen the tokenizer spaced between two words is no word: "Shankar - Jaikishan")
    words = [
        t for at, t in enumerate(tokens) if not (0 < at < last and (t in particles or t == "-"))
    ]
    return (
        (
            1 <= len(words) <= (3 if len(words) == len(tokens) else 4)
            # or three given names and a surname: "Gottlieb August Wilhelm Herrich-Schäffer"
            or (len(words) == 4 and all(is_given_name(word) for word in words[:3]))
        )
        # initials before the surname count as a word each: "P.V. Krishnamoorthy", "A. Flower"
        and all(
            (
                is_title_case(t)
                or (at < len(words) - 1 and _INITIALS.fullmatch(t))
                or (at == 0 and t in _STAGE_PREFIXES)
            )
            and not _HYPHENATED_PARTICIPLE.search(t)
            for at, t in enumerate(words)
        )
        and not any(is_institution_word(t) or code_for(t) for t in tokens)
        and tokens not in _AWARDS  # "the best actress Oscar"
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# Capitals that open stage names: "MF Doom", "DJ Shadow", "MC Solaar" (in the training sets 7
# of the 11 names so opened are people's, the others duos' and a show's).
_STAGE_PREFIXES = frozenset({"MC", "DJ", "MF", "LL"})
_HYPHENATED_PARTICIPLE = re.compile(r"-[a-z]+(?:ing|ed|born|based)$")  # "Oscar-winning"


_AWARDS = frozenset({("Oscar",), ("Oscars",), ("Emmy",), ("Grammy",), ("Bafta",)})
