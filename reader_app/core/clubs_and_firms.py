"""What says a one-word name is a club's or a firm's, wherever the model read it: a plural
verb after it as British English writes a team ("Chelsea are"), a league's role or a firm's
trade before it ("leaders Chelsea", "analysts Gartner"), a stake held in it or its shares
("a stake in Sina"), its staff or fans after it ("Chelsea manager", "Lehman analyst"); and
the firms a text writes with their legal form ("Atria Oy")."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader_app.core.name_words import is_given_name, people_rules
from reader_app.core.phrases import is_indexed_word, word_positions

if TYPE_CHECKING:
    from reader_app.core.not_a_person import Readings

Span = tuple[int, int]


@functools.cache
def _firms_named_like_people() -> tuple[frozenset[str], re.Pattern[str]]:
    """The capitalised words of people_rules' firms_named_like_people, and a pattern of them."""
    firms = people_rules()["firms_named_like_people"]
    words = frozenset(w for firm in firms for w in re.findall(r"[\w-]+", firm) if w[0].isupper())
    by_length = sorted(firms, key=len, reverse=True)
    # (and their products in the plural: "Alfa Romeos")
    return words, re.compile(r"\b(?:" + "|".join(map(re.escape, by_length)) + r")s?\b")


def in_a_firms_name(text: str, tokens: tuple[str, ...], start: int, end: int) -> bool:
    """Whether a name at text[start:end] stands inside a firm's name that people's names make
    ("Brian Taylor of Wells Fargo", "Marks & Spencer", however the model cut them), or holds
    one ("Citigroup Smith Barney"; not "Mike Powell of Dresdner Kleinwort Wasserstein", read
    as one name)."""
    if len(tokens) == 1 and _in_a_list_of_partners(text, start, end):
        return True
    words, pattern = _firms_named_like_people()
    if words.isdisjoint(tokens):
        return False  # (the cheap test first: most names hold no such word)
    return any(
        (found.start() <= start and end <= found.end())
        or (
            start <= found.start()
            and found.end() <= end
            and " of " not in text[start : found.start()]
        )
        for found in pattern.finditer(text, max(0, start - 24), end + 24)
    )


def _in_a_list_of_partners(text: str, start: int, end: int) -> bool:
    """Whether a one-word name stands in a list of three or more single words whose last joins
    it by "&", as firms of partners are written ("Skidmore, Owings & Merrill", "Goldman, Sachs
    & Co."; the training sets' 13 such lists are all organisations); not a list of given
    names only ("John, Paul, George & Ringo")."""
    if "&" not in text[start : end + 60]:
        return False  # (the cheap test first)
    for found in _PARTNERS.finditer(text, max(0, start - 60), end + 60):
        if found.start() <= start and end <= found.end():
            words = re.findall(r"[\w'’-]+", found.group())
            return not all(is_given_name(word) for word in words)
    return False


# Three or more capitalised words joined by commas and a last "&": "Skidmore, Owings & Merrill".
_PARTNERS = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:,[^\S\n]+[A-Z][\w'’-]*)+,?[^\S\n]+&[^\S\n]+[A-Z][\w'’-]*"
)


def agrees_as_a_team(text: str, found: set[Span]) -> bool:
    """Whether a one-word name opening a clause takes a plural verb ("Chelsea are", "that
    Chelsea have had"), as British English writes a team, and never a singular one."""
    plural = False
    for start, end in found:
        verb = _VERB_AFTER.match(text, end)
        if verb is None:
            continue
        if verb.group(1) in ("is", "was", "has"):
            return False
        plural = plural or bool(_CLAUSE_START_BEFORE.search(text, max(0, start - 9), start))
    return plural


def named_as_a_club_or_a_firm(
    text: str, forms: list[tuple[str, ...]], found: set[Span], readings: Readings
) -> bool:
    """Whether a one-word name, wherever the model read it (and in an article wherever the text
    writes it), comes after a team's role in a league, a firm's trade or a product's kind, or
    has a firm's kind in apposition, or is held as a stake or has shares and profits ("a stake
    in Sina"), or comes before a club's staff or players or a firm's spokesman or analysts (in
    CoNLL train and dev one person's one-word name stands so, "a Seguin spokeswoman", against
    24 organisations), or before its fans where the model also read it as a place or an
    organisation ("Obama supporters" does elsewhere)."""
    mentions = [*found, *readings.others_of(forms)]
    if len(text) <= ARTICLE_CHARACTERS:
        # and where the model read no name at all: "Brazil's biggest beer firm Ambev"
        mentions += [(at, at + len(w[0])) for w in forms for at in where_written(text, w[0])]
    if any(
        _TEAM_OR_FIRM_BEFORE.search(text, max(0, start - 16), start)
        or _A_PRODUCT_BEFORE.search(text, max(0, start - 12), start)
        for start, _ in mentions
    ):
        # "Premiership leaders Chelsea", "technology analysts Gartner", "its new analysis
        # tool Piero"
        return True
    if any(
        _HELD_BEFORE.search(text, max(0, start - 24), start)
        or _A_FIRMS_AFTER.match(text, end)
        or _A_FIRM_IN_APPOSITION.match(text, end)
        for start, end in mentions
    ):
        # "a 20% stake in Sina", "Sony Ericsson's profits", "Wipro, India's third-biggest
        # software firm,"
        return True
    return any(_STAFF_AFTER.match(text, end) for _, end in mentions) or (
        any(_CLUB_FANS_AFTER.match(text, end) for _, end in mentions)
        and any(readings.as_other[w[0]] for w in forms)
    )


def where_written(text: str, word: str) -> list[int]:
    """Where the text writes a capitalised word as a word of its own: looked up in the index
    of its capitalised words that the country matcher builds (an article's hundreds of
    one-word names are not each searched for through the text)."""
    if is_indexed_word(word):
        return word_positions(text).get(word, [])
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


# A firm's kind, which no person is ("brewing giant Inbev", "online bank Cahoot").
_FIRM_KIND = (
    r"carmakers?|retailers?|publishers|distributors?|manufacturers?|suppliers|lenders?"
    r"|broadcasters|brokerage|firm|giant|company|conglomerate|cartel|operator|network|bank"
    r"|chain|unit|brewer|bookmaker|watchdog|consultancy|studio"
)
# A team's role in a league or a match ("leaders Chelsea", "champions Bath"; two-word
# people's names follow it too: "champions Michael Johnson"), and a firm's trade or kind
# ("analysts Gartner", "carmaker Peugeot"), or one that a person's may be too ("maker",
# "group"): in CoNLL's and GUM's training and dev parts a one-word name after one of these
# words is an organisation's 58 times and a place's 3, never a person's, though two-word
# people's names follow some ("broker Shakil Rizvi", "insurer Thierry Dehaan").
_TEAM_OR_FIRM_BEFORE = re.compile(
    r"\b(?:champions|leaders|holders|hosts|visitors|rivals|opponents|strugglers|newcomers"
    r"|analysts|consultants|researchers|brokers|auditors|pollsters"
    rf"|{_FIRM_KIND}|maker|group|developers?|insurer)[^\S\n]+$"
)
_FIRM_KIND_BEFORE = re.compile(rf"\b(?:{_FIRM_KIND})[^\S\n]+$")
# A group's or a band's name after the word ("household products group Reckitt Benckiser",
# "pop group Bucks Fizz"; in the training sets 15 such names of two words or more, no given
# name opening them, are organisations', and two spans are people's that hold a group's name
# and its possessive: "localist group Civic Passion's Wong Yeung-tat").
_GROUP_BEFORE = re.compile(r"\b(?:group|band)[^\S\n]+$")
# A made thing's kind, or its code name ("web browser Safari", "codenamed Xenon"): no name in
# the training sets follows these.
_A_PRODUCT_BEFORE = re.compile(r"\b(?:tool|browser|robot|codenamed|code-named)[^\S\n]+$")
# A firm's kind in apposition: "Wipro, India's third-biggest software firm,", "Technorati, a
# blog search engine," (in the training sets six names stand so, all organisations'); not
# "a spokesman for the group", where the kind is another's.
_A_FIRM_IN_APPOSITION = re.compile(
    r",[^\S\n]+(?:(?:a|an|the|its)[^\S\n]+|[A-Z][\w.&'’-]*['’]s[^\S\n]+)"
    r"(?:(?!(?:for|of|at|with|from|in|by|to)\b)[\w-]+[^\S\n]+){0,4}?"
    rf"(?:{_FIRM_KIND}|group|engine|website|airline|agency|subsidiary)[^\S\n]*[,.;)]"
)


def introduced_as_a_firm(
    text: str, forms: list[tuple[str, ...]], found: set[Span], readings: Readings
) -> bool:
    """Whether a name of two words or more that no given name opens comes after a firm's kind
    somewhere, wherever the model read it: "management consulting firm Towers Perrin",
    "venture capital giant Kleiner Perkins" (in CoNLL's and GUM's training and dev parts and
    WikiANN's training part, 29 such names, every one an organisation's), or after a group's
    or a band's word."""
    if not all(len(w) > 1 and not is_given_name(w[0]) for w in forms):
        return False
    mentions = itertools.chain(found, readings.others_of(forms))
    introduced = [
        (start, end)
        for start, end in mentions
        if _FIRM_KIND_BEFORE.search(text, max(0, start - 16), start)
        or _GROUP_BEFORE.search(text, max(0, start - 8), start)
    ]
    # (but not where a fuller form stands after no firm's word: "bought by Condé Montrose
    # Nast, whose company Condé Nast")
    return bool(introduced) and no_fuller_form(text, forms, introduced)


def no_fuller_form(text: str, forms: list[tuple[str, ...]], mentions: Sequence[Span]) -> bool:
    """Whether no form has more words than the longest of `mentions`, which some context
    calls a thing's: else a fuller name stands elsewhere, which is someone's ("bought by Condé
    Montrose Nast, whose company Condé Nast")."""
    longest = max(len(text[start:end].split()) for start, end in mentions)
    return all(len(form) <= longest for form in forms)


# What only a firm is held by or has: "a stake in Sina", "the takeover of Yukos", "Sina's
# shares": of the one-word names CoNLL train and dev hold so, 14, none is a person's.
_HELD_BEFORE = re.compile(
    r"\b(?:(?:stakes?|shares|holdings?)[^\S\n]+(?:in|of)|(?:takeover|acquisition)[^\S\n]+of"
    r"|merger[^\S\n]+with|(?:subsidiary|division)[^\S\n]+of)[^\S\n]+$"
)
_A_FIRMS_AFTER = re.compile(
    r"['’]s?[^\S\n]+(?:shares|profits?|stake|subsidiar(?:y|ies)|shareholders|share[^\S\n]+price"
    r"|earnings|revenues?|customers)\b"
)
# What a club or a firm has and a person has not: "as Chelsea manager", "Chelsea fans",
# "Lehman analyst Blake Bath", "Amtrak spokeswoman Maureen Garrity".
_STAFF_AFTER = re.compile(
    r"[^\S\n]+(?:manager|boss|coach|striker|midfielder|defender|goalkeeper|keeper|winger"
    r"|captain|chairman|squad|spokesman|spokeswoman|spokesperson|analysts?|economists?"
    r"|strategists?)\b"
)
_CLUB_FANS_AFTER = re.compile(r"[^\S\n]+(?:fans|supporters|team-mates|teammates)\b")
_VERB_AFTER = re.compile(r"[^\S\n]+(are|were|have|is|was|has)\b")


# The name opens a clause, so the verb is its own: not "the letters held by Michel are".
_CLAUSE_START_BEFORE = re.compile(
    r"(?:^|[.!?:;][\"”’]?[^\S\n]+|\n[^\S\n]*|[\"“][^\S\n]*"
    r"|\b(?:that|while|but|when|as|because|if|since)[^\S\n]+)$"
)


# Companies' legal forms that are no English word or abbreviation, and those that are ("AS
# MCRAE ROLLS OUT", "SA" of South Africa), which count only right after every mention.
_LEGAL_FORMS = (
    r"Ltd|Limited|Inc|plc|PLC|LLC|LLP|GmbH|AG|AB|NV|N\.V|BV|B\.V|Oy|Oyj|SpA|S\.p\.A|Pty|Corp"
    r"|Corporation"
)
_LEGAL_FORMS_ALSO_WORDS = r"AS|ASA|SA|S\.A"
_A_LEGAL_FORM = re.compile(rf"(?:{_LEGAL_FORMS})\.?")


def is_a_legal_form(word: str) -> bool:
    """A company's legal form that is no word: "Oy", "GmbH", "PLC"."""
    return bool(_A_LEGAL_FORM.fullmatch(word))


def ends_in_a_legal_form(words: tuple[str, ...]) -> bool:
    """Whether a name of two words or more ends in a company's legal form that is no word:
    "Kekkila Oy", read as a person's name in "saplings maker Kekkila Oy said"."""
    return len(words) > 1 and is_a_legal_form(words[-1])


# A company's legal form after its name: "Halvorsen Marine AS", "Kessler & Voss GmbH".
COMPANY_FORM_AFTER = re.compile(
    rf"[^\S\n]+(?:&[^\S\n]+Co\b|(?:{_LEGAL_FORMS}|{_LEGAL_FORMS_ALSO_WORDS})\b)"
)


@functools.lru_cache(maxsize=2)
def firms_named(text: str) -> frozenset[str]:
    """The names of firms the text writes with their legal form somewhere ("Atria Oy", "Guinness
    Peat Group Plc", "Robert W. Baird & Co."): each name, each of its endings, as its words
    joined by spaces, and each of its words that is no given name."""
    firms: set[str] = set()
    for form in _LEGAL_FORM.finditer(text):
        words = _WORDS_BEFORE.search(text, max(0, form.start() - 80), form.start())
        if words is None:
            continue
        tokens = words.group(1).split()
        if tokens[-1] in _FIRMS_WORDS:
            tokens.pop()  # "Guinness Peat Group Plc": "Guinness Peat" is the firm too
        firms.update(" ".join(tokens[at:]) for at in range(len(tokens)))
        # and each word that is no given name ("Boskalis" of "Koninklijke Boskalis Westminster
        # NV"; not "Robert" of "Robert W. Baird & Co.")
        firms.update(t for t in tokens if not is_given_name(t) and not t.endswith("."))
    return frozenset(firms)


# The longest text read as an article: firms, and one-word names the model read otherwise,
# are looked for in articles, not in novels (hundreds of thousands of characters).
ARTICLE_CHARACTERS = 50_000
# A legal form anywhere, after a space: only those that are no word ("Guinness Peat Group Plc").
_LEGAL_FORM = re.compile(rf"(?<=[^\S\n])(?:&[^\S\n]+Co\b|(?:{_LEGAL_FORMS}|Plc)\b)")
# Up to four capitalised words (or initials) right before it.
_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*[^\S\n]+){1,4})$")
_FIRMS_WORDS = frozenset(
    "Group Holding Holdings Investment Investments International Industries Securities".split()
)
