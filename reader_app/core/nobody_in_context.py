"""Whether the words around every mention of a cluster say it names no one.

"The 2007 film Juno", "1995–96 Aston Villa season", "Hurricane Katrina", "St Mary's Church",
"Chelsea are", "nominated for an Oscar", "Alzheimer's disease", a song's title in quotes;
and firms and clubs well known by one word ("Apple")."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from reader_app.core.clubs_and_firms import (
    ARTICLE_CHARACTERS,
    COMPANY_FORM_AFTER,
    agrees_as_a_team,
    ends_in_a_legal_form,
    firms_named,
    introduced_as_a_firm,
    named_as_a_club_or_a_firm,
    where_written,
)
from reader_app.core.countries import (
    code_for,
    is_a_state_in_short,
    states_of_the_united_states,
)
from reader_app.core.kinds_of_things import (
    a_kind_of_thing,
    a_large_city_named_like_a_person,
    a_state_named_like_a_person,
    ends_in_a_plural_thing,
    is_a_plural_group,
    mostly_after_a_place_preposition,
    mostly_in_a_street,
    names_a_follower,
    names_a_team_after_its_place,
    written_in_lower_case_too,
)
from reader_app.core.name_context import (
    A_RACE_WON_ON_BEFORE,
    ITS_BEFORE,
    ORGANISATION_BEFORE,
    PLACE_BEFORE,
    STORM_BEFORE,
    THE_BEFORE,
    after_a_works_kind,
    after_founded_by,
    after_title,
    names_a_saints_building,
)
from reader_app.core.name_definitions import (
    PLAYED_BY,
    before_a_kind_of_person,
    mostly_said_of_a_person,
)
from reader_app.core.name_forms import is_a_region
from reader_app.core.name_lists import LOWER_THE_BEFORE
from reader_app.core.name_plausible import is_an_abstract_noun
from reader_app.core.name_quotes import in_a_quoted_title, is_quoted, quoted_as_a_nickname
from reader_app.core.name_shapes import is_given_name_and_surname
from reader_app.core.name_words import (
    SHIP_PREFIX,
    in_lists,
    is_everyday_phrase,
    is_given_name,
    is_initial,
    people_rules,
)
from reader_app.core.ner.features import gazetteer

if TYPE_CHECKING:
    from reader_app.core.not_a_person import Readings

Span = tuple[int, int]


# "star" and a name after a name, which is then a show's or a film's: in the training sets 93
# names stand before a role and a name ("Scrubs star", "Chelsea manager"), none a person's.
_STAR_AFTER = re.compile(r"[^\S\n]+stars?[^\S\n]+[A-Z]")

# A deed done together after "joined" and a name, which a leader is joined in, not a club:
# "they joined Ambiorix in an attack on the winter camp" (as "he joined Adolf Hitler in the
# Beer Hall Putsch"; the training sets' clubs after "joined" are joined "in 1991", "in August")
_IN_A_JOINT_DEED_AFTER = re.compile(
    r"[^\S\n]+in[^\S\n]+(?:an?|the|his|her|their)[^\S\n]+"
    r"(?:attack|assault|revolt|rebellion|rising|uprising|mutiny|raid|invasion|plot|conspiracy"
    r"|coup|campaign|war|crusade|expedition)\b"
)


def names_nobody_here(
    text: str, forms: list[tuple[str, ...]], found: set[Span], readings: Readings
) -> bool:
    """Whether the words around the mentions `found` of a cluster's forms say it is no
    person: a work's kind or a ship's prefix before it, its star after it, a season, a storm,
    a saint's building, a place's or a firm's verb, a team's plural verb, an award, quotation
    marks, a band member's word after it, "made of" before it, "people" after it; or whether
    it is a firm or a club well known by one word."""
    # Where the model read the forms as no person's name (asked once: three tests read it).
    others = readings.others_of(forms)
    # (the model's other readings for a star in an article only: a novel's thousands of names
    # are no shows)
    elsewhere = others if len(text) <= ARTICLE_CHARACTERS else []
    if any(_STAR_AFTER.match(text, end) for _, end in itertools.chain(found, elsewhere)):
        # a show or a film before its star, wherever the model read it so: "Nighty Night
        # star Julia Davis"
        return True
    if all(after_a_works_kind(text, start) for start, _ in found):
        return True  # "the 2007 film Juno", "the ship Pequod": a title, not a person
    if all(
        _WORK_KIND_AND_COMMA_BEFORE.search(text, max(0, start - 24), start)
        and not _OF_A_WORK_BEFORE.search(text, max(0, start - 40), start)
        and _APPOSITION_END.match(text, end)
        for start, end in found
    ):
        return True  # a title in apposition: "David Mitchell's novel, Cloud Atlas, makes"
    if all(_A_TITLES_WITH_BEFORE.search(text, max(0, start - 24), start) for start, _ in found):
        return True  # a title's end: "his Girl with a Pearl Earring"
    if all(len(w) > 1 and not is_given_name(w[0]) for w in forms) and _before_a_bands_member(
        text, forms, found, others
    ):
        return True  # a band: "Motley Crue guitarist Mick Mars"
    if (
        all(len(w) == 1 and w[0].lower() in people_rules()["firms_alone"] for w in forms)
        and (
            # a novel may call a character by a given name that a club bears: "Chelsea said"
            len(text) <= ARTICLE_CHARACTERS or not any(is_given_name(w[0]) for w in forms)
        )
        # nor a person said to be one: "my sister Philips", or titled: "Signor Ferrari"
        and not mostly_said_of_a_person(text, found)
        and not always_after(_HONORIFIC_BEFORE, 12, text, found)
    ):
        return True  # "Apple has unveiled the Mac mini" (but "Fiona Apple ... Apple")
    if any(
        # the cheap anchored test first: most names are no season's
        _SEASON_AFTER.match(text, end) and _SEASON_BEFORE.search(text, max(0, start - 10), start)
        for start, end in itertools.chain(found, others)
    ):
        # A team's season, however the model read that name there: "1995–96 Aston Villa
        # season ... Aston Villa's fourth season".
        return True
    if any(STORM_BEFORE.search(text, max(0, start - 12), start) for start, _ in found) or all(
        w in readings.storm_names for w in forms
    ):
        # "Hurricane Katrina ... Katrina formed over the Bahamas", where the model read
        # "Hurricane Katrina" whole
        return True
    if all(names_a_saints_building(text, start, end) for start, end in found):
        return True  # "St Mary's Church", "St. Peter's Basilica"
    if always_after(PLACE_BEFORE, 30, text, found) and not any(
        text.startswith(("'s", "’s"), end) for _, end in found
    ):
        # "was born in Llandaff", "a house near Hartfield": a place (but "travelled to Idi
        # Amin's Uganda")
        return True
    if mostly_in_a_street(text, forms, found):
        return True  # "Armé", mostly in "the Rue de l'Homme Armé"
    if always_after(A_RACE_WON_ON_BEFORE, 160, text, found):
        # a horse a jockey won on: "He won the Melbourne Cup three times, on Peter Pan in
        # 1934, on Sirius in 1944", "won the Epsom Derby on Larkspur"
        return True
    if len(forms) == 1 and (
        mostly_after_a_place_preposition(
            text, forms[0], found | set(readings.others_as(forms[0], ("LOC",)))
        )
        or a_state_named_like_a_person(text, forms[0], found)
        or a_large_city_named_like_a_person(text, forms[0], found)
    ):
        # "at Mytíshchi", "in Auvergne", "the road to Bicêtre", "Orlando, Florida", "published
        # in Santiago"
        return True
    if (
        not any(len(w) > 1 and is_given_name(w[0]) for w in forms)
        and always_after(ORGANISATION_BEFORE, 28, text, found)
        and not any(_IN_A_JOINT_DEED_AFTER.match(text, end) for _, end in found)
    ):
        # "Corgan later formed Zwan", "he joined Espanyol" (not "Mickey Rivers"), "founded in
        # 1972 as Dansk Naturgas"
        return True
    if always_after(THE_BEFORE, 8, text, found):
        return True  # a title inside a sentence: "opposite Robert De Niro in The Deer Hunter"
    if always_after(_A_MATERIAL_BEFORE, 24, text, found):
        return True  # a statue: "His bronze David, made around 1440"
    if all(len(w) == 1 for w in forms) and all(
        (band := _AND_THE_BAND_AFTER.match(text, end)) is not None
        and not code_for(band.group(1))
        and not band.group(1).endswith(_FOLLOWERS_ENDINGS)
        for _, end in found
    ):
        # a band's leader's one name: "Gerry and the Pacemakers" (not "Wellington and the
        # Prussians", nor a leader and his followers, "Lenin and the Bolsheviks"; a full name
        # stays a person's: "Bob Marley and the Wailers")
        return True
    if all(len(w) == 1 and not is_given_name(w[0]) for w in forms) and always_after(
        _A_FIRMS_KIND_BEFORE, 20, text, found
    ):
        # a firm after a kind that is a trade too: "the publisher Einaudi in Turin" (in the
        # training sets the 3 one-word names after these words are firms')
        return True
    if always_after(_GERMANS_GERMAN_BEFORE, 10, text, found):
        return True  # a body's name that the model cut: "Deutsche | Welle"
    if (
        all(len(w) == 1 and is_an_abstract_noun(w[0]) for w in forms)
        and not any(after_title(text, start) for start, _ in found)
        and not mostly_said_of_a_person(text, found)
    ):
        # "Normalcy", "Nativity" (not "Prince Bagratión", nor "her proud, secretive
        # housekeeper, Emerence")
        return True
    if all(len(w) == 1 and w[0].lower() in _AWARDS for w in forms) and 2 * sum(
        bool(_AWARDED_BEFORE.search(text, max(0, start - 16), start))
        or bool(_AWARD_AFTER.match(text, end))
        for start, end in found
    ) >= len(found):
        return True  # "nominated for an Oscar", "a second Oscar" (not Oscar, a man's name)
    if always_after(_MATERIAL_BEFORE, 16, text, found):
        return True  # a material: "its body was made of Duroplast"
    if (
        len(forms) == 1
        and len(forms[0]) == 1
        and all(_an_adjective_before_a_kind(text, start, end) for start, end in found)
        and (
            (not is_given_name(forms[0][0]) and forms[0][0].lower() not in gazetteer()["surname"])
            # after "was a", a given name's word too: "was a Norman bishop" (in the training
            # sets none of the 8 names so placed is a person's)
            or always_after(_A_PREDICATE_BEFORE, 16, text, found)
        )
    ):
        return True  # a people's or a faith's word: "a Hopi runner", "a Sufi poet"
    if (
        len(forms) == 1
        and len(forms[0]) == 1
        and all(_NOUN_AFTER.match(text, end) for _, end in itertools.chain(found, others))
        and any(
            _A_PREDICATE_BEFORE.search(text, max(0, start - 16), start)
            for start, _ in itertools.chain(found, others)
        )
    ):
        # an adjective before a noun wherever written (however the model read it), once
        # between "was a" and its noun: "The Fosse Way was a Roman road ... the edge of Roman
        # rule" (in the training sets the only names so placed that are tagged a person's
        # open "Fellow of the Royal Society", "Member of Parliament")
        return True
    if (
        all(len(w) == 1 for w in forms)
        and always_after(_A_PREDICATE_BEFORE, 16, text, found)
        and always_before(_A_STOP_AFTER, text, found)
    ):
        # what someone is, not who: "The painter Nikifor was a Lemko.", "He was a Democrat,"
        # (in the training sets the 4 one-word names so placed are none of a person's)
        return True
    if all(len(w) == 1 for w in forms) and all(
        _a_shop_of(text, start, end) for start, end in found
    ):
        return True  # a shop of a chain: "the opening of a McDonald's"
    if all(len(w) == 1 and not is_given_name(w[0]) for w in forms) and all(
        _after_a_language_and(text, start) for start, _ in found
    ):
        # a language beside another: "he sang in both Arabic and Nubian" (in the training
        # sets the 7 one-word names after a language's or a people's word and "and" are no
        # person's)
        return True
    if always_before(_PEOPLES_AFTER, text, found) or (
        all(len(w) == 1 and not is_given_name(w[0]) for w in forms)
        and any(_PEOPLES_AFTER.match(text, end) for _, end in found)
    ):
        # a people: "the Meriam people", "the Yaqui and Seri peoples", "of Kichwa descent";
        # and a one-word name no given name, once so called: "home of the Toraja people ...
        # The Toraja are known"
        return True
    if all(len(w) == 1 for w in forms) and (
        always_after(_A_TOWNS_PARTS_OF_BEFORE, 24, text, found)
        or (
            all(in_lists(w[0].lower(), ("city_large",)) for w in forms)
            and always_after(_A_PLURAL_OF_BEFORE, 24, text, found)
        )
    ):
        # a town's parts or people: "the mines of Worsley", "the people of Paris", "the police
        # of Houston" (in the training sets the 16 names after these words are places'), or a
        # language's speakers ("the last speaker of Cornish"); and a city of a million
        # people after any plural and "of": "the cafés - concerts of Paris" (in the training
        # sets the 25 listed places so placed are places', bodies' or no names; but a small
        # town's name may be a person's: "the dialogues of Plato")
        return True
    if always_before(_FLIGHT_AFTER, text, found):
        return True  # an airline or a railway: "a Pan Am flight", "an Amtrak train"
    if all(len(w) == 1 and w[0] in _FAITHS for w in forms) and always_after(
        _BECOMING_BEFORE, 16, text, found
    ):
        # a faith that people become, though "Christian" is a given name too: "forced the
        # Norwegians to become Christian" (no faith's word follows these verbs in the
        # training sets, as a name or otherwise)
        return True
    if all(len(w) == 1 and not is_given_name(w[0]) for w in forms) and any(
        _A_CRAFTS_FLIGHT_BEFORE.search(text, max(0, start - 30), start) for start, _ in found
    ):
        # an aircraft, once so called: "the first flight of Concorde" (not "the flight of
        # Icarus", nor a pilot's given name)
        return True
    if (
        _a_club_of_a_city(forms)
        and not always_after(_BY_BEFORE, 4, text, found)
        and not mostly_said_of_a_person(text, found)
    ):
        # "its great rivals are Universitario and Alianza Lima" (in the training sets the 70
        # names of a word that is no given name and a large city are places' and clubs'; but
        # "first described by Tomisaku Kawasaki", a man whose surname a city bears, and "The
        # narrator, Bento Santiago,")
        return True
    if always_before(_A_SHOP_OF_AFTER, text, found):
        # a shop named after its owner: "Katz's Delicatessen is a restaurant" (the training
        # sets tag such names whole, as a firm's)
        return True
    if always_after(_PRIX_BEFORE, 6, text, found):
        return True  # a prize named after someone: "won the Prix Jean Vigo"
    if always_after(_INDEPENDENCE_OF_BEFORE, 20, text, found):
        # a land: "declared the independence of Đại Việt" (in the training sets the 16 names
        # so placed are places' and bodies')
        return True
    if always_after(_CONQUERED_BEFORE, 14, text, found):
        # a land conquered or ceded: "the third attempt to conquer Đại Việt", "made peace and
        # gave up Petsamo" (in the training sets the 7 names so placed are places' and a
        # body's)
        return True
    if (
        all(len(w) == 1 and not _a_name_word(w[0]) for w in forms)
        and always_after(_A_COMMA_AND_AN_ARTICLE_BEFORE, 6, text, found)
        and always_before(_WHO_AFTER, text, found)
    ):
        # a kind of person, capitalised, in apposition: "Mayurasharma, a Brahmin who" (not
        # "Perhaps an Erasmus who writes against you")
        return True
    if always_after(_THE_TITLE_BEFORE, 12, text, found):
        return True  # "He was given the title Raja"
    if all(_a_days_name(w) for w in forms):
        # a day named after someone: "Its Sadie Hawkins Day, when women may ask men" (in the
        # training sets no name of three words or more ending in "Day" is a person's but for
        # two of WikiANN's slips, "Teachers ' Day" and "Today 's the Day")
        return True
    if all(_countries_joined_by_a_hyphen(w) for w in forms):
        return True  # a realm of two countries: "an admiral of Austria-Hungary"
    if always_after(_WON_THE_BEFORE, 12, text, found):
        # a race, a prize or a title: "won the Mille Miglia twice" (in the training sets 20 of
        # the 21 names so placed are none of a person's; the last, a WikiANN slip, a prize)
        return True
    if all(len(w) == 1 for w in forms) and all(_a_states_campus(text, start) for start, _ in found):
        # a campus of a state's university: "the University of California, Davis" (in the
        # training sets WikiANN tags "Berkeley", "Reno", "El Paso" so inside the university's
        # name, GUM "Berkeley" as a place)
        return True
    if all(len(w) > 1 and w[-1] in ("Hill", "Hills") for w in forms) and always_after(
        _ON_OR_UP_BEFORE, 6, text, found
    ):
        # a hill: "on Mulago Hill in Kampala", "on Singuttara Hill" (in the training sets no
        # person's name ending in "Hill" follows these words)
        return True
    if (
        len(forms) == 1
        and len(forms[0]) == 1
        and forms[0][0] in _FIRMS_WRITTEN_WITH_A_POSSESSIVE
        and always_before(_POSSESSIVE_AFTER, text, found)
        and not re.search(rf"\b[A-Z][\w'’-]+[^\S\n]+{forms[0][0]}\b", text)
    ):
        # a firm named in the possessive, where no one of that surname is named in full:
        # "more popular than McDonald's", "sold at Sotheby's" (not "Agatha Christie's novels")
        return True
    if always_after(_A_STORMS_KIND_BEFORE, 22, text, found):
        return True  # a storm named after its kind in lower case: "the cyclone Eline"
    if always_after(_SPEAK_BEFORE, 10, text, found):
        # a language: "They speak Fula" (in the training sets the 11 names after these words
        # are languages)
        return True
    if always_before(_A_MOVEMENT_AFTER, text, found):
        # a movement: "the ideas of the De Stijl movement" (in the training sets the 4 names
        # before "movement" are bodies')
        return True
    if always_after(_CALLED_BEFORE, 9, text, found) and always_before(
        _AFTER_SOMEONE_AFTER, text, found
    ):
        # a place named after someone: "a hill, which is now called Gellért Hill after him",
        # "the town was named Jamshedpur after him" (in the written sets the 8 names so placed
        # are places')
        return True
    if always_before(_A_YEAR_IN_BRACKETS_AFTER, text, found) and (
        always_after(_IN_BEFORE, 20, text, found) or always_after(LOWER_THE_BEFORE, 5, text, found)
    ):
        # a work and its year: "the title role in Doctor Zhivago (1965)" (in the written
        # sets the 8 names so placed are works'), "the Stabat Mater (1926)" (in the training
        # sets the names between "the" and a year in brackets are works', teams', events')
        return True
    if always_before(_A_YEAR_IN_BRACKETS_AFTER, text, found) and always_after(
        _WORKS_LISTED_BEFORE, 80, text, found
    ):
        return True  # "His two novels, Marie Grubbe (1876) and Niels Lyhne (1880), were read"
    if (
        always_after(_WORKED_FOR_BEFORE, 80, text, found)
        and not any(
            is_given_name_and_surname(w[:2]) or (len(w) > 2 and is_given_name(w[0])) for w in forms
        )
        and not any(after_title(text, start) for start, _ in found)
    ):
        # an employer, or a paper one writes for: "He worked for Time-Life, Paris Match and
        # Stern" (in the training sets 7 of the 8 names after "worked for" or "wrote for" are
        # no person's; the eighth a full name: "worked for Aimee Semple McPherson"; and the
        # written sets' "worked for Cosimo de' Medici", "for Guy Laroche and Hubert de Givenchy")
        return True
    if always_after(_A_CAST_LIST_OF_BEFORE, 20, text, found):
        return True  # a work whose cast a list opens with: "Cast of Ikiru (1952)"
    if always_after(_A_WORKS_NEW_NAME_BEFORE, 24, text, found):
        return True  # a work's other title: "has been translated as Spike and Suzy"
    if always_after(_A_DAY_AND_DE_BEFORE, 8, text, found):
        return True  # a month after a day, as Spanish and Portuguese name places: "25 de Abril"
    if always_after(_RELEASED_BY_BEFORE, 16, text, found) and not any(
        is_given_name(w[0]) for w in forms
    ):
        # a label or a publisher: "released by Def Jam in 1990" (in the training sets 20 of
        # the 22 names after these words are firms', one a silver tag's "Lothrop Publishing
        # Company"; not "published by John Murray", a man and his firm); a buyer: "taken
        # over by Atos" (the 4 people so placed have given names: "bought by George
        # Westinghouse")
        return True
    if all(len(w) == 1 for w in forms) and all(
        _another_name_of_a_thing(text, start) for start, _ in found
    ):
        return True  # "Copenhagen Airport, also called Kastrup, is": the airport's other name
    if always_after(_NAMED_IT_BEFORE, 32, text, found) and not any(
        text.startswith(("'s", "’s"), end) for _, end in found
    ):
        # a thing's name: "Its people call it Rapa Nui" (not "they called it Stalin's organ")
        return True
    if always_before(_A_FIRMS_END_AFTER, text, found):
        # a firm named after its founder, which the model cut before its end: "built by
        # Robert Stephenson | and Company" (the training sets tag such names whole)
        return True
    if all(len(w) == 1 for w in forms) and always_before(_MODEL_AFTER, text, found):
        return True  # a maker before its model: "a Douglas DC-3", "a Boeing B-17"
    if (
        len(forms) == 1
        and len(forms[0]) == 1
        and (
            all(_before_its_region_based(text, end) for _, end in found)
            or forms[0][0] in readings.based_in
        )
    ):
        return True  # "Markham, Ontario-based Magna"; "Louis" beside "St. Louis-based"
    if all(len(w) == 1 for w in forms) and (
        # an adjective or a place: "the Ottoman army", "the Douro river"
        always_before(_GROUP_NOUN_AFTER, text, found)
        # an award: "Emmy nominations", "a Grammy award", "Oscar-winning"
        or always_before(_AWARD_AFTER, text, found)
        # a feast or a day: "Shrove Tuesday", "Ash Wednesday" (not "coach Mike Friday")
        or (
            always_before(_WEEKDAY_AFTER, text, found)
            and not any(is_given_name(w[0]) for w in forms)
        )
        # a team: "Chelsea are doing very well", "Chelsea were reported"
        or agrees_as_a_team(text, found)
        # a club or a firm: "as Chelsea manager", "Premiership leaders Chelsea", "analysts
        # Gartner", wherever the model read it so
        or named_as_a_club_or_a_firm(text, forms, found, readings)
    ):
        return True
    if all(len(w) > 1 and not is_given_name(w[0]) for w in forms) and agrees_as_a_team(text, found):
        return True  # a band or a team: "Snow Patrol are currently working on an album"
    if introduced_as_a_firm(text, forms, found, readings):
        return True  # "management consulting firm Towers Perrin"
    publications = itertools.chain(found, readings.others_as(max(forms, key=len)))
    if any(
        _PUBLICATION_BEFORE.search(text, max(0, start - 14), start) for start, _ in publications
    ):
        # A paper or an agency, once called so: "the pro-government daily Le Figaro" (and
        # "PRESS DIGEST - France - Le Monde" above it), "the state news agency Petra"
        return True
    if not any(len(w) > 1 and is_given_name(w[0]) for w in forms) and any(
        _PUBLICATION_AFTER.match(text, end) for _, end in found
    ):
        # "the official Antara news agency"; not an owner ("Rupert Murdoch ... the Murdoch
        # tabloid")
        return True
    if all(len(w) == 1 for w in forms) and any(_TRADED_AFTER.match(text, end) for _, end in found):
        # A share on a market: "Stork ended just 0.20 up at 51.00 guilders", "LUKoil was
        # $9.82 after $9.85", "Hammerson was 8p higher", "Aegon shares rose"
        return True
    if always_after(_PORTFOLIO_BEFORE, 30, text, found):
        return True  # "Extraordinary Minister for Sport", "Secretary for Home Affairs"
    if always_after(_LISTED_BEFORE, 30, text, found):
        return True  # a firm on an exchange: "Singapore-listed Van Der Horst"
    if always_after(_A_PART_OF_A_PLACE_BEFORE, 14, text, found):
        return True  # "the Jinsha River is the upper Yangtze", "the northern Negev"
    if always_after(_SHIP_BEFORE, 24, text, found):
        return True  # a ship: "RMS Queen Mary 2", "USS Ronald Reagan"
    if always_after(ITS_BEFORE, 5, text, found) and always_before(_NO_NOUN_AFTER, text, found):
        # a thing a place or a body owns: "Its Amber Room was taken" (in the training sets 45
        # names follow "its", 2 of them tagged a person's: "its Warhol collection", before
        # a noun, and a slip's "its Chair")
        return True
    if always_before(_FACILITY_AFTER, text, found):
        return True  # "Juan Santamaria airport", "Bucharest's Victor Babes hospital"
    if all(_before_its_maker(text, end) for _, end in found) and not any(
        _A_PATRON_OR_SITTER_BEFORE.search(text, max(0, start - 20), start) for start, _ in found
    ):
        # a work and its maker: "Its winner was Screamadelica by the Scottish band Primal
        # Scream" (not the sitter of "a portrait of Emma Hamilton by the painter George
        # Romney", nor the patron of "built for Sultan Ahmed I by the architect")
        return True
    if always_before(_FOUNDED_AFTER, text, found) and not any(
        text.endswith("of ", max(0, start - 3), start) for start, _ in found
    ):
        # A body: "It grew from Flugfélag Akureyrar, founded in 1937" (not its founder's name
        # after "of": "the ironworks of William Laird, founded in 1824")
        return True
    if always_before(EPONYM_AFTER, text, found):
        return True  # "Alzheimer's disease", "Halley's Comet", "Murphy's law"
    if always_before(COMPANY_FORM_AFTER, text, found) or any(map(ends_in_a_legal_form, forms)):
        return True  # "Halvorsen Marine AS is a Norwegian shipbuilding company", "Kekkila Oy"
    if (
        len(text) <= ARTICLE_CHARACTERS
        and all(" ".join(w) in firms_named(text) for w in forms)
        and not any(
            _HONORIFIC_BEFORE.search(text, max(0, start - 11), start)
            or after_founded_by(text, start)
            for start, _ in found
        )
    ):
        # "Atria Oy said ... Atria said", "Robert W. Baird & Co. ... Robert W. Baird"; but
        # "William Clowes Ltd. printed it; Mr. Clowes agreed", and the founder the firm is
        # named for: "Carl Zeiss AG ... founded in Jena in 1846 by the instrument maker Carl
        # Zeiss"
        return True
    if all(_before_its_region(text, end) for _, end in found) and not (
        (
            any(_opens_with_a_given_name_and_surname(w) for w in forms)
            and any(
                _RANK_OPENING_A_LINE.search(text, max(0, start - 8), start) for start, _ in found
            )
        )
        or any(
            _RANK_OPENING_A_LINE.search(text, max(0, start - 8), start)
            and _REGION_AND_A_RESULT_AFTER.match(text, end)
            for start, end in found
        )
        or any(_opens_a_row_with_a_term(text, start, end) for start, end in found)
    ):
        # A town: "Palo Alto, California", "Rosario, Argentina"; not a ranked result's
        # athlete and country, "2. Dorothy Manley, Great Britain, 12.2 seconds" (whatever
        # the names: "4. Amadou Gakou, Senegal, 45.01"), nor an office holder's row, "Trygve
        # Lie, Norway, 1946 – 1952"
        return True
    if not any(is_given_name(w[0]) for w in forms) and all(
        _owns_a_person(text, end) for _, end in found
    ):
        # A firm's or a paper's people: "Ego Trip's Sacha Jenkins", "Demosisto's Nathan
        # Law" (but "Mickey Spillane's Mike Hammer").
        return True
    if all(
        text[max(0, start - 4) : start] in ("the ", "The ")
        or _QUANTIFIER_BEFORE.search(text, max(0, start - 10), start)
        for start, _ in found
    ) and all(is_a_plural_group(w, readings.name_words) for w in forms):
        # a team or a band: "the Patriots", "the Raiders" (not "the Rostóvs"); a people or a
        # party: "many Texans", "fellow Democrats"
        return True
    if ends_in_a_plural_thing(forms):
        return True  # "Spermacetti Whales", "Toy Soldiers", "Institutional Economics"
    if names_a_team_after_its_place(forms):
        return True  # "played for the Dallas Mavericks"
    if all(
        (is_quoted(text, start, end) or in_a_quoted_title(text, start, end))
        and not quoted_as_a_nickname(text, start)
        for start, end in found
    ):
        # a song's or a story's title: songs such as "Carey" and "California" (not a
        # nickname: 'known to his followers as " Zik "')
        return True
    # A name of two words or more ending in an everyday word and no surname, also written in
    # lower case: only such names are looked for, as each search reads the whole text (about
    # 1 ms in a novel).
    fullest = max(forms, key=len)
    if (
        len(fullest) > 1
        and not is_given_name(fullest[0])
        and fullest[-1].lower() in gazetteer()["everyday"]
        and fullest[-1].lower() not in gazetteer()["surname"]
        and written_in_lower_case_too(text, fullest)
    ):
        return True  # "the Sperm Whale ... the sperm whale", "Frame Semantics ... frame semantics"
    if a_kind_of_thing(text, forms, found):
        return True  # "this Leviathan ... the leviathan"
    if names_a_follower(text, forms, found):
        return True  # "a good Christian", "a Christian mildness", "her Christian name"
    # "History", "Childish Recollections"; but "Ms Sturgeon", "Mr Brown", "Professor Plum"
    # and "the poet Homer" are people, and so is a given name that does what a plot's
    # characters do: "Homer invents a drink", and a role an actor plays: "a demon, Sweet,
    # played by Hinton Battle".
    return all(is_everyday_phrase(w) for w in forms) and not (
        any(_HONORIFIC_BEFORE.search(text, max(0, start - 11), start) for start, _ in found)
        or mostly_said_of_a_person(text, found)
        or _a_given_name_acting(text, forms, found)
        or any(PLAYED_BY.match(text, end) for _, end in found)
    )


# Verbs of a plot told in the present, after a one-word name: in the training sets only
# "Best sees" (a firm) and "Earth finds", neither a given name, stand so besides people.
_A_PLOTS_VERB_AFTER = re.compile(
    r"[^\S\n]+(?:becomes|tries|invents|tells|decides|wants|finds|meets|learns|realises"
    r"|realizes|discovers|asks|agrees|refuses|helps|loves|marries|kills|saves|sees|hears"
    r"|goes|gives|takes|leaves|returns)\b"
)


def _a_given_name_acting(text: str, forms: list[tuple[str, ...]], found: set[Span]) -> bool:
    """Whether a one-word given name is once followed by a plot's verb: "Homer invents a
    drink", "until Homer tells the secret" (a given name that is an everyday word too)."""
    return (
        len(forms) == 1
        and len(forms[0]) == 1
        and is_given_name(forms[0][0])
        and any(_A_PLOTS_VERB_AFTER.match(text, end) for _, end in found)
    )


_GROUP_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?:army|armies|forces|troops|navy|fleet|empire|dynasty|architecture|cuisine"
    r"|river|valley|delta|estuary|basin|peninsula|plateau"
    r"|school|movement|sect|dialect|language|script|alphabet"
    # a make or a style: "Lancaster bombers", "Norman churches", "Mercedes cars" (no person's
    # name of the training sets comes before cars, trucks, buses...)
    r"|bombers?|fighters|aircraft|airliners?|tanks|rifles|locomotives"
    r"|cars|trucks|lorries|buses|motorcycles|limousines|tractors"
    # a computer's or a phone's make ("a new, low-cost Macintosh computer"; in the training
    # sets one name comes before such a word, "Windows 95 computer operating system")
    r"|computers?|laptops?|phones?|handsets?"
    r"|churches|castles|cathedrals|abbeys|invasion|conquest"
    # a religious order or a faith: "a Franciscan friar", "a Loretto nun", "a Jesuit priest"
    r"|friars?|monks?|nuns?|priests?|missionar(?:y|ies)|monaster(?:y|ies)|convents?|clerics?)\b"
)


# A place named after someone: no one stands before these words in lower case.
_FACILITY_AFTER = re.compile(
    r"[^\S\n]+(?:airport|stadium|hospital|arena|racecourse|velodrome|clinic|infirmary)\b"
)


def _before_its_maker(text: str, end: int) -> bool:
    """Whether "by the" and a maker's kind follow a name, perhaps with words in lower case or
    a country's word between: "Screamadelica by the Scottish band Primal Scream" (in the
    training sets no name so followed is a person's; not "Corser by the Yamaha duo")."""
    match = _BY_ITS_MAKER_AFTER.match(text, end)
    return match is not None and all(
        word.islower() or code_for(word) for word in match.group(1).split()
    )


# (perhaps with a title between: "for Sultan | Ahmed I")
_A_PATRON_OR_SITTER_BEFORE = re.compile(r"\b(?:of|for|to)[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+)?$")
_BY_ITS_MAKER_AFTER = re.compile(
    r"[^\S\n]+by[^\S\n]+the[^\S\n]+((?:[\w-]+[^\S\n]+){0,2})"
    r"(?:band|group|singer|songwriter|composer|writer|author|novelist|poet|painter|artist"
    r"|director|duo|rapper|sculptor|architect|playwright)\b"
)
# "the" and a part's word in lower case: in the training sets the 12 names so placed are
# places' and peoples' ("the upper Rhine", "the southern Sudanese"), no person's.
_A_PART_OF_A_PLACE_BEFORE = re.compile(
    r"\bthe[^\S\n]+(?:upper|lower|middle|northern|southern|eastern|western|central)[^\S\n]+$"
)
# A body's founding in apposition: in the training sets the 5 names before these are places' or
# bodies'.
_FOUNDED_AFTER = re.compile(
    r"[^\S\n]*,[^\S\n]+(?:founded|co-founded|established)[^\S\n]+(?:in|by|on)\b"
)


# A share's price after a name: a verb of the market, then a price within the clause.
_TRADED_AFTER = re.compile(
    r"[^\S\n]+(?:shares?[^\S\n]+(?:rose|fell|gained|lost|closed|ended|jumped|slipped)\b"
    r"|(?:rose|fell|gained|lost|ended|closed|was|added|eased|firmed|slipped|dropped|jumped"
    r"|climbed|soared|shed|traded|finished|opened)\b(?:[^.;\n]|\.(?=\d)){0,50}?"
    r"(?:[$£€][^\S\n]?\d|\d[\d,.]*p\b|\d[\d,.]*[^\S\n]+(?:guilders|francs|pence|marks|cents"
    r"|yen|lire|pesetas|crowns|kronor|rand|rupees|pesos|roubles|rubles)\b))"
)


# No one is called a daily, a newspaper or a news agency: "the Albanian daily Koha Jone",
# "the state news agency Petra", "Ihlas news agency".
_PUBLICATION = r"(?:daily|weekly|newspaper|tabloid|magazine|news[^\S\n]+agency)"
_PUBLICATION_BEFORE = re.compile(rf"\b{_PUBLICATION}[^\S\n]+$")
_PUBLICATION_AFTER = re.compile(rf"[^\S\n]+{_PUBLICATION}\b")


def _before_its_region_based(text: str, end: int) -> bool:
    """Whether a town's region and "-based" follow a name after a comma: "Markham,
    Ontario-based Magna", "Glenview, Ill.-based"; not a country's word, which may describe a
    person there: "Nadarajah Muralidaran, Swiss-based leader of the Tamil Tigers"."""
    match = _BASED_AFTER.match(text, end)
    return match is not None and not code_for(match.group(1))


_BASED_AFTER = re.compile(r",[^\S\n]+([A-Z][\w.'’]*(?:[^\S\n]+[A-Z][\w.'’]*)?)-based\b")
# A work's kind and a comma before its title in apposition, which a comma or a stop ends
# ("the novel, Cloud Atlas, makes"): in the training sets 16 names so placed are works' or
# firms', none a person's (four people's names follow such a kind and a comma but open a
# clause: "after Matthew's book, Edward Blyth published").
_WORK_KIND_AND_COMMA_BEFORE = re.compile(
    r"\b(?:film|movie|album|song|single|novel|book|play|musical|opera|series|sitcom|show|poem"
    r"|painting|game|EP|documentary)[^\S\n]*,[^\S\n]+$"
)
# The work after "of": the name in apposition is another noun's ("The inventor of the game,
# James Naismith,").
# A capitalised word and "with a" right before a name: a title's first words ("Girl with a
# Pearl Earring", "Man with a Movie Camera"); in the training sets no person's name follows
# them (the U.N.'s, a scholarship's and a film's do: "My Date with a Vampire II").
_A_TITLES_WITH_BEFORE = re.compile(r"\b[A-Z][a-z]+[^\S\n]+with[^\S\n]+an?[^\S\n]+$")
_OF_A_WORK_BEFORE = re.compile(
    r"\bof[^\S\n]+(?:the|a|an|his|her|its|their)[^\S\n]+[\w-]+[^\S\n]*,[^\S\n]+$"
)
_APPOSITION_END = re.compile(r"[^\S\n]*['’\"”]?[^\S\n]*[,.;)]")
# A band's member after its name: "Thin Lizzy guitarist Snowy White" (in the training sets the
# names before these words, no given name opening them, are bands' and teams').
_A_BANDS_MEMBER_AFTER = re.compile(
    r"[^\S\n]+(?:guitarist|drummer|bassist|frontman|frontwoman|vocalist|keyboardist)\b"
)
# A people's name before "people" (the training sets' 11 names there are peoples', no one's),
# perhaps with another before it ("the Yaqui and Seri peoples").
# (and "tribe": in the training sets the one name before it is a people's, "Xhosa"; and
# "descent" or "origin": "a father of Kichwa descent", the 9 names there in the tagged sets and
# the 22 in the written sets no person's)
_PEOPLES_AFTER = re.compile(
    r"(?:[^\S\n]+(?:and|or)[^\S\n]+[A-Z][\w'’-]*)?[^\S\n]+"
    r"(?:peoples?|tribes?|descent|ancestry|extraction|origin)\b"
)
# What a thing is made of (no name of a person in the training sets follows these words).
_MATERIAL_BEFORE = re.compile(r"\b(?:made|built|carved|woven)[^\S\n]+(?:of|from)[^\S\n]+$")
_GERMANS_GERMAN_BEFORE = re.compile(r"\bDeutsch(?:e|er|es|en)[^\S\n]+$")
_A_FIRMS_KIND_BEFORE = re.compile(
    r"\b[Tt]he[^\S\n]+(?:publisher|broadcaster|manufacturer|carmaker|automaker|retailer"
    r"|brewer|distiller)[^\S\n]+$"
)
# (a plural: not "Prince Charles and the Duchess of Cornwall")
# The endings of a party's or a people's members, which name no band: "the Bolsheviks", "the
# Communists", "the Jacobites", "the Republicans".
_FOLLOWERS_ENDINGS = ("ists", "iks", "ites", "ans")
_AND_THE_BAND_AFTER = re.compile(r"[^\S\n]+and[^\S\n]+the[^\S\n]+([A-Z][\w'’-]*[^\Ws]s)\b")
# A statue's material after its determiner (not a person's wit: "the often stiff and wooden
# Gore").
_A_MATERIAL_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|an?)[^\S\n]+"
    r"(?:bronze|marble|terracotta|plaster|granite|alabaster|ivory)[^\S\n]+$"
)
_WON_THE_BEFORE = re.compile(r"\b(?:won|win|wins|winning)[^\S\n]+the[^\S\n]+$")
_ON_OR_UP_BEFORE = re.compile(r"\b(?:on|up|atop|below)[^\S\n]+$")
# A plural kind of work earlier in the clause, before a list of titles and their years.
_WORKS_LISTED_BEFORE = re.compile(
    r"\b(?:novels|films|movies|plays|operas|albums|books|poems|songs|paintings|symphonies"
    r"|musicals|ballets|series)\b[^.;:]*$"
)
# "worked for" or "wrote for", and the names listed after it ("for Time-Life, Paris Match and").
_WORKED_FOR_BEFORE = re.compile(
    r"\b(?:worked|works|working|wrote|writes|writing)[^\S\n]+for[^\S\n]+"
    r"(?:(?:the[^\S\n]+)?[A-Z][\w'’.&-]*(?:[^\S\n]+[A-Z][\w'’.&-]*)*[^\S\n]*,[^\S\n]*)*"
    r"(?:(?:the[^\S\n]+)?[A-Z][\w'’.&-]*(?:[^\S\n]+[A-Z][\w'’.&-]*)*[^\S\n]+and[^\S\n]+)?"
    r"(?:the[^\S\n]+)?$"
)
_A_YEAR_IN_BRACKETS_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*\d{4}[^\S\n]*\)")
# (perhaps with a title the model left out of the name: "in Doctor | Zhivago")
_IN_BEFORE = re.compile(r"\bin[^\S\n]+(?:[A-Z][\w.]*[^\S\n]+)?$")
# A work's other title after the words that give it (in the training sets no person's name
# follows them; a pen name follows "published as" or "under the name", so not those).
_A_WORKS_NEW_NAME_BEFORE = re.compile(
    r"\b(?:translated|retitled|reissued|released|dubbed)[^\S\n]+(?:in[^\S\n]+\w+[^\S\n]+)?as"
    # (the title's second half too: "as Spike and | Suzy")
    r"[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+(?:and|&)[^\S\n]+)?$"
)
# A day of the month and "de" before a name (in the training sets a month's: "Estádio 11 de
# Novembro", "25 de Enero Street").
_A_DAY_AND_DE_BEFORE = re.compile(r"\b\d{1,2}[^\S\n]+de[^\S\n]+$")
_A_SHOP_OF_AFTER = re.compile(
    r"['’]s[^\S\n]+(?:Delicatessen|Restaurant|Diner|Bakery|Café|Cafe|Tavern|Brewery|Grill)\b"
)
_RELEASED_BY_BEFORE = re.compile(
    r"\b(?:released|published|distributed|issued|taken[^\S\n]+over|bought|acquired|purchased)"
    r"[^\S\n]+by[^\S\n]+$"
)
_PRIX_BEFORE = re.compile(r"\bPrix[^\S\n]+$")
_INDEPENDENCE_OF_BEFORE = re.compile(r"\bindependence[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$")
_A_CAST_LIST_OF_BEFORE = re.compile(r"(?:^|\n)(?:Cast|Characters)[^\S\n]+of[^\S\n]+$")
# A kind of thing's word (the last of its name, or before "of" and the last: "The University
# of Tokyo, called Tōdai,") and "(also) called" or "(also) known as".
_ANOTHER_NAME_OF_BEFORE = re.compile(
    r"\b([A-Za-z]+)(?:[^\S\n]+of[^\S\n]+[A-Z][\w'’-]*)?,[^\S\n]+(?:also[^\S\n]+)?"
    r"(?:called|known[^\S\n]+as)[^\S\n]+$"
)


def _another_name_of_a_thing(text: str, start: int) -> bool:
    """Whether a name at `start` follows a kind of thing and "also called" or "also known as":
    the thing's other name ("Copenhagen Airport, also called Kastrup,")."""
    before = _ANOTHER_NAME_OF_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).lower() in people_rules()["thing_kinds"]


_NAMED_IT_BEFORE = re.compile(
    r"\b(?:(?:call|calls|called|name|names|named|renamed|dubbed)[^\S\n]+it(?:self)?"
    # and "it is called": "where it is called Ayò in some towns"
    r"|[Ii]t[^\S\n]+(?:is|was|['’]s)[^\S\n]+(?:(?:first|also|often|once)[^\S\n]+)?"
    r"(?:called|named|nicknamed|known[^\S\n]+as)"
    # and the new name a thing took: "in the United States, where it became Dannon"
    r"|(?:[Ii]t|which)[^\S\n]+became)[^\S\n]+$"
)
_BY_BEFORE = re.compile(r"\bby[^\S\n]+$")
_FIRMS_WRITTEN_WITH_A_POSSESSIVE = frozenset(
    {"McDonald", "Sainsbury", "Sotheby", "Christie", "Kellogg", "Macy"}
)
_POSSESSIVE_AFTER = re.compile(r"[^\S\n]*['’]s\b")
_A_STORMS_KIND_BEFORE = re.compile(
    r"\b[Tt]he[^\S\n]+(?:tropical[^\S\n]+)?(?:cyclone|hurricane|typhoon|storm)[^\S\n]+$"
)
_SPEAK_BEFORE = re.compile(r"\b(?:speak|speaks|spoke|spoken|speaking)[^\S\n]+$")
_A_MOVEMENT_AFTER = re.compile(r"[^\S\n]+movement\b")
_CALLED_BEFORE = re.compile(r"\b(?:called|named|renamed)[^\S\n]+$")
_AFTER_SOMEONE_AFTER = re.compile(r",?[^\S\n]+after[^\S\n]+(?:him|her|them|himself|herself)\b")
_CONQUERED_BEFORE = re.compile(
    r"\b(?:conquer|conquers|conquered|conquering|cede|cedes|ceded|ceding|gave[^\S\n]+up)[^\S\n]+$"
)
_WHO_AFTER = re.compile(r"[^\S\n]+who\b")
_A_COMMA_AND_AN_ARTICLE_BEFORE = re.compile(r",[^\S\n]+[Aa]n?[^\S\n]+$")
# "the title" right before a name: a title bestowed, no one's name ("was given the title Raja";
# in the training sets no person's name is so placed).
_THE_TITLE_BEFORE = re.compile(r"\bthe[^\S\n]+titles?[^\S\n]+$")
_A_FIRMS_END_AFTER = re.compile(
    # (whole words: not "Muhammad Ali and Sonny Liston")
    r"[^\S\n]+(?:and|&)[^\S\n]+(?:Company|Co|Sons|Son|Brothers|Partners)\b"
)
_A_TOWNS_PARTS_OF_BEFORE = re.compile(
    r"\b(?:mines|streets|people|citizens|inhabitants|residents|churches|markets|walls|gates"
    r"|suburbs|docks|mills|factories|slums|outskirts|environs|police"
    # and its house's monks: "the monks of Iona" (a saint's are "the followers of")
    r"|monks|nuns|friars)[^\S\n]+of[^\S\n]+$"
    # and a language after its speakers: "the last native speaker of Cornish"
    r"|\bspeakers?[^\S\n]+of[^\S\n]+$"
)
# Faiths' words as written after "became" (country_mentions' `_FAITHS`, in lower case, are
# those the model reads inside a people's name instead).
_FAITHS = frozenset(
    {"Christian", "Catholic", "Protestant", "Orthodox", "Muslim", "Jewish", "Buddhist", "Hindu"}
)
_BECOMING_BEFORE = re.compile(r"\b(?:become|became|becomes|becoming|remained|stayed)[^\S\n]+$")
# (not "princess of": a plural's "s", not "ss")
_A_PLURAL_OF_BEFORE = re.compile(r"\b[a-z]{2,}[^s\W]s[^\S\n]+of[^\S\n]+$")
_A_CRAFTS_FLIGHT_BEFORE = re.compile(
    r"\b(?:first|maiden|last|final|test|inaugural)[^\S\n]+flights?[^\S\n]+of[^\S\n]+$"
)
# (No person's name in the training sets comes before "flight"; one, "the Clinton train",
# before "train", and he is named elsewhere too.)
_FLIGHT_AFTER = re.compile(r"[^\S\n]+(?:flights?|trains?|jets?|airliners?)\b")
# A model's letters and number: "DC-3", "F-14", "MiG-19", "A320" (no person's name of the
# training sets comes before one; 28 makes, indices and firms' results, "Stork H1"); not a
# record's catalogue number, "Bob Thiele BBM1-1032".
_MODEL_AFTER = re.compile(r"[^\S\n]+[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]?\b(?![.,]?\d|-)")
_WEEKDAY_AFTER = re.compile(
    r"[^\S\n]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


# Awards named as people are ("Oscar", "Emmy"), and what comes before an award, not a person.
_AWARDS = frozenset({"oscar", "oscars", "emmy", "emmys", "grammy", "grammys", "bafta", "baftas"})
_AWARDED_BEFORE = re.compile(
    r"\b(?:an?|the|his|her|their|its|second|third|fourth|fifth|first|picture|actor|actress)"
    r"[^\S\n]+$"
)
_AWARD_AFTER = re.compile(
    # ("the Hugo and Nebula awards")
    r"(?:[^\S\n]+and[^\S\n]+[A-Z][\w-]*)?"
    r"[^\S\n]+(?:nominations?|nominees?|winners?|awards?|prizes?|ceremony|night|race)\b"
    r"|-(?:winning|nominated)\b"
)


_LISTED_BEFORE = re.compile(r"\b[\w.]+-(?:listed|quoted)[^\S\n]+$")
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Minister|Secretary|Commissioner|Ministry|Department)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?$"
)


# Before a plural of people or things, never before a person's name (in the training sets,
# "All Robbins" once, at a sentence's start; hence "All" not in capitals).
_QUANTIFIER_BEFORE = re.compile(
    r"(?:\b(?:many|some|most|few|several|fellow|other|all|these|those|both)"
    r"|(?<![\w-])(?:Many|Some|Most|Few|Several|Fellow))[^\S\n]+$"
)


# A season's years before a team's name, and "season" after it.
_SEASON_BEFORE = re.compile(r"\b\d{4}[–-]\d{2,4}[^\S\n]+$")
_SEASON_AFTER = re.compile(r"[^\S\n]+season\b")


# A ship's prefix, perhaps with a title after it, before a name.
_SHIP_BEFORE = re.compile(rf"\b{SHIP_PREFIX}[^\S\n]+(?:[A-Z][\w.]*[^\S\n]+)?$")


EPONYM_AFTER = re.compile(
    r"['’]s[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:[Dd]isease|[Ss]yndrome|[Ll]aws?|[Tt]heorem|[Pp]rinciple"
    r"|[Cc]omet|[Pp]aradox|[Cc]onstant|[Ee]quation|[Rr]azor|[Dd]rugs?|[Ii]dentity|[Ff]ormula"
    r"|[Ll]emma|[Ii]nequality|[Aa]lgorithm)\b"
    # and without the possessive, what only a namesake is: "Fibonacci sequence", "Asperger
    # syndrome", "Doppler effect", "Lyme disease" (in the training sets no person's name comes
    # before "disease")
    r"|[^\S\n]+(?:sequences?|syndrome|effect|conjecture|theorem|equations?|lymphoma|disease"
    r"|distribution|transform|boson|mechanism|constant|limit|radius|field[^\S\n]+equations?"
    # a gun named after its maker: "the Gatling gun" (the training sets' names before these
    # words are makes and places: "a Remington rifle", "Kalashnikov rifles")
    r"|guns?|rifles?|pistols?|revolvers?"
    # and an engine named after its maker or its maker's word: "the Wankel engine", "the
    # Merlin engine"; or a tank: "the Mark V tank", "the Sherman tank" (the training sets'
    # 5 names before "tank" are its make's); or a rocket or a missile, its make's or its
    # family's name: "an Ariane rocket" (no training set's name before these is a person's)
    r"|engines?|tanks?|rockets?|missiles?)\b"
)


_POSSESSIVE_AND_FULL_NAME = re.compile(r"['’]s[^\S\n]+([A-Z][\w-]+)[^\S\n]+[A-Z]")


def _owns_a_person(text: str, end: int) -> bool:
    """Whether a possessive and a given name and another capitalised word follow a name."""
    match = _POSSESSIVE_AND_FULL_NAME.match(text, end)
    return match is not None and is_given_name(match.group(1))


def _before_a_bands_member(
    text: str, forms: list[tuple[str, ...]], found: set[Span], others: list[Span]
) -> bool:
    """Whether a band member's word follows a mention of the name, however the model read it
    (`others`: where it read the forms as no person's); in an article, wherever the text
    writes the name: the model may have read the band into its member's name ("Motley Crue
    guitarist Mick Mars", one name, parted at the lower-case word). (A novel's text is not
    searched for each of its names.)"""
    mentions = itertools.chain(found, others)
    if any(_A_BANDS_MEMBER_AFTER.match(text, end) for _, end in mentions):
        return True
    return len(text) <= ARTICLE_CHARACTERS and any(
        text.startswith(" ".join(w), at)
        and _A_BANDS_MEMBER_AFTER.match(text, at + len(" ".join(w))) is not None
        for w in forms
        for at in where_written(text, w[0])
    )


# A state's university and a comma before a name: "the University of California, Davis".
_A_UNIVERSITY_OF_BEFORE = re.compile(
    r"\bUniversity[^\S\n]+of[^\S\n]+([A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?),[^\S\n]+$"
)


def _a_states_campus(text: str, start: int) -> bool:
    """Whether a name follows a state's university and a comma: "the University of
    California, Davis" (not "the University of Paris, Johann")."""
    match = _A_UNIVERSITY_OF_BEFORE.search(text, max(0, start - 48), start)
    return match is not None and match.group(1) in states_of_the_united_states()


# After a name: a mark, or a verb or a word that opens no noun phrase the name describes.
_NO_NOUN_AFTER = re.compile(
    r"[^\S\n]*(?:[.,;:)]|$)|[^\S\n]+(?:was|is|were|are|has|had|and|in|on|at|from|of|to)\b"
)


def _after_a_language_and(text: str, start: int) -> bool:
    """Whether a language's or a people's word and "and" or "or" come right before `start`."""
    before = _A_WORD_AND_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and (
        before.group(1).lower() in gazetteer()["language"] or code_for(before.group(1)) is not None
    )


_A_WORD_AND_BEFORE = re.compile(r"\b([A-Z][a-z]+)[^\S\n]+(?:and|or)[^\S\n]+$")


def always_after(words_before: re.Pattern[str], reach: int, text: str, found: set[Span]) -> bool:
    """Whether `words_before` ends right before every mention, within `reach` characters."""
    return all(words_before.search(text, max(0, start - reach), start) for start, _ in found)


def _before_its_region(text: str, end: int) -> bool:
    """Whether a state, a province (or its short form: "Eau Claire, Wisc.") or a country
    follows `end` after a comma, and then a stop, a comma or "in" ("in Palo Alto, California,
    in 1939"; not "Ann Richards, Texas governor")."""
    region = _REGION_AFTER.match(text, end)
    return region is not None and (
        is_a_region(region.group(1)) or is_a_state_in_short(region.group(1))
    )


def _opens_with_a_given_name_and_surname(words: tuple[str, ...]) -> bool:
    """Whether a name opens with a given name and a surname, or is a given name and a
    double surname ("Fanny Blankers-Koen") or a surname of two words ("Archie San Romani"),
    as a town's name seldom does ("Santa Barbara", "Jackson Hole")."""
    if len(words) == 2 and is_given_name(words[0]) and "-" in words[1]:
        parts = words[1].split("-")
        return len(parts) == 2 and all(part.isalpha() and part.istitle() for part in parts)
    return is_given_name_and_surname(words[:2]) or (
        len(words) == 3 and is_given_name_and_surname((words[0], words[2]))
    )


def _opens_a_row_with_a_term(text: str, start: int, end: int) -> bool:
    """Whether a name opens a line and its region is followed by a span of years, as an
    office holder's row is ("Trygve Lie, Norway, 1946 – 1952"), where a town's row gives one
    year at most ("Tokyo, Japan, 1964")."""
    line_start = text.rfind("\n", 0, start) + 1
    region = _REGION_AFTER.match(text, end)
    return (
        not text[line_start:start].strip()
        and region is not None
        and _YEARS_AFTER.match(text, region.end()) is not None
    )


# A span of years after a comma: "1946 – 1952", "1953-61", "1982 to 1991"
_YEARS_AFTER = re.compile(r",[^\S\n]*\d{4}[^\S\n]*(?:[–—-]|to)[^\S\n]*(?:\d{2}|\d{4})\b")
# A region and a time or a mark after an athlete's name: ", Senegal, 45.01", ", Kenya,
# 2:05:33" (not a town's population: "1. Thiès, Senegal, 320,000").
_REGION_AND_A_RESULT_AFTER = re.compile(
    r",[^\S\n]+[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)*[^\S\n]*,[^\S\n]*\d+(?:[.:]\d+)+\b"
)
_RANK_OPENING_A_LINE = re.compile(r"(?:^|\n)[^\S\n]*\d{1,3}[^\S\n]*[.)][^\S\n]*$")
_REGION_AFTER = re.compile(
    r",[^\S\n]+([A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)?)(?=[,.;:)]|[^\S\n]+(?:in|on|at|and)\b|\s*$)"
)


def _an_adjective_before_a_kind(text: str, start: int, end: int) -> bool:
    """Whether a word stands between "a" or "an" and a kind of person in lower case, as an
    adjective does: "a Hopi runner" (not "a Kennedy aide": a surname)."""
    if not _AN_ARTICLE_BEFORE.search(text, max(0, start - 4), start):
        return False
    return before_a_kind_of_person(text, end)


_AN_ARTICLE_BEFORE = re.compile(r"\b[Aa]n?[^\S\n]+$")
_A_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|became|become|becomes|been)[^\S\n]+an?[^\S\n]+$"
)
_A_STOP_AFTER = re.compile(r"[^\S\n]*[.,;]")


def _a_shop_of(text: str, start: int, end: int) -> bool:
    """Whether a name in the possessive follows "a" or "an": a shop of a chain named after
    its founder ("the opening of a McDonald's", "a Dillard's bag"; the one name so placed in
    the training sets is a shop's)."""
    return (
        text.startswith(("'s", "’s"), end)
        and _AN_ARTICLE_BEFORE.search(text, max(0, start - 4), start) is not None
    )


# A noun in lower case after a word, not a word that may go on after a name or a title.
_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?!(?:of|and|or|in|from|who|with|at|to|by|for|on|as|is|was|the)\b)[a-z]+\b"
)


def always_before(words_after: re.Pattern[str], text: str, found: set[Span]) -> bool:
    """Whether `words_after` starts right after every mention."""
    return all(words_after.match(text, end) for _, end in found)


# The honorifics only a person's surname follows ("Mr", "Mrs", "Ms", "Dr"), and those that
# novels and films lend their characters from other languages ("Signor Ferrari", "Herr
# Flick"); a title may stand before a thing's name too ("the Prince Consort", "Captain
# Nature", "a private Lotus", "Former Chelsea player").
_HONORIFIC_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Mme|Mlle|Miss|Prof|Professor|Rev|Reverend|Sir|Dame|Signor|Signora"
    r"|Señor|Señora|Herr|Frau|Monsieur|Madame)\.?[^\S\n]+$"
)


# Bodies whose names hold a person's after "of": "the Church of Jesus Christ of Latter-day
# Saints", "the Society of Jesus", "the College of William & Mary", "the Order of the
# Servants of Mary" (but "the Referendum Party of James Goldsmith" is his party). In the
# training sets the 10 names after "Servants of", "Daughters of", "Missionaries of", "Sons
# of" are bodies' or works', none a person's.
_NAMED_FOR_SOMEONE_BEFORE = re.compile(
    r"\b(?:Church|Temple|Cathedral|Basilica|Chapel|Abbey|Order|Society|College|Congregation"
    r"|Brotherhood|Sisters|Knights|Servants|Daughters|Missionaries|Handmaids|Sons)"
    # (perhaps with what of the person the body is named for: "the Congregation of the
    # Passion of Jesus Christ", "the Church of the Holy Name of Jesus")
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:(?:[A-Z][a-z]+[^\S\n]+){1,2}of[^\S\n]+)?$"
)


def inside_an_institutions_name(text: str, start: int) -> bool:
    """Whether a name starting at `start` ends an institution's name ("the Church of Jesus
    Christ of Latter-day Saints"): no mention of the person it is named for."""
    return "of " in text[max(0, start - 8) : start] and bool(  # (the cheap test first)
        _NAMED_FOR_SOMEONE_BEFORE.search(text, max(0, start - 48), start)
    )


def _a_days_name(words: tuple[str, ...]) -> bool:
    """Three words or more ending in "Day", none an initial nor a title: a holiday's name
    ("Sadie Hawkins Day", "Martin Luther King Day"; not "William R. Day", "Justice William
    Rufus Day")."""
    return (
        len(words) >= 3
        and words[-1] == "Day"
        and not any(is_initial(word) for word in words)
        and words[0].lower().rstrip(".") not in gazetteer()["title"]
    )


def _countries_joined_by_a_hyphen(words: tuple[str, ...]) -> bool:
    """One word of two countries' names joined by a hyphen: "Austria-Hungary" (not a country
    of that name, "Guinea-Bissau", which the country step counts)."""
    parts = words[0].split("-") if len(words) == 1 else []
    return len(parts) == 2 and all(code_for(part) for part in parts) and not code_for(words[0])


def _a_name_word(word: str) -> bool:
    """A given name or a surname of the word lists."""
    return is_given_name(word) or word.lower() in gazetteer()["surname"]


def _a_club_of_a_city(forms: list[tuple[str, ...]]) -> bool:
    """Forms of a capitalised word that is no given name and a large city's name ("Alianza
    Lima", "Cerezo Osaka"), and perhaps the city's name alone."""
    pairs = [w for w in forms if len(w) == 2]
    return bool(pairs) and all(
        (
            len(w) == 2
            and w[0][:1].isupper()
            and not is_given_name(w[0])
            and in_lists(w[1].lower(), ("city_large",))
        )
        or (len(w) == 1 and any(w[0] == pair[1] for pair in pairs))
        for w in forms
    )
