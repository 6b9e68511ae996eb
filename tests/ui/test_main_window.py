"""The window opens a file and shows its text and summary."""

from __future__ import annotations

from reader_app.ui.main_window import MainWindow


def test_window_shows_text_and_summary(qtbot, article_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(article_path))
    assert "Harbour talks" in window.reader_view.toPlainText()
    assert window.summary_list.count() == 5
