"""Properties of any split: offsets match the text, and no sentence crosses a blank line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core.documents import document_from_text

PIECES = st.sampled_from(
    [
        "Mr.",
        "Dr.",
        "U.S.",
        "e.g.",
        "3.14",
        "$1.5bn",
        "...",
        ". . .",
        "!",
        "?",
        "?!",
        "“",
        "”",
        "'",
        '"',
        "(",
        ")",
        "1.",
        "a.",
        "•",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "  ",
        "word",
        "Word",
        "WORD",
        "I",
        "J.",
        "etc.",
        "www.x.com",
        "a@b.org",
        "…",
        "\t",
        "-",
        "—",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40))
def test_spans_are_clean_and_inside_paragraphs(pieces):
    document = document_from_text(" ".join(pieces))
    text = document.text
    previous_end = 0
    for start, end in document.sentences:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        assert "\n\n" not in piece
        assert any(a <= start and end <= b for a, b in document.paragraphs)
        previous_end = end
    covered = "".join(text[a:b] for a, b in document.sentences)
    assert "".join(covered.split()) == "".join(text.split())
