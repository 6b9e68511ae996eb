"""The command-line contract: JSON shape, several files, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from reader_app import __version__
from reader_app.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader_app", *args], capture_output=True, text=True, timeout=120
    )


def run_script(script: str) -> subprocess.CompletedProcess[str]:
    """Runs Python code in a process of its own (the second-process tests fork)."""
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
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


def test_a_dash_reads_standard_input(article_path):
    """`cat article.txt | reader-app entities --json -`, as batch users pipe text."""
    piped = subprocess.run(
        [sys.executable, "-m", "reader_app", "entities", "--json", "-", str(article_path)],
        input=article_path.read_bytes(),
        capture_output=True,
        timeout=120,
    )
    assert piped.returncode == 0, piped.stderr
    from_stdin, from_file = json_lines(piped.stdout.decode())
    assert from_stdin["file"] == "-"
    assert from_stdin["people"] == from_file["people"] and from_stdin["people"]
    assert from_stdin["countries"] == from_file["countries"]


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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_no_display_gets_one_line_instead_of_a_qt_abort(tmp_path, article_path):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "reader_app", str(article_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("reader-app: no display to open the window on")
    assert len(result.stderr.splitlines()) == 1


def test_output_to_a_stream_that_lacks_characters(write_file):
    """A Windows console's code page or PYTHONIOENCODING=ascii: readable output shows "?" for
    what it cannot encode, JSON escapes it, and neither prints a traceback."""
    path = write_file("note.txt", "Captain Olga Marsh said “Ахой” in Zürich.")
    environment = {**os.environ, "PYTHONIOENCODING": "ascii"}
    for arguments, expected in (
        (["sentences"], "Captain Olga Marsh said ?????? in Z?rich.\n"),
        (["sentences", "--json"], None),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "reader_app", *arguments, str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            env=environment,
        )
        assert result.returncode == 0 and result.stderr == ""
        if expected is None:
            (record,) = json_lines(result.stdout)
            assert record["sentences"][0]["text"] == "Captain Olga Marsh said “Ахой” in Zürich."
        else:
            assert result.stdout == expected


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"reader-app {__version__}"


def _summaries(env_value: str, method: str, *paths: str) -> list[dict]:
    import os

    env = {**os.environ, "READER_RANK_PROCESS": env_value}
    result = subprocess.run(
        [sys.executable, "-m", "reader_app", "summarize", "--json", "--method", method,
         "--sentences", "4", *paths],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.stderr.count("\n") == 1 and "missing.txt: no such file" in result.stderr
    return json_lines(result.stdout)


@pytest.mark.parametrize("method", ["default", "lexrank", "kl", "edmundson"])
def test_second_process_gives_the_same_summaries(tmp_path, article_path, method):
    """Summaries ranked in the second process (which tokenises while the file is being split)
    equal those ranked in this one, for several files in one call, a bad one among them."""
    longer = tmp_path / "longer.txt"
    longer.write_text("\n\n".join([article_path.read_text(encoding="utf-8")] * 30), "utf-8")
    paths = [str(article_path), str(tmp_path / "missing.txt"), str(longer)]
    forked = _summaries("1", method, *paths)
    alone = _summaries("0", method, *paths)
    assert len(forked) == 2 and forked == alone


def test_second_processes_give_the_same_entities(tmp_path, article_path):
    """Entities labelled by the second processes (which cut the text while it is being split)
    equal those labelled in this one, for several files in one call, a bad one among them."""
    longer = tmp_path / "longer.txt"
    longer.write_text("\n\n".join([article_path.read_text(encoding="utf-8")] * 30), "utf-8")
    paths = [str(article_path), str(tmp_path / "missing.txt"), str(longer)]
    found = []
    for wanted in ("1", "0"):
        env = {**os.environ, "READER_ENTITY_PROCESS": wanted}
        result = subprocess.run(
            [sys.executable, "-m", "reader_app", "entities", "--json", *paths],
            capture_output=True, text=True, timeout=120, env=env,
        )  # fmt: skip
        assert result.returncode == 1 and result.stderr.count("\n") == 1
        found.append(json_lines(result.stdout))
    assert len(found[0]) == 2 and found[0] == found[1]
    assert found[0][1]["people"] and found[0][1]["countries"]


def test_a_lost_second_process_means_ranking_here(article_path):
    """The second process killed after loading: the summary is ranked in this process."""
    script = f"""
import os, signal, sys
from reader_app.core.documents import load_document
from reader_app.core.rank_process import RankProcess, RankProcessError
from reader_app.core.summarize import ranking_inputs
helper = RankProcess.start()
document = load_document({str(article_path)!r}, helper)
os.kill(helper._process.child, signal.SIGKILL)
try:
    helper.rank(ranking_inputs(document), "default", len(document.sentences))
except RankProcessError:
    print("fell back")
helper.close()
"""
    result = run_script(script)
    assert result.stdout.strip() == "fell back", result.stderr


def test_summarize_falls_back_when_the_second_process_fails(capsys, article_path):
    from reader_app.core.rank_process import RankProcessError

    class Failing:
        def rank(self, *args):
            raise RankProcessError("gone")

    from reader_app import cli

    args = cli._command_parser().parse_args(["summarize", "--json", str(article_path)])
    args.rank_process = Failing()
    from reader_app.core.documents import load_document

    result, _ = cli._summarize(load_document(str(article_path)), args)
    assert main(["summarize", "--json", str(article_path)]) == 0
    (expected,) = json_lines(capsys.readouterr().out)
    assert result["sentences"] == expected["sentences"]


def test_a_stuck_second_process_means_ranking_here(article_path):
    """A second process that stops answering is given up on (and killed), never waited on."""
    script = f"""
import os, signal
from reader_app.core import rank_process, runtime
from reader_app.core.documents import load_document
from reader_app.core.summarize import ranking_inputs
runtime.PATIENCE_SECONDS = 1
helper = rank_process.RankProcess.start()
document = load_document({str(article_path)!r}, helper)
os.kill(helper._process.child, signal.SIGSTOP)
try:
    helper.rank(ranking_inputs(document), "default", len(document.sentences))
except rank_process.RankProcessError:
    print("gave up")
helper.close()
"""
    result = run_script(script)
    assert result.stdout.strip() == "gave up", result.stderr


def test_a_method_the_second_process_declines_is_declined_at_once(article_path):
    """LexRank declining a text in the second process (too many similar pairs) is the
    user's message, not a reason to try again in this process; the next file still ranks."""
    script = f"""
from reader_app.core.documents import load_document
from reader_app.core.errors import ReaderError
from reader_app.core.methods import graph
from reader_app.core.rank_process import RankProcess
from reader_app.core.summarize import ranking_inputs
graph._MOST_SIMILAR_PAIRS = 0
helper = RankProcess.start()
document = load_document({str(article_path)!r}, helper)
try:
    helper.rank(ranking_inputs(document), "lexrank", len(document.sentences))
except ReaderError as error:
    print("declined:", error.reason.split(":")[0])
document = load_document({str(article_path)!r}, helper)
ranking = helper.rank(ranking_inputs(document), "luhn", len(document.sentences))
print("then", ranking.method)
helper.close()
"""
    result = run_script(script)
    lines = result.stdout.strip().splitlines()
    assert lines == ["declined: LexRank cannot rank this text", "then luhn"], result.stderr


def test_the_second_process_itself_ranks_like_this_one(tmp_path, article_path):
    """Not a fallback: the second process's own rankings equal this process's."""
    longer = tmp_path / "longer.txt"
    longer.write_text("\n\n".join([article_path.read_text(encoding="utf-8")] * 12), "utf-8")
    script = f"""
from reader_app.core.documents import load_document
from reader_app.core.rank_process import RankProcess
from reader_app.core.summarize import rank_sentences, ranking_inputs
helper = RankProcess.start()
for path in [{str(article_path)!r}, {str(longer)!r}]:
    for method in ["default", "lexrank", "textrank", "kl", "sumbasic"]:
        document = load_document(path, helper)
        there = helper.rank(ranking_inputs(document), method, len(document.sentences))
        here = rank_sentences(document, method)
        assert there.order == here.order, (path, method)
        assert there.scores == here.scores, (path, method)
helper.close()
print("same")
"""
    result = run_script(script)
    assert result.stdout.strip() == "same", result.stderr


class _Terminal(io.StringIO):
    """Standard error as a terminal shows it to a person."""

    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_on_a_terminal_only_and_leaves_the_output_alone(tmp_path):
    from reader_app.cli import _command_parser, run_command
    from reader_app.cli_progress import LONG_TEXT_CHARS

    book = tmp_path / "book.txt"
    sentence = "Olga Marsh sailed from Lisbon to Bergen with Peter Hale. "
    book.write_text(sentence * (LONG_TEXT_CHARS // len(sentence) + 1), encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("Olga Marsh sailed. Peter Hale waited.", encoding="utf-8")
    paths = [str(book), str(tmp_path / "missing.txt"), str(article)]
    outputs = []
    for stderr in (_Terminal(), io.StringIO()):
        stdout = io.StringIO()
        args = _command_parser().parse_args(["entities", "--json", *paths])
        assert run_command(args, stdout, stderr) == 1
        outputs.append((stdout.getvalue(), stderr.getvalue()))
    (terminal_out, terminal_err), (plain_out, plain_err) = outputs
    assert terminal_out == plain_out and len(json_lines(plain_out)) == 2
    missing = f"reader-app: {paths[1]}: no such file"
    assert plain_err == missing + "\n"
    assert "reading" in terminal_err and "analysing" in terminal_err
    assert "/3" in terminal_err  # the bar over the files
    assert missing in terminal_err.replace("\r", "\n").splitlines()


def test_no_second_process_on_one_core(tmp_path, monkeypatch):
    """Where this process may use one core only, a second process would only wait its turn
    (War and Peace's LexRank took a quarter longer with one): long files are worked here."""
    import argparse

    from reader_app import cli
    from reader_app.core import runtime

    long_file = tmp_path / "long.txt"
    long_file.write_text("A sentence of words.\n" * 20_000, encoding="utf-8")
    assert 1 <= runtime.usable_cores() <= (os.cpu_count() or 1)
    monkeypatch.setattr(runtime, "usable_cores", lambda: 1)
    for command, variable in (("summarize", "READER_RANK_PROCESS"),
                              ("entities", "READER_ENTITY_PROCESS")):  # fmt: skip
        monkeypatch.delenv(variable, raising=False)
        args = argparse.Namespace(command=command, files=[str(long_file)])
        assert cli._start_second_processes(args) is None
