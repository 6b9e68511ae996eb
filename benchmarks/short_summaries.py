"""Three-sentence summaries of bbc/dev against the reference summaries and against the
headlines (the only human-written short summaries in ../shared/data): Lead-3, the default
method's three best ranked sentences, and what `reader-app summarize --sentences 3` gives.

usage: python benchmarks/short_summaries.py
ROUGE F1 x 100 with the same scorer as ../shared/eval/eval_rouge.py (rouge-score, stemmed);
Lead-3 is that script's own first three sentences of the article body.
"""

from __future__ import annotations

import glob
import re
import sys

from _common import SHARED
from rouge_score import rouge_scorer

from reader_app.core.documents import document_from_text
from reader_app.core.summarize import Length, pick, rank_sentences

sys.path.insert(0, str(SHARED / "eval"))
from eval_rouge import body


def main() -> int:
    articles = sorted(glob.glob(str(SHARED / "data" / "bbc" / "dev" / "*" / "*.article.txt")))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    totals: dict[str, list[float]] = {}
    for path in articles:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        with open(path.replace(".article.txt", ".summary.txt"), encoding="utf-8") as handle:
            reference = re.sub(r"([.!?])(?=[A-Z\"“])", r"\1 ", handle.read())
        headline = text.strip().split("\n")[0]
        document = document_from_text(text)
        ranking = rank_sentences(document, "default")
        choices = {
            "the first three (Lead-3)": " ".join(body(text)[:3]),
            "the three best ranked by the default method": " ".join(
                document.sentence_text(i) for i in sorted(ranking.order[:3])
            ),
            "reader-app summarize --sentences 3": " ".join(
                document.sentence_text(i) for i in pick(document, ranking, Length("sentences", 3))
            ),
        }
        for name, summary in choices.items():
            against_reference = scorer.score(reference, summary)["rouge2"].fmeasure
            against_headline = scorer.score(headline, summary)
            row = totals.setdefault(name, [0.0, 0.0, 0.0])
            row[0] += against_reference
            row[1] += against_headline["rouge1"].fmeasure
            row[2] += against_headline["rouge2"].fmeasure
    count = len(articles)
    print(f"{count} articles of bbc/dev, three sentences each\n")
    print(
        "| three sentences | ROUGE-2 against the reference | ROUGE-1 / ROUGE-2 against the headline |"
    )
    print("|---|---|---|")
    for name, (reference, headline1, headline2) in totals.items():
        print(
            f"| {name} | {100 * reference / count:.2f} |"
            f" {100 * headline1 / count:.2f} / {100 * headline2 / count:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
