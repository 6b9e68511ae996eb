"""The entity panel: people and countries with counts; choosing one shows its mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.text_search import folded

if TYPE_CHECKING:
    from reader_app.core.entities import Entities

_ENTITY_ROLE = Qt.ItemDataRole.UserRole
# The most mentioned listed: a name list of tens of thousands held the window for a third of a
# second to fill and no one scrolls through it (War and Peace has about 700 people).
MOST_LISTED = 2_000


class _FilterField(QLineEdit):
    """The filter's field: Esc empties it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)


class EntityPanel(QWidget):
    """Two groups, People and Countries, each most mentioned first."""

    entity_activated = Signal(object)  # Entity

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_field = _FilterField()
        self.filter_field.setPlaceholderText("Filter names")
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Name", "Mentions"])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.people_item = QTreeWidgetItem(["People", ""])
        self.countries_item = QTreeWidgetItem(["Countries", ""])
        for group in (self.people_item, self.countries_item):
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        self.hint = QLabel(
            "Click a name to select its mentions; F3 and Shift+F3 step through them. "
            "Right-click to copy the list."
        )
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemClicked.connect(self._on_item)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)

    def set_entities(self, entities: Entities | None) -> None:
        """Lists the entities; None empties the list, and its filter, for another text."""
        if entities is None:
            self.filter_field.clear()
        for group, items in (
            (self.people_item, entities.people if entities else ()),
            (self.countries_item, entities.countries if entities else ()),
        ):
            group.takeChildren()
            children = []
            for entity in items[:MOST_LISTED]:
                label = f"{entity.name} ({entity.code})" if entity.code else entity.name
                child = QTreeWidgetItem([label, str(entity.count)])
                child.setData(0, _ENTITY_ROLE, entity)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                child.setToolTip(0, f"{entity.name}: {entity.count} mentions")
                children.append(child)
            if len(items) > MOST_LISTED:
                rest = len(items) - MOST_LISTED
                more = QTreeWidgetItem([f"… and {rest:,} more, each named less often"])
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                children.append(more)
            group.addChildren(children)
            group.setText(1, str(len(items)) if entities else "")
            group.setData(1, _ENTITY_ROLE, len(items) if entities else None)
            group.setExpanded(True)
        self._apply_filter(self.filter_field.text())
        # The whole list is new: repaint all of it (Qt repainted only the first group's row
        # for a text without people, and showed no countries until the list was clicked).
        self.tree.viewport().update()

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        """Shows only the names holding the filter's words, in any case and with or without
        accents; the group's count then says how many of how many."""
        words = folded(text).split()
        for group in (self.people_item, self.countries_item):
            shown = 0
            for i in range(group.childCount()):
                child = group.child(i)
                entity = child.data(0, _ENTITY_ROLE)
                # (No folding without words: a list is filled with an empty filter.)
                hidden = bool(words) and (
                    entity is None or not all(w in folded(child.text(0)) for w in words)
                )
                child.setHidden(hidden)
                shown += entity is not None and not hidden
            total = group.data(1, _ENTITY_ROLE)
            if total is not None and words:
                group.setText(1, f"{shown} of {total}")
            elif total is not None:
                group.setText(1, str(total))

    def item_for(self, name: str) -> QTreeWidgetItem | None:
        for group in (self.people_item, self.countries_item):
            for i in range(group.childCount()):
                child = group.child(i)
                entity = child.data(0, _ENTITY_ROLE)
                if entity is not None and entity.name == name:
                    return child
        return None

    def selected_names(self) -> str:
        """The names chosen in the list, one a line (Copy, Ctrl+C, with the list in focus)."""
        entities = [item.data(0, _ENTITY_ROLE) for item in self.tree.selectedItems()]
        return "\n".join(entity.name for entity in entities if entity is not None)

    def listing(self) -> str:
        """Every person and country listed (those the filter shows), with its mentions,
        tab-separated for a spreadsheet."""
        lines = []
        for group in (self.people_item, self.countries_item):
            lines.append(f"{group.text(0)}\t{group.text(1)}")
            for i in range(group.childCount()):
                entity = group.child(i).data(0, _ENTITY_ROLE)
                if entity is not None and not group.child(i).isHidden():
                    lines.append(f"{entity.name}\t{entity.count}")
        return "\n".join(lines)

    def context_menu(self) -> QMenu:
        """Copy Name (those chosen) and Copy List (all, with their mentions)."""
        menu = QMenu(self.tree)
        copy_names = menu.addAction("Copy &Name")
        copy_names.setEnabled(bool(self.selected_names()))
        copy_names.triggered.connect(self.copy_names)
        copy_listing = menu.addAction("Copy &List")
        copy_listing.setEnabled(
            self.people_item.childCount() + self.countries_item.childCount() > 0
        )
        copy_listing.triggered.connect(self.copy_listing)
        return menu

    @Slot()
    def copy_names(self) -> None:
        QGuiApplication.clipboard().setText(self.selected_names())

    @Slot()
    def copy_listing(self) -> None:
        QGuiApplication.clipboard().setText(self.listing())

    @Slot(QPoint)
    def _show_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.tree.viewport().mapToGlobal(position))
        menu.deleteLater()

    @Slot(QTreeWidgetItem, int)
    def _on_item(self, item: QTreeWidgetItem, _column: int) -> None:
        entity = item.data(0, _ENTITY_ROLE)
        if entity is not None:
            self.entity_activated.emit(entity)
