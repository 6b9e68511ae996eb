"""People and countries on CoNLL-2003 train in five folds, each scored with a model and word
lists trained without it: news like the held-out test set, that neither the model nor the
rules were tuned on.

CoNLL dev has been read for twenty sessions, and its documents shaped many rules; its figure
flatters. Here each fifth of train's documents (the fold k holds documents k, k+5, k+10...) is
left out of a copy of the checkout's training: the word lists (which the training command writes
from train) and the model (the shipped command: train less the fold, GUM, a third of WikiANN,
and CoNLL dev) are rebuilt in a temporary copy of `reader_app`, whose `entities` then reads the fold
and ../shared/eval/eval_entities.py scores it. Two folds train at a time (about 100 s each);
the whole run takes some eight minutes on two cores.

usage: python benchmarks/conll_folds.py [FOLD...]   (default: all five)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _common import ROOT, SHARED, as_installed

FOLDS = 5
_ENTITIES = (sys.executable, "-m", "reader_app", "entities", "--json")
_DOCUMENT_START = re.compile(r"(?m)^(?=-DOCSTART-)")


def _prepare(fold: int, documents: list[str], folder: Path) -> tuple[Path, Path, Path]:
    """A data folder whose train lacks the fold, the fold as a CoNLL file, and a copy of the
    package to train into."""
    data = folder / f"data{fold}"
    (data / "conll2003").mkdir(parents=True)
    kept = [d for i, d in enumerate(documents) if i % FOLDS != fold]
    (data / "conll2003" / "train.txt").write_text("".join(kept), encoding="utf-8")
    for part in ("conll2003/dev.txt", "extra_ner", "books", "bbc"):
        (data / part).symlink_to(SHARED / "data" / part)
    held = folder / f"fold{fold}.txt"
    held.write_text("".join(d for i, d in enumerate(documents) if i % FOLDS == fold), "utf-8")
    copy = folder / f"checkout{fold}"
    shutil.copytree(
        ROOT / "reader_app", copy / "reader_app", ignore=shutil.ignore_patterns("__pycache__")
    )
    return data, held, copy


def _run_fold(fold: int, documents: list[str], folder: Path) -> tuple[int, float, float]:
    data, held, copy = _prepare(fold, documents, folder)
    model = folder / f"model{fold}.crfsuite"
    env = dict(as_installed(), PYTHONPATH=str(copy), PYTHONHASHSEED="0")
    # The training command writes the word lists from train (here, without the fold) first.
    dev = SHARED / "data" / "conll2003" / "dev.txt"
    shipped = ("--extra", "gum,wikiann_en:0.3", "--keep-clusters", "--also", str(dev))
    command = [sys.executable, "-m", "reader_app.core.ner.train", "--data", str(data), *shipped]
    subprocess.run(
        [*command, "--model", str(model)],
        env=env,
        cwd=copy,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    score = subprocess.run(
        [sys.executable, "eval_entities.py", str(held), "--", *_ENTITIES],
        env=dict(env, READER_NER_MODEL=str(model)),
        cwd=SHARED / "eval",
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    people = next(line for line in score if line.startswith("people "))
    countries = next(line for line in score if line.startswith("countries "))
    return fold, float(people.split()[3][3:]), float(countries.split()[3][3:])


def main() -> int:
    train = SHARED / "data" / "conll2003" / "train.txt"
    if not train.exists():
        sys.exit(f"missing {train}: set READER_SHARED to the shared/ folder")
    documents = [d for d in _DOCUMENT_START.split(train.read_text("utf-8")) if d]
    folds = [int(f) for f in sys.argv[1:]] or list(range(FOLDS))
    workers = max(1, min(2, os.cpu_count() or 1))
    with tempfile.TemporaryDirectory() as name, ThreadPoolExecutor(workers) as pool:
        rows = list(pool.map(lambda f: _run_fold(f, documents, Path(name)), folds))
    print("| fold | people F1 | countries F1 |\n|---|---|---|")
    print(
        "\n".join(
            f"| {fold} | {people:.3f} | {countries:.3f} |" for fold, people, countries in rows
        )
    )
    if len(rows) > 1:
        mean = [sum(row[column] for row in rows) / len(rows) for column in (1, 2)]
        print(f"| mean | {mean[0]:.3f} | {mean[1]:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
