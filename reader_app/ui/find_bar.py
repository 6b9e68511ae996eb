"""A find bar under the text: type to search, Enter for next, Shift+Enter for previous."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader_app.core.text_search import MOST_MATCHES, Query, TextSearch
from reader_app.ui.reader_view import ReaderView


class FindBar(QWidget):
    """Hidden until opened (Ctrl+F); Esc closes it and returns focus to the text. It searches
    the document's text, not Qt's: a phrase matches across a line the view broke, "Andrew's"
    matches "Andrew’s", and the bar counts the matches ("3 of 1,964")."""

    def __init__(self, view: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self._search = TextSearch("")
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in text")
        self.field.setClearButtonEnabled(True)
        self.previous_button = QToolButton()
        self.previous_button.setText("Previous")
        self.next_button = QToolButton()
        self.next_button.setText("Next")
        self.case_button = QToolButton()
        self.case_button.setText("Aa")
        self.case_button.setToolTip("Match case (Alt+A)")
        self.whole_words_button = QToolButton()
        self.whole_words_button.setText("Whole words")
        self.whole_words_button.setToolTip("Whole words only (Alt+W)")
        # (Not Alt+C: the summary panel's "&Copy summary" has it.)
        for option, keys in ((self.case_button, "Alt+A"), (self.whole_words_button, "Alt+W")):
            option.setCheckable(True)
            # The typing stays in the field: a button's own shortcut, or a click on it, would
            # take the focus.
            option.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            option.toggled.connect(self._on_option)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # while the bar shows
            shortcut.activated.connect(option.toggle)
        self.close_button = QToolButton()
        self.close_button.setText("Close")
        self.result_label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel("Find:"))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.case_button)
        layout.addWidget(self.whole_words_button)
        layout.addWidget(self.result_label)
        layout.addWidget(self.close_button)
        self.field.returnPressed.connect(self._on_return)
        self.field.textEdited.connect(self._on_edited)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    @Slot()
    def open(self) -> None:
        self.show()
        selected = self.view.textCursor().selectedText()
        if selected and len(selected) < 80:
            self.field.setText(selected)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @Slot()
    def close_bar(self) -> None:
        self.hide()
        self.view.show_found([])
        self.view.setFocus()

    def find(self, backward: bool = False, here: bool = False) -> bool:
        """Selects the next match after the selection's start (or at it, with `here`), or
        the one before it going `backward`, round the text's end."""
        query = Query(
            self.field.text(), self.case_button.isChecked(), self.whole_words_button.isChecked()
        )
        if self._search.text is not self.view.document_text:
            self._search = TextSearch(self.view.document_text)
        offset = self.view.text_offset(self.view.textCursor().selectionStart())
        index = self._search.next_index(query, offset, backward, here)
        if index < 0:
            self.result_label.setText("Not found" if query.text.strip() else "")
            self.view.show_found([])
            return False
        matches = self._search.matches(query)
        self.view.go_to(matches[index])
        self.view.show_found(matches)
        total = (
            f"more than {MOST_MATCHES:,}" if self._search.more_than_counted else f"{len(matches):,}"
        )
        self.result_label.setText(f"{index + 1:,} of {total}")
        return True

    @Slot()
    def find_next(self) -> bool:
        return self.find(backward=False)

    @Slot()
    def find_previous(self) -> bool:
        return self.find(backward=True)

    @Slot(str)
    def _on_edited(self, _text: str) -> None:
        self.find(here=True)  # a longer query may still match where the shorter one did

    @Slot(bool)
    def _on_option(self, _checked: bool) -> None:
        self.find(here=True)  # the same place, found again the new way

    @Slot()
    def _on_return(self) -> None:
        # The field takes Enter and Shift+Enter alike and passes them on too: the bar's own
        # key handler would then step back what this stepped forward.
        if QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.find_previous()
        else:
            self.find_next()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
