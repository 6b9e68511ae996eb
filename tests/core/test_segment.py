"""Sentence splitting, table-driven: abbreviations, numbers, quotes, lists, ellipses and more."""

from __future__ import annotations

import pytest

from reader_app.core.documents import document_from_text
from reader_app.core.segment import split_paragraph, word_spans, words

CASES = [
    # plain stops
    ("stops", "Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
    ("stops", "What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]),
    ("stops", "There it is! I found it.", ["There it is!", "I found it."]),
    ("stops", "It rained. 2024 was wet.", ["It rained.", "2024 was wet."]),
    # abbreviations
    ("abbrev", "Mr. Brown met Dr. Green at noon.", ["Mr. Brown met Dr. Green at noon."]),
    ("abbrev", "MR. BROWN MET DR. GREEN AT NOON.", ["MR. BROWN MET DR. GREEN AT NOON."]),
    ("abbrev", "I can see Mt. Fuji from here.", ["I can see Mt. Fuji from here."]),
    # a name that ends in a title's letters ("Sen"), and titles after capitalised words
    ("abbrev", "Macron met Hun Sen. They talked.", ["Macron met Hun Sen.", "They talked."]),
    ("abbrev", "Texas Gov. Greg Abbott spoke.", ["Texas Gov. Greg Abbott spoke."]),
    ("abbrev", "The Jets vs. The Giants.", ["The Jets vs. The Giants."]),
    (
        "abbrev",
        "St. Mary's Church is on 5th st. near the light.",
        ["St. Mary's Church is on 5th st. near the light."],
    ),
    ("abbrev", "Were Anna and co. at the party?", ["Were Anna and co. at the party?"]),
    ("abbrev", "Ask Anna and co. They should know.", ["Ask Anna and co.", "They should know."]),
    (
        "abbrev",
        "They signed with Hart, Lowe & Co. at noon.",
        ["They signed with Hart, Lowe & Co. at noon."],
    ),
    (
        "abbrev",
        "They signed with Hart, Lowe & Co. It closed today.",
        ["They signed with Hart, Lowe & Co.", "It closed today."],
    ),
    (
        "abbrev",
        "Bring fruit, e.g. apples, pears, etc. and some bread.",
        ["Bring fruit, e.g. apples, pears, etc. and some bread."],
    ),
    (
        "abbrev",
        "Use the short form, i.e. The Times, not the full title.",
        ["Use the short form, i.e. The Times, not the full title."],
    ),
    (
        "abbrev",
        "We packed pens, paper, etc. Then we left.",
        ["We packed pens, paper, etc.", "Then we left."],
    ),
    ("abbrev", "The meeting is on Jan. 5 in the hall.", ["The meeting is on Jan. 5 in the hall."]),
    ("abbrev", "See No. 7 on the list.", ["See No. 7 on the list."]),
    ("abbrev", "Please turn to p. 55.", ["Please turn to p. 55."]),
    (
        "abbrev",
        "Acme Inc. reported a loss. Shares fell.",
        ["Acme Inc. reported a loss.", "Shares fell."],
    ),
    ("abbrev", "That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]),
    (
        "abbrev",
        "Prof. Klein and Gen. Ortiz spoke first.",
        ["Prof. Klein and Gen. Ortiz spoke first."],
    ),
    # dotted abbreviations
    ("acronym", "I visited the U.S.A. last year.", ["I visited the U.S.A. last year."]),
    ("acronym", "I live in the E.U. How about you?", ["I live in the E.U.", "How about you?"]),
    ("acronym", "I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
    (
        "acronym",
        "I work for the U.S. Government in Virginia.",
        ["I work for the U.S. Government in Virginia."],
    ),
    (
        "acronym",
        "I have lived in the U.S. for 20 years.",
        ["I have lived in the U.S. for 20 years."],
    ),
    (
        "acronym",
        "The U.K. economy grew. The U.S. one shrank.",
        ["The U.K. economy grew.", "The U.S. one shrank."],
    ),
    (
        "time",
        "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went home.",
        [
            "At 5 a.m. Mr. Smith went to the bank.",
            "He left the bank at 6 P.M.",
            "Mr. Smith then went home.",
        ],
    ),
    ("time", "The train leaves at 7 p.m. on Fridays.", ["The train leaves at 7 p.m. on Fridays."]),
    # initials
    ("initials", "My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
    (
        "initials",
        "J. R. R. Tolkien wrote it. C. S. Lewis read it.",
        ["J. R. R. Tolkien wrote it.", "C. S. Lewis read it."],
    ),
    (
        "initials",
        "In 1929 J. M. Barrie gave it away. The wind was 0.12 W. The ship sailed.",
        ["In 1929 J. M. Barrie gave it away.", "The wind was 0.12 W.", "The ship sailed."],
    ),
    (
        "abbreviations",
        "He is come--Mr. Bingley is come. On December 6—St. Nicholas’ Day—all came. "
        "“_Mr. Darcy_, you see, is the man!",
        [
            "He is come--Mr. Bingley is come.",
            "On December 6—St. Nicholas’ Day—all came.",
            "“_Mr. Darcy_, you see, is the man!",
        ],
    ),
    (
        "initials",
        "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
        ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"],
    ),
    (
        "initials",
        "It was built under Elizabeth I. Her successor met Albert I. Jones and George V. In 1910 he died.",
        [
            "It was built under Elizabeth I.",
            "Her successor met Albert I. Jones and George V.",
            "In 1910 he died.",
        ],
    ),
    (
        "abbreviations",
        # "c." (circa), "b." (born), "d." (died) and "fl." (flourished) before a year, as a
        # biography opens, end no sentence
        "Vasco da Gama (c. 1460 – 1524) was a navigator. He was b. 1460 and d. 1524 in Cochin.",
        [
            "Vasco da Gama (c. 1460 – 1524) was a navigator.",
            "He was b. 1460 and d. 1524 in Cochin.",
        ],
    ),
    (
        "abbreviations",
        "He won Schenck v. United States in 1919. Then Plessy v. Ferguson came. It ended v. 4.",
        [
            "He won Schenck v. United States in 1919.",
            "Then Plessy v. Ferguson came.",
            "It ended v. 4.",
        ],
    ),
    (
        "initials",
        "Somerset 83 and 174 (P. Simmons 4-38), Kent 296. Rain stopped play.",
        ["Somerset 83 and 174 (P. Simmons 4-38), Kent 296.", "Rain stopped play."],
    ),
    (
        "initials",
        "The author, T.S. Eliot, lived in London.",
        ["The author, T.S. Eliot, lived in London."],
    ),
    (
        "initials",
        "It came in a letter from J. Smith last week.",
        ["It came in a letter from J. Smith last week."],
    ),
    ("initials", "Take vitamin C. It helps.", ["Take vitamin C.", "It helps."]),
    # numbers and money
    ("numbers", "She has $100.00 in her bag.", ["She has $100.00 in her bag."]),
    ("numbers", "She has $100.00. It is in her bag.", ["She has $100.00.", "It is in her bag."]),
    ("numbers", "Pi is about 3.14 and e is about 2.72.", ["Pi is about 3.14 and e is about 2.72."]),
    (
        "numbers",
        "Profits rose 5.5% to $1.5bn. Sales were flat.",
        ["Profits rose 5.5% to $1.5bn.", "Sales were flat."],
    ),
    (
        "numbers",
        "They sold 1,000.5 tonnes in 2023. Prices fell.",
        ["They sold 1,000.5 tonnes in 2023.", "Prices fell."],
    ),
    (
        "numbers",
        "Version 2.4.1 fixed it. Version 2.5 broke it.",
        ["Version 2.4.1 fixed it.", "Version 2.5 broke it."],
    ),
    (
        "numbers",
        "You can find it at N°. 1026.253.553. That is where the treasure is.",
        ["You can find it at N°. 1026.253.553.", "That is where the treasure is."],
    ),
    (
        "numbers",
        "The point is at 51.5074 N, 0.1278 W. Go there.",
        ["The point is at 51.5074 N, 0.1278 W.", "Go there."],
    ),
    # quotes and brackets
    (
        "quotes",
        "She turned to him, 'This is great.' she said.",
        ["She turned to him, 'This is great.' she said."],
    ),
    (
        "quotes",
        'She turned to him, "This is great." she said.',
        ['She turned to him, "This is great." she said.'],
    ),
    (
        "quotes",
        'She turned to him, "This is great." She held the book out.',
        ['She turned to him, "This is great."', "She held the book out."],
    ),
    (
        "quotes",
        "“It can be trusted.” He said so twice.",
        ["“It can be trusted.”", "He said so twice."],
    ),
    (
        "quotes",
        "“Is it true?” she asked. “Yes!” he said.",
        ["“Is it true?” she asked.", "“Yes!” he said."],
    ),
    (
        "quotes",
        "He teaches science (He worked for 5 years as an engineer.) at the local school.",
        ["He teaches science (He worked for 5 years as an engineer.) at the local school."],
    ),
    (
        "quotes",
        "He left early. (He was tired.) We stayed.",
        ["He left early.", "(He was tired.)", "We stayed."],
    ),
    ("quotes", "‘Come here,’ said Mum. ‘Now.’", ["‘Come here,’ said Mum.", "‘Now.’"]),
    # double punctuation
    ("punct", "Hello!! Long time no see.", ["Hello!!", "Long time no see."]),
    ("punct", "Hello?? Who is there?", ["Hello??", "Who is there?"]),
    ("punct", "Hello!? Is that you?", ["Hello!?", "Is that you?"]),
    (
        "punct",
        "She works at Yahoo! in the accounting department.",
        ["She works at Yahoo! in the accounting department."],
    ),
    # lists
    (
        "lists",
        "1.) The first item 2.) The second item",
        ["1.) The first item", "2.) The second item"],
    ),
    (
        "lists",
        "1) The first item. 2) The second item.",
        ["1) The first item.", "2) The second item."],
    ),
    ("lists", "1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
    (
        "lists",
        "1. The first item. 2. The second item.",
        ["1. The first item.", "2. The second item."],
    ),
    (
        "lists",
        "• 9. The first item • 10. The second item",
        ["• 9. The first item", "• 10. The second item"],
    ),
    (
        "lists",
        "⁃9. The first item ⁃10. The second item",
        ["⁃9. The first item", "⁃10. The second item"],
    ),
    (
        "lists",
        "a. The first item b. The second item c. The third item",
        ["a. The first item", "b. The second item", "c. The third item"],
    ),
    ("lists", "Step 1 is easy. Step 2 is not.", ["Step 1 is easy.", "Step 2 is not."]),
    # addresses
    (
        "web",
        "Her email is Jane.Doe@example.com. I sent her an email.",
        ["Her email is Jane.Doe@example.com.", "I sent her an email."],
    ),
    (
        "web",
        "The site is: https://www.example.org/new-site/page.html. Please check it out.",
        ["The site is: https://www.example.org/new-site/page.html.", "Please check it out."],
    ),
    ("web", "Visit www.Example.com for details.", ["Visit www.Example.com for details."]),
    # ellipses
    (
        "ellipsis",
        "I never meant that.... She left the store.",
        ["I never meant that....", "She left the store."],
    ),
    (
        "ellipsis",
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        [
            "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."
        ],
    ),
    (
        "ellipsis",
        "One habit was somewhat weakened . . . was that of combining words into units. . . .",
        ["One habit was somewhat weakened . . . was that of combining words into units. . . ."],
    ),
    (
        "ellipsis",
        '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
        ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'],
    ),
    (
        "ellipsis",
        "End the sentence with a period . . . . Next sentence.",
        ["End the sentence with a period . . . .", "Next sentence."],
    ),
    ("ellipsis", "Well… maybe not.", ["Well… maybe not."]),
    # missing spaces
    (
        "nospace",
        "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
        [
            "Hello world.",
            "Today is Tuesday.",
            "Mr. Smith went to the store and bought 1,000.",
            "That is a lot.",
        ],
    ),
    # headings, lines and all capitals
    ("lines", "CHAPTER I\n\nIt was a dark night.", ["CHAPTER I", "It was a dark night."]),
    (
        "lines",
        "Breaking news\n\nThe bridge is closed. Traffic is heavy.",
        ["Breaking news", "The bridge is closed.", "Traffic is heavy."],
    ),
    (
        "lines",
        "This is a sentence\ncut off in the middle because pdf.",
        ["This is a sentence cut off in the middle because pdf."],
    ),
    (
        "lines",
        "features\ncontact manager\nevents, activities\n",
        ["features", "contact manager", "events, activities"],
    ),
    ("caps", "THE SHOW IS OVER. EVERYONE WENT HOME.", ["THE SHOW IS OVER.", "EVERYONE WENT HOME."]),
    (
        "lower",
        "the show is over. everyone went home, e.g. to bed.",
        ["the show is over.", "everyone went home, e.g. to bed."],
    ),
    (
        "lower",
        "england: m. atherton c inzamam b wasim 31. we chose plan b. then it rained.",
        ["england: m. atherton c inzamam b wasim 31.", "we chose plan b.", "then it rained."],
    ),
    # dialogue in novels
    (
        "dialogue",
        "“Well, Prince, so Genoa and Lucca are now just family estates.” She paused. “But I warn you!”",
        [
            "“Well, Prince, so Genoa and Lucca are now just family estates.”",
            "She paused.",
            "“But I warn you!”",
        ],
    ),
    (
        "dialogue",
        "“Heavens! what a virulent attack!” replied the prince.",
        ["“Heavens! what a virulent attack!” replied the prince."],
    ),
]


@pytest.mark.parametrize(
    "category, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_split(category, text, expected):
    document = document_from_text(text)
    assert [document.text[a:b] for a, b in document.sentences] == expected


def test_table_is_large_enough():
    assert len(CASES) >= 60


def test_no_sentence_crosses_a_paragraph_break():
    document = document_from_text("First part without a stop\n\nsecond part. Third one.")
    texts = [document.text[a:b] for a, b in document.sentences]
    assert texts == ["First part without a stop", "second part.", "Third one."]


def test_offsets_point_into_the_text():
    text = "  Mr. Lee arrived.   He sat down!  "
    spans = split_paragraph(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["Mr. Lee arrived.", "He sat down!"]


def test_words_and_spans():
    text = "Don’t stop—well-known rock'n'roll, 42 times."
    assert words(text) == ["Don’t", "stop", "well-known", "rock'n'roll", "times"]
    assert [text[a:b] for a, b in word_spans(text)] == words(text)


def test_sentence_batches_add_up_to_the_sentences():
    from reader_app.core.reflow import reflow
    from reader_app.core.segment import split_sentences

    text, paragraphs = reflow(
        "\n\n".join(f"Paragraph {i}. It has two sentences." for i in range(950))
    )
    batches: list[list[tuple[int, int]]] = []
    spans = split_sentences(text, paragraphs, lambda batch: batches.append(list(batch)))
    assert len(batches) == 3
    assert [span for batch in batches for span in batch] == list(spans)


def test_chinese_and_japanese_full_stops_end_sentences():
    """No space follows 。！？; a quotation that と follows is part of the sentence."""
    text = "东京很大。你去过吗？「本当ですか？」と彼は聞いた。Emmanuel Macron visited Tokyo."
    assert [text[a:b] for a, b in split_paragraph(text, 0, len(text))] == [
        "东京很大。",
        "你去过吗？",
        "「本当ですか？」と彼は聞いた。",
        "Emmanuel Macron visited Tokyo.",
    ]
