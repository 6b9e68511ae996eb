"""PDF: the text of each page in reading order (pdfium); lines are joined by the reflow,
and words hyphenated at a line end are joined again."""

from __future__ import annotations

import re

from reader_app.core.chapters import is_chapter_heading
from reader_app.core.errors import ReaderError

MAX_PAGES = 10_000
_HYPHENATED = re.compile(r"(\w)-\r?\n(?=[a-z])")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")


def pdf_to_text(data: bytes) -> str:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        message = str(error).lower()
        if "password" in message:
            raise ReaderError("the PDF is protected by a password") from error
        raise ReaderError("damaged or unsupported PDF file") from error
    try:
        if len(document) > MAX_PAGES:
            raise ReaderError(
                f"PDF has too many pages ({len(document):,}; the limit is {MAX_PAGES:,})"
            )
        pages = []
        for index in range(len(document)):
            textpage = document[index].get_textpage()
            text = _without_note_marks(textpage, textpage.get_text_range())
            pages.append(text.replace("\r\n", "\n").replace("\r", "\n").strip())
    except pypdfium2.PdfiumError as error:
        raise ReaderError("damaged PDF file (a page cannot be read)") from error
    finally:
        document.close()
    if pages and not any(pages):
        # Pages with no text at all: a scan. An empty result would look like a fault of ours.
        raise ReaderError("the PDF holds no text (scanned pages need text recognition first)")
    pages = without_running_heads(pages)
    # A page break inside a paragraph is just a line break.
    return paragraphs_from_lines(_HYPHENATED.sub(r"\1", "\n".join(p for p in pages if p)))


# Digits right after a word of four letters or more, or after punctuation: a footnote's mark
# where they are set smaller and raised ("Marsh¹", "1902.²"); an exponent follows a number or a
# unit ("10³", "km²") and stays.
_MARK_CANDIDATE = re.compile(r"(?:(?<=[^\W\d_]{4})|(?<=[.,;:)\]\"”’]))\d{1,3}(?=[\s.,;:)]|$)")


def _without_note_marks(textpage: object, text: str) -> str:
    """The page's text without footnote marks, told by their characters' size and height."""
    import pypdfium2.raw as pdfium_c

    found = list(_MARK_CANDIDATE.finditer(text))
    if not found or textpage.count_chars() != len(text):  # type: ignore[attr-defined]
        return text  # a page whose characters do not line up with its text is left as it is
    handle = textpage.raw  # type: ignore[attr-defined]

    def raised_and_smaller(mark: re.Match[str]) -> bool:
        """Whether every digit of the mark is smaller and higher than the character before."""
        before = mark.start() - 1
        size_before = float(pdfium_c.FPDFText_GetFontSize(handle, before))
        _, bottom_before, _, top_before = textpage.get_charbox(before)  # type: ignore[attr-defined]
        for index in range(*mark.span()):
            size = float(pdfium_c.FPDFText_GetFontSize(handle, index))
            bottom = float(textpage.get_charbox(index)[1])  # type: ignore[attr-defined]
            if size >= 0.85 * size_before or bottom <= bottom_before + 0.2 * (
                top_before - bottom_before
            ):
                return False
        return True

    pieces, at = [], 0
    for mark in found:
        if raised_and_smaller(mark):
            pieces.append(text[at : mark.start()])
            at = mark.end()
    return "".join(pieces) + text[at:]


_EDGE_LINES = 3  # lines at the top and at the bottom of a page where running heads stand
_RUNNING_HEAD_WORDS = 15  # at most; a line of text may repeat in a repetitive document
# "12", "- 12 -", "Page 3 of 40", and front matter's "iv"; not "IV", a chapter's heading.
_PAGE_NUMBER = re.compile(
    r"(?:[Pp]age\s+)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—)\]]?(?:\s+(?:of|/)\s+\d{1,4})?"
)


def without_running_heads(pages: list[str]) -> list[str]:
    """The pages without what a layout repeats at their top or bottom: a page number ("12",
    "- 12 -", "Page 3 of 40") and a short line that a third of the pages or more repeat at
    the same place there, numbers aside (a book's or a report's title, a footer with a date),
    but for a chapter's heading. Left in, they broke the sentences of every paragraph that
    runs on to the next page. Blank lines inside a page stay (they end paragraphs); those at
    its edges go."""
    if len(pages) < 2:
        return pages
    lines = [page.split("\n") for page in pages]

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()).lower())

    def edges(page: list[str]) -> tuple[list[int], list[int]]:
        """The indices of the first and of the last _EDGE_LINES lines with text."""
        filled = [i for i, line in enumerate(page) if line.strip()]
        return filled[:_EDGE_LINES], filled[::-1][:_EDGE_LINES]

    # Where a line stands counts too: a head is the same line of every page, a sentence that
    # a repetitive text repeats is not the first line of one page and the third of the next.
    page_edges = [edges(page) for page in lines]
    edge_counts: dict[tuple[str, int, str], int] = {}
    for page, (top, bottom) in zip(lines, page_edges, strict=True):
        seen = {("top", n, key(page[i])) for n, i in enumerate(top)}
        seen |= {("bottom", n, key(page[i])) for n, i in enumerate(bottom)}
        for edge in seen:
            edge_counts[edge] = edge_counts.get(edge, 0) + 1
    # A third of the pages: a book's title and its author's name alternate as running heads.
    repeated = {
        edge
        for edge, count in edge_counts.items()
        if count >= max(2, len(pages) // 3)
        and len(edge[2].split()) <= _RUNNING_HEAD_WORDS
        and not is_chapter_heading(edge[2], (0, len(edge[2])))  # each chapter on a new page
    }

    def is_furniture(line: str, side: str, place: int) -> bool:
        return _PAGE_NUMBER.fullmatch(line.strip()) is not None or (
            (side, place, key(line)) in repeated
        )

    result = []
    for page, (top, bottom) in zip(lines, page_edges, strict=True):
        first, last = 0, len(page)
        for place, index in enumerate(top):
            if not is_furniture(page[index], "top", place):
                break
            first = index + 1
        for place, index in enumerate(bottom):
            if index < first or not is_furniture(page[index], "bottom", place):
                break
            last = index
        # Blank lines at a page's edges went with its heads: a paragraph may run on.
        result.append("\n".join(page[first:last]).strip("\n \t"))
    return result


def paragraphs_from_lines(text: str) -> str:
    """Joins laid-out lines into paragraphs: a paragraph ends on a short line that ends a
    sentence, and a short line with no final stop before a capital is a heading."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return ""
    lengths = sorted(len(line) for line in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    paragraphs: list[str] = []
    current: list[str] = []
    for index, line in enumerate(lines):
        current.append(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        short = len(line) < 0.8 * width
        ends_sentence = bool(_SENTENCE_END.search(line))
        heading = len(line) < 0.6 * width and not ends_sentence and following[:1].isupper()
        if not following or (short and ends_sentence) or heading:
            paragraphs.append(_join(current))
            current = []
    return "\n\n".join(paragraphs)


def _join(lines: list[str]) -> str:
    joined = lines[0]
    for line in lines[1:]:
        joined += line if joined.endswith("-") and line[:1].isalpha() else " " + line
    return joined
