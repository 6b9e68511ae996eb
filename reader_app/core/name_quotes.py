"""Names in quotation marks: alone, as a title is written; inside a short quoted title; or
given as a person's nickname."""

from __future__ import annotations

import re

from reader_app.core.name_context import TITLE_WORD
from reader_app.core.name_words import SHIP_PREFIX

# (its words perhaps parted by commas: " Biladi, Biladi, Biladi ")
_QUOTED_TITLE = re.compile(
    rf'["“][^\S\n]*{TITLE_WORD}(?:,?[^\S\n]+{TITLE_WORD}){{1,7}}[^\S\n]*["”]'
)


_OPENING_QUOTE = re.compile(r"(?:^|(?<=\s))(?:\"|“|‘|'|``)\s*(?:The[^\S\n]+)?$")


_CLOSING_QUOTE = re.compile(r"\s*(?:\"|”|''|['’](?!\w))")


def in_a_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether a mention stands inside a short title in quotation marks, in title case: a
    song's or an episode's (" The Ballad of Johnny Rook ", " Elvis in Osaka "), not quoted
    speech (" I met John there ")."""
    opening = _opening_quote_before(text, start)
    if opening < 0:
        return False
    title = _QUOTED_TITLE.match(text, opening)
    return title is not None and title.end() >= end


def _opening_quote_before(text: str, start: int) -> int:
    reach = max(0, start - 48)
    return max(text.rfind('"', reach, start), text.rfind("“", reach, start))


def quoted_as_a_nickname(text: str, start: int) -> bool:
    """Whether the quotation marks around a mention give a person's nickname: 'known as
    " King Kazu "', 'dubbing Mr Brown "Sir Wastealot"', 'The soldiers called her " Hanoi
    Hannah "'."""
    opening = _opening_quote_before(text, start)
    return opening >= 0 and (
        bool(_NICKNAME_BEFORE.search(text, max(0, opening - 40), opening))
        or given_him_or_her(text, opening)
    )


def given_him_or_her(text: str, opening: int) -> bool:
    """Whether "called him" or "called her" (or "nicknamed", "dubbed", "named") comes right
    before the quotation mark at `opening`: a person's nickname follows, unless "her" may be
    a ship named in the sentences before ('her sailors called her " Old Ironsides "')."""
    called = _CALLED_HIM_OR_HER_BEFORE.search(text, max(0, opening - 20), opening)
    return called is not None and not (
        called.group(1) == "her"
        and _A_SHIP_BEFORE.search(text, max(0, called.start() - 300), called.start())
    )


_CALLED_HIM_OR_HER_BEFORE = re.compile(
    r"\b(?:called|nicknamed|dubbed|named)[^\S\n]+(him|her)[^\S\n]*$"
)
_A_SHIP_BEFORE = re.compile(rf"\b(?:{SHIP_PREFIX}|ship|frigate|warship|battleship|liner)\b")


# (and "known to his followers as")
_NICKNAME_BEFORE = re.compile(
    r"\b(?:[Kk]nown(?:[^\S\n]+to[^\S\n]+(?:his|her|their|the)[^\S\n]+\w+)?[^\S\n]+as|nicknamed|(?<!so-)called|dubbed|dubbing[^\S\n]+\w+(?:[^\S\n]+\w+)?"
    r"|alias)"
    r"[^\S\n]*$"
)


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether quotation marks enclose a mention and nothing else: how a title is written
    ("Carey", "The Wooden Wonder"). A person is rarely named so, and then also named
    elsewhere without them."""
    return bool(
        _OPENING_QUOTE.search(text, max(0, start - 8), start) and _CLOSING_QUOTE.match(text, end)
    )
