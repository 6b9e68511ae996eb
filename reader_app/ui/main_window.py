"""The main window: the document text with its summary beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QMainWindow, QMessageBox, QSplitter, QTextBrowser

from reader_app.core.documents import load_document
from reader_app.core.errors import ReaderError
from reader_app.core.summarize import pick, rank_sentences


class MainWindow(QMainWindow):
    """A first window: opens a file given on the command line and shows text and summary."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Reader")
        self.resize(1100, 750)
        self.reader_view = QTextBrowser()
        self.summary_list = QListWidget()
        splitter = QSplitter()
        splitter.addWidget(self.reader_view)
        splitter.addWidget(self.summary_list)
        self.setCentralWidget(splitter)

    def open_path(self, path: str) -> None:
        try:
            document = load_document(path)
        except ReaderError as error:
            QMessageBox.warning(self, "Reader", f"{path}: {error.reason}")
            return
        self.reader_view.setPlainText(document.text)
        ranking = rank_sentences(document)
        self.summary_list.clear()
        for index in pick(document, ranking):
            self.summary_list.addItem(document.sentence_text(index))
        self.setWindowTitle(f"{path} - Reader")
