"""The window keeps the reader's place in each file, and F5 reads a changed file again there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from window_driving import TIMEOUT, menu_action, open_through_menu

from reader_app.ui.settings import Settings


def _long_text(paragraphs: int = 600) -> str:
    return "\n\n".join(
        f"Paragraph {n}. The river ran past the mill at dawn, and the miller counted the sacks "
        f"of grain that the carts had brought from the farms on the hill."
        for n in range(paragraphs)
    )


def _place_the_view(qtbot, window, offset: int) -> int:
    view = window.reader_view
    qtbot.waitUntil(lambda: view.is_complete, timeout=TIMEOUT)
    view.scroll_to_top(offset)
    place = view.top_offset()
    assert abs(place - offset) < 200  # the line that holds the offset is at the top
    return place


def test_a_file_opened_again_shows_the_place_it_was_left_at(
    qtbot, window, dialog_recorder, write_file, article_path, settings_store
):
    book = write_file("book.txt", _long_text())
    open_through_menu(qtbot, window, dialog_recorder, book)
    place = _place_the_view(qtbot, window, window.document.text.index("Paragraph 400."))
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    assert window.reader_view.top_offset() == 0
    entry = next(a for a in window.recent_menu.actions() if a.data() == str(book))
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        entry.trigger()
    qtbot.waitUntil(lambda: window.reader_view.top_offset() == place, timeout=TIMEOUT)
    # Kept between runs, for this file only.
    assert Settings(settings_store).reading_place(str(book)) == place
    assert Settings(settings_store).reading_place(str(article_path)) == 0


def test_closing_a_file_keeps_its_place_and_a_place_past_a_shortened_text_is_dropped(
    qtbot, window, dialog_recorder, write_file
):
    book = write_file("book.txt", _long_text())
    open_through_menu(qtbot, window, dialog_recorder, book)
    place = _place_the_view(qtbot, window, window.document.text.index("Paragraph 500."))
    menu_action(window, "File", "Close").trigger()
    assert window.settings.reading_place(str(book)) == place
    book.write_text(_long_text(20), encoding="utf-8")  # the file is shorter now
    open_through_menu(qtbot, window, dialog_recorder, book)
    qtbot.waitUntil(lambda: window.reader_view.is_complete, timeout=TIMEOUT)
    assert window.reader_view.top_offset() == 0


def test_f5_reads_the_file_again_at_the_same_place(qtbot, window, dialog_recorder, write_file):
    book = write_file("book.txt", _long_text())
    open_through_menu(qtbot, window, dialog_recorder, book)
    place = _place_the_view(qtbot, window, window.document.text.index("Paragraph 300."))
    book.write_text(_long_text().replace("the miller", "the old miller"), encoding="utf-8")
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        qtbot.keyClick(window.reader_view, Qt.Key.Key_F5)
    assert "the old miller" in window.document.text
    # The same offset: the line that holds it is at the top.
    qtbot.waitUntil(lambda: abs(window.reader_view.top_offset() - place) < 200, timeout=TIMEOUT)
    assert menu_action(window, "File", "Reload").isEnabled()
    menu_action(window, "File", "Close").trigger()
    assert not menu_action(window, "File", "Reload").isEnabled()


def test_no_jump_to_the_remembered_place_once_the_reader_has_scrolled(qtbot, settings_store):
    from reader_app.ui.reader_view import ReaderView
    from reader_app.ui.reading_place import ReadingPlaces

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    settings = Settings(settings_store)
    text = _long_text(3000)  # longer than the view's first piece: the rest comes later
    settings.remember_reading_place("/books/mill.txt", text.index("Paragraph 2500."))
    places = ReadingPlaces(settings, view)
    view.set_text(text)
    places.arrive("/books/mill.txt", len(text))
    assert not view.is_complete
    view.verticalScrollBar().setValue(40)  # the reader scrolls while the text still comes
    scrolled_to = view.top_offset()
    qtbot.waitUntil(lambda: view.is_complete, timeout=TIMEOUT)
    assert view.top_offset() == scrolled_to
