"""Front and back matter of a book stay out of summaries and entity lists."""

from __future__ import annotations

from reader_app.core.documents import document_from_text
from reader_app.core.entities import extract_entities
from reader_app.core.summarize import Length, pick, rank_sentences

BOOK = """The Project Gutenberg EBook of A Small Voyage, by Ann Writer

This eBook is for the use of anyone anywhere at no cost. Released by Michael Hart.

*** START OF THIS PROJECT GUTENBERG EBOOK A SMALL VOYAGE ***

A SMALL VOYAGE

Contents

CHAPTER I

CHAPTER II

CHAPTER III

CHAPTER IV

CHAPTER V

CHAPTER I

Captain Olga Marsh sailed from Lisbon to Norway with her crew. Marsh kept the log herself.

The ship met a storm near Ireland, and Olga Marsh turned north.

*** END OF THIS PROJECT GUTENBERG EBOOK A SMALL VOYAGE ***

Project Gutenberg Literary Archive Foundation is a non profit. Contact Gregory Newby.
"""


def test_gutenberg_header_licence_and_contents_are_left_out():
    document = document_from_text(BOOK)
    start, end = document.main
    assert document.text[start:].lstrip().startswith("CHAPTER I\n\nCaptain") or document.text[
        start:
    ].lstrip().startswith("Captain")
    assert "Gregory Newby" not in document.text[start:end]
    people = {p.name for p in extract_entities(document).people}
    assert "Olga Marsh" in people
    assert not people & {
        "Michael Hart",
        "Gregory Newby",
        "Project Gutenberg Literary Archive Foundation",
    }
    ranking = rank_sentences(document)
    chosen = [document.sentence_text(i) for i in pick(document, ranking, Length("sentences", 10))]
    assert chosen and all("Gutenberg" not in s and "eBook" not in s for s in chosen)


def test_a_plain_article_is_all_main_text():
    document = document_from_text("Title\n\nOne sentence here. Another one there.")
    assert document.main == (0, len(document.text))


def test_chapters_and_a_summary_per_chapter():
    from reader_app.core.chapters import find_chapters

    text = "CHAPTER I\n\n" + "Anna walked home. The rain fell hard. " * 3
    text += "\n\nCHAPTER II\n\n" + "Boris sailed away. The sea was calm. " * 3
    document = document_from_text(text)
    chapters = find_chapters(document)
    assert [c.title for c in chapters] == ["CHAPTER I", "CHAPTER II"]
    ranking = rank_sentences(document)
    second = pick(document, ranking, Length("sentences", 2), within=chapters[1].span)
    assert second and all(
        "Boris" in document.sentence_text(i) or "sea" in document.sentence_text(i) for i in second
    )


def test_a_book_saved_as_one_line_keeps_its_text():
    """The start marker's line ends at its closing asterisks, not at the end of the file."""
    document = document_from_text(BOOK.replace("\n", " "))
    start, end = document.main
    body = document.text[start:end]
    assert "Olga Marsh" in body and "Gregory Newby" not in body
    assert "Olga Marsh" in {p.name for p in extract_entities(document).people}
