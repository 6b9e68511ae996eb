"""Helpers shared by the benchmark scripts: where the data is, and timing of whole processes."""

from __future__ import annotations

import glob
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader_app.core.methods.prepared import Prepared

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("READER_SHARED", ROOT.parent / "shared"))
BOOKS = SHARED / "data" / "books"
BOOK_NAMES = ("war_and_peace", "les_miserables", "moby_dick", "pride_and_prejudice")


def book_path(name: str) -> Path:
    path = BOOKS / f"{name}.txt"
    if not path.exists():
        sys.exit(f"missing {path}: set READER_SHARED to the shared/ folder")
    return path


def reader_app() -> list[str]:
    """The CLI as this Python runs it, so the benchmark measures this checkout."""
    return [sys.executable, "-m", "reader_app"]


def run_timed(command: list[str], repeat: int = 3) -> tuple[float, float]:
    """Best wall time in seconds and the peak resident memory in MiB of a child process."""
    best = float("inf")
    peak = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        best = min(best, time.perf_counter() - start)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise subprocess.CalledProcessError(process.returncode, command)
        peak = max(peak, usage.ru_maxrss / 1024)
    return best, peak


@dataclass(frozen=True)
class BbcArticle:
    """One BBC dev pair, loaded the way Reader loads it and prepared for the methods."""

    path: str
    text: str  # the article file as it is
    summary: str  # the reference summary file as it is
    texts: list[str]  # every sentence of the document, headings included
    headings: list[bool]
    paragraphs: list[int]
    prepared: Prepared
    title: list[str]


def bbc_articles(step: int = 1) -> Iterator[BbcArticle]:
    from reader_app.core.documents import load_document
    from reader_app.core.methods.prepared import prepare
    from reader_app.core.segment import words
    from reader_app.core.summarize import heading_sentences, sentence_paragraphs

    pattern = str(SHARED / "data" / "bbc" / "dev" / "*" / "*.article.txt")
    for path in sorted(glob.glob(pattern))[::step]:
        document = load_document(path)
        paragraphs = sentence_paragraphs(document)
        headings = heading_sentences(document, paragraphs)
        texts = [document.sentence_text(i) for i in range(len(document.sentences))]
        yield BbcArticle(
            path,
            Path(path).read_text(encoding="utf-8"),
            Path(path.replace(".article.", ".summary.")).read_text(encoding="utf-8"),
            texts,
            headings,
            paragraphs,
            prepare(texts, headings, paragraphs),
            words(document.title),
        )
