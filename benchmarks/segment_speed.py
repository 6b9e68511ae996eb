"""Sentence splitting speed on the four books: Reader's splitter against blingfire.

usage: python benchmarks/segment_speed.py   (needs `pip install blingfire`, for comparison only)
Prints a Markdown table: in-process split times on the same normalized text, and whole-process
times of `reader-app sentences --json BOOK` against a script that splits the book with blingfire.
"""

from __future__ import annotations

import sys
import time

from _common import BOOK_NAMES, book_path, reader_app, run_timed

from reader_app.core.documents import document_from_text
from reader_app.core.formats.txt import decode_text
from reader_app.core.reflow import reflow
from reader_app.core.segment import split_sentences

BLINGFIRE_SCRIPT = (
    "import sys, blingfire\n"
    "text = open(sys.argv[1], encoding='utf-8-sig').read().replace('\\r\\n', '\\n')\n"
    "print(len(blingfire.text_to_sentences_and_offsets(text)[1]))\n"
)


def best_of(function, *args, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    import blingfire

    print(
        "| book | Reader split (s) | blingfire split (s) | sentences Reader / blingfire |"
        " `reader-app sentences --json` (s) | blingfire script (s) | ratio |"
    )
    print("|---|---|---|---|---|---|---|")
    for name in BOOK_NAMES:
        path = book_path(name)
        raw = decode_text(path.read_bytes())
        text, paragraphs = reflow(raw)
        ours = best_of(split_sentences, text, paragraphs)
        theirs = best_of(blingfire.text_to_sentences_and_offsets, text)
        count = len(document_from_text(raw).sentences)
        their_count = len(blingfire.text_to_sentences_and_offsets(text)[1])
        cli, _ = run_timed([*reader_app(), "sentences", "--json", str(path)], memory=False)
        script, _ = run_timed([sys.executable, "-c", BLINGFIRE_SCRIPT, str(path)], memory=False)
        print(
            f"| {name} | {ours:.2f} | {theirs:.2f} | {count} / {their_count} | {cli:.2f} |"
            f" {script:.2f} | {cli / script:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
