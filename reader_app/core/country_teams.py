"""A country's word that names a team, a club or a side: a plural demonym as a team's
nickname ("the Cleveland Indians"), a country named as its capital among clubs ("Cannes 0
Monaco 2"), and a club or a player with the country they come from, read as one name ("Nasr
of Saudi Arabia 1-0")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader_app.core.countries import CountryMention, code_for, named_as_their_capital
from reader_app.core.name_forms import is_a_plural_nickname
from reader_app.core.name_words import (
    REGNAL_NUMBER,
    is_compound_title,
    is_given_name,
    is_institution_word,
    is_title_case,
)
from reader_app.core.ner.clusters import cluster_of
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.segment import sentence_starters


def teams_nicknames(text: str, names: Sequence[NameSpan]) -> frozenset[str]:
    """The plural demonyms that the text writes as a team's nickname after a place's name, read
    as one organisation with it: "Indians" of "the Cleveland Indians"."""
    common = gazetteer()["common"]
    return frozenset(
        name.tokens[-1]
        for name in names
        if name.kind == "ORG"
        and len(name.tokens) == 2
        and is_a_plural_nickname(name.tokens[-1])
        and code_for(name.tokens[-1][:-1]) is not None  # a demonym's plural, not "BBC Wales"
        and is_title_case(name.tokens[0])
        and code_for(name.tokens[0]) is None
        # not a sentence's first word: "These Germans are first-rate fools"
        and name.tokens[0].lower() not in common
        and name.tokens[0].lower() not in sentence_starters()
    )


def a_side_of(text: str, name: NameSpan, mention: CountryMention) -> bool:
    """Whether the mention ends the name (but for a score) after "of" and a name of one
    word that is no English word, title or people: a club or a player and the country they
    come from, read as one name ("Nasr of Saudi Arabia 1-0", "Maleeva of Bulgaria"; not
    "Bank of England", "Parliament of Malta", "Hall of Fame of America")."""
    before = _NAME_AND_OF_BEFORE.search(text, name.start, mention.start)
    if before is None or _SCORE_ONLY.fullmatch(text, mention.end, name.end) is None:
        return False
    word = before.group(1)
    return not (
        _an_english_word_or_title(word)
        or (word.endswith("s") and _an_english_word_or_title(word[:-1]))  # "Presidents"
        or is_institution_word(word)
        # a ruler's style ("Gustav of Sweden", "King Charles III of France") is one name,
        # and so is a people of a land ("Albanians of Macedonia")
        or is_given_name(word)
        or REGNAL_NUMBER.fullmatch(word) is not None
        or code_for(word)
    )


def _an_english_word_or_title(word: str) -> bool:
    """A word the clusters' text writes in lower case, or a title ("Governor-General")."""
    lowered = word.lower()
    return (
        cluster_of(lowered) is not None
        or lowered in gazetteer()["title"]
        or is_compound_title(word)
    )


_NAME_AND_OF_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)[^\S\n]+of[^\S\n]+$")
_SCORE_ONLY = re.compile(r"(?:[^\S\n]*\d[\d-]*)*")


def a_club_among_clubs(
    text: str, mention: CountryMention, names: Sequence[NameSpan], starts: list[int]
) -> bool:
    """Whether a country named as its capital, named alone before a score or in brackets, beside
    clubs named after their towns and beside no other country, is a club of that town ("Cannes
    0 Monaco 2", "Scifo (Monaco), Debbah (Nice)"); national sides play national sides ("Spain
    2 Bulgaria 1"), and a country's side is listed beside its players' clubs ("Ajax and
    Netherlands striker"); a country in a list of places is no club ("Aberdeen ... Kuwait")."""
    if mention.code not in named_as_their_capital():
        return False
    if not (
        _SCORE_AFTER.match(text, mention.end)
        or (text.endswith("(", 0, mention.start) and text.startswith(")", mention.end))
    ):
        return False  # a club has its score after it, or stands in brackets after a player
    at = bisect.bisect_left(starts, mention.start)
    if at == len(names) or (names[at].start, names[at].end) != (mention.start, mention.end):
        return False
    low = bisect.bisect_left(starts, mention.start - _CLUB_LIST_CHARACTERS)
    high = bisect.bisect_right(starts, mention.end + _CLUB_LIST_CHARACTERS)
    near = [n for n in names[low:high] if n is not names[at] and n.kind != "PER"]
    other_countries = {code_for(" ".join(n.tokens)) for n in near} - {None, mention.code}
    return not other_countries and any(
        n.kind == "ORG" and len(n.tokens) == 1 and n.tokens[0].lower() in gazetteer()["city"]
        for n in near
    )


_CLUB_LIST_CHARACTERS = 80  # either side: a results line, or players with their clubs
_SCORE_AFTER = re.compile(r"[^\S\n]+\d")
