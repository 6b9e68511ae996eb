"""Word, rich text, OpenDocument and FictionBook files: tables, notes and text boxes in place."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from reader_app.core.documents import load_document
from reader_app.core.errors import ReaderError

sys.path.insert(0, str(Path(__file__).parent))
import fixtures


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
