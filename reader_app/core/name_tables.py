"""Names in the rows of a table: consecutive short lines of one name each, or opening with a
name after a rank and holding others, written alike but for their numbers ("+2 D.A. Weibring
through 12", "+2 Clarence Rose through 9"; "4. Annemari Sandell (Finland) 15:06.33"). Where
the model read most of a table's names as people, its other rows' names are people too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader_app.core.name_reading import as_person
from reader_app.core.name_shapes import is_given_name_and_surname
from reader_app.core.ner.model import NameSpan


def people_in_tables(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
    """The names, with those of a table's rows read as people where the model read at least
    two thirds of its rows' names so (a golf leaderboard's "D.A. Weibring", read as an
    organisation among forty players)."""
    result = list(names)
    rows = _rows(text, names)
    # Tables of one name a row, then tables of rows that open with a name and hold others
    # ("2. Babe Didrikson, United States, 1.657 metres"); a row of the other kind may stand
    # between ("+1 Ernie Els (South Africa) through 8" among golfers named alone).
    for several in (False, True):
        run: list[int] = []  # numbers of the names of the current table's rows
        shape = ""
        previous_end = -2
        for number, start, end, row_shape, with_others in rows:
            if with_others != several:
                continue
            if row_shape == shape and start - previous_end <= _LONGEST_ROW + 2:
                run.append(number)
            else:
                _read_as_people(result, run)
                run, shape = [number], row_shape
            previous_end = end
        _read_as_people(result, run)
    return result


def _rows(text: str, names: Sequence[NameSpan]) -> list[tuple[int, int, int, str, bool]]:
    """(name's number, line's start, line's end, shape, whether it holds other names) of every
    short line holding exactly one name, or opening with a name after nothing but a rank ("2.
    Babe Didrikson, United States, 1.657 metres": the row's first name); the shape is the
    line with the name left out, the row's other names as "@" and every number, signed or
    not, as "#"."""
    lines: dict[int, list[int]] = {}
    line_start, searched_to = 0, 0
    for number, name in enumerate(names):
        # (Each stretch of text searched once, as the names come in order: a book on one line
        # has hundreds of thousands of names.)
        newline = text.rfind("\n", searched_to, name.start)
        if newline >= 0:
            line_start = newline + 1
        searched_to = max(searched_to, name.start)
        lines.setdefault(line_start, []).append(number)
    rows = []
    for start, numbers in lines.items():
        name = names[numbers[0]]
        if len(numbers) > 1 and any(c.isalpha() for c in text[start : name.start]):
            continue
        end = text.find("\n", start, start + _LONGEST_ROW + 1)
        if end < 0:
            if len(text) - start > _LONGEST_ROW:
                continue
            end = len(text)
        after, position = [], name.end
        for other in numbers[1:]:
            after += [text[position : names[other].start], "@"]
            position = names[other].end
        after.append(text[position:end])
        shape = _NUMBER.sub("#", text[start : name.start]) + "|" + _NUMBER.sub("#", "".join(after))
        rows.append((numbers[0], start, end, shape, len(numbers) > 1))
    return rows


def _read_as_people(names: list[NameSpan], run: list[int]) -> None:
    if len(run) < _FEWEST_ROWS:
        return
    if 3 * sum(_reads_as_a_person(names[number]) for number in run) < 2 * len(run):
        return
    for number in run:
        names[number] = as_person(names[number])


def _reads_as_a_person(name: NameSpan) -> bool:
    """Read as a person's by the model, or a given name and a surname as the other rows' are:
    the model read half of a cricket team's averages ("Salim Malik", "Rashid Latif") as
    organisations."""
    return name.kind == "PER" or (len(name.tokens) == 2 and is_given_name_and_surname(name.tokens))


_LONGEST_ROW = 80  # characters; a table's row is short, a paragraph of prose is not
_FEWEST_ROWS = 4
# "12", "+2", "- 1", "1:54.342", a cricket score's "100no" ("not out") or "1st", and a dash
# standing for no number
_NUMBER = re.compile(r"(?:[+-][^\S\n]?)?\d+(?:[.,:]\d+)*(?:[a-z]{1,2}\b)?|(?<!\S)-(?!\S)")
