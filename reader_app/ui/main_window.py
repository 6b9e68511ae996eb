"""The main window: actions, menus, docks, status bar, and the flow of one document."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QWidget,
)

from reader_app.core.chapters import titles_in_context
from reader_app.core.summarize import pick, pick_with_total
from reader_app.ui import dialogs
from reader_app.ui.chapter_navigation import ChapterNavigation
from reader_app.ui.find_bar import FindBar
from reader_app.ui.mention_steps import MentionSteps
from reader_app.ui.menus import build_menus, fill_recent_menu
from reader_app.ui.overview_strip import OverviewStrip
from reader_app.ui.panels import build_panels, lay_out_text_area
from reader_app.ui.reader_view import ReaderView
from reader_app.ui.reading_place import ReadingPlaces
from reader_app.ui.settings import Settings
from reader_app.ui.status_text import counted, document_status
from reader_app.ui.summary_output import copy_summary_texts, save_summary

if TYPE_CHECKING:
    from reader_app.core.chapters import Chapter
    from reader_app.core.documents import Document
    from reader_app.core.entities import Entities
    from reader_app.core.summarize import Ranking


class MainWindow(QMainWindow):
    """Reader's window. Core work runs on the worker; results with an old job id are dropped."""

    analysis_finished = Signal()  # the current job is done (successfully or not)
    document_failed = Signal(str)  # the current file could not be opened; the reason

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        defer_panels: bool = False,
    ) -> None:
        """With `defer_panels`, the window shows its text area first and builds the panels,
        menus and worker on the next turn of the event loop, so that it appears sooner."""
        super().__init__(parent)
        self.settings = settings or Settings()
        self.setWindowTitle("Reader")
        self.setAcceptDrops(True)
        self.document: Document | None = None
        self.ranking: Ranking | None = None
        self.entities: Entities | None = None
        self.job_id = 0
        self.path = ""

        self.reader_view = ReaderView()
        self.reader_view.set_zoom(self.settings.zoom)
        self.reader_view.zoom_changed.connect(self._remember_zoom)
        self.reading_places = ReadingPlaces(self.settings, self.reader_view)
        self.overview = OverviewStrip()
        self.mention_steps = MentionSteps(self.reader_view, self.overview)
        self.find_bar = FindBar(self.reader_view)
        lay_out_text_area(self)

        self.status_label = QLabel("Ready")
        self.statusBar().addWidget(self.status_label, 1)
        self.resize(1200, 800)
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        self.ready = False
        if defer_panels:
            QTimer.singleShot(0, self._build_panels)
        else:
            self._build_panels()

    @Slot()
    def _build_panels(self) -> None:
        self.reader_view.finish_setup()
        build_panels(self)
        self._set_busy(False)

        self.worker.signals.loaded.connect(self._on_loaded)
        self.worker.signals.ranked.connect(self._on_ranked)
        self.worker.signals.rank_failed.connect(self._on_rank_failed)
        self.worker.signals.chapters_found.connect(self._on_chapters)
        self.worker.signals.entities_found.connect(self._on_entities)
        self.worker.signals.progress.connect(self._on_progress)
        self.worker.signals.failed.connect(self._on_failed)
        self.worker.signals.finished.connect(self._on_finished)
        self.summary_panel.method_changed.connect(self._on_method_changed)
        self.summary_panel.length_changed.connect(self._on_length_changed)
        self.summary_panel.scope_changed.connect(self.refresh_summary)
        self.chapter_navigation = ChapterNavigation(self.reader_view, self.chapter_panel)
        self.overview.position_clicked.connect(self._on_overview_clicked)
        self.summary_panel.sentence_activated.connect(self._on_sentence_activated)
        self.summary_panel.copy_requested.connect(self.copy_summary)
        self.entity_panel.entity_activated.connect(self.mention_steps.show)
        self.mention_steps.stepped.connect(self.status_label.setText)
        self.cancel_button.clicked.connect(self.cancel_analysis)

        build_menus(self)
        if not self.settings.window_state.isEmpty():
            self.restoreState(self.settings.window_state)
        else:
            # At first, the people and countries get room for a dozen names, not two: the
            # summary's few sentences need less than the whole side. (Once the docks are laid
            # out: before that Qt ignores the sizes.)
            QTimer.singleShot(0, self._share_the_side)
        self.ready = True

    @Slot()
    def _share_the_side(self) -> None:
        self.resizeDocks([self.summary_dock, self.entity_dock], [3, 2], Qt.Orientation.Vertical)

    def update_actions(self) -> None:
        """Copy, export and close are enabled only when there is something to act on."""
        has_summary = bool(self.summary_panel.summary_texts())
        self.copy_summary_action.setEnabled(has_summary)
        self.export_action.setEnabled(has_summary)
        self.close_action.setEnabled(self.document is not None or bool(self.path))
        self.reload_action.setEnabled(bool(self.path))
        for action in (self.next_chapter_action, self.previous_chapter_action):
            action.setEnabled(len(self.chapters) > 1)

    # Opening and analysing
    @Slot()
    def choose_and_open(self) -> None:
        path = dialogs.choose_file_to_open(self, self.settings.last_folder)
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> None:
        self.reading_places.leave(self.path)
        self.path = path
        self.settings.last_folder = os.path.dirname(os.path.abspath(path))
        self._clear_document()
        self.setWindowTitle(f"{os.path.basename(path)} — Reader")
        self.job_id = self.worker.submit(self.summary_panel.method, path=path)
        self._set_busy(True, f"Opening {os.path.basename(path)}…")

    @Slot()
    def reload(self) -> None:
        """Reads the file again (changed on disk since), at the same place."""
        if self.path:
            self.open_path(self.path)

    @Slot()
    def open_recent(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_path(str(action.data()))

    @Slot()
    def clear_recent(self) -> None:
        self.settings.recent_files = []
        fill_recent_menu(self, [])

    @Slot()
    def close_document(self) -> None:
        self.worker.cancel()
        self.job_id = -1
        self.reading_places.leave(self.path)
        self.path = ""
        self._clear_document()
        self.setWindowTitle("Reader")
        self._set_busy(False, "Ready")

    def _clear_document(self) -> None:
        self.document = None
        self.ranking = None
        self.entities = None
        self.mention_steps.clear()
        self.reader_view.set_text("")
        self.overview.set_document_length(0)
        self.summary_panel.clear()
        self.entity_panel.set_entities(None)
        self.chapter_navigation.set_chapters(())
        self.update_actions()

    @Slot()
    def cancel_analysis(self) -> None:
        if self._busy:
            self.worker.cancel()
            self.job_id = -1
            self._set_busy(False, "Cancelled")
            self.analysis_finished.emit()

    def _set_busy(self, busy: bool, message: str | None = None) -> None:
        self._busy = busy
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if hasattr(self, "cancel_action"):
            self.cancel_action.setEnabled(busy)
        if busy:
            self.progress_bar.setValue(0)
        if message is not None:
            self.status_label.setText(message)

    @Slot(int, object)
    def _on_loaded(self, job_id: int, document: Document) -> None:
        if job_id != self.job_id:
            return
        self.document = document
        self.reader_view.set_text(document.text)
        self.reading_places.arrive(self.path, len(document.text))
        self.overview.set_document_length(len(document.text))
        self.summary_panel.set_totals(len(document.sentences), document.word_count)
        fill_recent_menu(self, self.settings.add_recent_file(self.path))
        self.update_actions()

    @Slot(int, object)
    def _on_chapters(self, job_id: int, chapters: tuple[Chapter, ...]) -> None:
        if job_id != self.job_id:
            return
        self.chapter_navigation.set_chapters(chapters)
        self.summary_panel.set_scopes(titles_in_context(chapters))
        self.chapter_dock.setVisible(len(chapters) > 1)
        self.update_actions()

    @property
    def chapters(self) -> tuple[Chapter, ...]:
        return self.chapter_navigation.chapters

    @Slot(int)
    def _on_overview_clicked(self, offset: int) -> None:
        self.reader_view.go_to((offset, offset), select=False)

    @Slot(int, object)
    def _on_ranked(self, job_id: int, ranking: Ranking) -> None:
        if job_id != self.job_id:
            return
        self.ranking = ranking
        self.refresh_summary()

    @Slot(int, str)
    def _on_rank_failed(self, job_id: int, reason: str) -> None:
        """The chosen method cannot rank this text: no summary, and the reason; the text and
        its people and countries stay, and another method can be chosen."""
        if job_id != self.job_id:
            return
        self.ranking = None
        self.summary_panel.set_summary([], "No summary with this method")
        self.reader_view.show_summary([])
        self.overview.set_summary([])
        self.update_actions()
        name = os.path.basename(self.path)
        dialogs.show_error(self, "Reader", f"Could not summarise {name}:\n{reason}")

    @Slot(int, object)
    def _on_entities(self, job_id: int, entities: Entities) -> None:
        if job_id != self.job_id:
            return
        self.entities = entities
        self.entity_panel.set_entities(entities)

    @Slot(int, int, str)
    def _on_progress(self, job_id: int, percent: int, stage: str) -> None:
        if job_id == self.job_id:
            self.progress_bar.setValue(percent)
            self.status_label.setText(f"{stage}…")

    @Slot(int, str)
    def _on_failed(self, job_id: int, reason: str) -> None:
        if job_id != self.job_id:
            return
        path = self.path
        if not os.path.exists(path):  # moved or deleted: Open Recent would only fail again
            fill_recent_menu(self, self.settings.forget_recent_file(path))
        if self.document is None:
            self.path = ""
            self._clear_document()
            self.setWindowTitle("Reader")
        self._set_busy(False, f"Could not open {os.path.basename(path)}")
        self.document_failed.emit(reason)
        dialogs.show_error(self, "Reader", f"Could not open {path}:\n{reason}")

    @Slot(int)
    def _on_finished(self, job_id: int) -> None:
        if job_id != self.job_id:
            return
        if self.document is not None:
            self._set_busy(False, document_status(self.document))
        self.analysis_finished.emit()

    # Summary
    @Slot(str)
    def _on_method_changed(self, method: str) -> None:
        self.settings.method = method
        if self.document is not None:
            self.job_id = self.worker.submit(
                method, document=self.document, find_entities=self.entities is None
            )
            self._set_busy(True, "Summarizing…")

    @Slot()
    def _on_length_changed(self) -> None:
        self.settings.length_mode = self.summary_panel.mode
        values = self.summary_panel.values
        self.settings.sentences = values["sentences"]
        self.settings.percent = values["percent"]
        self.settings.words = values["words"]
        self.refresh_summary()

    def refresh_summary(self) -> None:
        """Re-picks the summary from the stored ranking; no analysis runs again."""
        document, ranking = self.document, self.ranking
        if document is None or ranking is None:
            return
        # Out of the chosen chapter's sentences, as its percentages are.
        chosen, total = pick_with_total(
            document, ranking, self.summary_panel.length(), self._summary_scope()
        )
        counts = document.sentence_words
        words = sum(counts[i] for i in chosen)
        info = f"{len(chosen):,} of {counted(total, 'sentence')} · {counted(words, 'word')}"
        self.summary_panel.set_summary([(i, document.sentence_text(i)) for i in chosen], info)
        rank_of = {index: rank for rank, index in enumerate(ranking.order)}
        self.reader_view.show_summary(
            [document.sentences[i] for i in chosen], [rank_of[i] for i in chosen]
        )
        self.overview.set_summary([document.sentences[i][0] for i in chosen])
        self.update_actions()

    def _summary_scope(self) -> tuple[int, int] | None:
        """The chosen chapter's span, or None for the whole document."""
        scope = self.summary_panel.scope
        return self.chapters[scope].span if 0 <= scope < len(self.chapters) else None

    @Slot(int)
    def _on_sentence_activated(self, index: int) -> None:
        if self.document is not None:
            self.reader_view.go_to(self.document.sentences[index])

    # Clipboard
    @Slot()
    def copy_selection(self) -> None:
        focus = QGuiApplication.focusObject()
        if focus is self.summary_panel.summary_list and self.summary_panel.copy_selected_rows():
            return
        if focus is self.entity_panel.tree and self.entity_panel.selected_names():
            self.entity_panel.copy_names()
            return
        self.reader_view.copy()

    @Slot()
    def copy_summary(self) -> None:
        texts = self.summary_panel.summary_texts()
        if texts:
            copy_summary_texts(texts)
            self.status_label.setText(f"Copied {len(texts)} sentences")

    @Slot()
    def export_summary(self) -> None:
        document, ranking = self.document, self.ranking
        if document is None or ranking is None:
            return
        chosen = pick(document, ranking, self.summary_panel.length(), self._summary_scope())
        folder = self.settings.last_folder or os.path.expanduser("~")
        saved = save_summary(self, document, ranking.method, chosen, self.path, folder)
        if saved:
            self.status_label.setText(f"Summary saved to {saved}")

    # View
    @Slot(int)
    def _remember_zoom(self, steps: int) -> None:
        self.settings.zoom = steps

    @Slot()
    def show_about(self) -> None:
        dialogs.show_about(self)

    # Window events
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_path(paths[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reading_places.leave(self.path)
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        self.worker.cancel()
        self.worker.wait(2000)
        super().closeEvent(event)
