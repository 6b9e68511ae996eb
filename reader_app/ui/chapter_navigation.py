"""Moving between a book's chapters: next and previous, the contents' choice, and the chapter
in view marked in the contents as the reader scrolls."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from reader_app.ui.chapter_panel import ChapterPanel
from reader_app.ui.reader_view import ReaderView

if TYPE_CHECKING:
    from reader_app.core.chapters import Chapter


class ChapterNavigation(QObject):
    """The open document's chapters, and the view's moves between them: a chapter opens with
    its heading on the view's first line, as a book opens at a chapter."""

    def __init__(self, view: ReaderView, panel: ChapterPanel) -> None:
        super().__init__(view)
        self.chapters: tuple[Chapter, ...] = ()
        self._view = view
        self._panel = panel
        # The contents mark the chapter in view once scrolling pauses.
        self._place_timer = QTimer(self, singleShot=True, interval=150)
        self._place_timer.timeout.connect(self.show_reading_place)
        # (Not valueChanged to start: its value would be taken for the interval.)
        view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        panel.chapter_activated.connect(self.open_chapter)

    def set_chapters(self, chapters: tuple[Chapter, ...]) -> None:
        self.chapters = chapters
        self._panel.set_chapters(chapters)
        self.show_reading_place()

    @Slot()
    def next_chapter(self) -> None:
        """Opens the text at the first heading below the view's first line."""
        at = bisect.bisect_right(self._starts(), self._view.top_offset())
        if at < len(self.chapters):
            self.open_chapter(at)

    @Slot()
    def previous_chapter(self) -> None:
        """Opens the text at the last heading above the view's first line."""
        at = bisect.bisect_left(self._starts(), self._view.top_offset()) - 1
        if at >= 0:
            self.open_chapter(at)

    @Slot(int)
    def open_chapter(self, index: int) -> None:
        # The contents then mark that chapter, the one at the top.
        self._view.scroll_to_top(self.chapters[index].span[0])

    @Slot()
    def show_reading_place(self) -> None:
        if self.chapters:
            self._panel.show_reading_place(self._view.top_offset())

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        self._place_timer.start()

    def _starts(self) -> list[int]:
        return [chapter.span[0] for chapter in self.chapters]
