"""Does sumy's own LsaSummarizer pick the same sentences twice? Runs it on bbc/dev in two
processes with different Python hash seeds and counts the articles whose selections differ.

usage: python benchmarks/sumy_lsa_seeds.py [SEED_A SEED_B]   (default 1 2)

sumy numbers the rows of its term matrix by iterating a frozenset of words, whose order
follows the hash seed; the SVD's rounding then differs, and so does its choice among
sentences whose ranks are mathematically equal. N is the reference's sentence count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings


def selections() -> dict[str, list[int]]:
    import numpy as np
    from _common import SHARED, bbc_articles

    from reader_app.core.methods.sumy_methods import sumy_ratings

    sys.path.insert(0, str(SHARED / "eval"))
    from eval_rouge import n_ref

    warnings.simplefilter("ignore")  # sumy's LSA warns on short articles
    chosen = {}
    for article in bbc_articles(1):
        count = n_ref(article.text, article.summary)
        ratings = sumy_ratings(
            "lsa", article.texts, article.headings, article.title, article.paragraphs
        )
        ranks = np.nan_to_num(np.asarray(ratings))
        best = sorted(range(len(ranks)), key=lambda i: -ranks[i])[:count]
        folder, file = os.path.split(article.path)
        chosen[os.path.basename(folder) + "/" + file.removesuffix(".article.txt")] = sorted(best)
    return chosen


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(selections()))
        return 0
    seeds = sys.argv[1:3] if len(sys.argv) >= 3 else ["1", "2"]
    runs = []
    for seed in seeds:
        environment = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run(
            [sys.executable, __file__, "--child"],
            capture_output=True,
            text=True,
            env=environment,
            check=True,
        )
        runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    first, second = runs
    differing = sorted(name for name in first if first[name] != second[name])
    print(f"{len(first)} articles; sumy's LSA chose differently in {len(differing)} of them")
    print("with hash seeds", " and ".join(seeds) + ":", ", ".join(differing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
