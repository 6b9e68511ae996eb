"""Times `entities` on War and Peace for this checkout and an older commit, runs alternating.

usage: python benchmarks/entities_speed_against.py REV [RUNS]
On a noisy machine one checkout's figures drift between minutes; alternating the two (and
`sentences`, the goal's yardstick) RUNS times (default 10) compares them under the same load.
The older commit is checked out into a temporary git worktree and run with this Python."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from _common import ROOT, as_installed, book_path


def _timed(command: list[str], checkout: str) -> float:
    """Wall time of `command` run from `checkout`, whose reader_app it then imports. Byte
    code is cached for both checkouts, as it is for an installed copy: with
    PYTHONDONTWRITEBYTECODE set, the fresh worktree of the older commit would compile every
    module at every run, and seem 0.1 to 0.3 s slower than it is."""
    env = dict(as_installed(), PYTHONPATH=checkout)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, cwd=checkout, env=env)
    return time.perf_counter() - start


def main() -> int:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    revision, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10
    book = str(book_path("war_and_peace"))
    with tempfile.TemporaryDirectory() as folder:
        worktree = os.path.join(folder, "old")
        subprocess.run(
            ["git", "worktree", "add", "--detach", worktree, revision],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        try:
            here = str(ROOT)
            python = [sys.executable, "-m", "reader_app"]
            runs_of: dict[str, list[float]] = {"old": [], "this": [], "sentences": []}
            for checkout in (worktree, here):  # a first run, not counted, writes byte code
                _timed([*python, "entities", "--json", book], checkout)
            for _ in range(runs):
                runs_of["old"].append(_timed([*python, "entities", "--json", book], worktree))
                runs_of["this"].append(_timed([*python, "entities", "--json", book], here))
                runs_of["sentences"].append(_timed([*python, "sentences", "--json", book], here))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", worktree], cwd=ROOT)
    sentences = min(runs_of["sentences"])
    for name, times in runs_of.items():
        print(
            f"{name}: best {min(times):.2f} s, median {statistics.median(times):.2f} s"
            + (
                ""
                if name == "sentences"
                else f", best / best sentences {min(times) / sentences:.2f}"
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
