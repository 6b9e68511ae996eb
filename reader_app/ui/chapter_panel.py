"""The contents panel: a book's chapters, nested in its books and volumes; choosing one goes
to it, and the chapter being read is marked as the reader scrolls."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from reader_app.core.chapters import holders

if TYPE_CHECKING:
    from reader_app.core.chapters import Chapter

_INDEX_ROLE = Qt.ItemDataRole.UserRole


class ChapterPanel(QWidget):
    chapter_activated = Signal(int)  # chapter index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chapter_tree = QTreeWidget()
        self.chapter_tree.setHeaderHidden(True)
        self.chapter_tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chapter_tree)
        self.chapter_tree.itemActivated.connect(self._on_item)
        self.chapter_tree.itemClicked.connect(self._on_item)
        self._items: list[QTreeWidgetItem] = []
        self._starts: list[int] = []

    def set_chapters(self, chapters: Sequence[Chapter]) -> None:
        self.chapter_tree.clear()
        self._items, self._starts = [], [chapter.span[0] for chapter in chapters]
        for index, (chapter, holder) in enumerate(zip(chapters, holders(chapters), strict=True)):
            item = QTreeWidgetItem([chapter.title])
            item.setData(0, _INDEX_ROLE, index)
            item.setToolTip(0, chapter.title)
            if holder >= 0:
                self._items[holder].addChild(item)
            else:
                self.chapter_tree.addTopLevelItem(item)
            self._items.append(item)

    def item(self, index: int) -> QTreeWidgetItem:
        """The chapter's row."""
        return self._items[index]

    def show_reading_place(self, offset: int) -> None:
        """Marks the innermost chapter that holds the text at `offset`, opening the books
        around it, without going anywhere."""
        at = bisect.bisect_right(self._starts, offset) - 1
        if at < 0:
            self.chapter_tree.clearSelection()
            return
        item = self._items[at]
        if item is self.chapter_tree.currentItem():
            return
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.chapter_tree.blockSignals(True)
        self.chapter_tree.setCurrentItem(item)
        self.chapter_tree.blockSignals(False)
        self.chapter_tree.scrollToItem(item)

    @Slot(QTreeWidgetItem, int)
    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.chapter_activated.emit(int(item.data(0, _INDEX_ROLE)))
