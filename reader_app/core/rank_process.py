"""A second process that ranks sentences for the command line, so that a book's summary uses
both cores: it imports the numerical libraries while the file is still being read, and
splits the sentences into words while the sentence splitter is still running.

The window does not use it (its libraries are loaded once, and a Qt process must not fork).
Any failure of the second process makes the caller rank in its own process instead.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from multiprocessing.connection import Connection
from typing import Any

from reader_app.core.errors import ReaderError
from reader_app.core.runtime import SecondProcess, fork_server, inbox_of
from reader_app.core.summarize import Ranking, RankingInputs

Span = tuple[int, int]

_TEXT, _SPANS, _RANK = b"T", b"S", b"R"


class RankProcessError(Exception):
    """The second process could not rank this document; rank in this process instead."""


class RankProcess:
    """The parent's end: a LoadListener for load_document, and rank() once it has loaded."""

    def __init__(self, process: SecondProcess) -> None:
        self._process = process
        self._broken = False

    @classmethod
    def start(cls) -> RankProcess | None:
        """Forks the second process; None where processes cannot fork. Call before any
        thread starts."""
        process = fork_server(_serve)
        return None if process is None else cls(process)

    def text_ready(self, text: str) -> None:
        self._send(_TEXT + text.encode("utf-8", "surrogatepass"))

    def split_elsewhere(self, text: str, paragraphs: Sequence[Span]) -> None:
        return None  # split here, and handed over batch by batch to be split into words

    def sentences_ready(self, spans: Sequence[Span]) -> None:
        self._send(_SPANS + json.dumps(spans).encode())

    def rank(self, inputs: RankingInputs, method: str, sentence_count: int) -> Ranking:
        """The ranking of the document whose text and sentences were just loaded."""
        request = {
            "method": method,
            "headings": inputs.headings,
            "paragraph_of": inputs.paragraph_of,
            "title": inputs.title,
        }
        self._send(_RANK + json.dumps(request).encode())
        if self._broken:
            raise RankProcessError("the second process is gone")
        try:
            reply = json.loads(self._process.receive())
        except (EOFError, OSError, ValueError) as error:
            self._broken = True
            raise RankProcessError("the second process is gone") from error
        if "declined" in reply:  # the method cannot rank this text; it would not here either
            raise ReaderError(reply["declined"])
        if "error" in reply:
            raise RankProcessError(reply["error"])
        ranking = Ranking(method, tuple(reply["scores"]), tuple(reply["order"]))
        if len(ranking.scores) != sentence_count:
            raise RankProcessError("the second process ranked another document")
        return ranking

    def close(self) -> None:
        self._process.close()

    def _send(self, message: bytes) -> None:
        if self._broken:
            return
        try:
            self._process.send(message)
        except OSError:
            self._broken = True


def _serve(requests: Connection, replies: Connection) -> None:  # pragma: no cover - child
    """The child's loop: one document after another, until the parent closes the pipe."""
    import gc

    gc.disable()  # as in the parent: millions of small objects, no cycles worth collecting
    # A thread takes each message off the pipe as it comes, so that the parent never waits
    # while this process imports its libraries or splits the batch before into words: it
    # had waited 0.1 to 0.3 s in all while loading War and Peace.
    inbox = inbox_of(requests)
    from reader_app.core.methods import default, frequency, graph  # noqa: F401 - warm up
    from reader_app.core.methods.prepared import Tokenizer
    from reader_app.core.summarize import check_method, rank_tokenized

    text = ""
    tokenizer = Tokenizer()
    texts: list[str] = []
    failure = ""
    while (message := inbox.get()) is not None:
        kind, body = message[:1], message[1:]
        try:
            if kind == _TEXT:
                text, tokenizer, texts, failure = (
                    body.decode("utf-8", "surrogatepass"),
                    Tokenizer(),
                    [],
                    "",
                )
            elif kind == _SPANS and not failure:
                batch = [text[start:end] for start, end in json.loads(body)]
                texts.extend(batch)
                tokenizer.add(batch)
            elif kind == _RANK:
                if failure:
                    raise RuntimeError(failure)
                request: dict[str, Any] = json.loads(body)
                check_method(request["method"])
                inputs = RankingInputs(
                    request["headings"], request["paragraph_of"], request["title"]
                )
                try:
                    ranking = rank_tokenized(tokenizer, texts, inputs, request["method"])
                except ReaderError as declined:
                    replies.send_bytes(json.dumps({"declined": declined.reason}).encode())
                    continue
                reply: dict[str, Any] = {"scores": ranking.scores, "order": ranking.order}
                replies.send_bytes(json.dumps(reply).encode())
        except Exception as error:  # reported to the parent, which then ranks by itself
            failure = f"{type(error).__name__}: {error}"
            if kind == _RANK:
                replies.send_bytes(json.dumps({"error": failure}).encode())
