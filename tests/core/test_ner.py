"""The entity model: tokens, names, titles, grouping of forms, and robustness."""

from __future__ import annotations

import os

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
    "a title read onto the previous name is left out": (
        "In the reigns of Paul and Alexander Prince Vasíli rose. The Prince smiled. "
        "Prince Vasíli left.",
        [("PER", "Paul"), ("PER", "Alexander Prince"), ("PER", "Vasíli"), ("PER", "Prince Vasíli")],
        {"Paul": 1, "Alexander": 1, "Vasíli": 2},
    ),
    "months and titles are not names or surnames": (
        "At the end of January Princess Mary left. The princess and the Princess wept. "
        "Mary Bolkónskaya wrote.",
        [("PER", "January Princess Mary"), ("PER", "Mary Bolkónskaya")],
        {"Mary Bolkónskaya": 2},
    ),
    "a word read mostly as a place is not a person": (
        "Petersburg said nothing. He went to Petersburg, then back to Petersburg. Anna wrote.",
        [("PER", "Petersburg"), ("LOC", "Petersburg"), ("LOC", "Petersburg"), ("PER", "Anna")],
        {"Anna": 1},
    ),
    "a lone name that is only a city's or a language's, nobody's name, is not a person": (
        "Mannheim won the toss. Hannibal crossed the Alps. Lincoln spoke. Obama replied. "
        "Esperanto spread. Violeta Chamorro won; Chamorro smiled. Mr. Bingley came; Bingley "
        "danced.",
        [
            ("PER", "Mannheim"),
            ("PER", "Hannibal"),
            ("PER", "Lincoln"),
            ("PER", "Obama"),
            ("PER", "Esperanto"),
            ("PER", "Violeta Chamorro"),
            ("PER", "Chamorro"),
            ("PER", "Mr. Bingley"),
            ("PER", "Bingley"),
        ],
        {"Hannibal": 1, "Lincoln": 1, "Obama": 1, "Violeta Chamorro": 2, "Bingley": 2},
    ),
    "a name with an everyday word in -ing or -ed reads like a work's title": (
        "Pushing Daisies starred Lee Pace. Harry Milling and Anna Redding watched.",
        [
            ("PER", "Pushing Daisies"),
            ("PER", "Lee Pace"),
            ("PER", "Harry Milling"),
            ("PER", "Anna Redding"),
        ],
        {"Lee Pace": 1, "Harry Milling": 1, "Anna Redding": 1},
    ),
    "a name its text defines as a thing is nobody's": (
        "Raw Thrills is a video game developer founded by Eugene Jarvis. Raw Thrills grew. "
        "Barry Privett is the lead singer of the band. Boyd Tinsley was the last member to "
        "join the band. Ahab is the Captain of this ship.",
        [
            ("PER", "Raw Thrills"),
            ("PER", "Eugene Jarvis"),
            ("PER", "Raw Thrills"),
            ("PER", "Barry Privett"),
            ("PER", "Boyd Tinsley"),
            ("PER", "Ahab"),
        ],
        {"Eugene Jarvis": 1, "Barry Privett": 1, "Boyd Tinsley": 1, "Ahab": 1},
    ),
    "one odd sentence does not unmake a character named many times": (
        "Pequod was the identical ship. " + "Pequod laughed. " * 10,
        [("PER", "Pequod")] * 11,
        {"Pequod": 11},
    ),
    "a word read mostly in a street's name is not a person alone": (
        "He lived in the Rue Mondétour, then the Rue Mondétour again; Mondétour was quiet. "
        "William Clowes Ltd. printed it; Clowes agreed.",
        [
            ("PER", "Rue Mondétour"),
            ("PER", "Rue Mondétour"),
            ("PER", "Mondétour"),
            ("PER", "William Clowes Ltd."),
            ("PER", "Clowes"),
        ],
        {"Clowes": 1},
    ),
    "institutions, works and buildings are not people": (
        "Shuttle Atlantis went to the Hazy Center. Dvořák wrote the Dumky Trio. "
        "Museum staff cheered. The Ed Sullivan Show and the All-Star Squadron followed. "
        "Deportivo Coruna beat Kansai Electric Power.",
        [
            ("PER", "Shuttle Atlantis"),
            ("PER", "Hazy Center"),
            ("PER", "Dvořák"),
            ("PER", "Dumky Trio"),
            ("PER", "Museum"),
            ("PER", "Ed Sullivan Show"),
            ("PER", "All-Star Squadron"),
            ("PER", "Deportivo Coruna"),
            ("PER", "Kansai Electric Power"),
        ],
        {"Dvořák": 1},
    ),
    "sentence starters that are names too stay in longer names": (
        "Will Smith met Brian May. May I ask, said Brian May.",
        [("PER", "Will Smith"), ("PER", "Brian May"), ("PER", "Brian May")],
        {"Will Smith": 1, "Brian May": 2},
    ),
    "month names stay in names unless a title follows": (
        "Jan Ullrich won. Steve March played. In January Princess Mary left.",
        [("PER", "Jan Ullrich"), ("PER", "Steve March"), ("PER", "January Princess Mary")],
        {"Jan Ullrich": 1, "Steve March": 1, "Mary": 1},
    ),
    "capitalised everyday words are not names; surnames that are words may be": (
        "History will tell. Childish Recollections sold. Tiger Woods won. Smith and Bush spoke.",
        [
            ("PER", "History"),
            ("PER", "Childish Recollections"),
            ("PER", "Tiger Woods"),
            ("PER", "Smith"),
            ("PER", "Bush"),
        ],
        {"Tiger Woods": 1, "Smith": 1, "Bush": 1},
    ),
    "a title after a full name is left out, but not after a one-word name nor a surname": (
        "Robert Pangborn Vice President spoke. Hun Sen replied. Lake Merritt froze. Martin "
        "Luther King and Billie Jean King spoke.",
        [
            ("PER", "Robert Pangborn Vice President"),
            ("PER", "Hun Sen"),
            ("PER", "Lake Merritt"),
            ("PER", "Martin Luther King"),
            ("PER", "Billie Jean King"),
        ],
        {"Robert Pangborn": 1, "Hun Sen": 1, "Martin Luther King": 1, "Billie Jean King": 1},
    ),
    "letters after a name are left out, and join it to its other forms; not in capitals": (
        "Ian MacDonald QC spoke. MacDonald said so. Isaac Newton PRS FRS wrote. JACK MA said. "
        "The Right Honourable Sir John Major KG CH is a politician.",
        [
            ("PER", "Ian MacDonald QC"),
            ("PER", "MacDonald"),
            ("PER", "Isaac Newton PRS FRS"),
            ("PER", "JACK MA"),
            ("ORG", "Right Honourable Sir John Major KG CH"),
        ],
        {"Ian MacDonald": 2, "Isaac Newton": 1, "Jack MA": 1, "John Major": 1},
    ),
    "a word read as often as a place as a person is not a person; titles aside": (
        "Troops took Arbil. Arbil fell. Magna International Inc rose. Magna gained. "
        "Mademoiselle Bourienne smiled. Mademoiselle Bourienne sang. Bourienne went out. "
        "The Queen of Petersburg was in Petersburg.",
        [
            ("LOC", "Arbil"),
            ("PER", "Arbil"),
            ("ORG", "Magna International Inc"),
            ("PER", "Magna"),
            ("PER", "Mademoiselle Bourienne"),
            ("PER", "Mademoiselle Bourienne"),
            ("ORG", "Bourienne"),
            ("PER", "Queen of Petersburg"),
            ("LOC", "Petersburg"),
        ],
        {"Bourienne": 3},
    ),
    "a team's plural nickname read as a person is the team, where the model read it so": (
        "The Philadelphia Eagles lost. Randall Cunningham threw twice. The Eagles fell.",
        [("ORG", "Philadelphia Eagles"), ("PER", "Randall Cunningham"), ("PER", "Eagles")],
        {"Randall Cunningham": 1},
    ),
    "a club's short name read as a person is the club; not after a sentence's first word": (
        "Dwight Yorke joined Aston Villa. Villa then lost. On Helen's garter it turns. "
        "Helen smiled.",
        [
            ("PER", "Dwight Yorke"),
            ("ORG", "Aston Villa"),
            ("PER", "Villa"),
            ("ORG", "On Helen"),
            ("PER", "Helen"),
        ],
        {"Dwight Yorke": 1, "Helen": 1},
    ),
    "a word never a name alone is a surname after a given name; greetings are nobody": (
        "Dennis Lillee and Terry Alderman took wickets. Will Papa come? Merry Christmas, Bob.",
        [
            ("PER", "Dennis Lillee"),
            ("PER", "Terry Alderman"),
            ("PER", "Will Papa"),
            ("PER", "Merry Christmas"),
            ("PER", "Bob"),
        ],
        {"Dennis Lillee": 1, "Terry Alderman": 1, "Bob": 1},
    ),
    "one word in a list that is mostly people is a person, if read as one elsewhere": (
        "Enjolras, Combeferre, Courfeyrac and Bahorel came. Combeferre spoke. Nay, he said. "
        "They went to Basel, Heidelberg and Strasbourg.",
        [
            ("PER", "Enjolras"),
            ("LOC", "Combeferre"),
            ("PER", "Courfeyrac"),
            ("PER", "Bahorel"),
            ("PER", "Combeferre"),
            ("PER", "Nay"),
            ("LOC", "Basel"),
            ("PER", "Heidelberg"),
            ("LOC", "Strasbourg"),
        ],
        {"Enjolras": 1, "Combeferre": 2, "Courfeyrac": 1, "Bahorel": 1},
    ),
    "an honorific or a rank inside an organisation's name opens a person's full name": (
        "Sir Thomas Stamford Bingley Raffles founded the Zoological Society of London with Sir "
        "Humphry Davy. Lieutenant Colonel Yonatan Netanyahu died. Supreme Allied Commander "
        "Europe. Commandant General Royal Marines. Air Chief Marshal Trafford Leigh-Mallory.",
        [
            ("ORG", "Sir Thomas Stamford Bingley Raffles"),
            ("ORG", "Zoological Society of London with Sir Humphry Davy"),
            ("ORG", "Lieutenant Colonel Yonatan Netanyahu"),
            ("ORG", "Supreme Allied Commander Europe"),
            ("ORG", "Commandant General Royal Marines"),
            ("ORG", "Air Chief Marshal Trafford Leigh-Mallory"),
        ],
        {
            "Thomas Stamford Bingley Raffles": 1,
            "Humphry Davy": 1,
            "Yonatan Netanyahu": 1,
            "Trafford Leigh-Mallory": 1,
        },
    ),
    "a name of two words read as an organisation more often than as a person is nobody": (
        "Pan Am wanted a jet. Juan Trippe founded Pan Am. It flew with Pan Am. Bill Clinton "
        "spoke. The Bill Clinton Library opened.",
        [
            ("PER", "Pan Am"),
            ("PER", "Juan Trippe"),
            ("ORG", "Pan Am"),
            ("ORG", "Pan Am"),
            ("PER", "Bill Clinton"),
            ("ORG", "Bill Clinton"),
        ],
        {"Juan Trippe": 1, "Bill Clinton": 1},
    ),
    "an Arabic surname with its article in lower case belongs to the name before it": (
        "Along with Tawfiq al-Hakim, he wrote. President Abdel Fattah el-Sisi spoke. "
        "Jebel al-Akhdar rises. Abu Ibrahim al-Hashimi al-Qurashi succeeded him.",
        [("PER", "Tawfiq"), ("PER", "Abdel Fattah"), ("PER", "Jebel"), ("PER", "Abu Ibrahim")],
        {"Tawfiq al-Hakim": 1, "Abdel Fattah el-Sisi": 1, "Abu Ibrahim al-Hashimi al-Qurashi": 1},
    ),
    "two names that the model read as one organisation after a relative are people": (
        "Loki is the brother of Helblindi and Býleistr. He joined Marks and Spencer.",
        [("ORG", "Helblindi and Býleistr"), ("ORG", "Marks and Spencer")],
        {"Helblindi": 1, "Býleistr": 1},
    ),
    "a name before a kind of person inside one person's span is no person": (
        "He was helped by the Zora princess Ruto. The Grammy-winning singer Lucie Silvas sang.",
        [("PER", "Zora princess Ruto"), ("PER", "Grammy-winning singer Lucie Silvas")],
        {"Ruto": 1, "Lucie Silvas": 1},
    ),
    "a country or a people read as a person is nobody; 'Wales' is no people": (
        "New Zealand begins. It was farmed by Native Americans. The Korean People's Army came. "
        "Princess Charlotte of Wales died.",
        [
            ("PER", "New Zealand"),
            ("PER", "Native Americans"),
            ("PER", "Korean People"),
            ("PER", "Princess Charlotte of Wales"),
        ],
        {"Charlotte of Wales": 1},
    ),
    "stadiums, churches and squares in other languages are no people": (
        "They played at the Estadio Nemesio Díez near the Igreja de São Domingos.",
        [("PER", "Estadio Nemesio Díez"), ("PER", "Igreja de São Domingos")],
        {},
    ),
    "a name only ever before a comma and a state or a province is a town": (
        "It began in Palo Alto, California, in 1939. Ann Richards, Texas governor, spoke. "
        "He died in Norman, Oklahoma at 94. Hewlett Packard Enterprise split.",
        [
            ("PER", "Palo Alto"),
            ("PER", "Ann Richards"),
            ("PER", "Norman"),
            ("PER", "Hewlett Packard Enterprise"),
        ],
        {"Ann Richards": 1},
    ),
    "a ruler after a title, and a rank with a particle, are people however read": (
        "She married the man who became King Louis XVI. Cardinal de Rohan was deceived by the "
        "Comtesse de la Motte. The Duke of Wellington won.",
        [
            ("ORG", "King Louis XVI"),
            ("LOC", "Cardinal de Rohan"),
            ("ORG", "Comtesse de la Motte"),
            ("ORG", "Duke of Wellington"),
        ],
        {"Louis XVI": 1, "Rohan": 1, "Comtesse de la Motte": 1},
    ),
    "ancient peoples and acronyms in the plural are nobody": (
        "Hannibal defeated the Romans at Cannae. The Vikings came. He sold CDs and PDAs.",
        [
            ("PER", "Hannibal"),
            ("PER", "Romans"),
            ("PER", "Vikings"),
            ("PER", "CDs"),
            ("PER", "PDAs"),
        ],
        {"Hannibal": 1},
    ),
    "a name of no known given name between two clubs in a list is a club": (
        "He played for Barcelona, Pink Floyd, Manchester United and Ajax. Beyonce, Prince, "
        "Destiny's Child, Jill Scott and New Edition won. It is in the Margraviate of Moravia.",
        [
            ("ORG", "Barcelona"),
            ("PER", "Pink Floyd"),
            ("ORG", "Manchester United"),
            ("PER", "Beyonce"),
            ("PER", "Prince"),
            ("ORG", "Destiny's Child"),
            ("PER", "Jill Scott"),
            ("ORG", "New Edition"),
            ("PER", "Margraviate"),
        ],
        {"Beyonce": 1, "Jill Scott": 1},
    ),
    "a verb's -ing form opening a heading is no part of a name; -ing given names are": (
        "John Dalton wrote.\nTesting Dalton's Atomic Theory\nSterling Hayden and Carling "
        "Bassett came.",
        [
            ("PER", "John Dalton"),
            ("PER", "Testing Dalton"),
            ("PER", "Sterling Hayden"),
            ("PER", "Carling Bassett"),
        ],
        {"John Dalton": 2, "Sterling Hayden": 1, "Carling Bassett": 1},
    ),
    "party words are nobody alone; an MP inside an organisation's span is a person": (
        "Earlier, Conservative MP Michael Mates joined calls. Mr Mates agreed. The Tory said "
        "no. Tory Shadow Chancellor Oliver Letwin spoke.",
        [
            ("ORG", "Conservative MP Michael Mates"),
            ("PER", "Mates"),
            ("PER", "Tory"),
            ("PER", "Tory Shadow Chancellor Oliver Letwin"),
        ],
        {"Michael Mates": 2, "Oliver Letwin": 1},
    ),
    "a one-word name opening a clause with a plural verb is a team": (
        'He said: "Chelsea are doing very well." It is expected that Chelsea have a bid. '
        "The letters held by Michel are his. Michel smiled.",
        [
            ("PER", "Chelsea"),
            ("PER", "Chelsea"),
            ("PER", "Michel"),
            ("PER", "Michel"),
        ],
        {"Michel": 2},
    ),
    "a one-word name with a manager or fans, read as a team once, is a club": (
        "It was his first trophy as Chelsea manager. Chelsea beat Fulham. Pompey fans sang; "
        "Pompey lost. Michel Platini was France captain.",
        [
            ("PER", "Chelsea"),
            ("ORG", "Chelsea"),
            ("LOC", "Fulham"),
            ("PER", "Pompey"),
            ("ORG", "Pompey"),
            ("PER", "Michel Platini"),
            ("LOC", "France"),
        ],
        {"Michel Platini": 1},
    ),
    "an adjective in -based or -born opens no name; headquarters are no person": (
        "London-born Sarah Smith sang. Nantucket-born Captain Coffin sailed. Westminster HQ said.",
        [
            ("PER", "London-born Sarah Smith"),
            ("PER", "Nantucket-born Captain Coffin"),
            ("PER", "Westminster HQ"),
        ],
        {"Sarah Smith": 1},
    ),
    "titles joined by hyphens are titles": (
        "It was led by Lieutenant-Colonel Pennefather and Vice-Admiral Nelson. "
        "The Governor-General spoke.",
        [
            ("ORG", "Lieutenant-Colonel Pennefather and Vice-Admiral Nelson"),
            ("PER", "Governor-General"),
        ],
        {"Pennefather": 1, "Nelson": 1},
    ),
    "an award is nobody; a title that is a common surname ends a name": (
        "Jon Hamm received Emmy nominations and an Oscar-winning score. Carole King sang. "
        "He was a Bafta winner before the Oscars. MPs in the Commons voted.",
        [
            ("PER", "Jon Hamm"),
            ("PER", "Emmy"),
            ("PER", "Oscar"),
            ("ORG", "Carole King"),
            ("PER", "Bafta"),
            ("PER", "Oscars"),
            ("PER", "Commons"),
        ],
        {"Jon Hamm": 1, "Carole King": 1},
    ),
    "an honorific makes a person of what the model read as a school's name": (
        "He entered the school of Dr. William Glennie. Mr. Darcy bowed. Dr Pepper Museum.",
        [("ORG", "Dr. William Glennie"), ("ORG", "Mr. Darcy"), ("ORG", "Dr Pepper Museum")],
        {"William Glennie": 1, "Darcy": 1},
    ),
    "each of a list of honorific names read as one firm is a person; a firm stays": (
        "Mr. Stubb and Mrs. Flask came. Mr. Stubb, Mr. Flask, come here. Dr. Bunger & Partners.",
        [
            ("ORG", "Mr. Stubb and Mrs. Flask"),
            ("ORG", "Mr. Stubb, Mr. Flask"),
            ("ORG", "Dr. Bunger & Partners"),
        ],
        {"Stubb": 2, "Flask": 2},
    ),
    "a common given name and a surname are a person, unless they read as a place": (
        "Walpole met Charles Fletcher in Santa Barbara. Jesse Owens flew to Jackson Hole.",
        [
            ("PER", "Walpole"),
            ("LOC", "Charles Fletcher"),
            ("LOC", "Santa Barbara"),
            ("ORG", "Jesse Owens"),
            ("LOC", "Jackson Hole"),
        ],
        {"Walpole": 1, "Charles Fletcher": 1, "Jesse Owens": 1},
    ),
    "a given name and a regnal number are a ruler, wherever the model put them": (
        "The residence of Charles III lies near Tetbury. Louis XIV built Versailles.",
        [("LOC", "Charles III"), ("LOC", "Tetbury"), ("ORG", "Louis XIV"), ("LOC", "Versailles")],
        {"Charles III": 1, "Louis XIV": 1},
    ),
    "a particle written with a capital begins a name; one in lower case does not": (
        "De Gaulle spoke. Van Gogh painted. Al Pacino acted. Baron de Ros sat.",
        [("PER", "De Gaulle"), ("PER", "Van Gogh"), ("PER", "Al Pacino"), ("PER", "de Ros")],
        {"De Gaulle": 1, "Van Gogh": 1, "Al Pacino": 1, "Ros": 1},
    ),
    "a name only ever written between quotation marks is a title, not a person": (
        "Songs such as \"Carey\" and “California” sold well. The gunman 'Carlos' "
        'escaped; Carlos was caught later. Jones\'s "Carey" too.',
        [
            ("PER", "Carey"),
            ("PER", "California"),
            ("PER", "Carlos"),
            ("PER", "Carlos"),
            ("PER", "Jones"),
            ("PER", "Carey"),
        ],
        {"Carlos": 2, "Jones": 1},
    ),
    "a given name and a word no list knows are a person, not a team or a church": (
        "Noam Chomsky's theory won. The Houston Astros lost. Most were Roman Catholic.",
        [("ORG", "Noam Chomsky"), ("ORG", "Houston Astros"), ("MISC", "Roman Catholic")],
        {"Noam Chomsky": 1},
    ),
    "a name listed beside people only is a person; a team beside them is not": (
        "It was climbed by Lino Lacedelli and Achille Compagnoni. Fans of Tom Brady and "
        "Chicago Cubs came.",
        [
            ("PER", "Lino Lacedelli"),
            ("ORG", "Achille Compagnoni"),
            ("PER", "Tom Brady"),
            ("ORG", "Chicago Cubs"),
        ],
        {"Lino Lacedelli": 1, "Achille Compagnoni": 1, "Tom Brady": 1},
    ),
    "an occupation written like a title before a given name is left out, a plural too": (
        "Frontman Kurt Cobain sang. Ho Chi Minh spoke. Auersperg von Mautern bowed. "
        "José Luis Zapatero won. Mathematician Hermann Weyl wrote. Compatriots Mulugeta "
        "Wondimu and Abiyote Abate ran. Tiffany Chambers sang.",
        [
            ("PER", "Frontman Kurt Cobain"),
            ("PER", "Ho Chi Minh"),
            ("PER", "Auersperg von Mautern"),
            ("PER", "José Luis Zapatero"),
            ("PER", "Mathematician Hermann Weyl"),
            ("PER", "Compatriots Mulugeta Wondimu"),
            ("PER", "Abiyote Abate"),
            ("PER", "Tiffany Chambers"),
        ],
        {
            "Kurt Cobain": 1,
            "Ho Chi Minh": 1,
            "Auersperg von Mautern": 1,
            "José Luis Zapatero": 1,
            "Hermann Weyl": 1,
            "Mulugeta Wondimu": 1,
            "Abiyote Abate": 1,
            "Tiffany Chambers": 1,
        },
    ),
    "a given name the Census lists lack is no occupation before a name": (
        "It was described by Johann Christian Schreber and by François Leguat.",
        [("PER", "Johann Christian Schreber"), ("PER", "François Leguat")],
        {"Johann Christian Schreber": 1, "François Leguat": 1},
    ),
    "a name begins after a title inside the span, and a ruler keeps his number I": (
        "Tsar Alexander I met Holy Roman Emperor Francis II and Oliver St John. The Dowager "
        "Empress Maria smiled; the Dowager Empress left. Mark King played.",
        [
            ("PER", "Tsar Alexander I"),
            ("PER", "Holy Roman Emperor Francis II"),
            ("PER", "Oliver St John"),
            ("PER", "Dowager Empress Maria"),
            ("PER", "Dowager Empress"),
            ("PER", "Mark King"),
        ],
        {"Alexander I": 1, "Francis II": 1, "Oliver St John": 1, "Maria": 1, "Mark King": 1},
    ),
    "a name described between commas as a person's role is a person": (
        "Gabe Newell, the co-founder of Valve, spoke. Valve, the developer of the game, grew.",
        [("ORG", "Gabe Newell"), ("ORG", "Valve"), ("ORG", "Valve")],
        {"Gabe Newell": 1},
    ),
    "a month's name in a date is nobody; a country's name that is a given name begins one": (
        "He was born on March 19, 2012, and left at the end of January. Jordan Henderson and "
        "Chad Smith met German Michael Stich.",
        [
            ("PER", "March"),
            ("PER", "January"),
            ("PER", "Jordan Henderson"),
            ("PER", "Chad Smith"),
            ("PER", "German Michael Stich"),
        ],
        {"Jordan Henderson": 1, "Chad Smith": 1, "Michael Stich": 1},
    ),
    "a name only ever listed among places is a place; a person's name is not unmade": (
        "He studied at Basel, Heidelberg, and Strasbourg. Eisenschiml, Otto wrote. Natasha "
        "rode to Moscow and Natasha smiled. Natasha left.",
        [
            ("LOC", "Basel"),
            ("PER", "Heidelberg"),
            ("LOC", "Strasbourg"),
            ("LOC", "Eisenschiml"),
            ("PER", "Otto"),
            ("PER", "Natasha"),
            ("LOC", "Moscow"),
            ("PER", "Natasha"),
            ("PER", "Natasha"),
        ],
        {"Otto": 1, "Natasha": 3},
    ),
    "an occupation before a name goes, though it is a surname too; a stop leaves a number": (
        "Drummer Orri Páll Dýrason left. Her daughter became Queen Mary I.",
        [("PER", "Drummer Orri Páll Dýrason"), ("PER", "Queen Mary I.")],
        {"Orri Páll Dýrason": 1, "Mary I": 1},
    ),
    "a name closing a clause is not defined by the sentence's verb": (
        "The Loebner Prize, founded by Hugh Loebner, was an annual competition. Raw Thrills "
        "is a video game developer.",
        [("MISC", "Loebner Prize"), ("PER", "Hugh Loebner"), ("PER", "Raw Thrills")],
        {"Hugh Loebner": 1},
    ),
    "a disease defined by its sentence is nobody; a suffix ends a name run on": (
        "Polio is an infectious disease caused by a virus. It was tested with the help of "
        "Thomas Francis Jr. Albert Sabin later developed an oral vaccine.",
        [("PER", "Polio"), ("PER", "Thomas Francis Jr. Albert Sabin")],
        {"Thomas Francis Jr.": 1, "Albert Sabin": 1},
    ),
    "two initials that do not fit a full name are someone else; a work or a motto is nobody": (
        "It was directed by Ramesh Sippy and produced by his father G. P. Sippy. Sippy won. "
        "The 2007 film Juno starred Elliot Page. The school motto is Auspicium Melioris Aevi. "
        "Leonardo painted the Mona Lisa.",
        [
            ("PER", "Ramesh Sippy"),
            ("PER", "G. P. Sippy"),
            ("PER", "Sippy"),
            ("PER", "Juno"),
            ("PER", "Elliot Page"),
            ("PER", "Auspicium Melioris Aevi"),
            ("PER", "Leonardo"),
            ("PER", "Mona Lisa"),
        ],
        {"Ramesh Sippy": 2, "G. P. Sippy": 1, "Elliot Page": 1, "Leonardo": 1},
    ),
    "an initial that begins none of a full name's words is someone else's (brothers)": (
        "M. Waugh c and b Jayasuriya 50. S. Waugh b Muralitharan 12. Waugh was out later. "
        "J. Ross Browne drew whales, as Sir Thomas Browne wrote of them; so said T. Browne.",
        [
            ("PER", "M. Waugh"),
            ("PER", "Jayasuriya"),
            ("PER", "S. Waugh"),
            ("PER", "Muralitharan"),
            ("PER", "Waugh"),
            ("PER", "J. Ross Browne"),
            ("PER", "Thomas Browne"),
            ("PER", "T. Browne"),
        ],
        {
            "M. Waugh": 2,
            "Jayasuriya": 1,
            "S. Waugh": 1,
            "Muralitharan": 1,
            "J. Ross Browne": 1,
            "Thomas Browne": 2,
        },
    ),
    "a full name after a country's word or a kind inside one organisation is a person": (
        "Australian Tom Moody took six. Texas billionaire Ross Perot ran. Kenya's Paul Tergat "
        "won. The American Marshall Plan helped. British Steel fell.",
        [
            ("ORG", "Australian Tom Moody"),
            ("ORG", "Texas billionaire Ross Perot"),
            ("ORG", "Kenya's Paul Tergat"),
            ("MISC", "American Marshall Plan"),
            ("ORG", "British Steel"),
        ],
        {"Tom Moody": 1, "Ross Perot": 1, "Paul Tergat": 1},
    ),
    "a word the model read as a place in a team's long line-up is a player": (
        "The team is as follows: Given, Breen, Staunton, Irwin, McAteer, Harte, McLoughlin, "
        "Townsend. Cities: Paris, London, Rome.",
        [
            ("PER", "Breen"),
            ("LOC", "Staunton"),
            ("PER", "Irwin"),
            ("PER", "McAteer"),
            ("PER", "Harte"),
            ("LOC", "McLoughlin"),
            ("PER", "Townsend"),
            ("LOC", "Paris"),
            ("LOC", "London"),
            ("LOC", "Rome"),
        ],
        {"Breen": 1, "Irwin": 1, "McAteer": 1, "Harte": 1, "McLoughlin": 1, "Townsend": 1},
    ),
    "a family name written first is named alone as a surname is": (
        "The detention of dissident Wang Donghai went on. Wang was arrested. Wang wrote. Wang "
        "said so. Wang left. The Pratzen Heights rose; Pratzen was taken, Pratzen fell, Pratzen "
        "burnt and Pratzen was lost.",
        [
            ("PER", "Wang Donghai"),
            ("PER", "Wang"),
            ("PER", "Wang"),
            ("PER", "Wang"),
            ("PER", "Wang"),
            ("PER", "Pratzen Heights"),
            ("PER", "Pratzen"),
            ("PER", "Pratzen"),
            ("PER", "Pratzen"),
            ("PER", "Pratzen"),
        ],
        {"Wang Donghai": 5, "Pratzen": 4},
    ),
    "a surname and a place run together in a headline are the person alone": (
        "Yeltsin endorses Lebed Chechnya peace plan. Alexander Lebed's plan for Chechnya was "
        "backed.",
        [
            ("PER", "Yeltsin"),
            ("PER", "Lebed Chechnya"),
            ("PER", "Alexander Lebed"),
            ("LOC", "Chechnya"),
        ],
        {"Yeltsin": 1, "Alexander Lebed": 2},
    ),
    "a name after a shirt number in a line-up of people is a player's": (
        "Mexico - 1 - Jorge Campos, 6 - Raul Lara (11 - Cuauhtemoc Blanco 65th), 8 - Alberto "
        "Aspe, 9 - Luis Garcia. Offices: 1 - Paris Office, 2 - Lima Office, 3 - Rome Office.",
        [
            ("LOC", "Mexico"),
            ("PER", "Jorge Campos"),
            ("PER", "Raul Lara"),
            ("ORG", "Cuauhtemoc Blanco"),
            ("PER", "Alberto Aspe"),
            ("PER", "Luis Garcia"),
            ("ORG", "Paris Office"),
            ("ORG", "Lima Office"),
            ("ORG", "Rome Office"),
        ],
        {
            "Jorge Campos": 1,
            "Raul Lara": 1,
            "Cuauhtemoc Blanco": 1,
            "Alberto Aspe": 1,
            "Luis Garcia": 1,
        },
    ),
    "a name in a table of players' scores is a player's; a country in brackets stays": (
        "290 Colin Montgomerie 68 76, Robert Coles 74 76, Philip Walton (Ireland) 71 74\n"
        "291 Phillip Price 72 76, Adam Hunter 70 79, Peter O'Malley (Australia) 71 73, Mark Roe "
        "69 71",
        [
            ("PER", "Colin Montgomerie"),
            ("PER", "Robert Coles"),
            ("PER", "Philip Walton"),
            ("LOC", "Ireland"),
            ("ORG", "Phillip Price"),
            ("PER", "Adam Hunter"),
            ("PER", "Peter O'Malley"),
            ("LOC", "Australia"),
            ("PER", "Mark Roe"),
        ],
        {
            "Colin Montgomerie": 1,
            "Robert Coles": 1,
            "Philip Walton": 1,
            "Phillip Price": 1,
            "Adam Hunter": 1,
            "Peter O'Malley": 1,
            "Mark Roe": 1,
        },
    ),
    "a one-word name in a table of teams' scores is a team's": (
        "Northampton 46 West Hartlepool 20\nOrrell 13 Bath 56\nSale 31 Wasps 33\nSaracens 25 "
        "Leicester 23",
        [
            ("ORG", "Northampton"),
            ("ORG", "West Hartlepool"),
            ("ORG", "Orrell"),
            ("PER", "Bath"),
            ("ORG", "Sale"),
            ("PER", "Wasps"),
            ("ORG", "Saracens"),
            ("ORG", "Leicester"),
        ],
        {},
    ),
    "an initial and a surname read as a thing, where others are named so, is a person": (
        "M. Waugh c and b Jayasuriya 50. M. Slater run out 9. S. Law c Tillekeratne b "
        "Dharmasena 13. He studied at U. Ohio.",
        [
            ("PER", "M. Waugh"),
            ("PER", "Jayasuriya"),
            ("PER", "M. Slater"),
            ("MISC", "S. Law"),
            ("PER", "Tillekeratne"),
            ("PER", "Dharmasena"),
            ("ORG", "U. Ohio"),
        ],
        {
            "M. Waugh": 1,
            "Jayasuriya": 1,
            "M. Slater": 1,
            "S. Law": 1,
            "Tillekeratne": 1,
            "Dharmasena": 1,
        },
    ),
    "a full name after an age is a person; one word after it may be a make": (
        "As 20-year-old Tiger Woods shot 67, he drove a 10-year-old Volvo.",
        [("ORG", "Tiger Woods"), ("ORG", "Volvo")],
        {"Tiger Woods": 1},
    ),
    "a product's 'Mini' is no one's name": (
        "Mac Mini heralds mini revolution. Tim Cook launched it.",
        [("PER", "Mac Mini"), ("PER", "Tim Cook")],
        {"Tim Cook": 1},
    ),
    "an award mostly after an article is no one": (
        "Brando won an Oscar in 1973 and was nominated for an Oscar the following year.",
        [("PER", "Brando"), ("PER", "Oscar"), ("PER", "Oscar")],
        {"Brando": 1},
    ),
    "Oscar as a man's name is someone, though he won an Oscar": (
        "Oscar laughed. Oscar left the room. Later Oscar won an Oscar.",
        [("PER", "Oscar"), ("PER", "Oscar"), ("PER", "Oscar"), ("PER", "Oscar")],
        {"Oscar": 4},
    ),
    "a last word with an ending only surnames have makes a person": (
        "Kirill Petrenko has been chief conductor since 2019. Kirov Ballet danced.",
        [("ORG", "Kirill Petrenko"), ("ORG", "Kirov Ballet")],
        {"Kirill Petrenko": 1},
    ),
    "Slavic surname endings make a person; not after a month, nor in a town's name": (
        "Dimitar Berbatov scored. In October Kutúzov retreated. He lived in Aleksandrów Kujawski.",
        [("ORG", "Dimitar Berbatov"), ("ORG", "October Kutúzov"), ("LOC", "Aleksandrów Kujawski")],
        {"Dimitar Berbatov": 1},
    ),
    "a religious order or a people named in the plural is nobody": (
        "The Franciscans and the Benedictines came. Evans stayed.",
        [("PER", "Franciscans"), ("PER", "Benedictines"), ("PER", "Evans")],
        {"Evans": 1},
    ),
    "a family of moths or plants is nobody": (
        "It is a moth of the family Geometridae, described by James Francis Stephens.",
        [("PER", "Geometridae"), ("PER", "James Francis Stephens")],
        {"James Francis Stephens": 1},
    ),
    "a storm, a temple complex and a website are nobody": (
        "Hurricane Katrina hit the city. Angkor Wat is a temple complex in Cambodia. "
        "Alexis Ohanian co-founded Reddit.",
        [("PER", "Katrina"), ("PER", "Angkor Wat"), ("PER", "Alexis Ohanian"), ("PER", "Reddit")],
        {"Alexis Ohanian": 1},
    ),
    "feasts and brands are nobody alone; a surname like them stays in a full name": (
        "Sony will ship it by Christmas. The artist Johnnie Christmas drew it.",
        [("PER", "Sony"), ("PER", "Christmas"), ("PER", "Johnnie Christmas")],
        {"Johnnie Christmas": 1},
    ),
    "titles of other lands and times are not part of a name": (
        "It was founded by Guru Nanak. Maharaja Ranjit Singh met Archduke Ferdinand.",
        [("PER", "Guru Nanak"), ("PER", "Maharaja Ranjit Singh"), ("PER", "Archduke Ferdinand")],
        {"Nanak": 1, "Ranjit Singh": 1, "Ferdinand": 1},
    ),
    "a name inside a company's name is not defined as the company": (
        "Bang & Olufsen is a Danish company. It was founded by Svend Olufsen.",
        [("LOC", "Olufsen"), ("PER", "Svend Olufsen")],
        {"Svend Olufsen": 2},
    ),
    "one word after a title alone and 'of' is a realm, not a person": (
        "Christian I, Duke of Saxe-Merseburg, died. The Governor of Washington Chris Gregoire "
        "spoke.",  # several words after "of" may still be a person
        [
            ("PER", "Christian I, Duke of Saxe-Merseburg"),
            ("PER", "Governor of Washington Chris Gregoire"),
        ],
        {"Christian I": 1, "Washington Chris Gregoire": 1},
    ),
    "a suffix after a comma keeps the comma, and the surname still groups": (
        "Benigno S. Aquino, Jr. returned. Aquino was shot. Bob Casey, Jr. won.",
        [
            ("PER", "Benigno S. Aquino, Jr."),
            ("PER", "Aquino"),
            ("PER", "Bob Casey"),
            ("PER", "Jr."),
        ],
        {"Benigno S. Aquino, Jr.": 2, "Bob Casey, Jr.": 1},
    ),
    "a name with a suffix after a comma is a person's, whatever the model read it as": (
        "Laffit Pincay, Jr. won in Springfield, Illinois. Ted Ginn, Sr. coached.",
        [
            ("LOC", "Laffit Pincay, Jr."),
            ("LOC", "Springfield, Illinois"),
            ("PER", "Ted Ginn"),
            ("LOC", "Sr."),
        ],
        {"Laffit Pincay, Jr.": 1, "Ted Ginn, Sr.": 1},
    ),
    "a day after a name and a place of birth are not names": (
        "Jose Miguel Insulza Monday said so. The Ireland-born Gilmour agreed.",
        [("PER", "Jose Miguel Insulza Monday"), ("PER", "Ireland-born"), ("PER", "Gilmour")],
        {"Jose Miguel Insulza": 1, "Gilmour": 1},
    ),
    "a generational suffix belongs to the name before it and is nobody alone": (
        "Martin Luther King Jr. spoke, and so did Sammy Davis, Jr. and Jr.",
        [
            ("PER", "Martin Luther King"),
            ("PER", "Jr."),
            ("PER", "Sammy Davis"),
            ("PER", "Jr."),
            ("PER", "Jr."),
        ],
        {"Martin Luther King Jr.": 1, "Sammy Davis, Jr.": 1},
    ),
    "an institution or an event 'of' someone is not that person": (
        "The War of Jenkins' Ear went badly for Walpole.",
        [("PER", "War of Jenkins"), ("PER", "Walpole")],
        {"Walpole": 1},
    ),
    "contractions, doctrines, followers and peoples are not names": (
        "We'll see. Scientology grew. Methodists met Ukrainians. Lindqvist and Christ spoke.",
        [
            ("PER", "We'll"),
            ("PER", "Scientology"),
            ("PER", "Methodists"),
            ("PER", "Ukrainians"),
            ("PER", "Lindqvist"),
            ("PER", "Christ"),
        ],
        {"Lindqvist": 1, "Christ": 1},
    ),
    "one name and a place after 'of' is one person; two names or a party is not": (
        "Hilary of Poitiers wrote; Hilary died. Louis X of France reigned. Michael Tien of "
        "NPP spoke. The Isle of Man voted. Loch Leven, Gladys Porter Zoo, Viborg FF.",
        [
            ("PER", "Hilary of Poitiers"),
            ("PER", "Hilary"),
            ("PER", "Louis X of France"),
            ("PER", "Michael Tien of NPP"),
            ("PER", "Isle of Man"),
            ("PER", "Loch Leven"),
            ("PER", "Gladys Porter Zoo"),
            ("PER", "Viborg FF"),
        ],
        {"Hilary of Poitiers": 2, "Louis X of France": 1, "Michael Tien": 1},
    ),
    "what follows 'of' after a name or a thing is its place, after a title a person": (
        "Erin Brady crowned Nia Sanchez of Nevada. Fernando Cheung of the Labour Party and "
        "the Stones of Florence. Governor of Washington Chris Gregoire spoke.",
        [
            ("PER", "Erin Brady"),
            ("PER", "Nia Sanchez of Nevada"),
            ("PER", "Fernando Cheung of the Labour Party"),
            ("PER", "Stones of Florence"),
            ("PER", "Governor of Washington Chris Gregoire"),
        ],
        {"Erin Brady": 1, "Nia Sanchez": 1, "Fernando Cheung": 1, "Washington Chris Gregoire": 1},
    ),
    "a name its own sentence defines as a person is one, however the model read it": (
        "Nico Hülkenberg is a German racing driver. Uri Caine is an American pianist who "
        "plays jazz. Grizzly Bear is an American rock band. Force India was a team. Olusegun "
        "Matthew Okikiola Aremu Obasanjo is a Nigerian statesman.",
        [
            ("ORG", "Nico Hülkenberg"),
            ("LOC", "Uri Caine"),
            ("ORG", "Grizzly Bear"),
            ("ORG", "Force India"),
            ("LOC", "Olusegun Matthew Okikiola Aremu Obasanjo"),
        ],
        {
            "Nico Hülkenberg": 1,
            "Uri Caine": 1,
            "Olusegun Matthew Okikiola Aremu Obasanjo": 1,
        },
    ),
    "a given name that is also a common word stays in the name": (
        "Bill Clinton met Mark Twain. Young Count Toll objected.",
        [("PER", "Bill Clinton"), ("PER", "Mark Twain"), ("PER", "Young Count Toll")],
        {"Bill Clinton": 1, "Mark Twain": 1, "Toll": 1},
    ),
    "a genus before its species word is nobody; a person before a verb is a person": (
        "The fan-tailed raven, Corvus rhipidurus, nests on cliffs; Corvus corax is larger. "
        "Meyrick described it. Smith hires staff.",
        [("PER", "Corvus"), ("PER", "Corvus"), ("PER", "Meyrick"), ("PER", "Smith")],
        {"Meyrick": 1, "Smith": 1},
    ),
    "an occupation before a surname goes; a title that is a surname stays": (
        "Guitarist Kaneko left the band. Shah Abbas built the bridge.",
        [("PER", "Guitarist Kaneko"), ("PER", "Shah Abbas")],
        {"Kaneko": 1, "Shah Abbas": 1},
    ),
    "the saint of a church or a college is nobody there; so is a military operation": (
        "St Mary's Church was restored by George Gilbert Scott. St. John's College is older. "
        "Operation Barbarossa began in June.",
        [("PER", "Mary"), ("PER", "George Gilbert Scott"), ("PER", "John"), ("PER", "Barbarossa")],
        {"George Gilbert Scott": 1},
    ),
    "a genus named before a species word is nobody wherever it stands alone": (
        "Agrotis segetum is a moth. Caterpillars of Agrotis are called cutworms.",
        [("PER", "Agrotis"), ("PER", "Agrotis")],
        {},
    ),
    "a person read as one place with what follows 'of' is the person": (
        "Michael Conforto of the New York Mets hit it. The University of Zurich is old.",
        [("ORG", "Michael Conforto of the New York Mets"), ("ORG", "University of Zurich")],
        {"Michael Conforto": 1},
    ),
    "names in a list that a plural kind of place opens are places": (
        "The gmina contains the villages of Bobrowa, Góra Motyczna and Zasów. Anna Nowak "
        "lives in Bobrowa.",
        [("PER", "Bobrowa"), ("PER", "Góra Motyczna"), ("PER", "Zasów"), ("PER", "Anna Nowak")],
        {"Anna Nowak": 1},
    ),
    "an institution named in full, then in short, is nobody; a person it is named after stays": (
        "Paris Saint-Germain Football Club, known as Paris Saint-Germain, won. The novelist "
        "Jack London lived near what is now Jack London Square.",
        [
            ("ORG", "Paris Saint-Germain Football Club"),
            ("PER", "Paris Saint-Germain"),
            ("PER", "Jack London"),
            ("LOC", "Jack London Square"),
        ],
        {"Jack London": 1},
    ),
    "a company's kind of business marks its name": (
        "Square Enix bought it from Eidos Interactive. Gulfstream Aerospace builds jets.",
        [("PER", "Eidos Interactive"), ("PER", "Gulfstream Aerospace")],
        {},
    ),
    "a name after a kind of person or a relative is a person; not after an owner": (
        "The golden-haired goddess Sif married him. His sister Adelaide sewed. Its owner "
        "Disney sold it. He was succeeded by his son, Rowland.",
        [("ORG", "Sif"), ("LOC", "Adelaide"), ("ORG", "Disney"), ("LOC", "Rowland")],
        {"Sif": 1, "Adelaide": 1, "Rowland": 1},
    ),
    "every name of a list that a plural kind of person opens is a person": (
        "Greeks worship the ancient gods, such as Zeus, Hera, and Athena. The daughters "
        "Constance and Eva were activists.",
        [
            ("PER", "Zeus"),
            ("LOC", "Hera"),
            ("ORG", "Athena"),
            ("LOC", "Constance"),
            ("LOC", "Eva"),
        ],
        {"Zeus": 1, "Hera": 1, "Athena": 1, "Constance": 1, "Eva": 1},
    ),
    "the names of a list that a plural kind of thing opens are things; publishers are not": (
        "Firms including Mobil, Shell and Caltex came. The publishers Jann Wenner and Carlo "
        "De Benedetti came too.",
        [
            ("PER", "Mobil"),
            ("PER", "Shell"),
            ("ORG", "Caltex"),
            ("PER", "Jann Wenner"),
            ("PER", "Carlo De Benedetti"),
        ],
        {"Jann Wenner": 1, "Carlo De Benedetti": 1},
    ),
    "what follows 'in' or 'at' inside a person's span is a place or a work": (
        "She appeared opposite Dustin Hoffman in Kramer. The Emperor at Eylau rode out.",
        [("PER", "Dustin Hoffman in Kramer"), ("PER", "Emperor at Eylau")],
        {"Dustin Hoffman": 1},
    ),
    "a name after 'The' inside a sentence is a title or a band": (
        "She starred in The Deer Hunter with Robert De Niro. He managed The Velvet "
        "Underground. The Smith family left.",
        [("PER", "Deer Hunter"), ("PER", "Robert De Niro"), ("PER", "Velvet Underground")],
        {"Robert De Niro": 1},
    ),
    "a Korean surname that is an English word stays before a hyphenated given name": (
        "He was succeeded by Ban Ki-moon. The ban was lifted by Moon Jae-in.",
        [("PER", "Ban Ki-moon"), ("PER", "Moon Jae-in")],
        {"Ban Ki-moon": 1, "Moon Jae-in": 1},
    ),
    "names credited with a work are people, up to a word in lower case the model ran on to": (
        "All songs were written by Lemmy, Würzel and Phil Taylor. It was produced by Pixar, "
        "starring Sally Field. It was written by Freddie Mercury for the album A Night at the "
        "Opera.",
        [
            ("ORG", "Lemmy"),
            ("LOC", "Würzel"),
            ("PER", "Phil Taylor"),
            ("ORG", "Pixar"),
            ("ORG", "Sally Field"),
            ("ORG", "Freddie Mercury for the album A Night"),
        ],
        {"Lemmy": 1, "Würzel": 1, "Phil Taylor": 1, "Sally Field": 1, "Freddie Mercury": 1},
    ),
    "the name a person is known as is a person's; not a club's short name": (
        "Ronaldo de Assis Moreira, commonly known as Ronaldinho, played. Edson Arantes do "
        "Nascimento (23 October 1940 – 29 December 2022), better known as Pelé, won. Paris "
        "Saint-Germain Football Club, commonly known as PSG, lost.",
        [
            ("PER", "Ronaldo de Assis Moreira"),
            ("ORG", "Ronaldinho"),
            ("ORG", "Edson Arantes do Nascimento"),
            ("MISC", "Pelé"),
            ("ORG", "Paris Saint-Germain Football Club"),
            ("ORG", "PSG"),
        ],
        {"Ronaldo de Assis Moreira": 1, "Ronaldinho": 1, "Pelé": 1},
    ),
    "a given name, a middle initial and a surname are a person's; the first initial is kept": (
        "W. E. B. Du Bois and Booker T. Washington disagreed. Michael J. Fox starred in Back "
        "to the Future. The Lyndon B. Johnson Space Center is in Houston.",
        [
            ("PER", "E. B. Du Bois"),
            ("ORG", "Booker T. Washington"),
            ("LOC", "Michael J. Fox"),
            ("ORG", "Lyndon B. Johnson Space Center"),
            ("LOC", "Houston"),
        ],
        {"W. E. B. Du Bois": 1, "Booker T. Washington": 1, "Michael J. Fox": 1},
    ),
    "what is named after a person is no mention of the person": (
        "The Higgs boson confirmed the Higgs mechanism of Peter Higgs. The Einstein field "
        "equations describe gravity; Einstein published them. Euler's identity is Leonhard "
        "Euler's.",
        [
            ("ORG", "Higgs"),
            ("ORG", "Higgs"),
            ("PER", "Peter Higgs"),
            ("PER", "Einstein"),
            ("PER", "Einstein"),
            ("PER", "Euler"),
            ("PER", "Leonhard Euler"),
        ],
        {"Peter Higgs": 1, "Einstein": 1, "Leonhard Euler": 1},
    ),
    "a rank of two words before a surname makes a person of what the model read otherwise": (
        "Major General Lafayette commanded the division.",
        [("ORG", "Major General Lafayette")],
        {"Lafayette": 1},
    ),
    "one word that marries, dies or was born is a person; not a noise that died down": (
        "McCartney married Linda Eastman. Hemingway died in Idaho. The Noise died down.",
        [("ORG", "McCartney"), ("PER", "Linda Eastman"), ("LOC", "Hemingway"), ("ORG", "Noise")],
        {"McCartney": 1, "Linda Eastman": 1, "Hemingway": 1},
    ),
    "whose death or reign it was is a person; not a capital's country": (
        "Following the death of Stalin, Khrushchev rose. The reign of Hatshepsut was long. "
        "Amman is the capital of Jordan.",
        [("LOC", "Stalin"), ("PER", "Khrushchev"), ("LOC", "Hatshepsut"), ("LOC", "Jordan")],
        {"Stalin": 1, "Khrushchev": 1, "Hatshepsut": 1},
    ),
    "a relative's kin and a spouse are people; not a chairman's company": (
        "She is the daughter of Zeus and Demeter. He married Atahualpa. He was the chairman "
        "of Fiat.",
        [("MISC", "Zeus"), ("ORG", "Demeter"), ("LOC", "Atahualpa"), ("ORG", "Fiat")],
        {"Zeus": 1, "Demeter": 1, "Atahualpa": 1},
    ),
    "a name only ever where someone was born or near something is a place": (
        "Roald Dahl was born in Llandaff. The camp lay near Sabine Pass. Dahl wrote.",
        [("PER", "Roald Dahl"), ("PER", "Llandaff"), ("PER", "Sabine Pass"), ("PER", "Dahl")],
        {"Roald Dahl": 2},
    ),
    "one word only ever after a lower-case 'the' is no one; a family and an inquiry are": (
        "They walked from the Zócalo to the Louvre. Count Rostóv dined; the Rostóvs left. "
        "Lord Butler chaired it; the Butler inquiry reported.",
        [
            ("PER", "Zócalo"),
            ("PER", "Louvre"),
            ("PER", "Rostóv"),
            ("PER", "Rostóvs"),
            ("PER", "Butler"),
            ("PER", "Butler"),
        ],
        {"Rostóv": 1, "Rostóvs": 1, "Butler": 2},
    ),
    "a name mostly after 'the' is no one, though it also stands alone; a man 'the X' seldom": (
        "The Pequod sailed. The Pequod turned. Ahab paced the Pequod; Pequod's deck shook, and "
        "the Pequod sank. Thénardier spoke; Thénardier lied; the Thénardier fled; Thénardier hid. "
        "The Imperial Russian Guard marched; the Imperial Russian Guard halted; the Imperial "
        "Russian Guard fled. The Marquis de Louvois wrote; the Marquis de Louvois left; the "
        "Marquis de Louvois died. The _Jungfrau_ sailed; the _Jungfrau_ sank; Jungfrau's crew "
        "swam.",
        [
            ("PER", "Pequod"),
            ("PER", "Pequod"),
            ("PER", "Ahab"),
            ("PER", "Pequod"),
            ("PER", "Pequod"),
            ("PER", "Pequod"),
            ("PER", "Thénardier"),
            ("PER", "Thénardier"),
            ("PER", "Thénardier"),
            ("PER", "Thénardier"),
            ("PER", "Imperial Russian Guard"),
            ("PER", "Imperial Russian Guard"),
            ("PER", "Imperial Russian Guard"),
            ("PER", "Marquis de Louvois"),
            ("PER", "Marquis de Louvois"),
            ("PER", "Marquis de Louvois"),
            ("PER", "Jungfrau"),
            ("PER", "Jungfrau"),
            ("PER", "Jungfrau"),
        ],
        {"Ahab": 1, "Thénardier": 4, "Marquis de Louvois": 3},
    ),
    "one word only ever right after 'in' or 'at' is a place; not one that owns something": (
        "He summoned Hill, who was at Merle-Braine. They lived in Pupella. It was found in "
        "Smith's house.",
        [("PER", "Hill"), ("PER", "Merle-Braine"), ("PER", "Pupella"), ("PER", "Smith")],
        {"Hill": 1, "Smith": 1},
    ),
    "a journey's end is a place; not a ruler whose country it was": (
        "Mr. Thornton had come from Milton on the evening train. He travelled to Idi Amin's "
        "Uganda. Jerome went to the desert of Chalcis and sailed along the coast of Labrador.",
        [
            ("PER", "Thornton"),
            ("PER", "Milton"),
            ("PER", "Idi Amin"),
            ("LOC", "Uganda"),
            ("PER", "Jerome"),
            ("PER", "Chalcis"),
            ("PER", "Labrador"),
        ],
        {"Thornton": 1, "Idi Amin": 1, "Jerome": 1},
    ),
    "a short code in capitals before a full name is no part of it; a team's is": (
        "FW Thomas Müller scored. The LSU Tigers won. HMS Queen Elizabeth sailed. Shares of "
        "JP Morgan Chase fell.",
        [
            ("ORG", "FW Thomas Müller"),
            ("ORG", "LSU Tigers"),
            ("PER", "HMS Queen Elizabeth"),
            ("ORG", "JP Morgan Chase"),
        ],
        {"Thomas Müller": 1},
    ),
    "an award and a compound with a participle are nobody; a position is no given name": (
        "It was directed by Oscar-winning director Steven Soderbergh. She may win the best "
        "actress Oscar. Hooker Robin McBryde is doubtful.",
        [
            ("MISC", "Oscar-winning"),
            ("PER", "Steven Soderbergh"),
            ("MISC", "Oscar"),
            ("PER", "Robin McBryde"),
        ],
        {"Steven Soderbergh": 1, "Robin McBryde": 1},
    ),
    "after a possessive comes a work, unless a given name opens it": (
        "Joseph Conrad's Secret Agent was filmed. FTU's Alice Mak won the seat.",
        [("PER", "Joseph Conrad's Secret Agent"), ("PER", "FTU's Alice Mak")],
        {"Joseph Conrad": 1, "Alice Mak": 1},
    ),
    "an article that opens by defining a person names that person": (
        "Thor is a hammer-wielding god in Norse mythology. He is the son of Odin.",
        [("MISC", "Norse"), ("PER", "Odin")],
        {"Thor": 1, "Odin": 1},
    ),
    "so does one whose Korean surname is an English word before a hyphenated given name": (
        "Son Heung-min is a South Korean footballer. He was coached by Mauricio Pochettino.",
        [("MISC", "South Korean"), ("PER", "Mauricio Pochettino")],
        {"Son Heung-min": 1, "Mauricio Pochettino": 1},
    ),
    "a person so defined stays one though the name is a city's and read as a place too": (
        "Batman is a superhero appearing in American comic books. Batman's secret identity "
        "is Bruce Wayne.",
        [("LOC", "Batman"), ("MISC", "American"), ("LOC", "Batman"), ("PER", "Bruce Wayne")],
        {"Batman": 1, "Bruce Wayne": 1},
    ),
    "an unknown capitalised word right before a person is the start of the name": (
        "Shahrukh Khan is an actor. Whereupon Stubb left, and Overhearing Starbuck stayed. "
        "Mark Knowles Daniel Nestor won the doubles. It was won under Wenger. Thierry Henry "
        "scored.",
        [
            ("PER", "Khan"),
            ("PER", "Stubb"),
            ("PER", "Starbuck"),
            ("PER", "Daniel Nestor"),
            ("PER", "Wenger"),
            ("PER", "Henry"),
        ],
        {
            "Shahrukh Khan": 1,
            "Stubb": 1,
            "Starbuck": 1,
            "Daniel Nestor": 1,
            "Wenger": 1,
            "Thierry Henry": 1,
        },
    ),
    "an adverb opening a sentence is not part of the name; a cape is a place": (
        "Suddenly Queequeg rose. Meantime Pip sang. They rounded Cape Horn. Kelly Smith won.",
        [
            ("PER", "Suddenly Queequeg"),
            ("PER", "Meantime Pip"),
            ("PER", "Cape Horn"),
            ("PER", "Kelly Smith"),
        ],
        {"Queequeg": 1, "Pip": 1, "Kelly Smith": 1},
    ),
    "a hyphenated surname defined as a person is a person; a circle is a group": (
        "Ngozi Okonjo-Iweala is a Nigerian economist. He joined the Petrashevsky Circle.",
        [("LOC", "Ngozi Okonjo-Iweala"), ("PER", "Petrashevsky Circle")],
        {"Ngozi Okonjo-Iweala": 1},
    ),
    "a saint's name is a town's before a comma and its state": (
        "The band formed in Saint Paul, Minnesota. It played for St. Peter, the apostle.",
        [("PER", "Paul"), ("LOC", "Minnesota"), ("PER", "Peter")],
        {"Peter": 1},
    ),
    "company suffixes count with or without their period": (
        "William Clowes Ltd. printed it for Sudamfos S.A. and Bell Labs; Clowes agreed.",
        [
            ("PER", "William Clowes Ltd."),
            ("PER", "Sudamfos S.A."),
            ("PER", "Bell Labs"),
            ("PER", "Clowes"),
        ],
        {"Clowes": 1},
    ),
    "a name after a kind of person inside an organisation's or a place's is a person": (
        "It is an album by American jazz trumpeter Miles Davis. Davis led a sextet with the "
        "Buddhist scholar Walpola Rahula.",
        [
            ("ORG", "American jazz trumpeter Miles Davis"),
            ("PER", "Davis"),
            ("ORG", "Buddhist scholar Walpola Rahula"),
        ],
        {"Miles Davis": 2, "Walpola Rahula": 1},
    ),
    "a name with particles after a kind is a person; so are lists after regents or presidents": (
        "Its scholars included the astronomer Friedrich Georg Wilhelm von Struve. Four regents, "
        "Sonin, Suksaha and Oboi, governed. The former presidents Lennart Meri and Toomas Ilves "
        "came.",
        [
            ("ORG", "Friedrich Georg Wilhelm von Struve"),
            ("LOC", "Sonin"),
            ("ORG", "Suksaha"),
            ("LOC", "Oboi"),
            ("LOC", "Lennart Meri"),
            ("ORG", "Toomas Ilves"),
        ],
        {
            "Friedrich Georg Wilhelm von Struve": 1,
            "Sonin": 1,
            "Suksaha": 1,
            "Oboi": 1,
            "Lennart Meri": 1,
            "Toomas Ilves": 1,
        },
    ),
    "followers in the plural open no name; titles in the plural and racecourses are nobody": (
        "He met the Decembrists Kondraty Ryleyev and Alexander Bestuzhev. The Tsars and the "
        "Jesuits stayed at Flemington Racecourse.",
        [
            ("PER", "Decembrists Kondraty Ryleyev"),
            ("PER", "Alexander Bestuzhev"),
            ("PER", "Tsars"),
            ("PER", "Jesuits"),
            ("PER", "Flemington Racecourse"),
        ],
        {"Kondraty Ryleyev": 1, "Alexander Bestuzhev": 1},
    ),
    "a nation's man or woman is nobody (War and Peace listed 'Frenchman' 95 times)": (
        "Dólokhov began, but the Frenchman interrupted him. Two Englishmen and a Scotchman "
        "laughed.",
        [
            ("PER", "Dólokhov"),
            ("PER", "Frenchman"),
            ("PER", "Englishmen"),
            ("PER", "Scotchman"),
        ],
        {"Dólokhov": 1},
    ),
    "an armed or political group is no one (the model read 'Taliban' as a person)": (
        "The Taliban took Kabul. Hamas and Hezbollah fired rockets, Haniyeh said.",
        [("PER", "Taliban"), ("ORG", "Hamas"), ("PER", "Hezbollah"), ("PER", "Haniyeh")],
        {"Haniyeh": 1},
    ),
    "a parish priest's house is no one ('Hunsford Parsonage', 'the Old Vicarage')": (
        "She was mistress of Hunsford Parsonage. Lady Catherine called at the Parsonage and the "
        "Old Vicarage.",
        [
            ("PER", "Hunsford Parsonage"),
            ("PER", "Catherine"),
            ("PER", "Parsonage"),
            ("PER", "Old Vicarage"),
        ],
        {"Catherine": 1},
    ),
    "a French or Italian surname elided before a vowel joins the name the model stopped at": (
        "Jean le Rond d'Alembert was a mathematician. D'Alembert wrote. Valéry Giscard d’Estaing "
        "came with Ercole I dell'Acqua.",
        [
            ("PER", "Jean le Rond"),
            ("PER", "D'Alembert"),
            ("PER", "Valéry Giscard"),
            ("PER", "Ercole I"),
        ],
        {"Jean le Rond d'Alembert": 2, "Valéry Giscard d’Estaing": 1, "Ercole I dell'Acqua": 1},
    ),
    "in an article, a firm named alone that the model reads as a person and as an organisation": (
        "Nissan raised its forecast. Nissan said sales rose. Analysts expect Nissan to grow, "
        "and Nissan to hire in Nissan. Hanks said so. Hanks smiled. Hanks left the Hanks studio.",
        [
            ("PER", "Nissan"),
            ("PER", "Nissan"),
            ("ORG", "Nissan"),
            ("PER", "Nissan"),
            ("LOC", "Nissan"),
            ("PER", "Hanks"),
            ("PER", "Hanks"),
            ("PER", "Hanks"),
            ("ORG", "Hanks"),
        ],
        {"Hanks": 4},
    ),
    "a surname that two full names share, each named once, is the first named's": (
        "Amitabh Bachchan is an actor, the son of the poet Harivansh Rai Bachchan. Bachchan "
        "married Jaya Bhaduri.",
        [
            ("PER", "Amitabh Bachchan"),
            ("PER", "Harivansh Rai Bachchan"),
            ("PER", "Bachchan"),
            ("PER", "Jaya Bhaduri"),
        ],
        {"Amitabh Bachchan": 2, "Harivansh Rai Bachchan": 1, "Jaya Bhaduri": 1},
    ),
    "a word with a capital inside is a brand's, unless a name's prefix opens it": (
        "It was praised by reviewers such as GameSpot. McCartney and DiCaprio came.",
        [("PER", "GameSpot"), ("PER", "McCartney"), ("PER", "DiCaprio")],
        {"McCartney": 1, "DiCaprio": 1},
    ),
    "a name written only after a firm's kind is the firm's": (
        "It was built by the British firm Dorman Long. Ralph Freeman designed it. Anti-virus "
        "firm Sophos said so. It is a single by Mancunian band James.",
        [("PER", "Dorman Long"), ("PER", "Ralph Freeman"), ("PER", "Sophos"), ("PER", "James")],
        {"Ralph Freeman": 1},
    ),
    "one word nobody bears before an institution's word, then alone, is the institution": (
        "Neuschwanstein Castle stands in Bavaria. Millions have visited Neuschwanstein. The "
        "Lincoln Memorial is in Washington. Lincoln spoke there.",
        [
            ("LOC", "Neuschwanstein Castle"),
            ("LOC", "Bavaria"),
            ("PER", "Neuschwanstein"),
            ("LOC", "Lincoln Memorial"),
            ("LOC", "Washington"),
            ("PER", "Lincoln"),
        ],
        {"Lincoln": 1},
    ),
    "a kind opening a sentence is no part of the name after it; a team's or a place's is": (
        "Designers Gunpei Yokoi and Shigeru Miyamoto created it. Queens Park Rangers won. "
        "Saint Lawrence River froze.",
        [
            ("ORG", "Designers Gunpei Yokoi"),
            ("PER", "Shigeru Miyamoto"),
            ("ORG", "Queens Park Rangers"),
            ("LOC", "Saint Lawrence River"),
        ],
        {"Gunpei Yokoi": 1, "Shigeru Miyamoto": 1},
    ),
    "a name before a possessive and a full name is a firm's or a paper's, not a person's": (
        "Critics such as Ego Trip's Sacha Jenkins praised it, as did Mickey Spillane's Mike "
        "Hammer.",
        [
            ("PER", "Ego Trip"),
            ("PER", "Sacha Jenkins"),
            ("PER", "Mickey Spillane"),
            ("PER", "Mike Hammer"),
        ],
        {"Sacha Jenkins": 1, "Mickey Spillane": 1, "Mike Hammer": 1},
    ),
    "what one forms, founds or joins is a band, a firm or a team, not a named person": (
        "Corgan later formed Zwan. In 2004 he joined Espanyol. Chambliss joined Mickey Rivers. "
        "He co-founded the Jikken Kobo.",
        [
            ("PER", "Corgan"),
            ("PER", "Zwan"),
            ("PER", "Espanyol"),
            ("PER", "Chambliss"),
            ("PER", "Mickey Rivers"),
            ("PER", "Jikken Kobo"),
        ],
        {"Corgan": 1, "Chambliss": 1, "Mickey Rivers": 1},
    ),
    "a church, an order's adjective and a disease named after someone are nobody": (
        "He was an Augustinian monk at Holy Trinity Church under Domitian. Treatment with "
        "Alzheimer's drugs helps. His brother had Asperger syndrome and studied Fibonacci "
        "sequences through the James Webb Space Telescope.",
        [
            ("PER", "Augustinian"),
            ("PER", "Holy Trinity Church"),
            ("PER", "Domitian"),
            ("PER", "Alzheimer"),
            ("PER", "Asperger"),
            ("PER", "Fibonacci"),
            ("PER", "James Webb Space Telescope"),
        ],
        {"Domitian": 1},
    ),
    "an epithet after a given name is part of the name, not a person or a title": (
        "Harold succeeded Edward the Confessor. Edward had no son. In August the Rostóvs left.",
        [
            ("PER", "Harold"),
            ("PER", "Edward the Confessor"),
            ("PER", "Edward"),
            ("PER", "August the Rostóvs"),
        ],
        {"Harold": 1, "Edward the Confessor": 2},
    ),
    "teams after winners or leaders, and firms after analysts, stay what the model read": (
        "They lost to eventual winners Wasps, said a director at analyst Gartner. The leader "
        "Montejo came.",
        [("ORG", "Wasps"), ("ORG", "Gartner"), ("LOC", "Montejo")],
        {"Montejo": 1},
    ),
    "a name between two clubs or firms in a list is one of them": (
        "United beat Everton, Chelsea and Liverpool. Bill Clinton and Al Gore came.",
        [
            ("ORG", "United"),
            ("ORG", "Everton"),
            ("PER", "Chelsea"),
            ("ORG", "Liverpool"),
            ("PER", "Bill Clinton"),
            ("PER", "Al Gore"),
        ],
        {"Bill Clinton": 1, "Al Gore": 1},
    ),
    "a plural only ever after 'the' is a team or a band, unless its singular is a name": (
        "Brady led the Patriots. The Patriots won. Rostóv came home; the Rostóvs were glad.",
        [
            ("PER", "Brady"),
            ("PER", "Patriots"),
            ("PER", "Patriots"),
            ("PER", "Rostóv"),
            ("PER", "Rostóvs"),
        ],
        {"Brady": 1, "Rostóv": 1, "Rostóvs": 1},
    ),
    "every name of a list after 'children' is a person": (
        "Zamenhof's children Adam, Zofia and Lidia were murdered.",
        [("LOC", "Zamenhof"), ("PER", "Adam"), ("LOC", "Zofia"), ("PER", "Lidia")],
        {"Adam": 1, "Zofia": 1, "Lidia": 1},
    ),
    "a person is named by the form with initials; M. is Monsieur; a presidency is a place": (
        "He wrote to G. H. Hardy from Madras Presidency. Hardy replied. Hardy came. M. Marius "
        "left. Marius and Marius smiled.",
        [
            ("PER", "G. H. Hardy"),
            ("PER", "Madras Presidency"),
            ("PER", "Hardy"),
            ("PER", "Hardy"),
            ("PER", "M. Marius"),
            ("PER", "Marius"),
            ("PER", "Marius"),
        ],
        {"G. H. Hardy": 3, "Marius": 3},
    ),
    "a score after a name is no part of it; a kind as a label before a colon counts": (
        "Björn Borg defeated John Lloyd 6–4, 6–3. Head coach: César Farías. Manager: Arsène "
        "Wenger. Awards: 2002 – Golden Globe. Patrick Chan 249.19 was second.",
        [
            ("PER", "Björn Borg"),
            ("ORG", "John Lloyd 6"),
            ("ORG", "César Farías"),
            ("ORG", "Arsène Wenger"),
            ("PER", "Golden Globe"),
            ("PER", "Patrick Chan 249.19"),
        ],
        {
            "Björn Borg": 1,
            "John Lloyd": 1,
            "César Farías": 1,
            "Arsène Wenger": 1,
            "Patrick Chan": 1,
        },
    ),
    "a name ending in an abstract noun is nobody's, unless a given name or a title opens it": (
        "Nida called it Dynamic Equivalence. Normalcy returned. Matthew Holness acted. Prince "
        "Bagration rode; Bagration smiled.",
        [
            ("PER", "Nida"),
            ("PER", "Dynamic Equivalence"),
            ("PER", "Normalcy"),
            ("PER", "Matthew Holness"),
            ("PER", "Bagration"),
            ("PER", "Bagration"),
        ],
        {"Nida": 1, "Matthew Holness": 1, "Bagration": 2},
    ),
    "an article's subject with a particle and a nickname clause; team-mates; a portfolio": (
        "Edson Arantes do Nascimento (1940 – 2022), better known by his nickname Pelé, was a "
        "Brazilian footballer. He played alongside Jairzinho, Tostão and Gérson, and was "
        "Minister for Sport.",
        [
            ("ORG", "Edson Arantes do Nascimento"),
            ("PER", "Pelé"),
            ("MISC", "Brazilian"),
            ("ORG", "Jairzinho"),
            ("LOC", "Tostão"),
            ("PER", "Gérson"),
            ("PER", "Sport"),
        ],
        {
            "Edson Arantes do Nascimento": 1,
            "Pelé": 1,
            "Jairzinho": 1,
            "Tostão": 1,
            "Gérson": 1,
        },
    ),
    "'wa', 'ben' and 'bint' stand inside names; a continent's adjective is nobody": (
        "Ngũgĩ wa Thiong'o wrote it, as did Moses ben Nachman and Fātimah bint Mūsā. It is "
        "modern African literature.",
        [
            ("PER", "Ngũgĩ wa Thiong'o"),
            ("PER", "Moses ben Nachman"),
            ("PER", "Fātimah bint Mūsā"),
            ("PER", "African"),
        ],
        {"Ngũgĩ wa Thiong'o": 1, "Moses ben Nachman": 1, "Fātimah bint Mūsā": 1},
    ),
    "a ruler's epithet, a title before a comma, and 'attributed to' make people": (
        "Constantine the Great was proclaimed emperor in York. Malaysia's Prime Minister, "
        "Najib Razak said so. There is a quote attributed to Einstein.",
        [
            ("ORG", "Constantine the Great"),
            ("PER", "York"),
            ("LOC", "Malaysia"),
            ("ORG", "Najib Razak"),
            ("LOC", "Einstein"),
        ],
        {"Constantine the Great": 1, "Najib Razak": 1, "Einstein": 1},
    ),
    "a name of words ending in a plural, only after 'the', is a place or a band": (
        "It lives in the Pine Barrens. He saw the Backstreet Boys with the Venerable Sergius.",
        [("PER", "Pine Barrens"), ("PER", "Backstreet Boys"), ("PER", "Venerable Sergius")],
        {"Venerable Sergius": 1},
    ),
    "a word only ever before 'army', 'empire', 'river' or 'school' is nobody": (
        "Jurišić held off the Ottoman army. It is Islamic architecture. The Douro river flows. "
        "He led the Gelug school.",
        [
            ("PER", "Jurišić"),
            ("PER", "Ottoman"),
            ("PER", "Islamic"),
            ("PER", "Douro"),
            ("PER", "Gelug"),
        ],
        {"Jurišić": 1},
    ),
    "a title of office before a full name in an organisation's span; prefixed surnames": (
        "Justice Harry Blackmun wrote it, with Justices Sandra Day O'Connor and Per Martin-Löf. "
        "The St. Louis Rams played. The Synod of Whitby met at King Edward Point.",
        [
            ("ORG", "Justice Harry Blackmun"),
            ("ORG", "Justices Sandra Day O'Connor"),
            ("PER", "Per Martin-Löf"),
            ("ORG", "St. Louis Rams"),
            ("PER", "Synod of Whitby"),
            ("LOC", "King Edward Point"),
        ],
        {"Harry Blackmun": 1, "Sandra Day O'Connor": 1, "Per Martin-Löf": 1},
    ),
    "a title defined as a thing after its subtitle, and the villagers' village, are nobody": (
        "Lagaan\n\nLagaan: Once Upon a Time in India is a 2001 Indian film. The villagers of "
        "Champaner play. Lagaan won. Smith: This is a film about Bhuvan. Smith said so.",
        [
            ("PER", "Lagaan"),
            ("ORG", "Lagaan: Once Upon a Time"),
            ("PER", "Champaner"),
            ("PER", "Lagaan"),
            ("PER", "Smith"),
            ("PER", "Bhuvan"),
            ("PER", "Smith"),
        ],
        {"Smith": 2, "Bhuvan": 1},
    ),
    "a name after 'The' is a title, but for 'The Bush administration'": (
        "Heath Ledger starred in Christopher Nolan's The Dark Knight. The Aviator leads the "
        "field; critics favour The Aviator. The Bush administration said Bush would veto it.",
        [
            ("PER", "Heath Ledger"),
            ("PER", "Christopher Nolan"),
            ("PER", "Dark Knight"),
            ("PER", "Aviator"),
            ("PER", "Aviator"),
            ("PER", "Bush"),
            ("PER", "Bush"),
        ],
        {"Heath Ledger": 1, "Christopher Nolan": 1, "Bush": 2},
    ),
    "a given name soon after a full name is that person, however often": (
        "King Harold Godwinson led the army. Harold was crowned. Harold fought. Harold won. "
        "Harold was killed. Lady Anne Darcy died." + " It rained." * 400 + " Anne sang. "
        "Anne played. Anne sang again. Anne slept.",
        [("PER", "Harold Godwinson")]
        + [("PER", "Harold")] * 4
        + [("PER", "Anne Darcy")]
        + [("PER", "Anne")] * 4,
        {"Harold Godwinson": 5, "Anne Darcy": 1, "Anne": 4},
    ),
    "a given name far more common than its full name joins the one family named alone": (
        "Elizabeth sang. Elizabeth ran. Elizabeth read. Elizabeth wrote. Jane sang. Jane ran. "
        "Jane read. Jane wrote. Nicholas rode. Nicholas ran. Nicholas fell. Nicholas wept. "
        "Bennet laughed. Bennet sat. Bennet stood. Rostov wept. Rostov sat. Rostov ran. "
        "Bolkonski rose. Bolkonski sat. Bolkonski left. Then Elizabeth Bennet, Jane Bennet, "
        "Jane Austen, Nicholas Rostov and Nicholas Bolkonski came.",
        [("PER", "Elizabeth")] * 4
        + [("PER", "Jane")] * 4
        + [("PER", "Nicholas")] * 4
        + [("PER", "Bennet")] * 3
        + [("PER", "Rostov")] * 3
        + [("PER", "Bolkonski")] * 3
        + [
            ("PER", "Elizabeth Bennet"),
            ("PER", "Jane Bennet"),
            ("PER", "Jane Austen"),
            ("PER", "Nicholas Rostov"),
            ("PER", "Nicholas Bolkonski"),
        ],
        # (The surname alone goes, as before, to the first named of its family.)
        {
            "Elizabeth Bennet": 8,
            "Jane Bennet": 5,
            "Jane Austen": 1,
            "Nicholas": 4,
            "Nicholas Rostov": 4,
            "Nicholas Bolkonski": 4,
        },
    ),
    "a given name joins the family named alone far more often; a sovereign's stays alone": (
        "Andrew rode. Andrew ran. Andrew fell. Andrew wept. Emperor Alexander spoke. "
        "Alexander rode. Alexander sat. Alexander ate. Bolkonski rose. Bolkonski sat. "
        "Bolkonski left. Bolkonski came. Bolkonski wrote. Bolkonski read. Bolkonski ate. "
        "Bolkonski slept. Bolkonski woke. Kaysarov rose. Kaysarov sat. Kaysarov left. "
        "Golitsyn bowed. Golitsyn sat. Golitsyn left. Then Andrew Bolkonski, Andrew Kaysarov "
        "and Alexander Golitsyn came.",
        [("PER", "Andrew")] * 4
        + [("PER", "Alexander")] * 4
        + [("PER", "Bolkonski")] * 9
        + [("PER", "Kaysarov")] * 3
        + [("PER", "Golitsyn")] * 3
        + [
            ("PER", "Andrew Bolkonski"),
            ("PER", "Andrew Kaysarov"),
            ("PER", "Alexander Golitsyn"),
        ],
        {
            "Andrew Bolkonski": 14,
            "Andrew Kaysarov": 4,
            "Alexander": 4,
            "Alexander Golitsyn": 4,
        },
    ),
    "a surname named alone ten times before a full name first appears is someone else's": (
        "M. Gillenormand laughed. "
        * 10
        + "Then Théodule Gillenormand came. Macron spoke. Macron left. Later Emmanuel Macron "
        "came. " + "Alpátych bowed. " * 10 + "Then Yákov Alpátych came.",
        [("PER", "M. Gillenormand")] * 10
        + [("PER", "Théodule Gillenormand"), ("PER", "Macron"), ("PER", "Macron")]
        + [("PER", "Emmanuel Macron")]
        + [("PER", "Alpátych")] * 10
        + [("PER", "Yákov Alpátych")],
        # (A patronymic alone is how a Russian novel names its bearer.)
        {
            "M. Gillenormand": 10,
            "Théodule Gillenormand": 1,
            "Emmanuel Macron": 3,
            "Yákov Alpátych": 11,
        },
    ),
    "a one-word name mostly after 'a' or 'this' is a kind, not someone": (
        "He fought like a Turk. This Turk was brave. Turk rode home. It was an Elzevir; "
        "this Elzevir was old. There's no Santa here, said Santa. Santa laughed.",
        [("PER", "Turk")] * 3 + [("PER", "Elzevir")] * 2 + [("PER", "Santa")] * 3,
        {"Santa": 3},
    ),
    "an old interjection is no one ('Hark ye, lad')": (
        "Hark! cried Stubb. Hark ye, lad. Avast there, said Flask. Egad, Stubb laughed.",
        [
            ("PER", "Hark"),
            ("PER", "Stubb"),
            ("PER", "Hark"),
            ("PER", "Avast"),
            ("PER", "Flask"),
            ("PER", "Egad"),
            ("PER", "Stubb"),
        ],
        {"Stubb": 2, "Flask": 1},
    ),
    "particles join the names the model split; 'y' inside one name; conservatories": (
        "Erik ten Hag met José Ortega y Gasset, Fernando y Isabel, and the Robert Schumann "
        "Conservatory.",
        [
            ("PER", "Erik"),
            ("PER", "Hag"),
            ("PER", "José Ortega y Gasset"),
            ("PER", "Fernando"),
            ("PER", "Isabel"),
            ("PER", "Robert Schumann Conservatory"),
        ],
        {"Erik ten Hag": 1, "José Ortega y Gasset": 1, "Fernando": 1, "Isabel": 1},
    ),
    "a full name whose last word names someone alone in the text is that person": (
        "Camille Desmoulins spoke at the Palais-Royal. Desmoulins was arrested. Trinity "
        "College stood. Paris Hilton is a hotel.",
        [
            ("ORG", "Camille Desmoulins"),
            ("LOC", "Palais-Royal"),
            ("PER", "Desmoulins"),
            ("ORG", "Trinity College"),
            ("LOC", "Paris Hilton"),
        ],
        {"Camille Desmoulins": 2},
    ),
    "a surname that is a month or a verb, which the model left out, ends a given name": (
        "Brian May recorded it. Theresa May said no. In May Anna went. Peter spoke on 3 May.",
        [("PER", "Brian"), ("ORG", "Theresa"), ("PER", "Anna"), ("PER", "Peter")],
        {"Brian May": 1, "Theresa May": 1, "Anna": 1, "Peter": 1},
    ),
    "a word beyond ASCII before a name is its first, unless someone's name alone": (
        "He played under César Luis Menotti. On seeing Natásha Pierre grew animated. Natásha "
        "smiled. Arsène Wenger managed Arsenal.",
        [
            ("PER", "Luis Menotti"),
            ("PER", "Pierre"),
            ("PER", "Natásha"),
            ("PER", "Wenger"),
            ("ORG", "Arsenal"),
        ],
        {"César Luis Menotti": 1, "Pierre": 1, "Natásha": 1, "Arsène Wenger": 1},
    ),
    "a name the model ended with a particle goes on with the next": (
        "Sheikh Ahmed bin Saeed Al Maktoum chaired it. In 2019 Sheikh Mohammed bin Rashid Al "
        "Maktoum came.",
        [
            ("PER", "Ahmed bin Saeed Al Maktoum"),
            ("PER", "Mohammed bin Rashid Al"),
            ("PER", "Maktoum"),
        ],
        {"Ahmed bin Saeed Al Maktoum": 1, "Mohammed bin Rashid Al Maktoum": 1},
    ),
    "a title of office or a ruler's and a name before 'of', read as one organisation": (
        "Inspector Lestrade of Scotland Yard came. Emperor Renzong of Song ruled. He prayed at "
        "St. Mary of the Angels.",
        [
            ("ORG", "Inspector Lestrade of Scotland Yard"),
            ("LOC", "Emperor Renzong of Song"),
            ("ORG", "St. Mary of the Angels"),
        ],
        {"Lestrade": 1, "Renzong": 1},
    ),
    "a storm once so named is no one; a tie the text settles as a person's, every mention": (
        "Hurricane Katrina formed. Katrina struck. The novel follows Okonkwo, a wrestling "
        "champion. Okonkwo's father died. Okonkwo is exiled. Umuofia mourns Okonkwo.",
        [
            ("PER", "Katrina"),
            ("PER", "Katrina"),
            ("LOC", "Okonkwo"),
            ("PER", "Okonkwo"),
            ("LOC", "Okonkwo"),
            ("LOC", "Umuofia"),
            ("PER", "Okonkwo"),
        ],
        {"Okonkwo": 4},  # the two read as a place count too
    ),
    "a thing's kind after words joined by 'and', and objects, define things": (
        "Fianna Fáil is a conservative and Christian-democratic political party. "
        "The Rosetta Stone is a stele of granodiorite. Fianna Fáil won; Rosetta Stone fame.",
        [
            ("PER", "Fianna Fáil"),
            ("PER", "Rosetta Stone"),
            ("PER", "Fianna Fáil"),
            ("PER", "Rosetta Stone"),
        ],
        {},
    ),
    "a ruler's title and a regnal number make a ruler of any name, with an epithet": (
        "It was issued for King Ptolemy V Epiphanes. They walked down George V Avenue.",
        [("ORG", "King Ptolemy V Epiphanes"), ("LOC", "George V Avenue")],
        {"Ptolemy V Epiphanes": 1},
    ),
    "a nickname in quotes inside a name; a heading then defined as a place": (
        'Kirkby Lonsdale\n\nKirkby Lonsdale is a town in Cumbria. Robert "3D" Del Naja and '
        'Grant "Daddy G" Marshall met Dwayne "The Rock" Johnson.',
        [
            ("PER", "Kirkby Lonsdale"),
            ("LOC", "Kirkby Lonsdale"),
            ("LOC", "Cumbria"),
            ("PER", "Robert"),
            ("PER", "Del Naja"),
            ("PER", "Grant"),
            ("PER", 'Daddy G" Marshall'),
            ("PER", "Dwayne"),
            ("MISC", "The Rock"),
            ("PER", "Johnson"),
        ],
        {"Robert Del Naja": 1, "Grant Marshall": 1, "Dwayne Johnson": 1},
    ),
    "a surname that is an institution's word, among people only": (
        "Defenders: Paulo Ferreira, Wayne Bridge, Glen Johnson. They crossed Tower Bridge, "
        "London Bridge and Albert Bridge.",
        [
            ("PER", "Paulo Ferreira"),
            ("PER", "Wayne Bridge"),
            ("PER", "Glen Johnson"),
            ("PER", "Tower Bridge"),
            ("LOC", "London Bridge"),
            ("PER", "Albert Bridge"),
        ],
        {"Paulo Ferreira": 1, "Wayne Bridge": 1, "Glen Johnson": 1},
    ),
    "a one-word person that is a given name takes no mention read as a place": (
        "Paris smiled. Paris laughed. She left Paris. Okonkwo, a farmer, met Unoka. Okonkwo "
        "went to Umuofia. Okonkwo left.",
        [
            ("PER", "Paris"),
            ("PER", "Paris"),
            ("LOC", "Paris"),
            ("PER", "Okonkwo"),
            ("PER", "Unoka"),
            ("ORG", "Okonkwo"),
            ("LOC", "Umuofia"),
            ("PER", "Okonkwo"),
        ],
        {"Paris": 2, "Okonkwo": 3, "Unoka": 1},
    ),
    "a storm read with its kind as one name; a company's legal form; an MP's seat": (
        "Hurricane Edith struck. Edith moved north. Halvorsen Marine AS is a shipyard. She was "
        "MP for Petersfield. Joan Quennell won.",
        [
            ("PER", "Hurricane Edith"),
            ("PER", "Edith"),
            ("PER", "Halvorsen Marine"),
            ("PER", "Petersfield"),
            ("PER", "Joan Quennell"),
        ],
        {"Joan Quennell": 1},
    ),
    "a state's name, a make, a style, scripture and an elector's title are nobody's name": (
        "She went to Boone, North Carolina. They flew Lancaster bombers over Norman churches. "
        "He read the Bible to the Elector Palatine Johann Wilhelm at Milford Haven.",
        [
            ("PER", "Boone, North Carolina"),
            ("PER", "Lancaster"),
            ("PER", "Norman"),
            ("PER", "Bible"),
            ("PER", "Elector Palatine Johann Wilhelm"),
            ("LOC", "Milford Haven"),
        ],
        {"Johann Wilhelm": 1},
    ),
    "a squad list's positions; a surname ending in s beside a person; places of a kind": (
        "DF Ugo Ehiogu\nFW Dwight Yorke ( Trinidad and Tobago )\nHer work recalls that of Diane "
        "Arbus and Robert Frank. It is in the district of Ortenaukreis. Members elected for "
        "Denison met.",
        [
            ("ORG", "DF Ugo Ehiogu"),
            ("ORG", "FW Dwight Yorke ( Trinidad and Tobago"),
            ("ORG", "Diane Arbus"),
            ("PER", "Robert Frank"),
            ("PER", "Ortenaukreis"),
            ("PER", "Denison"),
        ],
        {"Ugo Ehiogu": 1, "Dwight Yorke": 1, "Diane Arbus": 1, "Robert Frank": 1},
    ),
    "a rare given name before a given name stays; an occupation, a rank or a title goes": (
        "Cassius Marcellus Clay boxed. Zulfikar Ali Bhutto spoke. Mathematician Hermann Weyl "
        "wrote. Seamer Peter Martin bowled. Rear-Admiral Edward Charlton sailed. Maj Bernard "
        "Fisher flew.",
        [
            ("PER", "Cassius Marcellus Clay"),
            ("PER", "Zulfikar Ali Bhutto"),
            ("PER", "Mathematician Hermann Weyl"),
            ("PER", "Seamer Peter Martin"),
            ("PER", "Rear-Admiral Edward Charlton"),
            ("PER", "Maj Bernard Fisher"),
        ],
        {
            "Cassius Marcellus Clay": 1,
            "Zulfikar Ali Bhutto": 1,
            "Hermann Weyl": 1,
            "Peter Martin": 1,
            "Edward Charlton": 1,
            "Bernard Fisher": 1,
        },
    ),
    "a party's member before a name the model read as one organisation is a kind": (
        "Republican Bob Dole ran in 1996. The Republican National Committee met.",
        [("ORG", "Republican Bob Dole"), ("ORG", "Republican National Committee")],
        {"Bob Dole": 1},
    ),
    "an upper or a lower place, and a brand defined after a possessive, are nobody": (
        "It is drained by the Lower Bann. Jack Daniel's is a brand of Tennessee whiskey. The "
        "distillery was founded by Jasper Newton Daniel.",
        [("PER", "Lower Bann"), ("PER", "Jack Daniel"), ("PER", "Jasper Newton Daniel")],
        {"Jasper Newton Daniel": 1},
    ),
    "a team named in its season's title is nobody, however the model read it elsewhere": (
        "1995–96 Aston Villa season\n\nThe season was Aston Villa's fourth in the Premier "
        "League. Villa beat Leeds United.",
        [
            ("ORG", "Aston Villa"),
            ("PER", "Aston Villa"),
            ("ORG", "Premier League"),
            ("PER", "Villa"),
            ("ORG", "Leeds United"),
        ],
        {},
    ),
    "a ship after its prefix is nobody, a title between them or not": (
        "RMS Queen Mary 2 sails from Southampton. USS Ronald Reagan is based in Japan. "
        "Ronald Reagan spoke.",
        [("PER", "Mary"), ("PER", "Ronald Reagan"), ("PER", "Ronald Reagan")],
        {"Ronald Reagan": 2},
    ),
    "a place a distance or a direction away from another is nobody": (
        "The village is 3 miles north-east of Fakenham and 10 km from Holt. South of Lyme "
        "lies the sea. Ralph Shelton lived at Lyme.",
        [
            ("PER", "Fakenham"),
            ("PER", "Holt"),
            ("PER", "Lyme"),
            ("PER", "Ralph Shelton"),
            ("LOC", "Lyme"),
        ],
        {"Ralph Shelton": 1},
    ),
    "awards joined by 'and', a programme, regiments and Vikings are nobody": (
        "It won the Hugo and Nebula awards. He hosted the BBC quiz programme Mastermind. The "
        "Horse Guards marched. Coins of the Viking period. Ada Lovelace spoke.",
        [
            ("PER", "Hugo"),
            ("PER", "Mastermind"),
            ("PER", "Horse Guards"),
            ("PER", "Viking"),
            ("PER", "Ada Lovelace"),
        ],
        {"Ada Lovelace": 1},
    ),
    "a second given name inside a full name, a ruler and one name, read as organisations": (
        "Miguel Ángel Ríos played guitar. The son of King Alphonso came. Empress Eugénie sat. "
        "It was sold by the Hong Kong Standard and seen at Duke University, the Barton "
        "Swing Aqueduct and the William Joseph McInnes Botanic Garden.",
        [
            ("ORG", "Miguel Ángel Ríos"),
            ("ORG", "King Alphonso"),
            ("ORG", "Empress Eugénie"),
            ("ORG", "Hong Kong Standard"),
            ("ORG", "Duke University"),
            ("ORG", "Barton Swing Aqueduct"),
            ("PER", "William Joseph McInnes Botanic Garden"),
        ],
        {"Miguel Ángel Ríos": 1, "Alphonso": 1, "Eugénie": 1},
    ),
    "a nickname in quotes after 'The'; a kind of person; 'CEO'; regnal numbers part rulers": (
        'It had the nickname " The Wooden Wonder ". He fought the sorcerer Malgoth. CEO Anna '
        "Korhonen spoke. George Tupou II ruled, then George Tupou V. Charles I was beheaded; "
        "Charles II returned.",
        [
            ("PER", "Wooden Wonder"),
            ("ORG", "Malgoth"),
            ("PER", "CEO Anna Korhonen"),
            ("PER", "George Tupou II"),
            ("PER", "George Tupou V"),
            ("PER", "Charles I"),
            ("PER", "Charles II"),
        ],
        {
            "Malgoth": 1,
            "Anna Korhonen": 1,
            "George Tupou II": 1,
            "George Tupou V": 1,
            "Charles I": 1,
            "Charles II": 1,
        },
    ),
    "a band's members after 'consists of'; a DJ's name that is a title": (
        "The band consists of Jin, Suga and Jimin. The archipelago consists of Malta, Gozo "
        "and Comino. It was produced by DJ Premier.",
        [
            ("PER", "Jin"),
            ("LOC", "Suga"),
            ("PER", "Jimin"),
            ("LOC", "Malta"),
            ("LOC", "Gozo"),
            ("LOC", "Comino"),
            ("PER", "DJ Premier"),
        ],
        {"Jin": 1, "Suga": 1, "Jimin": 1, "DJ Premier": 1},
    ),
    "a co-pilot is a kind of person, a chess opening a kind of thing": (
        "He flew with his co-pilot Chewbacca. The Ruy Lopez, also called the Spanish Opening, "
        "is a chess opening.",
        [("LOC", "Chewbacca"), ("PER", "Ruy Lopez")],
        {"Chewbacca": 1},
    ),
    "a person an institution is named after, described so; a church's name holds no one": (
        "Johns Hopkins Hospital was founded with money left by the merchant Johns Hopkins. "
        "Brigham Young University is named after Brigham Young, the second president of the "
        "Church of Jesus Christ of Latter-day Saints. The Referendum Party of James Goldsmith "
        "lost.",
        [
            ("ORG", "Johns Hopkins Hospital"),
            ("PER", "Johns Hopkins"),
            ("ORG", "Brigham Young University"),
            ("PER", "Brigham Young"),
            ("PER", "Jesus Christ of Latter-day Saints"),
            ("ORG", "Referendum Party"),
            ("PER", "James Goldsmith"),
        ],
        {"Johns Hopkins": 1, "Brigham Young": 1, "James Goldsmith": 1},
    ),
    "a name inside a short title in quotes, in title case, is no one's; a nickname is": (
        'Track listing: " The Ballad of Johnny Rook ", " Elvis in Osaka ". He said: " I met '
        'John Smith in Osaka . " Elvis Presley sang. Miura is known as " King Kazu ".',
        [
            ("PER", "Johnny Rook"),
            ("PER", "Elvis"),
            ("PER", "John Smith"),
            ("PER", "Elvis Presley"),
            ("PER", "King Kazu"),
        ],
        {"Elvis Presley": 2, "John Smith": 1, "Kazu": 1},
    ),
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


@pytest.mark.parametrize("case", GROUPING_CASES)
def test_grouping_rules(case):
    text, names, expected = GROUPING_CASES[case]
    assert _grouped(text, *names) == expected


def test_city_list_leaves_out_names_of_people():
    from reader_app.core.ner.word_lists import city_names

    labelled = [
        [[("Hannibal", "I-PER"), ("crossed", "O")], [("in", "O"), ("Mannheim", "I-LOC")]],
        [[("Obama", "I-PER"), ("Obama", "I-LOC")]],
    ]
    cities = ["Mannheim", "Hannibal", "Obama", "Lincoln", "Kalisz", "San Jose"]
    assert city_names(cities, {"lincoln"}, labelled) == {"mannheim", "kalisz"}


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
