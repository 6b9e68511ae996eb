"""Fits the weights of the `default` summary method on ../shared/data/bbc/dev and writes them
to reader_app/resources/default_weights.json.

usage: python benchmarks/tune_default.py [--dry-run]
A sentence is a positive example when it appears in the article's reference summary. The
model is an L2-regularised logistic regression on standardised features; the regularisation
and the redundancy penalty are chosen together by leave-one-category-out ROUGE-2 (N = the
reference's sentence count, as ../shared/eval/eval_rouge.py counts it), and the final weights
are fitted on all of bbc/dev.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np
from _common import ROOT, SHARED, bbc_articles
from rouge_score import rouge_scorer
from scipy.optimize import minimize

from reader_app.core.methods.default import FEATURES, default_order, sentence_features

sys.path.insert(0, str(SHARED / "eval"))
from eval_rouge import n_ref

OUT = ROOT / "reader_app" / "resources" / "default_weights.json"


def load_articles() -> list[dict]:
    articles = []
    for article in bbc_articles():
        summary = article.summary
        body = [t for t, h in zip(article.texts, article.headings, strict=True) if not h]
        prepared = article.prepared
        features = sentence_features(prepared, body, prepared.content_stem_ids(article.title))
        flat = re.sub(r"\s+", "", summary)
        labels = np.array([re.sub(r"\s+", "", t) in flat for t in body], dtype=np.float64)
        reference = re.sub(r"([.!?])(?=[A-Z\"“])", r"\1 ", summary)
        articles.append({
            "category": Path(article.path).parent.name,
            "features": features,
            "labels": labels,
            "body": body,
            "reference": reference,
            "n": n_ref(article.text, summary),
            "prepared": prepared,
        })  # fmt: skip
    return articles


def fit(x: np.ndarray, y: np.ndarray, strength: float) -> np.ndarray:
    """Logistic regression weights (last entry: intercept) with an L2 penalty."""
    design = np.column_stack([x, np.ones(len(x))])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = design @ w
        p = 1.0 / (1.0 + np.exp(-z))
        value = np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * strength * np.sum(w[:-1] ** 2)
        gradient = design.T @ (p - y)
        gradient[:-1] += strength * w[:-1]
        return float(value), gradient

    return minimize(loss, np.zeros(design.shape[1]), jac=True, method="L-BFGS-B").x


def rouge2(
    articles: list[dict],
    weights: np.ndarray,
    mean: np.ndarray,
    scale: np.ndarray,
    redundancy: float = 0.0,
) -> float:
    scorer = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)
    total = 0.0
    for article in articles:
        scores = ((article["features"] - mean) / scale) @ weights[:-1]
        order = default_order(article["prepared"], scores, redundancy)
        chosen = sorted(order[: article["n"]])
        hypothesis = " ".join(article["body"][i] for i in chosen)
        total += scorer.score(article["reference"], hypothesis)["rouge2"].fmeasure
    return 100 * total / len(articles)


def main() -> int:
    articles = load_articles()
    x = np.vstack([a["features"] for a in articles])
    y = np.concatenate([a["labels"] for a in articles])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    categories = sorted({a["category"] for a in articles})
    redundancies = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
    # Both the L2 strength and the redundancy penalty are chosen by leave-one-category-out
    # ROUGE-2, so the best figure is an estimate for articles the weights never saw.
    held_out: dict[tuple[float, float], float] = {}
    for strength in (1.0, 10.0, 100.0, 1000.0):
        totals = dict.fromkeys(redundancies, 0.0)
        for category in categories:
            train = [a for a in articles if a["category"] != category]
            test = [a for a in articles if a["category"] == category]
            tx = np.vstack([a["features"] for a in train])
            ty = np.concatenate([a["labels"] for a in train])
            w = fit((tx - mean) / scale, ty, strength)
            for r in redundancies:
                totals[r] += rouge2(test, w, mean, scale, r) * len(test)
        for r in redundancies:
            held_out[(strength, r)] = totals[r] / len(articles)
        row = "  ".join(f"r={r}: {held_out[(strength, r)]:.2f}" for r in redundancies)
        print(f"L2 {strength:>6}: leave-one-category-out ROUGE-2  {row}", flush=True)
    (strength, redundancy), estimate = max(held_out.items(), key=lambda item: item[1])
    weights = fit((x - mean) / scale, y, strength)
    in_sample = rouge2(articles, weights, mean, scale, redundancy)
    print(
        f"chosen L2 {strength}, redundancy {redundancy}: leave-one-category-out ROUGE-2 "
        f"{estimate:.2f}; on all of bbc/dev (in-sample) {in_sample:.2f}"
    )
    model = {
        "_comment": "Written by benchmarks/tune_default.py from ../shared/data/bbc/dev; "
        f"L2 {strength} and redundancy {redundancy} chosen by leave-one-category-out ROUGE-2, "
        f"{estimate:.2f} (in-sample {in_sample:.2f}).",
        "weights": {name: round(float(w), 6) for name, w in zip(FEATURES, weights, strict=False)},
        "mean": {name: round(float(m), 6) for name, m in zip(FEATURES, mean, strict=True)},
        "scale": {name: round(float(s), 6) for name, s in zip(FEATURES, scale, strict=True)},
        "redundancy": redundancy,
    }
    for name, value in model["weights"].items():
        print(f"  {name:>18} {value:+.3f}")
    if "--dry-run" not in sys.argv:
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
