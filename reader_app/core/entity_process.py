"""Two second processes that find a long document's names for the command line as it loads.

Each splits the paragraphs that start in one half of the text into sentences for the loader,
which waits (two cores split in half the time), then reads the lower-case words of its half
of the text and cuts the sentences that start there into the labeller's stretches while the
loader finishes. At the load's end they swap their clues (the lower-case words among them)
through this process, label their stretches and send the names back, while this process goes
on with its own work; the names equal find_names' for the same sentences. The window does not
use them (a Qt process must not fork); any failure makes the caller split or label by itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from reader_app.core.ner.labelling import NameSpan
from reader_app.core.runtime import SecondProcess, fork_server, inbox_of

Span = tuple[int, int]

_TEXT, _PARAGRAPHS, _SENTENCES, _NAMES, _CLUES = b"T", b"P", b"S", b"N", b"C"


class EntityProcessError(Exception):
    """The second processes could not label this document; label in this process instead."""


def _answer(helper: SecondProcess) -> Any:
    answer = json.loads(helper.receive())
    if isinstance(answer, dict) and "error" in answer:
        raise EntityProcessError(answer["error"])
    return answer


class EntityProcesses:
    """The parent's end: a LoadListener for load_document, and names() once it has loaded."""

    def __init__(self, helpers: list[SecondProcess]) -> None:
        self._helpers = helpers
        self._broken = False

    @classmethod
    def start(cls) -> EntityProcesses | None:
        """Forks the two second processes; None where processes cannot fork. Call before any
        thread starts."""
        helpers: list[SecondProcess] = []
        for _ in range(2):
            helper = fork_server(_serve, before=helpers)
            if helper is None:
                for started in helpers:
                    started.close()
                return None
            helpers.append(helper)
        return cls(helpers)

    def text_ready(self, text: str) -> None:
        self._send_all(_TEXT + text.encode("utf-8", "surrogatepass"))

    def split_elsewhere(self, text: str, paragraphs: Sequence[Span]) -> tuple[Span, ...] | None:
        """The sentences of the paragraphs, each helper splitting those that start in its half
        of the text; None if they cannot (the loader then splits, and the names are found here).
        Each then cuts the sentences that start in its half: a paragraph across the middle
        (a whole book on one line) is split by the first and cut by both."""
        if self._broken:
            return None
        middle = len(text) // 2
        first_half = [p for p in paragraphs if p[0] < middle]
        halves = (first_half, paragraphs[len(first_half) :])
        # Each reads the lower-case words of its half of the text, cut at a space.
        cut = max(text.rfind(" ", 0, middle), text.rfind("\n", 0, middle), 0)
        try:
            for helper, half, keep, words in zip(
                self._helpers,
                halves,
                ([0, middle], [middle, len(text)]),
                ([0, cut], [cut, len(text)]),
                strict=True,
            ):
                request = {"paragraphs": half, "keep": keep, "words": words}
                helper.send(_PARAGRAPHS + json.dumps(request).encode())
            split = [_answer(helper) for helper in self._helpers]
            across = [span for span in split[0] if span[0] >= middle]
            self._helpers[1].send(_SENTENCES + json.dumps(across).encode())
        except Exception:  # a helper gone or failed: not used again
            self._broken = True
            return None
        return tuple((start, end) for half in split for start, end in half)

    def sentences_ready(self, spans: Sequence[Span]) -> None:
        """Nothing: the helpers split the sentences themselves (split_elsewhere)."""

    def names(
        self, main: Span, count: int, while_waiting: Callable[[], object] | None = None
    ) -> list[NameSpan]:
        """The names in the sentences of text[main[0]:main[1]] (`count` of them) of the document
        just loaded, as find_names gives them; `while_waiting` runs as the helpers label."""
        self._send_all(_NAMES + json.dumps(list(main)).encode())
        if self._broken:
            raise EntityProcessError("a second process is gone")
        try:
            partial = [_answer(helper) for helper in self._helpers]
            if sum(part["count"] for part in partial) != count:
                raise EntityProcessError("the second processes read another document")
            merged = [
                sorted(set(partial[0][part]) | set(partial[1][part]))
                for part in ("capitalised", "after_title", "lowercase")
            ]
            self._send_all(_CLUES + json.dumps(merged).encode())
            if while_waiting is not None:
                while_waiting()
            found = [_answer(helper) for helper in self._helpers]
        except Exception as error:  # a helper gone, failed or out of step: not used again
            self._broken = True
            raise EntityProcessError(f"the second processes failed: {error}") from error
        names = [NameSpan(k, a, b, tuple(t)) for part in found for k, a, b, t in part]
        # Each helper's names come in document order; so do the whole's, by where they start.
        return sorted(names, key=lambda name: name.start)

    def close(self) -> None:
        for helper in self._helpers:
            helper.close()

    def _send_all(self, message: bytes) -> None:
        if self._broken:
            return
        try:
            for helper in self._helpers:
                helper.send(message)
        except OSError:
            self._broken = True


def _serve(requests: Connection, replies: Connection) -> None:  # pragma: no cover - child
    """A helper's loop: one document after another, until the parent closes the pipe."""
    import gc

    gc.disable()  # as in the parent: millions of small objects, no cycles worth collecting
    # A thread takes each message off the pipe as it comes, so that the parent never waits
    # while this process cuts the batch before into stretches.
    inbox = inbox_of(requests)
    from reader_app.core.ner import model
    from reader_app.core.ner.features import DocumentClues
    from reader_app.core.ner.labelling import Stretch, label
    from reader_app.core.segment import split_paragraph

    model.read_the_lists()
    text, tag_all, failure = "", False, ""
    lowercase: frozenset[str] = frozenset()
    pieces: list[tuple[Span, list[Stretch]]] = []
    mine: list[Stretch] = []
    while (message := inbox.get()) is not None:
        kind, body = message[:1], message[1:]
        try:
            if kind == _TEXT:
                text, pieces, failure = body.decode("utf-8", "surrogatepass"), [], ""
                tag_all = model.written_in_lower_case(text)
            elif kind == _PARAGRAPHS:
                if failure:
                    raise RuntimeError(failure)
                request = json.loads(body)
                sentences = [
                    span
                    for start, end in request["paragraphs"]
                    for span in split_paragraph(text, start, end)
                ]
                replies.send_bytes(json.dumps(sentences).encode())
                kind = b""  # answered: a failure below is told at the names' request
                lowercase = model.lowercase_words(text, tag_all, *request["words"])
                low, high = request["keep"]
                pieces = [
                    (span, model.cut_into_stretches(text, [span], tag_all))
                    for span in sentences
                    if low <= span[0] < high
                ]
            elif kind == _SENTENCES and not failure:
                # the other helper's sentences that start in this one's half, before its own
                pieces[:0] = [
                    ((start, end), model.cut_into_stretches(text, [(start, end)], tag_all))
                    for start, end in json.loads(body)
                ]
            elif kind == _NAMES:
                if failure:
                    raise RuntimeError(failure)
                low, high = json.loads(body)
                inside = [stretches for (a, b), stretches in pieces if low <= a and b <= high]
                mine = [stretch for stretches in inside for stretch in stretches]
                clues = model.clues_of(mine, lowercase)
                answer = {
                    "count": len(inside),
                    "capitalised": sorted(clues.capitalised),
                    "after_title": sorted(clues.after_title),
                    "lowercase": list(lowercase),
                }
                replies.send_bytes(json.dumps(answer).encode())
            elif kind == _CLUES:
                capitalised, after_title, lowercase_anywhere = json.loads(body)
                merged = DocumentClues(
                    frozenset(capitalised), frozenset(lowercase_anywhere), frozenset(after_title)
                )
                found = label(mine, merged, tag_all)
                names = [[n.kind, n.start, n.end, n.tokens] for n in found]
                replies.send_bytes(json.dumps(names).encode())
        except Exception as error:  # reported to the parent, which then labels by itself
            failure = f"{type(error).__name__}: {error}"
            if kind in (_PARAGRAPHS, _NAMES, _CLUES):
                replies.send_bytes(json.dumps({"error": failure}).encode())
