"""The window driven through its real menus and shortcuts, as a user would."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from window_driving import TIMEOUT, menu_action, open_through_menu

from reader_app.ui.main_window import MainWindow
from reader_app.ui.settings import Settings
from reader_app.ui.status_text import counted, reading_time


def cli_summary(path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "reader_app", "summarize", "--json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return [s["text"] for s in json.loads(result.stdout)["sentences"]]


def test_open_shows_text_summary_and_entities(qtbot, window, dialog_recorder, article_path):
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    assert window.reader_view.toPlainText().startswith("Harbour talks end with a shared plan")
    assert window.summary_panel.summary_texts() == cli_summary(article_path)
    people = window.entity_panel.people_item
    names = [people.child(i).text(0) for i in range(people.childCount())]
    assert "Ingrid Solberg" in names
    countries = window.entity_panel.countries_item
    assert countries.child(0).text(0) in ("Chile (CL)", "Peru (PE)")
    assert len(window.reader_view.extraSelections()) == 5
    assert "harbour_talks.txt" in window.windowTitle()
    assert dialog_recorder.errors == []


def test_copy_summary_shortcut_puts_text_and_html_on_clipboard(
    qtbot, window, dialog_recorder, article_path
):
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    QGuiApplication.clipboard().clear()
    window.reader_view.setFocus()
    qtbot.keyClick(
        window.reader_view,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    mime = QGuiApplication.clipboard().mimeData()
    expected = cli_summary(article_path)
    assert mime.text().split("\n") == expected
    assert mime.html().count("<p>") == len(expected)
    assert "Solberg" in mime.html()


def test_length_control_repicks_without_new_analysis(qtbot, window, dialog_recorder, article_path):
    open_through_menu(qtbot, window, dialog_recorder, article_path)

    def no_new_jobs(*args, **kwargs):
        raise AssertionError("changing the length must not start an analysis")

    window.worker.submit = no_new_jobs
    window.summary_panel.spin.setValue(2)
    assert len(window.summary_panel.summary_texts()) == 2
    window.summary_panel.mode_box.setCurrentIndex(window.summary_panel.mode_box.findData("words"))
    window.summary_panel.spin.setValue(40)
    texts = window.summary_panel.summary_texts()
    assert texts and sum(len(t.split()) for t in texts) <= 40


def test_method_change_reranks(qtbot, window, dialog_recorder, article_path):
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    box = window.summary_panel.method_box
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        box.setCurrentIndex(box.findData("luhn"))
    assert window.ranking.method == "luhn"
    assert len(window.summary_panel.summary_texts()) == 5


def test_a_method_that_cannot_rank_the_text_leaves_text_and_people(
    qtbot, window, dialog_recorder, article_path, monkeypatch
):
    """LexRank declines a table of alike rows with a ReaderError: the window says so, shows
    no summary, keeps the text and the people, and another method still works."""
    from reader_app.core import summarize
    from reader_app.core.errors import ReaderError

    open_through_menu(qtbot, window, dialog_recorder, article_path)
    real = summarize.rank_sentences

    def declining(document, method="default", progress=None):
        if method == "lexrank":
            raise ReaderError("LexRank cannot rank this text: too much alike")
        return real(document, method, progress)

    monkeypatch.setattr(summarize, "rank_sentences", declining)
    box = window.summary_panel.method_box
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        box.setCurrentIndex(box.findData("lexrank"))
    assert len(dialog_recorder.errors) == 1
    assert "Could not summarise harbour_talks.txt" in dialog_recorder.errors[0]
    assert "too much alike" in dialog_recorder.errors[0]
    assert window.ranking is None and window.summary_panel.summary_texts() == []
    assert window.document is not None and window.entities is not None
    assert window.reader_view.toPlainText().startswith("Harbour talks end with a shared plan")
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        box.setCurrentIndex(box.findData("luhn"))
    assert window.ranking.method == "luhn" and len(window.summary_panel.summary_texts()) == 5


def test_clicking_an_entity_selects_its_mentions(qtbot, window, dialog_recorder, article_path):
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    tree = window.entity_panel.tree
    item = window.entity_panel.item_for("Ingrid Solberg")
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader_view.textCursor().selectedText() == "Ingrid Solberg"
    mentions = [s for s in window.reader_view.extraSelections() if s.format.fontUnderline()]
    assert len(mentions) == 3
    window.reader_view.setFocus()
    qtbot.keyClick(window.reader_view, Qt.Key.Key_F3)
    assert window.reader_view.textCursor().selectedText() == "Solberg"
    qtbot.keyClick(window.reader_view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader_view.textCursor().selectedText() == "Ingrid Solberg"


def test_copying_people_and_countries(qtbot, window, dialog_recorder, article_path):
    """Ctrl+C in the list copies the chosen name; its menu copies it, or the whole list with
    the counts, tab-separated."""
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    panel = window.entity_panel
    menu = panel.context_menu()
    assert [a.isEnabled() for a in menu.actions()] == [False, True]
    item = panel.item_for("Ingrid Solberg")
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel.tree.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(panel.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Ingrid Solberg"
    menu = panel.context_menu()
    menu.actions()[1].trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    people = window.entities.people
    assert lines[0] == f"People\t{len(people)}"
    assert lines[1] == f"{people[0].name}\t{people[0].count}"
    assert f"Countries\t{len(window.entities.countries)}" in lines
    assert len(lines) == 2 + len(people) + len(window.entities.countries)
    QGuiApplication.clipboard().clear()
    menu.actions()[0].trigger()
    assert QGuiApplication.clipboard().text() == "Ingrid Solberg"


def test_clicking_a_summary_sentence_goes_to_it(qtbot, window, dialog_recorder, article_path):
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    summary_list = window.summary_panel.summary_list
    item = summary_list.item(2)
    rect = summary_list.visualItemRect(item)
    qtbot.mouseClick(summary_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader_view.textCursor().selectedText() == item.text()


def test_failing_file_shows_a_dialog_and_the_window_keeps_working(
    qtbot, window, dialog_recorder, write_file, article_path
):
    bad = write_file("broken.txt", bytes(range(256)) * 40)
    open_through_menu(qtbot, window, dialog_recorder, bad)
    assert len(dialog_recorder.errors) == 1
    assert str(bad) in dialog_recorder.errors[0] and "binary" in dialog_recorder.errors[0]
    assert window.document is None
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    assert window.document is not None and len(dialog_recorder.errors) == 1


def test_newer_request_supersedes_older(qtbot, window, dialog_recorder, write_file, article_path):
    other = write_file("other.txt", "Only this text. It has two sentences.")
    window.open_path(str(article_path))
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        window.open_path(str(other))
    window.worker.wait(TIMEOUT)
    qtbot.wait(50)
    assert window.reader_view.toPlainText() == "Only this text. It has two sentences."
    assert window.document.text == "Only this text. It has two sentences."


def test_find_bar(qtbot, window, dialog_recorder, article_path):
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    menu_action(window, "Edit", "Find…").trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "Valparaiso")
    assert window.reader_view.textCursor().selectedText() == "Valparaiso"
    assert window.find_bar.result_label.text() == "1 of 1"
    window.find_bar.field.clear()
    qtbot.keyClicks(window.find_bar.field, "solberg")  # any case
    text = window.document.text
    count = text.count("Solberg")
    assert count > 2
    assert window.find_bar.result_label.text() == f"1 of {count}"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.result_label.text() == f"2 of {count}"
    second = window.reader_view.textCursor().selectionStart()
    assert second == text.find("Solberg", text.find("Solberg") + 1)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.result_label.text() == f"{count} of {count}"  # round the start

    def tinted_matches():
        return [
            s.cursor.selectedText()
            for s in window.reader_view.extraSelections()
            if s.format.background().color().getRgb()[:3] == (255, 200, 0)
        ]

    assert tinted_matches() == ["Solberg"] * count
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert tinted_matches() == []
    menu_action(window, "Edit", "Find…").trigger()
    qtbot.keyClicks(window.find_bar.field, "Xylophone")
    assert window.find_bar.result_label.text() == "Not found"
    assert tinted_matches() == []


def test_drop_opens_the_file(qtbot, window, article_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article_path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.analysis_finished, timeout=TIMEOUT):
        window.dropEvent(event)
    assert window.document is not None


def test_close_and_about(qtbot, window, dialog_recorder, article_path):
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    menu_action(window, "File", "Close").trigger()
    assert window.document is None and window.reader_view.toPlainText() == ""
    assert window.summary_panel.summary_texts() == []
    menu_action(window, "Help", "About Reader").trigger()
    assert dialog_recorder.abouts == 1


def test_settings_round_trip(qtbot, settings_store, dialog_recorder, article_path):
    first = MainWindow(Settings(settings_store))
    qtbot.addWidget(first)
    first.show()
    dialog_recorder.open_answer = str(article_path)
    with qtbot.waitSignal(first.analysis_finished, timeout=TIMEOUT):
        first.open_action.trigger()
    first.zoom_in_action.trigger()
    first.zoom_in_action.trigger()
    first.summary_panel.spin.setValue(3)
    with qtbot.waitSignal(first.analysis_finished, timeout=TIMEOUT):
        first.summary_panel.method_box.setCurrentIndex(
            first.summary_panel.method_box.findData("lexrank")
        )
    first.entity_dock.hide()
    first.resize(700, 500)
    first.close()

    second = MainWindow(Settings(settings_store))
    qtbot.addWidget(second)
    assert second.reader_view.zoom == 2
    assert second.summary_panel.method == "lexrank"
    assert second.summary_panel.length().value == 3
    assert second.settings.recent_files == [str(article_path)]
    recent = second.recent_menu.actions()
    assert [a.data() for a in recent if a.data()] == [str(article_path)]
    assert second.entity_dock.isHidden()
    assert (second.size().width(), second.size().height()) == (700, 500)
    with qtbot.waitSignal(second.analysis_finished, timeout=TIMEOUT):
        recent[0].trigger()  # Open Recent's entry opens its file again
    assert second.path == str(article_path) and second.document is not None
    menu_texts = [a.text().replace("&", "") for a in second.recent_menu.actions()]
    assert menu_texts[-1] == "Clear List"
    second.recent_menu.actions()[-1].trigger()
    assert second.settings.recent_files == [] and not second.recent_menu.isEnabled()


def test_a_recent_file_gone_since_leaves_open_recent(
    qtbot, window, dialog_recorder, write_file, article_path
):
    """A file moved or deleted since it was read: opening it fails once, with a dialog, and
    its entry leaves Open Recent; the others stay."""
    gone = write_file("gone.txt", b"Anna Berg met Ole Dahl in Oslo.\n")
    open_through_menu(qtbot, window, dialog_recorder, gone)
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    assert window.settings.recent_files == [str(article_path), str(gone)]
    gone.unlink()
    entry = next(a for a in window.recent_menu.actions() if a.data() == str(gone))
    with qtbot.waitSignal(window.document_failed, timeout=TIMEOUT):
        entry.trigger()
    assert len(dialog_recorder.errors) == 1 and str(gone) in dialog_recorder.errors[0]
    assert window.settings.recent_files == [str(article_path)]
    assert [a.data() for a in window.recent_menu.actions() if a.data()] == [str(article_path)]


def test_reading_time():
    assert reading_time(0) == "about 0 min"
    assert reading_time(460) == "about 2 min"
    assert reading_time(230 * 125) == "about 2 h 5 min"


def test_counts_have_their_noun_in_the_right_number():
    assert counted(1, "sentence") == "1 sentence"
    assert counted(0, "word") == "0 words"
    assert counted(2_000, "sentence") == "2,000 sentences"


def test_open_dialog_lists_every_format():
    from reader_app.ui.dialogs import open_filters

    filters = open_filters()
    for pattern in ("*.txt", "*.md", "*.html", "*.epub", "*.docx", "*.pdf", "*.srt", "*.vtt"):
        assert pattern in filters.split(";;")[0]
    assert "All files (*)" in filters


def test_export_summary_as_markdown_and_text(
    qtbot, window, dialog_recorder, article_path, tmp_path
):
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    expected = cli_summary(article_path)
    markdown = tmp_path / "out.md"
    dialog_recorder.export_answer = (str(markdown), "md")
    menu_action(window, "File", "Export Summary…").trigger()
    content = markdown.read_text(encoding="utf-8")
    assert content.startswith("# Summary of Harbour talks end with a shared plan")
    assert all(sentence.replace("*", "\\*") in content for sentence in expected)
    assert "(sentence 2, characters" in content
    text = tmp_path / "out.txt"
    dialog_recorder.export_answer = (str(text), "txt")
    qtbot.keyClick(window.reader_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    lines = text.read_text(encoding="utf-8").splitlines()
    assert [line.split("] ", 1)[1] for line in lines[3:]] == expected
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    dialog_recorder.export_answer = (str(tmp_path / "missing-folder" / "x.md"), "md")
    window.export_summary()
    assert dialog_recorder.errors and "Could not export" in dialog_recorder.errors[-1]


def test_chapters_scope_and_overview(qtbot, window, dialog_recorder, write_file):
    text = "A Short Book\n\n"
    for number, (person, place) in enumerate(
        [("Anna", "garden"), ("Boris", "harbour"), ("Clara", "forest")]
    ):
        text += f"CHAPTER {'I' * (number + 1)}\n\n"
        text += (
            f"{person} walked to the {place} at dawn. The {place} was quiet. {person} sat down and waited. "
            * 3
        )
        text += "\n\n"
    book = write_file("book.txt", text)
    open_through_menu(qtbot, window, dialog_recorder, book)
    assert [window.chapter_panel.item(i).text(0) for i in range(3)] == [
        "CHAPTER I",
        "CHAPTER II",
        "CHAPTER III",
    ]
    assert not window.chapter_dock.isHidden()
    tree = window.chapter_panel.chapter_tree
    rect = tree.visualItemRect(window.chapter_panel.item(1))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader_view.textCursor().position() == window.chapters[1].span[0]
    window.summary_panel.scope_box.setCurrentIndex(3)  # CHAPTER III
    texts = window.summary_panel.summary_texts()
    assert texts and all("Clara" in t or "forest" in t for t in texts)
    assert window.overview._summary and all(
        o >= window.chapters[2].span[0] for o in window.overview._summary
    )
    qtbot.mouseClick(
        window.overview, Qt.MouseButton.LeftButton, pos=window.overview.rect().bottomLeft()
    )
    assert window.reader_view.textCursor().position() > window.chapters[2].span[0]


def test_contents_nest_chapters_in_their_books_and_follow_the_reading(
    qtbot, window, dialog_recorder, write_file
):
    """A novel of books and chapters lists each book's chapters under it; a book's summary
    scope holds its chapters, and the summary's list of scopes says which book a chapter is
    in; as the reader scrolls, the contents mark the chapter in view."""
    text = "A Long Novel\n\n"
    for book, (person, place) in enumerate([("Anna", "garden"), ("Boris", "harbour")]):
        text += f"BOOK {'ONE' if book == 0 else 'TWO'}\n\n"
        for chapter in ("I", "II"):
            text += f"CHAPTER {chapter}\n\n"
            for _ in range(12):
                text += f"{person} walked to the {place} at dawn. The {place} was quiet.\n\n"
    book_path = write_file("novel.txt", text)
    open_through_menu(qtbot, window, dialog_recorder, book_path)
    panel = window.chapter_panel
    tree = panel.chapter_tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "BOOK ONE",
        "BOOK TWO",
    ]
    assert [tree.topLevelItem(1).child(i).text(0) for i in range(2)] == ["CHAPTER I", "CHAPTER II"]
    scopes = [window.summary_panel.scope_box.itemText(i) for i in range(1, 7)]
    assert scopes == [
        "BOOK ONE",
        "CHAPTER I — BOOK ONE",
        "CHAPTER II — BOOK ONE",
        "BOOK TWO",
        "CHAPTER I — BOOK TWO",
        "CHAPTER II — BOOK TWO",
    ]
    window.summary_panel.scope_box.setCurrentIndex(4)  # BOOK TWO, both its chapters
    texts = window.summary_panel.summary_texts()
    assert texts and all("Boris" in t or "harbour" in t for t in texts)
    # counted out of the book's 48 sentences, not the novel's
    assert " of 48 sentences" in window.summary_panel.info_label.text()
    # Reading the second book's last chapter marks it, its book opened around it.
    window.reader_view.scroll_to_top(window.chapters[5].span[0] + 20)
    qtbot.waitUntil(lambda: tree.currentItem() is panel.item(5))
    assert tree.topLevelItem(1).isExpanded()
    # Ctrl+PgUp and Ctrl+PgDown go to the previous and the next heading.
    assert window.previous_chapter_action.isEnabled()
    window.previous_chapter_action.trigger()
    assert window.reader_view.top_offset() == window.chapters[5].span[0]
    window.previous_chapter_action.trigger()
    assert window.reader_view.top_offset() == window.chapters[4].span[0]
    window.reader_view.scroll_to_top(0)
    window.next_chapter_action.trigger()
    assert window.reader_view.top_offset() == window.chapters[0].span[0]
    window.next_chapter_action.trigger()
    assert window.reader_view.top_offset() == window.chapters[1].span[0]


def test_filtering_people_and_countries(qtbot, window, dialog_recorder, article_path):
    """Words typed above the list keep the names holding them, in any case and with or
    without accents; the groups count what is shown; Esc shows all again."""
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    panel = window.entity_panel
    people = panel.people_item
    total = people.childCount()

    def shown(group):
        return [
            group.child(i).text(0)
            for i in range(group.childCount())
            if not group.child(i).isHidden()
        ]

    qtbot.keyClicks(panel.filter_field, "solberg")
    assert shown(people) == ["Ingrid Solberg"]
    assert shown(panel.countries_item) == []
    assert people.text(1) == f"1 of {total}"
    panel.copy_listing()
    count = panel.item_for("Ingrid Solberg").text(1)
    assert QGuiApplication.clipboard().text().splitlines()[:3] == [
        f"People\t1 of {total}",
        f"Ingrid Solberg\t{count}",
        f"Countries\t0 of {panel.countries_item.childCount()}",
    ]
    panel.filter_field.clear()
    qtbot.keyClicks(panel.filter_field, "PÉRU")  # any case, accents or none
    assert shown(panel.countries_item) == ["Peru (PE)"]
    qtbot.keyClick(panel.filter_field, Qt.Key.Key_Escape)
    assert panel.filter_field.text() == ""
    assert len(shown(people)) == total
    assert people.text(1) == str(total)


def test_find_may_match_case_and_whole_words(qtbot, window, dialog_recorder, article_path):
    """The bar's Aa (Alt+A) and Whole words (Alt+W) buttons narrow what matches, and the
    search runs again at once from where it stood, the typing going on in the field."""
    open_through_menu(qtbot, window, dialog_recorder, article_path)
    bar = window.find_bar
    menu_action(window, "Edit", "Find…").trigger()
    qtbot.keyClicks(bar.field, "solberg")
    count = window.document.text.count("Solberg")
    assert bar.result_label.text() == f"1 of {count}"
    qtbot.keyClick(bar.field, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert bar.case_button.isChecked()
    assert bar.result_label.text() == "Not found"
    bar.field.clear()
    qtbot.keyClicks(bar.field, "Solb")
    assert bar.result_label.text() == f"1 of {count}"
    qtbot.keyClick(bar.field, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert bar.whole_words_button.isChecked()
    assert bar.result_label.text() == "Not found"
    assert bar.field.hasFocus()
