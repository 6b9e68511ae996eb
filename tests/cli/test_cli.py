"""The command-line contract: JSON shape, several files, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reader_app import __version__
from reader_app.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader_app", *args], capture_output=True, text=True, timeout=120
    )


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_summarize_json_shape_and_offsets(article_path):
    result = run("summarize", "--json", str(article_path))
    assert result.returncode == 0, result.stderr
    (obj,) = json_lines(result.stdout)
    assert obj["file"] == str(article_path) and obj["method"] == "default"
    text = article_path.read_text(encoding="utf-8")
    from reader_app.core.documents import document_from_text

    document_text = document_from_text(text).text
    indices = [s["index"] for s in obj["sentences"]]
    assert indices == sorted(indices) and len(indices) == 5
    for sentence in obj["sentences"]:
        assert set(sentence) == {"index", "start", "end", "text", "score"}
        assert document_text[sentence["start"] : sentence["end"]] == sentence["text"]


@pytest.mark.parametrize(
    "length_args, expected",
    [(["--sentences", "2"], 2), (["--ratio", "0.25"], 3), (["--sentences", "0"], 0)],
)
def test_summarize_lengths(capsys, article_path, length_args, expected):
    assert main(["summarize", "--json", *length_args, str(article_path)]) == 0
    (obj,) = json_lines(capsys.readouterr().out)
    assert len(obj["sentences"]) == expected


def test_summarize_word_budget(capsys, article_path):
    assert main(["summarize", "--json", "--words", "30", str(article_path)]) == 0
    (obj,) = json_lines(capsys.readouterr().out)
    assert sum(len(s["text"].split()) for s in obj["sentences"]) <= 32


def test_plain_summary_prints_one_sentence_per_line(capsys, article_path):
    assert main(["summarize", "--sentences", "3", str(article_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3


def test_entities_json_is_sorted_by_count(capsys, article_path):
    assert main(["entities", "--json", str(article_path)]) == 0
    (obj,) = json_lines(capsys.readouterr().out)
    assert set(obj) == {"file", "people", "countries"}
    for key in ("people", "countries"):
        counts = [e["count"] for e in obj[key]]
        assert counts == sorted(counts, reverse=True)
        for entity in obj[key]:
            assert entity["count"] == len(entity["mentions"])
    assert {c["code"] for c in obj["countries"]} == {"NO", "CL", "PE"}
    assert all(set(c) == {"name", "code", "count", "mentions"} for c in obj["countries"])


def test_sentences_json(capsys, article_path):
    assert main(["sentences", "--json", str(article_path)]) == 0
    (obj,) = json_lines(capsys.readouterr().out)
    assert [s["index"] for s in obj["sentences"]] == list(range(len(obj["sentences"])))
    assert obj["sentences"][0]["text"] == "Harbour talks end with a shared plan"


def test_missing_file_among_good_ones(tmp_path, article_path):
    missing = str(tmp_path / "no-such-file.txt")
    result = run("summarize", "--json", missing, str(article_path))
    assert result.returncode == 1
    assert [o["file"] for o in json_lines(result.stdout)] == [str(article_path)]
    assert result.stderr == f"reader-app: {missing}: no such file\n"


def test_bad_files_get_one_line_each_and_no_traceback(write_file, tmp_path):
    binary = write_file("image.txt", bytes(range(256)) * 50)
    result = run("entities", "--json", str(binary), str(tmp_path))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("reader-app: ") for line in lines)
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_empty_file_is_not_an_error(capsys, write_file):
    empty = write_file("empty.txt", b"")
    for command in ("summarize", "entities", "sentences"):
        assert main([command, "--json", str(empty)]) == 0
        (obj,) = json_lines(capsys.readouterr().out)
        assert all(value == [] for key, value in obj.items() if key not in ("file", "method"))


@pytest.mark.parametrize(
    "args",
    [
        ["summarize"],
        ["summarize", "--sentences", "-1", "x.txt"],
        ["summarize", "--ratio", "1.5", "x.txt"],
        ["summarize", "--sentences", "2", "--ratio", "0.5", "x.txt"],
        ["summarize", "--method", "magic", "x.txt"],
        ["--frobnicate"],
    ],
)
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "usage" in result.stderr


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"reader-app {__version__}"
