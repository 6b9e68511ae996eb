"""Every dialog the window shows, behind small functions that tests can replace."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reader_app import __version__


def open_filters() -> str:
    """One filter for every supported document, one per format, and all files."""
    from reader_app.core.formats import EXTENSIONS, FORMATS

    patterns = {
        kind: " ".join(f"*{e}" for e in extensions) for kind, extensions in EXTENSIONS.items()
    }
    every = " ".join(patterns.values())
    each = ";;".join(f"{FORMATS[kind]} ({pattern})" for kind, pattern in patterns.items())
    return f"Documents ({every});;{each};;All files (*)"


def choose_file_to_open(parent: QWidget, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open", folder, open_filters())
    return path or None


def choose_export_path(parent: QWidget, suggested: str) -> tuple[str, str] | None:
    """(path, "md" or "txt") for File > Export Summary, or None when cancelled."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, "Export Summary", suggested, "Markdown (*.md);;Plain text (*.txt)"
    )
    if not path:
        return None
    kind = "txt" if chosen.startswith("Plain") or path.lower().endswith(".txt") else "md"
    return path, kind


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About Reader",
        f"<h3>Reader {__version__}</h3>"
        "<p>An offline reader that summarizes articles and books and lists the people and "
        "countries they mention. Nothing leaves your computer.</p>"
        "<p>Built with Qt (PySide6, LGPL), sumy (Apache 2.0), NLTK (Apache 2.0), NumPy and "
        "SciPy (BSD), charset-normalizer (MIT), pycountry (LGPL) and countryinfo (MIT).</p>",
    )
