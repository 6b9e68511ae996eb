"""Loading text files: encodings, newlines, reflow of hard-wrapped lines, and bad input."""

from __future__ import annotations

import codecs
import os

import pytest

from reader_app.core.chapters import find_chapters
from reader_app.core.documents import document_from_text, load_document
from reader_app.core.errors import ReaderError

SAMPLE = (
    "Café owners in Zürich say “naïve” pricing is over — prices rose 5 %.\n\nA second paragraph."
)


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-le", b""),
        ("utf-32-be", b""),
        ("cp1252", b""),
    ],
)
def test_decodes_common_encodings(write_file, encoding, prefix):
    """With or without a byte-order mark; UTF-32 without one was read as binary data."""
    path = write_file("sample.txt", prefix + SAMPLE.encode(encoding))
    document = load_document(str(path))
    assert document.text == SAMPLE


def test_cp1252_with_crlf_line_ends(write_file):
    text = "Première ligne — avec des « guillemets ».\r\n\r\nDeuxième paragraphe, café.\r\n"
    document = load_document(str(write_file("old.txt", text.encode("cp1252"))))
    assert (
        document.text == "Première ligne — avec des « guillemets ».\n\nDeuxième paragraphe, café."
    )
    assert len(document.paragraphs) == 2


def test_latin1_text_is_read(write_file):
    text = "Der Bürgermeister äußerte sich über die Größe des Platzes in München. " * 5
    document = load_document(str(write_file("de.txt", text.encode("latin-1"))))
    assert "Bürgermeister äußerte" in document.text


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("He said \u201chi\u201d.", "cp1252"),  # a detector read it as Cyrillic
        ("Caf\u00e9", "latin-1"),  # and this as two Chinese characters (UTF-16)
        ("Владимир Путин встретился с Эммануэлем Макроном в Москве. " * 5, "cp1251"),
    ],
)
def test_short_legacy_texts_are_read_in_their_encoding(write_file, text, encoding):
    assert load_document(str(write_file("note.txt", text.encode(encoding)))).text == text.strip()


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Wczoraj Paweł poszedł do sklepu i kupił chleb, masło oraz śmietanę.", "cp1250"),
        ("Zażółć gęślą jaźń. Dziś pogoda jest ładna, więc idziemy nad rzekę.", "iso8859_2"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy. Řeka Vltava teče městem.", "cp1250"),
        ("Főztünk gulyást. A tűzoltók gyorsan érkeztek, mert az épület égett.", "cp1250"),
        ("Dün İstanbul'da yağmur yağdı. Öğretmen sınıfa girdiğinde herkes kalktı.", "cp1254"),
        ("Vakar buvome Vilniuje. Žmonės šventė šventę, o vaikai žaidė kieme.", "cp1257"),
        # Western texts keep cp1252, names from several languages among them.
        ("Zoë, Björk, Gödel, François, Señor, São Paulo, Øresund and “naïve” Bartók.", "cp1252"),
        ("Þetta er íslenskur texti. Við fórum út að borða í gær og það var gott.", "cp1252"),
        ("Perché non è venuto? Città, però, più già così. Lunedì andrò là.", "cp1252"),
    ],
    ids=[
        "polish",
        "polish-iso",
        "czech",
        "hungarian",
        "turkish",
        "lithuanian",
        "names",
        "icelandic",
        "italian",
    ],
)
def test_central_european_and_turkish_code_pages(write_file, text, encoding):
    """Which 8-bit code page a text is in is read from its accented letters: Polish had been
    read as cp1252 ("Pawe³"), Turkish as cp1250."""
    for copies in (1, 30):
        written = " ".join([text] * copies)
        path = write_file("old.txt", written.encode(encoding))
        assert load_document(str(path)).text == written


def test_utf8_with_a_few_stray_legacy_bytes_keeps_its_utf8(write_file):
    """A paragraph pasted from an older file: only its stray bytes are read as cp1252."""
    utf8 = "François Hollande visited Côte d'Ivoire with Zoë. " * 50
    data = utf8.encode() + " \u201cCaf\u00e9\u201d ".encode("cp1252") + utf8.encode()
    text = load_document(str(write_file("mixed.txt", data))).text
    assert text.startswith("François Hollande visited Côte d'Ivoire with Zoë.")
    assert " \u201cCaf\u00e9\u201d " in text


def test_hard_wrapped_paragraphs_are_reflowed():
    words = ("the quick brown fox jumps over a lazy dog while the farmer watches " * 12).split()
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) + 1 > 70:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    wrapped = "\n".join(lines)
    raw = f"CHAPTER I\n\n{wrapped}\n\n{wrapped}\n"
    document = document_from_text(raw)
    assert len(document.paragraphs) == 3
    first = document.text[slice(*document.paragraphs[1])]
    assert first == " ".join(words)
    assert document.text[slice(*document.paragraphs[0])] == "CHAPTER I"


def test_a_log_or_a_table_stays_line_by_line():
    """Lines of about the same length that open with a number or the same word, or end with
    a number, are a log or a table, not wrapped prose: each is a sentence of its own, not one
    of megabytes."""
    log = "\n".join(
        f"{day:02d}/11/2026 INFO worker-{day % 7} request search processed in {day * 7} ms"
        for day in range(1, 29)
    )
    levels = "\n".join(
        f"WARN disk {i} of the storage array is at {60 + i} percent" for i in range(9)
    )
    # A results service's lines amid text wrapped at 60 columns, which would join those of
    # its lines near full (Reuters' Argentine results, CoNLL-2003 train).
    results = (
        "Results of matches on the\nopening weekend of the Argentine Apertura championship:\n"
        "Estudiantes 2 Boca Juniors 3\nFerro Carril Oeste 0 Independiente 3\n"
        "Gimnasia-Jujuy 1 Platense 0\nHuracan 0 Lanus 0\nNewell's Old Boys 0 Velez Sarsfield 2\n"
        "Racing Club 0 Rosario Central 2\nRiver Plate 0 Gimnasia-La Plata 0\n\n"
        "Note: the Apertura is the first of two championships played\n"
        "in the Argentine season. The teams meet each other once in\neach tournament."
    )
    document = document_from_text(results)
    lines = [document.text[slice(*paragraph)] for paragraph in document.paragraphs]
    assert lines[2] == "Ferro Carril Oeste 0 Independiente 3" and len(lines) == 9
    # and a sentence cut between the table's lines is one paragraph again
    assert lines[0] == (
        "Results of matches on the opening weekend of the Argentine Apertura championship:"
    )
    for text, count in ((log, 28), (levels, 9)):
        document = document_from_text(text)
        assert len(document.paragraphs) == count
        assert len(document.sentences) == count
        # Its lines are its content: none is a heading or a chapter but a title on line one.
        assert document.is_list
        assert [document.is_heading(p) for p in document.paragraphs[1:]] == [False] * (count - 1)
        assert find_chapters(document) == ()
    prose = document_from_text(
        "A Title\n\nCHAPTER I\n\nIt was a dark night. It rained.\n\nCHAPTER II\n\nIt was day."
    )
    assert not prose.is_list and len(find_chapters(prose)) == 2


def _paragraphs_of(raw: str) -> list[str]:
    """The text of each paragraph of the document read from `raw`."""
    document = document_from_text(raw)
    return [document.text[a:b] for a, b in document.paragraphs]


def test_short_lines_of_a_list_stay_apart():
    raw = "Contents\n\nOne\nTwo\nThree\n"
    pieces = _paragraphs_of(raw)
    assert pieces == ["Contents", "One", "Two", "Three"]


def test_lines_that_open_with_a_label_stay_apart():
    """A squad's or a cast's lines ("Defenders: ...", "Midfielders: ...") amid lines of about
    their length are entries, not wrapped prose, though the next one's first word would not
    have fitted; a wrapped line that opens with a label after prose still continues it."""
    raw = (
        "Uruguay squad at the 1930 World Cup, which it won at home in Montevideo:\n"
        "Goalkeeper: Enrique Ballestrero\n"
        "Defenders: José Nasazzi (captain), Ernesto Mascheroni\n"
        "Midfielders: José Leandro Andrade, Lorenzo Fernández, Álvaro Gestido\n"
        "Forwards: Pablo Dorado, Héctor Scarone, Héctor Castro, Pedro Cea, Santos Iriarte\n"
        "Coach: Alberto Suppici\n"
        "The team beat Argentina in the final, played in the new Estadio Centenario of\n"
        "Montevideo: the first final of the tournament."
    )
    pieces = _paragraphs_of(raw)
    assert pieces[1] == "Goalkeeper: Enrique Ballestrero"
    assert pieces[2] == "Defenders: José Nasazzi (captain), Ernesto Mascheroni"
    assert pieces[5] == "Coach: Alberto Suppici"
    assert pieces[6].endswith(
        "Estadio Centenario of Montevideo: the first final of the tournament."
    )


def test_a_line_that_ends_on_a_preposition_or_an_article_goes_on_in_the_next():
    """A short line of a dialogue ending on "for", "the" or "and" continues on the next line,
    though the next opens with a capital ("Dispositions for | Bagratión"); a list's lines stay
    apart."""
    raw = (
        "“Immediately, Prince,” said Kozlóvski. “Dispositions for\n"
        "Bagratión.”\n"
        "“If I have time,” answered Nicholas. “But I promised the\n"
        "Arkhárovs; they have a party.”\n"
        "Goalkeeper: Enrique Ballestrero\n"
        "Coach: Alberto Suppici"
    )
    pieces = _paragraphs_of(raw)
    assert pieces[0] == "“Immediately, Prince,” said Kozlóvski. “Dispositions for Bagratión.”"
    assert (
        pieces[1]
        == "“If I have time,” answered Nicholas. “But I promised the Arkhárovs; they have a party.”"
    )
    assert pieces[2:] == ["Goalkeeper: Enrique Ballestrero", "Coach: Alberto Suppici"]


def test_a_list_of_about_equal_lines_is_not_read_as_wrapped():
    """Lines of about the same length, each opening with a capital, where the next line's
    first word would have fitted on the line before, were written so: a list's entries stay
    apart (no name runs across two: "Raccoon City | Claire Redfield"); a wrapped paragraph,
    whose lines open in lower case too, is still joined."""
    entries = [
        "Main characters of the Resident Evil games:",
        "Chris Redfield, a member of the S.T.A.R.S. team",
        "Jill Valentine, his partner in the first game",
        "Albert Wesker, their captain, who works for Umbrella",
        "Leon S. Kennedy, a police officer of Raccoon City",
        "Claire Redfield, the sister of Chris",
        "Ada Wong, a spy",
    ]
    assert _paragraphs_of("\n".join(entries)) == entries
    wrapped = (
        "Leading scores in the $1.2 million Greater Milwaukee Open at the\n"
        "par-71 course after the first round on Thursday, with the players\n"
        "all from the United States unless stated, and the weather fine\n"
        "for the whole of the day, as it had been for most of the week."
    )
    assert len(document_from_text(wrapped).paragraphs) == 1


def test_a_heading_ending_in_a_colon_opens_a_list_not_a_wrapped_paragraph():
    """A cast list after its heading, whose lines are about as long as a wrapped column's
    and would not all have fitted a wrapper's line: the heading's colon says the lines are
    entries (no name runs across two: "Richard Beckinsale | Mr Mackay")."""
    entries = [
        'Characters in " A Night In ", an episode of the British sitcom Porridge (1974):',
        "Norman Stanley Fletcher, a habitual criminal, played by Ronnie Barker",
        "Lennie Godber, a young prisoner sharing his cell, played by Richard Beckinsale",
        "Mr Mackay, the strict chief officer, played by Fulton Mackay",
        "Mr Barrowclough, a kindly warder, played by Brian Wilde",
    ]
    assert _paragraphs_of("\n".join(entries)) == entries
    # and so in a longer text whose other blocks are wrapped or numbered
    wrapped = (
        "Leading scores in the $1.2 million Greater Milwaukee Open at the\n"
        "par-71 course after the first round on Thursday, with the players\n"
        "1. all from the United States unless stated, and the weather fine"
    )
    assert _paragraphs_of(wrapped + "\n\n" + "\n".join(entries))[-5:] == entries


def test_paragraph_and_sentence_spans_match_the_text(article_path):
    document = load_document(str(article_path))
    for start, end in document.sentences:
        piece = document.text[start:end]
        assert piece == piece.strip() and piece
        assert "\n\n" not in piece
    assert document.title == "Harbour talks end with a shared plan"


def test_empty_and_whitespace_files_give_empty_documents(write_file):
    for content in (b"", b"   \n\n\t \r\n"):
        document = load_document(str(write_file("empty.txt", content)))
        assert document.text == ""
        assert document.sentences == ()


@pytest.mark.parametrize(
    "content, reason",
    [
        (bytes(range(256)) * 64, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\xff" * 500, r"an image \(PNG\)"),
    ],
)
def test_binary_data_is_refused(write_file, content, reason):
    with pytest.raises(ReaderError, match=reason):
        load_document(str(write_file("data.txt", content)))


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(ReaderError, match="no such file"):
        load_document(str(tmp_path / "absent.txt"))
    with pytest.raises(ReaderError, match="folder"):
        load_document(str(tmp_path))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_without_writer_reads_as_empty_and_a_device_is_refused(tmp_path):
    """Opening a named pipe nobody writes to would wait for ever; it is read as empty."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert load_document(str(pipe)).sentences == ()
    with pytest.raises(ReaderError, match="device"):
        load_document(os.devnull)


def test_error_messages_are_one_line():
    error = ReaderError("first line\nsecond line")
    assert str(error) == "first line second line"


def test_a_list_inside_an_article_gives_the_contents_its_heading_only():
    """A squad or a track listing is a run of short lines without a stop: only the list's
    own heading, and the next section's after it, are headings in the contents."""
    text = (
        "1995–96 Aston Villa season\n\nThe club finished fourth under Brian Little.\n\n"
        "Squad\n\nGK Mark Bosnich\nDF Gary Charles\nDF Ugo Ehiogu\nFW Dwight Yorke\n\n"
        "League Cup\n\nVilla beat Leeds United in the final.\n\nTransfers\n\nVilla signed "
        "Milošević.\n\nTrack listing\n\nIntro\nSong One\nSong Two\n"
    )
    titles = [chapter.title for chapter in find_chapters(document_from_text(text))]
    assert titles == [
        "1995–96 Aston Villa season",
        "Squad",
        "League Cup",
        "Transfers",
        "Track listing",
    ]


def test_a_numbered_lists_first_and_last_items_are_no_headings():
    """A run of numbered lines (a race's results) is a list whose own heading, if any, is
    the line before it: its first and last items are no chapters, though prose follows."""
    text = (
        "Results from Brussels on Friday.\n\nWomen's 5,000 metres\n\n"
        "1. Tegla Loroupe (Kenya) 15:08.79\n\n2. Gete Wami (Ethiopia) 15:10.12\n\n"
        "3. Fernanda Ribeiro (Portugal) 15:12.33\n\nLoroupe won again.\n\nMen's mile\n\n"
        "El Guerrouj won it.\n"
    )
    titles = [chapter.title for chapter in find_chapters(document_from_text(text))]
    assert titles == ["Women's 5,000 metres", "Men's mile"]


def test_a_tables_rows_are_no_headings_but_a_pages_title_may_hold_a_bar():
    text = (
        "Harbour report | The Coast Gazette\n\nThe harbour reopened on Monday.\n\nShips\n\n"
        "Lark | Lisbon | 1902\n\nOlga | Oslo | 1911\n\nPetrel | Cork | 1920\n\nThe ships sailed "
        "at dawn.\n\nCrews\n\nThe crews were paid."
    )
    titles = [chapter.title for chapter in find_chapters(document_from_text(text))]
    assert titles == ["Harbour report | The Coast Gazette", "Ships", "Crews"]


def test_chapters_nest_in_their_books_and_volumes():
    """A volume holds books, a book chapters: each heading gets its depth among the kinds the
    book has, and its span runs to the next heading as deep or less; a preface right after a
    volume's heading opens the volume, and an epilogue after the last chapter holds the
    chapters after it ("FIRST EPILOGUE", as War and Peace writes it)."""
    from reader_app.core.chapters import holders, titles_in_context

    prose = "The rain fell on the town and nobody went out that day.\n\n"
    headings = [
        "VOLUME I.--FANTINE",
        "PREFACE",
        "BOOK FIRST--A JUST MAN",
        "CHAPTER I--M. MYRIEL",
        "CHAPTER II--M. MYRIEL BECOMES M. WELCOME",
        "BOOK SECOND--THE FALL",
        "CHAPTER I",
        "FIRST EPILOGUE: 1813 - 20",
        "CHAPTER I",
        "CHAPTER II",
    ]
    document = document_from_text("".join(f"{h}\n\n{prose}" for h in headings))
    chapters = find_chapters(document)
    assert [(c.title, c.level) for c in chapters] == [
        ("VOLUME I.--FANTINE", 0),
        ("PREFACE", 1),
        ("BOOK FIRST--A JUST MAN", 1),
        ("CHAPTER I--M. MYRIEL", 2),
        ("CHAPTER II--M. MYRIEL BECOMES M. WELCOME", 2),
        ("BOOK SECOND--THE FALL", 1),
        ("CHAPTER I", 2),
        ("FIRST EPILOGUE: 1813 - 20", 0),
        ("CHAPTER I", 2),
        ("CHAPTER II", 2),
    ]
    starts = [c.span[0] for c in chapters]
    # the volume runs to the epilogue, the first book to the second, a chapter to the next
    assert chapters[0].span == (starts[0], starts[7])
    assert chapters[2].span == (starts[2], starts[5])
    assert chapters[3].span == (starts[3], starts[4])
    assert chapters[9].span[1] == document.main[1]
    # each chapter lies in the last heading before it that is less deep, across a level the
    # book skips: the epilogue's two chapters are both its own, neither the other's
    assert holders(chapters) == [-1, 0, 0, 2, 2, 0, 5, -1, 7, 7]
    # a title that no other chapter has needs no context; one that another has, its holder's
    assert titles_in_context(chapters)[3] == "CHAPTER I--M. MYRIEL"
    assert titles_in_context(chapters)[6] == "CHAPTER I — BOOK SECOND--THE FALL"
    assert titles_in_context(chapters)[8] == "CHAPTER I — FIRST EPILOGUE: 1813 - 20"
    # A book of chapters alone is flat.
    flat = document_from_text("".join(f"Chapter {n}\n\n{prose}" for n in (1, 2, 3)))
    assert [c.level for c in find_chapters(flat)] == [0, 0, 0]


def test_sentence_word_counts_are_counted_once():
    document = document_from_text("Olga Marsh sailed. She reached Norway in May.\n\nThe end.")
    assert document.sentence_words == (3, 5, 2)
    assert document.sentence_words is document.sentence_words  # kept, not counted again


def test_long_texts_are_normalized_and_searched_a_piece_at_a_time(monkeypatch):
    """A regular expression holds the interpreter for a whole call (a 16 MB text's held the
    window 95 ms); in pieces of lines, and with overlapping pieces for a search, the result
    is the same as in one call."""
    import random
    import re

    from reader_app.core import runtime
    from reader_app.core.reflow import _CONTROL, normalize

    def in_one_call(raw: str) -> str:
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\n\n")
        return _CONTROL.sub("", text)

    monkeypatch.setattr(runtime, "PIECE", 40)
    rng = random.Random(1)
    end_marker = re.compile(r"End of (?:the )?Project Gutenberg", re.I)
    for _ in range(2000):
        raw = "".join(rng.choice("ab \r\n\u2028\u2029\x0c\x01\ufeff") for _ in range(300))
        assert normalize(raw) == in_one_call(raw)
        text = "".join(
            rng.choice(["x" * 30, "\n", "End of the Project Gutenberg"]) for _ in range(9)
        )
        start = rng.randrange(len(text) + 1)
        expected = end_marker.search(text, start)
        found = runtime.search_in_pieces(end_marker, text, start)
        assert (found and found.span()) == (expected and expected.span())
