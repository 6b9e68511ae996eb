"""Loads a file into a Document: the text the reader shows, its paragraphs and its sentences."""

from __future__ import annotations

import functools
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from reader_app.core.chapters import is_chapter_heading
from reader_app.core.errors import ReaderError
from reader_app.core.matter import main_text
from reader_app.core.reflow import reflow
from reader_app.core.runtime import count_words
from reader_app.core.segment import split_sentences

Span = tuple[int, int]

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_TEXT_CHARS = 16 * 1024 * 1024  # five times War and Peace
_HEADING_END = re.compile(r"[.!?,;:\"”’)]$")
_LIST_FROM, _LIST_SHARE = 5, 0.9  # paragraphs; share of them short lines without a stop


def _is_short_and_unstopped(paragraph: str) -> bool:
    return (
        len(paragraph) <= 120
        and len(paragraph.split()) <= 15
        and not _HEADING_END.search(paragraph)
    )


@dataclass(frozen=True)
class Document:
    """A loaded text. Every span is a (start, end) character offset pair into `text`."""

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    path: str = ""
    word_count: int = 0
    main: Span = (0, 0)  # the book's own text, without front and back matter
    # A log, a table or a list: nearly every paragraph is a short line without a final stop.
    # Those lines are its content, so none is a heading but a title on the first line.
    is_list: bool = False

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]

    @functools.cached_property
    def sentence_words(self) -> tuple[int, ...]:
        """Each sentence's word count, counted once (the window counts a summary's words at
        every step of its length slider; the worker counts them before the window needs them)."""
        text = self.text
        return tuple(len(text[start:end].split()) for start, end in self.sentences)

    def is_heading(self, paragraph: Span) -> bool:
        """A short paragraph without a final stop, such as a title or a chapter heading."""
        if self.is_list and paragraph[0] > 0:
            return False
        return _is_short_and_unstopped(self.text[paragraph[0] : paragraph[1]])

    def in_main_text(self, span: Span) -> bool:
        return self.main[0] <= span[0] and span[1] <= self.main[1]

    @property
    def title(self) -> str:
        """The first paragraph when it reads as a heading, else an empty string."""
        if self.paragraphs and self.is_heading(self.paragraphs[0]):
            start, end = self.paragraphs[0]
            return self.text[start:end]
        return ""


class LoadListener(Protocol):
    """Told of a document's text and sentences while it is being loaded."""

    def text_ready(self, text: str) -> None: ...

    def split_elsewhere(self, text: str, paragraphs: Sequence[Span]) -> tuple[Span, ...] | None:
        """The sentences of the paragraphs as split_sentences gives them, split by other
        processes; None to have them split here."""

    def sentences_ready(self, spans: Sequence[Span]) -> None: ...


def document_from_text(raw: str, path: str = "", listener: LoadListener | None = None) -> Document:
    """Builds a Document from decoded text: newlines normalized, paragraphs reflowed, split."""
    if len(raw) > MAX_TEXT_CHARS:
        raise ReaderError(
            f"text too long ({len(raw):,} characters; the limit is {MAX_TEXT_CHARS:,})"
        )
    text, paragraphs = reflow(raw)
    if listener is not None:
        listener.text_ready(text)
    sentences = listener.split_elsewhere(text, paragraphs) if listener is not None else None
    if sentences is None:
        batches = listener.sentences_ready if listener is not None else None
        sentences = split_sentences(text, paragraphs, batches)
    words = sum(count_words(text, start, end) for start, end in paragraphs)
    short = sum(_is_short_and_unstopped(text[start:end]) for start, end in paragraphs)
    is_list = len(paragraphs) >= _LIST_FROM and short >= _LIST_SHARE * len(paragraphs)
    document = Document(text, paragraphs, sentences, path, words, is_list=is_list)

    def heading_or_chapter(paragraph: Span) -> bool:
        return document.is_heading(paragraph) or is_chapter_heading(text, paragraph)

    return replace(document, main=main_text(text, paragraphs, heading_or_chapter))


def read_bytes(path: str) -> bytes:
    """The file's bytes, or a ReaderError saying in plain words why they cannot be had."""
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise ReaderError("is a folder, not a file")
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
            raise ReaderError("is a device or a socket, not a file")
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise ReaderError(
                f"file too large ({size / 2**20:,.0f} MiB; the limit is "
                f"{MAX_FILE_BYTES // 2**20} MiB)"
            )
        # A named pipe with no writer would block open() for ever; opened without waiting,
        # it reads as empty, and a pipe with a writer (`<(command)`) is read to its end.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        os.set_blocking(descriptor, True)
        with open(descriptor, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise ReaderError(f"file too large (the limit is {MAX_FILE_BYTES // 2**20} MiB)")
        return data
    except FileNotFoundError as error:
        raise ReaderError("no such file") from error
    except PermissionError as error:
        raise ReaderError("permission denied") from error
    except OSError as error:
        raise ReaderError(error.strerror or "cannot be read") from error


def load_document(path: str, listener: LoadListener | None = None) -> Document:
    """Reads a file of any supported format, and decodes, reflows and segments its text."""
    from reader_app.core.formats import read_text

    return document_from_text(read_text(path, read_bytes(path)), path, listener)
