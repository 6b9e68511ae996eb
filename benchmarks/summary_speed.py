"""Summary speed and memory on the four books, and each method against sumy's class.

usage: python benchmarks/summary_speed.py [--books [--only BOOK] [--repeat K]] [--sumy N]
  --books   every method on every book: `reader-app summarize --json --method M --sentences 20`
            against `reader-app sentences --json` (whole processes, best of K = 3, peak memory);
            --only war_and_peace limits it to one book
  --sumy N  each method and sumy's own class on the first N sentences of War and Peace,
            in this process (sumy's KL-Sum and LexRank take minutes); --methods a,b limits it
"""

from __future__ import annotations

import sys
import time
import warnings

from _common import BOOK_NAMES, book_path, reader_app, run_timed

from reader_app.core.documents import load_document
from reader_app.core.methods import METHODS, STOCK_METHODS, stock_scores
from reader_app.core.methods.prepared import prepare
from reader_app.core.methods.sumy_methods import sumy_ratings
from reader_app.core.segment import words
from reader_app.core.summarize import heading_sentences, sentence_paragraphs


def books(names: tuple[str, ...], repeat: int) -> None:
    print("| book | method | seconds | peak MiB | `sentences` seconds | ratio |")
    print("|---|---|---|---|---|---|")
    for name in names:
        path = str(book_path(name))
        base, _ = run_timed([*reader_app(), "sentences", "--json", path], repeat, memory=False)
        for method in METHODS:
            command = [*reader_app(), "summarize", "--json", "--method", method, "--sentences",
                       "20", path]  # fmt: skip
            seconds, memory = run_timed(command, repeat)
            print(
                f"| {name} | {method} | {seconds:.2f} | {memory:.0f} | {base:.2f} |"
                f" {seconds / base:.2f} |",
                flush=True,
            )


def against_sumy(count: int, methods: tuple[str, ...] = STOCK_METHODS) -> None:
    warnings.simplefilter("ignore")
    document = load_document(str(book_path("war_and_peace")))
    texts = [document.sentence_text(i) for i in range(min(count, len(document.sentences)))]
    paragraphs = sentence_paragraphs(document)[: len(texts)]
    headings = heading_sentences(document)[: len(texts)]
    title = words(document.title)
    print(f"First {len(texts)} sentences of War and Peace\n")
    print("| method | Reader (s) | sumy (s) | speed-up |")
    print("|---|---|---|---|")
    for method in methods:
        started = time.perf_counter()
        stock_scores(method, prepare(texts, headings, paragraphs), title)
        ours = time.perf_counter() - started
        started = time.perf_counter()
        sumy_ratings(method, texts, headings, title, paragraphs)
        theirs = time.perf_counter() - started
        print(f"| {method} | {ours:.2f} | {theirs:.1f} | {theirs / ours:.0f}x |", flush=True)


def main() -> int:
    if "--books" in sys.argv:
        only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
        repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
        books((only,) if only else BOOK_NAMES, repeat)
    if "--sumy" in sys.argv:
        methods = STOCK_METHODS
        if "--methods" in sys.argv:
            methods = tuple(sys.argv[sys.argv.index("--methods") + 1].split(","))
        against_sumy(int(sys.argv[sys.argv.index("--sumy") + 1]), methods)
    return 0


if __name__ == "__main__":
    sys.exit(main())
