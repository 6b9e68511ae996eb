"""The process-wide helpers: how many cores this process may use, work on a text a piece at
a time that gives the same result as done at once, and work shared with a forked child."""

from __future__ import annotations

import os
import random
import re
import time

import pytest

from reader_app.core import runtime


def test_cpu_quota_of_either_control_group_version(tmp_path):
    assert runtime.cpu_quota(str(tmp_path)) is None  # no control group files
    (tmp_path / "cpu.max").write_text("max 100000\n", encoding="ascii")
    assert runtime.cpu_quota(str(tmp_path)) is None
    (tmp_path / "cpu.max").write_text("150000 100000\n", encoding="ascii")
    assert runtime.cpu_quota(str(tmp_path)) == 1.5
    (tmp_path / "cpu.max").unlink()
    (tmp_path / "cpu").mkdir()
    (tmp_path / "cpu" / "cpu.cfs_period_us").write_text("100000\n", encoding="ascii")
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("-1\n", encoding="ascii")
    assert runtime.cpu_quota(str(tmp_path)) is None
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("50000\n", encoding="ascii")
    assert runtime.cpu_quota(str(tmp_path)) == 0.5


def test_a_quota_of_one_cpu_means_one_core(monkeypatch):
    assert runtime.usable_cores() >= 1
    monkeypatch.setattr(runtime, "cpu_quota", lambda: 0.5)
    assert runtime.usable_cores() == 1
    monkeypatch.setattr(runtime, "cpu_quota", lambda: 64.0)
    assert 1 <= runtime.usable_cores() <= 64


def _line_of_words(seed: int) -> str:
    """One long line of words and runs of spaces, tabs and no-break spaces, some numbered."""
    rng = random.Random(seed)
    parts = []
    for number in range(4000):
        parts.append(rng.choice(["word", "Name", f"{number % 40}.", "a)", "b.", "x"]))
        parts.append(rng.choice([" ", "  ", "\t ", " \u00a0 ", "   "]))
    return "".join(parts)


def test_a_change_to_runs_of_spaces_by_pieces_is_the_change_at_once(monkeypatch):
    monkeypatch.setattr(runtime, "PIECE", 97)  # pieces cut inside and beside runs of spaces
    spaces = re.compile(r"[ \t\u00a0]+")
    for seed in range(5):
        line = _line_of_words(seed)
        assert runtime.by_pieces_of_words(lambda t: spaces.sub(" ", t), line) == spaces.sub(
            " ", line
        )


def test_finding_by_pieces_finds_what_finding_at_once_does(monkeypatch):
    monkeypatch.setattr(runtime, "PIECE", 101)
    numbered = re.compile(r"(?:(?<=\s)|^)(?P<label>\d{1,3}|[a-z])(?:\.\)|\.|\))(?=\s)")
    for seed in range(5):
        text = _line_of_words(seed)
        for start, end in ((0, len(text)), (7, len(text) - 13)):
            whole = [m.span() for m in numbered.finditer(text, start, end)]
            pieces = [m.span() for m in runtime.finditer_in_pieces(numbered, text, start, end)]
            assert pieces == whole and whole


def test_words_and_their_count_by_pieces_are_those_at_once(monkeypatch):
    monkeypatch.setattr(runtime, "PIECE", 89)
    word = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
    for seed in range(5):
        text = _line_of_words(seed) + "\nanother line's end-word"
        assert runtime.findall_in_pieces(word, text) == word.findall(text)
        for start, end in ((0, len(text)), (5, len(text) - 9)):
            assert runtime.count_words(text, start, end) == len(text[start:end].split())


def test_work_shared_with_a_child_comes_back_in_order():
    parts = runtime.shared_with_a_child(lambda first, stop: list(range(first, stop)), 7, list, list)
    assert [number for part in parts for number in part] == list(range(7))
    workers = runtime.shared_with_a_child(lambda first, stop: os.getpid(), 7, int, int)
    if hasattr(os, "fork"):
        assert workers[0] == os.getpid() != workers[1]  # the second part done elsewhere


def test_the_part_of_a_child_that_fails_is_done_here():
    parent = os.getpid()

    def encode(part: list[int]) -> list[int]:
        if os.getpid() != parent:
            raise RuntimeError("the child fails before it answers")
        return part

    parts = runtime.shared_with_a_child(
        lambda first, stop: list(range(first, stop)), 7, encode, list
    )
    assert [number for part in parts for number in part] == list(range(7))


def test_where_no_process_can_fork_the_whole_is_done_here(monkeypatch):
    monkeypatch.setattr(runtime, "fork_with_pipes", lambda: None)
    parts = runtime.shared_with_a_child(lambda first, stop: list(range(first, stop)), 7, list, list)
    assert parts == [list(range(7))]


def _echo_until_closed(requests, replies):
    """A second process that answers each request with itself, and ends when the pipe closes."""
    try:
        while True:
            replies.send_bytes(requests.recv_bytes())
    except EOFError:
        pass


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no process forks here")
def test_a_closed_second_process_ends_and_a_later_close_reaps_it():
    first = runtime.fork_server(_echo_until_closed)
    assert first is not None
    first.send(b"ping")
    assert first.receive() == b"ping"
    first.close()  # returns without waiting for the process to leave
    # The process ends once its pipe is closed; waiting for it here reaps it as a later
    # close would.
    for _ in range(500):
        if first.child not in runtime._LEAVING:
            break
        time.sleep(0.01)
        second = runtime.fork_server(_echo_until_closed)
        assert second is not None
        second.close()
    assert first.child not in runtime._LEAVING
    for child in list(runtime._LEAVING):  # leave no zombies behind for other tests
        os.waitpid(child, 0)
        runtime._LEAVING.remove(child)
