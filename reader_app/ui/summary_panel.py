"""The summary panel: method choice, length control, the summary sentences and Copy."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.summarize import Length

METHOD_LABELS = {
    "default": "Reader (best for articles)",
    "lexrank": "LexRank",
    "textrank": "TextRank",
    "lsa": "LSA",
    "luhn": "Luhn",
    "edmundson": "Edmundson",
    "kl": "KL-Sum",
    "sumbasic": "SumBasic",
    "reduction": "Reduction",
}
MODE_LABELS = {"sentences": "Sentences", "percent": "Percent", "words": "Words at most"}
_INDEX_ROLE = Qt.ItemDataRole.UserRole
# Sentences the list shows at most: a summary of a whole novel (100%) is 30,000 wrapped rows,
# which held the window for a second and a half; the text marks them all the same.
MOST_SHOWN = 200
LONGEST_SHOWN = 2_000  # characters of a sentence the list shows


class SummaryPanel(QWidget):
    """Emits what the user asks for; the window owns the document and the ranking."""

    method_changed = Signal(str)
    length_changed = Signal()
    scope_changed = Signal()
    sentence_activated = Signal(int)  # sentence index in the document
    copy_requested = Signal()

    def __init__(
        self,
        methods: Sequence[str],
        method: str,
        mode: str,
        values: dict[str, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._values = dict(values)
        self._sentence_total = 0
        self._texts: list[str] = []
        self._word_total = 0

        self.method_box = QComboBox()
        for name in methods:
            self.method_box.addItem(METHOD_LABELS.get(name, name), name)
        self.method_box.setCurrentIndex(max(0, self.method_box.findData(method)))
        self.method_box.setToolTip("How sentences are rated")

        self.mode_box = QComboBox()
        for key, label in MODE_LABELS.items():
            self.mode_box.addItem(label, key)
        self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(mode)))

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.spin = QSpinBox()
        self.spin.setAccelerated(True)
        length_row = QHBoxLayout()
        length_row.addWidget(self.slider, 1)
        length_row.addWidget(self.spin)

        self.scope_box = QComboBox()
        self.scope_box.addItem("Whole document")
        self.scope_box.setToolTip("Summarise the whole document or one chapter")
        # A scrolling list, not one as tall as the screen, for a novel's hundreds of chapters.
        self.scope_box.setMaxVisibleItems(20)
        self.scope_box.setStyleSheet("QComboBox { combobox-popup: 0; }")
        form = QFormLayout()
        form.addRow("&Summarise:", self.scope_box)
        form.addRow("&Method:", self.method_box)
        form.addRow("&Length in:", self.mode_box)
        form.addRow("", length_row)

        self.summary_list = QListWidget()
        self.summary_list.setWordWrap(True)
        self.summary_list.setAlternatingRowColors(True)
        self.summary_list.setSpacing(2)
        self.info_label = QLabel("No document")
        self.info_label.setWordWrap(True)
        # Why "5 of 9,097 sentences" when the status bar counts 9,535.
        self.info_label.setToolTip(
            "Out of the sentences a summary may hold: headings, and a file's front and back "
            "matter (a contents list, a licence), are left out"
        )
        self.copy_button = QPushButton("&Copy summary")
        self.copy_button.setToolTip("Copy the summary to the clipboard (Ctrl+Shift+C)")
        self.copy_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info_label)
        layout.addWidget(self.summary_list, 1)
        layout.addWidget(self.copy_button)

        self._configure_range()
        self.method_box.currentIndexChanged.connect(self._on_method)
        self.mode_box.currentIndexChanged.connect(self._on_mode)
        self.slider.valueChanged.connect(self._on_slider)
        self.spin.valueChanged.connect(self._on_spin)
        self.summary_list.itemActivated.connect(self._on_item)
        self.summary_list.itemClicked.connect(self._on_item)
        self.copy_button.clicked.connect(self.copy_requested)
        self.scope_box.currentIndexChanged.connect(self._on_scope)

    @property
    def method(self) -> str:
        return str(self.method_box.currentData())

    @property
    def mode(self) -> str:
        return str(self.mode_box.currentData())

    @property
    def values(self) -> dict[str, int]:
        return dict(self._values)

    def length(self) -> Length:
        value = self._values[self.mode]
        if self.mode == "percent":
            return Length("ratio", value / 100)
        return Length(self.mode, value)  # type: ignore[arg-type]

    @property
    def scope(self) -> int:
        """-1 for the whole document, else the chosen chapter's index."""
        return self.scope_box.currentIndex() - 1

    def set_scopes(self, chapter_titles: Sequence[str]) -> None:
        self.scope_box.blockSignals(True)
        self.scope_box.clear()
        self.scope_box.addItem("Whole document")
        for title in chapter_titles:
            self.scope_box.addItem(title)
        self.scope_box.setEnabled(bool(chapter_titles))
        # The list as wide as its longest title, up to twice the box ("CHAPTER VII — BOOK
        # ONE: 1805" elided in its middle hid which book).
        metrics = self.scope_box.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(title) for title in chapter_titles), default=0)
        self.scope_box.view().setMinimumWidth(
            min(widest + 40, max(2 * self.scope_box.width(), 300))
        )
        self.scope_box.blockSignals(False)

    @Slot(int)
    def _on_scope(self, _index: int) -> None:
        self.scope_changed.emit()

    def set_totals(self, sentences: int, words: int) -> None:
        """Fits the slider to the document: up to all its sentences or words."""
        self._sentence_total = sentences
        self._word_total = words
        self._configure_range()

    def _configure_range(self) -> None:
        mode = self.mode
        if mode == "sentences":
            low, high, step = 1, max(1, min(500, self._sentence_total or 50)), 1
        elif mode == "percent":
            low, high, step = 1, 100, 5
        else:
            low, high, step = 10, max(10, min(100_000, self._word_total or 1000)), 10
        value = min(max(self._values[mode], low), max(high, self._values[mode]))
        for widget in (self.slider, self.spin):
            widget.blockSignals(True)
        self.slider.setRange(low, high)
        self.slider.setPageStep(step)
        self.spin.setRange(low, max(high, value))
        self.spin.setSingleStep(step)
        self.spin.setSuffix(" %" if mode == "percent" else "")
        self.slider.setValue(value)
        self.spin.setValue(value)
        for widget in (self.slider, self.spin):
            widget.blockSignals(False)

    def set_summary(self, sentences: Sequence[tuple[int, str]], info: str) -> None:
        """Shows (index, text) pairs in document order, the first MOST_SHOWN of them."""
        self._texts = [text for _, text in sentences]
        self.summary_list.clear()
        for index, text in sentences[:MOST_SHOWN]:
            # A "sentence" of megabytes (a text with no stop) took Qt seconds to lay out; the
            # list shows its start, and Copy summary copies it whole.
            shown = text if len(text) <= LONGEST_SHOWN else text[:LONGEST_SHOWN].rstrip() + " …"
            item = QListWidgetItem(shown)
            item.setData(_INDEX_ROLE, index)
            item.setToolTip(f"Sentence {index + 1}: click to show it in the text")
            self.summary_list.addItem(item)
        if len(sentences) > MOST_SHOWN:
            more = QListWidgetItem(
                f"… and {len(sentences) - MOST_SHOWN:,} more sentences, marked in the text; "
                "Copy summary copies them all"
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.summary_list.addItem(more)
        self.info_label.setText(info)
        self.copy_button.setEnabled(bool(sentences))

    def clear(self) -> None:
        self.set_scopes([])
        self.set_summary([], "No document")
        self.set_totals(0, 0)

    def summary_texts(self) -> list[str]:
        """Every sentence of the summary, those the list does not show too."""
        return list(self._texts)

    def copy_selected_rows(self) -> bool:
        """The selected sentences on the clipboard, whole where the list shows their start;
        False if none is selected."""
        rows = sorted(map(self.summary_list.row, self.summary_list.selectedItems()))
        if not rows:
            return False
        QGuiApplication.clipboard().setText("\n".join(self._texts[row] for row in rows))
        return True

    @Slot(int)
    def _on_method(self, _index: int) -> None:
        self.method_changed.emit(self.method)

    @Slot(int)
    def _on_mode(self, _index: int) -> None:
        self._configure_range()
        self.length_changed.emit()

    @Slot(int)
    def _on_slider(self, value: int) -> None:
        self._values[self.mode] = value
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.length_changed.emit()

    @Slot(int)
    def _on_spin(self, value: int) -> None:
        self._values[self.mode] = value
        self.slider.blockSignals(True)
        self.slider.setValue(value)
        self.slider.blockSignals(False)
        self.length_changed.emit()

    @Slot(QListWidgetItem)
    def _on_item(self, item: QListWidgetItem) -> None:
        self.sentence_activated.emit(int(item.data(_INDEX_ROLE)))
