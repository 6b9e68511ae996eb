"""Starts the Qt application and the main window."""

from __future__ import annotations

import sys


def run_window(path: str | None = None) -> int:
    """Opens the Reader window (with `path` loaded, if given) and runs until it closes."""
    from PySide6.QtWidgets import QApplication

    from reader_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    window = MainWindow()
    window.show()
    if path:
        window.open_path(path)
    return int(app.exec())
