"""The entity model: tokens, names, titles, grouping of forms, and robustness."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader_app.core.documents import document_from_text
from reader_app.core.entities import extract_entities
from reader_app.core.ner.model import find_names
from reader_app.core.ner.tokens import tokenize


def people_of(text: str) -> dict[str, int]:
    found = extract_entities(document_from_text(text))
    return {p.name: p.count for p in found.people}


def test_tokens_split_like_conll_and_keep_offsets():
    text = "Mr. O'Neill's U.S. visit cost $1.5bn, said Samuel F. Miller."
    tokens = tokenize(text)
    assert [t[0] for t in tokens] == [
        "Mr.", "O'Neill", "'s", "U.S.", "visit", "cost", "$", "1.5", "bn", ",", "said",
        "Samuel", "F.", "Miller", ".",
    ]  # fmt: skip
    assert all(text[a:b] == word for word, a, b in tokens)
    # An initial before a particle is an initial too; a capital at a sentence's end is not.
    assert [t[0] for t in tokenize("with F. W. de Klerk in Plan B.")] == [
        "with", "F.", "W.", "de", "Klerk", "in", "Plan", "B", ".",
    ]  # fmt: skip
    # A degree is one token: its "Ph" and "Phil" had been read as names.
    assert [t[0] for t in tokenize("a Ph.D. and a D.Phil., B.Sc. or LL.M.")] == [
        "a", "Ph.D.", "and", "a", "D.Phil.", ",", "B.Sc.", "or", "LL.M.",
    ]  # fmt: skip
    # Italian's elided "de'" is one particle, not "de" and a quotation mark.
    assert [t[0] for t in tokenize("Cosimo de' Medici and de'Medici")] == [
        "Cosimo", "de'", "Medici", "and", "de'Medici",
    ]  # fmt: skip
    # A combining mark stays inside its word: Yoruba's tones, an accent typed apart (as macOS
    # writes), Devanagari's vowel signs.
    assert [t[0] for t in tokenize("Ayọ̀bámi Adébáyọ̀, cafe\u0301-bar, निधि")] == [
        "Ayọ̀bámi", "Adébáyọ̀", ",", "cafe\u0301-bar", ",", "निधि",
    ]  # fmt: skip
    assert people_of("Ayọ̀bámi Adébáyọ̀ (born 1988) is a Nigerian novelist.") == {
        "Ayọ̀bámi Adébáyọ̀": 1
    }


def test_degrees_honorifics_and_a_title_at_a_sentences_end():
    """A degree's letters are no name; a surname that is an everyday word is a person's after
    an honorific; the period after "Sen" at a sentence's end is its stop, not a title's."""
    assert people_of("She earned a Ph.D. at Yale and he a D.Phil. at Oxford.") == {}
    assert people_of("Ms Sturgeon met Mrs. Long and Mr Brown.") == {
        "Sturgeon": 1,
        "Long": 1,
        "Brown": 1,
    }
    assert people_of("Emmanuel Macron met Mr. Hun Sen.") == {"Emmanuel Macron": 1, "Hun Sen": 1}


def test_a_name_whose_words_open_with_marked_capitals_is_read():
    """The model reads stretches around capitalised words; "İsmet İnönü", whose capitals are
    no letters from A to Z, had stood in none and gone unread."""
    assert people_of("Aid came from Germany, and İsmet İnönü visited the ruins.") == {
        "İsmet İnönü": 1
    }


def test_a_middle_surname_that_names_an_institution_too():
    """ "Eric Temple Bell" had been no one, "Temple" being a word of institutions' names."""
    assert people_of("The mathematician Eric Temple Bell wrote it.") == {"Eric Temple Bell": 1}
    assert people_of("They met at Mary Church Hospital.") == {}


def test_titles_and_possessives_are_not_part_of_names():
    people = people_of(
        "President Emmanuel Macron met Prime Minister Hun Sen in Paris. "
        "Macron's aides said Mr. Hun Sen would return. Sen. Maria Lopez agreed."
    )
    assert people == {"Emmanuel Macron": 2, "Hun Sen": 2, "Maria Lopez": 1}


def test_forms_of_one_person_are_grouped_under_the_fullest():
    people = people_of(
        "Angela Merkel spoke first. Later Merkel left, and Chancellor Merkel did not return."
    )
    assert people == {"Angela Merkel": 3}


def test_several_names_in_one_span_are_split():
    document = document_from_text("Pierre and Natasha Rostova danced while Andrew watched.")
    names = {p.name for p in extract_entities(document).people}
    assert "Pierre and Natasha Rostova" not in names
    assert "Natasha Rostova" in names


def test_all_capital_headline_and_lower_case_text_do_not_break():
    found = extract_entities(document_from_text("CLINTON MEETS YELTSIN IN MOSCOW .\n\nMore later."))
    assert {c.code for c in found.countries} == set()
    lower = extract_entities(document_from_text("barack obama visited france and germany."))
    assert [c.code for c in lower.countries] == ["FR", "DE"]


def test_a_headline_in_title_case_is_read_as_a_headline():
    """Read as prose, "Macron And Hun Sen Call For End To ..." looked like one organisation's
    long name; read as a headline it holds two people and two countries."""
    from reader_app.core.ner.model import _in_title_case

    headline = "Macron And Hun Sen Call For End To Russian Airstrikes On Ukraine"
    body = "Cambodia's Prime Minister Hun Sen met French President Emmanuel Macron in Paris."
    found = extract_entities(document_from_text(f"{headline}\n\n{body}"))
    assert {p.name: p.count for p in found.people} == {"Emmanuel Macron": 2, "Hun Sen": 2}
    assert {c.code for c in found.countries} == {"RU", "UA", "KH", "FR"}
    assert _in_title_case("World Leaders Gather in Geneva for Climate Talks as Deadline Looms")
    assert not _in_title_case(body)
    assert not _in_title_case("Hove: Sussex 363 (W. Athey 111, V. Drakes 52; I. Austin 4-37)")
    assert not _in_title_case("Italian Socialist Party of Proletarian Unity Holds Congress")
    # Titles and country words, capitalised in prose too, do not count against a headline;
    # a line with a full stop is a caption or a credit, not a headline.
    headline = "French President Emmanuel Macron Visits Russia Amid Tension"
    assert _in_title_case(headline)
    assert not _in_title_case("Thomas Henry Holland, Director of the Geological Survey of India.")
    found = extract_entities(document_from_text(f"{headline}\n\nEmmanuel Macron flew to Moscow."))
    assert {p.name: p.count for p in found.people} == {"Emmanuel Macron": 2}
    assert {c.code for c in found.countries} == {"FR", "RU"}


def test_two_processes_give_the_same_names_as_one():
    sentences = [
        f"Captain Ivan Petrov{i % 7} met Olga Sidorova{i % 5} near Kiev on day {i}."
        for i in range(4500)
    ]
    document = document_from_text(" ".join(sentences))
    serial = find_names(document.text, document.sentences)
    waited: list[int] = []
    parallel = find_names(
        document.text, document.sentences, parallel=True, while_waiting=lambda: waited.append(1)
    )
    assert parallel == serial
    assert any(n.kind == "PER" for n in serial)
    # The work given for the wait is done once, while the second process labels.
    assert waited == ([1] if hasattr(os, "fork") else [])


def test_word_clusters_ship_with_the_model():
    from reader_app.core.ner.clusters import cluster_of

    assert cluster_of("Germany") is not None and cluster_of("said") is not None
    assert cluster_of("germany") is None  # words are kept as written, and lower case
    assert cluster_of("Zxqvbnm") is None


def test_word_clusters_group_words_by_their_neighbours(monkeypatch):
    import random

    from reader_app.core.ner import clusters

    monkeypatch.setattr(clusters, "COARSE", 2)
    monkeypatch.setattr(clusters, "FINE", 4)
    monkeypatch.setattr(clusters, "_DIMENSIONS", 3)
    rng = random.Random(1)
    people, places = ["Anna", "Boris", "Carla", "Dmitri"], ["Oslo", "Lima", "Kiev", "Quito"]
    corpus = []
    for _ in range(300):
        corpus.append(["Mr", rng.choice(people), "said", "so"])
        corpus.append(["flights", "to", rng.choice(places), "today"])
    table = clusters.build(corpus)
    coarse = dict(zip(table["words"], table["coarse"], strict=True))
    assert len({coarse[p] for p in people}) == 1 and len({coarse[p] for p in places}) == 1
    assert coarse["Anna"] != coarse["Oslo"]


def _grouped(text: str, *names: tuple[str, str]) -> dict[str, int]:
    from model_names import name_spans

    from reader_app.core.people import group_people

    return {p.name: len(p.mentions) for p in group_people(text, name_spans(text, names))}


GROUPING_CASES = {
    case["case"]: case
    for case in json.loads(
        (Path(__file__).parents[1] / "data" / "grouping_cases.json").read_text("utf-8")
    )["cases"]
}


def test_monsieur_written_m_is_no_part_of_a_name_but_an_initial_is():
    """Les Misérables in English writes "M. Gillenormand"; a scorecard "M. Waugh"."""
    from model_names import name_spans

    from reader_app.core.people import group_people

    novel = "M. Gillenormand laughed. M. Mabeuf read. " * 10 + "Gillenormand left."
    names = [("PER", "M. Gillenormand"), ("PER", "M. Mabeuf")] * 10 + [("PER", "Gillenormand")]
    people = {p.name: p.mentions for p in group_people(novel, name_spans(novel, names))}
    assert sorted(people) == ["Gillenormand", "Mabeuf"]
    assert len(people["Gillenormand"]) == 11
    assert {novel[a:b] for a, b in people["Gillenormand"]} == {"Gillenormand"}
    scorecard = "M. Waugh c Healy b Warne 12, S. Waugh not out 40, A. Border 3, M. Taylor 20. " * 3
    names = [("PER", "M. Waugh"), ("PER", "S. Waugh"), ("PER", "A. Border"), ("PER", "M. Taylor")]
    names = names * 3
    people = {p.name: p.mentions for p in group_people(scorecard, name_spans(scorecard, names))}
    assert sorted(people) == ["A. Border", "M. Taylor", "M. Waugh", "S. Waugh"]
    assert {scorecard[a:b] for a, b in people["M. Waugh"]} == {"M. Waugh"}


def _repeated(*parts: tuple[str, str, int]) -> tuple[str, list[tuple[str, str]]]:
    """A novel of each sentence written so many times, and the person's name the model is
    made to find in each."""
    novel = "".join(sentence * times for sentence, _, times in parts)
    return novel, [("PER", name) for _, name, times in parts for _ in range(times)]


def test_a_surname_joins_the_given_name_a_novel_calls_its_bearer_by():
    """War and Peace writes "Napoleon" hundreds of times, "Bonaparte" ninety and "Napoleon
    Bonaparte" twice: all one man. Pride and Prejudice writes "Elizabeth" hundreds of times
    and "Mr. Bennet" hundreds: her father, another man."""
    novel, names = _repeated(
        ("Napoleon smiled. ", "Napoleon", 31),
        ("Napoleon Bonaparte was crowned. ", "Napoleon Bonaparte", 1),
        ("Bonaparte won. ", "Bonaparte", 25),
        ("Elizabeth Bennet came. ", "Elizabeth Bennet", 1),
        ("Elizabeth laughed. ", "Elizabeth", 30),
        ("Mr. Bennet sat. ", "Bennet", 25),
    )
    people = _grouped(novel, *names)
    assert people == {"Napoleon Bonaparte": 57, "Elizabeth Bennet": 31, "Bennet": 25}


def test_a_given_name_no_list_knows_joins_its_family_if_the_text_says_so():
    """War and Peace's "Anatole" (no census name) is "Anatole Kurágin", written in full and
    "Kurágin" alone several times each; "Prince Vasíli", mostly after his title, is not
    "Vasíli Denísov"."""
    novel, names = _repeated(
        ("Anatole Kurágin came. ", "Anatole Kurágin", 2),
        ("Anatole laughed. ", "Anatole", 12),
        ("Kurágin sat. ", "Kurágin", 3),
        ("Vasíli Denísov rode. ", "Vasíli Denísov", 2),
        ("Prince Vasíli smiled. ", "Vasíli", 10),
        ("Denísov shouted. ", "Denísov", 3),
    )
    people = _grouped(novel, *names)
    assert people["Anatole Kurágin"] == 17
    assert people["Vasíli"] == 10 and people["Vasíli Denísov"] == 5


def test_a_surname_named_more_often_than_the_given_name_still_joins_its_family():
    """War and Peace calls Nicholas "Rostóv" more often than "Nicholas": the surname, grouped
    first and alone, joins him once "Nicholas" has joined "Nicholas Rostóv"."""
    novel, names = _repeated(
        ("Nicholas laughed. ", "Nicholas", 30),
        ("Nicholas Rostóv came. ", "Nicholas Rostóv", 2),
        ("Rostóv rode. ", "Rostóv", 50),
    )
    assert _grouped(novel, *names) == {"Nicholas Rostóv": 82}


@pytest.mark.parametrize("case", GROUPING_CASES)
def test_grouping_rules(case):
    found = GROUPING_CASES[case]
    names = [(kind, words) for kind, words in found["names"]]
    assert _grouped(found["text"], *names) == found["people"]


def test_given_names_of_other_countries_are_names_but_not_everyday_words():
    """The gazetteer's given_world (built from gender-guesser's list) adds given names the
    Census lacks, not words of English or place names that are given names somewhere."""
    from reader_app.core.name_words import given_names, is_given_name
    from reader_app.core.ner.features import gazetteer

    world = gazetteer()["given_world"]
    assert {"josip", "stanislas", "girolamo", "vasili", "marius"} <= world
    # everyday words, place names' first words, a country's name ("Montserrat")
    assert not {"son", "van", "can", "sun", "bas", "pere", "montserrat"} & world
    assert is_given_name("Josip") and not is_given_name("Josip", of_other_countries=False)
    assert "josip" not in given_names(of_other_countries=False)


def test_ranks_are_titles_to_names_but_not_the_models_feature():
    """The model was trained with the title feature of people_rules.json's "titles"; its
    "ranks" ("Viscount", "Tsar") are left off a name's start like titles, without retraining,
    but not off its end ("Auguste Comte"); with a particle, a place's name is the family's
    ("Comte de Grasse")."""
    from reader_app.core.ner.features import gazetteer, own_features

    lists = gazetteer()
    assert "colonel" in lists["title_feature"] and "viscount" not in lists["title_feature"]
    assert {"colonel", "viscount", "tsar"} <= lists["title"]
    assert "gz:title" in own_features("Colonel", False)
    assert "gz:title" not in own_features("Viscount", False)
    text = (
        "The cabinet of Viscount Palmerston met. Tsar Nicholas wrote. Auguste Comte wrote. The"
        " fleet of the Comte de Grasse sailed; the Comte de Grasse won."
    )
    assert people_of(text) == {"Palmerston": 1, "Nicholas": 1, "Auguste Comte": 1, "Grasse": 2}


def test_a_heading_run_into_a_name_makes_it_no_persons():
    """A book saved as one line runs its headings into names ("(signed) Alexander CHAPTER
    IV"): a chapter is no word of a person's name."""
    from reader_app.core.name_plausible import is_plausible

    assert not is_plausible(("Alexander", "Chapter", "IV"))
    assert is_plausible(("Alexander", "Golítsyn"))


def test_city_list_leaves_out_names_of_people():
    from reader_app.core.ner.word_lists import city_names

    labelled = [
        [[("Hannibal", "I-PER"), ("crossed", "O")], [("in", "O"), ("Mannheim", "I-LOC")]],
        [[("Obama", "I-PER"), ("Obama", "I-LOC")]],
    ]
    cities = ["Mannheim", "Hannibal", "Obama", "Lincoln", "Kalisz", "San Jose"]
    assert city_names(cities, {"lincoln"}, labelled) == {"mannheim", "kalisz"}


def test_city_names_of_words_leave_out_names_shaped_like_peoples():
    """Names of two words or more, save those ending in a surname without a place's first word
    ("Getúlio Vargas", a Brazilian town and a president; but "Alice Springs", the plural of an
    everyday word), opening with a surname's particle ("Van Buren"), or tagged as a person's
    as often as not ("Casimiro de Abreu")."""
    from reader_app.core.ner.word_lists import city_names_of_words

    labelled = [[[("Casimiro", "I-PER"), ("de", "I-PER"), ("Abreu", "I-PER")]]]
    cities = [
        "Ann Arbor",
        "San Antonio",
        "Getúlio Vargas",
        "Van Buren",
        "Casimiro de Abreu",
        "Kalisz",
        "Alice Springs",
    ]
    surnames = {"vargas", "antonio", "springs"}
    assert city_names_of_words(cities, surnames, {"spring"}, labelled) == {
        "ann arbor",
        "san antonio",
        "alice springs",
    }


def test_a_span_run_across_two_names_is_parted_between_them():
    """WikiANN's link titles taught the model to read "Donovan Bailey (Canada)" as one name;
    the runner and his country are two, and the runner is a person, his country no one even
    where the whole was read as a person ("Ato Boldon (Trinidad"). The players of a draw
    ("Qualifier vs. Petr Korda") and the owner of a firm ("Silvio Berlusconi's Mediaset") are
    parted too, but not "McDonald's Corp"."""
    from reader_app.core.name_repairs import parted_where_two_names_meet
    from reader_app.core.ner.model import NameSpan
    from reader_app.core.ner.tokens import tokenize
    from reader_app.core.people import group_people

    text = (
        "8. Donovan Bailey (Canada) 10.30\n9. Frank Fredericks (Namibia) 10.31\n"
        "4. Ato Boldon (Trinidad) 10.12\n"
        "Qualifier vs. Petr Korda. A reprieve for Silvio Berlusconi's Mediaset empire, and for "
        "McDonald's Corp."
    )

    def read_as_one(words: str, kind: str = "ORG") -> NameSpan:
        start = text.index(words)
        tokens = tuple(token for token, _, _ in tokenize(text, start, start + len(words)))
        return NameSpan(kind, start, start + len(words), tokens)

    names = [
        read_as_one(words)
        for words in (
            "Donovan Bailey (Canada",
            "Frank Fredericks (Namibia",
            "Qualifier vs. Petr Korda",
            "Silvio Berlusconi's Mediaset",
            "McDonald's Corp",
        )
    ]
    names.insert(2, read_as_one("Ato Boldon (Trinidad", "PER"))
    parts = [(p.kind, text[p.start : p.end]) for p in parted_where_two_names_meet(text, names)]
    assert parts == [
        ("ORG", "Donovan Bailey"),
        ("LOC", "Canada"),  # in a bracket closed before a result: a country or a club
        ("ORG", "Frank Fredericks"),
        ("LOC", "Namibia"),
        ("PER", "Ato Boldon"),
        ("ORG", "Trinidad"),
        ("ORG", "Qualifier"),
        ("ORG", "Petr Korda"),
        ("ORG", "Silvio Berlusconi"),
        ("ORG", "Mediaset"),
        ("ORG", "McDonald's Corp"),
    ]
    people = {p.name for p in group_people(text, names)}
    assert people == {
        "Donovan Bailey",
        "Frank Fredericks",
        "Ato Boldon",
        "Petr Korda",
        "Silvio Berlusconi",
    }


def test_organisations_of_the_training_news_that_it_gives_no_person():
    """Names the news marks as organisations and never as people's: not "Hunter", a word of a
    person's name there, nor "Baker", a Census surname."""
    from reader_app.core.ner.word_lists import seen_organisations

    train = [
        [
            [("Merrill", "I-ORG"), ("Lynch", "I-ORG"), ("said", "O"), ("David", "I-PER")],
            [("Lech", "I-ORG"), ("Poznan", "I-ORG"), ("2", "O"), ("Ajax", "I-ORG"), ("1", "O")],
            [("Hunter", "I-ORG"), ("rose", "O"), ("Baker", "I-ORG"), ("fell", "O")],
            [("Mark", "I-PER"), ("Hunter", "I-PER"), ("of", "O"), ("the", "O"), ("UN", "I-ORG")],
            [("Jim", "I-PER"), ("Lynch", "I-PER"), ("and", "O"), ("sky", "I-ORG")],
        ]
    ]
    expected = {"Merrill Lynch", "Lech Poznan", "Ajax", "UN"}
    assert seen_organisations(train, {"baker"}) == expected


def test_a_long_run_of_capitalised_words_is_labelled_in_pieces():
    """A line of one capitalised word repeated (a list, a table) is labelled in windows of at
    most LONGEST_WINDOW words that cover the run, so that no search runs over thousands of
    steps."""
    from reader_app.core.ner import labelling

    words = ["Word"] * 1_000 + ["and", "then", "Paris", "."]
    windows = labelling._windows(words)
    assert all(len(w) <= labelling.LONGEST_WINDOW for w in windows)
    covered = sorted(i for w in windows for i in w)
    assert covered == sorted(set(covered)) and covered[0] == 0 and covered[999] == 999
    assert 1_003 in covered  # "Paris" with its margin
    assert labelling._windows(["He", "met", "Hun", "Sen", "."]) == [range(1, 5)]


def test_a_name_run_on_into_a_quotation_in_lower_case_is_cut_before_it():
    from reader_app.core.name_relabel import read_as_people
    from reader_app.core.ner.model import NameSpan
    from reader_app.core.ner.tokens import tokenize

    text = 'Q magazine called Harlow "the new Bowie". Bret "The Hitman" Hart wrestled.'

    def span(kind: str, words: str) -> NameSpan:
        start = text.index(words)
        found = tokenize(text, start, start + len(words))
        return NameSpan(kind, start, start + len(words), tuple(t for t, _, _ in found))

    run_on, nickname = span("LOC", 'Harlow "the new Bowie'), span("PER", 'Bret "The Hitman" Hart')
    assert [n.tokens for n in read_as_people(text, [run_on, nickname])] == [
        ("Harlow",),
        ("Bret", '"', "The", "Hitman", '"', "Hart"),
    ]


def test_the_words_of_a_firm_written_with_its_legal_form_name_the_firm():
    """ "Koninklijke Boskalis Westminster NV ... Boskalis reported": each word of a firm's
    name that is no given name names the firm; so do the name and its endings ("Robert W.
    Baird & Co." gives "Robert W. Baird" and "Baird", but not "Robert")."""
    from reader_app.core.clubs_and_firms import firms_named

    text = (
        "Dredging group Koninklijke Boskalis Westminster NV said it expected higher turnover. "
        "Robert W. Baird & Co. won the bonds."
    )
    firms = firms_named(text)
    assert {"Boskalis", "Koninklijke", "Boskalis Westminster", "Robert W. Baird", "Baird"} <= firms
    assert "Robert" not in firms


def test_a_long_documents_people_read_in_two_processes_are_those_read_in_one(monkeypatch):
    """Every grouping case in one document, its names and its clusters shared with a second
    process as a novel's are on the command line: the same people, mentions and order."""
    from model_names import name_spans

    from reader_app.core import people

    text = "\n\n".join(case["text"] for case in GROUPING_CASES.values())
    names = name_spans(
        text, [(kind, words) for case in GROUPING_CASES.values() for kind, words in case["names"]]
    )
    monkeypatch.setattr(people, "_SHARED_FROM", 1)
    alone = people.group_people(text, names)
    assert len(alone) > 100
    assert people.group_people(text, names, parallel=True) == alone


def test_distinct_feature_keys_are_numpys_unique():
    """The labeller marks its keys in an array rather than sorting them: the same distinct
    keys and the same place of each, for any keys of -1 or more (none too)."""
    import numpy as np

    from reader_app.core.ner.labelling import _unique_keys

    rng = np.random.default_rng(5)
    for size, largest in ((0, 3), (1, 0), (7, 2), (5000, 40), (20000, 90000)):
        keys = rng.integers(-1, largest + 1, size=size).astype(np.intp)
        distinct, places = _unique_keys(keys)
        expected_distinct, expected_places = np.unique(keys, return_inverse=True)
        assert distinct.tolist() == expected_distinct.tolist()
        assert places.tolist() == expected_places.ravel().tolist()


def test_a_works_kind_before_a_name_is_found_where_its_pattern_finds_it():
    """after_a_works_kind asks the word before a name first, then the pattern: it answers as
    the pattern alone does, before every word of a text of each branch and its near misses."""
    import re

    from reader_app.core import name_context

    text = (
        "the 2007 film Juno. his album  Blue. the aircraft carriers Nimitz. anti-virus firm "
        "Sophos. Will Smith comedy Hitch. Leonardo painted the Mona Lisa. The school motto is "
        "Aevi. Its slogan was Go. the\nfilm Q. a ship\tZ. the film\nR. I show Stella. the big "
        "old red ship Pequod. the films Jaws. filmship X. the band, Queen. a play  Hamlet"
    )
    for word in re.finditer(r"\S+", text):
        start = word.start()
        plain = name_context._WORK_BEFORE.search(text, max(0, start - 48), start) is not None
        assert name_context.after_a_works_kind(text, start) == plain, text[:start]
    assert name_context.after_a_works_kind(text, text.index("Juno"))
    assert not name_context.after_a_works_kind(text, text.index("Stella"))


def test_lower_case_words_read_from_bytes_are_the_runs_of_a_to_z():
    """lowercase_words reads a-z in the text's UTF-8 bytes: the words [a-z]+ finds, beside
    letters beyond ASCII, digits, marks, a lone surrogate, and from any piece of the text."""
    import re

    from reader_app.core.ner.model import lowercase_words

    text = "naïve café x\ud800y Straße ﬁsh d1e b_c ÿz aé Über the end. " * 3
    for start, end in ((0, None), (7, 40), (3, 3)):
        stop = len(text) if end is None else end
        expected = frozenset(re.findall(r"[a-z]+", text[start:stop]))
        assert lowercase_words(text, False, start, end, piece=16) == expected
    assert lowercase_words(text, True) == frozenset()


def test_a_novels_character_keeps_a_given_name_that_a_club_bears():
    """ "Chelsea" alone is the club in an article (`firms_alone`), but a novel may call a
    character so; "Apple" alone, no one's given name, is the firm in a novel too."""
    from model_names import name_spans

    from reader_app.core.people import group_people

    novel, names = _repeated(
        ("Chelsea said nothing and looked at the sea. ", "Chelsea", 1500),
        ("Apple sold more phones that year. ", "Apple", 10),
    )
    people = {p.name: len(p.mentions) for p in group_people(novel, name_spans(novel, names))}
    assert people == {"Chelsea": 1500}
    article = "Chelsea failed to present themselves, Frank Rijkaard said. Chelsea have complained."
    names = [("PER", "Chelsea"), ("PER", "Frank Rijkaard"), ("PER", "Chelsea")]
    people = {p.name: len(p.mentions) for p in group_people(article, name_spans(article, names))}
    assert people == {"Frank Rijkaard": 1}


def test_a_firms_word_said_of_a_person_is_a_person():
    """ "Philips" alone is the firm (`firms_alone`), but not where a kind of person or a
    relative comes before most of its mentions: "my sister Philips" in Pride and Prejudice."""
    from model_names import name_spans

    from reader_app.core.people import group_people

    text = (
        "I will tell the good news to my sister Philips. Her husband, my uncle Philips, "
        "laughed. Philips sold more televisions."
    )
    names = [("PER", "Philips")] * 3
    people = {p.name: len(p.mentions) for p in group_people(text, name_spans(text, names))}
    assert people == {"Philips": 3}
    text = "Philips sold more televisions. Sales at Philips rose. Philips shares fell."
    people = {p.name: len(p.mentions) for p in group_people(text, name_spans(text, names))}
    assert people == {}


def test_an_earl_of_a_place_is_a_title_and_its_realm_whatever_titles_come_before():
    """ "Earl" is a given name too ("Earl Warren"), so no title; but before "of" and a place
    it is one, alone or after other titles."""
    from reader_app.core.name_forms import read_span

    assert read_span(("William", "Marshal", ",", "Earl", "of", "Pembroke"))[0] == [
        ("William", "Marshal")
    ]
    assert read_span(("The", "Earl", "of", "Pembroke"))[0] == []
    assert read_span(("Earl", "Warren"))[0] == [("Earl", "Warren")]


def test_a_name_after_a_persons_full_name_and_of_is_what_the_person_is_of():
    """ "a song of Peter Green of Fleetwood Mac": the band, whatever the model read; but after
    a work the model read as a person's, no given name first, the name after "of" keeps the
    model's reading ("the Divine Comedy of Dante")."""
    from reader_app.core.name_relabel import read_as_people
    from reader_app.core.ner.model import NameSpan
    from reader_app.core.ner.tokens import tokenize

    text = "It holds a song of Peter Green of Fleetwood Mac. It follows the Divine Comedy of Dante."

    def span(kind: str, words: str) -> NameSpan:
        start = text.index(words)
        found = tokenize(text, start, start + len(words))
        return NameSpan(kind, start, start + len(words), tuple(t for t, _, _ in found))

    names = [
        span("PER", "Peter Green"),
        span("PER", "Fleetwood Mac"),
        span("PER", "Divine Comedy"),
        span("PER", "Dante"),
    ]
    kinds = {" ".join(n.tokens): n.kind for n in read_as_people(text, names)}
    assert kinds["Fleetwood Mac"] == "ORG"
    assert kinds["Dante"] == "PER"
