"""Process-wide settings for long work: the garbage collector paused while a document is
analysed."""

from __future__ import annotations

import gc
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
        if was_enabled:
            gc.enable()
