"""Web pages, e-books, subtitles, Markdown and e-mail: their text without notes and furniture."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from reader_app.core.documents import load_document
from reader_app.core.entities import extract_entities
from reader_app.core.errors import ReaderError

sys.path.insert(0, str(Path(__file__).parent))
import fixtures

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
