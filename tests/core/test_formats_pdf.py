"""PDF files: footnote marks and running heads left out, chapter headings kept, scans named."""

from __future__ import annotations

import pytest

from reader_app.core.documents import load_document
from reader_app.core.errors import ReaderError


def test_pdf_footnote_marks_are_left_out_by_their_size_and_height(tmp_path):
    """ "Marsh¹" had read "Marsh1"; a raised digit after a number (an exponent) and digits of
    the text's own size ("COVID19") stay."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for text, raised in (
        ("Captain Olga Marsh", False), ("1", True), (" sailed from Lisbon in 1902.", False),
        ("2", True), (" Her ship held 10", False), ("3", True),
        (" barrels and COVID19 tests. Peter Hale", False), ("12", True),
        (" waited in Bergen.", False),
    ):  # fmt: skip
        pdf.char_vpos = "SUP" if raised else "LINE"
        pdf.write(8, text)
    path = tmp_path / "notes.pdf"
    pdf.output(str(path))
    assert load_document(str(path)).text == (
        "Captain Olga Marsh sailed from Lisbon in 1902. Her ship held 103 barrels and COVID19 "
        "tests. Peter Hale waited in Bergen."
    )


def test_a_pdf_of_scanned_pages_says_it_holds_no_text(tmp_path):
    from fpdf import FPDF

    scan = FPDF()
    scan.add_page()
    scan.rect(20, 20, 100, 150, style="F")  # a page with a picture and no text
    path = tmp_path / "scan.pdf"
    scan.output(str(path))
    with pytest.raises(ReaderError, match="holds no text"):
        load_document(str(path))


def test_running_heads_and_page_numbers_leave_a_pdfs_paragraphs_whole(tmp_path):
    from fpdf import FPDF

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "I", 9)
            self.cell(0, 8, "The Harbour Chronicle - Annual Report 2025", align="C")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "I", 9)
            self.cell(0, 10, f"Page {self.page_no()} of 3", align="C")

    report = Report()
    report.add_page()
    report.set_font("Helvetica", size=11)
    report.multi_cell(0, 6, "IV")  # a chapter's heading in capitals is no page number
    report.ln(4)
    voyage = "Captain Olga Marsh sailed from Lisbon to Norway, and the voyage took weeks. " * 6
    for _ in range(12):
        report.multi_cell(0, 6, voyage.strip())
        report.ln(4)
    path = tmp_path / "report.pdf"
    report.output(str(path))
    document = load_document(str(path))
    assert "Harbour Chronicle" not in document.text and "Page " not in document.text
    assert document.text.startswith("IV\n\nCaptain Olga Marsh")
    assert len(document.paragraphs) == 13
    assert all(
        document.sentence_text(i).startswith("Captain Olga Marsh sailed")
        for i in range(1, len(document.sentences))
    )


def test_chapter_headings_atop_their_pages_are_no_running_heads(tmp_path):
    from fpdf import FPDF

    book = FPDF()
    book.set_font("Helvetica", size=11)
    for number in range(1, 7):
        book.add_page()
        book.multi_cell(0, 6, f"Chapter {number}")
        book.ln(4)
        book.multi_cell(0, 6, f"Captain Olga Marsh sailed on the {number}th day of May.")
    path = tmp_path / "book.pdf"
    book.output(str(path))
    text = load_document(str(path)).text
    assert [f"Chapter {n}" in text for n in range(1, 7)] == [True] * 6
