"""A summary written out as Markdown or plain text, with where each sentence stands; files
are written atomically (a temporary file, then a rename), so a failed write loses nothing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader_app.core.errors import ReaderError

if TYPE_CHECKING:
    from reader_app.core.documents import Document


def _heading(document: Document) -> str:
    return document.title or os.path.basename(document.path) or "Untitled"


def summary_markdown(document: Document, chosen: Sequence[int], method: str) -> str:
    lines = [f"# Summary of {_heading(document)}", ""]
    lines.append(f"{len(chosen)} of {len(document.sentences)} sentences, method: {method}")
    lines.append("")
    for index in chosen:
        start, end = document.sentences[index]
        text = document.sentence_text(index).replace("*", "\\*")
        lines.append(f"- {text} *(sentence {index + 1}, characters {start}–{end})*")
    return "\n".join(lines) + "\n"


def summary_text(document: Document, chosen: Sequence[int], method: str) -> str:
    lines = [f"Summary of {_heading(document)}"]
    lines.append(f"{len(chosen)} of {len(document.sentences)} sentences, method: {method}")
    lines.append("")
    for index in chosen:
        start, end = document.sentences[index]
        lines.append(f"[{index + 1}, {start}-{end}] {document.sentence_text(index)}")
    return "\n".join(lines) + "\n"


def write_atomically(path: str, text: str) -> None:
    """Writes `text` to `path` through a temporary file in the same folder and a rename."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".reader-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ReaderError(f"cannot write in {folder}: {error.strerror}") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise ReaderError(f"cannot write {path}: {error.strerror}") from error
