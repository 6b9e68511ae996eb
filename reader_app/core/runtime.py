"""Process-wide help for long work: the garbage collector paused while a document is
analysed, and a second process with pipes for work the command line shares out."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager


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
