"""Wrong countries on a CoNLL-style set, each with its mentions in context, and the F1 without
those named only by a demonym (sets without MISC, like WikiANN, never mark "Japanese").

usage: python benchmarks/country_errors.py [FILE] [--show N]
       (default FILE: ../shared/data/extra_ner/wikiann_en/test.txt; N contexts, default 40)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, SHARED, reader_app

sys.path.insert(0, str(SHARED / "eval"))
import conll  # the eval's own reader, so the gold is the eval's
from countries import resolve

from reader_app.core.documents import document_from_text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = SHARED / "data" / "extra_ner" / "wikiann_en" / "test.txt"
    parser.add_argument("file", type=Path, nargs="?", default=default)
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    docs = conll.read(str(args.file))
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for number, doc in enumerate(docs):
            path = Path(folder) / f"doc{number:03d}.txt"
            path.write_text(doc.text, encoding="utf-8")
            files.append(str(path))
        command = [*reader_app(), "entities", "--json", *files]
        output = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    right = wrong = wrong_by_demonym = missed = 0
    contexts = []
    for line in output.stdout.splitlines():
        found = json.loads(line)
        doc = docs[int(Path(found["file"]).stem[3:])]
        text = document_from_text(doc.text).text  # the offsets are into Reader's text
        gold = {code.upper() for code in doc.countries}
        codes = set()
        for country in found["countries"]:
            code = (country.get("code") or resolve(country["name"]) or country["name"]).upper()
            codes.add(code)
            if code in gold:
                right += 1
                continue
            wrong += 1
            forms = {text[start:end] for start, end in country["mentions"]}
            if all(form not in (country["name"], code) and _is_demonym(form) for form in forms):
                wrong_by_demonym += 1
            else:
                start, end = country["mentions"][0]
                around = text[max(0, start - 60) : end + 40].replace("\n", " | ")
                contexts.append(f"{code}: ...{around}...")
        missed += len(gold - codes)
    print(f"countries F1 {_f1(right, wrong, missed):.3f} (right {right}, wrong {wrong}, missed "
          f"{missed}); without the {wrong_by_demonym} named only by a demonym: "
          f"{_f1(right, wrong - wrong_by_demonym, missed):.3f}")  # fmt: skip
    for context in contexts[: args.show]:
        print(context)
    return 0


def _is_demonym(form: str) -> bool:
    """ "Japanese", "Americans": a country word that is not the country's name."""
    return form[:1].isupper() and form.endswith(("an", "ans", "ese", "ish", "i", "ic", "ch"))


def _f1(right: int, wrong: int, missed: int) -> float:
    return 2 * right / (2 * right + wrong + missed) if right else 0.0


if __name__ == "__main__":
    sys.exit(main())
