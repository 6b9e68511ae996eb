"""How the window shows long and unusual texts: layout, palette, italics, long lists, offsets."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from window_driving import TIMEOUT, open_through_menu

from reader_app.ui.main_window import MainWindow
from reader_app.ui.settings import Settings


def test_deferred_panels_are_built_on_the_first_turn(qtbot, settings_store):
    window = MainWindow(Settings(settings_store), defer_panels=True)
    qtbot.addWidget(window)
    assert not window.ready
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=5000)
    assert window.open_action.shortcut().toString() == "Ctrl+O"


def test_at_first_the_people_get_two_fifths_of_the_side(qtbot, settings_store):
    """With no layout remembered, the people and countries panel shows a dozen names, not
    the two it had when Qt shared the side by the panels' own wishes."""
    window = MainWindow(Settings(settings_store), defer_panels=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.ready, timeout=5000)

    def share() -> float:
        people, summary = window.entity_dock.height(), window.summary_dock.height()
        return people / (people + summary)

    qtbot.waitUntil(lambda: 0.3 < share() < 0.5, timeout=5000)


def test_the_dark_palette_dims_disabled_controls():
    from PySide6.QtGui import QPalette

    from reader_app.ui.app import dark_palette

    palette = dark_palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        enabled = palette.color(QPalette.ColorGroup.Active, role).lightness()
        disabled = palette.color(QPalette.ColorGroup.Disabled, role).lightness()
        assert disabled < enabled - 60


def test_highlights_follow_a_dark_palette(qtbot, window, dialog_recorder, article_path):
    from PySide6.QtGui import QColor, QPalette

    open_through_menu(qtbot, window, dialog_recorder, article_path)
    selections = window.reader_view.extraSelections()
    light = QColor(selections[0].format.background().color())
    palette = window.reader_view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    palette.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    window.reader_view.setPalette(palette)
    selections = window.reader_view.extraSelections()
    dark = QColor(selections[0].format.background().color())
    assert dark != light and dark.lightness() < light.lightness()


def test_qt_calls_keep_their_references_to_none(qtbot, window):
    """PySide6 6.12.0 dropped a reference to None at nearly every call that returns nothing
    (QLabel.setText, QListWidget.addItem...); on Python 3.11 the window aborted ("deallocating
    None") after a few thousand of them, such as a table's thousands of lines listed as
    chapters. pyproject.toml keeps that version out; this catches any like it."""
    from PySide6.QtWidgets import QTreeWidgetItem

    before = sys.getrefcount(None)
    for index in range(3_000):
        window.status_label.setText(f"line {index}")
        item = QTreeWidgetItem([f"line {index}"])
        item.setData(0, Qt.ItemDataRole.UserRole, index)
        window.chapter_panel.chapter_tree.addTopLevelItem(item)
    window.chapter_panel.chapter_tree.clear()
    assert sys.getrefcount(None) >= before - 100


def test_a_summary_of_thousands_of_sentences_marks_those_near_the_view(qtbot, window):
    """At 100% of a novel the text carries tens of thousands of highlights, each a cursor that
    Qt lays out on the window's thread; only those near the view are set, and scrolling sets
    the others."""
    from reader_app.ui.reader_view import NEAR_VIEW

    view = window.reader_view
    view.set_text("A short sentence here.\n\n" * 3_000)
    view.finish_loading()
    spans = [(24 * i, 24 * i + 22) for i in range(3_000)]
    view.show_summary(spans[::-1])  # the last sentence ranked best
    marked = view.extraSelections()
    assert 0 < len(marked) <= (2 * NEAR_VIEW) // 24 + 100
    assert min(s.cursor.selectionStart() for s in marked) == 0
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())

    def first_marked() -> int:
        selections = view.extraSelections()  # held: each cursor lives as long as its list
        return selections[0].cursor.selectionStart()

    qtbot.waitUntil(lambda: first_marked() > 24 * 1_000)
    marked = view.extraSelections()
    assert marked[0].cursor.selectionStart() == spans[-1][0]  # the best ranked near the view
    assert all(s.cursor.selectionStart() > 24 * 1_000 for s in marked)


def test_underscored_words_show_in_italics_and_keep_their_offsets(
    qtbot, window, dialog_recorder, write_file
):
    from PySide6.QtGui import QTextCursor

    text = "The log of the _Pequod_ was kept by Olga Marsh. She read _Hackluyt._ and my_var_name."
    open_through_menu(qtbot, window, dialog_recorder, write_file("log.txt", text))
    view = window.reader_view
    assert view.toPlainText() == text  # offsets into the text stay those of the core

    def format_at(offset: int):
        cursor = QTextCursor(view.document())
        cursor.setPosition(offset + 1)  # the format of the character before the position
        return cursor.charFormat()

    pequod = text.index("_Pequod_")
    assert format_at(pequod + 1).fontItalic() and format_at(pequod + 6).fontItalic()
    assert not format_at(pequod).fontItalic()
    assert format_at(pequod).foreground().color().name() == "#808080"
    assert format_at(text.index("Hackluyt.")).fontItalic()
    assert not format_at(text.index("var")).fontItalic()
    assert not format_at(text.index("Olga")).fontItalic()


def test_text_after_an_italic_piece_end_is_not_italic(qtbot):
    """The view adds a long text in pieces; a piece that ends on an underscore must not
    lend its format to the next piece."""
    from PySide6.QtGui import QTextCursor

    from reader_app.ui.reader_view import FIRST_PIECE, ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    text = "a" * (FIRST_PIECE - 7) + " _word_" + " plain words follow here." * 10
    assert text[FIRST_PIECE - 1] == "_"
    with qtbot.waitSignal(view.text_complete, timeout=TIMEOUT):
        view.set_text(text)
    cursor = QTextCursor(view.document())
    cursor.setPosition(text.index("plain") + 2)
    assert not cursor.charFormat().fontItalic()
    assert cursor.charFormat().foreground().color().name() != "#808080"


def test_a_long_list_of_people_shows_the_most_mentioned_and_counts_the_rest(qtbot, monkeypatch):
    from reader_app.core.documents import document_from_text
    from reader_app.core.entities import extract_entities
    from reader_app.ui import entity_panel

    monkeypatch.setattr(entity_panel, "MOST_LISTED", 2)
    text = " ".join(
        f"{name} met Olga Marsh in Lisbon." for name in ("Peter Hale", "Anna Berg", "Ivo Lund")
    )
    entities = extract_entities(document_from_text(text))
    assert len(entities.people) == 4
    panel = entity_panel.EntityPanel()
    qtbot.addWidget(panel)
    panel.set_entities(entities)
    people = panel.people_item
    assert people.text(1) == "4" and people.childCount() == 3
    assert people.child(0).text(0) == "Olga Marsh"
    assert people.child(2).text(0) == "… and 2 more, each named less often"
    assert people.child(2).data(0, Qt.ItemDataRole.UserRole) is None


def test_stepping_through_many_mentions_fast_keeps_the_window_alive(qtbot, window):
    """Going to a mention scrolls the view; the highlights near the view were first set from
    inside that scrolling, which crashed Qt on X11 when F3 was held down in a novel (not
    offscreen, so this checks what the highlights are after such stepping)."""
    view = window.reader_view
    line = "Captain Olga Marsh sailed on, and the sea was grey.\n\n"
    view.set_text(line * 5_000)
    view.finish_loading()
    mentions = [(len(line) * i + 8, len(line) * i + 18) for i in range(5_000)]
    view.show_mentions(mentions)
    for span in mentions[::37]:
        view.go_to(span)
    for span in reversed(mentions[::53]):
        view.go_to(span)
    qtbot.wait(50)
    marked = [s.cursor.selectedText() for s in view.extraSelections()]
    assert marked and set(marked) == {"Olga Marsh"}


def test_qt_positions_and_text_offsets_agree_beyond_the_basic_plane(qtbot):
    from reader_app.ui.reader_view import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    for text in ("Olga 😀 met 𝔄nna and 😀😀 Peter.", "Olga met Anna. " * 200 + "😀 Peter."):
        view.set_text(text)  # a long text takes the quick test for such characters first
        for offset in range(len(text) + 1):
            assert view.text_offset(view.qt_position(offset)) == offset
        assert view.qt_position(len(text)) == len(text) + text.count("😀") + text.count("𝔄")


def test_a_long_summary_lists_its_first_sentences_and_copies_them_all(qtbot, window):
    from reader_app.ui.summary_panel import MOST_SHOWN

    panel = window.summary_panel
    sentences = [(i, f"Sentence number {i}.") for i in range(MOST_SHOWN + 50)]
    panel.set_summary(sentences, "info")
    assert panel.summary_list.count() == MOST_SHOWN + 1
    assert panel.summary_list.item(MOST_SHOWN).text().startswith("… and 50 more sentences")
    assert panel.summary_texts() == [text for _, text in sentences]


def test_a_book_on_one_line_is_shown_in_lines_at_the_same_offsets(
    qtbot, window, dialog_recorder, write_file
):
    """Qt lays out a line whole each time text is added to it, so a book saved as one line
    is shown broken into lines: a space becomes a line break, every offset stays."""
    from reader_app.ui.reader_view import LONGEST_LINE, with_line_breaks

    sentence = "Anna Berg rowed the ferry across the fjord to Bergen at dawn. "
    text = sentence * 1200  # 74,400 characters, no line break
    shown = with_line_breaks(text)
    assert len(shown) == len(text) and "\n" in shown
    assert max(map(len, shown.split("\n"))) <= LONGEST_LINE
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, shown, strict=True))
    assert with_line_breaks("A short line.\nAnother.") == "A short line.\nAnother."

    book = write_file("one_line.txt", text)
    open_through_menu(qtbot, window, dialog_recorder, book)
    view, document = window.reader_view, window.document
    qtbot.waitUntil(lambda: view.is_complete, timeout=TIMEOUT)
    assert view.toPlainText().replace("\n", " ") == document.text.replace("\n", " ")
    last = document.sentences[-1]
    view.go_to(last)
    assert view.textCursor().selectedText().strip() == document.sentence_text(
        len(document.sentences) - 1
    )
    # Copied, a stretch across one of the view's breaks reads as the document has it.
    from PySide6.QtGui import QGuiApplication, QTextCursor

    cursor = view.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(30_000, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert "\n" in view.toPlainText()[:30_000]
    QGuiApplication.clipboard().clear()
    window.reader_view.setFocus()
    window.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == document.text[:30_000]
    # Find reaches across the view's breaks, as the document has no break there.
    shown = view.toPlainText()
    broken = shown.index("\n")
    start, end = shown.rfind(" ", 0, broken - 1) + 1, shown.find(" ", broken + 1)
    phrase = document.text[start:end]
    assert " " in phrase and shown[start:end] != phrase
    view.go_to((start, start))
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.field, phrase)
    assert view.text_offset(view.textCursor().selectionStart()) == start
    assert view.text_offset(view.textCursor().selectionEnd()) == end
    number = document.text.count(phrase, 0, start) + 1
    total = document.text.count(phrase)
    assert window.find_bar.result_label.text() == f"{number:,} of {total:,}"


def test_a_sentence_of_megabytes_is_listed_by_its_start_and_copied_whole(
    qtbot, window, dialog_recorder, write_file
):
    """A text with no stop is one "sentence": Qt took seconds to lay out an item of
    megabytes, so the summary list shows its start; Copy summary still copies all of it."""
    from PySide6.QtGui import QGuiApplication

    from reader_app.ui.summary_panel import LONGEST_SHOWN

    text = " ".join(["buffalo"] * 20_000)  # 160,000 characters, no stop
    open_through_menu(qtbot, window, dialog_recorder, write_file("buffalo.txt", text))
    listed = window.summary_panel.summary_list.item(0).text()
    assert listed.endswith(" …") and len(listed) <= LONGEST_SHOWN + 2
    assert text.startswith(listed[:-2])
    QGuiApplication.clipboard().clear()
    window.copy_summary_action.trigger()
    assert QGuiApplication.clipboard().text() == text
    # Ctrl+C on the chosen item copies the sentence whole too.
    panel = window.summary_panel
    panel.summary_list.setFocus()
    panel.summary_list.setCurrentRow(0)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(panel.summary_list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == text
