"""Every format gives the same Document text and names; hostile files give one clear error."""

from __future__ import annotations

import bz2
import codecs
import contextlib
import io
import lzma
import os
import socket
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader_app.core.documents import load_document
from reader_app.core.entities import extract_entities
from reader_app.core.errors import ReaderError
from reader_app.core.summarize import pick, rank_sentences

sys.path.insert(0, str(Path(__file__).parent))
import fixtures

WRITERS = {
    "md": fixtures.write_markdown,
    "html": fixtures.write_html,
    "epub": fixtures.write_epub,
    "docx": fixtures.write_docx,
    "pdf": fixtures.write_pdf,
}


def names(path: Path) -> tuple[set[str], set[str]]:
    found = extract_entities(load_document(str(path)))
    return {p.name for p in found.people}, {c.code for c in found.countries}


@pytest.fixture(scope="module")
def expected(article_path_module):
    return names(article_path_module)


@pytest.fixture(scope="module")
def article_path_module():
    return Path(__file__).parents[1] / "data" / "harbour_talks.txt"


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_each_format_gives_the_same_names(tmp_path, article_path_module, expected, kind):
    title, body = fixtures.paragraphs_of(article_path_module)
    path = WRITERS[kind](tmp_path / f"article.{kind}", title, body)
    assert names(path) == expected
    document = load_document(str(path))
    assert document.title == title
    assert all(document.text[a:b].strip() == document.text[a:b] for a, b in document.sentences)


def test_web_page_furniture_and_scripts_stay_out(tmp_path, article_path_module):
    title, body = fixtures.paragraphs_of(article_path_module)
    text = load_document(str(fixtures.write_html(tmp_path / "page.html", title, body))).text
    for leaked in ("Olga Petrova", "Hannah Kowalski", "Boris Tadic", "Carlos Mendes", "fetch"):
        assert leaked not in text


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.replace("\n", "\r\n").encode("cp1252"),
        lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
        lambda t: t.encode("utf-16-be"),
        lambda t: codecs.BOM_UTF8 + fixtures.hard_wrap(t).encode("utf-8"),
    ],
    ids=["cp1252-crlf", "utf16-bom", "utf16-no-bom", "wrapped-utf8-bom"],
)
def test_encodings_and_wrapping_give_the_same_names(
    tmp_path, article_path_module, expected, encode
):
    path = tmp_path / "article.txt"
    path.write_bytes(encode(article_path_module.read_text(encoding="utf-8")))
    assert names(path) == expected


def test_wrong_extensions_are_corrected(tmp_path, article_path_module, expected):
    title, body = fixtures.paragraphs_of(article_path_module)
    pdf = fixtures.write_pdf(tmp_path / "a.pdf", title, body)
    docx = fixtures.write_docx(tmp_path / "b.docx", title, body)
    swapped = {"pdf-as.txt": pdf, "docx-as.epub": docx, "pdf-as.docx": pdf}
    for name, source in swapped.items():
        target = tmp_path / name
        target.write_bytes(source.read_bytes())
        assert names(target) == expected
    text_as_pdf = tmp_path / "text.pdf"
    text_as_pdf.write_bytes(article_path_module.read_bytes())
    assert names(text_as_pdf) == expected


def test_loading_never_opens_a_socket(tmp_path, article_path_module, monkeypatch):
    title, body = fixtures.paragraphs_of(article_path_module)
    paths = [WRITERS[k](tmp_path / f"a.{k}", title, body) for k in sorted(WRITERS)]
    paths.append(article_path_module)

    def refuse(*args, **kwargs):
        raise AssertionError("loading tried to open a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for path in paths:
        assert load_document(str(path)).sentences


SECRET = "TOP-SECRET-LINE-42"


def xxe_html(secret_path: Path) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'
        "<html><body><p>Intro &xxe; end. The report was long and careful.</p></body></html>"
    ).encode()


def billion_laughs() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{"&lol" + str(i - 1) + ";" if i > 1 else "&lol;"}' * 1 + '">'
        for i in range(1, 10)
    )
    return f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]><html><body><p>&lol9;</p></body></html>'.encode()


def test_xml_entities_never_bring_in_local_files(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    page = tmp_path / "xxe.html"
    page.write_bytes(xxe_html(secret))
    with contextlib.suppress(ReaderError):
        assert SECRET not in load_document(str(page)).text
    for kind, members in {
        "epub": {"mimetype": b"application/epub+zip", "OEBPS/x.xhtml": xxe_html(secret)},
        "docx": {"word/document.xml": xxe_html(secret), "[Content_Types].xml": b"<Types/>"},
    }.items():
        path = tmp_path / f"xxe.{kind}"
        path.write_bytes(fixtures.zip_bytes(members))
        with pytest.raises(ReaderError, match="entity"):
            load_document(str(path))


def test_billion_laughs_is_harmless(tmp_path):
    page = tmp_path / "lol.html"
    page.write_bytes(billion_laughs())
    with contextlib.suppress(ReaderError):
        assert len(load_document(str(page)).text) < 10_000
    epub = tmp_path / "lol.epub"
    epub.write_bytes(
        fixtures.zip_bytes({"mimetype": b"application/epub+zip", "a.xhtml": billion_laughs()})
    )
    with pytest.raises(ReaderError):
        load_document(str(epub))


@pytest.mark.parametrize("depth", [1_000, 50_000])
def test_deeply_nested_markup_keeps_its_text(tmp_path, depth):
    """Broken pages nest past libxml2's default 256 levels (unclosed tags); past 2,048 the
    markup is read as a stream of tags."""
    page = tmp_path / "deep.html"
    sentence = "Captain Olga Marsh sailed from Lisbon to Norway."
    page.write_text(f"<html><body>{'<div>' * depth}<p>{sentence}</p>{'</div>' * depth}")
    document = load_document(str(page))
    assert document.text.strip() == sentence
    assert {p.name for p in extract_entities(document).people} == {"Olga Marsh"}


@pytest.mark.parametrize("depth", [12, 1_000])
def test_deeply_nested_markdown_keeps_every_paragraph(tmp_path, depth):
    """markdown-it drops everything after a nesting past its limit (20 by default); deeper
    than ours, the source is read as it is."""
    notes = tmp_path / "outline.md"
    outline = "".join("  " * level + f"- point {level}\n" for level in range(depth))
    notes.write_text(f"Opening words.\n\n{outline}\nCaptain Olga Marsh sailed to Norway.\n")
    document = load_document(str(notes))
    assert "Opening words." in document.text
    assert f"point {depth - 1}" in document.text
    assert {p.name for p in extract_entities(document).people} == {"Olga Marsh"}


def _read_word(word, path) -> str:
    """The text Reader shows for a python-docx document saved at `path`."""
    word.save(str(path))
    return load_document(str(path)).text


def test_word_tables_are_read_in_place_a_data_row_as_one_line(tmp_path):
    import docx

    word = docx.Document()
    word.add_paragraph("Before the table.")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Captain Olga Marsh sailed from Lisbon."
    table.cell(0, 1).text = "Her ship reached Norway."
    table.cell(1, 0).merge(table.cell(1, 1)).text = "A merged cell, read once."
    values = word.add_table(rows=2, cols=3)
    rows = [("Ship", "Port", ""), ("Lark", "Lisbon", "1902")]
    for row, cells in zip(values.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    word.add_paragraph("After the table.")
    assert _read_word(word, tmp_path / "report.docx") == "\n\n".join(
        [
            "Before the table.",
            "Captain Olga Marsh sailed from Lisbon.",
            "Her ship reached Norway.",
            "A merged cell, read once.",
            "Ship | Port",
            "Lark | Lisbon | 1902",
            "After the table.",
        ]
    )


def test_word_footnotes_and_endnotes_are_read_after_the_text(tmp_path):
    """A Word document's notes had been left out; Word's separators are no notes."""
    import zipfile

    import docx

    word = docx.Document()
    word.add_paragraph("Captain Olga Marsh sailed from Lisbon.")
    word.add_paragraph("Peter Hale waited in Bergen.")
    plain = tmp_path / "plain.docx"
    word.save(str(plain))
    members = {
        name: zipfile.ZipFile(plain).read(name) for name in zipfile.ZipFile(plain).namelist()
    }
    relations = members["word/_rels/document.xml.rels"].decode()
    types = members["[Content_Types].xml"].decode()
    relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    content = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    for kind in ("footnote", "endnote"):
        members[f"word/{kind}s.xml"] = (
            f'<w:{kind}s xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            f'</w:{kind}><w:{kind} w:id="1"><w:p><w:r><w:t>The {kind} on Porto.</w:t></w:r></w:p>'
            f"</w:{kind}></w:{kind}s>"
        ).encode()
        relations = relations.replace(
            "</Relationships>",
            f'<Relationship Id="r{kind}" Type="{relation}{kind}s" Target="{kind}s.xml"/>'
            "</Relationships>",
        )
        types = types.replace(
            "</Types>",
            f'<Override PartName="/word/{kind}s.xml" ContentType="{content}{kind}s+xml"/></Types>',
        )
    members["word/_rels/document.xml.rels"] = relations.encode()
    members["[Content_Types].xml"] = types.encode()
    noted = tmp_path / "noted.docx"
    noted.write_bytes(fixtures.zip_bytes(members))
    assert load_document(str(noted)).text == "\n\n".join(
        [
            "Captain Olga Marsh sailed from Lisbon.",
            "Peter Hale waited in Bergen.",
            "The footnote on Porto.",
            "The endnote on Porto.",
        ]
    )


_WORD_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _text_box_run(content: str) -> str:
    """A run holding a text box as Word saves it: a drawing, and a copy for older readers."""
    box = f"<w:txbxContent>{content}</w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>'
        "</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_word_text_boxes_are_read_once_after_their_paragraph(tmp_path):
    """A sidebar or a flyer's column in a text box was left out."""
    import docx
    from lxml import etree

    def paragraph(text: str, before: str = "") -> str:
        return f"<w:p>{before}<w:r><w:t>{text}</w:t></w:r></w:p>"

    nested = _text_box_run(paragraph("A box within the box."))
    box = _text_box_run(
        paragraph("The Lark was built in 1902.") + paragraph("Her crew numbered twelve.", nested)
    )
    word = docx.Document()
    anchor = word.add_paragraph("Captain Olga Marsh sailed from Lisbon.")
    anchor._p.append(etree.fromstring(f"<w:body {_WORD_NAMESPACES}>{box}</w:body>")[0])
    word.add_paragraph("Her ship reached Norway.")
    assert _read_word(word, tmp_path / "flyer.docx") == "\n\n".join(
        [
            "Captain Olga Marsh sailed from Lisbon.",
            "The Lark was built in 1902.",
            "Her crew numbered twelve.",
            "A box within the box.",
            "Her ship reached Norway.",
        ]
    )


def test_word_tracked_changes_fields_and_content_controls_are_read(tmp_path):
    """python-docx's text left out a tracked insertion, an inline content control and a
    block of them (a template's title or abstract); a deletion and a move's old place are
    no text."""
    import docx
    from lxml import etree

    def run(text: str, tag: str = "t") -> str:
        return f"<w:r><w:{tag}>{text}</w:{tag}></w:r>"

    word = docx.Document()
    paragraph = word.add_paragraph("The ship sailed ")
    for element in etree.fromstring(
        f"<w:body {_WORD_NAMESPACES}>"
        f'<w:ins w:id="1" w:author="A">{run("quickly ")}</w:ins>'
        f'<w:del w:id="2" w:author="A">{run("slowly ", "delText")}</w:del>'
        f'<w:moveFrom w:id="3" w:author="A">{run("north ")}</w:moveFrom>'
        f"<w:sdt><w:sdtContent>{run('to Lisbon')}</w:sdtContent></w:sdt>"
        f'<w:hyperlink w:anchor="x">{run(" in May")}</w:hyperlink>{run(".")}</w:body>'
    ):
        paragraph._p.append(element)
    body = word.element.body
    body.insert(
        len(body) - 1,
        etree.fromstring(
            f"<w:sdt {_WORD_NAMESPACES}><w:sdtContent>"
            f"<w:p>{run('Abstract in a content control.')}</w:p></w:sdtContent></w:sdt>"
        ),
    )
    word.add_paragraph("Last words.")
    assert _read_word(word, tmp_path / "tracked.docx") == (
        "The ship sailed quickly to Lisbon in May.\n\nAbstract in a content control.\n\nLast words."
    )


RICH_TEXT = rb"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}
{\f1\froman\fcharset238 Times New Roman CE;}}{\info{\title The Lark}}
{\header \pard Harbour Gazette page \chpgn\par}
\pard\b\f0 The Lark\b0\par
Captain Olga Marsh sailed from Lisbon to Norway. Her caf\'e9 friends called it
 \ldblquote a fair wind\rdblquote .{\super\chftn}{\footnote\pard\chftn A note.}\par
Peter Hale waited in Bergen\u8212?he had come from France.\par
\f1 Wczoraj Pawe\'b3 poszed\'b3 do sklepu.\f0\par
\trowd\cellx2000\cellx4000\intbl Ship\cell Port\cell\row
\trowd\cellx2000\cellx4000\intbl Lark\cell Lisbon\cell\row
\pard The end.\par{\pict\pngblip\picw1\pich1 89504e470d0a1a0a}}"""


def test_rich_text_pictures_written_in_hexadecimal_are_skipped_at_once(tmp_path):
    picture = b"\n".join([b"89504e470d0a1a0a" * 8] * 500)
    path = tmp_path / "photo.rtf"
    path.write_bytes(
        rb"{\rtf1\ansi\pard Captain Olga Marsh sailed.\par{\pict\pngblip "
        + picture
        + rb"}\pard The end.\par}"
    )
    assert load_document(str(path)).text == "Captain Olga Marsh sailed.\n\nThe end."


def test_rich_text_is_read_without_its_header_and_pictures_its_notes_last(tmp_path):
    """Rich Text had been refused with a message; WordPad and TextEdit write it. Its
    footnotes are read after the text, as Word's are."""
    for name in ("lark.rtf", "lark.txt"):
        path = tmp_path / name
        path.write_bytes(RICH_TEXT)
        assert load_document(str(path)).text == "\n\n".join(
            [
                "The Lark",
                "Captain Olga Marsh sailed from Lisbon to Norway. Her café friends called it "
                "“a fair wind”.",
                "Peter Hale waited in Bergen—he had come from France.",
                "Wczoraj Paweł poszedł do sklepu.",
                "Ship | Port",
                "Lark | Lisbon",
                "The end.",
                "A note.",
            ]
        )


OPEN_DOCUMENT_TEXT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><office:body><office:text>
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
<text:p>Deleted words.</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:table-of-content><text:index-body><text:p>The Lark ..... 1</text:p></text:index-body>
</text:table-of-content>
<text:h text:outline-level="1">The Lark</text:h>
<text:p>Captain <text:span>Olga Marsh</text:span> sailed<text:s text:c="2"/>from
Lisbon.<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>A note.
</text:p></text:note-body></text:note><office:annotation><text:p>A comment.</text:p>
</office:annotation><draw:frame><draw:text-box><text:p>A box beside it.</text:p>
</draw:text-box></draw:frame></text:p>
<text:list><text:list-item><text:p>Peter Hale waited in Bergen.</text:p></text:list-item>
</text:list>
<text:section><table:table><table:table-header-rows><table:table-row>
<table:table-cell><text:p>Ship</text:p></table:table-cell>
<table:table-cell><text:p>Port</text:p></table:table-cell></table:table-row>
</table:table-header-rows><table:table-row><table:table-cell><text:p>Lark</text:p>
</table:table-cell><table:covered-table-cell/><table:table-cell><text:p>Lisbon</text:p>
</table:table-cell></table:table-row></table:table></text:section>
<text:p>Last.<draw:frame><draw:text-box><text:p>Outer box.<draw:frame><draw:text-box>
<text:p>Inner box.</text:p></draw:text-box></draw:frame></text:p></draw:text-box>
</draw:frame></text:p>
</office:text></office:body></office:document-content>"""


def test_open_document_text_is_read_in_order(tmp_path):
    """LibreOffice's documents had been refused with a message."""
    members = {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "content.xml": OPEN_DOCUMENT_TEXT.encode(),
    }
    for name in ("lark.odt", "lark.txt"):
        path = tmp_path / name
        path.write_bytes(fixtures.zip_bytes(members))
        assert load_document(str(path)).text == "\n\n".join(
            [
                "The Lark",
                "Captain Olga Marsh sailed from Lisbon.",  # text:s is a space
                "A box beside it.",
                "Peter Hale waited in Bergen.",
                "Ship | Port",
                "Lark | Lisbon",
                "Last.",
                "Outer box.",
                "Inner box.",
                "A note.",
            ]
        )
    sheet = {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}
    path = tmp_path / "sums.ods"
    path.write_bytes(fixtures.zip_bytes(sheet))
    with pytest.raises(ReaderError, match="OpenDocument spreadsheet"):
        load_document(str(path))


FICTION_BOOK = """<?xml version="1.0" encoding="windows-1251"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0"
 xmlns:l="http://www.w3.org/1999/xlink"><description><title-info><book-title>The Lark
</book-title><annotation><p>A publisher's blurb.</p></annotation></title-info></description>
<body><title><p>The Lark</p></title><epigraph><p>Fair winds.</p></epigraph>
<section><title><p>Chapter 1</p></title><p>Captain <emphasis>Olga Marsh</emphasis> sailed
from Lisbon.<a l:href="#n1" type="note">[1]</a></p><empty-line/><p>Капитан Ольга Марш.</p>
<poem><stanza><v>The sea is wide,</v><v>the sea is deep.</v></stanza></poem>
<table><tr><th>Ship</th><th>Port</th></tr><tr><td>Lark</td><td>Lisbon</td></tr></table>
</section></body><body name="notes"><section id="n1"><p>A note.</p></section></body>
<binary id="cover.jpg" content-type="image/jpeg">/9j/4AAQSkZJRgABAQ</binary></FictionBook>"""


def test_a_fiction_book_is_read_plain_or_zipped(tmp_path):
    """FictionBook, the common e-book format in Eastern Europe, was shown as its XML."""
    book = FICTION_BOOK.encode("cp1251")
    files = {"lark.fb2": book, "lark.fb2.zip": fixtures.zip_bytes({"lark.fb2": book})}
    for name, content in files.items():
        path = tmp_path / name
        path.write_bytes(content)
        assert load_document(str(path)).text == "\n\n".join(
            [
                "The Lark",
                "Fair winds.",
                "Chapter 1",
                "Captain Olga Marsh sailed from Lisbon.",
                "Капитан Ольга Марш.",
                "The sea is wide,",
                "the sea is deep.",
                "Ship | Port",
                "Lark | Lisbon",
            ]
        )


def test_a_zip_of_one_document_is_read_as_that_document(tmp_path, article_path_module):
    """Project Gutenberg hands out books zipped; a zip of several files, or of a zip, is
    named in its message."""
    article = article_path_module.read_bytes()
    cases = {
        "pg.zip": {"1342/": b"", "1342/1342-0.txt": article, "__MACOSX/._1342-0.txt": b"x"},
        "two.zip": {"a.txt": article, "b.txt": article},
        "nested.zip": {"in.txt": fixtures.zip_bytes({"inner.txt": article})},
    }
    for name, members in cases.items():
        (tmp_path / name).write_bytes(fixtures.zip_bytes(members))
    expected = load_document(str(article_path_module)).text
    assert load_document(str(tmp_path / "pg.zip")).text == expected
    with pytest.raises(ReaderError, match="several files"):
        load_document(str(tmp_path / "two.zip"))
    with pytest.raises(ReaderError, match="inside a zip archive"):
        load_document(str(tmp_path / "nested.zip"))


NOTED_PAGE = """<html><body><article><h1>The voyage</h1><p>Captain Olga Marsh<sup><a
href="#n1">1</a></sup> sailed from Lisbon in 1902.<sup>[2]</sup> Her ship was the Lark<a
href="#n3"><sup>3</sup></a>, built in Bergen; Peter Hale<sup>4</sup> waited there. Its hold
held 10<sup>3</sup> barrels, its deck 90 m<sup>2</sup>, and E = mc<sup>2</sup> held.</p>
</article></body></html>"""


def test_an_epubs_notes_in_asides_are_read_and_sidebars_are_not():
    """EPUB 3 sets a footnote in an <aside epub:type="footnote">, which had been dropped with
    the sidebars."""
    from reader_app.core.formats.markup import html_to_text

    chapter = (
        '<html xmlns:epub="http://www.idpf.org/2007/ops"><body><p>Captain Olga Marsh<a '
        'epub:type="noteref" href="#n1">1</a> sailed.</p><aside epub:type="footnote" id="n1">'
        '<p>Born in Porto.</p></aside><aside role="doc-endnote"><p>An end note.</p></aside>'
        '<aside class="sidebar"><p>Buy now!</p></aside></body></html>'
    )
    assert html_to_text(chapter) == ("Captain Olga Marsh sailed.\n\nBorn in Porto.\n\nAn end note.")


def test_footnote_marks_are_left_out_of_pages_and_books(tmp_path):
    """ "Marsh<sup>1</sup>" read "Marsh1", and "1902.[2] Her" was no sentence's end; an
    exponent stays."""
    from reader_app.core.formats.markup import html_to_text

    expected = (
        "Captain Olga Marsh sailed from Lisbon in 1902. Her ship was the Lark, built in "
        "Bergen; Peter Hale waited there. Its hold held 103 barrels, its deck 90 m2, and E = "
        "mc2 held."
    )
    assert expected in html_to_text(NOTED_PAGE)  # as an EPUB's chapters are read
    page = tmp_path / "voyage.html"
    page.write_text(NOTED_PAGE)
    document = load_document(str(page))
    assert expected in document.text
    sentences = [document.text[a:b] for a, b in document.sentences]
    assert "Captain Olga Marsh sailed from Lisbon in 1902." in sentences


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


OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("letter.doc", OLE_HEADER + b"\0" * 600, r"old Office file \(\.doc\)"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", r"an image \(PNG\)"),
        ("notes.txt.gz", b"\x1f\x8b\x08\0\0\0\0\0", r"gzip-compressed"),
        ("lark.mobi", b"The Lark".ljust(60, b"\0") + b"BOOKMOBI" + b"\0" * 40, r"Kindle"),
        ("lark.azw3", b"The_Lark".ljust(60, b"\0") + b"BOOKMOBI" + b"\0" * 40, r"EPUB"),
        ("notes.txt.bz2", bz2.compress(b"Olga Marsh sailed. " * 40), r"bzip2-compressed"),
        ("notes.txt.xz", lzma.compress(b"Olga Marsh sailed."), r"xz-compressed"),
        ("books.tar", b"lark.txt".ljust(257, b"\0") + b"ustar\x0000" + b"\0" * 300, r"tar archive"),
        ("books.7z", b"7z\xbc\xaf\x27\x1c\0\4" + b"\0" * 40, r"7-Zip archive"),
        ("books.rar", b"Rar!\x1a\x07\x01\0" + b"\1" * 40, r"RAR archive"),
        (
            "sums.xlsx",
            fixtures.zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"}),
            r"Excel workbook.*CSV",
        ),
        (
            "talk.pptx",
            fixtures.zip_bytes({"[Content_Types].xml": b"<T/>", "ppt/presentation.xml": b"<p/>"}),
            r"PowerPoint presentation",
        ),
    ],
)
def test_files_reader_does_not_read_are_named(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReaderError, match=message):
        load_document(str(path))


def test_a_text_opening_like_an_image_is_still_text(tmp_path):
    path = tmp_path / "formats.txt"
    path.write_text("GIF89a is an image format, said Olga Marsh.")
    assert load_document(str(path)).text == "GIF89a is an image format, said Olga Marsh."


def test_epub_with_encrypted_chapters_is_refused_but_obfuscated_fonts_are_not(tmp_path):
    book = fixtures.write_epub(tmp_path / "book.epub", "Voyage", ["Olga Marsh sailed."] * 2)
    with zipfile.ZipFile(book) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}

    def encryption(uri: str) -> bytes:
        return (
            b'<encryption><EncryptedData><CipherData><CipherReference URI="'
            + uri.encode()
            + b'"/></CipherData></EncryptedData></encryption>'
        )

    fonts = tmp_path / "fonts.epub"
    fonts.write_bytes(
        fixtures.zip_bytes({**members, "META-INF/encryption.xml": encryption("EPUB/a.otf")})
    )
    assert "Olga Marsh sailed." in load_document(str(fonts)).text
    locked = tmp_path / "locked.epub"
    locked.write_bytes(
        fixtures.zip_bytes(
            {
                **members,
                "META-INF/encryption.xml": encryption("EPUB/part1.xhtml"),
                "EPUB/part1.xhtml": bytes(range(256)) * 8,
            }
        )
    )
    with pytest.raises(ReaderError, match="DRM"):
        load_document(str(locked))


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


SRT = """1
00:00:00,500 --> 00:00:03,000
Captain Olga Marsh sailed from

2
00:00:03,000 --> 00:00:05,000
Lisbon to <i>Norway</i>.

3
00:00:09,000 --> 00:00:11,000
{\\an8}The crew cheered.
"""
VTT = """WEBVTT
Kind: captions

NOTE cues that roll up show each line twice

00:00:00.500 --> 00:00:03.000 align:start position:0%
<v Narrator>Captain Olga Marsh sailed from

00:00:03.000 --> 00:00:05.000
Captain Olga Marsh sailed from
Lisbon to Norway.

00:00:09.000 --> 00:00:11.000
- The crew cheered.
"""


@pytest.mark.parametrize(
    ("name", "content"), [("film.srt", SRT), ("talk.vtt", VTT), ("film.txt", SRT)]
)
def test_subtitles_are_read_as_the_words_said(tmp_path, name, content):
    """No cue numbers, times or tags; a line shown again in the next cue is said once; a
    pause of three seconds or more starts a paragraph."""
    path = tmp_path / name
    path.write_text(content)
    document = load_document(str(path))
    assert document.text == "Captain Olga Marsh sailed from Lisbon to Norway.\n\nThe crew cheered."
    assert {p.name for p in extract_entities(document).people} == {"Olga Marsh"}


def test_prose_named_as_subtitles_stays_prose(tmp_path):
    path = tmp_path / "notes.srt"
    path.write_text("Captain Olga Marsh sailed from Lisbon to Norway.")
    assert load_document(str(path)).text == "Captain Olga Marsh sailed from Lisbon to Norway."


def test_epub_chapters_declared_as_text_html_are_read(tmp_path):
    """Older EPUBs declare chapters as "text/html", which EbookLib does not count as documents:
    the first chapter was left out without a word."""
    package = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0" '
        'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:title>T</dc:title><dc:identifier id="id">x</dc:identifier></metadata><manifest>'
        '<item id="c1" href="c1.html" media-type="text/html"/>'
        '<item id="c2" href="c2.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/></manifest>'
        '<spine toc="ncx"><itemref idref="c1"/><itemref idref="c2"/></spine></package>'
    )
    members = {
        "mimetype": b"application/epub+zip",
        "META-INF/container.xml": (
            b'<?xml version="1.0"?><container version="1.0" '
            b'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
            b'full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            b"</rootfiles></container>"
        ),
        "OEBPS/content.opf": package.encode(),
        "OEBPS/toc.ncx": b'<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap/></ncx>',
        "OEBPS/c1.html": b"<html><body><p>Olga Marsh sailed from Lisbon.</p></body></html>",
        "OEBPS/c2.xhtml": b"<html><body><p>She reached Norway.</p></body></html>",
    }
    path = tmp_path / "old.epub"
    path.write_bytes(fixtures.zip_bytes(members))
    assert load_document(str(path)).text == "Olga Marsh sailed from Lisbon.\n\nShe reached Norway."


WIKI_PAGE = """<!DOCTYPE html><html><head><title>Olga Marsh - Wikipedia</title></head><body>
<div id="content"><h1>Olga Marsh</h1><div class="mw-parser-output">
<p><b>Olga Marsh</b> (1850–1920) was a sea captain who sailed from Lisbon to Norway.<sup
class="reference"><a href="#cite_note-1">[1]</a></sup> She married Peter Hale in 1875.</p>
<h2>Career<span class="mw-editsection">[edit]</span></h2>
<p>In 1880 Marsh sailed to Bergen, where she met the painter Edvard Munch.<sup
class="reference">[2]</sup> Munch drew her ship, and Hale kept the log.</p>
<h2>References</h2><div class="reflist"><ol class="references">
<li>^ Smith, John (2001). <i>Women at Sea</i>. Oxford University Press.</li>
<li>^ Jones, Mary (1999). "Captains of Lisbon". Journal of Maritime History.</li></ol></div>
<div class="navbox">Explorers: Vasco da Gama · Ferdinand Magellan</div>
<div id="catlinks" class="catlinks">Categories: 1850 births | 1920 deaths</div>
</div></div></body></html>"""


def test_a_wiki_pages_references_and_footnote_marks_stay_out(tmp_path):
    page = tmp_path / "olga.html"
    page.write_text(WIKI_PAGE, encoding="utf-8")
    document = load_document(str(page))
    assert "[1]" not in document.text and "Oxford" not in document.text
    assert "Categories" not in document.text and "Magellan" not in document.text
    assert "sailed from Lisbon to Norway. She married Peter Hale" in document.text
    people = {p.name for p in extract_entities(document).people}
    assert people == {"Olga Marsh", "Peter Hale", "Edvard Munch"}


def _one_pixel_png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def test_books_and_documents_of_pictures_only_say_so(tmp_path):
    import docx
    from ebooklib import epub

    picture = tmp_path / "page.png"
    picture.write_bytes(_one_pixel_png())
    word = docx.Document()
    word.add_picture(str(picture))
    scanned = tmp_path / "scanned.docx"
    word.save(str(scanned))
    with pytest.raises(ReaderError, match="holds no text"):
        load_document(str(scanned))
    blank = tmp_path / "blank.docx"
    docx.Document().save(str(blank))
    assert load_document(str(blank)).text == ""  # an empty document is no error

    comic = epub.EpubBook()
    comic.set_identifier("comic")
    comic.set_title("Comic")
    comic.add_item(
        epub.EpubImage(file_name="page.png", media_type="image/png", content=_one_pixel_png())
    )
    page = epub.EpubHtml(title="1", file_name="p1.xhtml", content='<p><img src="page.png"/></p>')
    comic.add_item(page)
    comic.spine = [page]
    comic.add_item(epub.EpubNcx())
    path = tmp_path / "comic.epub"
    epub.write_epub(str(path), comic)
    with pytest.raises(ReaderError, match="holds no text"):
        load_document(str(path))


def test_markdown_tables_strikethrough_and_footnotes(tmp_path):
    """GitHub's and Pandoc's Markdown: a table had been one paragraph of pipes and dashes,
    "~~" and "[^1]" shown as written; a table's row of values is one line, as in an HTML
    page and a Word document."""
    notes = tmp_path / "notes.md"
    notes.write_text(
        "| Ship | Port | Year |\n|---|---|---|\n| Lark | Lisbon | 1902 |\n\n"
        "Captain Olga Marsh[^1] sailed ~~north~~ south.\n\n[^1]: Born in 1870.\n"
    )
    assert load_document(str(notes)).text == "\n\n".join(
        [
            "Ship | Port | Year",
            "Lark | Lisbon | 1902",
            "Captain Olga Marsh sailed north south.",
            "Born in 1870.",
        ]
    )
    page = tmp_path / "ships.html"
    page.write_text(
        "<table><tr><th>Ship</th><th>Port</th></tr><tr><td>Lark</td><td>Lisbon</td></tr>"
        "<tr><td>The Lark sailed at dawn.</td><td>She reached Norway.</td></tr></table>"
    )
    from reader_app.core.formats.markup import html_to_text

    assert html_to_text(page.read_text()) == "\n\n".join(
        ["Ship | Port", "Lark | Lisbon", "The Lark sailed at dawn.", "She reached Norway."]
    )


def test_markdown_front_matter_is_left_out_but_its_title_kept(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(
        '---\ntitle: "Harbour news"\ndate: 2025-01-02\ntags:\n  - sea\n---\n\n'
        "Captain Olga Marsh sailed from Lisbon.\n\n---\n\nShe reached Norway.\n"
    )
    assert load_document(str(post)).text == (
        "Harbour news\n\nCaptain Olga Marsh sailed from Lisbon.\n\nShe reached Norway."
    )
    ruled = tmp_path / "ruled.md"
    ruled.write_text("---\nSome opening words.\n---\n\nCaptain Olga Marsh sailed.\n")
    assert "Some opening words." in load_document(str(ruled)).text  # a rule, not front matter


def test_an_email_message_shows_its_subject_names_and_text_not_its_attachments(tmp_path):
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Olga Marsh <olga@harbour.example>"
    message["To"] = "Peter Hale <peter@harbour.example>"
    message["Subject"] = "Arrival"
    message.set_content("Dear Peter,\n\nThe Lark reached Norway on Monday.\n\nOlga\n")
    message.add_alternative("<p>Dear Peter, the <b>Lark</b> reached Norway.</p>", subtype="html")
    message.add_attachment(bytes(range(256)) * 20, maintype="image", subtype="png")
    for name in ("arrival.eml", "arrival.txt"):
        path = tmp_path / name
        path.write_bytes(bytes(message))
        text = load_document(str(path)).text
        assert text.startswith("Arrival\n\nFrom: Olga Marsh\n\nTo: Peter Hale")
        assert "The Lark reached Norway on Monday." in text
        assert "harbour.example" not in text and "Content-Type" not in text


def test_a_web_page_saved_as_one_file_is_read_as_its_page(tmp_path):
    """Chrome's and Word's single-file pages (.mhtml, .mht) had been read as e-mail: the
    saving browser shown as its sender, and the page's UTF-8, declared only in its markup,
    read as ASCII ("Russia���s")."""
    import quopri

    page = (
        '<html><head><meta charset="utf-8"><title>Harbour news</title></head><body>'
        '<nav><a href="/">Home</a></nav><article><h1>The Lark is home</h1>'
        "<p>Captain Olga Marsh sailed the Lark from Lisbon to Norway in May.</p>"
        "<p>Her crew called it the harbour’s finest voyage, and “a fair wind” all the way.</p>"
        "</article></body></html>"
    )
    encoded = quopri.encodestring(page.encode()).decode("ascii")
    saved = (
        "From: <Saved by Blink>\nSnapshot-Content-Location: https://harbour.example/lark\n"
        "Subject: Harbour news\nMIME-Version: 1.0\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----b"\n\n\n'
        "------b\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n"
        f"{encoded}\n------b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\n"
        "iVBORw0KGgo=\n------b--\n"
    )
    for name in ("lark.mhtml", "lark.mht"):
        path = tmp_path / name
        path.write_bytes(saved.replace("\n", "\r\n").encode("ascii"))
        text = load_document(str(path)).text
        assert "harbour’s finest voyage, and “a fair wind”" in text
        assert "Saved by" not in text and "From:" not in text and "Home" not in text
        assert "Captain Olga Marsh sailed" in text


def test_a_header_the_standard_library_cannot_parse_is_shown_as_written(tmp_path):
    """ "From: <" raised an IndexError inside the e-mail package, a traceback for the user."""
    path = tmp_path / "odd.eml"
    path.write_bytes(b"From: <\nTo: Peter Hale\nSubject: Hi\n\nThe Lark reached Norway.\n")
    assert load_document(str(path)).text == (
        "Hi\n\nFrom: <\n\nTo: Peter Hale\n\nThe Lark reached Norway."
    )


def test_a_memo_that_opens_with_one_header_stays_text(tmp_path):
    memo = tmp_path / "memo.txt"
    memo.write_text("From: the harbour master\n\nThe Lark sailed at dawn.")
    assert load_document(str(memo)).text == "From: the harbour master\n\nThe Lark sailed at dawn."


def test_a_text_of_pages_loses_its_running_heads_but_no_line_of_its_own(tmp_path):
    """pdftotext writes pages separated by form feeds, each with its head and number. The
    text here repeats one sentence, so its lines stand at the top of many pages too: only the
    lines at the same place on a third of the pages are heads."""
    import textwrap

    sentence = "Captain Olga Marsh sailed from Lisbon to Norway, and the voyage took weeks."
    lines: list[str] = []
    for _ in range(6):
        lines += [*textwrap.wrap(" ".join([sentence] * 4), 70), ""]
    pages = [lines[i : i + 14] for i in range(0, len(lines), 14)]
    text = "\f".join(
        "\n".join(["THE HARBOUR CHRONICLE", "", *page, "", f"- {number} -"])
        for number, page in enumerate(pages, start=1)
    )
    path = tmp_path / "pages.txt"
    path.write_text(text)
    document = load_document(str(path))
    assert "HARBOUR" not in document.text and "- 2 -" not in document.text
    assert len(document.paragraphs) == 6
    assert [document.sentence_text(i) for i in range(len(document.sentences))] == [sentence] * 24


def test_zip_bomb_and_truncated_archives_are_refused(tmp_path, article_path_module):
    bomb = tmp_path / "bomb.epub"
    bomb.write_bytes(
        fixtures.zip_bytes({"mimetype": b"application/epub+zip", "big.xhtml": b"\0" * (50 * 2**20)})
    )
    with pytest.raises(ReaderError, match=r"zip bomb|inflate"):
        load_document(str(bomb))
    title, body = fixtures.paragraphs_of(article_path_module)
    for kind in ("epub", "docx", "pdf"):
        whole = WRITERS[kind](tmp_path / f"whole.{kind}", title, body).read_bytes()
        cut = tmp_path / f"cut.{kind}"
        cut.write_bytes(whole[: len(whole) // 2])
        with pytest.raises(ReaderError):
            load_document(str(cut))


def test_archives_with_a_damaged_compressed_part_are_refused(tmp_path):
    """A part whose deflated bytes are not a deflate stream ("invalid block type") is a
    damaged file, not an internal error."""
    import zipfile

    for kind, members in (
        ("docx", {"[Content_Types].xml": b"<Types/>" * 50, "word/document.xml": b"<w/>" * 50}),
        ("epub", {"mimetype": b"application/epub+zip", "OEBPS/a.xhtml": b"<p>x</p>" * 50}),
    ):
        data = bytearray(fixtures.zip_bytes(members))
        with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
            for info in archive.infolist()[-1:]:
                start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
                data[start : start + info.compress_size] = b"\xff" * info.compress_size
        damaged = tmp_path / f"damaged.{kind}"
        damaged.write_bytes(bytes(data))
        with pytest.raises(ReaderError, match="damaged"):
            load_document(str(damaged))


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b" \n\t\n ",
        b"word " * 200_000,
        b"x" * 3_000_000,
        ("1 2 3 4 5 " * 1000).encode(),
        "北京欢迎你。今天天气很好。我们去公园吧。".encode(),
        "Москва — столица России. Владимир Путин выступил с речью.".encode(),
        "مرحبا بالعالم. هذا نص عربي قصير.".encode(),
        os.urandom(5000),
    ],
    ids=[
        "empty",
        "blank",
        "no-stops",
        "huge-line",
        "numbers",
        "chinese",
        "russian",
        "arabic",
        "random",
    ],
)
def test_hostile_text_gives_a_result_or_a_clear_error(tmp_path, content):
    path = tmp_path / "hostile.txt"
    path.write_bytes(content)
    try:
        document = load_document(str(path))
    except ReaderError as error:
        assert "\n" not in str(error)
        return
    ranking = rank_sentences(document)
    pick(document, ranking)
    extract_entities(document)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    content=st.one_of(
        st.binary(max_size=3000),
        st.text(max_size=2000).map(str.encode),
        # Formats told by how they start: Rich Text, and a saved page or an e-mail.
        st.tuples(
            st.sampled_from(
                [
                    b"{\\rtf1",
                    b'From: a\nContent-Type: multipart/related; type="text/html"; boundary=x\n\n--x\n',
                ]
            ),
            st.binary(max_size=3000),
        ).map(b"".join),
    ),
    extension=st.sampled_from(
        [".txt", ".md", ".html", ".epub", ".docx", ".pdf", ".srt", ".rtf", ".mhtml", ""]
    ),
)
def test_random_input_never_raises_anything_but_our_error(tmp_path, content, extension):
    path = tmp_path / f"random{extension}"
    path.write_bytes(content)
    try:
        document = load_document(str(path))
        pick(document, rank_sentences(document))
        extract_entities(document)
    except ReaderError:
        pass
