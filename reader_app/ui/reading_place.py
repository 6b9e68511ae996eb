"""Where the reader was in each file: kept when a file is left, and shown again when it opens."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from reader_app.ui.reader_view import ReaderView
from reader_app.ui.settings import Settings


class ReadingPlaces(QObject):
    """Remembers the offset at the top of the view for each file left, and scrolls back to it
    when that file is opened again: once the whole text is in the view (a novel's far pages
    arrive in pieces), and only if the reader has not scrolled meanwhile."""

    def __init__(self, settings: Settings, view: ReaderView) -> None:
        super().__init__(view)
        self._settings = settings
        self._view = view
        self._pending = 0  # the offset to show once the text is all in the view
        view.text_complete.connect(self._on_text_complete)

    def leave(self, path: str) -> None:
        """Keeps the place of the file now shown, if any text of it is."""
        if path and self._view.document().characterCount() > 1:
            self._settings.remember_reading_place(path, self._view.top_offset())

    def arrive(self, path: str, text_length: int) -> None:
        """Shows the file's remembered place, now or once its text is all in the view."""
        offset = self._settings.reading_place(path)
        self._pending = offset if 0 < offset < text_length else 0
        if self._pending and self._view.is_complete:
            self._on_text_complete()

    def forget_pending(self) -> None:
        self._pending = 0

    @Slot()
    def _on_text_complete(self) -> None:
        offset, self._pending = self._pending, 0
        if offset and self._view.verticalScrollBar().value() == 0:
            self._view.scroll_to_top(offset)
