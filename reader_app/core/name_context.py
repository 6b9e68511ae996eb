"""What the text around a name says of it: a kind of person or of thing before it, a code or
an unknown word run into it, a date, a church's or a town's saint (a definition of it:
name_definitions.py; quotation marks: name_quotes.py)."""

from __future__ import annotations

import re

from reader_app.core.countries import code_for
from reader_app.core.name_shapes import is_given_name_and_surname
from reader_app.core.name_words import (
    WORD_LISTS,
    given_names,
    in_lists,
    is_common_word,
    is_given_name,
    is_initial,
    is_institution_word,
    is_title_case,
    name_start_words,
    opens_with_a_given_name,
    people_rules,
    without_accents,
)
from reader_app.core.ner.features import gazetteer
from reader_app.core.ner.model import NameSpan
from reader_app.core.ner.tokens import tokenize

# The word before a name, and the particles between them: "Mr. ", "Comte de ", "Duc d’".
_WORD_BEFORE = re.compile(
    r"([\w.]+)\s+(?:(?:de|du|des|la|le|von|van|der|den|di|da|del|della)\s+)*(?:[dl]['’])?$"
)


def after_title(text: str, start: int) -> bool:
    """Whether a title or an honorific comes right before `start`, perhaps with particles
    between: "Mr." in "Mr. Bingley", "Comte" in "Comte de Grasse"."""
    before = _WORD_BEFORE.search(text, max(0, start - 32), start)
    return before is not None and before.group(1).lower().rstrip(".") in gazetteer()["title"]


_NOT_NAME_ENDINGS_BEFORE = ("ing", "ly", "ed", "upon")


# Codes in capitals written before people's names: positions in a squad's list, "MP",
# "DJ", and the agency of a photograph's credit; not "JP Morgan Chase".
_CODES_BEFORE_NAMES = frozenset(
    "GK DF MF FW CB LB RB LWB RWB DM CM AM LM RM LW RW CF ST SS QB WR TE OL DL DE DT OLB ILB "
    "FS PG SG SF PF MP MEP MSP DJ MC NASA AP AFP".split()
)


def without_a_code(text: str, name: NameSpan) -> NameSpan:
    """A person's name without the short code in capitals the model read with it, where a
    given name follows the code: "DF Philipp Lahm", "FW Thomas Müller" in a squad's list; after
    a squad's position any name will do, and a country in brackets after it is not part of it
    ("DF Ugo Ehiogu", "FW Dwight Yorke (Trinidad and Tobago)")."""
    tokens = name.tokens[: name.tokens.index("(")] if "(" in name.tokens else name.tokens
    squad = bool(tokens) and tokens[0] in _SQUAD_POSITIONS
    if (
        len(tokens) < 3
        or tokens[0] not in _CODES_BEFORE_NAMES
        or not (squad or opens_with_a_given_name(list(tokens[1:])))
        or not all(is_title_case(t) or is_initial(t) for t in tokens[1:])
        or (len(tokens) == 3 and not squad and not is_given_name_and_surname(tokens[1:]))
        or (not squad and tokens[-1].endswith("s"))
    ):
        return name  # not "LSU Tigers", "UCF Golden Knights"
    found = tokenize(text, name.start, name.end)[: len(tokens)]
    if [token for token, _, _ in found] != list(tokens):
        return name
    return NameSpan("PER", found[1][1], found[-1][2], tokens[1:])


_SQUAD_POSITIONS = frozenset({"GK", "DF", "MF", "FW"})


def with_unknown_word_before(
    text: str, name: NameSpan, named_alone: frozenset[str] = frozenset()
) -> NameSpan:
    """A person's name with the capitalised word right before it that no word list knows,
    which the model left out: "Shahrukh" of "Shahrukh Khan is an Indian actor"; or a word
    beyond ASCII that is no one's name alone here (`named_alone`): "César Luis Menotti",
    "Arsène Wenger", not "On seeing Natásha Pierre grew animated"."""
    start = name.start
    if (
        name.kind != "PER"
        or not name.tokens[0][:1].isupper()
        or text[start - 1 : start] != " "
        or not ("a" <= text[start - 2 : start - 1] <= "z")  # the end of a word such as "Khan"
    ):
        return name
    before = word_before(text, start)
    if before is None:
        return name
    word, word_start = before
    if (
        not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower())
        or not (word.isascii() or word not in named_alone)
        or word_start + len(word) != start - 1  # more than one space between them
    ):
        return name
    previous = word_before(text, word_start)
    if (
        previous is not None
        and previous[0][:1].isupper()
        and previous[0].replace("'", "").replace("’", "").replace("-", "").isalnum()
    ):
        return name  # a run of names: "Mark Knowles Daniel Nestor", as a table lists pairs
    if previous is not None and previous[0] == "fellow":
        return name  # a people's word: "his fellow Hawaiian Pua Kealoha"
    lower = word.lower()
    if (
        in_lists(lower, (*WORD_LISTS, "title", "month", "org", "language"))
        or is_institution_word(word)
        or code_for(word)
        or lower in name_start_words()
        or lower in people_rules()["person_kinds"]
        # "Disregarding Napoleon", "Whereupon Stubb": a sentence's first word, no name
        or (
            lower.endswith(_NOT_NAME_ENDINGS_BEFORE) and without_accents(lower) not in given_names()
        )
    ):
        return name
    return NameSpan("PER", word_start, name.end, (word, *name.tokens))


def with_a_surname_after(text: str, name: NameSpan) -> NameSpan:
    """A given name alone with the surname after it that the model left out because the word
    is a month's or a verb's too (`surnames_left_out`): "Brian | May recorded", "Theresa |
    May said", "George | Will wrote"."""
    if len(name.tokens) != 1 or not is_given_name(name.tokens[0]):
        return name
    after = _SURNAME_AFTER.match(text, name.end)
    if after is None or after.group(1).lower() not in people_rules()["surnames_left_out"]:
        return name
    return NameSpan("PER", name.start, after.end(1), (*name.tokens, after.group(1)))


# One space, a capitalised word, then no other capitalised word: "Brian May recorded".
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?![^\S\n]+[A-Z])")


def part_of_name(text: str, name: NameSpan, first: int, stop: int) -> NameSpan | None:
    """The words first:stop of a name, with their offsets in the text; None where the text
    does not hold the name's words as tokenize() splits them (no offsets can be given)."""
    found = tokenize(text, name.start, name.end)
    if [token for token, _, _ in found] != list(name.tokens):
        return None
    return NameSpan(name.kind, found[first][1], found[stop - 1][2], name.tokens[first:stop])


def word_before(text: str, start: int) -> tuple[str, int] | None:
    """The word right before `start`, after spaces on the same line ("goddess" of "the
    goddess Sif"), and where it begins; None where there is none."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == start or end == 0:
        return None
    lowest = max(0, end - 40)
    space = max(text.rfind(" ", lowest, end), text.rfind("\n", lowest, end))
    if space < 0 and lowest > 0:
        return None  # no word, but a run of 40 characters or more
    begin = space + 1
    return text[begin:end], begin


# Kinds of works and firms, after a determiner or an owner, before a title: "the 2007 film
# Juno", "his album Blue", "Woody Allen's film Annie Hall", "the newspaper L'Auto", "the
# British firm Dorman Long" (not the verbs "I show Stella", "to play Hamlet"). Ships' kinds,
# a sequel's, a farm's, the sky's and the land's: no person's name of the training sets comes
# after these ("the sequel Riven", "the farm Hoba West", "the constellation Carina", "the
# flagship Royal Charles", "the volcano Parícutin", "the mountain Ben Lomond"); nor do
# craft's kinds ("the NASA probe Dawn"), nor a project's ("The project Breakthrough
# Starshot"; not "mission": "work on the mission President Biden described"), nor a
# computer's ("the supercomputer Fugaku") or a language's ("his earlier language Pascal").
_KINDS_OF_WORKS = (
    "film movie album song single novel book play musical opera series sitcom show poem"
    " cycle ballet operetta oratorio cantata trilogy piece concerto sonata symphony suite"
    " painting canvas picture photograph photo game ship airship vessel yacht racehorse newspaper magazine journal"
    " carrier carriers battleship cruiser destroyer frigate submarine warship liner steamer"
    " schooner tanker freighter ferry steamship corvette gunboat sloop flagship ironclad"
    " programme program documentary quiz"
    " website band firm company corporation foundation label brand studio restaurant hotel"
    " boutique shop store pub nightclub"
    " sequel prequel remake farm ranch plantation constellation planet asteroid comet galaxy"
    " nebula"
    " volcano glacier mountain peak probe spacecraft rover lander satellite telescope"
    " locomotive airliner perfume fragrance station channel currency cryptocurrency chatbot app"
    " drink beer lager whisky vodka liqueur cigarette drug vaccine medicine"
    " software project initiative computer supercomputer robot language"
    " epic saga chronicle treatise cookbook manuscript codex ziggurat cartoon drama tragedy strip"
).split()
# And without a determiner, kinds that are no verbs: "anti-virus firm Sophos", "Will Smith
# comedy Hitch", "rock band Queen", "hit song Jailhouse Rock".
_KINDS_NO_VERBS = (
    "firm company corporation comedy thriller album novel newspaper magazine website band"
    " label studio song ballad"
    # and groups: "the British comedy group Monty Python", "the student movement Otpor" (in
    # the training sets 18 of the 19 names after these words are no person's; the last
    # follows another name's possessive: "localist group Youngspiration's Baggio Leung")
    " group troupe movement duo collective"
).split()
_WORK_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose)|\w['’]s)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}"
    rf"(?:{'|'.join(_KINDS_OF_WORKS)})[^\S\n]+$"
    rf"|\b[\w-]+[^\S\n]+(?:{'|'.join(_KINDS_NO_VERBS)})[^\S\n]+$"
    # what one makes: "Leonardo painted the Mona Lisa", "Beethoven composed the Eroica"
    r"|\b(?:painted|sculpted|composed|wrote|recorded|published|designed|built)[^\S\n]+the"
    r"[^\S\n]+$"
    # a motto: "The school motto is Auspicium Melioris Aevi"
    r"|\b(?:motto|slogan)[^\S\n]+(?:is[^\S\n]+|was[^\S\n]+)?$"
)
# The word each branch of _WORK_BEFORE ends with, before the space.
_LAST_WORDS_OF_WORK_BEFORE = frozenset(
    [*_KINDS_OF_WORKS, *_KINDS_NO_VERBS, "the", "motto", "slogan", "is", "was"]
)
_WORK_REACH = 60  # characters: a determiner, three words and the longest kind


def after_a_works_kind(text: str, start: int) -> bool:
    """Whether _WORK_BEFORE ends right before `start`, or before a particle that the model
    left out of the name ("the British firm de | Havilland"), a title or a colour the people
    step took off it ("the German heavy cruiser Admiral | Hipper", "the film Black | Orpheus"),
    or before the quotation mark that opens a title ('his song " Mi bandoneón y yo "', whose
    words are in sentence case). Its last word is asked first: the pattern itself, tried at
    each of a novel's 40,000 mentions, took 80 ms."""
    low = max(0, start - _WORK_REACH)
    words = text[low:start].split()
    if words and (
        words[-1] in _PARTICLES_LEFT_OUT
        or words[-1] in ('"', "“")
        or (
            words[-1][:1].isupper()
            and (
                words[-1].lower() in gazetteer()["title"]
                or words[-1] in _WORDS_LEFT_OUT
                # a people's word the people step took off: "his book Cuban | Counterpoint"
                or (
                    len(words) > 1
                    and words[-2] in _LAST_WORDS_OF_WORK_BEFORE
                    and code_for(words[-1])
                )
            )
        )
    ):
        start = text.rindex(words[-1], low, start)
        low = max(0, start - _WORK_REACH)
        words.pop()
    return (
        bool(words)
        and words[-1] in _LAST_WORDS_OF_WORK_BEFORE
        and not (
            # a plural's verb, not a work's kind: "The higher notes show Władysław II"
            words[-1] in _KINDS_THAT_ARE_VERBS
            and len(words) > 1
            and words[-2].islower()
            and words[-2].endswith("s")
            and not words[-2].endswith(("ss", "us", "is", "'s", "’s"))
        )
        and _WORK_BEFORE.search(text, low, start) is not None
    )


_KINDS_THAT_ARE_VERBS = frozenset({"show", "play", "book", "drink", "project", "program"})
_PARTICLES_LEFT_OUT = frozenset({"de", "da", "di", "du", "van", "von", "le", "la"})
# Colours that open a title and that the people step takes off a name: "the film Black |
# Orpheus", "the album Blue | Lines".
_WORDS_LEFT_OUT = frozenset({"Black", "White", "Red", "Blue", "Green", "Golden", "Silver"})


def after_founded_by(text: str, start: int) -> bool:
    """Whether "founded by" ends right before `start`, perhaps with a year or a place before
    "by" and "the" and a kind of person after it: a founder, the person a firm may be named
    for ("founded in Jena in 1846 by the instrument maker Carl Zeiss")."""
    return "by " in text[max(0, start - 40) : start] and bool(  # (the cheap test first)
        _FOUNDED_BY_BEFORE.search(text, max(0, start - 60), start)
    )


_FOUNDED_BY_BEFORE = re.compile(
    r"\b(?:founded|established|started)[^\S\n]+(?:in[^\S\n]+[\w-]+[^\S\n]+){0,2}by"
    r"[^\S\n]+(?:the[^\S\n]+(?:[a-z]+[^\S\n]+){1,2})?$"
)


# "its" right before a name: a thing's owner, which no person is ("Its Amber Room", "its
# neighbour Messier 81").
ITS_BEFORE = re.compile(r"\b[Ii]ts[^\S\n]+$")


# A storm's, a military operation's or a project's kind before its name: "Hurricane
# Katrina", "Project Ozma" (the training sets' names after "Project" are no person's).
STORM_BEFORE = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Storm|Operation|Project)[^\S\n]+$")


# A race won, then "on" (perhaps after the times and the years) right before a name: the
# horse ridden, whatever its name ("on Peter Pan in 1934", "on Russia in 1946").
A_RACE_WON_ON_BEFORE = re.compile(
    # (perhaps with words between: "won more than 8,800 races, among them the Kentucky Derby
    # of 1992 on Lil E. Tee")
    r"\bwon[^\S\n]+(?:it|(?:[^.;\n]{0,60}?[^\S\n])?the[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,5}?"
    r"(?:Cup|Derby|Stakes|National|Guineas|Oaks|Leger|Triomphe|Diane|Plate|Handicap))\b"
    r"[^.;\n]{0,100}?[^\S\n]on[^\S\n]+"
    # (the other horses of a list after "on", and a title the people step took off a horse's
    # name: "three of them on Humorist, Captain | Cuttle and Papyrus")
    r"(?:[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2}(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)){0,4}"
    r"(?:[A-Z][\w'’.-]*[^\S\n]+)?$"
)


PLACE_BEFORE = re.compile(
    r"\b(?:(?:born|died|buried|lives|lived|located|situated|based)[^\S\n]+(?:in|at|near)"
    # (and at a sentence's start: "Near Brusio it turns"; the training sets' names after
    # "Near" are places')
    r"|[Nn]ear"
    # a journey's ends: "had come from Milton", "moved to Swinton", "arrived in Bergen" (not a
    # name's: "Its name comes from Jacques Bonhomme"); in the training sets the names after
    # "came to" are places' or bodies' (not after "went to": "the gold medal went to Johnny
    # Hayes")
    r"|(?<!name[^\S\n])(?<!names[^\S\n])"
    r"(?:came|come|comes|coming|travelled|traveled|fled|emigrated|flew|drove|sailed|sailing)"
    r"[^\S\n]+from"
    r"|(?:arrived|landed|settled)[^\S\n]+(?:in|at)"
    # a people's land: "on their way to their homeland of Hawaiki"
    r"|homeland[^\S\n]+of"
    # a ship's end off a coast: "sank off Ronneby", "sunk off Naissaar" (not "homered off
    # Jose Parra")
    r"|(?:sank|sunk|wrecked|foundered|aground|scuttled|torpedoed)[^\S\n]+off"
    r"|(?:moved|travelled|traveled|emigrated|relocated|sailed|sailing|drives|drove|driving"
    r"|rode|rides|walked|marched|came)[^\S\n]+to"
    # a land taken or held: "he conquered Maui", "invaded Sicily", "a dynasty that ruled
    # Savoy" (in the training sets none of the 11 names after the first six words is a
    # person's, and of the 9 after "ruled", "governed", "invaded" or "annexed" the one a
    # person's stands before "'s"; in the written sets all 30 are places')
    r"|conquered|conquering|invaded|invading|annexed|annexing|ruled|governed"
    # a seat: "Member of Parliament for Petersfield", "the Liberal MP for Berwick", "Members
    # elected for Denison"
    r"|(?:MP|MLA|MEP|MSP|TD|Member[^\S\n]+of[^\S\n]+Parliament|[Mm]embers?)"
    r"(?:[^\S\n]+elected)?[^\S\n]+for"
    # a kind of place: "the district of Ortenaukreis", "the nation of Karhide" (not someone's
    # home: "the home town of Francisco Pizarro", "the native country of Cicero"; but "her
    # home village of Kleinarl")
    r"|\b(?:his|her|their|its|my|our|your)[^\S\n]+(?:home|native)[^\S\n]+[a-z]+[^\S\n]+of"
    r"|(?<!home[^\S\n])(?<!native[^\S\n])(?:nation|country|state|province|region|district|county|municipality|commune|city|town"
    r"|village|island|planet|desert|valley|lake|bay|gulf|plain|plains|coast|shores)[^\S\n]+of"
    # a see or a patron saint's town: "the bishop of Winchester", "the patron saint of Naples"
    r"|(?:patron[^\S\n]+saint|cathedral|bishop|archbishop|diocese|archdiocese)[^\S\n]+of"
    # where a place lies from another: "3 miles north-east of Fakenham", "10 km from Pau"
    r"|(?:north|south)(?:-?(?:east|west))?[^\S\n]+of|(?:east|west)[^\S\n]+of"
    r"|(?:miles|kilometres|kilometers|km)[^\S\n]+(?:from|of)"
    # a river named after its kind in lower case: "the river Tagus"; or a German town's river:
    # "Rothenburg ob der Tauber", "Frankfurt an der Oder"
    r"|the[^\S\n]+river|\b(?:ob|an)[^\S\n]+der"
    # a place in its time or its part: "in ancient Rome", "from northern Italy" (in the
    # training sets the names so placed are places', but one firm's; not after "old": "the
    # paupered arm of old Cervantes")
    r"|(?:of|in|to|from)[^\S\n]+(?:ancient|medieval|modern|central|northern|southern"
    r"|eastern|western|downtown|greater|present-day))[^\S\n]+$"
)


# What one forms, founds or joins is a band, a firm or a team: "Corgan later formed Zwan";
# and what a body was founded as: "It was founded in 1972 as Dansk Naturgas".
ORGANISATION_BEFORE = re.compile(
    r"\b(?:formed|form|founded|co-founded|joined|rejoined)[^\S\n]+(?:the[^\S\n]+)?$"
    r"|\b(?:founded|formed|established)(?:[^\S\n]+in[^\S\n]+\d{4})?[^\S\n]+as[^\S\n]+$"
    # and what someone chairs: "the chairman of Electrolux" (in the training sets the 9 names
    # after "head of", "chairman of" or "boss of" are bodies', places' and events'; but not
    # "head of", a body's part too: "the head of Medusa")
    r"|\b(?:chairman|chairwoman|boss)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$"
    # and what something is part of: "Since 1997 it has been part of Prasar Bharati" (in the
    # training sets 40 of the 42 names after "part of" are places' or bodies')
    r"|\b(?:is|was|are|were|been|be|become|became|becomes)[^\S\n]+part[^\S\n]+of[^\S\n]+"
    r"(?:the[^\S\n]+)?$"
)


THE_BEFORE = re.compile(r"[a-z,;:][^\S\n]+The[^\S\n]+$")


_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|San|Santa|Sankt)[^\S\n]+$")


_POSSESSIVE_AND_NAME_AFTER = re.compile(r"['’]s?[^\S\n]+[A-Z]")


def names_a_saints_building(text: str, start: int, end: int) -> bool:
    """Whether a mention is the saint in the name of a church, a college or a hospital, or
    of a town: "St Mary's Church", "St. John's College", "Saint Paul, Minnesota"."""
    if not _SAINT_BEFORE.search(text, max(0, start - 8), start):
        return False
    if _POSSESSIVE_AND_NAME_AFTER.match(text, end):
        return True
    region = _REGION_AFTER.match(text, end)
    return region is not None and (
        in_lists(region.group(1).lower(), ("place", "loc")) or bool(code_for(region.group(1)))
    )


_REGION_AFTER = re.compile(r",[^\S\n]+([A-Z][\w-]+(?:[^\S\n]+[A-Z][\w-]+)?)")


_NUMBER_AFTER = re.compile(r"[^\S\n]*\d")


_BEFORE_A_DATE = re.compile(
    r"(?:\d(?:st|nd|rd|th)?|\b(?:in|of|since|until|till|from|through|by|during|early|late|mid"
    r"|last|next|this|every|each|before|after|on))[^\S\n]+$",
    re.IGNORECASE,
)


def is_a_date(text: str, start: int, end: int) -> bool:
    """Whether a month's or a day's name is part of a date: a number next to it, or a
    preposition before it ("March 19", "19 March", "the end of January")."""
    return bool(
        _NUMBER_AFTER.match(text, end) or _BEFORE_A_DATE.search(text, max(0, start - 12), start)
    )


_NEXT_LOWER_CASE_WORD = re.compile(r" ([a-z]{4,})\b")


_LATIN_ENDINGS = ("us", "um", "a", "ae", "i", "is", "ix", "ax", "ex")


def before_an_epithet(text: str, end: int) -> bool:
    """Whether a name is followed by a lower-case Latin word that is no English word: the
    second half of a species' scientific name, whose first half is a genus, not a person."""
    following = _NEXT_LOWER_CASE_WORD.match(text, end)
    if following is None:
        return False
    word, lists = following.group(1), gazetteer()
    return (
        word.endswith(_LATIN_ENDINGS)
        and word not in lists["everyday"]
        and word not in lists["common"]
        and word not in people_rules()["particles"]
    )


# A title's subtitle after a colon, in title case: "Lagaan: Once Upon a Time in India is a
# 2001 Indian film" (not a speaker's words: "Smith: My new book is a novel", "Smith: This
# is a film about").
TITLE_WORD = r"(?:[A-Z0-9][\w'’-]*|a|an|the|of|in|on|at|to|for|and|upon)"


def lifespan_after(text: str, end: int) -> str | None:
    """The dates of birth and death in brackets right after `end`, if such follow: "(c. 1203 –
    12 September 1263)", "(August 9, 1929 – February 13, 2014)", "(c. 801 – 873)"."""
    brackets = _BRACKETS_AFTER.match(text, end)
    if brackets is None or _LIFESPAN.match(brackets.group(1).strip()) is None:
        return None
    return brackets.group(1)


_BRACKETS_AFTER = re.compile(r"[^\S\n]*\(([^()\n]{6,60})\)")
_LIFESPAN = re.compile(
    r"^(?:c\.[^\S\n]*)?[^–-]*\d{3,4}[^\S\n]*[–-][^\S\n]*(?:c\.[^\S\n]*)?[^–-]*\d{3,4}$"
)


def without_a_describing_word(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """People's names of two words without a describing word that a sentence or a headline
    opens with, written like a name's first: "Newcomer Ciara" (an everyday word, then a given
    name), "Classy Henman" in an article's headline beside "Tim Henman" below. Where the
    text names the surname after a given name elsewhere, an everyday word opening a sentence
    goes too; a word no list knows goes only in a headline, where adjectives stand so: in a
    sentence it may be a rare given name ("Zuko Watson" beside "Tom Watson", "Eliel Saarinen
    (1873-1950) was a Finnish architect" beside his son Eero Saarinen)."""
    surnames_after_given = {
        n.tokens[1]
        for n in names
        if n.kind == "PER" and len(n.tokens) == 2 and is_given_name(n.tokens[0])
    }
    headline_end = _headline_end(text)
    titles = gazetteer()["title"]
    kept = []
    for name in names:
        if name.kind == "PER" and len(name.tokens) == 2:
            word, surname = name.tokens
            if (
                word.isalpha()
                and _opens_a_sentence(text, name.start)
                and is_title_case(word)
                and is_title_case(surname)
                and len(surname) > 1  # not "Shall I"
                and not is_given_name(word)
                and word.lower() not in titles  # "Countess Rostóva" is read as titled later
                # an article's subject with the years of life, named in full: "Flash Elorde
                # (1935 – 1985) was a boxer ..., born Gabriel Elorde"
                and lifespan_after(text, name.end) is None
                and (
                    (surname in surnames_after_given and name.start < headline_end)
                    # (not "The Aurora": the most common words are no description)
                    or (
                        in_lists(word.lower(), ("everyday",))
                        and not is_common_word(word)
                        and (surname in surnames_after_given or _given_alone(surname))
                    )
                )
            ):
                at = text.find(surname, name.start + len(word), name.end)
                if at >= 0:
                    name = NameSpan("PER", at, at + len(surname), (surname,))
        kept.append(name)
    return kept


def _given_alone(word: str) -> bool:
    """An English given name that no list holds as a surname: "Ciara"; not "Jones", nor
    "Qing" ("Pang Qing" is a Chinese name, surname first)."""
    return is_given_name(word, of_other_countries=False) and not in_lists(
        word.lower(), ("surname",)
    )


def _headline_end(text: str) -> int:
    """Where the text's first line ends if it is a headline (short, no sentence's end), else 0."""
    end = text.find("\n")
    line = text[: max(end, 0)].rstrip(" \"'”’")  # a text of one line has no headline
    return end if 0 < len(line) <= _LONGEST_HEADLINE and line[-1] not in ".!?" else 0


_LONGEST_HEADLINE = 100  # characters


def _opens_a_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \"'“‘")
    return not before or before[-1] in ".!?\n"
