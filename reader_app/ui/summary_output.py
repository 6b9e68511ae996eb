"""A summary leaving the window: copied to the clipboard, or saved as Markdown or plain text."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from reader_app.ui import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from reader_app.core.documents import Document


def copy_summary_texts(texts: Sequence[str]) -> None:
    """The sentences on the clipboard, one a line, and as paragraphs for rich-text editors."""
    mime = QMimeData()
    mime.setText("\n".join(texts))
    mime.setHtml("".join(f"<p>{html.escape(text)}</p>\n" for text in texts))
    QGuiApplication.clipboard().setMimeData(mime)


def save_summary(
    parent: QWidget,
    document: Document,
    method: str,
    chosen: Sequence[int],
    source_path: str,
    folder: str,
) -> str | None:
    """Asks where to save the summary (Markdown or plain text, named after the document) and
    writes it there whole or not at all; the path written, or None if cancelled or failed
    (the user is told why)."""
    from reader_app.core.errors import ReaderError
    from reader_app.core.export import summary_markdown, summary_text, write_atomically

    base = os.path.splitext(os.path.basename(source_path) or "summary")[0]
    answer = dialogs.choose_export_path(parent, os.path.join(folder, f"{base} summary.md"))
    if answer is None:
        return None
    path, kind = answer
    render = summary_text if kind == "txt" else summary_markdown
    try:
        write_atomically(path, render(document, chosen, method))
    except ReaderError as error:
        dialogs.show_error(parent, "Reader", f"Could not export the summary:\n{error.reason}")
        return None
    return path
