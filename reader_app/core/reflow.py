"""Turns raw text into paragraphs: normalized newlines, hard-wrapped lines joined, spans kept."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from reader_app.core.runtime import by_pieces_of_lines, by_pieces_of_words

Span = tuple[int, int]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff]")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
_LIST_START = re.compile(r"(?:[-*•▪‣⁃◦∙·]\s|\(?(?:\d{1,3}|[a-zA-Z])[.)]\s)")
# A label that opens a line, as a squad's or a cast's lines open: "Goalkeeper: ...",
# "Head coach : ..."; such a line after another or after a line ending in a colon is an
# entry of its own, however short.
_LABEL = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,2} ?: ")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
# A line that ends on a word no entry of a list ends on: the phrase goes on in the next line.
_ENDS_MID_PHRASE = re.compile(r"\s(?:of|the|a|an|and|or|to|in|for|with|by|from)$")
_MIN_WRAP, _MAX_WRAP = 40, 100
_LINE_BY_LINE_FROM = 5  # lines in a block
_LIST_AFTER_A_HEADING_FROM = 3  # lines after the heading's


def normalize(raw: str) -> str:
    """Unix newlines, no control characters, form feeds and line separators as breaks; a
    piece of lines at a time, as each replacement holds the interpreter for its whole text."""
    return by_pieces_of_lines(_normalize_piece, raw)


def _normalize_piece(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\n\n")
    return _CONTROL.sub("", text)


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The column a hard-wrapped text was wrapped at, or None if it was not wrapped."""
    lengths = sorted(len(line) for lines in blocks for line in lines[:-1])
    if len(lengths) < 3:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _MIN_WRAP <= width <= _MAX_WRAP:
        return None
    near_full = sum(1 for length in lengths if length >= 0.6 * width)
    if near_full < 0.6 * len(lengths):
        return None
    return None if _written_line_by_line(blocks, lengths) else width


def _written_line_by_line(blocks: list[list[str]], lengths: list[int]) -> bool:
    """Whether lines of about equal length were written so, not wrapped: each opens with a
    capital (a list of people, "Chris Redfield, a member of the S.T.A.R.S. team | Jill
    Valentine, his partner in the first game"; an article written a sentence a line), and
    mostly the next line's first word would have fitted on the line before, where a wrapper
    would have put it, or the line ends with a colon, a heading's end before the list's first
    line ("Characters in ... (1974): | Norman Stanley Fletcher, a habitual criminal"). Measured
    against the longest line, as no wrapped line is longer than the column (in a book,
    against nearly the longest: a few lines may be a table's)."""
    if not all(line[:1].isupper() for lines in blocks for line in lines):
        return False  # (the cheap test first: a wire story's lines open in lower case too)
    longest = lengths[-1] if len(lengths) < 100 else lengths[int(0.98 * (len(lengths) - 1))]
    fitting = sum(
        line.endswith(":") or len(line) + 1 + len(following.split(" ", 1)[0]) <= longest
        for lines in blocks
        for line, following in itertools.pairwise(lines)
    )
    return 2 * fitting > len(lengths)


def _is_line_by_line(lines: list[str]) -> bool:
    """A log, a table or a list copied as text: most lines open with a number, or with the
    same word not in lower case, or end with a number (a sports service's results: "Guimaraes
    4 Gil Vicente 2"). Each line is then a paragraph of its own, however long the lines are;
    wrapped prose has none of these (47 of War and Peace's 52,163 lines open with a digit, and
    no block of the four books nor of bbc/dev's articles ends half its lines with one). So is
    a list after its heading: a first line ending in a colon, then three lines or more that
    all open with a capital ("Characters in ... (1974): | Norman Stanley Fletcher, a habitual
    criminal | ..."), as wrapped prose seldom has."""
    if (
        len(lines) > _LIST_AFTER_A_HEADING_FROM
        and lines[0].endswith(":")
        and all(line[:1].isupper() for line in lines[1:])
    ):
        return True
    if len(lines) < _LINE_BY_LINE_FROM:
        return False
    firsts = Counter(line.split(" ", 1)[0] for line in lines)
    numbered = sum(count for word, count in firsts.items() if word[:1].isdigit())
    word, repeated = firsts.most_common(1)[0]
    if word[:1].islower():
        repeated = 0  # "the", "and": wrapped prose
    ending_in_numbers = sum(line[-1].isdigit() for line in lines)
    return max(numbered, repeated, ending_in_numbers) >= 0.5 * len(lines)


def _continues(line: str, following: str, width: int | None) -> bool:
    """Whether `following` continues the paragraph that `line` belongs to."""
    if _LIST_START.match(following) or (
        (_LABEL.match(line) or line.endswith(":")) and _LABEL.match(following)
    ):
        return False
    if _ENDS_MID_PHRASE.search(line):
        return True  # "... played in the new Estadio Centenario of | Montevideo: the first"
    first_word = following.split(" ", 1)[0]
    # A wrapper breaks a line only when the next word does not fit on it.
    if width is not None and len(line) + 1 + len(first_word) > width - 4:
        return True
    # A line cut mid-sentence (as copied from a PDF) continues in lower case.
    return following[:1].islower() and not _SENTENCE_END.search(line) and len(line.split()) >= 3


def _joint(left: str, right: str) -> str:
    """What goes between a line and the next line of its paragraph: nothing after a word cut
    by a hyphen or a dash, else a space."""
    if left.endswith(("-", "—")) and not left.endswith(" -") and right[:1].isalnum():
        return ""
    return " "


def _spaced(line: str) -> str:
    """The line with each run of spaces one space."""
    return _SPACES.sub(" ", line)


def reflow(raw: str) -> tuple[str, tuple[Span, ...]]:
    """Returns the reader's text (paragraphs separated by one blank line) and paragraph spans."""
    text = normalize(raw)
    blocks = []
    for block in _BLANK_LINE.split(text):
        lines = [by_pieces_of_words(_spaced, line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            blocks.append(lines)
    width = _wrap_width(blocks)
    paragraphs: list[str] = []
    for lines in blocks:
        line_by_line = _is_line_by_line(lines)
        # Parts joined once per paragraph: adding line by line to one string is quadratic,
        # and a log or a table can wrap into a paragraph of megabytes.
        parts = [lines[0]]
        for previous_line, line in itertools.pairwise(lines):
            if (
                # a table's lines stand alone, but for a sentence cut between lines around it
                # ("Results of matches on the | opening weekend of the championship:")
                _continues(previous_line, line, None) and not previous_line[-1].isdigit()
                if line_by_line
                else _continues(previous_line, line, width)
            ):
                parts += [_joint(previous_line, line), line]
            else:
                paragraphs.append("".join(parts))
                parts = [line]
        paragraphs.append("".join(parts))
    spans: list[Span] = []
    position = 0
    for paragraph in paragraphs:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + 2
    return "\n\n".join(paragraphs), tuple(spans)
