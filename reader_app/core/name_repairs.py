"""The model's name spans mended before people are grouped.

A suffix, a particle, a first initial, a ruler's epithet or an Arabic surname the model left
out is joined to the name, and so are the two halves of a name it read as two people's (a
nickname inside a name: name_nicknames.py); a score or a place it ran on is cut off (an office
and its holder read as one are parted in name_office_holders.py); and the surnames of full
names are read."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from reader_app.core.clubs_and_firms import ARTICLE_CHARACTERS
from reader_app.core.countries import code_for
from reader_app.core.name_context import part_of_name
from reader_app.core.name_definitions import defined_as_a_thing
from reader_app.core.name_forms import (
    ARTICLE_SURNAME_AFTER,
    ARTICLES,
    ARTICLES_AFTER,
    POSSESSIVES,
    a_place_named_after_its_owner,
    is_a_name_with_an_epithet,
    is_double_barrelled,
    spaced_hyphen_joins,
)
from reader_app.core.name_office_holders import leads_the_party
from reader_app.core.name_shapes import is_a_plain_name_word
from reader_app.core.name_words import (
    RULERS,
    in_lists,
    is_given_name,
    is_given_name_no_particle,
    is_initial,
    is_institution_word,
    is_suffix,
    people_rules,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.ner.tokens import tokenize

Span = tuple[int, int]


# (the pronoun comes before a verb: "like Ixion I do revolve"; not before these words)
_AFTER_A_RULERS_NUMBER = re.compile(
    r"[^\S\n]*(?:[.,;:()]|(?:of|without|with|in|at|from|until|after|before|and)\b)"
)


# Parts after a spaced hyphen: particles and capitalised words between hyphens, or a short
# syllable in lower case ("- le - Duc", "- hyun").
_HYPHENED_PART_AFTER = re.compile(
    r"(?:[^\S\n]+-[^\S\n]+(?:[a-z]+|[A-Z][\w'’]*)(?=[^\S\n]+-[^\S\n]))*"
    r"[^\S\n]+-[^\S\n]+([a-z]{1,4}\b|[A-Z][\w'’]*)"
)


def with_hyphened_parts(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
    """The names joined over a hyphen the tokenizer spaced, as GUM and WikiANN write them: a
    name's parts the model left out ("Roh Moo | - hyun", "Eugène Viollet | - le - Duc",
    "Naguib | el - Rihani", "Ghiyath al - | Din Tughluq") or read as a name of their own
    ("Antony Armstrong | - | Jones", "Hans | - | Peter Briegel", "François | - | Joseph
    Talma"), and a thing's or a place's second half read as a person ("a pink Rolls - |
    Royce", "to Latour | - de - | Carol")."""
    if " - " not in text and " -\t" not in text:
        return list(names)  # (most texts space no hyphen; one search is cheaper than a loop)
    joined: list[NameSpan] = []
    for name in names:
        if joined and name.start < joined[-1].end:
            before = joined[-1]
            if before.kind == name.kind == "PER" and name.end > before.end:
                # the rest of a name whose opening was joined to the name before: "General
                # Abd | al - | Karim Qasim"
                rest = text[before.end : name.end].split()
                joined[-1] = NameSpan("PER", before.start, name.end, (*before.tokens, *rest))
            continue  # a part after a hyphen, joined to the name before ("Duc")
        if name.kind == "PER" and (
            opening := _a_name_opening_before_an_article(text, name.start, joined)
        ):
            # "Ghiyath | al - Din Tughluq": an Arabic name's opening the model left out or
            # read as another kind of name
            start, opening_words = opening
            if joined and joined[-1].end > start:
                joined.pop()
            name = NameSpan("PER", start, name.end, (*opening_words, "-", *name.tokens))
        if (
            len(name.tokens) == 1
            and text.endswith(" - ", max(0, name.start - 3), name.start)  # (cheap test first)
            and (
                first := _A_CAPITALISED_WORD_AND_HYPHEN.search(
                    text, max(0, name.start - 30), name.start
                )
            )
            and not (
                joined
                and first.start() < joined[-1].end
                and (joined[-1].kind != "LOC" or joined[-1].tokens != (first.group(1),))
            )
        ):
            # the second half of a thing's hyphened name, the first unread: "a pink Rolls -
            # Royce", "Mercedes - Benz"; and a place's, the first read as one: "to Latour | -
            # de - | Carol"
            kind = "ORG"
            if joined and first.start() < joined[-1].end:
                kind = joined.pop().kind
            tokens = (*text[first.start(1) : name.start].split(), *name.tokens)
            joined.append(NameSpan(kind, first.start(1), name.end, tokens))
            continue
        if joined and _a_peoples_word_goes_on(text, joined[-1], name):
            # "Anglo - | Saxon bishop of Winchester": the second half of a people's word, read
            # as a person's name with the words after it
            before, second_half = joined[-1], name.tokens[0]
            end = name.start + len(second_half)
            joined[-1] = NameSpan(
                before.kind, before.start, end, (*before.tokens, "-", second_half)
            )
            if len(name.tokens) == 1:
                continue
            start = text.index(name.tokens[1], end)
            name = NameSpan(name.kind, start, name.end, name.tokens[1:])
        if joined and _a_double_barrelled_surname(text, joined[-1], name):
            before = joined[-1]
            joined[-1] = NameSpan(
                "PER", before.start, name.end, (*before.tokens, "-", *name.tokens)
            )
            continue
        if text.startswith((" - ", " -\t"), name.end):  # (the cheap test first)
            name = _with_the_hyphened_part(text, name)
        elif (
            name.kind == "PER"
            and " - " in text[name.end : name.end + 8]  # (the cheap test first)
            and (article := _SPACED_ARTICLE_SURNAME_AFTER.match(text, name.end))
        ):
            # "Naguib | el - Rihani": an Arabic surname whose hyphen the tokenizer spaced
            words = article.group().split()
            name = NameSpan("PER", name.start, article.end(), (*name.tokens, *words))
        joined.append(name)
    return joined


def _a_name_opening_before_an_article(
    text: str, start: int, joined: list[NameSpan]
) -> tuple[int, tuple[str, str]] | None:
    """Where a name's opening word and a spaced article end right before `start`, and the two
    words, when the word is a given name or no list's word, and no name but the word itself
    covers it: "Ghiyath al - | Din Tughluq" (GUM writes three people's names so; the name of
    a person before the article has been joined to the rest already)."""
    if not text.endswith(" - ", max(0, start - 3), start):
        return None  # (the cheap test first)
    match = _A_WORD_AND_SPACED_ARTICLE_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return None
    word = match.group(1)
    if not (is_given_name(word) or is_a_plain_name_word(word)):
        return None
    before = joined[-1] if joined else None
    if before and before.end > match.start() and (before.start, before.end) != match.span(1):
        return None
    return match.start(), (word, match.group(2))


_A_WORD_AND_SPACED_ARTICLE_BEFORE = re.compile(
    rf"\b([A-Z][\w'’]*)[^\S\n]+({'|'.join(ARTICLES)})[^\S\n]+-[^\S\n]+$"
)
_SPACED_ARTICLE_SURNAME_AFTER = re.compile(
    rf"[^\S\n]+(?:{'|'.join(ARTICLES)})[^\S\n]+-[^\S\n]+[A-Z][\w'’]*"
)
# (after a word in lower case: not a credit line's "Drums - Ringo"; perhaps with a particle
# between hyphens, as French places' names have: "Latour - de - Carol")
_A_CAPITALISED_WORD_AND_HYPHEN = re.compile(
    r"\b[a-z]+[^\S\n]+([A-Z][a-zà-ÿ]+)[^\S\n]+-[^\S\n]+"
    r"(?:(?:de|du|des|la|le|les|en|sur|sous|lès)[^\S\n]+-[^\S\n]+)?$"
)


def _a_peoples_word_goes_on(text: str, before: NameSpan, name: NameSpan) -> bool:
    """Whether a person's name follows a people's or a language's one word (MISC) and a
    spaced hyphen: the second half of a compound, "Anglo - | Saxon", "Franco - | Prussian"."""
    return (
        before.kind == "MISC"
        and name.kind == "PER"
        and len(before.tokens) == 1
        and text[before.end : name.start] == " - "
        and name.tokens[0].isalpha()
        and name.tokens[0].istitle()
    )


def _a_double_barrelled_surname(text: str, before: NameSpan, name: NameSpan) -> bool:
    """Whether a given name and a surname, a spaced hyphen and one more surname, read as two
    people, are one: "Antony Armstrong | - | Jones" (not "Federer - Nadal", a match, nor
    "David Jones - Philip Larkin" in a list); or a given name, a spaced hyphen and a name
    that opens with another: "Hans | - | Peter Briegel", "François | - | Joseph Talma" (the
    first read as a place)."""
    if not (name.kind == "PER" and text[before.end : name.start] == " - "):
        return False
    if len(before.tokens) == 1:
        return spaced_hyphen_joins(before.tokens[0], name.tokens[0], first=True)
    return before.kind == "PER" and is_double_barrelled(before.tokens, (*name.tokens, "and", "and"))


def _with_the_hyphened_part(text: str, name: NameSpan) -> NameSpan:
    """A person's name (or a title and one) with the parts after a hyphen the tokenizer
    spaced that the model left out: "President Roh Moo | - hyun", "Eugène Viollet | - le -
    Duc" (a capitalised part only after a particle: not "Jamie Foxx - Unpredictable", where
    the hyphen is a dash)."""
    if not (name.kind == "PER" or name.tokens[0].lower() in gazetteer()["title"]):
        return name
    match = _HYPHENED_PART_AFTER.match(text, name.end)
    if match is None:
        return name
    parts = text[name.end : match.end()].split()  # "-", a word, "-", a word...
    words = (name.tokens[-1], *parts[1::2])
    if not all(map(spaced_hyphen_joins, words, words[1:])):
        return name
    # (a title and a name so joined is a person's: "President Roh Moo - hyun")
    return NameSpan("PER", name.start, match.end(), (*name.tokens, *parts))


# Titles of rulers numbered in order, and a number after the name that is no pronoun "I"
# (which only a stop or a bracket may follow).
_TITLES_OF_NUMBERED_RULERS = frozenset(
    "Pope King Queen Emperor Empress Tsar Sultan Pharaoh Shah Kaiser".split()
)
_A_RULERS_NUMBER_AFTER = re.compile(r"[^\S\n]+((?:[IVX]{2,5}|V|X)|I(?=[^\S\n]*[,.;:()]))(?![\w.-])")


def _first_of_the_name_at_a_stop(text: str, name: NameSpan) -> bool:
    """Whether the span ends in "I" after one capitalised word of letters, perhaps after a
    title ("the widow of King Radama I ."), before a stop, a comma, a bracket ("Ranavalona I
    (c. 1778 – 1861)"), "of" or a preposition ("Feodor I without an heir"): a ruler's number
    ("known as Rama I ."), which the pronoun seldom is there ("like Ixion I do revolve";
    "Didn't I," is no name); or anywhere after a ruler's title the model left out ("Under King
    Mahendravarman I and his son"), or where an article names the word with another number
    ("Narasimhavarman I defeated ... built under Narasimhavarman II")."""
    tokens = name.tokens
    if len(tokens) == 3 and tokens[0].lower() in gazetteer()["title"]:
        tokens = tokens[1:]
    if not (len(tokens) == 2 and tokens[1] == "I" and tokens[0].isalpha() and tokens[0].istitle()):
        return False
    if _AFTER_A_RULERS_NUMBER.match(text, name.end) is not None:
        return True
    before = _RULERS_TITLE_BEFORE.search(text, max(0, name.start - 12), name.start)
    if before is not None and before.group(1).lower() in RULERS:
        return True
    return len(text) <= ARTICLE_CHARACTERS and (
        re.search(rf"\b{re.escape(tokens[0])}[^\S\n]+(?:I[IVX]+|V|X)\b", text) is not None
    )


_RULERS_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)[^\S\n]+$")


def with_suffixes(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
    """The names with a generational suffix the model read as a name of its own joined to
    the name before it ("Martin Luther King | Jr."), with an Arabic surname in lower case
    that the model left out ("Tawfiq | al-Hakim") and the first initial it left out ("W. |
    E. B. Du Bois"), and with a ruler's epithet that the model read as a name of its own
    ("Sigurd | the | Stout", whatever kinds it gave the two), and without a score at their
    end; a suffix alone is nobody."""
    joined: list[NameSpan] = []
    for name in names:
        if joined and _an_epithet_after(text, joined[-1], name):
            ruler = joined[-1]
            tokens = (*ruler.tokens, "the", *name.tokens)
            joined[-1] = NameSpan("PER", ruler.start, name.end, tokens)
            continue
        if len(name.tokens) > 1 and _is_a_number(name.tokens[-1]):
            name = _without_a_score(text, name)
        tokens = name.tokens
        if is_suffix(tokens[0]) and all(is_suffix(t) for t in tokens):
            before = joined[-1] if joined else None
            # Whatever the model read the suffix as ("Ted Ginn, | Sr." as a place).
            if before is not None and before.kind == "PER":
                gap = text[before.end : name.start]
                if not gap.strip(" ,"):
                    tokens = _with_comma(before.tokens, "," in gap) + tokens
                    joined[-1] = NameSpan("PER", before.start, name.end, tokens)
            continue
        if (
            len(tokens) == 2
            and tokens[1].lower().rstrip(".") in ("jr", "sr")
            and joined
            and joined[-1].kind == "PER"
            and text[joined[-1].end : name.start] == " "
        ):
            # a surname and its suffix read apart from the given names before them: "Martin
            # Luther | King Jr." (the surname a title, whatever kind the model gave the two)
            before = joined[-1]
            joined[-1] = NameSpan("PER", before.start, name.end, (*before.tokens, *tokens))
            continue
        if len(tokens) > 2 and tokens[-2] == "," and is_suffix(tokens[-1]):
            tokens = _with_comma(tokens[:-2], True) + tokens[-1:]  # "Aquino , Jr." in one span
            # No place or firm ends in ", Jr.", though the model reads the comma as one's
            # ("Laffit Pincay, Jr." as "Springfield, Illinois").
            junior = tokens[-1].lower().rstrip(".") in ("jr", "sr")
            name = NameSpan("PER" if junior else name.kind, name.start, name.end, tokens)
        while name.kind == "PER" and text.startswith(ARTICLES_AFTER, name.end):
            # "Tawfiq al-Hakim", "Abu Ibrahim al-Hashimi al-Qurashi": the model stops at a
            # surname in lower case.
            article_surname = ARTICLE_SURNAME_AFTER.match(text, name.end)
            if article_surname is None:
                break
            surname = article_surname.group(1)
            name = NameSpan("PER", name.start, article_surname.end(), (*name.tokens, surname))
        if (name.kind == "PER" or name.tokens[0].lower() in gazetteer()["title"]) and (
            _first_of_the_name_at_a_stop(text, name)
        ):
            # "Rama I ." or "Menelik I of": a ruler's number, written as at a sentence's end
            # ("Mary I.") so that the name keeps it.
            name = NameSpan("PER", name.start, name.end, (*name.tokens[:-1], "I."))
        if name.kind == "PER" and name.tokens[0] in _TITLES_OF_NUMBERED_RULERS:
            number = _A_RULERS_NUMBER_AFTER.match(text, name.end)
            if number is not None:
                # "Pope Callixtus | II is said": the number the model left out of the name
                name = NameSpan("PER", name.start, number.end(1), (*name.tokens, number.group(1)))
        while name.kind == "PER" and is_initial(name.tokens[0]):
            # "W. | E. B. Du Bois": the model may leave out the first of several initials.
            initial = _INITIAL_BEFORE.search(text, max(0, name.start - 3), name.start)
            if initial is None or (joined and initial.start() < joined[-1].end):
                break
            name = NameSpan("PER", initial.start(), name.end, (initial.group(1), *name.tokens))
        before = joined[-1] if joined else None
        if before is not None and name.kind == "PER" and _a_first_name_read_apart(before):
            before = NameSpan("PER", before.start, before.end, before.tokens)  # "Euryclides | de"
        if before is not None and before.kind == name.kind == "PER":
            between = _PARTICLES_BETWEEN.fullmatch(text, before.end, name.start)
            words = between.group().split() if between else []
            if words and all(w in people_rules()["particles"] and w != "y" for w in words):
                # "Erik | ten | Hag": the model left the particle, and so split the name (but
                # "Fernando y Isabel" are two, as the model read them).
                tokens = (*before.tokens, *words, *name.tokens)
                joined[-1] = NameSpan("PER", before.start, name.end, tokens)
                continue
            if (
                before.tokens[-1].lower() in people_rules()["particles"]
                and text[before.end : name.start] == " "
            ):
                # "Mohammed bin Rashid Al | Maktoum": a name ends with no particle.
                tokens = (*before.tokens, *name.tokens)
                joined[-1] = NameSpan("PER", before.start, name.end, tokens)
                continue
        joined.append(name)
    return joined


def _a_first_name_read_apart(name: NameSpan) -> bool:
    """Whether a name the model read as no person's is one plain word that may open a
    person's name before a particle: "Euryclides de Jesus Zerbini", the first word read as
    MISC (the training sets hold no name of another kind so placed before a particle and a
    person's name, nor any word of a country there)."""
    return (
        name.kind in ("MISC", "ORG")
        and len(name.tokens) == 1
        and is_a_plain_name_word(name.tokens[0])
        and not code_for(name.tokens[0])
    )


_NEXT_WORD = re.compile(r"[^\S\n]*(\S*)")


def _an_epithet_after(text: str, before: NameSpan, name: NameSpan) -> bool:
    """Whether `name` is the epithet of the one word `before` it, "the" between: "Louis |
    the | Pious", "Sigurd | the | Stout" (not "Sonic the Hedgehog", "Save the Children")."""
    if len(before.tokens) != 1 or len(name.tokens) != 1 or text[before.end : name.start] != " the ":
        return False
    next_word = _NEXT_WORD.match(text, name.end)
    return not (next_word and next_word.group(1)[:1].isupper()) and is_a_name_with_an_epithet(
        (before.tokens[0], "the", name.tokens[0])
    )


def joined_where_the_model_cut_one_name(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
    """The names, with two people's names that only a space parts joined into one where the
    first holds a given name or an initial and the text names someone by words of both ("Jens
    Otto | Harry Jespersen or Otto Jespersen": one Danish linguist of four names, which the
    model read as two; "Count Ilyá | Rostóv", beside "Ilyá Rostóv"); and a double given name
    that the model read as something else before a person's name ("the French artist
    Jacques-Louis | David")."""
    people = [name for name in names if name.kind == "PER"]
    # (two halves and a form of both at least)
    forms = {name.tokens for name in people if len(name.tokens) > 1} if len(people) > 2 else None
    joined: list[NameSpan] = []
    for name in names:
        before = joined[-1] if joined else None
        if (
            before is not None
            and name.kind == "PER"
            and text[before.end : name.start] == " "
            and (
                (
                    forms is not None
                    and before.kind == "PER"
                    and _holds_a_given_name_or_an_initial(before.tokens)
                    and _named_by_words_of_both(before.tokens, name.tokens, forms)
                )
                or (before.kind != "PER" and _a_double_given_name(before.tokens))
            )
        ):
            joined[-1] = NameSpan("PER", before.start, name.end, before.tokens + name.tokens)
        else:
            joined.append(name)
    return joined


def _a_double_given_name(words: tuple[str, ...]) -> bool:
    """One word of two given names joined by a hyphen: "Jacques-Louis", "Anne-Marie" (not
    "Franco-Prussian")."""
    return (
        len(words) == 1
        and words[0].count("-") == 1
        and all(is_given_name_no_particle(part) for part in words[0].split("-"))
    )


def _holds_a_given_name_or_an_initial(words: tuple[str, ...]) -> bool:
    """Whether a name's words hold a given name (not a particle: "Le Baron") or an initial."""
    return any(is_initial(word) or is_given_name_no_particle(word) for word in words)


_LONGEST_JOINED = 6  # words: two names of a person, longer runs are lists


def _named_by_words_of_both(
    first: tuple[str, ...], second: tuple[str, ...], forms: set[tuple[str, ...]]
) -> bool:
    """Whether one of `forms` takes its words from both names, in their order, and from
    nowhere else, a word of the first that is no title among them (not "Prince Vasíli" of
    "Alexander Prince | Vasíli"). Each such choice of words is looked up: a handful, where
    comparing with every form took seconds in a text of thousands of names."""
    whole = first + second
    if len(whole) > _LONGEST_JOINED:
        return False
    titles = gazetteer()["title"]
    named = [at for at, word in enumerate(first) if word.lower().rstrip(".") not in titles]
    for size in range(2, len(whole)):
        for picked in itertools.combinations(range(len(whole)), size):
            if (
                picked[-1] >= len(first)
                and any(at in picked for at in named)
                and tuple(whole[at] for at in picked) in forms
            ):
                return True
    return False


def parted_where_two_names_meet(text: str, names: Sequence[NameSpan]) -> list[NameSpan]:
    """The names, a span the model ran across two names parted between them, each part of the
    span's kind: at a bracket ("Bruny Surin ( Canada" and "Ciriaco Sforza ( Inter Milan", read
    as one organisation each, as WikiANN's link titles taught it, name a runner and his country,
    a player and his club), at "vs." ("Qualifier vs. Petr Korda", a draw), and after an owner's
    possessive ("Silvio Berlusconi 's Mediaset": a given name and a surname own the firm; "Bakili
    Muluzi 's United Democratic Front": a party's leader, a person whatever the span's kind). Not
    at a colon, which opens a subtitle too ("Lagaan: Once Upon a Time in India"). A part in
    a bracket closed before a result is a country or a club, whatever the span's kind ("Ato
    Boldon ( Trinidad", read as one person, before ") 10.12")."""
    result: list[NameSpan] = []
    for name in names:
        if _an_author_before_a_work(text, name):
            # one word the model ran into the work it owns, inside a sentence: "from Gluck
            # 's Orfeo ed Euridice", "the mayor in Gogol 's The Government Inspector"
            found = tokenize(text, name.start, name.end)
            result.append(NameSpan("PER", name.start, found[0][2], name.tokens[:1]))
            result.append(NameSpan("MISC", found[2][1], name.end, name.tokens[2:]))
            continue
        cuts = _cuts(name)
        if not cuts or (
            name.kind != "PER"
            and _PARTINGS.isdisjoint(name.tokens)
            and defined_as_a_thing(text, name.start, name.end)
        ):
            # (an owner's possessive inside a thing's name, defined so: "Monty Python's Flying
            # Circus is a British comedy series")
            result.append(name)
            continue
        found = tokenize(text, name.start, name.end)
        if [token for token, _, _ in found] != list(name.tokens):
            result.append(name)  # no offsets for its parts
            continue
        first = 0
        for at in [*cuts, len(name.tokens)]:
            if at > first:
                part = name.tokens[first:at]
                start, end = found[first][1], found[at - 1][2]
                kind = name.kind
                if first and name.tokens[first - 1] == "(" and _RESULT_AFTER.match(text, end):
                    # a runner's country or club: "Ato Boldon (Trinidad) 10.12"
                    kind = "LOC" if code_for(" ".join(part)) else "ORG"
                elif (
                    at < len(name.tokens)
                    and name.tokens[at] in POSSESSIVES
                    and leads_the_party(part, name.tokens[at + 1 :])
                ) or (first and _a_person_after_a_link(name.tokens, first - 1)):
                    kind = "PER"
                result.append(NameSpan(kind, start, end, part))
            first = at + 1
    return result


# A bracket closed, then a result: a time, a score, a round ("(Trinidad) 10.12").
_RESULT_AFTER = re.compile(r"[^\S\n]*\)[^\S\n]*\d")


def _an_author_before_a_work(text: str, name: NameSpan) -> bool:
    """Whether a span the model read as no person's opens with one capitalised word of no
    list but the surnames' (no given name, no kind of person) and a possessive, then words in
    title case, none an institution's, a place's or a discovery's, after a lower-case word of
    its sentence or a preposition: a writer's or an artist's name and work ("from Gluck 's
    Orfeo ed Euridice", "In Goethe 's Faust"); not "Shepherd 's Bush", "Mecca 's Grand
    Mosque", "Martha 's Vineyard", "Fermat 's Last Theorem", nor WikiANN's titles alone on
    their lines ("Rihanna 's Umbrella")."""
    tokens = name.tokens
    if name.kind == "PER" or len(tokens) < 3 or tokens[1] not in POSSESSIVES:
        return False
    owner, work = tokens[0], tokens[2:]
    return (
        is_a_plain_name_word(owner)
        and not is_given_name(owner)
        and owner.lower() not in people_rules()["person_kinds"]  # "Chef 's Table"
        and not in_lists(owner.lower(), ("org",))
        and not code_for(owner)
        and all(word[:1].isupper() or word in _SMALL_WORDS_OF_TITLES for word in work)
        and work[0][:1].isupper()
        and not any(is_institution_word(word) or word in _NO_WORKS_WORDS for word in work)
        and not a_place_named_after_its_owner(tokens)
        and _A_LOWER_CASE_WORD_BEFORE.search(text, max(0, name.start - 30), name.start) is not None
        and [token for token, _, _ in tokenize(text, name.start, name.end)] == list(tokens)
    )


# Places and venues named after an owner, words of no institution's list ("Sadler 's Wells",
# "Shepherd 's Bush", "Minton 's Playhouse", "Hallett 's Estate"), and what is named after a
# discoverer ("Fermat 's Last Theorem"): no works.
_NO_WORKS_WORDS = frozenset(
    "Wells Well Bush Playhouse Estate Wood Vineyard Inn Tavern Bar Café Cafe Hall Garden "
    "Gardens Wharf End Peak Landing Creek Point Head Cross Rock Cave Hill Field Lane Row Yard "
    "Mill Green Heath Grove Marsh Mount Pasture Edge Forum House Den Corner "
    "Theorem Law Laws Conjecture Principle Paradox Constant Equation Disease Syndrome Razor "
    "Comet".split()
)
_SMALL_WORDS_OF_TITLES = frozenset("of the a an and from with in on to ed".split())
# (or a preposition opening the sentence: "In Goethe 's Faust the witches ride")
_A_LOWER_CASE_WORD_BEFORE = re.compile(r"\b(?:[a-z]+|In|From|On|Like|After)[^\S\n]+$")


def _cuts(name: NameSpan) -> list[int]:
    """Where the span's tokens part two names: the tokens to leave out between them."""
    tokens = name.tokens
    if len(tokens) < 2 or (
        _PARTINGS.isdisjoint(tokens)
        and (
            name.kind == "PER"
            or (
                POSSESSIVES.isdisjoint(tokens)
                and not _may_hold_a_link(tokens)
                and not _may_hold_a_titled_person_after_and(tokens)
            )
        )
    ):
        return []  # the cheap test first: most names hold none
    cuts = [at for at, token in enumerate(tokens) if token in _PARTINGS]
    if name.kind != "PER":
        # a link between a thing and a person the model ran together: "Elis & Tom with
        # Antônio Carlos Jobim", "The New York Times supporting Martin Luther King Jr.", or a
        # sentence's first word: "With José de San Martín he led"
        cuts += [at for at in range(len(tokens) - 2) if _a_person_after_a_link(tokens, at)]
        cuts += [
            at
            for at, token in enumerate(tokens)
            if token in POSSESSIVES
            and at >= 2
            and at + 1 < len(tokens)
            # (not a place so named: "King William's Town")
            and not (at == len(tokens) - 2 and a_place_named_after_its_owner(tokens))
            and (
                (is_given_name(tokens[0]) and all(t[:1].isupper() for t in tokens[:at]))
                or leads_the_party(tokens[:at], tokens[at + 1 :])
            )
        ]
        # a sentence's two subjects the model ran together across a comma: "the teaching
        # hospital of Mahidol University, and King Bhumibol Adulyadej spent"
        cuts += [
            cut
            for at in range(1, len(tokens) - 3)
            if tokens[at] == ","
            and tokens[at + 1] == "and"
            and tokens[at + 2][:1].isupper()
            and tokens[at + 2].lower() in gazetteer()["title"]
            for cut in (at, at + 1)
        ]
    return sorted(cuts)


def _may_hold_a_titled_person_after_and(tokens: tuple[str, ...]) -> bool:
    """The cheap test before looking for ", and" and a title inside a name."""
    return "and" in tokens and "," in tokens


_PARTINGS = frozenset({"(", ")", "vs.", "vs", "v."})


def _may_hold_a_link(tokens: tuple[str, ...]) -> bool:
    """The cheap test before _a_person_after_a_link: "With" first, or "with" or a word in
    "-ing" later."""
    return tokens[0] == "With" or any(t == "with" or t.endswith("ing") for t in tokens[1:])


def _a_person_after_a_link(tokens: tuple[str, ...], at: int) -> bool:
    """Whether tokens[at] links what comes before to a person's full name after it: "with"
    or a verb in "-ing" in lower case inside a name, or "With" opening it."""
    link = tokens[at]
    if not (
        (at == 0 and link == "With")
        or (
            at > 0
            and (link == "with" or (link.islower() and link.endswith("ing") and len(link) > 4))
        )
    ):
        return False
    rest = tokens[at + 1 :]
    return len(rest) >= 2 and is_given_name(rest[0]) and rest[-1][:1].isupper()


def _without_a_score(text: str, name: NameSpan) -> NameSpan:
    """A name without the numbers the model read at its end: "John Lloyd" of "defeated John
    Lloyd 6-4, 6-4", "Patrick Chan" of "Patrick Chan 249.19"."""
    stop = len(name.tokens)
    while stop > 1 and _is_a_number(name.tokens[stop - 1]):
        stop -= 1
    part = part_of_name(text, name, 0, stop)
    return name if part is None else part


def _is_a_number(token: str) -> bool:
    """Digits, perhaps with a decimal point or a score's dash: "6", "249.19", "6-4"."""
    return bool(_NUMBER.fullmatch(token))


_NUMBER = re.compile(r"\d+(?:[.,:\-–]\d+)*")


def _with_comma(tokens: tuple[str, ...], comma: bool) -> tuple[str, ...]:
    """The tokens with a comma written onto the last, as in "Benigno S. Aquino, Jr.": the
    scorer, and Wikipedia, keep the comma before a suffix."""
    return (*tokens[:-1], tokens[-1] + ",") if comma else tokens


def without_a_place_after(
    text: str, names: list[NameSpan], named_alone: frozenset[str]
) -> list[NameSpan]:
    """Two words read as one person's name, the first this person's surname and the second a
    place the model names alone elsewhere, as a headline runs them together: "Lebed" of
    "Yeltsin endorses Lebed Chechnya peace plan" beside "Alexander Lebed" and "peace plan
    for Chechnya"."""
    places = {n.tokens[0] for n in names if n.kind == "LOC" and len(n.tokens) == 1}
    if not places:
        return names
    surnames = surnames_of(names)
    result = list(names)
    for number, name in enumerate(names):
        tokens = name.tokens
        if (
            name.kind == "PER"
            and len(tokens) == 2
            and tokens[1] in places
            and tokens[1] not in named_alone
            and tokens[0] in surnames  # from other names: this one's last word is the place
            and not is_given_name(tokens[0])  # not "George Washington" beside "Washington"
            and not is_initial(tokens[0])
        ):
            part = part_of_name(text, name, 0, 1)
            if part is not None:
                result[number] = part
    return result


def surnames_of(names: Sequence[NameSpan]) -> set[str]:
    """The surnames of the full names read as people, each of capitalised words only (not
    "Queen of Petersburg")."""
    return {
        surname_of(n.tokens)
        for n in names
        if n.kind == "PER" and len(n.tokens) > 1 and all(t[:1].isupper() for t in n.tokens)
    }


def surname_of(words: Sequence[str]) -> str:
    """The last word of a name but a generational suffix: "King" in "Martin Luther King Jr."."""
    for word in reversed(words):
        if not is_suffix(word):
            return word.rstrip(",")
    return words[-1]


_INITIAL_BEFORE = re.compile(r"\b([A-Z]\.)[^\S\n]$")


_PARTICLES_BETWEEN = re.compile(r"[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+)?[^\S\n]+")


def writes_monsieur_as_m(text: str) -> bool:
    """Whether the text writes "Monsieur" as "M." (Les Misérables in English: "M."
    before a name 660 times, no other initial more than five times), where "M." is a title
    and no part of a name: "Gillenormand", as "Mr." is left out of "Mr. Bingley". Elsewhere
    "M." is an initial, as on a scorecard ("M. Waugh", "S. Waugh"). (Only the name shown and
    the mentions' offsets leave it out: the rules that read names still see the initial.)"""
    if text.count("M.") < _MONSIEUR_AT_LEAST:
        return False  # most texts: no need to count every initial
    initials = Counter(
        found.group(1)
        for found in _INITIAL_BEFORE_A_NAME.finditer(text)
        # (tested here rather than in the pattern, where it would be tried at every character)
        if not (
            found.start() and (text[found.start() - 1].isalnum() or text[found.start() - 1] in "._")
        )
    )
    monsieur = initials.pop("M", 0)
    return monsieur >= max(_MONSIEUR_AT_LEAST, _MONSIEUR_AHEAD * max(initials.values(), default=0))


def without_monsieur(text: str, span: Span) -> Span:
    """A mention without the "M." that opens it: "Gillenormand" of "M. Gillenormand"."""
    found = _MONSIEUR.match(text, *span)
    return (found.end(), span[1]) if found else span


_MONSIEUR = re.compile(r"M\.[^\S\n]+")


_INITIAL_BEFORE_A_NAME = re.compile(r"([A-Z])\.[^\S\n]+(?=[A-Z][^\W\d_])")
_MONSIEUR_AT_LEAST = 20


_MONSIEUR_AHEAD = 10  # times as often as any other initial
