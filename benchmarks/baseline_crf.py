"""The issue's "30-line CRF" rebuilt, scored on the same sets as ours, to tell what a held-out
figure the issue quotes for it (0.88 on CoNLL-2003 test, 0.63 on WikiGold) means for ours.

The CRF has the features of sklearn-crfsuite's tutorial without part-of-speech tags (word,
affixes, casing, shape, two words each side), is trained on CoNLL train only, lists every PER
span as a person (a name whose words are within a longer listed name is dropped, as
"Clinton" beside "Bill Clinton") and resolves LOC and MISC spans with the evaluation's own
country resolver. It is a yardstick, not part of Reader; its model is written to a temporary
folder and thrown away.

usage: python benchmarks/baseline_crf.py            (train, then score every set)
       python benchmarks/baseline_crf.py run MODEL FILE...   (what eval_entities.py calls)
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pycrfsuite
from _common import SHARED
from entities import DEV_SETS
from wiki_style import SETS as WRITTEN_SETS
from wiki_style import to_conll

TOKEN = re.compile(r"(?:[A-Z]\.)+|\w+(?:-\w+)*|'s\b|[^\w\s]")


def shape(word: str) -> str:
    """Xxxx, XX, dd-dd: the word's letters and digits by class, runs collapsed."""
    classes = re.sub("[0-9]", "d", re.sub("[a-z]", "x", re.sub("[A-Z]", "X", word)))
    return re.sub(r"(.)\1+", r"\1", classes)


def features(words: list[str], i: int) -> list[str]:
    word = words[i]
    found = ["bias", "w=" + word.lower(), "s3=" + word[-3:], "s2=" + word[-2:], "p3=" + word[:3],
             f"up={word.isupper()}", f"ti={word.istitle()}", f"dg={word.isdigit()}",
             "sh=" + shape(word)]  # fmt: skip
    for step in (-2, -1, 1, 2):
        j = i + step
        if 0 <= j < len(words):
            found += [f"{step}w=" + words[j].lower(), f"{step}sh=" + shape(words[j])]
        else:
            found.append(f"{step}pad")
    return found


def train(conll: Path, model: str) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    words: list[str] = []
    tags: list[str] = []
    for line in [*conll.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if words:
                trainer.append([features(words, i) for i in range(len(words))], tags)
            words, tags = [], []
            continue
        words.append(parts[0])
        tags.append(parts[-1])
    trainer.set_params(
        {"c1": 0.1, "c2": 0.1, "max_iterations": 100, "feature.possible_transitions": True}
    )
    trainer.train(model)


def spans(words: list[str], tags: list[str]) -> list[tuple[str, str]]:
    """(type, text) of each IOB span."""
    found, current, kind = [], [], ""
    for word, tag in [*zip(words, tags, strict=True), ("", "O")]:
        this = tag.split("-", 1)[1] if tag != "O" else ""
        if current and (this != kind or tag.startswith("B-")):
            found.append((kind, " ".join(current)))
            current = []
        if this:
            current.append(word)
            kind = this
    return found


def run(model: str, paths: list[str]) -> None:
    sys.path.insert(0, str(SHARED / "eval"))
    from countries import resolve  # the evaluation's resolver: no advantage to either side

    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    for path in paths:
        people: Counter[str] = Counter()
        countries: Counter[str] = Counter()
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            words = TOKEN.findall(line)
            if not words:
                continue
            for kind, name in spans(
                words, tagger.tag([features(words, i) for i in range(len(words))])
            ):
                if kind == "PER":
                    people[name] += 1
                elif kind in ("LOC", "MISC") and (code := resolve(name)):
                    countries[code] += 1
        longest_first = sorted(people, key=lambda name: -len(name.split()))
        kept = [
            name
            for k, name in enumerate(longest_first)
            if not any(set(name.split()) <= set(longer.split()) for longer in longest_first[:k])
        ]
        print(json.dumps({
            "file": path,
            "people": [{"name": name, "count": people[name]} for name in kept],
            "countries": [{"name": code, "code": code, "count": n} for code, n in countries.items()],
        }))  # fmt: skip


def main() -> int:
    if sys.argv[1:2] == ["run"]:
        run(sys.argv[2], sys.argv[3:])
        return 0
    with tempfile.TemporaryDirectory() as folder:
        model = str(Path(folder) / "baseline.crfsuite")
        train(SHARED / "data" / "conll2003" / "train.txt", model)
        sets = dict(DEV_SETS)
        for name, path in WRITTEN_SETS.items():
            sets[f"written articles, {name}"] = Path(folder) / f"{path.stem}.conll"
            sets[f"written articles, {name}"].write_text(
                to_conll(path.read_text(encoding="utf-8")), encoding="utf-8"
            )
        print("| data | baseline people F1 | baseline countries F1 |")
        print("|---|---|---|")
        for name, path in sets.items():
            command = [sys.executable, str(SHARED / "eval" / "eval_entities.py"), str(path),
                       "--", sys.executable, __file__, "run", model]  # fmt: skip
            last = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            people, countries = (part.split("=")[1] for part in last.strip().split()[-2:])
            print(f"| {name} | {people} | {countries} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
