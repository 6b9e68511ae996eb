"""The names inside a span the model read as a person's: split at lower-case words, with
titles, honorifics and stray words taken off their edges, and kept where what is left is
plausible as someone's name: "Prime Minister Hun Sen" holds "Hun Sen", "Pierre and Natasha"
two names, "Homer's Iliad" only "Homer"."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from reader_app.core.clubs_and_firms import is_a_legal_form
from reader_app.core.countries import code_for
from reader_app.core.name_edges import (
    after_inner_title,
    is_a_surname_after_a_given_name,
    is_date_before_title,
    is_first_of_the_name,
    is_given_name_before,
    is_name_of_a_place,
    is_occupation_before_name,
)
from reader_app.core.name_plausible import is_plausible, names_a_doctrine
from reader_app.core.name_shapes import TITLES_THAT_ARE_SURNAMES, is_given_name_and_surname
from reader_app.core.name_words import (
    CONTINENTS,
    FOLLOWERS_OF_FAITHS,
    KOREAN_GIVEN_NAME,
    REGNAL_NUMBER,
    RULERS,
    SAINT_WORDS,
    SHIP_PREFIXES,
    STREET_WORDS,
    given_names,
    in_lists,
    is_adverb_or_gerund,
    is_common_word,
    is_compound_title,
    is_given_name,
    is_initial,
    is_institution_word,
    is_suffix,
    is_title_case,
    name_end_words,
    name_start_words,
    opens_with_a_given_name,
    people_rules,
    without_accents,
    without_letters_after,
)
from reader_app.core.ner.clusters import lower_case_cluster_words
from reader_app.core.ner.features import gazetteer

# Articles and prepositions of other languages that stand in no person's name (unlike "de",
# "van" or "y", or "las" after "de": "Bartolomé de las Casas"): a span holding one is a
# title, "Por una Cabeza", "Moi et les Autres", not people. None is inside a person's name in
# the training sets' gold. ("et" and "und" join two names as "and" does: "Dismas et Gesmas";
# but the 12 names holding "en", French's "in" and Dutch's "and", are places' and firms':
# "Van Gend en Loos".)
_FOREIGN_FUNCTION_WORDS = frozenset(
    "una uno un por para con sin sobre los las il gli avec pour sur dans les mit für auf com sem"
    " pelo pela ao aos en".split()
)


_HEADS_OF = frozenset(
    "editor editors director head chairman chairwoman president member members leader owner "
    "founder co-founder publisher".split()
)


def spaced_hyphen_joins(before: str, after: str, *, first: bool = False) -> bool:
    """Whether a hyphen the tokenizer spaced joins two parts of a name: an East Asian given
    name's second syllable, a short word of no English list ("Jong - un", "Moo - hyun"); a
    particle ("Viollet - le"), and a capitalised word after one ("le - Duc"); a given name
    after the `first` word, a given name ("Hans - Peter")."""
    particles = people_rules()["particles"]
    particle = before.lower() in particles or before in ARTICLES  # "le", "el", "Ben"
    if not (before[:1].isupper() or particle):
        return False
    if after[:1].isupper():
        # only after a particle, or a given name after another ("Hans - Peter Briegel"): a
        # capitalised word after a spaced hyphen is as often after a dash ("Jamie Foxx -
        # Unpredictable", "Chris Brown - Singer" in WikiANN's lists)
        return particle or (first and is_given_name(before) and is_given_name(after))
    return after.isalpha() and (
        after in particles or (len(after) <= 4 and not in_lists(after, ("common", "everyday")))
    )


def is_double_barrelled(name: Sequence[str], rest: Sequence[str]) -> bool:
    """Whether a given name and a surname (`name`) and the one surname that ends the words
    after a spaced hyphen (`rest`, padded with two "and"s) make one name: "Antony Armstrong -
    Jones" (not "Federer - Nadal", "Richard Wilbur - William Carlos Williams"); or a given
    name, a particle and a surname before one capitalised word of no English list ("Paul von
    Lettow - Vorbeck"; not "Vincent van Gogh - Sunflowers")."""
    surnames = gazetteer()["surname"]
    if not (
        len(rest) == 3  # the surname, then the padding
        and is_given_name(name[0])
        and rest[0].lower() not in lower_case_cluster_words()  # "Chris Brown - Singer"
    ):
        return False
    if len(name) == 2:
        return all(without_accents(w.lower()) in surnames for w in (name[1], rest[0]))
    particles = people_rules()["particles"]
    return (
        len(name) in (3, 4)
        and all(w in particles for w in name[1:-1])
        and is_title_case(name[-1])
        and is_title_case(rest[0])
        and not in_lists(rest[0].lower(), ("common", "everyday"))
        and not in_lists(rest[0].lower().removesuffix("s"), ("common", "everyday"))
    )


def _names_in(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The names inside a PER span: split at lower-case words ("Pierre and Natasha"), with
    titles, honorifics, country words and stray marks dropped from their edges, none after
    "of", none right before a kind of person ("the Zora princess Ruto") and none that names
    a country or a people ("New Zealand", "Native Americans"); none in a title in another
    language."""
    if any(
        word in _FOREIGN_FUNCTION_WORDS and words[at - 1] not in ("de", "De")
        for at, word in enumerate(words[1:-1], 1)
    ):
        return []
    if len(words) > 1 and words[0].lower() in _NUMBER_WORDS:
        # a group or a title: "The Forest of a Thousand Daemons", "Seven Samurai" (in the
        # training sets the 2 such names tagged a person's are works' titles)
        return []
    if (
        len(words) in (2, 3)
        and words[0] in _GREEK_LETTERS
        and len(words[-1]) > 3
        and words[-1].endswith(_LATIN_GENITIVES)
    ):
        # a star's name in Bayer's way: "Sigma Octantis", "Tau Ceti", "Alpha Canum
        # Venaticorum" (not "Mu Li")
        return []
    if len(words) > 1 and words[-1] == "Dei":
        return []  # Latin's "of God", at the end of no person's name: "Opus Dei", "Agnus Dei"
    if (
        len(words) > 2
        and words[1] in _ROMANCE_OF
        and is_institution_word(words[0])
        and words[0] not in STREET_WORDS
    ):
        # a race, a school, a ground or a museum in French, Spanish or Portuguese: "the Prix
        # de Diane", "Stade de Gerland", "Museo del Prado" (in the training sets, 2 of 82
        # names so opening are tagged a person's). Not a street's: its last word is kept, so
        # that a novel's "Cadran" alone is known by "the Rue du Cadran" beside it.
        return []
    if len(words) == 4 and words[1:3] == ("of", "the") and is_a_given_name_of_a_place(words):
        # a saint's name: "John of the Cross", "Marie of the Incarnation"
        return [words]
    if len(words) > 1 and words[0] == "Grand" and words[1] not in _GRAND_TITLES:
        # a place, a prize or a firm: "Grand Bahama", "Grand Prix" (in the training sets 68
        # of the 70 names opening with "Grand" are no person's; the other two a grand duke's)
        return []
    if words[0] in ("Deutsche", "Deutscher", "Deutsches", "Deutschen"):
        return []  # German's "German" opens a body's name: "Deutsche Welle" (7 of 7 in training)
    if len(words) > 1 and words[0] in _GERMAN_ARTICLES:
        # German's "a" or "the" opens a title or a body's name, no person's: "Ein Schiff wird
        # kommen", "Die Wupper" (in the training sets the 4 names so opening are bodies'; not
        # "Der", which opens "Der Ling", a princess)
        return []
    if words[-3:] in (("of", "the", "Year"), ("of", "the", "Decade")):
        return []  # an award's name: "Song of the Year", "Player of the Year"
    if any(word.endswith(("n't", "n’t")) for word in words):
        # a title: "Can't Cook, Won't Cook", "U Can't Touch This" (in the training sets the
        # 39 names holding "n't" are works' and bodies')
        return []
    start_words, end_words = name_start_words(), name_end_words()
    particles = people_rules()["particles"]
    names_too = people_rules()["names_too"]
    demonym_nouns = people_rules()["demonym_nouns"]
    titles = gazetteer()["title"]
    titles_after = _titles_after_a_name()
    kinds = _kinds_of_person()
    names: list[tuple[str, ...]] = []
    current: list[str] = []
    joins = particles | ({"of"} if is_name_of_a_place(words) else set())
    # What follows "of" is where a person comes from or belongs, not another person: "Nia
    # Sanchez of Nevada", "Michael Tien of NPP", "Methodios I of Constantinople".
    # One word after a title alone (or a word never a name alone) and "of" is a realm, not a
    # person: "Duke of Lorraine", "Elector of Saxony", "Emperor of Russia" (as CoNLL and GUM
    # annotate it).
    owner_before = place_before = realm_before = False
    # whether the name before "of" opens with a given name or ends with an institution's word
    owner_a_person_or_body = False
    thing_before_of: int | None = None  # where the name before "of" stands in `names`
    # What follows a possessive is the owner's work or thing ("Homer's Iliad", "Joseph
    # Conrad's Secret Agent"), unless a given name opens it ("FTU's Alice Mak").
    possessed = False
    padded = [*words, "and", "and"]
    for at, word in enumerate(padded[:-1]):
        if (
            current
            and (
                (
                    word == "-"
                    and (
                        spaced_hyphen_joins(current[-1], padded[at + 1], first=len(current) == 1)
                        or is_double_barrelled(current, padded[at + 1 :])
                    )
                )
                or current[-1] == "-"
                # an Arabic article before a spaced hyphen: "Naguib el - Rihani"
                or (word in ARTICLES and padded[at + 1] == "-" and padded[at + 2][:1].isupper())
            )
        ):
            # a hyphen the tokenizer spaced, inside a name: "Sam Bankman - Fried", "Kim Jong
            # - un" (GUM writes names so: 39 of its people's names hold one)
            current.append(word)
            continue
        if (
            word[:1].isupper()
            or word[:1].isdigit()
            or (current and (word in joins or _ARTICLE_SURNAME.fullmatch(word)))
            or (current and word in ("las", "los") and current[-1] == "de")  # "de las Casas"
        ):
            current.append(word)
            continue
        if word == "the" and _opens_an_epithet(current, padded[at + 1 : at + 3]):
            current.append(word)  # "Edward the Confessor", "Frederick the Wise"
            continue
        if not current:
            possessed = False  # a word between: "Napoleon's historian Thiers"
            # What someone is the editor or the head "of" is a body, not a person: "Gaston
            # Calmette, editor of Le Figaro", read as one name.
            if word == "of" and padded[at - 1] in _HEADS_OF:
                owner_before = True
            # One word after a ruler in lower case and "of" is a realm: "Baldwin II, the
            # Latin emperor of Constantinople" (but "the king of Spain Juan Carlos"); and
            # after a bishop or a mayor, a see or a town: "bishop of Winchester" (in the
            # training sets 9 of 14 names so placed are places', the rest inside a person's
            # name in WikiANN: "Æthelnoth (archbishop of Canterbury)").
            if word == "of" and (padded[at - 1] in RULERS or padded[at - 1] in _HEADS_OF_PLACES):
                realm_before = True
            continue
        if word in kinds and padded[at + 1][:1].isupper():
            current = []  # a people's or a place's name before a kind: "Zora princess Ruto"
        if (owner_before and not (place_before and word in POSSESSIVES)) or (
            realm_before and len(current) == 1
        ):
            # (but "Prince Vasíli at Anna Pávlovna's" is at her house)
            owner = (
                _an_owners_name(current, owner_a_person_or_body)
                if owner_before and not place_before
                else None
            )
            if owner is not None:
                # a group's, a work's or a feast's owner, a given name and a surname or a
                # ruler: "the Ballets Russes of Sergei Diaghilev", "Der Brenner of Ludwig von
                # Ficker", "the Diamond Jubilee of Queen Victoria" (not the firm of "Jim Smith
                # of Morgan Stanley", nor the see of "the Diocese of Alba Pompeia"); what was
                # before "of" is the owner's, no one, unless a person's ("tell Natásha of
                # Prince Andrew's wound")
                if thing_before_of is not None:
                    del names[thing_before_of]
                names.append(owner)
            owner_before, place_before, realm_before, current = word == "of", False, False, []
            continue
        # (an earl too, whose word is a given name as well and so no title: "Earl Warren";
        # "William Marshal , Earl of Pembroke")
        realm_before = word == "of" and all(
            w.lower().rstrip(".") in start_words or w in _TITLES_AND_GIVEN_NAMES for w in current
        )
        if realm_before and not _TITLES_AND_GIVEN_NAMES.isdisjoint(current):
            current = []  # titles only: "The Earl of Pembroke" is no "Earl"
        if current and current[0].upper() in SHIP_PREFIXES and not current[0].istitle():
            # "HMS Queen Elizabeth" is a ship, not the Queen (but "Ara Güler" a man, though
            # "ARA" opens an Argentine ship's name)
            current = []
        if len(current) > 1 and current[0] in _PLACE_OPENINGS:
            current = []  # "the Lower Bann", "Upper Silesia", "Chez Panisse": a place
        if (
            len(current) == 2
            and current[0] in _ORDINALS
            and current[1].lower() not in gazetteer()["title"]
        ):
            # "the Third Hill of Istanbul", "Second Avenue": in the training sets 33 names so
            # opening are places' or bodies', one a role's ("as Second Witch")
            current = []
        if len(current) == 2 and current[0] == "New":
            # "the port of New Ross": in the training sets no person's name of two words
            # opens so, 322 places' and firms' do (but "New Yorker Rebecca Weinstein")
            current = []
        if (
            len(current) > 1
            and (
                (
                    is_a_region(" ".join(current))
                    and not _a_saint(current)
                    # (nor a ruler a town is named after: "Emperor Pedro II")
                    and not (len(current) == 2 and REGNAL_NUMBER.fullmatch(current[1]))
                )
                or (current[-1].endswith("s") and code_for(current[-1][:-1]))
            )
        ):
            # a country, a state or a people: "New Zealand", "North Carolina", "Native
            # Americans" (but not a saint, whom parishes of the Caribbean are named after:
            # "Saint George", read as a person)
            current = []
        if (
            len(current) > 2
            and current[0] in _DON
            and is_given_name(current[1])
            and current[1].lower() not in particles
            and current[2][:1].isupper()
        ):
            # "Don Fabrizio Corbera": the Italian or Spanish honorific before a given name
            # and a surname (in the training sets "Don" never opens a person's name so but
            # as a given name: "Don Van Natta")
            current.pop(0)
        if (
            len(current) == 2
            and current[0] in _DON
            and is_given_name(current[1])
            and without_accents(current[1].lower()) not in gazetteer()["surname"]
            and current[1].lower() not in gazetteer()["surname_common"]  # "Don King"
        ):
            # "the priest Don Camillo": the honorific before a given name that is no surname
            # (not "Don Johnson", "Don Henley")
            current.pop(0)
        if len(current) > 1 and current[0] == "Doña" and current[1][:1].isupper():
            current.pop(0)  # "Doña Petrona": no one's given name, unlike "Don" and "Dona"
        while (
            current
            and not is_initial(current[0])
            and not (len(current) > 1 and current[0].lower() in names_too)
            and not (len(current) > 1 and current[1] == current[0])  # doubled: "Run Run Shaw"
            # A particle written with a capital begins the name: "De Gaulle", "Van Gogh".
            and not (
                len(current) > 1 and current[0][:1].isupper() and current[0].lower() in particles
            )
            and (
                current[0].lower().rstrip(".") in start_words
                or is_compound_title(current[0])
                or (code_for(current[0]) and not is_given_name_before(current))
                # "Finn Juha Kankkunen", "Frenchman Cedric Pioline" (not "Dane Cook"), and
                # before names the lists do not know where the people's word is no given name:
                # "the Sherpa Pasang Dawa Lama"
                or (
                    len(current) > 2
                    and current[0].lower() in demonym_nouns
                    and (is_given_name(current[1]) or not is_given_name(current[0]))
                )
                or (
                    len(current) > 1
                    and is_common_word(current[0])
                    and not KOREAN_GIVEN_NAME.fullmatch(current[1])  # "Ban Ki-moon"
                )
                or (len(current) > 1 and is_adverb_or_gerund(current[0]))
                # "the Decembrists Kondraty Ryleyev and Alexander Bestuzhev"
                or (len(current) > 1 and names_a_doctrine(current[0].lower()))
                or is_date_before_title(current)
                or current[0].lower().endswith(_ADJECTIVE_ENDINGS)  # "US-based Amazon"
            )
        ):
            current.pop(0)
        if current and (
            _ends_with_a_faith(current)
            or _ends_with_a_number(current)
            or _ends_with_a_doctrine(current)
            or _named_after_a_ruler(current)
            or _a_titles_verb_inside(current)
        ):
            # "Christian Maronite", "Roman Catholics", "the Cambridge Five": a group;
            # "Mahayana Buddhism": a doctrine; "the King George VI Chase": a race; "Judith
            # Slaying Holofernes": a painting
            current = []
        while (
            current
            and not is_initial(current[-1])
            # (after a given name and an initial, a title's word is a surname: "Henry J.
            # Kaiser", "Ben E. King")
            and not (
                len(current) > 2
                and is_initial(current[-2])
                and (
                    current[-1].lower() in titles
                    or current[-1].lower() in people_rules()["never_alone"]
                )
            )
            and not (len(current) > 1 and current[-1].lower() in names_too)
            and not is_first_of_the_name(current)
            and not is_a_surname_after_a_given_name(current)
            and current[-1].lower() in end_words
        ):
            current.pop()
        if not current[:1] or not current[0].isupper():
            # "Isaac Newton PRS FRS", "Thomas Jones OBE" (not "JACK MA")
            current = list(without_letters_after(tuple(current)))
            if len(current) > 1 and _is_an_acronym_after_a_name(current[-1]):
                # a position's or an order's letters after a person's full name ("53 Whitney
                # Paul OLB", "Pope Victor III OSB"); after anything else, or a firm's, a
                # club's or a record's letters, a thing's name ("a Cook PVI of D+10",
                # "Sanpaolo IMI", "Ellsworth AFB", "Axel Springer SE", "Summer Sun EP")
                full_name = len(current) > 2 and is_given_name(current[0])
                thing = current[-1] in _THINGS_LETTERS or is_a_legal_form(current[-1])
                current = current[:-1] if full_name and not thing else []
        if len(current) > 1 and _REGNAL_AT_A_STOP.fullmatch(current[-1]):
            current[-1] = current[-1][:-1]  # "Queen Mary I." at the end of a sentence
        while (
            len(current) > 2
            and current[-1].lower() in titles_after
            and not (
                current[-1].lower() in TITLES_THAT_ARE_SURNAMES
                and is_given_name(current[-2], of_other_countries=False)
            )
            and not is_initial(current[-2])
        ):
            # "Robert Pangborn Vice President", but "Hun Sen", "Martin Luther King", "Sir
            # John Major", and after an initial, where no title stands: "Henry J. Kaiser"
            current.pop()
        if len(current) == 3 and current[0] == "Shah" and REGNAL_NUMBER.fullmatch(current[2]):
            # a surname too ("Naseeruddin Shah"), but a title before a given name and a
            # ruler's number, as "Sultan" is: "Shah Ismail I", "Shah Abbas II"
            current.pop(0)
        if len(current) > 1 and is_occupation_before_name(current):
            current.pop(0)  # "Frontman Kurt Cobain", "Defender John Terry", "Guitarist Ishigaki"
        current = current[after_inner_title(current, titles) :]
        thing = possessed and bool(current) and not opens_with_a_given_name(current)
        if thing:
            current = []
        for at in range(1, len(current) - 1):
            if (
                is_suffix(current[at])
                and without_accents(current[at + 1].lower())
                in given_names(of_other_countries=False)
                # (not a ruler's number after one given name, before another: "Sigismund II
                # Augustus", "Carl XVI Gustaf")
                and not (at == 1 and REGNAL_NUMBER.fullmatch(current[at]))
            ):
                # "Thomas Francis Jr. Albert Sabin": the splitter kept "Jr." inside a sentence.
                names.append(tuple(current[: at + 1]))
                current = current[at + 1 :]
                break
        if current and current[0] in ("los", "las"):
            # Spanish's plural article left at the front once a title and "de" went: "the
            # Señor de los Temblores", a crucifix (a surname keeps its "de": "de los Ríos")
            current = []
        if current:
            names.append(tuple(current))
        # After a title alone a person may follow: "Governor of Washington Chris Gregoire".
        # After a thing, what follows is its place or owner ("Stones of Florence", "Articles
        # of Impeachment"), and rarely a person ("Life of Samuel Comstock").
        # What follows "in" or "at" is a place or a work: "Dustin Hoffman in Kramer vs. Kramer".
        place_before = word in _PLACE_PREPOSITIONS
        owner_before = place_before or (word == "of" and (bool(current) or thing))
        owner_a_person_or_body = bool(current) and (
            is_given_name(current[0]) or is_institution_word(current[-1])
        )
        # the name before "of", unless a person's: a given name alone or before a listed
        # surname ("Natásha"; not "Diamond Jubilee")
        thing_before_of = (
            len(names) - 1
            if word == "of" and current and not _a_persons_name_before_of(current)
            else None
        )
        possessed = word in POSSESSIVES
        current = []
    return names


_GREEK_LETTERS = frozenset(
    "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho "
    "Sigma Tau Upsilon Phi Chi Psi Omega".split()
)
# The endings of constellations' Latin names in the genitive: "Centauri", "Draconis", "Lyrae".
_LATIN_GENITIVES = ("ae", "is", "i", "orum", "ium")


def is_a_given_name_of_a_place(tokens: tuple[str, ...]) -> bool:
    """Whether a name is a given name, "of" and one word that names no country nor continent:
    a saint's, a ruler's or a scholar's name, "Teresa of Ávila", "John of the Cross", "Thérèse
    of Lisieux", read as an organisation (in the training sets 50 of the 52 names so made are
    people's, the other two films' names, "George of the Jungle"). Not a given name that is
    an everyday word too, which opens works and places: "Song of Songs", "Vale of Glamorgan"."""
    if len(tokens) not in (3, 4) or tokens[1] != "of":
        return False
    place = tokens[3:] if tokens[2] == "the" else tokens[2:]
    first = tokens[0].lower()
    return (
        len(place) == 1
        and place[0][:1].isupper()
        and is_given_name(tokens[0])
        and first not in gazetteer()["title"]
        and first not in RULERS
        and first not in lower_case_cluster_words()
        and not code_for(place[0])
        and place[0] not in CONTINENTS
        and not any(map(is_institution_word, tokens))
    )


_GRAND_TITLES = frozenset({"Duke", "Duchess", "Prince", "Princess", "Vizier", "Master", "Mufti"})
_ROMANCE_OF = frozenset({"de", "du", "des", "da", "do", "dos", "das", "del", "di"})


def _an_owners_name(words: list[str], after_a_person: bool) -> tuple[str, ...] | None:
    """The name of the words after a name and "of", if they are a person's: a ruler's title
    and a given name ("Queen Victoria", "King Edward VII"; the name without its title), or,
    not `after_a_person` (or a body), a given name and a surname, with particles between
    ("Ludwig von Ficker"; not "Jim Smith of Morgan Stanley")."""
    if (
        len(words) in (2, 3)
        and words[0].lower() in RULERS
        and is_given_name(words[1])
        and (len(words) == 2 or REGNAL_NUMBER.fullmatch(words[2]) is not None)
    ):
        return tuple(words[1:])
    if (
        not after_a_person
        and 2 <= len(words) <= 4
        and all(w in _OWNERS_PARTICLES for w in words[1:-1])
        and is_given_name_and_surname((words[0], words[-1]))
    ):
        return tuple(words)
    return None


_HEADS_OF_PLACES = frozenset("bishop archbishop abbot abbess prior dean mayor governor".split())


def _a_persons_name_before_of(words: list[str]) -> bool:
    """Whether the words before "of" are a person's name: a given name alone or before a
    surname of the list, or a given name and two words or more."""
    if not is_given_name(words[0]):
        return False
    return len(words) != 2 or without_accents(words[1].lower()) in gazetteer()["surname"]


_OWNERS_PARTICLES = frozenset({"von", "van", "de", "di", "da", "du", "del", "der", "le", "la"})


# Followers of a faith or a church, singular and plural: a name ending in one is a group's
# ("Christian Maronite", "Roman Catholics"). Not "Christian", "Baptist" nor "Gentile", which
# end people's names ("Fletcher Christian", "John Baptist", "Giovanni Gentile"), nor after
# "Abu" or "ibn" ("Abu Muslim"; the training sets' only people's names ending so, but for
# GUM's "Catholic" alone).
_FAITHS = FOLLOWERS_OF_FAITHS - {"christian", "baptist", "gentile"}


def _ends_with_a_faith(words: list[str]) -> bool:
    last = words[-1].lower()
    return (
        len(words) > 1
        and (last in _FAITHS or last.removesuffix("s") in _FAITHS or last in ("orthodox", "shia"))
        and words[-2].lower() not in ("abu", "ibn", "bin", "ben")
    )


def _ends_with_a_doctrine(words: list[str]) -> bool:
    """A name of two words or more whose last is an "-ism" ("Mahayana Buddhism", "German
    Romanticism"): in the training sets, 3 of 14 names so ending are people's, all WikiANN's
    silver ("The Pillars of Adventism", "German Romanticism")."""
    last = words[-1].lower()
    return len(words) > 1 and last.endswith("ism") and names_a_doctrine(last)


# Numbers in words that end a group's name, never a person's in the training sets' gold (but
# WikiANN's silver "Fantastic Four", "Les Six"): "the Cambridge Five", "the Chicago Seven";
# nor open one.
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve hundred thousand".split()
)


def _a_titles_verb_inside(words: list[str]) -> bool:
    """A verb's -ing form between two capitalised words: a work's title ("Judith Slaying
    Holofernes", "Saturn Devouring His Son"); in the training sets 126 of 135 names so made
    are bodies', places' or works', and of the nine read as people's seven are shows' titles
    ("The Tonight Show Starring Johnny Carson")."""
    return len(words) > 2 and any(
        word.endswith("ing") and is_adverb_or_gerund(word) for word in words[1:-1]
    )


def _named_after_a_ruler(words: list[str]) -> bool:
    """A ruler's name and number, then a race's or an institution's word: "George VI Chase",
    "Edward VII Hospital" (not "Carl XVI Gustaf", whose last word is a name)."""
    return (
        len(words) > 2
        and REGNAL_NUMBER.fullmatch(words[-2]) is not None
        and (words[-1] in _RACES or is_institution_word(words[-1]))
    )


_RACES = frozenset({"Chase", "Stakes", "Handicap", "Hurdle", "Cup", "Trophy", "Plate"})


def _ends_with_a_number(words: list[str]) -> bool:
    return len(words) > 1 and words[-1].lower() in _NUMBER_WORDS


_ADJECTIVE_ENDINGS = ("-based", "-born", "-owned", "-led", "-run", "-listed", "-quoted")
POSSESSIVES = frozenset({"'s", "’s"})
# Places and monuments named with an owner's possessive, which the training sets tag whole
# as places ("Nelson's Column", "Sullivan's Island", "Tucker's Town").
_PLACES_AFTER_A_POSSESSIVE = frozenset(
    {"Pillar", "Column", "Monument", "Folly", "Town", "Land", "Island", "Bay", "Tower"}
)


def a_place_named_after_its_owner(tokens: tuple[str, ...]) -> bool:
    """A name ending in a possessive and a place's or a monument's word: "Nelson 's Pillar",
    "King William 's Town"."""
    return (
        len(tokens) > 2 and tokens[-2] in POSSESSIVES and tokens[-1] in _PLACES_AFTER_A_POSSESSIVE
    )


# Words that open places' names: "Upper Silesia", "Chez Panisse", "Château Cantemerle",
# "Hotel Esplanade" (in the training sets 18 names open with one of these words after the
# first two, three of them read as people's, WikiANN's slips: "Château La Lagune", a wine).
# (and "Camp": "Camp Sumter", "Camp David"; in the training sets no person's name opens with
# it, 8 places' and bodies' do)
_PLACE_OPENINGS = frozenset(
    {"Upper", "Lower", "Chez", "Château", "Chateau", "Hotel", "Casa", "Camp"}
)
_PLACE_PREPOSITIONS = frozenset({"in", "at"})
_ORDINALS = frozenset(
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth".split()
)


_REGNAL_AT_A_STOP = re.compile(r"[IVXL]+\.")


_RULERS_EPITHETS = frozenset(
    "great elder younger bold fair pious wise conqueror confessor magnificent terrible good "
    "bald fat lionheart unready navigator lawgiver apostate venerable stout red black simple "
    "blind lame short just cruel brave blessed hairy proud peaceful mad strong wicked "
    "victorious learned old young restorer silent".split()
)


def _is_an_acronym_after_a_name(word: str) -> bool:
    """Two to four capitals that no list knows as a name nor are a ruler's number: "OLB",
    "OSB", "PVI" (not "ROY" of "Jean ROY", a surname written in capitals, nor "III"); in the
    training sets the one person's name so ending keeps letters of honours ("Daniel
    Bernoulli FRS")."""
    return (
        2 <= len(word) <= 4
        and word.isalpha()
        and word.isupper()
        and not REGNAL_NUMBER.fullmatch(word)
        and not in_lists(word.lower(), ("given", "surname"))
    )


# Letters after a name that make it a thing's: a record's, a club's, a base's, a company's.
_THINGS_LETTERS = frozenset("EP LP FC SC SK CC AC CF AFB SE SA AS".split())


def is_a_name_with_an_epithet(tokens: tuple[str, ...]) -> bool:
    """A name with an epithet ("Edward the Confessor", "Constantine the Great"), perhaps a
    saint's ("Saint Gregory the Illuminator"), which the model read as an organisation or a
    place; a ruler's number may stand before the epithet ("Casimir III the Great")."""
    if len(tokens) == 4 and tokens[0] in SAINT_WORDS:
        tokens = tokens[1:]
    elif len(tokens) == 4 and REGNAL_NUMBER.fullmatch(tokens[1]):
        tokens = (tokens[0], *tokens[2:])
    return (
        len(tokens) == 3
        and tokens[1] == "the"
        and _opens_an_epithet(list(tokens[:1]), [tokens[2], "and"])
        and not is_institution_word(tokens[2])
    )


def _opens_an_epithet(current: list[str], following: list[str]) -> bool:
    """Whether "the" after a given name alone opens an epithet of one capitalised word:
    "Edward the Confessor", "Ivan the Terrible" (not "Pierre the Fat Man"); after any other
    capitalised word, an epithet rulers bear ("Constantine the Great"); after a saint's
    given name too ("Saint Gregory the Illuminator"), or a titled one ("Pope Gregory the
    Great")."""
    epithet = following[0]
    if len(current) == 2 and (
        current[0] in SAINT_WORDS or current[0].lower() in gazetteer()["title"]
    ):
        current = current[1:]
    elif len(current) == 2 and REGNAL_NUMBER.fullmatch(current[1]):
        current = current[:1]  # "Casimir III the Great"
    if len(current) != 1 or not (
        is_given_name(current[0], of_other_countries=False)
        or (epithet.lower() in _RULERS_EPITHETS and not is_institution_word(current[0]))
    ):
        return False
    return (
        epithet[:1].isupper()
        and not following[1][:1].isupper()
        # "in August the Rostóvs" (but "Louis the Pious")
        and (not epithet.endswith("s") or epithet.lower() in _RULERS_EPITHETS)
        and epithet.lower().rstrip(".") not in name_start_words()  # "his Grace the Duke"
        and current[0].lower() not in gazetteer()["month"]
    )


_GERMAN_ARTICLES = frozenset({"Ein", "Eine", "Einen", "Einem", "Einer", "Eines", "Die"})
_DON = frozenset({"Don", "Doña", "Dom", "Dona"})
# Titles that are given names too, and so no titles alone, but titles before "of" and a realm.
_TITLES_AND_GIVEN_NAMES = frozenset({"Earl", "Marquis", "Duc"})


def is_a_plural_nickname(word: str) -> bool:
    """A team's nickname in the plural ("Canadiens", "Eagles"); "Jones" looks like one too,
    which is why it counts only after a place's name."""
    return len(word) > 3 and word.endswith("s") and word[1:].islower() and not word.endswith("ss")


@functools.cache
def _titles_after_a_name() -> frozenset[str]:
    """Titles that may end a name ("Robert Pangborn Vice President"): not ranks, which come
    before a name, never after it ("Auguste Comte", "Nguyen Minh Duc")."""
    return gazetteer()["title"] - people_rules()["ranks"]


@functools.cache
def _kinds_of_person() -> frozenset[str]:
    return people_rules()["person_kinds"] | gazetteer()["title"]


def _a_saint(words: list[str]) -> bool:
    """ "Saint" and a given name: "Saint George", "St. Peter"."""
    return len(words) == 2 and words[0] in SAINT_WORDS and is_given_name(words[1])


def is_a_region(name: str) -> bool:
    """A state's, a province's (pycountry's subdivisions) or a country's name; not a man's
    with a middle initial, whom a town may be named after ("Francisco I. Madero", "Leandro N.
    Alem", Mexican and Argentine municipalities)."""
    words = name.split()
    if len(words) == 3 and is_initial(words[1]) and is_given_name(words[0]):
        return False
    return (
        name.lower() in gazetteer()["place"]
        or bool(code_for(name))
        # (English drops the lists' marks: "Tamil Nadu" for "Tamil Nādu"; but not a name
        # that a given name ends, as a man's a city is named after: "Ho Chi Minh")
        or (
            len(words) > 1
            and without_accents(name.lower()) in _places_without_accents()
            and not is_given_name(words[-1])
        )
    )


@functools.cache
def _places_without_accents() -> frozenset[str]:
    """The places' names of the lists, with their accents and marks taken off."""
    return frozenset(without_accents(place) for place in gazetteer()["place"])


def read_span(tokens: tuple[str, ...]) -> tuple[list[tuple[str, ...]], list[str]]:
    """The plausible names in a PER span, and the capitalised words of the names in it that
    are an institution's or a place's ("Mondétour" in "Rue Mondétour")."""
    names = _names_in(tokens)
    institution_words = [
        word
        for name in names
        if len(name) > 1 and any(is_institution_word(w) for w in name)
        for word in name
        if word[:1].isupper() and not is_institution_word(word)
    ]
    after_saint = len(tokens) == 2 and tokens[0] in SAINT_WORDS
    return [
        name for name in names if is_plausible(name, after_saint=after_saint)
    ], institution_words


# A surname with its article in lower case: Arabic ("al-Hakim", "el-Sisi", "ash-Shafi'i"), as
# Persian and Urdu write it too ("Qutb ud-Din Aibak", "Zia ul-Haq"), and French or Italian ones
# elided before a vowel ("d'Alembert", "d'Estaing", "dell'Acqua").
ARTICLES = "al el as ash ad az ar at an ud ul ur us".split()
_ELIDED = "d dell dall degl".split()
_ARTICLE_SURNAME = re.compile(
    rf"(?:(?:{'|'.join(ARTICLES)})-|(?:{'|'.join(_ELIDED)})['’])[A-Z][\w'’]+"
)
ARTICLE_SURNAME_AFTER = re.compile(rf"[^\S\n]+({_ARTICLE_SURNAME.pattern})\b")
ARTICLES_AFTER = tuple(  # a cheap test first
    [f" {article}-" for article in ARTICLES]
    + [f" {article}{mark}" for article in _ELIDED for mark in "'’"]
)
