"""The window's actions, with their shortcuts, and its menus: File, Edit, View and Help."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow


def _action(
    window: MainWindow, text: str, shortcut: QKeySequence | str | None, slot: Callable[[], None]
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    """Gives the window its actions (as attributes: `open_action`, `copy_summary_action`...)
    and its menu bar."""
    keys = QKeySequence.StandardKey
    w = window
    w.open_action = _action(w, "&Open…", keys.Open, w.choose_and_open)
    w.export_action = _action(w, "&Export Summary…", "Ctrl+E", w.export_summary)
    w.close_action = _action(w, "&Close", keys.Close, w.close_document)
    w.reload_action = _action(w, "&Reload", "F5", w.reload)
    w.reload_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
    w.quit_action = _action(w, "&Quit", keys.Quit, w.close)
    w.copy_action = _action(w, "&Copy", keys.Copy, w.copy_selection)
    w.copy_summary_action = _action(w, "Copy &Summary", "Ctrl+Shift+C", w.copy_summary)
    w.find_action = _action(w, "&Find…", keys.Find, w.find_bar.open)
    w.next_mention_action = _action(w, "&Next Mention", "F3", w.mention_steps.next)
    w.previous_mention_action = _action(
        w, "&Previous Mention", "Shift+F3", w.mention_steps.previous
    )
    w.zoom_in_action = _action(w, "Zoom &In", keys.ZoomIn, w.reader_view.zoom_in)
    w.zoom_in_action.setShortcuts([QKeySequence(keys.ZoomIn), QKeySequence("Ctrl+=")])
    w.zoom_out_action = _action(w, "Zoom &Out", keys.ZoomOut, w.reader_view.zoom_out)
    w.zoom_reset_action = _action(w, "&Actual Size", "Ctrl+0", w.reader_view.zoom_reset)
    w.next_chapter_action = _action(
        w, "Ne&xt Chapter", "Ctrl+PgDown", w.chapter_navigation.next_chapter
    )
    w.previous_chapter_action = _action(
        w, "Pre&vious Chapter", "Ctrl+PgUp", w.chapter_navigation.previous_chapter
    )
    w.about_action = _action(w, "&About Reader", None, w.show_about)
    w.cancel_action = _action(w, "Cancel Analysis", "Esc", w.cancel_analysis)
    w.cancel_action.setEnabled(False)

    menu_bar = w.menuBar()
    file_menu = menu_bar.addMenu("&File")
    file_menu.addAction(w.open_action)
    w.recent_menu = file_menu.addMenu("Open &Recent")
    file_menu.addAction(w.export_action)
    file_menu.addAction(w.reload_action)
    file_menu.addAction(w.close_action)
    file_menu.addSeparator()
    file_menu.addAction(w.quit_action)
    edit_menu = menu_bar.addMenu("&Edit")
    for action in (w.copy_action, w.copy_summary_action, w.find_action):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    edit_menu.addAction(w.next_mention_action)
    edit_menu.addAction(w.previous_mention_action)
    view_menu = menu_bar.addMenu("&View")
    for action in (w.zoom_in_action, w.zoom_out_action, w.zoom_reset_action):
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(w.next_chapter_action)
    view_menu.addAction(w.previous_chapter_action)
    view_menu.addSeparator()
    w.summary_toggle = w.summary_dock.toggleViewAction()
    w.summary_toggle.setShortcut(QKeySequence("Ctrl+1"))
    w.entities_toggle = w.entity_dock.toggleViewAction()
    w.entities_toggle.setShortcut(QKeySequence("Ctrl+2"))
    w.contents_toggle = w.chapter_dock.toggleViewAction()
    w.contents_toggle.setShortcut(QKeySequence("Ctrl+3"))
    view_menu.addAction(w.summary_toggle)
    view_menu.addAction(w.entities_toggle)
    view_menu.addAction(w.contents_toggle)
    help_menu = menu_bar.addMenu("&Help")
    help_menu.addAction(w.about_action)
    fill_recent_menu(w, w.settings.recent_files)
    w.update_actions()


def fill_recent_menu(window: MainWindow, paths: list[str]) -> None:
    """Open Recent: one entry a file, numbered for the keyboard, its full path as a tip; then
    Clear List."""
    menu = window.recent_menu
    menu.clear()
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{number % 10} {os.path.basename(path)}")
        action.setToolTip(path)
        action.setData(path)
        action.triggered.connect(window.open_recent)
    if paths:
        menu.addSeparator()
        menu.addAction("&Clear List").triggered.connect(window.clear_recent)
    menu.setEnabled(bool(paths))
