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
