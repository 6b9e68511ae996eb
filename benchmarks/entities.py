"""Entity quality and speed: ../shared/eval/eval_entities.py on the dev sets, the model's
size, and `entities` against `sentences` on War and Peace (whole processes).

usage: python benchmarks/entities.py [--quick]   (--quick: CoNLL dev only, no timing)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, SHARED, book_path, reader_app, run_timed

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
        book = str(book_path("war_and_peace"))
        entities, memory = run_timed([*reader_app(), "entities", "--json", book])
        sentences, _ = run_timed([*reader_app(), "sentences", "--json", book], memory=False)
        print(
            f"\nwar_and_peace: entities {entities:.2f} s (peak {memory:.0f} MiB), "
            f"sentences {sentences:.2f} s, ratio {entities / sentences:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
