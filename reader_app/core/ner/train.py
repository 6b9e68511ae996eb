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
from collections.abc import Iterator
from pathlib import Path

from reader_app.core.ner.training_data import (
    Doc,
    Sentence,
    fully_labelled,
    read_conll,
    spans,
    unlabelled_sentences,
)
from reader_app.core.ner.word_lists import build_gazetteer

RESOURCES = Path(__file__).parents[2] / "resources"


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
