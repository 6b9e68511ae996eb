"""Fixtures for window tests: private settings, replaced dialogs, and a shown main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from reader_app.ui import dialogs
from reader_app.ui.main_window import MainWindow
from reader_app.ui.settings import Settings


@pytest.fixture
def settings_store(tmp_path):
    return QSettings(str(tmp_path / "reader.ini"), QSettings.Format.IniFormat)


class DialogRecorder:
    """Stands in for every dialog: answers Open with a chosen path, records errors."""

    def __init__(self) -> None:
        self.open_answer: str | None = None
        self.export_answer: tuple[str, str] | None = None
        self.errors: list[str] = []
        self.abouts = 0

    def choose_file_to_open(self, parent, folder):
        return self.open_answer

    def choose_export_path(self, parent, suggested):
        return self.export_answer

    def show_error(self, parent, title, message):
        self.errors.append(message)

    def show_about(self, parent):
        self.abouts += 1


@pytest.fixture
def dialog_recorder(monkeypatch):
    recorder = DialogRecorder()
    monkeypatch.setattr(dialogs, "choose_file_to_open", recorder.choose_file_to_open)
    monkeypatch.setattr(dialogs, "show_error", recorder.show_error)
    monkeypatch.setattr(dialogs, "show_about", recorder.show_about)
    monkeypatch.setattr(dialogs, "choose_export_path", recorder.choose_export_path)
    return recorder


@pytest.fixture
def window(qtbot, settings_store, dialog_recorder):
    main_window = MainWindow(Settings(settings_store))
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    yield main_window
    main_window.worker.cancel()
    main_window.worker.wait(5000)


@pytest.fixture(autouse=True)
def empty_clipboard_afterwards(qapp):
    """Mime data left on the offscreen clipboard crashes Qt as the test process exits."""
    yield
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()
    qapp.processEvents()
