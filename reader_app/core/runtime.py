"""Process-wide help for long work: the garbage collector paused while a document is
analysed, a text's regular expressions run a piece at a time, and second processes with
pipes for work the command line shares out."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import queue
import re
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, TypeVar

Part = TypeVar("Part")

# Characters a regular expression scans in one call. Python's re holds the interpreter for a
# whole call: over a 16 MB text one search or substitution held the window 65-95 ms.
PIECE = 1 << 19


@contextmanager
def collector_paused() -> Iterator[None]:
    """A novel's analysis makes millions of small objects and no cycles worth collecting;
    the collector's full passes over them would hold the interpreter for tens of milliseconds
    at a time (freezing the window) and slow the work by a tenth."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What the analysis leaves alive (a document, its ranking and entities; no cycles) is
        # kept for long: frozen, the collector's next passes do not walk it again, which
        # held the window for about 50 ms twice after every book.
        gc.freeze()
        if was_enabled:
            gc.enable()


def search_in_pieces(
    pattern: re.Pattern[str], text: str, start: int = 0, reach: int = 400
) -> re.Match[str] | None:
    """pattern.search(text, start), a piece at a time; a match no longer than `reach` that
    crosses from one piece into the next is found by the overlap of the two."""
    while start < len(text):
        end = min(len(text), start + PIECE + reach)
        found = pattern.search(text, start, end)
        if found is not None and (found.end() < end or end == len(text)):
            return found
        if end == len(text):
            return None
        start = end - reach
    return None


def by_pieces_of_lines(change: Callable[[str], str], text: str) -> str:
    """change(text) done a piece of whole lines at a time, for a change that never reaches
    across a line's end (each piece ends with a newline, so "\\r\\n" stays whole)."""
    if len(text) <= PIECE:
        return change(text)
    pieces, start = [], 0
    while start < len(text):
        end = text.find("\n", start + PIECE)
        end = len(text) if end < 0 else end + 1
        pieces.append(change(text[start:end]))
        start = end
    return "".join(pieces)


def by_pieces_of_words(change: Callable[[str], str], text: str) -> str:
    """change(text) a piece at a time, each cut after a character that is no space: for a
    change to runs of spaces inside one line, which may be megabytes long (a book saved as
    one line), so that the window's thread runs between pieces."""
    if len(text) <= PIECE:
        return change(text)
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + PIECE)
        while end < len(text) and text[end - 1].isspace():
            end += 1
        pieces.append(change(text[start:end]))
        start = end
    return "".join(pieces)


_SPACE = re.compile(r"\s")


def _cut_after_spaces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """text[start:end] as pieces of about PIECE characters, each but the last ending just
    after a space, so that no word is cut."""
    while start < end:
        space = _SPACE.search(text, min(end, start + PIECE), end)
        stop = space.end() if space else end
        yield start, stop
        start = stop


def findall_in_pieces(pattern: re.Pattern[str], text: str) -> list[str]:
    """pattern.findall(text), a piece at a time, each cut after a space: for a pattern whose
    matches hold no space (words), over a text that may be one "sentence" of megabytes."""
    if len(text) <= PIECE:
        return pattern.findall(text)
    found: list[str] = []
    for start, stop in _cut_after_spaces(text, 0, len(text)):
        found += pattern.findall(text, start, stop)
    return found


def count_words(text: str, start: int, end: int) -> int:
    """len(text[start:end].split()), a piece at a time for a paragraph of megabytes."""
    if end - start <= PIECE:
        return len(text[start:end].split())
    return sum(len(text[a:b].split()) for a, b in _cut_after_spaces(text, start, end))


def finditer_in_pieces(
    pattern: re.Pattern[str], text: str, start: int, end: int, reach: int = 16
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text, start, end), a piece at a time, so that the window's thread runs
    between pieces of a paragraph of megabytes; a match no longer than `reach` that crosses
    from one piece into the next is found whole."""
    last_end = start
    while start < end:
        stop = min(end, start + PIECE)
        for found in pattern.finditer(text, start, min(end, stop + reach)):
            if found.start() >= stop:
                break
            if found.start() >= last_end:
                last_end = found.end()
                yield found
        start = stop


def usable_cores() -> int:
    """The cores this process may run on: its affinity where the system keeps one (taskset, a
    container's cpuset), else the machine's count. On one core a second process or thread
    only waits its turn: War and Peace's LexRank took 2.8-3.0 s with the rank process against
    2.2-2.4 s without it. A container's CPU quota (docker --cpus) counts too."""
    if hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0)) or 1
    else:
        cores = os.cpu_count() or 1
    quota = cpu_quota()
    return cores if quota is None else max(1, min(cores, round(quota)))


def cpu_quota(root: str = "/sys/fs/cgroup") -> float | None:
    """The CPUs a Linux control group allows this process's group (cgroup v2's cpu.max, v1's
    cfs quota), None where there is no quota or no such file."""
    try:
        with open(os.path.join(root, "cpu.max"), encoding="ascii") as limit:
            quota, period = limit.read().split()[:2]
    except (OSError, ValueError):
        try:
            with open(os.path.join(root, "cpu", "cpu.cfs_quota_us"), encoding="ascii") as limit:
                quota = limit.read().strip()
            with open(os.path.join(root, "cpu", "cpu.cfs_period_us"), encoding="ascii") as limit:
                period = limit.read().strip()
        except OSError:
            return None
    try:
        allowed, every = float(quota), float(period)
    except ValueError:  # "max": no quota
        return None
    return allowed / every if allowed > 0 and every > 0 else None


def fork_with_pipes() -> tuple[int, int, int] | None:
    """Forks this process with a pipe each way, for work shared with a second process.
    Returns (pid, read end, write end) of this side's pipes, the pid being 0 in the child;
    None where the system cannot fork (the caller then works alone)."""
    if not hasattr(os, "fork"):
        return None
    down_read, down_write = os.pipe()
    up_read, up_write = os.pipe()
    try:
        child = os.fork()
    except OSError:
        for fd in (down_read, down_write, up_read, up_write):
            os.close(fd)
        return None
    if child == 0:
        os.close(down_write)
        os.close(up_read)
        return 0, down_read, up_write
    os.close(down_read)
    os.close(up_write)
    return child, up_read, down_write


def shared_with_a_child(
    work: Callable[[int, int], Part],
    count: int,
    encode: Callable[[Part], Any],
    decode: Callable[[Any], Part],
) -> list[Part]:
    """work(0, count), done as work(0, half) here and work(half, count) in a forked child
    whose part comes back as JSON (encode, then decode): the parts in order. Where the system
    cannot fork or the child fails, this process does the whole, [work(0, count)]. Only a
    single-threaded caller (the command line) may ask for it."""
    half = count // 2
    forked = fork_with_pipes()
    if forked is None:
        return [work(0, count)]
    child, read_end, write_end = forked
    if child == 0:  # pragma: no cover - runs in the child, which leaves by os._exit
        try:
            os.close(read_end)
            with os.fdopen(write_end, "w", encoding="utf-8") as up:
                up.write(json.dumps(encode(work(half, count))))
        finally:
            os._exit(0)
    os.close(write_end)
    answer = ""
    try:
        # (Closed before the wait: a child still writing to a reader gone would never end.)
        with os.fdopen(read_end, encoding="utf-8") as up:
            mine = work(0, half)
            with contextlib.suppress(OSError):
                answer = up.read()
    finally:
        os.waitpid(child, 0)
    try:
        theirs = decode(json.loads(answer))
    except (ValueError, TypeError, KeyError, IndexError):
        theirs = work(half, count)  # the child failed: its part is done here
    return [mine, theirs]


_PIPE_BYTES = 1 << 20  # Linux lets any process widen its pipes this far
# Far longer than any document within the size limits takes; a stuck second process must not
# hang the command line, which then does the work itself.
PATIENCE_SECONDS = 300


class SecondProcess:
    """This process's end of a process that fork_server started."""

    def __init__(self, child: int, requests: Connection, replies: Connection) -> None:
        self.child = child
        self._requests = requests
        self._replies = replies

    def send(self, message: bytes) -> None:
        self._requests.send_bytes(message)

    def receive(self) -> bytes:
        """The next reply; a process that gives none within PATIENCE_SECONDS is killed
        (OSError), and one that is gone raises EOFError."""
        if not self._replies.poll(PATIENCE_SECONDS):
            os.kill(self.child, signal.SIGKILL)
            raise OSError("the second process did not answer")
        return self._replies.recv_bytes()

    def ends(self) -> tuple[Connection, Connection]:
        return self._requests, self._replies

    def close(self) -> None:
        """Closes the pipes, which ends the process. Its exit, the freeing of a book's worth
        of memory, is not waited for (it took 25 to 45 ms a process after `entities` on War
        and Peace, whose output was already out): a later close reaps it, or the system
        once this process ends."""
        for connection in self.ends():
            connection.close()
        _LEAVING.append(self.child)
        _reap_the_gone()


# Second processes closed but perhaps not yet gone.
_LEAVING: list[int] = []


def _reap_the_gone() -> None:
    """Reaps, without waiting, the closed second processes that have ended, so that a
    long-lived caller keeps no zombies."""
    for child in list(_LEAVING):
        try:
            gone, _ = os.waitpid(child, os.WNOHANG)
        except ChildProcessError:
            gone = child
        if gone:
            _LEAVING.remove(child)


def fork_server(
    serve: Callable[[Connection, Connection], None], before: Sequence[SecondProcess] = ()
) -> SecondProcess | None:
    """Forks a second process that runs serve(requests, replies) and leaves; None where the
    system cannot fork. The requests pipe is widened, so that a book's text goes in a few
    writes. The new process first closes its copies of the ends of the second processes
    started `before` it. Call before any thread starts."""
    forked = fork_with_pipes()
    if forked is None:
        return None
    child, read_end, write_end = forked
    if child == 0:  # pragma: no cover - runs in the child, which leaves by os._exit
        status = 0
        try:
            for connection in (end for process in before for end in process.ends()):
                connection.close()
            serve(Connection(read_end, writable=False), Connection(write_end, readable=False))
        except BaseException:
            status = 1
        os._exit(status)
    with contextlib.suppress(AttributeError, OSError):
        import fcntl

        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    return SecondProcess(
        child, Connection(write_end, readable=False), Connection(read_end, writable=False)
    )


def inbox_of(requests: Connection) -> queue.SimpleQueue[bytes | None]:
    """Each message of `requests` as it comes (None once the pipe closes), taken off the pipe
    by a thread, so that the other end never waits while this process works."""
    inbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

    def receive() -> None:
        try:
            while True:
                inbox.put(requests.recv_bytes())
        except (EOFError, OSError):
            inbox.put(None)

    threading.Thread(target=receive, daemon=True).start()
    return inbox
