"""People and countries: names, aliases, demonyms, ambiguous words, grouping and counts."""

from __future__ import annotations

import pytest

from reader_app.core.countries import code_for, display_name, find_countries
from reader_app.core.documents import document_from_text, load_document
from reader_app.core.entities import extract_entities


def _codes(text: str) -> list[str]:
    return [m.code for m in find_countries(text)]


def _countries_given_names(monkeypatch, text: str, spans: list[tuple[str, str]]) -> dict:
    """Country counts of `text` when the model finds exactly `spans` (kind, words), in order."""
    from model_names import name_spans

    from reader_app.core import entities

    monkeypatch.setattr(entities, "find_names", lambda text, *rest, **kw: name_spans(text, spans))
    document = document_from_text(text)
    return {c.code: c.count for c in entities.extract_entities(document).countries}


def test_names_aliases_and_demonyms_resolve_to_iso_codes():
    assert code_for("France") == "FR"
    assert code_for("French") == "FR"
    assert code_for("Britain") == "GB"
    assert code_for("U.S.") == "US"
    assert code_for("South Korea") == "KR"
    assert code_for("Korea") == "KR"  # as scorers read it; North Korea is named in full
    assert code_for("Ivory Coast") == "CI"
    assert code_for("Ukrainian") == "UA"
    assert code_for("Cambodian") == "KH"
    assert display_name("RU") == "Russia"


def test_plural_demonyms_are_mentions_of_their_country():
    """ "Albanians" is Albania's as "Americans" is the United States' (scorers read a plural
    demonym so); the Dominicans of the religious order are no one's people."""
    text = "Albanians, Sri Lankans and Costa Ricans met Montenegrins. The Dominicans prayed."
    found = list(find_countries(text))
    assert [m.code for m in found] == ["AL", "LK", "CR", "ME"]
    assert code_for("Icelanders") == "IS"
    assert code_for("Soviets") == "RU"  # "until the Soviets took it in 1920"
    assert code_for("Dominicans") is None


def test_the_peoples_of_the_former_yugoslavia_are_not_its_states():
    """ "Bosnian Serbs", "the Serbs of Krajina", "Croats": peoples across borders in the news,
    not Serbia's or Croatia's citizens; "Serbian" and "Croatian" still name the states."""
    text = "Up to 200,000 Serbs fled to Bosnia. Croats and Serbs voted. Serbian police came."
    assert [m.code for m in find_countries(text)] == ["BA", "RS"]


def test_an_ambiguous_name_after_a_drivers_country_is_his_team():
    """A motor race's results give each driver's country in brackets, then his team: the
    Jordan team there is no mention of Jordan."""
    text = "9. Martin Brundle (Britain) Jordan 1:55.385\nIn Jordan, King Hussein spoke."
    assert [m.code for m in find_countries(text)] == ["GB", "JO"]


def test_countries_found_in_text_with_offsets():
    text = "Talks between Britain and the U.S. went well, a French diplomat said of Russia’s offer."
    found = list(find_countries(text))
    assert [m.code for m in found] == ["GB", "US", "FR", "RU"]
    assert [text[m.start : m.end] for m in found] == ["Britain", "U.S.", "French", "Russia"]


def test_longer_names_win_and_lookalikes_are_skipped():
    assert _codes("He moved from New Mexico to Papua New Guinea.") == ["PG"]
    assert _codes("South Africa beat New Zealand.") == ["ZA", "NZ"]


def test_foreign_spellings_that_are_english_words_are_not_countries():
    # countryinfo lists Iceland's own name, the Isle of Man's and a French form of Dominica.
    assert _codes("The Island is new to tourism.") == []
    assert _codes("Mann wrote it in exile.") == []
    assert _codes("Dominique arrived late.") == []
    assert _codes("Portuguesa 2 Parana 0") == []  # a club of Sao Paulo, not Portugal
    assert _codes("Norge and Nippon are native names.") == ["NO", "JP"]


def test_a_dominican_is_from_the_dominican_republic_unless_a_friar():
    assert _codes("He is a Dominican former baseball pitcher.") == ["DO"]
    assert _codes("A Dominican friar preached; the Dominicans in Limoges listened.") == []
    assert _codes("Dominica is an island.") == ["DM"]


def test_in_lower_case_a_name_that_only_holds_a_countrys_word_is_no_mention():
    from reader_app.core.countries import lower_case_country_names

    text = "the american league went to the yankees near new mexico; the indian team beat america."
    found = [text[a:b] for a, b in lower_case_country_names(text)]
    assert found == ["indian", "america"]
    text = "a north american car maker and latin american banks; an american bank"
    assert [text[a:b] for a, b in lower_case_country_names(text)] == ["american"]


def test_indian_of_the_americas_and_of_idioms_is_not_india():
    assert _codes("The American Indians and a Red Indian walked in Indian file.") == []
    assert _codes("An Indian summer; Indian ink on India rubber.") == []
    assert _codes("The Indian cricket team toured.") == ["IN"]


def test_ambiguous_words_are_decided_by_context():
    assert _codes("Jordan Henderson scored twice.") == []
    assert _codes("The team flew to Jordan on Monday.") == ["JO"]
    assert _codes("Michael Jordan retired.") == []
    assert _codes("She lives in Atlanta, Georgia now.") == []
    # but after a city or a region of the country, it is the country
    assert _codes("The zoo in Tbilisi, Georgia, and Ushguli in Svaneti, Georgia.") == ["GE", "GE"]
    assert _codes("Georgia and Armenia signed a treaty.") == ["GE", "AM"]
    assert _codes("Chad Smith played drums.") == []
    assert _codes("Georgia O'Keeffe and Jordan McKenzie painted.") == []  # "O'", "Mc" names
    assert _codes("The Lao government met. Lao Tzu wrote it.") == ["LA"]
    # After a comma only a state's name is read as the state.
    assert _codes("She flew to Nairobi, Kenya and on to Amman, Jordan.") == ["KE", "JO"]
    assert _codes("Teams came from Ghana, India, Kenya and Turkey.") == ["GH", "IN", "KE", "TR"]
    # After a state's office, or "the U.S. state of", it is the state; the country's head is
    # its President.
    assert _codes("He served as a United States Senator from Georgia until 1997.") == ["US"]
    assert _codes("The Governor of Georgia signed it in the U.S. state of Georgia.") == ["US"]
    assert _codes("He was President of Georgia.") == ["GE"]


def test_states_alone_is_the_united_states_only_after_the():
    assert _codes("He moved to the States in 1990. The States said no.") == ["US", "US"]
    assert _codes("The Member States agreed; two States lived side by side.") == []
    assert _codes("The Baltic States and the Papal States.") == []
    assert _codes("The States of Jersey voted.") == ["JE"]
    assert _codes("The United States and the States") == ["US", "US"]
    assert _codes("Schalken (Netherlands) beat Rikl; the Netherlands won.") == ["NL", "NL"]
    document = document_from_text(
        "the member states met. several states objected, said john smith."
    )
    assert extract_entities(document).countries == ()


@pytest.mark.parametrize(
    "text",
    [
        "we met at the family reunion in june, said john smith.",
        "the poles of the tent broke, and john smith got off scot-free.",
    ],
)
def test_words_of_text_in_lower_case_that_only_look_like_countries(text):
    assert extract_entities(document_from_text(text)).countries == ()


def test_all_capital_headlines():
    assert _codes("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .") == ["JP", "CN"]


def test_article_people_and_countries(article_path):
    found = extract_entities(load_document(str(article_path)))
    people = {p.name: p.count for p in found.people}
    assert people["Ingrid Solberg"] == 3
    assert people["Mateo Arancibia"] == 3
    assert "Lucia Fernandez" in people
    countries = {c.code: c.count for c in found.countries}
    assert countries == {"NO": 2, "CL": 3, "PE": 3}
    counts = [c.count for c in found.countries]
    assert counts == sorted(counts, reverse=True)


def test_mentions_are_offsets_into_the_text():
    document = document_from_text("President Anna Kowalczyk met Kowalczyk’s staff. Poland agreed.")
    found = extract_entities(document)
    assert [p.name for p in found.people] == ["Anna Kowalczyk"]
    spans = found.people[0].mentions
    assert [document.text[a:b] for a, b in spans] == ["Anna Kowalczyk", "Kowalczyk"]
    assert [document.text[a:b] for a, b in found.countries[0].mentions] == ["Poland"]


def test_a_mention_of_a_name_whose_first_and_last_words_are_one_spans_the_name():
    """ "Ford Madox Ford": the mention ends at the last word, not at the first."""
    document = document_from_text("The novelist Ford Madox Ford wrote The Good Soldier in 1915.")
    [person] = extract_entities(document).people
    assert person.name == "Ford Madox Ford"
    assert [document.text[a:b] for a, b in person.mentions] == ["Ford Madox Ford"]


def test_empty_document_has_no_entities():
    found = extract_entities(document_from_text(""))
    assert found.people == () and found.countries == ()


def test_states_that_no_longer_exist_have_no_iso_code():
    text = "Yugoslavia and Czechoslovakia sent teams. Yugoslav officials met French ones."
    found = {c.name: c for c in extract_entities(document_from_text(text)).countries}
    assert set(found) == {"Yugoslavia", "Czechoslovakia", "France"}
    assert found["Yugoslavia"].code == "" and found["Yugoslavia"].count == 2
    assert found["France"].code == "FR"


def test_a_country_read_as_an_organisation_is_still_the_country(monkeypatch):
    """The model may call a national side or a demonym before a currency an organisation;
    an organisation whose name is just the country is the country, a longer one is not."""
    text = "Japan beat Syria 2-1. Japan Airlines said the fine was 25,000 Swiss francs."
    spans = [("ORG", "Japan"), ("LOC", "Syria"), ("ORG", "Japan Airlines"), ("ORG", "Swiss")]
    assert _countries_given_names(monkeypatch, text, spans) == {"JP": 1, "SY": 1, "CH": 1}


def test_a_plural_demonym_that_names_a_team_after_its_town_names_the_team_throughout(
    monkeypatch,
):
    """ "The Cleveland Indians ... against the Indians": the team, not India, and so in a
    headline in capitals; a people's word opening a sentence ("These Germans") or a plural
    that is no demonym ("BBC Wales") is no team's nickname."""
    text = (
        "RANGERS BEAT INDIANS.\n"
        "Texas beat the Cleveland Indians 10-8. They won six of nine against the Indians.\n"
        "These Germans are first-rate fools. The Germans left.\n"
        "Rhodri Morgan told BBC Wales that he had moved to Wales."
    )
    spans = [
        ("ORG", "RANGERS"),
        ("ORG", "Texas"),
        ("ORG", "Cleveland Indians"),
        ("ORG", "Indians"),
        ("ORG", "These Germans"),
        ("PER", "Rhodri Morgan"),
        ("ORG", "BBC Wales"),
        ("LOC", "Wales"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"DE": 1, "GB": 1}


def test_a_demonym_before_a_persons_name_read_as_one_organisation_is_the_country(monkeypatch):
    """ "ahead of Cuban Zolvinka Lopez": a Cuban, though no list knows her given name; and
    "the Australian Sydney de Kantzow", a particle in his name."""
    text = "Freeman took second ahead of Cuban Zolvinka Lopez."
    spans = [("PER", "Freeman"), ("ORG", "Cuban Zolvinka Lopez")]
    assert _countries_given_names(monkeypatch, text, spans) == {"CU": 1}
    text = "It was founded by the Australian Sydney de Kantzow."
    spans = [("ORG", "Australian Sydney de Kantzow")]
    assert _countries_given_names(monkeypatch, text, spans) == {"AU": 1}


def test_a_chess_openings_people_is_no_mention_of_its_country():
    """ "the King's Indian Defence", "the Spanish Opening" name no country; "German Defence
    Minister Volker Ruehe" does."""
    text = (
        "He played the King's Indian Defence and the Spanish Opening. "
        "The German Defence Minister came."
    )
    assert [m.code for m in find_countries(text)] == ["IN", "ES", "DE"]
    found = extract_entities(document_from_text(text))
    assert [(c.code, c.count) for c in found.countries] == [("DE", 1)]


def test_a_currency_is_no_mention_of_its_country():
    text = "The parrots cost A$ 100 (US$ 79) a pair in Australia; the United States banned them."
    found = {c.name: c.count for c in extract_entities(document_from_text(text)).countries}
    assert found == {"Australia": 1, "United States": 1}


def test_a_country_named_as_its_capital_is_a_club_among_clubs(monkeypatch):
    """Monaco's club plays in the French league: "Cannes 0 Monaco 2" and a scorer's "(Monaco)"
    beside others' towns name the club; a national side beside a club's town is its country,
    and so is Monaco beside another country."""
    text = (
        "Cannes 0 Monaco 2.\nHenry (Monaco), Debbah (Lens).\n\n"
        "The second half of the season opens in the new year, after a winter break of a month.\n\n"
        "Juventus and Italy striker Vieri (Lens) played the friendly match that followed it.\n\n"
        "France 1 Monaco 0."
    )
    spans = [
        ("ORG", "Cannes"),
        ("ORG", "Monaco"),
        ("PER", "Henry"),
        ("LOC", "Monaco"),
        ("PER", "Debbah"),
        ("ORG", "Lens"),
        ("ORG", "Juventus"),
        ("LOC", "Italy"),
        ("PER", "Vieri"),
        ("ORG", "Lens"),
        ("LOC", "France"),
        ("LOC", "Monaco"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"IT": 1, "FR": 1, "MC": 1}
    # Without a score after it or brackets round it, a country in a list of places is one.
    listed = "Films at the Belmont Picturehouse, Aberdeen, and the casinos of Monaco."
    spans = [("ORG", "Aberdeen"), ("LOC", "Monaco")]
    assert _countries_given_names(monkeypatch, listed, spans) == {"MC": 1}


def test_a_country_in_brackets_after_a_name_counts(monkeypatch):
    """The model learnt from WikiANN's link titles to read "Dwight Yorke (Trinidad and
    Tobago)" as one name; a bracket parts two names, as CoNLL-2003 marks them."""
    text = "FW Dwight Yorke ( Trinidad and Tobago )\nFW Dean Saunders ( Wales )\nJapan Airlines"
    spans = [
        ("ORG", "FW Dwight Yorke ( Trinidad and Tobago"),
        ("ORG", "FW Dean Saunders ( Wales"),
        ("ORG", "Japan Airlines"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"TT": 1, "GB": 1}


def test_a_demonym_read_as_a_person_is_still_the_country(monkeypatch):
    text = (
        "Kraftwerk is a German band. Jordan scored twice. Trevor Holland fled; Holland hid. "
        "It is by American rapper Jay-Z. It is the top division of English football. French "
        "said no."
    )
    spans = [
        ("ORG", "Kraftwerk"),
        ("PER", "German"),
        ("PER", "Jordan"),
        ("PER", "Trevor Holland"),
        ("PER", "Holland"),
        ("PER", "American rapper Jay-Z"),
        ("PER", "English"),
        ("PER", "French"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"DE": 1, "US": 1, "GB": 1}


def test_a_ships_name_names_no_country():
    text = "The ship SS Great Britain was built in Bristol. HMS Ireland sank. Britain rejoiced."
    found = extract_entities(document_from_text(text)).countries
    assert [(c.code, c.count) for c in found] == [("GB", 1)]


def test_a_wars_name_names_no_country(monkeypatch):
    """CoNLL tags "Gulf War" and "U.S. Civil War" whole, no country in them; so is a war the
    model parted ("American | Revolutionary War"). Not "War Minister", nor a word the model
    capitalised in text written in lower case ("the libyan revolution" stays Libya)."""
    text = (
        "He fought in the American Revolutionary War as a colonel. The Polish War Minister "
        "paid him. He wrote on the French Revolution."
    )
    spans = [
        ("MISC", "American"),
        ("PER", "Revolutionary War"),
        ("MISC", "Polish"),
        ("MISC", "French"),
        ("ORG", "Revolution"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"PL": 1}
    lower = "delegates came to the libyan revolution anniversary in tripoli ."
    spans = [("MISC", "libyan revolution"), ("LOC", "tripoli")]
    assert _countries_given_names(monkeypatch, lower, spans) == {"LY": 1}


def test_a_country_name_after_the_names_another_place():
    """ "the Luxembourg" is Paris's garden and "the Jordan" a river, English writing neither
    country with an article; but "the Netherlands" is the country, and so is "the Ukraine
    crisis", and "the Australia and the US" (bbc/dev), where a word may follow."""
    text = (
        "Marius walked in the Luxembourg. He went to the Luxembourg again, and the Luxembourg "
        "garden was empty. Luxembourg voted yes. They swam in the Jordan, then rested. "
        "Jordan voted no. Flights between the Australia and the US resumed. The Ukraine crisis grew. The Netherlands and the Philippines agreed."
    )
    found = extract_entities(document_from_text(text)).countries
    counts = {c.code: c.count for c in found}
    assert counts == {"LU": 1, "JO": 1, "AU": 1, "US": 1, "UA": 1, "NL": 1, "PH": 1}


def test_a_country_name_holds_no_person(monkeypatch):
    """The model may read "Saint Vincent" of a country's name as a person."""
    from model_names import name_spans

    from reader_app.core import entities

    text = "Visas are waived for Saint Vincent and the Grenadines. Vincent Kompany agreed."
    spans = [("PER", "Saint Vincent"), ("LOC", "Grenadines"), ("PER", "Vincent Kompany")]
    monkeypatch.setattr(entities, "find_names", lambda text, *rest, **kw: name_spans(text, spans))
    found = entities.extract_entities(document_from_text(text))
    assert [(p.name, p.count) for p in found.people] == [("Vincent Kompany", 1)]
    assert [c.code for c in found.countries] == ["VC"]


def test_a_place_ending_with_its_country_after_a_comma_names_the_country(monkeypatch):
    """Wikipedia writes "Mar del Plata, Argentina"; the model may read it as one place. The
    country at its end counts; a country word inside a longer place name does not."""
    text = "Born in Mar del Plata, Argentina, she later lived in the Gulf of Mexico region."
    spans = [("LOC", "Mar del Plata, Argentina"), ("LOC", "Gulf of Mexico")]
    assert _countries_given_names(monkeypatch, text, spans) == {"AR": 1}


def test_a_country_opening_places_read_as_one_counts_unless_a_states_town(monkeypatch):
    """ "He preached in Poland, Prussia", read as one place, names Poland; "Poland, Maine",
    read so, is a town of Maine."""
    text = "He preached in Poland, Prussia and Lithuania. He retired to Poland, Maine."
    spans = [("LOC", "Poland, Prussia"), ("LOC", "Lithuania"), ("LOC", "Poland, Maine")]
    assert _countries_given_names(monkeypatch, text, spans) == {"PL": 1, "LT": 1}


def test_countries_inside_names_the_model_misread(monkeypatch):
    """A title "of" a country names the country ("Emperor of China", as CoNLL marks "King of
    Scotland"); an organisation that is the country's full name is the country; two names
    joined by a lower-case word are two names; a bank or a society named after a country is
    neither."""
    text = (
        "Puyi was the last Emperor of China. The People's Republic of China agreed. "
        "They toured the United Kingdom with Atari Teenage Riot. "
        "The Royal Society of Canada and the Bank of Japan met Prime Minister of Norway."
    )
    spans = [
        ("ORG", "Emperor of China"),
        ("ORG", "People's Republic of China"),
        ("ORG", "United Kingdom with Atari Teenage Riot"),
        ("ORG", "Royal Society of Canada"),
        ("ORG", "Bank of Japan"),
        ("ORG", "Prime Minister of Norway"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"CN": 2, "GB": 1, "NO": 1}


def test_a_country_joined_to_a_company_by_and_is_still_the_country(monkeypatch):
    """A record's release "in the United Kingdom and Capitol Records in the United States"
    was read as one organisation; a team beside a club ("England and Real Madrid striker")
    and a council of two countries stay names."""
    text = (
        "It was released by Parlophone in the United Kingdom and Capitol Records in the "
        "United States. Souness wants England and Real Madrid striker Michael Owen. The Japan "
        "and Korea Trade Council met in Japan and Korea Trade Council offices."
    )
    spans = [
        ("ORG", "Parlophone"),
        ("ORG", "United Kingdom and Capitol Records"),
        ("LOC", "United States"),
        ("ORG", "England and Real Madrid"),
        ("PER", "Michael Owen"),
        ("ORG", "Japan and Korea Trade Council"),
        ("ORG", "Japan and Korea Trade Council"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"GB": 1, "US": 1}
    # Countries joined by "and", read as one organisation, are each a country.
    text = "The river flows through the Democratic Republic of the Congo and the Republic of "
    text += "the Congo. Slowdowns in the US and China hit exports."
    spans = [
        ("ORG", "Democratic Republic of the Congo and the Republic of the Congo"),
        ("ORG", "US and China"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {
        "CD": 1,
        "CG": 1,
        "US": 1,
        "CN": 1,
    }


def test_a_country_after_of_inside_a_persons_name_is_where_they_are_from(monkeypatch):
    """CoNLL marks "Thomas Muster of Austria" as a person and a place; the model may read the
    whole as one person."""
    text = "President Woodrow Wilson of the United States met Philip II of Spain and Jordan Rhodes."
    spans = [
        ("PER", "Woodrow Wilson of the United States"),
        ("PER", "Philip II of Spain"),
        ("PER", "Jordan Rhodes"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"US": 1, "ES": 1}


def test_a_country_after_of_in_a_clubs_or_a_players_name_read_as_one_is_theirs(monkeypatch):
    """ "IFK Gothenburg of Sweden" and "Maleeva of Bulgaria", read as one organisation or
    place, name where the club and the player come from; "Bank of England", "Parliament of
    Malta" and a ruler's style ("Gustav of Sweden") are names of their own."""
    text = (
        "IFK Gothenburg of Sweden drew with Nasr of Saudi Arabia 1-0 and Maleeva of Bulgaria "
        "won. The Bank of England, the Parliament of Malta and Gustav of Sweden."
    )
    spans = [
        ("ORG", "IFK Gothenburg of Sweden"),
        ("ORG", "Nasr of Saudi Arabia 1-0"),
        ("LOC", "Maleeva of Bulgaria"),
        ("ORG", "Bank of England"),
        ("ORG", "Parliament of Malta"),
        ("ORG", "Gustav of Sweden"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"SE": 1, "SA": 1, "BG": 1}


def test_countries_the_model_read_into_a_persons_or_a_firms_name(monkeypatch):
    """A demonym before a full name, a country of two words read as a person, a firm "of"
    its country, and a fixture after a colon name the country; "Jordan" beside "Neil
    Jordan" names him."""
    text = (
        "Australian Tom Moody took six. He wants Puerto Rico's Hector Camacho. Cars made by "
        "Kia Motor Corp of South Korea arrived. Next match: India v Zimbabwe. Neil Jordan "
        "filmed it; Jordan said so."
    )
    spans = [
        ("ORG", "Australian Tom Moody"),
        ("PER", "Puerto Rico"),
        ("PER", "Hector Camacho"),
        ("ORG", "Kia Motor Corp of South Korea"),
        ("ORG", "Next match: India"),
        ("LOC", "Zimbabwe"),
        ("PER", "Neil Jordan"),
        ("LOC", "Jordan"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {
        "AU": 1,
        "PR": 1,
        "KR": 1,
        "IN": 1,
        "ZW": 1,
    }


def test_a_role_of_a_country_read_with_the_place_after_it_names_the_country(monkeypatch):
    text = "The King of Spain in Madrid met the Bank of China in Hong Kong."
    spans = [("ORG", "King of Spain in Madrid"), ("ORG", "Bank of China in Hong Kong")]
    assert _countries_given_names(monkeypatch, text, spans) == {"ES": 1}


def test_an_office_for_a_country_names_the_country(monkeypatch):
    """ "Secretary of State for Northern Ireland" names the United Kingdom (CoNLL tags the
    place in "Secretary for Near East"); a commission "for" a country, no office's title
    before it, is a name of its own."""
    text = (
        "She was Secretary of State for Northern Ireland under Tony Blair. "
        "The Truth Commission for Canada met the Minister for Norway."
    )
    spans = [
        ("ORG", "Secretary of State for Northern Ireland"),
        ("PER", "Tony Blair"),
        ("ORG", "Truth Commission for Canada"),
        ("ORG", "Minister for Norway"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"GB": 1, "NO": 1}


def test_a_given_name_alone_of_a_country_is_a_royal_not_the_country(monkeypatch):
    """ "John of Austria" is a prince's name (the training sets tag all 13 such names whole as
    people's); but "the King of France" is a title of the country, and "Greg Norman of
    Australia" says where a player is from."""
    text = (
        "The fleet was led by John of Austria. The King of France sent ships, and Greg Norman "
        "of Australia won."
    )
    spans = [
        ("PER", "John"),
        ("LOC", "Austria"),
        ("PER", "King"),
        ("LOC", "France"),
        ("PER", "Greg Norman"),
        ("LOC", "Australia"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"FR": 1, "AU": 1}


def test_a_court_or_an_assembly_of_a_country_is_a_body_not_the_country(monkeypatch):
    """ "the Supreme Court of the United States" is an organisation's name, however the model
    parts it (the training sets tag 29 of 30 such names whole); a people's word before a
    faith's is the country ("of Portuguese Jewish origin"), a church's name is not ("Greek
    Catholic")."""
    text = (
        "It was a decision of the Supreme Court of the United States. Spinoza was of "
        "Portuguese Jewish origin. Greek Catholic: 156,063."
    )
    spans = [
        ("ORG", "Supreme Court"),
        ("LOC", "United States"),
        ("PER", "Spinoza"),
        ("MISC", "Portuguese Jewish"),
        ("MISC", "Greek Catholic"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"PT": 1}


def test_a_country_read_as_a_person_after_a_preposition_is_the_country(monkeypatch):
    """ "King of England from 1016, of Denmark from 1018": the second read as a person is the
    country, and so is one after a point of the compass ("the dialects of western Norway");
    but not a name people bear ("a letter to Jordan")."""
    text = (
        "He was King of England from 1016, of Denmark from 1018. He wrote a letter to Jordan. "
        "It is close to the dialects of western Norway."
    )
    spans = [("LOC", "England"), ("PER", "Denmark"), ("PER", "Jordan"), ("PER", "Norway")]
    assert _countries_given_names(monkeypatch, text, spans) == {"GB": 1, "DK": 1, "NO": 1}


def test_a_country_in_a_time_or_under_a_park_read_as_one_place_is_the_country(monkeypatch):
    """ "Nazi Germany" is Germany, "Soviet Ukraine" Ukraine, and "the Aconcagua Provincial Park
    of Argentina" lies in Argentina (and "the North Island of New Zealand" in New Zealand, "the
    Lake District of England" in the United Kingdom, and so do republics, rainforests,
    highlands "of" or "in" a country); "the Gulf of Mexico" and "the Bank of Japan" are names
    of their own."""
    text = (
        "After fleeing Nazi Germany she settled in the Aconcagua Provincial Park of Argentina, "
        "far from the Gulf of Mexico and the Bank of Japan, then on the North Island of New "
        "Zealand. She died in the Lake District of England. Soviet Ukraine mourned, and so "
        "did the Sakha Republic of Russia. The Mbuti live in the Ituri Rainforest in the "
        "Democratic Republic of the Congo. Yasuní lies in the Amazon rainforest of Ecuador, "
        "Da Lat in the Central Highlands of Vietnam."
    )
    spans = [
        ("MISC", "Nazi Germany"),
        ("LOC", "Aconcagua Provincial Park of Argentina"),
        ("LOC", "Gulf of Mexico"),
        ("ORG", "Bank of Japan"),
        ("LOC", "North Island of New Zealand"),
        ("LOC", "Lake District of England"),
        ("LOC", "Soviet Ukraine"),
        ("LOC", "Sakha Republic of Russia"),
        ("ORG", "Ituri Rainforest in the Democratic Republic of the Congo"),
        ("LOC", "Amazon rainforest of Ecuador"),
        ("LOC", "Central Highlands of Vietnam"),
    ]
    expected = {"DE": 1, "AR": 1, "NZ": 1, "GB": 1, "UA": 1, "RU": 1, "CD": 1, "EC": 1, "VN": 1}
    assert _countries_given_names(monkeypatch, text, spans) == expected


def test_a_country_read_with_a_date_after_it_is_the_country(monkeypatch):
    """ "The general election in Bolivia of 18 December 2005", read as one organisation, names
    Bolivia; "the Bank of Japan" does not."""
    text = (
        "The election in Bolivia of 18 December 2005 and in Peru of 2006 moved the Bank of Japan."
    )
    spans = [
        ("ORG", "Bolivia of 18 December 2005"),
        ("ORG", "Peru of 2006"),
        ("ORG", "Bank of Japan"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"BO": 1, "PE": 1}


def test_a_town_in_a_country_read_as_one_name_names_the_country(monkeypatch):
    """ "Lurgan in Northern Ireland", read as one organisation, is a town in the United
    Kingdom; "Riots in Singapore" and "Nancy in London" are names of their own, as WikiANN
    tags them."""
    text = "She was born in Lurgan in Northern Ireland. Riots in Singapore; Nancy in Peru."
    spans = [
        ("ORG", "Lurgan in Northern Ireland"),
        ("ORG", "Riots in Singapore"),
        ("LOC", "Nancy in Peru"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"GB": 1}


def test_a_gulf_named_after_a_country_is_no_mention_of_it(monkeypatch):
    """ "the Gulf of Finland", even where the model parts it into two places, names the gulf
    ("Peterhof ... on the Gulf of Finland, west of Saint Petersburg in Russia")."""
    text = "Peterhof lies on the Gulf of Finland, west of Saint Petersburg in Russia."
    spans = [("LOC", "Gulf"), ("LOC", "Finland"), ("LOC", "Saint Petersburg"), ("LOC", "Russia")]
    assert _countries_given_names(monkeypatch, text, spans) == {"RU": 1}


def test_a_plain_or_a_region_of_a_country_read_as_one_place_is_in_it(monkeypatch):
    """ "the Kantō plain of Japan" and "the Kurdistan region of Iraq", read as one place each,
    lie in Japan and Iraq."""
    text = "It struck the Kantō plain of Japan. Oil was found in the Kurdistan region of Iraq."
    spans = [("LOC", "Kantō plain of Japan"), ("LOC", "Kurdistan region of Iraq")]
    assert _countries_given_names(monkeypatch, text, spans) == {"JP": 1, "IQ": 1}


def test_a_persons_country_after_of_counts_though_read_as_one_organisation(monkeypatch):
    """ "Nikolay Kirov of the Soviet Union", read as one organisation, is a runner and his
    country (a surname that names a town too: Kirov)."""
    text = "Ovett won, Coe was second and Nikolay Kirov of the Soviet Union third."
    spans = [("PER", "Ovett"), ("PER", "Coe"), ("ORG", "Nikolay Kirov of the Soviet Union")]
    assert _countries_given_names(monkeypatch, text, spans) == {"RU": 1}


def test_a_country_under_a_dynasty_is_the_country(monkeypatch):
    """ "Joseon Korea", "Qing China" and "Mughal India" are the countries, read as one place or
    not (China and India being words that a name may hold too: "Michael Jordan")."""
    text = "Gojong was king of Joseon Korea. Silk came from Qing China and from Mughal India."
    spans = [("ORG", "Joseon Korea"), ("ORG", "Qing China"), ("LOC", "Mughal India")]
    assert _countries_given_names(monkeypatch, text, spans) == {"KR": 1, "CN": 1, "IN": 1}


@pytest.mark.parametrize(
    "change, forms",
    [(str.lower, {"ingrid solberg", "solberg"}), (str.upper, {"INGRID SOLBERG", "SOLBERG"})],
)
def test_text_in_one_case_still_has_people_and_countries(article_path, change, forms):
    """A chat log without capitals, or a telegram in capitals: names and countries are still
    found, at the right offsets, and names are shown as names are written ("Ingrid
    Solberg"); text in capitals is read both as capitals and in lower case."""
    document = document_from_text(change(article_path.read_text(encoding="utf-8")))
    found = extract_entities(document)
    people = {p.name: p for p in found.people}
    assert {"Ingrid Solberg", "Lucia Fernandez"} <= set(people)
    assert {c.code for c in found.countries} == {"CL", "PE", "NO"}
    for entity in [*found.people, *found.countries]:
        for start, end in entity.mentions:
            assert document.text[start:end] == change(document.text[start:end])
    solberg = people["Ingrid Solberg"]
    assert {document.text[a:b] for a, b in solberg.mentions} == forms
    assert solberg.count == 3


def test_in_lower_case_a_given_name_of_another_country_is_read():
    """Text without capitals offers the model the words the name lists know: the given names
    of other countries among them ("girolamo", which the Census lacks)."""
    text = (
        "yesterday girolamo frescobaldi and stanislas wawrinka met in geneva. "
        "the talks went well, said girolamo frescobaldi."
    )
    people = {p.name: p.count for p in extract_entities(document_from_text(text)).people}
    assert people.get("Girolamo Frescobaldi") == 2


def test_in_lower_case_a_name_after_a_title_is_read_though_no_list_knows_it():
    """Text without capitals offers the model only the words that the name lists know, and
    the word after a title: "mr. tuomo vaskelainen", "president ilham aliyev", "coach arvo
    kallio" (none of those names is in the lists)."""
    text = (
        "on monday, mr. tuomo vaskelainen told reporters the plan would go ahead.\n\n"
        "president ilham aliyev spoke to the press in baku.\n\n"
        "coach arvo kallio said his team had played well.\n"
    )
    found = extract_entities(document_from_text(text))
    assert [p.name for p in found.people] == ["Tuomo Vaskelainen", "Ilham Aliyev", "Arvo Kallio"]


def test_in_lower_case_a_given_name_before_an_unknown_word_is_a_person():
    """What the model leaves out of text in lower case: a given name the lists know and a
    word they do not ("jack kemp"), but for a country's or a place's name ("hong kong"), a
    word the clusters know in lower case ("hazel hue"), another given name ("marry julie")
    and a given name that the text mostly uses as an ordinary word ("rich barton")."""
    from reader_app.core.lower_case_names import with_given_name_pairs

    text = (
        "former vice presidential candidate jack kemp's plan was read in ohio. her eyes had "
        "a hazel hue. in hong kong we waited. marry julie? the rich man and the rich woman "
        "met rich barton."
    )
    pairs = with_given_name_pairs(text, [])
    assert [(text[p.start : p.end], p.tokens) for p in pairs] == [("jack kemp", ("jack", "kemp"))]
    found = extract_entities(document_from_text(text + " kemp said so.\n"))
    assert {p.name: p.count for p in found.people}["Jack Kemp"] == 2


def test_in_lower_case_a_given_name_of_another_country_opens_a_pair():
    """ "klaus", which the Census lacks and the given names of other countries hold, opens a
    person's name in lower case as "jack" does."""
    from reader_app.core.lower_case_names import with_given_name_pairs

    text = "german foreign minister klaus kinkel met reporters in bonn."
    pairs = with_given_name_pairs(text, [])
    assert [text[p.start : p.end] for p in pairs] == ["klaus kinkel"]


def test_in_lower_case_a_given_name_that_is_an_everyday_word_opens_a_pair_after_an_office():
    """ "bill", an everyday word the given names leave out, opens a name after an office's
    title ("president bill clinton"), not elsewhere ("the bill clinton signed")."""
    from reader_app.core.lower_case_names import with_given_name_pairs

    text = "president bill clintock ordered strikes. the senate passed the bill clintock signed."
    pairs = with_given_name_pairs(text, [])
    assert [(p.start, text[p.start : p.end]) for p in pairs] == [(10, "bill clintock")]


def test_in_lower_case_an_initial_before_an_unknown_word_is_a_person():
    """A scorecard or a team's list in lower case names its players by an initial and a
    surname ("m. gatting"), which the model reads only in capitals; not an everyday word
    ("a. introduction"), nor the last letter of an abbreviation ("the u.s. navy"), nor
    versus in a case's name ("roe v. wade")."""
    from reader_app.core.lower_case_names import with_given_name_pairs

    text = (
        "middlesex: m. gatting c hegg b such 12, a. dale not out 40.\n\n"
        "a. introduction. the u.s. navy sailed in roe v. wade.\n"
    )
    pairs = with_given_name_pairs(text, [])
    assert [text[p.start : p.end] for p in pairs] == ["m. gatting", "a. dale"]
    found = extract_entities(document_from_text(text))
    assert [p.name for p in found.people] == ["M. Gatting", "A. Dale"]


def test_in_lower_case_a_ranked_or_numbered_name_of_unknown_words_is_a_person():
    """Results and line-ups in lower case rank or number their people ("5. tegla loroupe
    (kenya) 15:08.79", "4 - hakan unsal (14 - sergen yalcin, 57th)"); not a city's club
    ("2. bayern munich (germany)") nor a list of everyday things ("1. buy milk,")."""
    from reader_app.core.lower_case_names import with_given_name_pairs

    text = (
        "women's 5,000 metres:\n5. tegla loroupe (kenya) 15:08.79\n"
        "turkey - 1 - rustu recber, 4 - hakan unsal (14 - sergen yalcin, 57th).\n"
        "2. bayern munich (germany) 3\n1. buy milk, 2. call the bank\n"
    )
    pairs = with_given_name_pairs(text, [])
    assert [text[p.start : p.end] for p in pairs] == [
        "tegla loroupe",
        "rustu recber",
        "hakan unsal",
        "sergen yalcin",
    ]


def test_in_capitals_a_persons_name_read_in_lower_case_completes_the_capitals_reading():
    """Text in capitals is read twice. A person of the reading in lower case replaces the
    shorter names of the reading in capitals inside it ("HUN", cut before "SEN" as a title's
    abbreviation), unless the words it adds are ordinary ("yesterday darnell hurt"); and a word
    only the reading in capitals took for an organisation is a person where a person's name
    holds it."""
    from reader_app.core.entities import _both_readings
    from reader_app.core.ner.model import NameSpan

    text = "PRIME MINISTER HUN SEN SPOKE. HUN SEN SAID SO. YESTERDAY DARNELL HURT AGREED."

    def at(kind: str, words: str, after: int = 0) -> NameSpan:
        start = text.index(words, after)
        return NameSpan(kind, start, start + len(words), tuple(words.split()))

    def lower(name: NameSpan) -> NameSpan:
        return NameSpan(name.kind, name.start, name.end, tuple(t.lower() for t in name.tokens))

    second = text.index("HUN SEN SAID")
    in_capitals = [at("PER", "HUN"), at("ORG", "HUN", second), at("PER", "DARNELL HURT")]
    in_lower_case = [lower(at("PER", "HUN SEN")), lower(at("PER", "YESTERDAY DARNELL HURT"))]
    both = _both_readings(in_capitals, in_lower_case)
    assert [(n.kind, " ".join(n.tokens)) for n in both] == [
        ("PER", "hun sen"),
        ("PER", "hun"),
        ("PER", "darnell hurt"),
    ]


def test_in_capitals_a_country_word_inside_a_longer_name_is_no_mention():
    """Text in capitals is read again in lower case, where "american league" has lost what
    held it together; the reading in capitals still knows it is one name. But a country
    after a mark that parts two names, or after "of", counts."""
    from reader_app.core.entities import _outside_longer_names
    from reader_app.core.ner.model import NameSpan

    text = "AMERICAN LEAGUE: DAVIDSON EZINWA (NIGERIA) BEAT THE KING OF SPAIN IN FRANCE."

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    def name(kind: str, words: str) -> NameSpan:
        return NameSpan(kind, *span(words), tuple(words.split()))

    read = [
        name("MISC", "AMERICAN LEAGUE"),
        name("ORG", "DAVIDSON EZINWA (NIGERIA"),
        name("ORG", "KING OF SPAIN"),
        name("LOC", "FRANCE"),
    ]
    found = {
        "US": [span("AMERICAN")],
        "NG": [span("NIGERIA")],
        "ES": [span("SPAIN")],
        "FR": [span("FRANCE")],
    }
    kept = _outside_longer_names(text.lower(), found, read)
    assert kept == {code: spans for code, spans in found.items() if code != "US"}


def test_lower_case_names_get_capitals_but_not_their_everyday_words():
    from reader_app.core.entities import _capitalised
    from reader_app.core.ner.model import NameSpan

    text = "then mary of london wrote to france."
    start = text.index("mary")
    name = NameSpan("PER", start, start + len("mary of london"), ("mary", "of", "london"))
    cased, names = _capitalised(text, [name])
    assert cased == "then Mary of London wrote to France."
    assert names[0].tokens == ("Mary", "of", "London")


def test_lower_case_names_with_apostrophes_and_hyphens_keep_their_offsets(monkeypatch):
    """ "o'neill" and "tse-tung" are one token each: the capitalised text and the tokens
    must agree, or the mentions lose their offsets."""
    from model_names import name_spans

    from reader_app.core import entities

    text = "keith o'neill met mao tse-tung. later keith o'neill left."
    spans = [("PER", "keith o'neill"), ("PER", "mao tse-tung"), ("PER", "keith o'neill")]
    monkeypatch.setattr(entities, "find_names", lambda text, *rest, **kw: name_spans(text, spans))
    document = document_from_text(text)
    found = {p.name: p.mentions for p in entities.extract_entities(document).people}
    assert set(found) == {"Keith O'neill", "Mao Tse-tung"}
    assert [document.text[a:b] for a, b in found["Keith O'neill"]] == ["keith o'neill"] * 2
    assert [document.text[a:b] for a, b in found["Mao Tse-tung"]] == ["mao tse-tung"]


@pytest.mark.parametrize("text", ["", "hello there.", "it rained all day, and then it stopped."])
def test_a_text_without_names_has_no_people_and_no_countries(text):
    found = extract_entities(document_from_text(text))
    assert found.people == () and found.countries == ()


def test_a_country_after_a_forest_of_it_read_as_one_organisation_is_the_country(monkeypatch):
    """ "the Ituri Rainforest of the Democratic Republic of the Congo", read as one
    organisation, names the country as a park of it does (not "the Bank of France")."""
    text = (
        "The okapi lives in the Ituri Rainforest of the Democratic Republic of the Congo. "
        "He worked at the Bank of France."
    )
    spans = [
        ("ORG", "Ituri Rainforest of the Democratic Republic of the Congo"),
        ("ORG", "Bank of France"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"CD": 1}


def test_a_country_after_a_people_of_it_read_as_one_organisation_is_the_country(monkeypatch):
    """ "the Shuar people of Ecuador", read as one organisation, names the country (not "the
    Bank of France")."""
    text = (
        "Its heads were made by the Shuar people of Ecuador and Peru. He joined the Bank of France."
    )
    spans = [
        ("ORG", "Shuar people of Ecuador"),
        ("LOC", "Peru"),
        ("ORG", "Bank of France"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"EC": 1, "PE": 1}


def test_a_country_joined_by_a_dash_to_an_organisation_is_part_of_its_name(monkeypatch):
    """ "the Panama–California Exposition", which the tokens part at the dash, is an event's
    name (WikiANN keeps such names one token and tags them whole); two places so joined are
    both mentioned ("the Mexico–United States border")."""
    text = "It grew out of the Panama–California Exposition. The Mexico–United States border."
    spans = [
        ("LOC", "Panama"),
        ("ORG", "California Exposition"),
        ("LOC", "Mexico"),
        ("LOC", "United States"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"MX": 1, "US": 1}


def test_both_countries_of_a_name_joined_by_a_dash_are_part_of_it(monkeypatch):
    """ "the Polish–Lithuanian Commonwealth": the country after the dash, where the name goes
    on, is part of the name too; a country alone after two joined ones is mentioned ("the
    Mexico–United States border")."""
    text = (
        "It was adopted by the Sejm of the Polish–Lithuanian Commonwealth. The Mexico–United "
        "States border. The Chile–Peru Union fell; Peru later grew."
    )
    spans = [
        ("MISC", "Polish"),
        ("MISC", "Lithuanian"),
        ("ORG", "Commonwealth"),
        ("LOC", "Mexico"),
        ("LOC", "United States"),
        ("LOC", "Chile"),
        ("ORG", "Peru Union"),
        ("LOC", "Peru"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"MX": 1, "US": 1, "PE": 1}


def test_a_country_after_a_dynasty_of_is_mentioned(monkeypatch):
    """ "the Song dynasty of China", read as one organisation, names the country; "the Bank of
    China" does not."""
    text = "It defeated an invasion by the Song dynasty of China. He ran the Bank of China."
    spans = [("ORG", "Song dynasty of China"), ("ORG", "Bank of China")]
    assert _countries_given_names(monkeypatch, text, spans) == {"CN": 1}


def test_a_country_after_a_states_office_or_an_infanta_is_mentioned(monkeypatch):
    """ "the prime minister of Jordan", Jordan read as a person's name, is the country; so is
    Spain in "Infanta Eulalia of Spain", read as one organisation, as in "King Hassan of
    Morocco"; but "the poems of Jordan" name a poet."""
    text = (
        "He was the prime minister of Jordan from 1956. Infanta Eulalia of Spain visited "
        "Chicago. He read the poems of Jordan."
    )
    spans = [
        ("PER", "Jordan"),
        ("ORG", "Infanta Eulalia of Spain"),
        ("LOC", "Chicago"),
        ("PER", "Jordan"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"JO": 1, "ES": 1}


def test_a_bank_or_a_constitution_of_a_country_is_its_name_however_parted(monkeypatch):
    """ "The Bank of England", read as an organisation and a place, is the bank's name (the
    training sets tag all 24 "Bank of" names whole); "banks of England" are not."""
    text = "The Bank of England refused to save it. The banks of England failed."
    spans = [("ORG", "Bank"), ("LOC", "England"), ("LOC", "England")]
    assert _countries_given_names(monkeypatch, text, spans) == {"GB": 1}
    # and so is a constitution's: "the Constitution of Mexico" (as WikiANN tags "the
    # Constitution of South Africa")
    text = "The Constitution of Mexico was adopted in 1917. Mexico grew."
    spans = [("MISC", "Constitution"), ("LOC", "Mexico"), ("LOC", "Mexico")]
    assert _countries_given_names(monkeypatch, text, spans) == {"MX": 1}


def test_a_country_after_a_state_of_it_is_mentioned(monkeypatch):
    """ "the Kachin State of Myanmar", read as one place, names the country, as "the Aconcagua
    Provincial Park of Argentina" does."""
    text = "The finest comes from Hpakant, in the Kachin State of Myanmar."
    spans = [("LOC", "Hpakant"), ("LOC", "Kachin State of Myanmar")]
    assert _countries_given_names(monkeypatch, text, spans) == {"MM": 1}


def test_a_country_that_is_a_party_to_a_law_case_is_not_mentioned(monkeypatch):
    """ "Schenck v. United States", a case's name (the training sets tag all 7 names beside
    "v." a case's); but a match's result, written with "v" alone, names its teams' countries
    ("England v Pakistan")."""
    text = "Schenck v. United States is a decision of 1919. England v Pakistan was drawn."
    spans = [("PER", "Schenck"), ("LOC", "United States"), ("LOC", "England"), ("LOC", "Pakistan")]
    assert _countries_given_names(monkeypatch, text, spans) == {"GB": 1, "PK": 1}


def test_countries_whose_names_open_with_a_capital_with_a_mark_are_found():
    """ "Éire" (Ireland's name in its constitution) and "the Åland Islands": the index of
    capitalised words holds Latin capitals with marks, not only A to Z."""
    text = "It named the state Éire in 1937. The Åland Islands belong to Finland."
    assert _codes(text) == ["IE", "AX", "FI"]


def test_a_planet_after_its_parts_or_a_missions_words_is_no_person(monkeypatch):
    """ "the moons of Mars", "a probe to Venus", "on its way to Saturn": the planet, not the
    god, wherever the model read a person; but "the god Jupiter" is one."""
    from model_names import name_spans

    from reader_app.core import entities

    text = (
        "Doom was designed by John Romero.\nIts player, a space marine, fights the demons of "
        "Hell on the moons of Mars.\nThe legion prayed to the god Jupiter.\nIn 1961 the first "
        "probe to Venus failed.\nLater a spacecraft flew past it on its way to Saturn."
    )
    spans = [
        ("PER", "John Romero"),
        ("ORG", "Hell"),
        ("PER", "Mars"),
        ("PER", "Jupiter"),
        ("PER", "Venus"),
        ("PER", "Saturn"),
    ]
    monkeypatch.setattr(entities, "find_names", lambda text, *rest, **kw: name_spans(text, spans))
    found = entities.extract_entities(document_from_text(text))
    assert [p.name for p in found.people] == ["John Romero", "Jupiter"]


def test_a_people_word_before_a_title_and_a_name_read_as_one_is_the_country(monkeypatch):
    """ "American President Barack Obama", read as one person, names the United States (CoNLL
    tags the people's word apart); "Norwegian Premier League" is a league's name."""
    text = "American President Barack Obama met them. He won the Norwegian Premier League."
    spans = [("PER", "American President Barack Obama"), ("ORG", "Norwegian Premier League")]
    assert _countries_given_names(monkeypatch, text, spans) == {"US": 1}


def test_a_country_after_the_alps_of_is_the_country(monkeypatch):
    """ "a mountain pass in the Alps of Switzerland", read as one place, names the country, as
    "the Aconcagua Provincial Park of Argentina" does."""
    text = "The Simplon Pass is a mountain pass in the Alps of Switzerland."
    spans = [("LOC", "Simplon Pass"), ("LOC", "Alps of Switzerland")]
    assert _countries_given_names(monkeypatch, text, spans) == {"CH": 1}


def test_a_rulers_title_a_name_and_of_a_country_read_as_one_names_the_country(monkeypatch):
    """ "King Edward VII of the United Kingdom", read as one organisation, names the country,
    as CoNLL tags "King Hassan of Morocco" (4 of 4 such names in CoNLL train); not a building
    "of" one ("the State House of the Gambia")."""
    text = "He was the son of King Edward VII of the United Kingdom. He met at the State House of the Gambia."
    spans = [("ORG", "King Edward VII of the United Kingdom"), ("ORG", "State House of the Gambia")]
    assert _countries_given_names(monkeypatch, text, spans) == {"GB": 1}


def test_a_longer_rulers_title_a_name_and_of_a_country_names_the_country(monkeypatch):
    """ "Crown Princess Victoria of Sweden", read as one organisation, is a person and her
    country, as "King Hassan of Morocco" is; "the Crown Estate of Scotland" names no one."""
    text = "She met Crown Princess Victoria of Sweden and saw the Crown Estate of Scotland."
    spans = [("ORG", "Crown Princess Victoria of Sweden"), ("ORG", "Crown Estate of Scotland")]
    assert _countries_given_names(monkeypatch, text, spans) == {"SE": 1}


def test_monaco_read_as_an_organisation_in_a_match_is_the_club(monkeypatch):
    """ "Porto beat Monaco 3-0": AS Monaco, which the model reads as an organisation; "held in
    Monaco", however read, is the country."""
    text = "Porto beat Monaco 3-0 in the final. The race is held in Monaco each May."
    spans = [("ORG", "Porto"), ("ORG", "Monaco"), ("ORG", "Monaco")]
    assert _countries_given_names(monkeypatch, text, spans) == {"MC": 1}


def test_the_basque_country_of_spain_read_as_one_place_is_in_spain(monkeypatch):
    """ "the Basque Country of Spain", read as one place, lies in Spain."""
    text = "Arzak is a restaurant in the Basque Country of Spain."
    spans = [("PER", "Arzak"), ("LOC", "Basque Country of Spain")]
    assert _countries_given_names(monkeypatch, text, spans) == {"ES": 1}


def test_a_country_after_a_regiments_or_a_churchs_of_is_part_of_its_name(monkeypatch):
    """ "the Royal Regiment of Scotland" and "the Church of England", however the model parts
    them, name bodies, as the training sets tag them whole; "a war in Scotland" names the
    country."""
    text = "It joined the Royal Regiment of Scotland and the Church of England. War in Scotland."
    spans = [("PER", "Royal Regiment"), ("LOC", "Scotland"), ("ORG", "Church"), ("LOC", "England")]
    spans.append(("LOC", "Scotland"))
    assert _countries_given_names(monkeypatch, text, spans) == {"GB": 1}


def test_a_country_ending_a_title_read_in_two_is_no_mention(monkeypatch):
    """ "David Lean's A Passage | to India", read as a person and a place, is a film's title;
    "sent by Clinton to India" and "the Ambassador to Iraq" name the countries."""
    text = "He made A Passage to India. Aid was sent by Clinton to India. The Ambassador to Iraq."
    spans = [("PER", "A Passage"), ("LOC", "India"), ("PER", "Clinton"), ("LOC", "India")]
    spans += [("ORG", "Ambassador"), ("LOC", "Iraq")]
    assert _countries_given_names(monkeypatch, text, spans) == {"IN": 1, "IQ": 1}


def test_a_country_after_a_tribunal_for_the_former_is_part_of_its_name(monkeypatch):
    """ "the International Criminal Tribunal for the former Yugoslavia", however parted, is a
    body's name, as WikiANN tags it whole; "a member of the European Parliament for Slovakia"
    names the country."""
    text = (
        "She was prosecutor of the International Criminal Tribunal for the former Yugoslavia. "
        "He was a member of the European Parliament for Slovakia."
    )
    spans = [("ORG", "International Criminal Tribunal"), ("LOC", "Yugoslavia")]
    spans += [("ORG", "European Parliament"), ("LOC", "Slovakia")]
    assert _countries_given_names(monkeypatch, text, spans) == {"SK": 1}


def test_a_country_before_a_comma_and_a_state_of_the_united_states_is_a_town(monkeypatch):
    """ "San Marino, California" and "Lebanon, Ohio, and was" are towns of the United States;
    "found in Mexico, California, Arizona" lists the country among places."""
    text = (
        "It hangs at San Marino, California. He moved to Lebanon, Ohio, and was a lawyer. "
        "It is found in Mexico, California, Arizona and Texas."
    )
    spans = [("LOC", "San Marino"), ("LOC", "California"), ("LOC", "Lebanon"), ("LOC", "Ohio")]
    spans += [("LOC", "Mexico"), ("LOC", "California"), ("LOC", "Arizona"), ("LOC", "Texas")]
    assert _countries_given_names(monkeypatch, text, spans) == {"MX": 1}


def test_the_first_of_two_peoples_naming_one_body_is_part_of_its_name(monkeypatch):
    """ "the British and | Irish Lions", read as a people and an organisation, is a team's
    name; "the Russian and | French Emperors" are two countries' rulers."""
    text = "He toured with the British and Irish Lions. The Russian and French Emperors met."
    spans = [("MISC", "British"), ("ORG", "Irish Lions"), ("MISC", "Russian")]
    spans.append(("ORG", "French Emperors"))
    assert _countries_given_names(monkeypatch, text, spans) == {"RU": 1}


def test_a_royals_name_read_whole_holds_no_mention_of_the_country(monkeypatch):
    """ "Isabella of Portugal", read as one person's name, is a royal's name, as the training
    sets tag such names whole; "Woodrow Wilson of the United States" is where he is from."""
    text = "He married Isabella of Portugal. Woodrow Wilson of the United States came."
    spans = [("PER", "Isabella of Portugal"), ("PER", "Woodrow Wilson of the United States")]
    assert _countries_given_names(monkeypatch, text, spans) == {"US": 1}


def test_a_country_word_after_a_combining_form_and_a_spaced_hyphen_is_no_mention(monkeypatch):
    """ "an Anglo - Irish engineer", its hyphen spaced, is one word, as "Anglo-Irish" is,
    which names no country; "He was Irish" names Ireland."""
    text = "He was an Anglo - Irish engineer. Later he was Irish."
    spans = [("MISC", "Anglo"), ("MISC", "Irish"), ("MISC", "Irish")]
    assert _countries_given_names(monkeypatch, text, spans) == {"IE": 1}


def test_georgia_joined_to_a_state_of_the_united_states_is_the_state(monkeypatch):
    """ "north to Florida and Georgia", "Georgia and South Carolina" name the state; "the
    war in Georgia" names the country."""
    text = (
        "It moved north to Florida and Georgia. Georgia and South Carolina voted. War in Georgia."
    )
    spans = [("LOC", "Florida"), ("LOC", "Georgia"), ("LOC", "Georgia"), ("LOC", "South Carolina")]
    spans.append(("LOC", "Georgia"))
    assert _countries_given_names(monkeypatch, text, spans) == {"GE": 1}


def test_a_country_after_river_names_the_river(monkeypatch):
    """ "he reached the river Niger" names the river; "he went to Niger" the country."""
    text = "He reached the river Niger and saw it flow east. Later he went to Niger."
    spans = [("LOC", "Niger"), ("LOC", "Niger")]
    assert _countries_given_names(monkeypatch, text, spans) == {"NE": 1}


def test_the_city_of_a_countrys_name_is_the_city(monkeypatch):
    """ "he rebuilt the city of Benin" names the city (Benin City); "the second city of Peru"
    and "the oba of Benin" name the country."""
    text = "He rebuilt the city of Benin. Arequipa is the second city of Peru. He was oba of Benin."
    spans = [("LOC", "Benin"), ("LOC", "Arequipa"), ("LOC", "Peru"), ("LOC", "Benin")]
    assert _countries_given_names(monkeypatch, text, spans) == {"PE": 1, "BJ": 1}


def test_a_peoples_word_opening_a_colonys_or_a_buildings_name_is_no_mention(monkeypatch):
    """ "the Rocky Mountains of British North America" (read as one organisation) and "a
    Chinese Tower with a beer garden" name no country; "the Ituri Rainforest of Uganda"
    names one."""
    text = (
        "It explored the Rocky Mountains of British North America. It holds a Chinese Tower "
        "with a beer garden. They saw the Ituri Rainforest of Uganda."
    )
    spans = [
        ("ORG", "Rocky Mountains of British North America"),
        ("MISC", "Chinese"),
        ("ORG", "Ituri Rainforest of Uganda"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"UG": 1}


def test_a_state_named_as_a_party_to_a_law_case_is_no_mention(monkeypatch):
    """ "Maneka Gandhi v. Union of India" names a party to a case; "the passport office of
    India" names the country."""
    text = "Maneka Gandhi v. Union of India was decided in 1978. The passport office of India."
    spans = [("PER", "Maneka Gandhi v. Union"), ("LOC", "India"), ("LOC", "India")]
    assert _countries_given_names(monkeypatch, text, spans) == {"IN": 1}


def test_a_saint_read_as_a_person_and_described_as_one_is_no_island(monkeypatch):
    """ "founded by Saint | Helena, the mother of the emperor" names the saint; "Napoleon died
    on Saint | Helena" and "Saint | Lucia is an island country", read so too, the countries."""
    text = (
        "It was founded by Saint Helena, the mother of the emperor. Napoleon died on Saint "
        "Helena. Saint Lucia is an island country."
    )
    spans = [("PER", "Helena"), ("PER", "Napoleon"), ("PER", "Helena"), ("PER", "Lucia")]
    assert _countries_given_names(monkeypatch, text, spans) == {"SH": 1, "LC": 1}


def test_a_list_heading_of_an_office_in_the_plural_names_the_country(monkeypatch):
    """ "Prime Ministers of New Zealand since 1984:", read as one organisation, names the
    country as "Prime Minister of New Zealand" does; "the Royal Society of Canada" does not."""
    text = "Prime Ministers of New Zealand since 1984:\nThe Royal Society of Canada met."
    spans = [("ORG", "Prime Ministers of New Zealand"), ("ORG", "Royal Society of Canada")]
    assert _countries_given_names(monkeypatch, text, spans) == {"NZ": 1}


def test_a_peoples_word_before_a_faith_read_as_an_organisation_is_the_country(monkeypatch):
    """ "a Vietnamese Buddhist monk", read as one organisation, names Vietnam, as "of
    Portuguese Jewish origin" read as one name names Portugal."""
    text = "He was a Vietnamese Buddhist monk."
    assert _countries_given_names(monkeypatch, text, [("ORG", "Vietnamese Buddhist")]) == {"VN": 1}


def test_a_body_read_as_a_person_holds_no_country(monkeypatch):
    """ "the Communist Party of Great Britain", read as one person, is a body, as is "the
    Order of Australia"; "Woodrow Wilson of the United States" is where he is from."""
    text = (
        "It was the paper of the Communist Party of Great Britain. He was made a Member of the "
        "Order of Australia. Woodrow Wilson of the United States came."
    )
    spans = [
        ("PER", "Communist Party of Great Britain"),
        ("PER", "Order of Australia"),
        ("PER", "Woodrow Wilson of the United States"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"US": 1}


def test_a_peoples_word_before_an_orders_read_as_one_name_is_the_country(monkeypatch):
    """ "a Portuguese Jesuit missionary", read as one name, names Portugal, as "of
    Portuguese Jewish origin" does."""
    text = "He was a Portuguese Jesuit missionary."
    assert _countries_given_names(monkeypatch, text, [("MISC", "Portuguese Jesuit")]) == {"PT": 1}


def test_a_cape_of_a_country_read_as_one_place_names_the_country(monkeypatch):
    """ "the Eastern Cape of South Africa", read as one place, names South Africa, as "the
    Kurdistan region of Iraq" names Iraq."""
    text = "It is a university in Alice, in the Eastern Cape of South Africa."
    spans = [("LOC", "Alice"), ("LOC", "Eastern Cape of South Africa")]
    assert _countries_given_names(monkeypatch, text, spans) == {"ZA": 1}


def test_a_peoples_word_before_a_machines_model_names_the_country(monkeypatch):
    """ "an American B-52 bomber", read as one organisation, names the United States; "China
    U-17", a side of young players, names no country."""
    text = "He shot down an American B-52 bomber. They beat China U-17 at home."
    spans = [("ORG", "American B-52"), ("ORG", "China U-17")]
    assert _countries_given_names(monkeypatch, text, spans) == {"US": 1}


def test_a_force_sent_to_a_country_is_no_titles_end(monkeypatch):
    """ "the South African Native Labour Corps to France" names France: a force sent there,
    not a title's end like "A Passage to India"; "Delegation of the European Union to Canada"
    is an office's name, and names no country."""
    text = (
        "She carried men of the South African Native Labour Corps to France. He headed the "
        "Delegation of the European Union to Canada."
    )
    spans = [
        ("ORG", "South African Native Labour Corps"),
        ("LOC", "France"),
        ("ORG", "Delegation of the European Union"),
        ("LOC", "Canada"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"FR": 1}


def test_a_country_before_in_the_and_a_sea_names_the_country(monkeypatch):
    """ "an island of Japan in the Sea of Japan", read as one organisation, names Japan once;
    "Belgium in the Eurovision Song Contest", tagged whole as WikiANN tags it, names none."""
    text = (
        "Sado is an island of Japan in the Sea of Japan. "
        "Belgium in the Eurovision Song Contest is a list."
    )
    spans = [
        ("ORG", "Japan in the Sea of Japan"),
        ("LOC", "Belgium in the Eurovision Song Contest"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"JP": 1}


def test_a_country_after_the_read_as_a_person_is_the_country(monkeypatch):
    """ "sailors of the Maldives", read as a person, names the Maldives: no one's name stands
    after "the"; but "the Jordan", a name people bear, stays the model's."""
    text = "The sailors of the Maldives thought so. He was baptised in the Jordan by John."
    spans = [("PER", "Maldives"), ("PER", "Jordan"), ("PER", "John")]
    assert _countries_given_names(monkeypatch, text, spans) == {"MV": 1}


def test_a_peoples_word_after_the_inside_a_sentence_opens_a_title(monkeypatch):
    """ "known for The Egyptian (1945)", a novel, names no country; "the Egyptian army", in
    lower case, names Egypt."""
    text = "He is best known for The Egyptian (1945), a novel. Later the Egyptian army came."
    spans = [("MISC", "Egyptian"), ("MISC", "Egyptian")]
    assert _countries_given_names(monkeypatch, text, spans) == {"EG": 1}


def test_countries_listed_with_commas_and_read_as_one_name_are_named(monkeypatch):
    """ "Malaysia, Singapore and Indonesia", read as one organisation, names the three."""
    text = "Laksa is a noodle soup of Malaysia, Singapore and Indonesia."
    spans = [("ORG", "Malaysia, Singapore and Indonesia")]
    assert _countries_given_names(monkeypatch, text, spans) == {"MY": 1, "SG": 1, "ID": 1}


def test_a_given_name_before_an_institutions_word_opens_no_persons_name(monkeypatch):
    """ "the United States Marine Corps" names no country: "Marine Corps" is no person named
    after a people's word, as "Mexican Ariel Cruz" is."""
    text = "It was used by the United States Marine Corps. The little-known Mexican Ariel Cruz won."
    spans = [("ORG", "United States Marine Corps"), ("MISC", "Mexican Ariel Cruz")]
    assert _countries_given_names(monkeypatch, text, spans) == {"MX": 1}


def test_a_peoples_word_before_grand_prix_names_an_event_not_the_country(monkeypatch):
    """ "the Swiss | Grand Prix of 1952", read as two names, names no country; "a Swiss
    driver" does; nor does a country's name the model read as a place before "Grand Prix":
    "the United States | Grand Prix"."""
    text = "He won the Swiss Grand Prix of 1952. He was a Swiss driver."
    spans = [("MISC", "Swiss"), ("MISC", "Grand Prix"), ("MISC", "Swiss")]
    assert _countries_given_names(monkeypatch, text, spans) == {"CH": 1}
    text = "Fittipaldi won the United States Grand Prix. He later raced in the United States."
    spans = [("LOC", "United States"), ("MISC", "Grand Prix"), ("LOC", "United States")]
    assert _countries_given_names(monkeypatch, text, spans) == {"US": 1}


def test_a_country_after_a_wars_name_read_as_one_is_named(monkeypatch):
    """ "During the Second World War Britain and the Soviet Union used it", a comma left out
    and the war and the country read as one name, names Britain; so does a meeting's name:
    "At the Washington Naval Conference Japan insisted"."""
    text = "During the Second World War Britain and the Soviet Union used it."
    spans = [("ORG", "Second World War Britain"), ("LOC", "Soviet Union")]
    assert _countries_given_names(monkeypatch, text, spans) == {"GB": 1, "RU": 1}
    text = "At the Washington Naval Conference Japan insisted on keeping her."
    spans = [("ORG", "Washington Naval Conference Japan")]
    assert _countries_given_names(monkeypatch, text, spans) == {"JP": 1}


def test_a_country_named_after_a_kind_of_ship_is_the_ship(monkeypatch):
    """ "rescued by the gunboat Uruguay of the navy of Argentina" names Argentina only; "the
    liner United States" is a ship too."""
    text = "They were rescued by the gunboat Uruguay of the navy of Argentina."
    spans = [("LOC", "Uruguay"), ("LOC", "Argentina")]
    assert _countries_given_names(monkeypatch, text, spans) == {"AR": 1}


def test_a_thing_named_for_a_country_names_no_country(monkeypatch):
    """ "Guinea worm disease", "Brazil nuts" and "a Panama hat" name no country, while the
    countries beside them do."""
    text = "Guinea worm disease is rare. Brazil nuts grow in Peru. A Panama hat comes from Ecuador."
    spans = [("LOC", "Guinea"), ("LOC", "Brazil"), ("LOC", "Peru"), ("LOC", "Panama")]
    spans += [("LOC", "Ecuador")]
    assert _countries_given_names(monkeypatch, text, spans) == {"PE": 1, "EC": 1}


def test_dominican_before_an_orders_word_names_the_order_not_the_country(monkeypatch):
    """ "He fled to Japan with Dominican missionaries" names Japan only, and "the Dominican
    Republic" the country."""
    text = "He fled to Japan with Dominican missionaries. He died in the Dominican Republic."
    spans = [("LOC", "Japan"), ("MISC", "Dominican"), ("LOC", "Dominican Republic")]
    assert _countries_given_names(monkeypatch, text, spans) == {"JP": 1, "DO": 1}


def test_a_bodys_name_that_a_countrys_name_opens_names_no_country(monkeypatch):
    """ "Australia Zoo is a zoo at Beerwah", the model reading only "Australia", names no
    country; "He flew Kenya Airways to Kenya" names Kenya once."""
    text = "Australia Zoo is a zoo at Beerwah, in Queensland."
    spans = [("LOC", "Australia"), ("LOC", "Beerwah"), ("LOC", "Queensland")]
    assert _countries_given_names(monkeypatch, text, spans) == {}
    text = "He flew Kenya Airways to Kenya."
    spans = [("LOC", "Kenya"), ("LOC", "Kenya")]
    assert _countries_given_names(monkeypatch, text, spans) == {"KE": 1}


def test_a_country_after_a_team_in_the_plural_and_to_is_named(monkeypatch):
    """ "the tour of the All Blacks to Britain and France" names Britain: a team on tour, not
    a title's end ("A Passage to India")."""
    text = "He played every match of the tour of the All Blacks to Britain and France in 1924."
    spans = [("ORG", "All Blacks"), ("LOC", "Britain"), ("LOC", "France")]
    assert _countries_given_names(monkeypatch, text, spans) == {"GB": 1, "FR": 1}


def test_a_country_after_a_rulers_word_in_lower_case_counts(monkeypatch):
    """ "the Safavid shah of Iran", read as one place, names Iran as "the shah of Iran" would,
    while "Administrative divisions of Greenland", read so too, names no country (WikiANN tags
    such a title whole)."""
    text = "He fought the Safavid shah of Iran. Administrative divisions of Greenland"
    spans = [("LOC", "Safavid shah of Iran"), ("LOC", "Administrative divisions of Greenland")]
    assert _countries_given_names(monkeypatch, text, spans) == {"IR": 1}


def test_a_country_after_hills_of_counts(monkeypatch):
    """ "the Valdai Hills of Russia", read as one place, names Russia."""
    text = "The river rises in the Valdai Hills of Russia."
    spans = [("LOC", "Valdai Hills of Russia")]
    assert _countries_given_names(monkeypatch, text, spans) == {"RU": 1}


def test_a_horse_named_for_a_country_names_no_country(monkeypatch):
    """ "He won the Melbourne Cup ... on Russia in 1946": the horse ridden, not the country;
    Australia, named elsewhere, still counts."""
    text = "Born in Australia, he won the Melbourne Cup three times, the last on Russia in 1946."
    spans = [("LOC", "Australia"), ("MISC", "Melbourne Cup"), ("LOC", "Russia")]
    assert _countries_given_names(monkeypatch, text, spans) == {"AU": 1}


def test_a_court_for_a_country_names_no_country(monkeypatch):
    """ "the Special Tribunal for Lebanon", read in two, is a body's name, as the training sets
    tag "the Court of Arbitration for Sport"; Italy beside it still counts."""
    text = "The Italian judge from Italy led the Special Tribunal for Lebanon until 2011."
    spans = [("MISC", "Italian"), ("LOC", "Italy"), ("ORG", "Special Tribunal"), ("LOC", "Lebanon")]
    assert _countries_given_names(monkeypatch, text, spans) == {"IT": 2}


def test_an_animal_named_for_a_country_names_no_country(monkeypatch):
    """ "The Greenland shark" names a fish, not Greenland; "in Iceland" still counts."""
    text = "The Greenland shark swims slowly. In Iceland it is cured and dried."
    spans = [("LOC", "Greenland"), ("LOC", "Iceland")]
    assert _countries_given_names(monkeypatch, text, spans) == {"IS": 1}


def test_georgia_beside_the_confederacy_is_the_state(monkeypatch):
    """ "a prison camp of the Confederacy in Georgia during the American Civil War": the
    state, not the country; Georgia in a sentence of its own, after Tbilisi's, still counts."""
    text = (
        "Andersonville was a prison camp of the Confederacy in Georgia during the American "
        "Civil War. Its commandant was born in Switzerland.\n"
        "Tbilisi is the capital of Georgia."
    )
    spans = [
        ("LOC", "Andersonville"),
        ("ORG", "Confederacy"),
        ("LOC", "Georgia"),
        ("MISC", "American Civil War"),
        ("LOC", "Switzerland"),
        ("LOC", "Tbilisi"),
        ("LOC", "Georgia"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"CH": 1, "GE": 1}


def test_a_peoples_word_before_an_unknown_name_counts_its_country(monkeypatch):
    """ "the Norwegian Bjørnstjerne Bjørnson", read as one organisation: Norway is named
    (and the person found), though no list knows either of his names."""
    text = "The first was the Norwegian Bjørnstjerne Bjørnson in 1903."
    spans = [("ORG", "Norwegian Bjørnstjerne Bjørnson")]
    assert _countries_given_names(monkeypatch, text, spans) == {"NO": 1}


def test_a_peoples_word_opening_an_institutions_name_names_no_country(monkeypatch):
    """ "the Swiss | Federal Railways", read in two: the training sets tag such a name whole,
    as an organisation's; a people's word before a plain noun still counts ("Swiss
    trains")."""
    text = (
        "They are run by the Swiss Federal Railways.\nSwiss trains are known for running on time."
    )
    spans = [("MISC", "Swiss"), ("ORG", "Federal Railways"), ("MISC", "Swiss")]
    assert _countries_given_names(monkeypatch, text, spans) == {"CH": 1}


def test_an_athlete_of_a_country_read_as_one_organisation_counts_the_country(monkeypatch):
    """ "Marise Chamberlain of New Zealand", read as one organisation, though no list knows
    her given name: New Zealand is named, as "France" beside the other medallist is."""
    text = "Maryvonne Dupureur of France took silver and Marise Chamberlain of New Zealand bronze."
    spans = [
        ("PER", "Maryvonne Dupureur"),
        ("LOC", "France"),
        ("ORG", "Marise Chamberlain of New Zealand"),
    ]
    assert _countries_given_names(monkeypatch, text, spans) == {"FR": 1, "NZ": 1}


def test_a_peoples_word_before_a_kind_of_person_inside_a_long_place_counts(monkeypatch):
    """ "the Atlas of Peculiar Galaxies of the American astronomer Halton Arp", read as one
    place running on past "astronomer": the people's word before the kind of person names
    the country."""
    text = (
        "It is named after the Atlas of Peculiar Galaxies of the American astronomer Halton "
        "Arp, published in 1966."
    )
    spans = [("LOC", "Atlas of Peculiar Galaxies of the American astronomer Halton Arp")]
    assert _countries_given_names(monkeypatch, text, spans) == {"US": 1}


def test_a_country_ending_a_french_name_the_model_cut_names_no_country(monkeypatch):
    """ "the Jardin du | Luxembourg", the model reading the last word alone as a place: the
    garden's name, not the country (France, named after it, still counts)."""
    text = "The Jardin du Luxembourg is a public garden in Paris, in France."
    spans = [("LOC", "Luxembourg"), ("LOC", "Paris"), ("LOC", "France")]
    assert _countries_given_names(monkeypatch, text, spans) == {"FR": 1}
