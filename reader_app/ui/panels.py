"""The window's text area, its docks, its status-bar controls and its worker.

The docks hold the summary, the people and countries, and the contents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.methods import METHODS
from reader_app.ui.chapter_panel import ChapterPanel
from reader_app.ui.entity_panel import EntityPanel
from reader_app.ui.summary_panel import SummaryPanel
from reader_app.ui.workers import Worker

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow


def lay_out_text_area(window: MainWindow) -> None:
    """The text with the overview strip at its right and the find bar below: the window's
    centre, shown before the docks are built."""
    central = QWidget()
    column = QVBoxLayout(central)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addWidget(window.reader_view, 1)
    row.addWidget(window.overview)
    column.addLayout(row, 1)
    column.addWidget(window.find_bar)
    window.setCentralWidget(central)


def _dock(window: MainWindow, title: str, name: str, widget: QWidget) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(f"{name}_dock")
    dock.setWidget(widget)
    dock.setMinimumWidth(300)
    return dock


def build_panels(window: MainWindow) -> None:
    """Gives the window its panels in docks, its progress bar and cancel button, and its
    worker (as attributes: `summary_panel`, `entity_dock`, `worker`...)."""
    w = window
    values = {
        "sentences": w.settings.sentences,
        "percent": w.settings.percent,
        "words": w.settings.words,
    }
    w.summary_panel = SummaryPanel(METHODS, w.settings.method, w.settings.length_mode, values)
    w.entity_panel = EntityPanel()
    w.chapter_panel = ChapterPanel()
    w.summary_dock = _dock(w, "Summary", "summary", w.summary_panel)
    w.entity_dock = _dock(w, "People and countries", "entities", w.entity_panel)
    w.chapter_dock = _dock(w, "Contents", "contents", w.chapter_panel)
    w.chapter_dock.setMinimumWidth(200)
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, w.summary_dock)
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, w.entity_dock)
    w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, w.chapter_dock)
    w.chapter_dock.hide()

    w.progress_bar = QProgressBar()
    w.progress_bar.setMaximumWidth(180)
    w.progress_bar.setRange(0, 100)
    w.cancel_button = QPushButton("Cancel")
    w.cancel_button.setToolTip("Stop the analysis (Esc)")
    w.statusBar().addPermanentWidget(w.progress_bar)
    w.statusBar().addPermanentWidget(w.cancel_button)
    w.worker = Worker(w)
