"""The contents panel: a book's chapters; choosing one goes to it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from reader_app.core.chapters import Chapter

_INDEX_ROLE = Qt.ItemDataRole.UserRole


class ChapterPanel(QWidget):
    chapter_activated = Signal(int)  # chapter index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chapter_list = QListWidget()
        self.chapter_list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chapter_list)
        self.chapter_list.itemActivated.connect(self._on_item)
        self.chapter_list.itemClicked.connect(self._on_item)

    def set_chapters(self, chapters: Sequence[Chapter]) -> None:
        self.chapter_list.clear()
        for index, chapter in enumerate(chapters):
            item = QListWidgetItem(chapter.title)
            item.setData(_INDEX_ROLE, index)
            self.chapter_list.addItem(item)

    @Slot(QListWidgetItem)
    def _on_item(self, item: QListWidgetItem) -> None:
        self.chapter_activated.emit(int(item.data(_INDEX_ROLE)))
