"""Stepping through one entity's mentions in the text: marked, and shown one by one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from reader_app.core.entities import Entity
from reader_app.ui.overview_strip import OverviewStrip
from reader_app.ui.reader_view import ReaderView


class MentionSteps(QObject):
    """The chosen entity's mentions: underlined in the view, ticked on the overview strip,
    and selected in turn by next() and previous() (F3 and Shift+F3)."""

    stepped = Signal(str)  # "Mention 3 of 12", for the status bar

    def __init__(self, view: ReaderView, overview: OverviewStrip) -> None:
        super().__init__(view)
        self._view = view
        self._overview = overview
        self._mentions: tuple[tuple[int, int], ...] = ()
        self._index = -1

    def clear(self) -> None:
        self._mentions = ()
        self._index = -1

    @Slot(object)
    def show(self, entity: Entity) -> None:
        """Marks the entity's mentions and selects the first."""
        self._mentions = entity.mentions
        self._view.show_mentions(entity.mentions)
        self._overview.set_mentions([start for start, _ in entity.mentions])
        self._index = -1
        self.next()

    def _step(self, step: int) -> None:
        if not self._mentions:
            return
        self._index = (self._index + step) % len(self._mentions)
        self._view.go_to(self._mentions[self._index])
        self.stepped.emit(f"Mention {self._index + 1} of {len(self._mentions)}")

    @Slot()
    def next(self) -> None:
        self._step(1)

    @Slot()
    def previous(self) -> None:
        self._step(-1)
