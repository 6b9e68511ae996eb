"""PDF: the text of each page in reading order (pdfium); lines are joined by the reflow,
and words hyphenated at a line end are joined again."""

from __future__ import annotations

import re

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
            page = document[index]
            text = page.get_textpage().get_text_range()
            pages.append(text.replace("\r\n", "\n").replace("\r", "\n").strip())
    except pypdfium2.PdfiumError as error:
        raise ReaderError("damaged PDF file (a page cannot be read)") from error
    finally:
        document.close()
    if pages and not any(pages):
        # Pages with no text at all: a scan. An empty result would look like a fault of ours.
        raise ReaderError("the PDF holds no text (scanned pages need text recognition first)")
    # A page break inside a paragraph is just a line break.
    return paragraphs_from_lines(_HYPHENATED.sub(r"\1", "\n".join(p for p in pages if p)))


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
