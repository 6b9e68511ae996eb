"""Starts the Qt application and the main window."""

from __future__ import annotations

import os
import sys


def run_window(path: str | None = None) -> int:
    """Opens the Reader window (with `path` loaded, if given) and runs until it closes."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    scheme = os.environ.get("READER_COLOR_SCHEME", "").lower()
    if scheme in ("dark", "light"):
        # The system's light or dark setting is followed; this variable overrides it.
        from PySide6.QtCore import Qt

        app.setStyle("Fusion")
        app.styleHints().setColorScheme(
            Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light
        )
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    window = MainWindow(defer_panels=True)
    window.show()
    if path:
        # After the panels, which are built on the event loop's first turn.
        QTimer.singleShot(0, lambda: window.open_path(path))
    return int(app.exec())
