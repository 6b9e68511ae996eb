"""The document text, in a readable column, with key-sentence and mention highlights."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

Span = tuple[int, int]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
BASE_POINT_SIZE = 13
MIN_MARGIN = 28
COLUMN_CHARACTERS = 78


def summary_color(rank: int, count: int, dark: bool) -> QColor:
    """Stronger yellow for better-ranked sentences; keeps contrast on dark palettes."""
    strength = 1.0 - (rank / max(count, 1)) * 0.6
    if dark:
        return QColor(150, 120, 20, int(90 + 120 * strength))
    return QColor(255, 214, 64, int(60 + 150 * strength))


class ReaderView(QPlainTextEdit):
    """A read-only view of Document.text; spans are Python offsets into that text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        # The margins around the text column take the text's background, as on a page.
        self.setStyleSheet("ReaderView { background-color: palette(base); }")
        self._zoom = 0
        self._astral: list[int] = []
        self._summary_selections: list[QTextEdit.ExtraSelection] = []
        self._mention_selections: list[QTextEdit.ExtraSelection] = []
        font = QFont()
        font.setFamilies(["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"])
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSize(BASE_POINT_SIZE)
        self.setFont(font)
        self.setPlaceholderText("Open a file with File > Open… (Ctrl+O), or drop it here.")

    # Offsets: Qt counts UTF-16 code units, Python counts code points.
    def qt_position(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def set_text(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._summary_selections = []
        self._mention_selections = []
        self.setExtraSelections([])
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _cursor_for(self, span: Span) -> QTextCursor:
        cursor = QTextCursor(self.document())
        last = max(self.document().characterCount() - 1, 0)
        cursor.setPosition(min(self.qt_position(span[0]), last))
        cursor.setPosition(min(self.qt_position(span[1]), last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def show_summary(self, spans_by_rank: Sequence[Span]) -> None:
        """Highlights summary sentences; the first span is the best ranked."""
        dark = self._is_dark()
        selections = []
        for rank, span in enumerate(spans_by_rank):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor_for(span)  # type: ignore[attr-defined]
            char_format = QTextCharFormat()
            char_format.setBackground(summary_color(rank, len(spans_by_rank), dark))
            selection.format = char_format  # type: ignore[attr-defined]
            selections.append(selection)
        self._summary_selections = selections
        self._apply()

    def show_mentions(self, spans: Sequence[Span]) -> None:
        """Marks every mention of the chosen entity with an underline and a tint."""
        dark = self._is_dark()
        selections = []
        for span in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor_for(span)  # type: ignore[attr-defined]
            char_format = QTextCharFormat()
            char_format.setBackground(QColor(60, 140, 255, 110 if dark else 70))
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setUnderlineColor(QColor(40, 110, 230))
            selection.format = char_format  # type: ignore[attr-defined]
            selections.append(selection)
        self._mention_selections = selections
        self._apply()

    def _apply(self) -> None:
        self.setExtraSelections(self._summary_selections + self._mention_selections)

    def go_to(self, span: Span, select: bool = True) -> None:
        """Scrolls so that the span is in view, near the top third, and selects it."""
        cursor = self._cursor_for(span)
        if not select:
            cursor.setPosition(cursor.selectionStart())
        self.setTextCursor(cursor)
        self.centerCursor()

    def selected_span(self) -> Span | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    # Typography: a limited line width, centred, with margins that grow with the window.
    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(-8, min(20, steps))
        font = self.font()
        font.setPointSize(BASE_POINT_SIZE + self._zoom)
        self.setFont(font)
        self._update_margins()

    def _update_margins(self) -> None:
        column = self.fontMetrics().averageCharWidth() * COLUMN_CHARACTERS
        side = max(MIN_MARGIN, (self.width() - column) // 2)
        self.setViewportMargins(side, MIN_MARGIN // 2, side, MIN_MARGIN // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_margins()
        super().resizeEvent(event)
