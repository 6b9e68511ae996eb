"""Do Reader's vectorised methods select the same sentences as sumy's own classes?

usage: python benchmarks/agreement.py [STEP]   (every STEP-th article of ../shared/data/bbc/dev)
For each article, N is the reference summary's sentence count, as ../shared/eval/eval_rouge.py
computes it. Both sides get the same sentences, words, stop words and stemmer. A selection
that differs only between sentences whose ranks are exactly equal (sumy then chooses by
floating-point noise) is counted separately, and the articles are listed.
"""

from __future__ import annotations

import os
import sys
import time
import warnings

import numpy as np
from _common import SHARED, bbc_articles

from reader_app.core.methods import STOCK_METHODS, stock_scores
from reader_app.core.methods.sumy_methods import sumy_ratings

sys.path.insert(0, str(SHARED / "eval"))
from eval_rouge import n_ref


def top(scores: np.ndarray, n: int) -> list[int]:
    return sorted(sorted(range(len(scores)), key=lambda i: -scores[i])[:n])


def only_ties(ours: np.ndarray, mine: list[int], theirs: list[int]) -> bool:
    """Whether every sentence in one selection and not the other has exactly the score of
    the weakest selected sentence (so that any choice among them is as good)."""
    differing = set(mine) ^ set(theirs)
    boundary = min(ours[i] for i in mine) if mine else 0.0
    return all(abs(ours[i] - boundary) <= 1e-9 * max(1.0, abs(boundary)) for i in differing)


def main() -> int:
    warnings.simplefilter("ignore")  # sumy's LSA warns on short articles
    step = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    total = 0
    same = dict.fromkeys(STOCK_METHODS, 0)
    tied: dict[str, list[str]] = {m: [] for m in STOCK_METHODS}
    other: dict[str, list[str]] = {m: [] for m in STOCK_METHODS}
    seconds = {m: [0.0, 0.0] for m in STOCK_METHODS}
    for article in bbc_articles(step):
        total += 1
        n = n_ref(article.text, article.summary)
        name = os.path.relpath(article.path, SHARED / "data" / "bbc" / "dev")
        name = name.removesuffix(".article.txt")
        for method in STOCK_METHODS:
            started = time.perf_counter()
            ours = np.asarray(stock_scores(method, article.prepared, article.title))
            middle = time.perf_counter()
            theirs = sumy_ratings(
                method, article.texts, article.headings, article.title, article.paragraphs
            )
            theirs = np.nan_to_num(np.asarray(theirs))
            seconds[method][0] += middle - started
            seconds[method][1] += time.perf_counter() - middle
            mine, reference = top(ours, n), top(theirs, n)
            if mine == reference:
                same[method] += 1
            elif only_ties(ours, mine, reference):
                tied[method].append(name)
            else:
                other[method].append(name)
    print(f"{total} articles of bbc/dev; N = the reference's sentence count\n")
    print(
        "| method | same selection | differing only among exactly tied sentences | other "
        "differences | agreement | Reader (s) | sumy (s) |"
    )
    print("|---|---|---|---|---|---|---|")
    for method in STOCK_METHODS:
        agreed = same[method] + len(tied[method])
        print(
            f"| {method} | {same[method]} | {len(tied[method])} | {len(other[method])} |"
            f" {100 * agreed / total:.1f}% | {seconds[method][0]:.2f} | {seconds[method][1]:.2f} |"
        )
    for method in STOCK_METHODS:
        if tied[method] or other[method]:
            print(
                f"\n{method}: ties {', '.join(tied[method]) or '-'}; other {', '.join(other[method]) or '-'}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
