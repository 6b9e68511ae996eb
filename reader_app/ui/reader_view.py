"""The document text, in a readable column, with key-sentence and mention highlights."""

from __future__ import annotations

import bisect
import contextlib
import re
import sys
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

Span = tuple[int, int]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# Plain text marks italics with underscores, as Project Gutenberg does ("_Hackluyt._"): shown
# in italics, with the underscores faint. The text itself keeps them (offsets stay put).
# The pattern opens with the underscore itself, which the regular expression engine finds
# fast; that no letter stands before it is checked after ("my_var_name" is no italics).
_EMPHASIS = re.compile(r"_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])")
_WORD_CHARACTER = re.compile(r"[\w_]")
_FAINT = QColor(128, 128, 128)  # readable enough on a light page and on a dark one
BASE_POINT_SIZE = 13
MIN_MARGIN = 28
COLUMN_CHARACTERS = 78
FIRST_PIECE = 60_000  # characters shown at once: several screens
PIECE = 250_000  # characters added per turn of the event loop
NEAR_VIEW = 4_000  # characters above and below the view whose highlights are set
LONGEST_LINE = 10_000  # characters of one line shown as they are (a novel's longest: 7,333)
LINE_PART = 2_000  # about how long the parts of a longer line are shown

_LONG_LINE = re.compile(rf"^[^\n]{{{LONGEST_LINE},}}", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*[^\S\n]")


def with_line_breaks(text: str) -> str:
    """The text as the view shows it: a line of more than LONGEST_LINE characters (a book
    saved as one line) is broken about every LINE_PART characters, after a sentence's stop
    where one is near, by a line break in place of a space. Qt lays out a line whole, each
    time a piece is added to it: 3 MB on one line held the window for a second at a time and
    six in all. The length, and so every offset, stays the same."""
    if max(map(len, text.split("\n"))) <= LONGEST_LINE:
        return text  # a quicker test than the pattern's (5 ms for War and Peace, not 18)
    breaks: list[int] = []
    for line in _LONG_LINE.finditer(text):
        position = line.start() + LINE_PART
        while position < line.end() - LINE_PART // 2:
            stop = _SENTENCE_END.search(text, position, min(position + LINE_PART, line.end()))
            at = stop.end() - 1 if stop else text.find(" ", position, line.end())
            if at < 0:
                break
            breaks.append(at)
            position = at + LINE_PART
    if not breaks:
        return text
    pieces, previous = [], 0
    for at in breaks:
        pieces += [text[previous:at], "\n"]
        previous = at + 1
    pieces.append(text[previous:])
    return "".join(pieces)


def _astral_offsets(text: str) -> list[int]:
    """Where the characters beyond the basic plane are (Qt counts each as two). CPython stores
    a text without one in at most two bytes a character, which its size shows at once: the
    search took 48 ms of the window's time on a 16 MB text that had none."""
    if len(text) > 1_000 and sys.getsizeof(text) < 3 * len(text):
        return []
    return [m.start() for m in _ASTRAL.finditer(text)]


def summary_color(rank: int, count: int, dark: bool) -> QColor:
    """Stronger yellow for better-ranked sentences; keeps contrast on dark palettes."""
    strength = 1.0 - (rank / max(count, 1)) * 0.6
    if dark:
        return QColor(150, 120, 20, int(90 + 120 * strength))
    return QColor(255, 214, 64, int(60 + 150 * strength))


class ReaderView(QPlainTextEdit):
    """A read-only view of Document.text; spans are Python offsets into that text."""

    text_complete = Signal()  # the whole text is in the view, highlights are shown
    zoom_changed = Signal(int)  # steps of one point from the base size

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # The margins around the text column take the text's background, as on a page.
        self.setStyleSheet("ReaderView { background-color: palette(base); border: none; }")
        self._zoom = 0
        self._astral: list[int] = []
        self._astral_in_qt: list[int] = []  # where each of them is, counted as Qt counts
        self._text = ""  # as the document has it; _pending is as shown
        self._pending = ""
        self._loaded = 0
        self._summary_spans: list[Span] = []
        self._mention_spans: list[Span] = []
        self._found_spans: list[Span] = []  # the find bar's matches
        self._piece_timer = QTimer(self)
        self._piece_timer.setInterval(0)
        self._piece_timer.timeout.connect(self._add_piece)
        self.setUndoRedoEnabled(False)
        self._summary_ranks: list[int] = []  # of the summary spans, in text order (0 the best)
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self._apply)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        font = QFont()
        font.setFamilies(["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"])
        font.setPointSize(BASE_POINT_SIZE)
        self.setFont(font)
        self.setPlaceholderText("Open a file with File > Open… (Ctrl+O), or drop it here.")

    def finish_setup(self) -> None:
        """What can wait until the window is on screen: keyboard selection."""
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    # Offsets: Qt counts UTF-16 code units, Python counts code points.
    def qt_position(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def set_text(self, text: str) -> None:
        """Shows the start of the text at once and adds the rest in pieces from the event loop,
        so that a whole novel never freezes the window."""
        self._astral = _astral_offsets(text)
        self._astral_in_qt = [offset + i for i, offset in enumerate(self._astral)]
        self._summary_spans = []
        self._summary_ranks = []
        self._mention_spans = []
        self._found_spans = []
        self._text = text
        self._pending = with_line_breaks(text)
        self._loaded = min(len(text), FIRST_PIECE)
        self.setExtraSelections([])
        self.setPlainText(self._pending[: self._loaded])
        self._mark_emphasis(0, self._loaded)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        if self._loaded < len(text):
            self._piece_timer.start()

    @property
    def document_text(self) -> str:
        """The text as the document has it (a space where the view broke a long line)."""
        return self._text

    @property
    def is_complete(self) -> bool:
        return self._loaded >= len(self._pending)

    @Slot()
    def _add_piece(self) -> None:
        end = min(len(self._pending), self._loaded + PIECE)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # A plain format: the cursor's own is the last character's, which may be italic.
        cursor.insertText(self._pending[self._loaded : end], QTextCharFormat())
        self._mark_emphasis(self._loaded, end)
        self._loaded = end
        if self.is_complete:
            self._piece_timer.stop()
            self._apply()
            self.text_complete.emit()

    def _mark_emphasis(self, start: int, end: int) -> None:
        """Italics for the _underscored_ stretches of text[start:end] now in the view."""
        italic = QTextCharFormat()
        italic.setFontItalic(True)
        faint = QTextCharFormat()
        faint.setForeground(_FAINT)
        text = self._pending
        with self._one_edit_block():
            for found in _EMPHASIS.finditer(text, start, end):
                if found.start() > 0 and _WORD_CHARACTER.match(text, found.start() - 1):
                    continue
                for span, char_format in (
                    (found.span(1), italic),
                    ((found.start(), found.start() + 1), faint),
                    ((found.end() - 1, found.end()), faint),
                ):
                    self._cursor_for(span).mergeCharFormat(char_format)

    def finish_loading(self) -> None:
        """Adds what is left of the text now (before jumping to a far place in it)."""
        while not self.is_complete:
            self._add_piece()

    def _cursor_for(self, span: Span) -> QTextCursor:
        cursor = QTextCursor(self.document())
        last = max(self.document().characterCount() - 1, 0)
        cursor.setPosition(min(self.qt_position(span[0]), last))
        cursor.setPosition(min(self.qt_position(span[1]), last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    @contextlib.contextmanager
    def _one_edit_block(self) -> Iterator[None]:
        """Cursors set and formats changed inside cost no layout until the end: outside an
        edit block, a cursor set in a part of the text not yet laid out lays out its paragraph,
        and each format change is laid out again at once."""
        batch = QTextCursor(self.document())
        batch.beginEditBlock()
        try:
            yield
        finally:
            batch.endEditBlock()

    def show_summary(self, spans: Sequence[Span], ranks: Sequence[int] | None = None) -> None:
        """Highlights summary sentences, more strongly the better ranked: `spans` in text order
        with the rank of each (0 the best), or without ranks, best ranked first."""
        if ranks is None:
            ranked = sorted((span, rank) for rank, span in enumerate(spans))
            spans, ranks = [span for span, _ in ranked], [rank for _, rank in ranked]
        self._summary_spans = list(spans)
        self._summary_ranks = list(ranks)
        self._apply()

    def show_mentions(self, spans: Sequence[Span]) -> None:
        """Marks every mention of the chosen entity with an underline and a tint."""
        self._mention_spans = sorted(spans)
        self._apply()

    def show_found(self, spans: Sequence[Span]) -> None:
        """Tints the find bar's matches (in text order); the current one is the selection."""
        self._found_spans = list(spans)
        self._apply()

    def _near_view(self, spans: Sequence[Span]) -> range:
        """The indices of the spans (in text order, none inside another) near the view."""
        low, high = self._view_range
        first = bisect.bisect_left(spans, (low, low))
        while first > 0 and spans[first - 1][1] > low:
            first -= 1  # a long span that starts above the view and runs into it
        return range(first, bisect.bisect_right(spans, (high, high)))

    @property
    def _view_range(self) -> Span:
        """The text's offsets on screen, and NEAR_VIEW characters either side."""
        viewport = self.viewport()
        top = self.cursorForPosition(viewport.rect().topLeft()).position()
        bottom = self.cursorForPosition(viewport.rect().bottomRight()).position()
        return self.text_offset(top) - NEAR_VIEW, self.text_offset(bottom) + NEAR_VIEW

    def text_offset(self, qt_position: int) -> int:
        """The Python offset of a Qt position (Qt counts a character beyond the BMP twice)."""
        return qt_position - bisect.bisect_left(self._astral_in_qt, qt_position)

    @Slot()
    def _apply(self) -> None:
        """Puts the highlights near the view on the text. All of them could be thousands
        (a novel's mentions of its hero, a summary of every sentence), each a cursor that Qt
        lays out: 2,000 took 0.3 s of the window's time the first time. Near the view they are
        a few dozen, set again as the view scrolls."""
        if not self.is_complete:  # highlights need the whole text; they come when it is there
            return
        dark = self._is_dark()
        selections = []
        spans, ranks = self._summary_spans, self._summary_ranks
        count = len(spans)
        with self._one_edit_block():
            for index in self._near_view(spans):
                color = summary_color(ranks[index], count, dark)
                selections.append((ranks[index], self._selection(spans[index], color, False)))
            selections.sort(key=lambda pair: pair[0])  # the best ranked first
            mentions = self._mention_spans
            mention_color = QColor(60, 140, 255, 110 if dark else 70)
            marked = [
                self._selection(mentions[i], mention_color, True) for i in self._near_view(mentions)
            ]
            found, found_color = self._found_spans, QColor(255, 200, 0, 90 if dark else 120)
            marked += [
                self._selection(found[i], found_color, False) for i in self._near_view(found)
            ]
        self.setExtraSelections([selection for _, selection in selections] + marked)

    def _selection(self, span: Span, color: QColor, underline: bool) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor_for(span)  # type: ignore[attr-defined]
        char_format = QTextCharFormat()
        char_format.setBackground(color)
        if underline:
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setUnderlineColor(QColor(40, 110, 230))
        selection.format = char_format  # type: ignore[attr-defined]
        return selection

    def go_to(self, span: Span, select: bool = True) -> None:
        """Scrolls so that the span is in view, near the top third, and selects it."""
        if self.qt_position(span[1]) > self.document().characterCount():
            self.finish_loading()
        cursor = self._cursor_for(span)
        if not select:
            cursor.setPosition(cursor.selectionStart())
        self.setTextCursor(cursor)
        self.centerCursor()

    def top_offset(self) -> int:
        """The offset of the text at the top of the view."""
        return self.text_offset(self.cursorForPosition(self.viewport().rect().topLeft()).position())

    def scroll_to_top(self, offset: int) -> None:
        """Scrolls so that the line holding `offset` is the first in view."""
        if self.qt_position(offset) >= self.document().characterCount():
            self.finish_loading()
        # From the end, Qt scrolls up just far enough to show the cursor: its line on top.
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.setTextCursor(self._cursor_for((offset, offset)))

    def createMimeDataFromSelection(self) -> QMimeData:
        """The selection as the document has it: a space where the view broke a long line,
        a no-break space kept (Qt's own copy makes those a line break and a space)."""
        cursor = self.textCursor()
        mime = QMimeData()
        start, end = (
            self.text_offset(cursor.selectionStart()),
            self.text_offset(cursor.selectionEnd()),
        )
        mime.setText(self._text[start:end])
        return mime

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
        self.zoom_changed.emit(self._zoom)

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    @Slot()
    def zoom_reset(self) -> None:
        self.set_zoom(0)

    def _update_margins(self) -> None:
        column = self.fontMetrics().averageCharWidth() * COLUMN_CHARACTERS
        side = max(MIN_MARGIN, (self.width() - column) // 2)
        self.setViewportMargins(side, MIN_MARGIN // 2, side, MIN_MARGIN // 2)

    def changeEvent(self, event: QEvent) -> None:
        # A switch between light and dark: highlights are recoloured to keep their contrast.
        if event.type() == QEvent.Type.PaletteChange and (
            self._summary_spans or self._mention_spans or self._found_spans
        ):
            self._apply()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_margins()
        super().resizeEvent(event)
        self._apply_timer.start()  # more or less of the text is in view

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        # Later, from the event loop: setting highlights inside the view's own scrolling
        # (centerCursor moving the scroll bar) crashed Qt.
        self._apply_timer.start()
