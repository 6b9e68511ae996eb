"""Progress on the command line, drawn with tqdm on standard error only when it is a terminal:
a bar over a batch's files, and one over the reading of a long file (a book takes seconds)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm

    from reader_app.core.documents import LoadListener

Span = tuple[int, int]

# A text shorter than this is read in well under a second: a bar would only flicker.
LONG_TEXT_CHARS = 500_000


class CommandProgress:
    """The bars of one command; every method does nothing when standard error is no terminal
    (a pipe, a file, a test), so that output meant for programs stays clean."""

    def __init__(self, files: Sequence[str], stderr: TextIO) -> None:
        self._stderr = stderr
        self._shown = _is_terminal(stderr)
        self._files: tqdm | None = None
        self._reading: tqdm | None = None
        if self._shown:
            from tqdm import tqdm

            # No monitor thread: the entity step may fork while a bar is shown, and a thread
            # holding a lock at that moment could leave the child waiting on it.
            tqdm.monitor_interval = 0
        if self._shown and len(files) > 1:
            from tqdm import tqdm

            self._files = tqdm(
                total=len(files), unit="file", file=stderr, leave=False, dynamic_ncols=True
            )

    def listener(self, forward_to: LoadListener | None) -> LoadListener | None:
        """A LoadListener that moves the reading bar and passes everything on to `forward_to`
        (the summary's second process, if there is one)."""
        if not self._shown:
            return forward_to
        return _ReadingListener(self, forward_to)

    def write(self, line: str) -> None:
        """A line on standard error that does not break the bars."""
        if self._shown and (self._files is not None or self._reading is not None):
            from tqdm import tqdm

            tqdm.write(line.rstrip("\n"), file=self._stderr)
        else:
            self._stderr.write(line)

    @contextlib.contextmanager
    def output(self) -> Iterator[None]:
        """Room for a file's result, which may go to the same terminal: the reading bar is
        gone, and the bar over the files is cleared while the result is written, then drawn
        again below it."""
        self._close_reading()
        if self._files is None:
            yield
            return
        from tqdm import tqdm

        with tqdm.external_write_mode(file=self._stderr):
            yield

    def file_done(self) -> None:
        self._close_reading()
        if self._files is not None:
            self._files.update(1)

    def _close_reading(self) -> None:
        if self._reading is not None:
            self._reading.close()
            self._reading = None

    def close(self) -> None:
        self._close_reading()
        if self._files is not None:
            self._files.close()
            self._files = None

    def _text_ready(self, text: str) -> None:
        if len(text) >= LONG_TEXT_CHARS:
            from tqdm import tqdm

            self._reading = tqdm(
                total=len(text),
                desc="reading",
                unit="char",
                unit_scale=True,
                file=self._stderr,
                leave=False,
                dynamic_ncols=True,
            )

    def _sentences_ready(self, spans: Sequence[Span]) -> None:
        bar = self._reading
        if bar is None or not spans:
            return
        bar.update(max(0, spans[-1][1] - bar.n))

    def loaded(self) -> None:
        """The file is read and split; what is left is the summary or the names."""
        bar = self._reading
        if bar is not None:
            bar.update(bar.total - bar.n)
            bar.set_description("analysing")


class _ReadingListener:
    def __init__(self, progress: CommandProgress, forward_to: LoadListener | None) -> None:
        self._progress = progress
        self._forward_to = forward_to

    def text_ready(self, text: str) -> None:
        if self._forward_to is not None:
            self._forward_to.text_ready(text)
        self._progress._text_ready(text)

    def split_elsewhere(self, text: str, paragraphs: Sequence[Span]) -> tuple[Span, ...] | None:
        if self._forward_to is None:
            return None
        sentences = self._forward_to.split_elsewhere(text, paragraphs)
        if sentences is not None:
            self._progress._sentences_ready(sentences)
        return sentences

    def sentences_ready(self, spans: Sequence[Span]) -> None:
        if self._forward_to is not None:
            self._forward_to.sentences_ready(spans)
        self._progress._sentences_ready(spans)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False
