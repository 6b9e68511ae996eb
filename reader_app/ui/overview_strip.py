"""A narrow strip beside the text: where the key sentences and the chosen person's or
country's mentions are in the whole document; a click jumps there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

WIDTH = 14


class OverviewStrip(QWidget):
    """Marks are placed by character offset: the whole strip is the whole text."""

    position_clicked = Signal(int)  # a character offset into the document text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(WIDTH)
        self.setToolTip(
            "Key sentences (yellow) and the chosen name's mentions (blue); click to go there"
        )
        self._length = 0
        self._summary: list[int] = []
        self._mentions: list[int] = []

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def set_document_length(self, length: int) -> None:
        self._length = length
        self._summary, self._mentions = [], []
        self.update()

    def set_summary(self, offsets: Sequence[int]) -> None:
        self._summary = list(offsets)
        self.update()

    def set_mentions(self, offsets: Sequence[int]) -> None:
        self._mentions = list(offsets)
        self.update()

    def _rows(self, offsets: Sequence[int]) -> set[int]:
        scale = max(self.height() - 2, 1) / max(self._length, 1)
        return {int(offset * scale) + 1 for offset in offsets}

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        if self._length:
            dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
            summary = QColor(230, 180, 30) if dark else QColor(235, 170, 0)
            # One mark per pixel row: a summary of a whole novel is 30,000 offsets on a strip a
            # few hundred pixels high.
            for y in self._rows(self._summary):
                painter.fillRect(1, y - 1, WIDTH // 2 - 1, 3, summary)
            mention = QColor(90, 150, 255) if dark else QColor(30, 100, 220)
            for y in self._rows(self._mentions):
                painter.fillRect(WIDTH // 2, y - 1, WIDTH // 2 - 1, 3, mention)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._length:
            share = min(max(event.position().y() / max(self.height(), 1), 0.0), 1.0)
            self.position_clicked.emit(int(share * self._length))
