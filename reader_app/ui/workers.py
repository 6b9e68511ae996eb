"""One background thread for document work: loading and analysis, with job ids and cancel."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from reader_app.core.documents import Document
from reader_app.core.errors import Cancelled, ReaderError
from reader_app.core.runtime import collector_paused


class JobSignals(QObject):
    """Signals of every job; each carries the job id so stale results can be dropped."""

    loaded = Signal(int, object)  # job id, Document
    chapters_found = Signal(int, object)  # job id, tuple of Chapter
    ranked = Signal(int, object)  # job id, Ranking
    rank_failed = Signal(int, str)  # job id, one-line reason; the document and entities stay
    entities_found = Signal(int, object)  # job id, Entities
    progress = Signal(int, int, str)  # job id, percent, what is being done
    failed = Signal(int, str)  # job id, one-line reason
    finished = Signal(int)  # job id


class AnalysisJob(QRunnable):
    """Loads a file (unless a Document is given), ranks its sentences and finds entities."""

    def __init__(
        self,
        job_id: int,
        signals: JobSignals,
        cancel: threading.Event,
        method: str,
        path: str | None = None,
        document: Document | None = None,
        find_entities: bool = True,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job_id = job_id
        self.signals = signals
        self.cancel = cancel
        self.method = method
        self.path = path
        self.document = document
        self.find_entities = find_entities

    def _check(self, percent: int, stage: str) -> None:
        if self.cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(self.job_id, percent, stage)

    def run(self) -> None:
        try:
            with collector_paused():
                self._work()
        except Cancelled:
            pass
        except ReaderError as error:
            self.signals.failed.emit(self.job_id, error.reason)
        except MemoryError:
            self.signals.failed.emit(self.job_id, "not enough memory to analyse this file")
        except Exception as error:  # a defect must reach the user as a message, not kill the thread
            self.signals.failed.emit(
                self.job_id, f"internal error ({type(error).__name__}: {error})"
            )
        finally:
            self.signals.finished.emit(self.job_id)

    def _work(self) -> None:
        from reader_app.core.documents import load_document
        from reader_app.core.entities import extract_entities
        from reader_app.core.summarize import rank_sentences

        document = self.document
        if document is None:
            self._check(5, "Loading")
            document = load_document(self.path or "")
            self.signals.loaded.emit(self.job_id, document)
            from reader_app.core.chapters import find_chapters

            self.signals.chapters_found.emit(self.job_id, find_chapters(document))
        self._check(35, "Summarizing")
        document.sentence_words  # noqa: B018 (counted here, off the window's thread)
        try:
            ranking = rank_sentences(document, self.method)
        except ReaderError as error:  # this method cannot rank this text; the rest still can
            self.signals.rank_failed.emit(self.job_id, error.reason)
        else:
            self.signals.ranked.emit(self.job_id, ranking)
        if self.find_entities:
            self._check(70, "Finding people and countries")
            entities = extract_entities(document)
            self.signals.entities_found.emit(self.job_id, entities)
        self._check(100, "Done")


class Worker(QObject):
    """The single background worker: a newer request cancels the older one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = JobSignals(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel: threading.Event | None = None
        self._last_id = 0

    def submit(
        self,
        method: str,
        path: str | None = None,
        document: Document | None = None,
        find_entities: bool = True,
    ) -> int:
        self.cancel()
        self._last_id += 1
        self._cancel = threading.Event()
        job = AnalysisJob(
            self._last_id, self.signals, self._cancel, method, path, document, find_entities
        )
        self._pool.start(job)
        return self._last_id

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def wait(self, milliseconds: int = -1) -> bool:
        return bool(self._pool.waitForDone(milliseconds))
