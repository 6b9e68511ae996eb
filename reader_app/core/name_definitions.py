"""A name defined by the sentence around it, as a person or as a thing.

"Achilles was a hero of the Trojan War", "Okonkwo, a wrestling champion", "the poet Homer";
"Raw Thrills is a video game developer", as Wikipedia articles open; and a news story's
byline, a person by where it stands."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from reader_app.core.countries import code_for
from reader_app.core.name_context import TITLE_WORD, lifespan_after, word_before
from reader_app.core.name_lists import LIST_JOIN
from reader_app.core.name_reading import as_person, plural_kind, singular_kind
from reader_app.core.name_words import (
    KOREAN_GIVEN_NAME,
    REGNAL_NUMBER,
    in_lists,
    is_given_name,
    is_institution_word,
    is_title_case,
    people_rules,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.ner.tokens import tokenize
from reader_app.core.text_search import without_accents

# (perhaps after "The", which some gods' and heroes' names of one word take: "The Dagda is
# a god"; not "The Palacio de Bellas Artes is a cultural centre", a centre forward's word too)
_OPENING_NAME = re.compile(
    r"[^\S\n]*(?:The[^\S\n]+(?=[A-Z][\w'’-]*[^\S\n]+(?:is|was)[^\S\n]))?([A-Z][\w'’-]*(?:[^\S\n]+(?:(?:da|de|do|dos|del|di|du|van|von|der|bin|ibn|wa|ben|of)"
    r"[^\S\n]+)?[A-Z][\w'’-]*){0,3})"
)


def with_bylines_as_people(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """The names, with a byline read as a person's however the model read it: a line of two
    to four capitalised words (particles among them) just before a news agency's dateline,
    "Dmitry Kuznets" above "NOVYE ATAGI, Russia 1996-08-27". All 72 such lines of CoNLL train
    are a reporter's name."""
    return [
        as_person(name)
        if name.kind != "PER"
        and 2 <= len(name.tokens) <= 4
        and _DATELINE_AFTER.match(text, name.end)
        and (name.start == 0 or text[name.start - 1] == "\n")
        else name
        for name in names
    ]


def with_honorific_names_as_people(
    text: str, names: list[NameSpan], within: tuple[int, int]
) -> list[NameSpan]:
    """The names, and a person wherever "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Professor",
    "Reverend", "Sir" or "Dame" comes before one to three capitalised words the model read as
    no name or as a place or a firm: "his boss, Mr. Carsville, had mocked" (in the training
    sets, of 75 capitalised words after "Mr.", "Mrs.", "Ms." or "Dr.", 52 are in people's
    names, the others in offices, "Mr. President", "Mr Chairman", in firms' names, or WikiANN
    slips); and each of a list of them read as one organisation."""
    added = []
    relabelled: dict[int, NameSpan | None] = {}
    inside: dict[int, list[re.Match[str]]] = {}
    starts = [name.start for name in names]
    titles = gazetteer()["title"]
    kinds = kinds_before_a_person()
    for found in _HONORIFIC_NAME.finditer(text, *within):
        start, end = found.span(1)
        at = bisect.bisect_right(starts, start) - 1
        if at >= 0 and names[at].start == start and names[at].kind != "PER":
            # read as a place or a firm right after the honorific: "Mr. Carsville"
            if names[at].tokens[0].lower() not in titles:
                relabelled[at] = as_person(names[at])
            continue
        if at >= 0 and names[at].end > found.start():
            if names[at].kind != "PER" and names[at].end >= end:
                inside.setdefault(at, []).append(found)
            continue  # the model read a name here
        if at + 1 < len(names) and names[at + 1].start < end:
            continue
        words = tokenize(text, start, end)
        tokens = tuple(word for word, _, _ in words)
        if any(t.lower() in titles or t.lower() in kinds for t in tokens):
            continue  # an office or a kind of person: "Mr. President", "Mr. Lawyer"
        added.append(NameSpan("PER", start, end, tokens))
    for at, listed in inside.items():
        # a list of them read as one organisation: "Reverend Green, Mrs. Peacock and Mrs.
        # White", each a person
        if (
            len(listed) > 1
            and names[at].start == listed[0].start()
            and names[at].end == listed[-1].end()
            and all(
                LIST_JOIN.fullmatch(text, one.end(), other.start())
                for one, other in itertools.pairwise(listed)
            )
        ):
            relabelled[at] = None
            for found in listed:
                words = tokenize(text, found.start(), found.end())
                added.append(
                    NameSpan("PER", found.start(), found.end(), tuple(w for w, _, _ in words))
                )
    if not added and not relabelled:
        return names
    kept = (relabelled.get(at, name) for at, name in enumerate(names))
    return sorted([name for name in kept if name is not None] + added, key=lambda n: n.start)


_HONORIFIC_NAME = re.compile(
    # (the lookahead first: tried at each of a novel's three million characters, the plain
    # alternation took 50 ms)
    r"(?=[MDPRS])(?<![\w'’-])(?:M(?:rs?|s|iss)|D(?:r|ame)|Prof(?:essor)?|Rev(?:erend)?|Sir)\b"
    r"\.?[^\S\n]+"
    r"([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*(?:[^\S\n]+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*){0,2})"
    r"(?![\w'’-])"
)


# The rest of the byline's line, then a dateline: a place in capitals, perhaps its country or
# state, and the date.
_DATELINE_AFTER = re.compile(
    r"[^\S\n]*\n+[A-Z][A-Z.'’ -]*(?:,[^\S\n]*[A-Z][\w.'’ -]*)*[^\S\n]+\d{4}-\d{2}-\d{2}[^\S\n]*(?:\n|$)"
)


def with_subject_defined_as_a_person(
    text: str, names: list[NameSpan], within: tuple[int, int]
) -> list[NameSpan]:
    """The names, and the person an article opens by defining, where the model did not read
    one: "Achilles was a hero of the Trojan War", "Thor is a hammer-wielding god". Only the
    first line of the text, or a line just after it (a title's), is such an opening."""
    start, end = within
    line_starts = [at + 1 for at in range(start, min(end, start + 200)) if text[at] == "\n"]
    openings = [start, *line_starts[:2]]
    for opening in openings:
        found = _OPENING_NAME.match(text, opening, end)
        if found is None:
            continue
        words = tokenize(text, found.start(1), found.end(1))
        tokens = tuple(word for word, _, _ in words)
        particles = people_rules()["particles"]
        # A Korean surname may be an English word before a hyphenated given name: "Son
        # Heung-min", "Moon Jae-in".
        korean = len(tokens) == 2 and bool(KOREAN_GIVEN_NAME.fullmatch(tokens[1]))
        if not tokens or any(
            not (t[:1].isupper() and t[1:].islower())
            or (in_lists(t.lower(), ("common", "everyday")) and not (korean and at == 0))
            or is_institution_word(t)
            or code_for(t)
            for at, t in enumerate(tokens)
            if t not in particles and t != "of"
        ):
            continue
        definition = _DEFINITION.match(text, found.end(1))
        if (
            definition is None or not _defines_a_person(definition, relatives_too=True)
        ) and _AN_OFFICE_OF_A_REALM.match(text, found.end(1)) is None:
            continue
        name_start, name_end = found.start(1), found.end(1)
        overlapping = [n for n in names if n.start < name_end and name_start < n.end]
        if any(n.kind == "PER" for n in overlapping):
            continue
        subject = NameSpan("PER", name_start, name_end, tokens)
        return sorted([n for n in names if n not in overlapping] + [subject], key=lambda n: n.start)
    return names


_OWNERS = frozenset({"owner", "founder", "co-founder", "cofounder"})  # a company may be one

# What may stand between a name that opens a sentence and its verb: the years in brackets, and
# an apposition between commas that may hold them too ("Joaquim Marques Lisboa, Marquis of
# Tamandaré (1807 – 1897), was a Brazilian admiral") or a number's thousands ("Pico Duarte,
# 3,098 metres high, is the highest mountain").
_BEFORE_THE_VERB = (
    r"[^\S\n]*(?:\([^()\n]{0,160}\)[^\S\n]*)?"
    r"(?:,(?:[^,()\n]|(?<=\d),(?=\d)){0,60}(?:\([^()\n]{0,160}\)[^\S\n]*)?,)?,?[^\S\n]*"
)

# An office held over a realm, with no article: "Zauditu (1876 – 1930) was empress of
# Ethiopia", "Milan Kučan was president of Slovenia" (in the written sets the 24 names so
# defined are people's; the training sets hold none).
_AN_OFFICE_OF_A_REALM = re.compile(
    _BEFORE_THE_VERB + r"(?:is|was)[^\S\n]+"
    r"(?:king|queen|emperor|empress|tsar|tsarina|sultan|sultana|shah|pharaoh|khan|emir|caliph"
    r"|president|governor|mayor|chancellor|premier|regent|(?:prime[^\S\n]+)?minister"
    r"|duke|duchess|count|countess|bishop|archbishop)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z]"
)


# A name defined by the sentence it opens ("X (born 1950) is an American quintet from"): the
# head noun is the word before the first preposition, participle or punctuation mark, with no
# article or preposition before it ("Ahab is the Captain of this ship" has none).
_HEAD_ENDS = (
    "of|from|in|by|for|to|that|which|who|whose|with|as|than|since|until|after|before|during"
    "|under|between|about|into|over|based|founded|formed|located|held|and|or|on|at|released"
    "|written|directed|produced|developed|published|made|owned|operated|created|named|set"
    "|caused|known|used|found|built|designed|composed|recorded|performed|played|called|spoken"
    "|characterized|characterised|consisting|including|native|endemic|appearing|born"
    "|kept|preserved|displayed|housed|stored|worn"
    "|living|working|serving|playing|competing|representing|currently|best|discovered"
    "|patented|invented|sold|marketed|bred|foaled|trained|ridden|begun|started|launched"
    # adverbs, which no head is: "Soqotri, a Semitic language not written until recently"
    "|not|now|still|also|once|widely|mainly|mostly|usually|often|largely|chiefly"
    # and places' prepositions: "a mountain pass through the Alps"
    "|through|across|along|near|around|within|beyond|above|below|beneath|among|where|when|off"
    "|shown|broadcast|aired|televised"
    # and where or how a place was made: "a monastery cut into the rock", "a church perched
    # on a cliff"
    "|cut|carved|hewn|dug|situated|lying|standing|perched|dedicated"
    # and gifts: "La Belle was a small French ship given by King Louis XIV"
    "|given|donated|presented|bequeathed"
)
# An adverb of time between the head and what ends it: "a crime series first shown in 1994".
_ADVERB_AFTER_THE_HEAD = r"(?:(?:first|originally|later)\s+)?"
# A distance after the head: "a rocky island eleven kilometres off the coast"
_A_DISTANCE_AFTER_THE_HEAD = (
    r"\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some"
    r"|about)\s+(?:kilometres|kilometers|km|miles|metres|meters)\b"
)
# The second half of a word whose hyphen the tokenizer spaced: "an Albanian - born spy".
_SPACED_HYPHEN = r"(?:[^\S\n]+-[^\S\n]+[a-z]+)?"
_SPEECH_OPENING = r"(?:I|It|This|That|These|Those|He|She|We|They|You|There|Here|My|Our|What)\b"


_SUBTITLE = rf"(?::[^\S\n]+(?!{_SPEECH_OPENING}){TITLE_WORD}(?:[^\S\n]+{TITLE_WORD}){{0,9}})?"


_DEFINITION = re.compile(
    # (a possessive first: "Jack Daniel's is a brand of Tennessee whiskey"; or an elided
    # letter: "Moanin' is an album"; or a number the model left out of the name: "Dong Fang
    # Hong | 1 was the first satellite", perhaps with a word after it: "The Fieseler Fi | 156
    # Storch was a small German plane", or glued to its last stop: "The Macchi M.C. | 72 was")
    rf"(?:['’]s|['’]|(?:[^\S\n]+|(?<=\.))\d{{1,3}}(?![\w.,])(?:[^\S\n]+[A-Z][\w'’-]*)?)?"
    rf"{_SUBTITLE}" + _BEFORE_THE_VERB + r"(?:is|was|are|were)\s+(?:an?|the|one of the)\s+"
    rf"(?:(?!(?:the|an?|{_HEAD_ENDS})\s)[\w'’-]+{_SPACED_HYPHEN}\s+){{0,6}}?([a-z][a-z-]*)"
    rf"(?=\s+{_ADVERB_AFTER_THE_HEAD}(?:{_HEAD_ENDS})\b|\s*[.,;:()]|{_A_DISTANCE_AFTER_THE_HEAD})"
)


_COORDINATED_HEAD = re.compile(
    r"[^\S\n]+(?:and|or)[^\S\n]+"
    rf"(?:(?!(?:the|an?|{_HEAD_ENDS})\s)[\w'’-]+\s+){{0,6}}?([a-z][a-z-]*)"
    rf"(?=\s+{_ADVERB_AFTER_THE_HEAD}(?:{_HEAD_ENDS})\b|\s*[.,;:()])"
)


def _defines_a_person(definition: re.Match[str], *, relatives_too: bool = False) -> bool:
    """Whether a definition's head is a kind of person, or a kind's plural after "one of the"
    ("Mellitus is one of the patron saints of London"); with `relatives_too`, a relative as
    well, as an article's opening defines its subject ("Kaʻahumanu (1768 – 1832) was the
    favourite wife of Kamehameha I"; not inside a novel's sentence, "of which of the two
    Fauchelevents Cosette was the daughter")."""
    head, kinds = definition.group(1), people_rules()["person_kinds"]
    if _OWNED.search(definition.group()):
        return False  # a firm: "Navantia is a Spanish state - owned shipbuilder"
    # the kind may come after another joined by "and": "Chico Mendes (1944 – 1988) was a
    # rubber tapper and union leader"
    coordinated: re.Match[str] | None = definition
    while coordinated is not None and coordinated.group(1) not in kinds:
        coordinated = _COORDINATED_HEAD.match(definition.string, coordinated.end(1))
    return (
        coordinated is not None
        or (relatives_too and head in relatives())
        or ("one of the" in definition.group() and plural_kind(head, kinds))
    )


_OWNED = re.compile(r"\bowned\b|\bmultinational\b")


def defined_as_a_person_here(text: str, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` opens its sentence and is defined there as a
    person: "Batman is a superhero appearing in American comic books"."""
    match = _DEFINITION.match(text, end)
    return match is not None and _defines_a_person(match) and _opens_a_clause(text, start)


def defined_as_a_thing(text: str, start: int, end: int, *, works: bool = True) -> bool:
    """Whether the name ending at `end` is defined as a thing right after it: "Raw Thrills is
    a video game developer founded by", "010 is the tenth album from"; not "Barry Privett
    is the lead singer of the band". Without `works`, not as a work, which its title
    character may be named for ("Asterix is a series of French comics")."""
    kind = _kind_of_thing_defined(text, start, end)
    if kind in _MAKERS and _LIFESPAN_AFTER.match(text, end):
        # a firm's kind and a person's trade: "Raw Thrills is a video game developer", "Georg
        # Jensen is a Danish maker of silverware", but "Christopher Latham Sholes ( 1819 –
        # 1890 ) was an American newspaper publisher"
        return False
    return kind is not None and (works or kind not in _WORKS_OF_A_CHARACTER)


# Kinds of thing that name a person's trade too, and a person's years after the name.
_MAKERS = frozenset({"publisher", "developer", "retailer", "maker", "manufacturer"})
_LIFESPAN_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*(?:born[^\S\n]+|c\.[^\S\n]*)?\d{3,4}\b")


def defined_as_a_work(text: str, start: int, end: int) -> bool:
    """Whether the name ending at `end` is defined as a work right after it, which its title
    character may be named for: "Rusalka is an opera by Antonín Dvořák"."""
    return _kind_of_thing_defined(text, start, end) in _WORKS_OF_A_CHARACTER


def _kind_of_thing_defined(text: str, start: int, end: int) -> str | None:
    """The kind of thing the name text[start:end] is defined as right after it, if any."""
    if (glued := _A_WORD_GLUED_BY_A_STOP.match(text, end)) is not None:
        end = glued.end()  # a word the tokens parted: "Folha de S | .Paulo is a newspaper"
    elif (after := _A_CAPITALISED_WORD_AFTER.match(text, end)) is not None and is_institution_word(
        after.group(1)
    ):
        end = after.end()  # an institution's word the model left out: "Hang Seng | Bank is a"
    elif (
        text.startswith(".", end)
        and end - start > 2
        and text[end - 2] == " "
        and text[end - 1].isupper()
    ):
        end += 1  # an initial's stop the model left out: "Boney M. was a disco group"
    match = _DEFINITION.match(text, end)
    if match is None or not (
        _opens_a_clause(text, start)
        or _THE_FIRST_WORDS_OF_A_NAME.search(text, max(0, start - 80), start)
    ):
        return None
    kinds = people_rules()["thing_kinds"]
    if "one of the" in match.group() and (singular := singular_kind(match.group(1), kinds)):
        return singular  # "Kathak is one of the eight major forms of Indian classical dance"
    # "a conservative and Christian-democratic political party": the kind may come after
    # words joined by "and" or "or".
    while match is not None and match.group(1) not in kinds:
        match = _COORDINATED_HEAD.match(text, match.end(1))
    if match is None or (
        match.group(1) == "star" and _A_STAR_OF_PEOPLE.match(text, match.end(1)) is not None
    ):
        # a sky's star, not a sport's or a stage's: "Augustus Cole was a star of the sport of
        # thrashball" (but "the brightest star of the constellation Hydra")
        return None
    if match.group(1) == "house" and _HOUSE_MUSIC_AFTER.match(text, match.end(1)):
        return None  # a kind of music, not a dwelling: "Carl Cox is a British house and techno DJ"
    return match.group(1)


_A_STAR_OF_PEOPLE = re.compile(
    r"[^\S\n]+of[^\S\n]+(?!(?:the[^\S\n]+)?(?:constellation|first|second|third|type|class)\b)"
)


_HOUSE_MUSIC_AFTER = re.compile(
    r"[^\S\n]+(?:and|or|music|DJ|producer|musician|singer|duo|act|artist|label)\b"
)


_A_CAPITALISED_WORD_AFTER = re.compile(r"[^\S\n]+([A-Z][a-z]+)\b")
_A_WORD_GLUED_BY_A_STOP = re.compile(r"\.[A-Z][\w'’-]*")
_A_NAMES_WORD = r"(?:[A-Z][\w'’-]*|du|de|des|da|do|del|della|di|of|la|le)"
# The first words of a name the model cut, opening a sentence, perhaps after "The": "The
# Canal du Midi is a canal", "Estação da Luz is a railway station", where it read "Midi" and
# "Luz" alone (not a sentence's opening word: "In Paris Smith was").
_THE_FIRST_WORDS_OF_A_NAME = re.compile(
    r"(?:^|[.!?][\"”’)]?[^\S\n]+|\n)(?:The[^\S\n]+)?"
    r"(?!(?:The|In|At|On|By|For|From|After|Before|When|While|As|Since|Then|But|And|Yet|So|If"
    r"|Although|Though|With|Without|During|Under|Over|Its|His|Her|Their|This|That|These|Those"
    r"|An?|To|Of|It|He|She|They|We|I|You|There|Here|Today|Now)\b)"
    rf"{_A_NAMES_WORD}(?:[^\S\n]+{_A_NAMES_WORD}){{0,2}}[^\S\n]+$"
)


# Works whose titles are often their heroes' names ("Rusalka is an opera", "Emma is a novel",
# "Hamlet is a tragedy").
_WORKS_OF_A_CHARACTER = frozenset(
    "book documentary film game movie musical novel opera play poem series show sitcom song "
    "painting sculpture statue strip manga webcomic trilogy tetralogy thriller comedy drama "
    "western melodrama anime romance biopic satire farce tragedy cartoon miniseries "
    "telenovela".split()
)


# The start of a sentence or of a relative clause, perhaps with "The" or an opening mark: a
# name defined by its sentence opens it ("The Pequod was the identical ship", "Essil, of which
# Bajjat was a district"; not "Bang & Olufsen is a company"). A minor planet's number may
# come first: "7796 Járacimrman is a main-belt asteroid".
_CLAUSE_START_BEFORE = re.compile(
    r"(?:^|[.!?][\"”’)]?|\n|\b(?:which|where|whose))[^\S\n]*[\"“‘(]?(?:(?:The|the)[^\S\n]+)?"
    r"(?:\(?\d+\)?[^\S\n]+)?$"
)


def _opens_a_clause(text: str, start: int) -> bool:
    """Whether a name begins its sentence or clause, so that the verb after it is its own:
    not in "The Loebner Prize, founded by Hugh Loebner, was an annual competition" or "Bang
    & Olufsen is a Danish company". A title the model left out of the name may come first:
    "Admiral Graf Spee was a German heavy cruiser"."""
    if _CLAUSE_START_BEFORE.search(text, max(0, start - 16), start):
        return True
    before = word_before(text, start)
    return (
        before is not None
        and before[0][:1].isupper()
        and before[0].lower() in gazetteer()["title"]
        and bool(_CLAUSE_START_BEFORE.search(text, max(0, before[1] - 16), before[1]))
    )


# Relatives "of" someone, who is a person: "the son of Zeus and Demeter" (not "the chairman
# of Fiat"; nor "children", said of places too: "the children of Tyom", "of Israel").
_KIN = frozenset(
    "son sons daughter daughters wife husband father mother brother sister widow widower "
    "nephew niece cousin grandson granddaughter uncle aunt parents".split()
)


# Events of a life "of" someone, who is a person: "the death of Stalin", "the reign of
# Hatshepsut", "the assassination of Kennedy", "the trial of Socrates" (not "the capital of
# Jordan").
_EVENTS_OF_A_LIFE = frozenset(
    "death murder assassination execution funeral burial reign abdication coronation "
    "biography killing kidnapping imprisonment exile resignation trial".split()
)


# What only a person has "of" him or her: "the philosophy of Plato and Plotinus", "the
# memoirs of Casanova", "the plays of Shakespeare", "the books of Galen and Avicenna" (in the
# training sets, such words before "of" and a name: 9 people; not "works", a factory too:
# "the works of Messrs. Fox, Henderson, and Co.", nor "theories" or "ideas", a concept's:
# "the theories of Rank and Nexus"); and a novel, a poem, tragedies or comedies "of" their
# writer: "the last novel of Jules Verne", "the tragedies of Racine" (the training sets hold
# no name so placed; the written sets 5, people's).
_A_PERSONS_OWN = frozenset(
    "philosophy teachings writings sayings disciple disciples pupil pupils memoirs poems "
    "portrait bust birthplace successor predecessor tomb grave plays novels stories operas "
    "symphonies sonnets paintings will books essays treatises sermons lectures dialogues "
    "novel novella poem tragedies comedies".split()
)


# A dead king's, after "the": "the mask of Tutankhamun", "the mummy of Ramesses II" (none in
# the training sets; not "a mask of Decrepitude", a figure of speech).
A_DEAD_PERSONS_OWN = frozenset({"mask", "mummy"})


# And friends "of" someone: "a close friend of Leonhard Euler" (12 people in the training sets
# after these words, nothing else; not "rival", which firms have).
_FRIENDS = frozenset("friend friends lover mistress girlfriend boyfriend fiancé fiancée".split())


OF_A_PERSON = _KIN | _EVENTS_OF_A_LIFE | _A_PERSONS_OWN | _FRIENDS
_OF_BEFORE = re.compile(r"\b([a-z]+)[^\S\n]+of[^\S\n]+$")
# Relatives, friends and pupils "of" someone.
_RELATIVES = _KIN | _FRIENDS | frozenset({"relative", "relatives", "pupil", "disciple"})


def after_a_relative_of(text: str, start: int) -> bool:
    """Whether a relative's, a friend's or a pupil's word and "of" come right before `start`:
    "a relative of Alfred Dreyfus", "the son of Zeus"."""
    match = _OF_BEFORE.search(text, max(0, start - 30), start)
    return match is not None and match.group(1) in _RELATIVES


def after_a_kind_of_person(text: str, start: int) -> bool:
    """Whether a kind of person or a relative, in lower case, comes right before `start`:
    "the merchant Johns Hopkins", "his sister Adelaide" (not "its owner Disney")."""
    before = word_before(text, start)
    return before is not None and before[0] in kinds_before_a_person()


def said_of_a_person(text: str, start: int) -> bool:
    """Whether the words right before `start` say that a person's name follows: a kind of
    person ("the poet Homer") or a relative, a life's event or a person's own work and "of"
    ("the son of Zeus", "the philosophy of Plato")."""
    if (
        after_a_kind_of_person(text, start)
        or after_a_kind_and_a_comma(text, start)
        or after_a_kind_of_a_place_and_a_comma(text, start)
    ):
        return True
    if text.endswith(("member ", "members "), max(0, start - 8), start):
        return True  # "Its members Method Man, Raekwon and Ghostface Killah"
    match = _OF_BEFORE.search(text, max(0, start - 30), start)
    return (match is not None and match.group(1) in OF_A_PERSON) or _last_of_a_list_of_a_kind(
        text, start
    )


_DETERMINERS = frozenset("the a an his her their its my our your".split())


def after_a_kind_and_a_comma(text: str, start: int) -> bool:
    """Whether a determiner or a possessive, perhaps an adjective or two, a kind of person or
    a relative and a comma come right before `start`: "Clark's slave, York,", "his wife,
    Mary", "a young bell maker , Boriska ,"."""
    before = word_before(text, start)
    if before is None:
        return False
    word, at = before
    if word == ",":  # a comma the tokenizer spaced
        before = word_before(text, at)
        if before is None:
            return False
        word, at = before
    elif word.endswith(","):
        word = word[:-1]
    else:
        return False
    if word not in kinds_before_a_person():
        return False
    for _ in range(3):
        prior = word_before(text, at)
        if prior is None:
            return False
        if prior[0].lower() in _DETERMINERS or prior[0].endswith(("'s", "’s")):
            return True
        # (an adjective, perhaps with a comma after it: "a young painter,", "her proud,
        # secretive housekeeper, Emerence")
        if not (prior[0].rstrip(",").isalpha() and prior[0].islower()):
            return False
        at = prior[1]
    return False


def after_a_kind_of_a_place_and_a_comma(text: str, start: int) -> bool:
    """Whether a determiner, a kind of person, "of", a name and a comma come right before
    `start`: "named after the first president of the Weimar Republic, Friedrich Ebert"."""
    if text[max(0, start - 2) : start] != ", ":
        return False  # (the cheap test first)
    match = _A_KIND_OF_A_PLACE_AND_A_COMMA.search(text, max(0, start - 120), start)
    return match is not None and match.group(1) in kinds_before_a_person()


_A_KIND_OF_A_PLACE_AND_A_COMMA = re.compile(
    r"\b(?:[Tt]he|an?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?([a-z]+)"
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w'’-]*(?:[^\S\n]+|(?=,))){1,4},[^\S\n]*$"
)


# A list's words before its last name: capitalised words and commas, then "and".
_LIST_WORD = re.compile(r"[\w'’.-]+|,")


def _last_of_a_list_of_a_kind(text: str, start: int) -> bool:
    """Whether `start` opens the last name of a list that a plural kind of person opens:
    "the petty criminals Ricky, Julian and Bubbles", "his brothers Malcolm and Angus"."""
    if not text.endswith(" and ", max(0, start - 5), start):
        return False  # (most names end no list: the cheap test first)
    words = _LIST_WORD.findall(text, max(0, start - 120), start - 5)
    names = 0
    for word in reversed(words):
        if word == ",":
            continue
        if word[:1].isupper():
            names += 1
            continue
        return names >= 1 and plural_kind(word, kinds_before_a_person())
    return False


# A role's actor after it: "Hawkeye, played by Alan Alda", "Clarabelle Cow (voiced by".
PLAYED_BY = re.compile(r"[^\S\n]*[,(][^\S\n]*(?:played|portrayed|voiced)[^\S\n]+by[^\S\n]+")


def mostly_said_of_a_person(text: str, found: set[tuple[int, int]]) -> bool:
    """Whether most of the mentions `found` are said to be a person's so."""
    return 2 * sum(said_of_a_person(text, start) for start, _ in found) > len(found)


@functools.cache
def kinds_and_roles_of_people() -> frozenset[str]:
    """Every kind of person and every role a person holds: "poet", "goddess", "wife",
    "owner"."""
    return people_rules()["person_kinds"] | people_rules()["person_roles"]


@functools.cache
def kinds_before_a_person() -> frozenset[str]:
    """Kinds of person and relatives, whose name may follow them; not an owner or a founder,
    which a company may be."""
    rules = people_rules()
    return rules["person_kinds"] | (rules["person_roles"] - _OWNERS)


def before_a_kind_of_person(text: str, end: int) -> bool:
    """Whether a kind of person in lower case comes right after `end`, which the word before
    then describes: "a Hopi | runner", "the young Flemish | painter"."""
    kind = LOWER_WORD_AFTER.match(text, end)
    return kind is not None and kind.group(1) in kinds_before_a_person()


# A lower-case word right after a name, in its group.
LOWER_WORD_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b")


@functools.cache
def relatives() -> frozenset[str]:
    """Kinds of relative: "brother", "wife", "son" (the roles of no firm's owner or chair)."""
    return people_rules()["person_roles"] - _OWNERS - {"chairman", "chairwoman"}


def described_as_a_person(text: str, end: int) -> bool:
    """Whether the words after a name, ending at `end`, describe a person: a phrase between
    commas naming a kind of person ("Okonkwo, a wrestling champion") or a relative after a
    possessive ("Okonkwo's father"); a title after the name comes first ("Shah Jahan Begum,
    the ruler of Bhopal")."""
    title = _A_WORD_AFTER.match(text, end)
    if title is not None and (
        title.group(1).lower() in gazetteer()["title"]
        or title.group(1).lower() in people_rules()["never_alone"]
    ):
        end = title.end()
    match = _APPOSITION.match(text, end)
    if match is not None:
        return match.group(1) in kinds_and_roles_of_people()
    office = _AN_OFFICE_IN_TITLE_CASE_AFTER.match(text, end)
    if office is not None and office.group(1).lower() in kinds_and_roles_of_people():
        return True  # "Ramon Magsaysay, the President of the Philippines"
    return bool(_RELATIVE_AFTER.match(text, end))


_A_WORD_AFTER = re.compile(r"[^\S\n]+([A-Z][a-z]+)(?=[^\S\n]*,)")
_AN_OFFICE_IN_TITLE_CASE_AFTER = re.compile(
    r"[^\S\n]*,[^\S\n]*the[^\S\n]+([A-Z][a-z]+)[^\S\n]+of[^\S\n]"
)


def a_person_in_apposition(text: str, end: int) -> bool:
    """Whether a phrase between commas right after a name, ending at `end`, names a kind of
    person, other than one that names a team too: "Amaterasu, a sun goddess"; not "Chelsea,
    the champion", "Arsenal, the leader"."""
    kind = _kind_in_apposition(text, end)
    return (
        kind is not None and kind not in KINDS_OF_TEAMS_TOO and kind in kinds_and_roles_of_people()
    )


def a_person_in_indefinite_apposition(text: str, end: int) -> bool:
    """Whether a phrase between commas right after a name, ending at `end`, calls it "a" or
    "an" kind of person, a team's kind too: "Pontiac, an Odawa leader," (a team is "the
    leader", never "a leader")."""
    if not _INDEFINITE_APPOSITION.match(text, end):
        return False
    kind = _kind_in_apposition(text, end)
    return kind is not None and kind in kinds_and_roles_of_people()


def a_thing_in_apposition(text: str, end: int) -> bool:
    """Whether a phrase between commas right after a name, ending at `end`, names a kind of
    thing, one that no person is called: "Thyrza, a series of elegies", "Nirvana, an American
    band" (not "Smith, a toy maker")."""
    kind = _kind_in_apposition(text, end)
    return (
        kind is not None
        and kind not in _THINGS_PEOPLE_ARE_TOO
        and kind in people_rules()["thing_kinds"]
    )


def a_work_in_apposition(text: str, end: int) -> bool:
    """Whether a phrase between commas right after a name, ending at `end`, names a kind of
    work: "his music for Peer Gynt, a play by Henrik Ibsen" (in the training sets no person's
    name stands before such a phrase). Not a statue or a painting, which may open a clause of
    its own: "the historian Adam of Bremen, a statue of Freyr stood in the temple"."""
    return _kind_in_apposition(text, end) in _WORKS_IN_APPOSITION


def a_place_in_apposition(text: str, end: int) -> bool:
    """Whether a phrase between commas right after a name, ending at `end`, names a kind of
    settlement: "Near it lies Chan Chan, the adobe capital of the Chimú kingdom" (of any
    length: no person is called a capital or a town)."""
    if not text.startswith((",", " ,"), end):
        return False  # (the cheap test first: most names stand in no apposition)
    return _kind_in_apposition(text, end) in _SETTLEMENTS


_SETTLEMENTS = frozenset("capital city town village hamlet port seaport".split())
_WORKS_IN_APPOSITION = frozenset(
    "play novel opera film movie poem song album musical ballet symphony sitcom series game".split()
)


def _kind_in_apposition(text: str, end: int) -> str | None:
    """The head of a phrase between commas right after a name ending at `end` ("goddess" of
    "Amaterasu, a sun goddess in the form of"), where it is the name's: after "the" (or
    "his"...) it may be a new clause's subject ("to visit Christendom, the captain at last
    relented"), so there only "of" or a stop after it makes it the name's."""
    match = _APPOSITION.match(text, end)
    if match is None:
        return None
    if _INDEFINITE_APPOSITION.match(text, end) or _OF_OR_A_STOP.match(text, match.end(1)):
        return match.group(1)
    return None


def after_a_thing_in_apposition(text: str, start: int, end: int) -> bool:
    """Whether a name between commas (or a comma and a bracket) follows a kind of thing that
    opens a sentence or a possessive opens: "Its youth academy, De Toekomst, has trained",
    "whose web browser, Netscape Navigator,", "His best known book, Jagua Nana (1961), tells",
    "A new island, Anak Krakatau," (not "After the war, L'Enfant designed", "in the region,
    General Tikhomirov,"); the model may have left a title's first words out of the name: "His
    first novel, Waiting for an Angel,"."""
    if not CLOSED_AFTER.match(text, end):
        return False  # (the cheap test first)
    if not text.endswith(", ", max(0, start - 2), start):
        first_words = _A_TITLES_FIRST_WORDS.search(text, max(0, start - 40), start)
        if first_words is None:
            return False
        start = first_words.start() + 2
    match = _A_THING_BEFORE_A_COMMA.search(text, max(0, start - 80), start)
    return (
        match is not None
        and match.group(1) in people_rules()["thing_kinds"]
        and match.group(1) not in _THINGS_PEOPLE_ARE_TOO
    )


_A_THING_BEFORE_A_COMMA = re.compile(
    r"(?:(?:^|[.!?]\s+|\n)(?:A|An|The|Its|His|Her|Their)|\b(?:its|his|her|their|whose)"
    # (a second clause's subject: "and a second station, Bharati, was opened in 2012")
    r"|\band[^\S\n]+(?:a|an|the))"
    # (no "of" between: in "The inventor of the game, James Naismith," the kind is the
    # inventor)
    r"[^\S\n]+(?:(?!of\b)[\w'’-]+[^\S\n]+){0,3}?([a-z]+),[^\S\n]+$"
)
# A comma or an opening bracket right after a name: the end of an apposition's name.
CLOSED_AFTER = re.compile(r"[^\S\n]*(?:,|\()")
# A title's first words, the first of them capitalised, between a comma and a name.
_A_TITLES_FIRST_WORDS = re.compile(r",[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+[\w'’-]+){0,3}[^\S\n]+$")


# Kinds of thing that a person may be called too: "Smith, a toy maker".
_THINGS_PEOPLE_ARE_TOO = frozenset(
    {"developer", "maker", "manufacturer", "retailer", "publisher", "business", "label"}
)


_INDEFINITE_APPOSITION = re.compile(r"[^\S\n]*,[^\S\n]*an?\s")
# (or "who", which only a person's phrase takes: "Gediminas, the grand duke who founded it";
# or a relative clause's opening: "Gjøa, the ship in which Amundsen sailed")
_OF_OR_A_STOP = re.compile(
    r"\s+(?:of|who)\b|\s*[,;.]"
    r"|\s+(?:(?:in|on|at|from|with|by|to|for)\s+)?(?:which|whose|where)\b"
)


# Kinds of person whose names name teams as often: "Chelsea, the champion", "eventual
# winners Wasps", "league leaders Chelsea", "the champions Brazil".
KINDS_OF_TEAMS_TOO = frozenset({"winner", "champion", "leader"})


def signed_with_an_email(text: str, name: NameSpan) -> bool:
    """Whether an e-mail address whose name part holds the name's last word comes right
    after a name of two to four capitalised words: a signature's or a header's "Lotte Wilms
    lotte.wilms@kb.nl", "Michiel Cock m.p.cock@vu.nl", "Jane Doe <jdoe@example.com>"."""
    if not 2 <= len(name.tokens) <= 4 or not all(t[:1].isupper() for t in name.tokens):
        return False
    match = _EMAIL_AFTER.match(text, name.end)
    surname = without_accents(name.tokens[-1].lower())
    return match is not None and len(surname) > 2 and surname in match.group(1).lower()


_EMAIL_AFTER = re.compile(r"[^\S\n]*[<(\[]?[^\S\n]*([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")


_RELATIVE_AFTER = re.compile(
    r"['’]s[^\S\n]+(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt"
    r"|nephew|niece|cousin|grandfather|grandmother|parents|widow|widower)\b"
)


# A birth in brackets after a name: "(born 1950", "(née Smith", "(b. 1950".
_BORN_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*(?:born|née|nee|b\.)[^\S\n]")


def defined_as_a_person(text: str, name: NameSpan) -> bool:
    """Whether a name of two to four capitalised words (a particle may stand between them),
    read as an organisation or a place, is defined as a person right after it: "Nico
    Hülkenberg is a German racing driver", "Uri Caine is an American pianist", as a Wikipedia
    article opens (and there with up to six: "Olusegun Matthew Okikiola Aremu Obasanjo is a
    Nigerian statesman"); or born in brackets after it: "Uri Caine (born June 8, 1956)"."""
    tokens = name.tokens
    if len(tokens) == 1:
        # one word only with the years of a life in brackets, as a biography opens:
        # "Al-Kindi (c. 801 – 873) was an Arab philosopher"
        return _one_word_defined_as_a_person_with_years(text, name)
    particles = people_rules()["particles"]
    if not 2 <= len(tokens) <= 6 or not all(
        # (a particle inside, after a given name: "Josep Puig i Cadafalch ( 1867 – 1956 ) was
        # a Catalan architect", not "The Palacio de Bellas Artes is a cultural centre"; a
        # ruler's number last: "Saint Canute IV ( c. 1042 – 1086 ) was king of Denmark")
        is_title_case(t)
        or (0 < at < len(tokens) - 1 and t in particles and is_given_name(tokens[0]))
        or (at == len(tokens) - 1 and REGNAL_NUMBER.fullmatch(t) is not None)
        for at, t in enumerate(tokens)
    ):
        return False
    # A country's word may open a person's name ("Montserrat Caballé was a Spanish operatic
    # soprano", read as a place), but the country's whole name is none.
    if any(is_institution_word(t) for t in tokens) or code_for(" ".join(tokens)):
        return False
    if _BORN_AFTER.match(text, name.end):
        return True  # "Montserrat Caballé (born 12 April 1933)", as a biography opens
    if _A_RULER_WITH_YEARS_AFTER.match(text, name.end):
        return True  # "Saint Canute IV (c. 1042 – 1086) was king of Denmark"
    match = _DEFINITION.match(text, name.end)
    if (
        match is not None
        and _defines_a_person(match)
        and (len(tokens) <= 4 or _opens_a_clause(text, name.start))
    ):
        return True
    if len(tokens) > 4:
        return False
    match = _APPOSITION.match(text, name.end)
    return match is not None and match.group(1) in kinds_and_roles_of_people()


# A life's years in brackets, then a ruler's office without an article: "(c. 1042 – 1086) was
# king of Denmark", as a ruler's biography opens.
_A_RULER_WITH_YEARS_AFTER = re.compile(
    r"[^\S\n]*\([^()\n]{4,40}\)[^\S\n]+(?:is|was)[^\S\n]+(?:king|queen|emperor|empress"
    r"|pope|sultan|tsar|tsarina|shah|khan|emir|duke|duchess|prince|princess)[^\S\n]+of\b"
)


def _one_word_defined_as_a_person_with_years(text: str, name: NameSpan) -> bool:
    """Whether one capitalised word, no country's nor an institution's, opens its sentence,
    has years in brackets after it and is defined there as a person."""
    word = name.tokens[0]
    return (
        text.startswith(" (", name.end)
        and lifespan_after(text, name.end) is not None
        and is_title_case(word)
        and not is_institution_word(word)
        and not code_for(word)
        and defined_as_a_person_here(text, name.start, name.end)
    )


# A name described between commas right after it: "Gabe Newell, the co-founder of Valve,".
_APPOSITION = re.compile(
    r"[^\S\n]*,[^\S\n]*(?:the|an?|his|her|their|its)\s+"
    rf"(?:(?!(?:the|an?|{_HEAD_ENDS})\s)[\w'’-]+\s+){{0,4}}?([a-z][a-z-]*)"
    rf"(?=\s+(?:{_HEAD_ENDS})\b|\s*[,;.])"
)
