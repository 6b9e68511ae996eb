"""Helpers shared by the benchmark scripts: where the data is, and timing of whole processes."""

from __future__ import annotations

import glob
import os
import shlex
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
    """The CLI as this Python runs it, so the benchmark measures this checkout; or the command
    in READER_BENCH_COMMAND (for example an installed copy's `reader-app`)."""
    command = os.environ.get("READER_BENCH_COMMAND")
    return shlex.split(command) if command else [sys.executable, "-m", "reader_app"]


def as_installed() -> dict[str, str]:
    """This environment, but with byte code cached as pip caches it for an installed copy:
    with PYTHONDONTWRITEBYTECODE set, every run of a checkout would compile every module it
    imports again (a tenth of a second or more for `entities`, less for `sentences`)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_timed(command: list[str], repeat: int = 3, memory: bool = True) -> tuple[float, float]:
    """Best wall time in seconds of a child process, and the peak resident memory in MiB of
    it and its own children together (summaries of books use a second process)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=ROOT, env=as_installed())
        _, status, _ = os.wait4(process.pid, 0)
        best = min(best, time.perf_counter() - start)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise subprocess.CalledProcessError(process.returncode, command)
    return best, tree_peak_memory(command) if memory else 0.0


def tree_peak_memory(command: list[str]) -> float:
    """Peak of the summed memory (MiB) of a command and its child processes, sampled every
    5 ms in a separate run so that the sampling does not slow the timed runs. Each process's
    proportional set size is summed: a forked child shares its parent's pages, which the
    summed resident sizes would count twice (War and Peace's `entities`, whose people step
    forks the 320 MiB process, read 427 MiB so and reads 324 MiB this way)."""
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=as_installed()
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, sum(_memory_kib(pid) for pid in _process_tree(process.pid)))
        time.sleep(0.005)
    return peak / 1024


def _process_tree(root: int) -> list[int]:
    found, frontier = [root], [root]
    while frontier:
        pid = frontier.pop()
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            continue
        found += [int(c) for c in children]
        frontier += [int(c) for c in children]
    return found


def _memory_kib(pid: int) -> int:
    """The process's proportional set size (its share of each page it maps), else its
    resident size where the system gives no smaps_rollup (Linux before 4.14)."""
    for path, field in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            for line in Path(path).read_text().splitlines():
                if line.startswith(field):
                    return int(line.split()[1])
        except OSError:
            continue
    return 0


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
