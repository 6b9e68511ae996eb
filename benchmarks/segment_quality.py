"""Scores the splitter with ../shared/eval/eval_seg.py on the project's own table of cases.

usage: python benchmarks/segment_quality.py   (the table is tests/core/test_segment.py CASES)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile

from _common import ROOT, SHARED, reader_app

sys.path.insert(0, str(ROOT / "tests" / "core"))
from test_segment import CASES


def main() -> int:
    cases = [
        {"id": i, "rule": category, "text": text, "expected": expected}
        for i, (category, text, expected) in enumerate(CASES)
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(cases, f, ensure_ascii=False)
    command = [
        sys.executable,
        str(SHARED / "eval" / "eval_seg.py"),
        f.name,
        "--",
        *reader_app(),
        "sentences",
        "--json",
    ]
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
