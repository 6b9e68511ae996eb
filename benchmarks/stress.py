"""Files a user may throw at the command line that no benchmark book resembles: time, peak
memory and the exit code of every command on each, and whether any printed a traceback.

usage: python benchmarks/stress.py [--timeout SECONDS]
The files are written by this script (no data needed) into a temporary folder. A row fails
when the command runs out of time, exits with an internal error or a traceback, or exits 1
on a readable text. Peak memory is that of the process and its children together, sampled in
a second run.
"""

from __future__ import annotations

import argparse
import io
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from _common import ROOT, reader_app, tree_peak_memory

COMMANDS = {
    "sentences": ["sentences", "--json"],
    "entities": ["entities", "--json"],
    "summary": ["summarize", "--json"],
    "lexrank": ["summarize", "--json", "--method", "lexrank", "--sentences", "3"],
}


def _log(rng: random.Random) -> str:
    actions = ["login", "search", "upload", "download", "logout"]
    return "\n".join(
        f"{rng.randint(1, 28):02d}/11/2026 INFO worker-{rng.randint(1, 9)} request "
        f"{rng.choice(actions)} processed in {rng.randint(1, 900)} ms"
        for _ in range(60_000)
    )


def _capitalised_words(rng: random.Random) -> str:
    capitalised = "London Paris John Smith Mary France Berlin Peter Germany Thomas Anna Rome"
    glue = "the and of met in".split()
    return " ".join(
        rng.choice(capitalised.split()) if rng.random() < 0.7 else rng.choice(glue)
        for _ in range(900_000)
    )


def _table(rng: random.Random) -> str:
    """120,000 rows of five columns of 100 values each: every row shares a value or two with
    a tenth of the others, so LexRank's similar pairs run into billions."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    columns = [
        ["".join(rng.choice(letters) for _ in range(6)) for _ in range(100)] for _ in range(5)
    ]
    return "\n".join(",".join(rng.choice(column) for column in columns) for _ in range(120_000))


def _damaged_deflate(members: dict[str, bytes]) -> bytes:
    """A zip whose last part's compressed bytes are no deflate stream."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    data = bytearray(buffer.getvalue())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).infolist()[-1]
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start : start + info.compress_size] = b"\xff" * info.compress_size
    return bytes(data)


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>" + " " * (300 * 2**20))
    return buffer.getvalue()


def _laughing_fiction_book() -> str:
    """A FictionBook whose entities would expand to gigabytes if they were resolved."""
    entities = '<!ENTITY a0 "laugh">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE FictionBook [{entities}]><FictionBook><body>'
        "<section><p>&a9;</p><p>Olga Marsh sailed.</p></section></body></FictionBook>"
    )


# Commands that may decline a readable text with a one-line message (exit 1).
MAY_DECLINE = {"table_120k_rows.csv": {"lexrank"}}

# name -> (contents, readable text: a command must not fail on it)
CASES: dict[str, tuple[Callable[[random.Random], str | bytes], bool]] = {
    "empty.txt": (lambda rng: "", True),
    "log_60k_alike_lines.txt": (_log, True),
    "list_30k_alike_sentences.txt": (
        lambda rng: ". ".join(f"Mr. Name{i} Surname{i} met Dr. X{i}" for i in range(30_000)),
        True,
    ),
    "table_120k_rows.csv": (_table, True),
    "capitalised_words_5MB.txt": (_capitalised_words, True),
    "one_word_400k_times.txt": (lambda rng: "Word " * 400_000, True),
    "punctuation_only.txt": (lambda rng: "!?.,;:" * 5_000, True),
    "numbers_only.txt": (
        lambda rng: " ".join(str(rng.randint(0, 10**9)) for _ in range(50_000)),
        True,
    ),
    "one_word_2MB.txt": (lambda rng: "a" * 2_000_000, True),
    "binary.txt": (lambda rng: bytes(rng.getrandbits(8) for _ in range(100_000)), False),
    "damaged_deflate.docx": (
        lambda rng: _damaged_deflate(
            {"[Content_Types].xml": b"<Types/>" * 50, "word/document.xml": b"<w/>" * 50}
        ),
        False,
    ),
    "zip_bomb.docx": (lambda rng: _zip_bomb(), False),
    "truncated.pdf": (lambda rng: b"%PDF-1.4\n1 0 obj << /Type /Catalog", False),
    "groups_300k_deep.rtf": (
        lambda rng: "{\\rtf1 " + "{\\b " * 300_000 + "Olga Marsh sailed." + "}" * 300_001,
        True,
    ),
    "entity_expansion.fb2": (lambda rng: _laughing_fiction_book(), False),
}


def _run(command: list[str], timeout: float) -> tuple[float, float, int | None, str]:
    """Wall seconds, peak MiB, exit code (None on timeout) and the first line of stderr."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, cwd=ROOT)
        try:
            code: int | None = process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            return time.perf_counter() - start, 0.0, None, ""
        seconds = time.perf_counter() - start
        errors.seek(0)
        message = errors.read().decode("utf-8", "replace")
    first = message.strip().splitlines()[0] if message.strip() else ""
    if "Traceback" in message:
        first = "TRACEBACK " + first
    return seconds, tree_peak_memory(command), code, first


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    rng = random.Random(7)
    failures = 0
    print("| file | command | seconds | peak MiB | exit | message |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name, (make, readable) in CASES.items():
            contents = make(rng)
            path = Path(folder) / name
            if isinstance(contents, str):
                path.write_text(contents, encoding="utf-8")
            else:
                path.write_bytes(contents)
            for label, arguments in COMMANDS.items():
                seconds, peak, code, message = _run(
                    [*reader_app(), *arguments, str(path)], args.timeout
                )
                message = message.replace(str(path), name)
                failed = (
                    code is None
                    or code not in (0, 1)
                    or "TRACEBACK" in message
                    or "internal error" in message
                    or (readable and code != 0 and label not in MAY_DECLINE.get(name, ()))
                )
                failures += failed
                shown = "timed out" if code is None else str(code)
                print(
                    f"| {name} | {label} | {seconds:.2f} | {peak:.0f} | {shown} |"
                    f" {message[:90]}{' **FAILED**' if failed else ''} |",
                    flush=True,
                )
    print(f"\n{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
