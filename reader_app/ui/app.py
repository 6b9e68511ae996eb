"""Starts the Qt application and the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

import ctypes.util
import os
import sys


def display_problem() -> str | None:
    """Why no window can open here, in plain words; None when one can. Qt itself aborts with
    a core dump and a message about plugins in either case."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "the summarize, entities and sentences commands work without one"
        )
    if not os.environ.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return (
            "the window needs the system library libxcb-cursor0 "
            "(on Debian or Ubuntu: sudo apt install libxcb-cursor0)"
        )
    return None


def run_window(path: str | None = None) -> int:
    """Opens the Reader window (with `path` loaded, if given) and runs until it closes."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    scheme = os.environ.get("READER_COLOR_SCHEME", "").lower()
    if scheme in ("dark", "light"):
        # The system's light or dark palette is followed; this variable overrides it.
        app.setStyle("Fusion")
        if scheme == "dark":
            app.setPalette(dark_palette())
    app.setApplicationName("Reader")
    app.setDesktopFileName("reader-app")
    from PySide6.QtGui import QIcon

    from reader_app.core.resources import resource_path

    app.setWindowIcon(QIcon(resource_path("reader-app.svg")))
    app.setOrganizationName("Reader")
    window = MainWindow(defer_panels=True)
    window.show()
    if path:
        # After the panels, which are built on the event loop's first turn.
        QTimer.singleShot(0, lambda: window.open_path(path))
    return int(app.exec())


def dark_palette() -> QPalette:
    """A plain dark palette for the Fusion style."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: QColor(45, 45, 48),
        QPalette.ColorRole.WindowText: QColor(225, 225, 225),
        QPalette.ColorRole.Base: QColor(30, 30, 32),
        QPalette.ColorRole.AlternateBase: QColor(40, 40, 44),
        QPalette.ColorRole.Text: QColor(225, 225, 225),
        QPalette.ColorRole.Button: QColor(50, 50, 54),
        QPalette.ColorRole.ButtonText: QColor(225, 225, 225),
        QPalette.ColorRole.Highlight: QColor(60, 110, 190),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.ToolTipBase: QColor(50, 50, 54),
        QPalette.ColorRole.ToolTipText: QColor(225, 225, 225),
        QPalette.ColorRole.PlaceholderText: QColor(140, 140, 140),
    }
    for role, color in colors.items():
        palette.setColor(role, color)
    # Without these, a disabled control (the chapter scope of an article without chapters)
    # reads as enabled: setColor gave every state the same light text.
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor(125, 125, 125))
    return palette
