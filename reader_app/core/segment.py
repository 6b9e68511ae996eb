"""Sentence and word segmentation with character offsets, from rules and hand-made word lists.

Punkt learns abbreviations from a corpus; we cannot download its trained data, and importing
NLTK alone costs most of a second. So the splitter is a single regular-expression pass over
stop clusters with a small decision function, driven by the word lists in
resources/segmentation.json. A sentence never crosses a paragraph boundary.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from reader_app.core.resources import load_word_lists
from reader_app.core.runtime import findall_in_pieces, finditer_in_pieces

Span = tuple[int, int]

# A run of stops: a spaced or unspaced ellipsis, or one or more of . ! ? … ‽, then closers.
# Chinese and Japanese full stops (。！？) end a sentence with no space after them.
_STOP = re.compile(r"(?P<stop>\.(?: ?\.)+|[.!?…‽]+|[。！？]+)(?P<close>[\"'”’»)\]」』）]*)")
_WIDE_STOPS = "。！？"
_OPENERS = "\"'“‘«([{¿¡"
_CLOSERS = "\"'”’»)]}"
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\S+")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LIST_MARKER_ONLY = re.compile(r"[\W_]*(?:\d{1,3}|[A-Za-z]|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})[\W_]*")
_NO_SPACE_LEFT = re.compile(r"(?:[^\W\d_]{2,}|\d{1,3}(?:,\d{3})+|\d+)")
_NO_SPACE_RIGHT = re.compile(r"[A-Z][a-z]")
_NUMBERED = re.compile(r"(?:(?<=\s)|^)(?P<label>\d{1,3}|[a-z])(?:\.\)|\.|\))(?=\s)")
_BULLETS = "•▪‣⁃◦∙"
_BULLET = re.compile(r"(?<=\s)[•▪‣⁃◦∙]")
_CAPITAL = re.compile(r"[A-Z]")
_DASH_RUN = re.compile(r"--+|[—–]")
WORD_PATTERN = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_WORD = re.compile(WORD_PATTERN)


@functools.cache
def _lists() -> dict[str, frozenset[str]]:
    return load_word_lists("segmentation.json")


def sentence_starters() -> frozenset[str]:
    """Lower-case words that often open a sentence ("the", "he", "however"); the entity
    finder uses the same list to tell a capitalised function word from a name."""
    return _lists()["sentence_starters"]


def _is_starter(word: str) -> bool:
    return word.strip(_OPENERS + _CLOSERS + ".,;:!?").lower() in sentence_starters()


def _word_count(text: str) -> int:
    return len(text.split())


def _is_boundary(
    text: str, match: re.Match[str], sentence_start: int, end: int, lowercase: bool = False
) -> bool:
    """Decides whether the stop cluster in `match` ends a sentence within text[:end].
    In a paragraph written wholly in lower case, a lower-case word may start a sentence."""
    stop, close = match.group("stop"), match.group("close")
    if stop[-1] in _WIDE_STOPS:
        # 「本当ですか？」と彼は聞いた: a quotation that "to" (と) or "tte" (って) follows is
        # part of the sentence that reports it.
        return not text.startswith(("と", "って"), match.end()) or not close
    after = match.end()
    # (a token is read within _LONGEST_TOKEN characters either way: a text without spaces,
    # "!?.,;:" 5,000 times, made each stop read all the text before it and after it)
    token_start = text.rfind(" ", sentence_start, match.start()) + 1
    token_start = max(token_start, sentence_start, match.start() - _LONGEST_TOKEN)
    # "come--Mr. Bingley", "_Mr. Darcy_": the word is what follows a dash or an italic mark.
    word = _DASH_RUN.split(text[token_start : match.start()].lstrip(_OPENERS).lstrip("_"))[-1]
    if stop.startswith(".") and match.start() > 0 and text[match.start() - 1] in "[(":
        return False  # "[...]" marks an omission inside a sentence
    if after >= end:
        return True
    if text[after].isspace():
        next_match = _TOKEN.match(text, _SPACE.match(text, after).end())  # type: ignore[union-attr]
        following = next_match.group() if next_match and next_match.start() < end else ""
    else:
        following = text[after : min(end, after + _LONGEST_TOKEN)].split(None, 1)[0]
        whole_token = text[token_start:after] + following
        if (
            stop != "."
            or close
            or not _NO_SPACE_LEFT.fullmatch(word)
            or not _NO_SPACE_RIGHT.match(following)
            or any(mark in whole_token for mark in ("@", "/", "www"))
        ):
            return False
    if not following:
        return True
    if stop == "." and _LIST_MARKER_ONLY.fullmatch(text[sentence_start : match.start()]):
        return False  # "1." or "a." opening a list item
    first = following.lstrip(_OPENERS)
    if first[:1].islower() and not lowercase:
        return False
    dots = stop.count(".")
    if stop == "…" or dots == 3 or (dots == 2 and " " in stop):
        # A plain ellipsis usually trails off mid-sentence; only a clear new start ends it.
        return _is_starter(first) and not first.startswith("I ") and first.rstrip(".,") != "I"
    if dots >= 4 or "!" in stop or "?" in stop or "‽" in stop or "…" in stop or close:
        return True
    return _period_ends(text, word, first, token_start, sentence_start, match.start(), lowercase)


_LONGEST_TOKEN = 200  # characters: longer runs without a space are no word


_ONE_LETTER_NUMBERS = frozenset({"I", "V", "X"})  # Roman numerals a ruler's name may end with
_ANOTHER_INITIAL = re.compile(r"[^\S\n]+[A-Z]\.[^\S\n]+[A-Z]")


def _period_ends(
    text: str,
    word: str,
    first: str,
    token_start: int,
    sentence_start: int,
    stop_start: int,
    lowercase: bool = False,
) -> bool:
    """Whether a single period after `word`, followed by `first` (not lower case, but in a
    paragraph written wholly in lower case), ends it."""
    lists = _lists()
    key = word.lower()
    left = text[sentence_start:stop_start]
    if key in lists["never_final"]:
        # A title ends no sentence, but a name may end with one: "met Hun Sen. They talked"
        # (a capitalised word before it, a sentence's first word after it).
        if not word[:1].isupper() or not _is_starter(first):
            return False
        before = text[max(sentence_start, token_start - 40) : token_start].split()
        return bool(before) and before[-1][:1].isupper() and not before[-1].endswith(".")
    if key in lists["before_number"] and first[:1].isdigit():
        return False
    # (in a paragraph in lower case, initials are too: "england: m. atherton c inzamam")
    if len(word) == 1 and (word.isupper() or (lowercase and word.isalpha())):
        before = text[sentence_start:token_start].split()
        previous = before[-1] if before else ""
        if (
            word in _ONE_LETTER_NUMBERS
            and previous[:1].isupper()
            and previous.isalpha()
            and _is_starter(first)
        ):
            # A ruler's number, then a sentence's first word: "under Elizabeth I. Her
            # successor", "known as Rama I. The king" (not "Albert I. Jones").
            return True
        if (
            text[token_start] in _OPENERS
            or not previous[:1].isalnum()
            or previous[:1].isupper()
            or previous.endswith((".", ",", ";", ":"))
        ):
            # An initial: "J. R. R. Tolkien", "Albert I. Jones", "174 (P. Simmons 4-38)".
            return False
        if previous[:1].isdigit():
            # A unit or compass point, as in "0.12 W.", unless another initial follows: "In
            # 1929 J. M. Barrie".
            return not _ANOTHER_INITIAL.match(text, stop_start + 1)
        # "you and I. Did" but "from J. Smith"
        return word in ("I", "i") or _is_starter(first)
    if key in lists["abbreviations"] or _ACRONYM.fullmatch(word):
        # "At 5 a.m. Mr. Smith went" is one sentence; "at 6 P.M. Mr. Smith then went" two.
        return _word_count(left) > 3 and _is_starter(first)
    return True


def _forced_breaks(text: str, start: int, end: int) -> list[int]:
    """Positions where a numbered, lettered or bulleted list item starts inside a paragraph."""
    breaks: list[int] = []
    head = text[start:end].lstrip()
    offset = end - start - len(head)
    if head[:1] in _BULLETS:
        # A bulleted list may number its items too; the bullets alone mark the breaks.
        return [m.start() for m in finditer_in_pieces(_BULLET, text, start + offset + 1, end)]
    markers = list(finditer_in_pieces(_NUMBERED, text, start, end))
    first_label = head.lstrip(_BULLETS + " ")
    if markers and first_label.startswith(markers[0].group("label")):
        previous = markers[0].group("label")
        for marker in markers[1:]:
            label = marker.group("label")
            if _follows(previous, label):
                breaks.append(marker.start())
                previous = label
    return sorted(set(breaks))


def _follows(previous: str, label: str) -> bool:
    if previous.isdigit() and label.isdigit():
        return int(label) == int(previous) + 1
    return len(previous) == 1 and len(label) == 1 and ord(label) == ord(previous) + 1


def split_paragraph(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of text[start:end], a paragraph, as offsets into `text`."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return []
    ends: list[int] = []
    sentence_start = start
    forced = _forced_breaks(text, start, end)
    forced_index = 0
    lowercase = _CAPITAL.search(text, start, end) is None
    for match in finditer_in_pieces(_STOP, text, start, end, reach=256):
        while forced_index < len(forced) and forced[forced_index] <= match.start():
            ends.append(forced[forced_index])
            sentence_start = forced[forced_index]
            forced_index += 1
        if match.end() < end and _is_boundary(text, match, sentence_start, end, lowercase):
            ends.append(match.end())
            sentence_start = match.end()
    ends.extend(forced[forced_index:])
    ends.append(end)
    spans: list[Span] = []
    position = start
    for boundary in sorted(set(ends)):
        sentence_end = boundary
        while sentence_end > position and text[sentence_end - 1].isspace():
            sentence_end -= 1
        if sentence_end > position:
            spans.append((position, sentence_end))
        position = boundary
        while position < end and text[position].isspace():
            position += 1
    return spans


def split_sentences(
    text: str,
    paragraphs: Iterable[Span],
    batches: Callable[[Sequence[Span]], None] | None = None,
) -> tuple[Span, ...]:
    """Sentence spans of every paragraph, in order; `batches`, if given, is handed the new
    spans every few hundred paragraphs, so that other work can start before the end."""
    spans: list[Span] = []
    handed = 0
    for number, (start, end) in enumerate(paragraphs, 1):
        spans.extend(split_paragraph(text, start, end))
        if batches is not None and number % _BATCH_PARAGRAPHS == 0:
            batches(spans[handed:])
            handed = len(spans)
    if batches is not None and handed < len(spans):
        batches(spans[handed:])
    return tuple(spans)


_BATCH_PARAGRAPHS = 400


def word_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Spans of the words (letters, with inner apostrophes and hyphens) in text[start:end]."""
    for match in _WORD.finditer(text, start, len(text) if end is None else end):
        yield match.span()


def words(text: str) -> list[str]:
    """The words of a piece of text, as sumy's tokenizer would keep them."""
    return findall_in_pieces(_WORD, text)
