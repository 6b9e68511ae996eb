"""Scorers and cricketers of match reports: a goal's scorer before its minute, in the bracket
after the team's score, and a batsman, fielder or bowler of a scorecard are people, however
the model read them."""

from __future__ import annotations

import bisect
import dataclasses
import re

from reader_app.core.name_line_ups import (
    MAY_BE_A_REPORT_AFTER,
    SCORE,
    SCORE_BEFORE,
    may_be_a_persons_name,
)
from reader_app.core.ner.model import NameSpan


def scorers(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """The scorers of a match report, each before the minute of a goal in the bracket after
    the team's score ("Hamburg 1 (Baeron 64th min)", "Lens 3 (Vairelles 8th, Foe 85th)"), are
    people: the model read most of them as places or firms, and left a few unread ("Schalke 4
    (Max 11th, ...")."""
    result = [
        dataclasses.replace(n, kind="PER")
        if n.kind != "PER" and is_a_scorer(text, n.start, n.end) and may_be_a_persons_name(n.tokens)
        else n
        for n in names
    ]
    starts = [n.start for n in names]
    # Only the brackets after a score are read: scanning a novel for minutes took 80 ms.
    bracket = text.find("(")
    while bracket >= 0:
        close = text.find(")", bracket, bracket + _LONGEST_BRACKET)
        stop = close if close >= 0 else min(len(text), bracket + _LONGEST_BRACKET)
        found: list[re.Match[str]] = []
        plain = False
        if SCORE_BEFORE.search(text, max(0, bracket - 6), bracket):
            found = list(_SCORER.finditer(text, bracket, stop))
            if not found and _SCORERS_AND_MINUTES.match(text, bracket, stop + 1):
                # "Heerenveen 4 (Korneev 15, Hansma 24, Wouden 70, 90)": minutes in figures
                found, plain = list(_SCORER_AND_MINUTES.finditer(text, bracket, stop)), True
        elif _MINUTES_IN_BRACKET.match(text, bracket):
            # "Barcelona - Ronaldo (5th and 89th minutes), Giovanni (31st)"
            before = _NAME_BEFORE_A_BRACKET.search(text, max(0, bracket - 60), bracket)
            found = [before] if before is not None else []
        for scorer in found:
            start, end = scorer.span(1)
            at = bisect.bisect_left(starts, start)
            read = (at < len(names) and names[at].start < end) or (
                at > 0 and names[at - 1].end > start
            )
            tokens = tuple(scorer.group(1).split())
            if not read and may_be_a_persons_name(tokens):
                result.append(NameSpan("PER", start, end, tokens))
            elif plain and read:
                # the model's reading of it, as a place or a firm ("Wouden 70"), is the scorer
                for number in (at - 1, at):
                    if 0 <= number < len(names) and names[number].start < end:
                        name = names[number]
                        # (its span may hold the minute: "Wouden 70")
                        if name.kind != "PER" and start <= name.start and name.end <= end + 4:
                            result[number] = NameSpan("PER", start, end, tokens)
        bracket = text.find("(", bracket + 1)
    return sorted(result, key=lambda n: n.start) if len(result) > len(names) else result


def cricketers(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """The batsmen, fielders and bowlers of a cricket scorecard ("Aamir Sohail c Cork b Croft
    46", "Cork 23-5-71-1") are people, where the model read a few as places or firms."""
    return [
        dataclasses.replace(n, kind="PER")
        if n.kind != "PER"
        and in_a_scorecard(text, n.start, n.end)
        and may_be_a_persons_name(n.tokens)
        else n
        for n in names
    ]


def in_a_scorecard(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a batsman (a dismissal after the name), a fielder or a
    bowler (after "c", "b" or "st", before the bowler or the runs), or a bowler's figures."""
    if not MAY_BE_A_REPORT_AFTER.match(text, end):
        return False
    return bool(
        _DISMISSAL_AFTER.match(text, end)
        or _FIGURES_AFTER.match(text, end)
        or (
            _FIELDER_BEFORE.search(text, max(0, start - 4), start)
            and _BOWLER_OR_RUNS_AFTER.match(text, end)
        )
    )


_DISMISSAL_AFTER = re.compile(
    r"[^\S\n]+(?:(?:c|b|st|lbw|c[^\S\n]*&[^\S\n]*b)[^\S\n]+[A-Z]|(?:not|run)[^\S\n]+out[^\S\n]+\d)"
)
_FIGURES_AFTER = re.compile(r"[^\S\n]+\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b")  # 10-0-59-1
_FIELDER_BEFORE = re.compile(r"(?<![\w.])(?:c|b|st)[^\S\n]+$")
_BOWLER_OR_RUNS_AFTER = re.compile(r"[^\S\n]+(?:b[^\S\n]+[A-Z]|\d{1,3}\b)")


def plays_in_a_match_report(text: str, start: int, end: int) -> bool:
    """A goal's scorer or a cricketer of a scorecard, named at text[start:end]."""
    return is_a_scorer(text, start, end) or in_a_scorecard(text, start, end)


def is_a_scorer(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names the scorer of a goal: a minute after it, in a bracket
    opened after a score, or the minutes in a bracket after it."""
    if not MAY_BE_A_REPORT_AFTER.match(text, end):
        return False
    return (
        _MINUTE_AFTER.match(text, end) is not None
        and _IN_A_BRACKET_AFTER_A_SCORE.search(text, max(0, start - 160), start) is not None
    ) or _MINUTES_IN_BRACKET_AFTER.match(text, end) is not None


# "64th", "59th-pen", "67th penalty": an ordinal (a goal's minute), no word after it but these.
_MINUTE = r"\d{1,3}(?:st|nd|rd|th)(?:[-\s]*(?:min|minute|pen|penalty)\b)?(?![\w-])"
_MINUTE_AFTER = re.compile(r"\s*" + _MINUTE)
# A scorer in the bracket: after it or a comma, a name, then the minute.
_SCORER = re.compile(r"[(,]\s*([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?)\s+(?=" + _MINUTE + ")")
# The score, the bracket, and the scorers before this one with their minutes.
_IN_A_BRACKET_AFTER_A_SCORE = re.compile(SCORE + r"\([^()]*$")
_LONGEST_BRACKET = 300  # characters: a team's scorers
# The same with the minutes in figures alone, the whole bracket so ("(Jeffrey 7, Roest 33)"):
# in CoNLL train every name written so after a score is a person's.
# (A news agency's lines may break inside the bracket: "(Korneev\n15, Hansma 24)".)
_SCORER_AND_MINUTES = re.compile(
    r"[(,]\s*([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?)\s+(?=\d{1,3}\b)"
)
_SCORERS_AND_MINUTES = re.compile(
    r"\((?:\s*[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?\s+\d{1,3}"
    r"(?:\s*,\s*\d{1,3}\b)*(?:\s+(?:pen|og))?\s*,?)+\)"
)
# Or the minutes in a bracket after the scorer, and nothing else: "Ronaldo (5th and 89th
# minutes)", "Pantic (57th, penalty)"; not "Paris (2nd arrondissement)".
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_MINUTES_IN_BRACKET = re.compile(
    rf"\({_ORDINAL}(?:(?:,|[^\S\n]+and)?[^\S\n]+{_ORDINAL})*(?:[^\S\n]+min(?:ute)?s?)?"
    r"(?:,?[^\S\n]*(?:pen|penalty|og|own goal))?\)"
)
_MINUTES_IN_BRACKET_AFTER = re.compile(r"[^\S\n]*" + _MINUTES_IN_BRACKET.pattern)
_NAME_BEFORE_A_BRACKET = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?)[^\S\n]*$"
)
