"""Entity quality and speed: ../shared/eval/eval_entities.py on the dev sets, the model's
size, and `entities` against `sentences` on War and Peace (whole processes).

usage: python benchmarks/entities.py [--quick | --speed]   (--quick: CoNLL dev only, no
timing; --speed: the timing only)

The two commands are timed in alternating rounds: this machine's speed drifts by a third within
minutes, and timing one command's runs and then the other's measured the drift as much as the
commands (War and Peace's ratio read 2.27 to 3.62 in one session so).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, SHARED, book_path, reader_app, run_timed, tree_peak_memory

ROUNDS = 5

DEV_SETS = {
    "CoNLL-2003 dev (news)": SHARED / "data" / "conll2003" / "dev.txt",
    "GUM dev (many genres, no MISC)": SHARED / "data" / "extra_ner" / "gum" / "dev.txt",
    "WikiANN dev (Wikipedia fragments, silver, no MISC)": SHARED
    / "data"
    / "extra_ner"
    / "wikiann_en"
    / "dev.txt",
    "GUM test (not used for training)": SHARED / "data" / "extra_ner" / "gum" / "test.txt",
    "WikiANN test (not used for training)": SHARED
    / "data"
    / "extra_ner"
    / "wikiann_en"
    / "test.txt",
}


def score(path) -> str:
    command = [sys.executable, str(SHARED / "eval" / "eval_entities.py"), str(path), "--",
               *reader_app(), "entities", "--json"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    return result.stdout.strip().splitlines()[-1]


def recased(path: Path, change) -> str:
    """A CoNLL file with every token passed through `change` (str.lower, str.upper); tags
    kept."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 4 and parts[0] != "-DOCSTART-":
            parts[0] = change(parts[0])
        lines.append(" ".join(parts))
    return "\n".join(lines) + "\n"


def main() -> int:
    quick = "--quick" in sys.argv
    if "--speed" in sys.argv:
        speed()
        return 0
    model = Path(
        os.environ.get("READER_NER_MODEL") or ROOT / "reader_app" / "resources" / "ner.crfsuite"
    )
    print(f"model: {model}, {os.path.getsize(model) / 2**20:.1f} MiB")
    print("| data | people F1 | countries F1 |")
    print("|---|---|---|")
    for name, path in list(DEV_SETS.items())[: 1 if quick else None]:
        people, countries = (part.split("=")[1] for part in score(path).split())
        print(f"| {name} | {people} | {countries} |")
    if not quick:
        with tempfile.TemporaryDirectory() as folder:
            for change, words in ((str.lower, "lower case"), (str.upper, "capitals")):
                changed = Path(folder) / f"dev_{change.__name__}.txt"
                text = recased(DEV_SETS["CoNLL-2003 dev (news)"], change)
                changed.write_text(text, encoding="utf-8")
                people, countries = (part.split("=")[1] for part in score(changed).split())
                print(f"| CoNLL-2003 dev, every word in {words} | {people} | {countries} |")
        speed()
    return 0


def speed() -> None:
    """`entities` against `sentences` on War and Peace, whole processes, one run of each per
    round: the best of each, and the ratio within each round."""
    book = str(book_path("war_and_peace"))
    rounds = [
        (
            run_timed([*reader_app(), "entities", "--json", book], repeat=1, memory=False)[0],
            run_timed([*reader_app(), "sentences", "--json", book], repeat=1, memory=False)[0],
        )
        for _ in range(ROUNDS)
    ]
    entities, sentences = (min(times) for times in zip(*rounds, strict=True))
    ratios = sorted(e / s for e, s in rounds)
    memory = tree_peak_memory([*reader_app(), "entities", "--json", book])
    print(
        f"\nwar_and_peace: entities {entities:.2f} s (peak {memory:.0f} MiB), sentences "
        f"{sentences:.2f} s (best of {ROUNDS} alternating rounds), ratio of the bests "
        f"{entities / sentences:.2f}; ratio within a round: median {ratios[ROUNDS // 2]:.2f}, "
        f"{ratios[0]:.2f} to {ratios[-1]:.2f}"
    )


if __name__ == "__main__":
    sys.exit(main())
