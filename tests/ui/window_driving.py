"""Driving the window in tests as a user does: its menus, and opening a file through them."""

from __future__ import annotations

TIMEOUT = 20_000


def menu_action(window, menu_title: str, action_text: str):
    for menu_action_ in window.menuBar().actions():
        if menu_action_.text().replace("&", "") == menu_title:
            for action in menu_action_.menu().actions():
                if action.text().replace("&", "") == action_text:
                    return action
    raise AssertionError(f"no {menu_title} > {action_text}")


def open_through_menu(qtbot, window, dialog_recorder, path) -> None:
    dialog_recorder.open_answer = str(path)
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        menu_action(window, "File", "Open…").trigger()
