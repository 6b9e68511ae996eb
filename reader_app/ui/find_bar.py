"""A find bar under the text: type to search, Enter for next, Shift+Enter for previous."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Hidden until opened (Ctrl+F); Esc closes it and returns focus to the text."""

    def __init__(self, view: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in text")
        self.field.setClearButtonEnabled(True)
        self.previous_button = QToolButton()
        self.previous_button.setText("Previous")
        self.next_button = QToolButton()
        self.next_button.setText("Next")
        self.close_button = QToolButton()
        self.close_button.setText("Close")
        self.result_label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel("Find:"))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.result_label)
        layout.addWidget(self.close_button)
        self.field.returnPressed.connect(self.find_next)
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
        self.view.setFocus()

    def find(self, backward: bool = False) -> bool:
        text = self.field.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.view.find(text, flags)
        if not found:  # wrap around
            cursor = self.view.textCursor()
            cursor.movePosition(
                cursor.MoveOperation.End if backward else cursor.MoveOperation.Start
            )
            self.view.setTextCursor(cursor)
            found = self.view.find(text, flags)
        self.result_label.setText("" if found else "Not found")
        if found:
            self.view.centerCursor()
        return found

    @Slot()
    def find_next(self) -> bool:
        return self.find(backward=False)

    @Slot()
    def find_previous(self) -> bool:
        return self.find(backward=True)

    @Slot(str)
    def _on_edited(self, _text: str) -> None:
        cursor = self.view.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.view.setTextCursor(cursor)
        self.find_next()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
        else:
            super().keyPressEvent(event)
