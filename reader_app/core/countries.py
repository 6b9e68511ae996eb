"""Country names, aliases and demonyms mapped to ISO 3166-1 alpha-2 codes, and found in text."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from reader_app.core.phrases import PhraseMatcher
from reader_app.core.resources import load_json
from reader_app.core.segment import sentence_starters

Span = tuple[int, int]


@dataclass(frozen=True)
class CountryMention:
    code: str
    start: int
    end: int


# Demonyms whose plural adds an "s" ("Albanian", "Iraqi", "Icelander", "Cypriot", "Slovene",
# "Kazakh", "Filipino", "Montenegrin", "Turkmen"); not "Chinese", "Swiss", "Danish", "Motswana".
_PLURAL_WITH_S = ("an", "i", "er", "ot", "ene", "ite", "k", "ino", "que", "in", "en")


@functools.cache
def _table() -> dict[str, str]:
    """Surface form (as written, case kept) -> code."""
    import pycountry

    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                table.setdefault(value, country.alpha_2)
    not_spellings = set(load_json("country_aliases.json")["not_spellings"])
    for info in _countryinfo_entries():
        code = (info.get("ISO") or {}).get("alpha2")
        if not code or not pycountry.countries.get(alpha_2=code):
            continue
        forms = [info.get("name"), info.get("demonym")]
        forms += [a for a in info.get("altSpellings") or [] if len(a) > 3 and a.isascii()]
        demonym = info.get("demonym") or ""
        if demonym.endswith(_PLURAL_WITH_S):
            forms.append(demonym + "s")  # "Albanians", "Sri Lankans", "Costa Ricans"
        for form in forms:
            if form and "," not in form and form[:1].isupper() and form not in not_spellings:
                table.setdefault(form, code)
    for code, forms in load_json("country_aliases.json")["aliases"].items():
        for form in forms:
            table[form] = code
    for form in list(table):
        if form.startswith("the "):
            table.setdefault(form[4:], table[form])
    return table


@functools.cache
def demonyms() -> frozenset[str]:
    """The peoples' words of the countries ("Egyptian", "Sri Lankan"), as countryinfo gives
    them."""
    return frozenset(
        info["demonym"]
        for info in _countryinfo_entries()
        if (info.get("demonym") or "")[:1].isupper()
    )


@functools.cache
def named_as_their_capital() -> frozenset[str]:
    """The codes of countries whose capital bears their name ("Monaco", "Singapore", "Kuwait
    City"), so that a town's club may bear it too."""
    codes = set()
    for info in _countryinfo_entries():
        name, capital = info.get("name") or "", info.get("capital") or ""
        capital = capital[0] if isinstance(capital, list) and capital else capital
        if name and isinstance(capital, str) and f"{capital} ".startswith(f"{name} "):
            codes.add((info.get("ISO") or {}).get("alpha2"))
    return frozenset(code for code in codes if code)


def _countryinfo_entries() -> Iterator[Mapping[str, Any]]:
    """Each country's record in the countryinfo package (none where it is not installed)."""
    try:
        from countryinfo import all_countries
    except ImportError:
        return
    for entry in all_countries():
        try:
            yield entry.info()
        except Exception:  # countryinfo has a few entries without full data
            continue


def is_a_state_in_short(word: str) -> bool:
    """A news agency's short form of a state or a province, with or without its final
    period: "Wisc.", "N.J.", "Ont."."""
    return word.removesuffix(".") in _state_abbreviations()


@functools.cache
def states_of_the_united_states() -> frozenset[str]:
    import pycountry

    return frozenset(state.name for state in pycountry.subdivisions if state.country_code == "US")


@functools.cache
def _state_abbreviations() -> frozenset[str]:
    return frozenset(load_json("country_aliases.json")["state_abbreviations"])


@functools.cache
def display_name(code: str) -> str:
    """A short, common English name for a country code."""
    import pycountry

    names = load_json("country_aliases.json")["display_names"]
    if code in names:
        return str(names[code])
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def names_no_person(form: str, code: str) -> bool:
    """Whether a country's word is no person's name: a demonym ("German") or another form
    than the country's usual name ("Soviet Union"); not the usual name, which a few people
    bear ("France Gall"), nor "Jordan" or "Georgia"."""
    return form != display_name(code) and not may_name_a_person(form)


def may_name_a_person(form: str) -> bool:
    """Whether a country's word is one people bear too ("Jordan", "Georgia", "Holland"),
    which context decides; not "France", nor "French"."""
    return form in _listed("ambiguous")


def iso_code(code: str) -> str:
    """The ISO 3166-1 alpha-2 code for one of our country keys; empty for a state that no
    longer exists (Yugoslavia, Czechoslovakia), which has none."""
    return "" if code in load_json("country_aliases.json")["historic"] else code


def code_for(name: str) -> str | None:
    """The ISO code of a country name, alias or demonym as written, else None."""
    table = _table()
    return table.get(name) or table.get(name.title())


@functools.cache
def _matcher() -> PhraseMatcher:
    data = load_json("country_aliases.json")
    forms = set(_table()) | set(data["not_countries"])
    # All-capital headlines ("CHINA IN SURPRISE DEFEAT") write names in capitals too.
    forms |= {form.upper() for form in _table() if len(form) > 4}
    return PhraseMatcher(forms)


@functools.cache
def _listed(name: str) -> frozenset[str]:
    """A word list of country_aliases.json, each word also in capitals, as headlines write it:
    "ambiguous" (Georgia, Jordan), "also_states" (Georgia is a state too) and "only_after_the"
    (the States; alone, "States" is anyone's: "Member States", "the Baltic States")."""
    words = load_json("country_aliases.json")[name]
    return frozenset(words) | frozenset(w.upper() for w in words)


_THE_JUST_BEFORE = re.compile(r"\b[Tt](?:he|HE)[^\S\n]+$")
# "the States of Jersey", "the States General": bodies of other lands
_BODY_AFTER = re.compile(r"[^\S\n]+of\b|[-\s]General\b")


# A country under a regime or a dynasty is the country: "Nazi Germany", "Vichy France",
# "Soviet Russia", "Joseon Korea", "Tudor England". (Not "Ancient Greece", "Ancient Libya": a
# civilisation's name, as CoNLL marks it whole.)
OF_A_TIME = frozenset(
    "Nazi Fascist Imperial Communist Francoist Vichy Weimar Tsarist Colonial Occupied Soviet "
    "Joseon Goryeo Qing Ming Mughal Tokugawa Meiji Edo Ptolemaic Tudor Stuart Elizabethan "
    "Victorian Edwardian Habsburg Bourbon Ottoman Qajar Safavid Pahlavi Napoleonic".split()
)


_NEXT_WORD = re.compile(r"\s+([A-Z](?:[a-z]|['’][A-Z])[\w'’-]*)")  # "Henderson", "O'Keeffe"
_PREVIOUS_WORD = re.compile(r"([A-Z][a-z]+)\s+$")
_STATE_CONTEXT = re.compile(r"([A-Z][a-z]+),\s+$")
_A_NAME_JOINED_BEFORE = re.compile(
    r"\b([A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)(?:,|[^\S\n]+(?:and|or))[^\S\n]+$"
)
_A_NAME_JOINED_AFTER = re.compile(
    r"(?:,|[^\S\n]+(?:and|or))[^\S\n]+([A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)\b"
)
# A state's office or the state itself named just before: "a United States Senator from
# Georgia", "Governor of Georgia", "the U.S. state of Georgia" (the country's head is its
# President, and a Georgian "state of" is rare).
_A_STATES_OFFICE_BEFORE = re.compile(
    r"(?:\b(?:[Ss]enator|[Gg]overnor|[Cc]ongress(?:wo)?man|[Rr]epresentative|[Ss]en\.|[Rr]ep\.|"
    r"[Gg]ov\.)[^\S\n]+(?:from|of)|\b(?:U\.S\.|US|American|[Ss]outhern)[^\S\n]+state[^\S\n]+of)"
    r"[^\S\n]+$"
)


def _is_country_in_context(text: str, start: int, end: int, form: str) -> bool:
    """Decides words such as Georgia, Jordan or Chad from their neighbours."""
    following = _NEXT_WORD.match(text, end)
    if following and following.group(1) not in ("The",):
        return False  # "Jordan Henderson", "Chad Smith"
    before = text[max(0, start - 40) : start]
    if before.rstrip(" \t").endswith(")"):
        return False  # a team after a driver's country: "Martin Brundle (Britain) Jordan 1:55"
    previous = _PREVIOUS_WORD.search(before)
    starters = sentence_starters()
    if previous and previous.group(1).lower() not in starters:
        # "Michael Jordan", but "In Jordan" and "Qing China"
        return previous.group(1) in OF_A_TIME
    if form not in _listed("also_states"):
        return True
    # "Atlanta, Georgia" is the state, but "Tbilisi, Georgia" the country; "Nairobi, Kenya" and
    # "Ghana, India" are countries.
    place_before = _STATE_CONTEXT.search(before)
    if place_before:
        return place_before.group(1) in _own_places(form)
    # a state among states: "north to Florida and Georgia", "Georgia and South Carolina"
    joined_before = _A_NAME_JOINED_BEFORE.search(before)
    joined_after = _A_NAME_JOINED_AFTER.match(text, end)
    if any(
        joined is not None and joined.group(1) in states_of_the_united_states()
        for joined in (joined_before, joined_after)
    ):
        return False
    if _an_american_states_sentence(text, start, end):
        return False
    return not _A_STATES_OFFICE_BEFORE.search(before)


# Words of the United States' own history, which make a state of a name in their
# sentence: "a prison camp of the Confederacy in Georgia during the American Civil War" (not
# "civil war" alone: "the Georgian Civil War").
_AMERICAN_STATES_WORDS = re.compile(
    r"\b(?:Confedera(?:cy|te|tes)|American[^\S\n]+Civil[^\S\n]+War)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _an_american_states_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] holds a word of the United States' own
    history (within 200 characters either side)."""
    low = max(0, start - 200)
    stops_before = [m.end() for m in _SENTENCE_END.finditer(text, low, start)]
    begin = stops_before[-1] if stops_before else low
    stop_after = _SENTENCE_END.search(text, end, end + 200)
    finish = stop_after.start() if stop_after else min(len(text), end + 200)
    return _AMERICAN_STATES_WORDS.search(text, begin, finish) is not None


@functools.cache
def _own_places(form: str) -> frozenset[str]:
    """The cities and regions of the country a state's name also names ("Tbilisi" for
    Georgia), as country_aliases.json lists them."""
    return frozenset(load_json("country_aliases.json")["own_places"].get(form.title(), ()))


# In lower-case text these read as ordinary words ("china", "turkey", "polish the boots", "a
# family reunion", "the poles of the tent", "scot-free").
_NOT_IN_LOWER_CASE = frozenset({"polish", "jersey", "reunion", "poles", "scot"})


def _by_first_word(phrases: Iterable[str]) -> dict[str, list[str]]:
    """Phrases in lower case by their first word, longest first."""
    by_first: dict[str, list[str]] = {}
    for lowered in {phrase.lower() for phrase in phrases}:
        first = _LOWER_WORD.match(lowered)
        if first:
            by_first.setdefault(first.group(), []).append(lowered)
    return {key: sorted(forms, key=lambda f: (-len(f), f)) for key, forms in by_first.items()}


@functools.cache
def _lower_case_forms() -> dict[str, list[str]]:
    """Country forms in lower case by first word, longest first; ambiguous ones left out."""
    leave_out = {
        w.lower() for w in _listed("ambiguous") | _listed("only_after_the")
    } | _NOT_IN_LOWER_CASE
    return _by_first_word(form for form in _table() if form.lower() not in leave_out)


@functools.cache
def _lower_case_names_holding_one() -> dict[str, list[str]]:
    """Names that hold a country's word but name no country ("american league", "indian
    ocean", "new mexico"), in lower case by first word, longest first."""
    return _by_first_word(load_json("country_aliases.json")["not_countries"])


_LOWER_WORD = re.compile(r"[^\W\d_]+")


def _phrase_at(text: str, start: int, phrases: list[str]) -> int:
    """The end of the first of `phrases` written at `start` as words of their own, else -1."""
    for phrase in phrases:
        end = start + len(phrase)
        if text.startswith(phrase, start) and not text[end : end + 1].isalpha():
            return end
    return -1


def lower_case_country_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of country names and demonyms written in lower case ("south korea", "french"),
    for text written without capitals; not inside a name that only holds one ("american
    league")."""
    forms, holders = _lower_case_forms(), _lower_case_names_holding_one()
    skip_to = 0
    for word in _LOWER_WORD.finditer(text):
        if word.start() < skip_to:
            continue
        held = _phrase_at(text, word.start(), holders.get(word.group(), []))
        if held >= 0:
            skip_to = held
            continue
        end = _phrase_at(text, word.start(), forms.get(word.group(), []))
        if end >= 0:
            yield word.start(), end


def find_countries(text: str, start: int = 0, end: int | None = None) -> Iterator[CountryMention]:
    """Every mention of a country (by name, alias or demonym) in text[start:end]."""
    table = _table()
    ambiguous = _listed("ambiguous")
    after_the_only = _listed("only_after_the")
    for match_start, match_end in _matcher().finditer(text, start, end):
        form = text[match_start:match_end]
        code = table.get(form) or table.get(form.title())
        if code is None:
            continue  # a phrase such as "New Mexico" that only contains a country name
        if form in ambiguous and not _is_country_in_context(text, match_start, match_end, form):
            continue
        if form in after_the_only and (
            not _THE_JUST_BEFORE.search(text, max(0, match_start - 5), match_start)
            or _BODY_AFTER.match(text, match_end)
        ):
            continue
        yield CountryMention(code, match_start, match_end)
