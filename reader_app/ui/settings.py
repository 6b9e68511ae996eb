"""The only code that touches QSettings: typed values with defaults, remembered between runs."""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QByteArray, QSettings

from reader_app.core.methods import METHODS
from reader_app.core.summarize import DEFAULT_LENGTH, DEFAULT_METHOD

LENGTH_MODES = ("sentences", "percent", "words")
DEFAULT_ZOOM = 0
MAX_RECENT = 10
MAX_READING_PLACES = 200
DEFAULT_WORD_BUDGET = 100
DEFAULT_PERCENT = 10


class Settings:
    """Typed access to the application's settings; tests pass a QSettings of their own."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def _get(self, key: str, default: object) -> object:
        value = self._store.value(key, default)
        return default if value is None else value

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self._get(key, default))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    @property
    def geometry(self) -> QByteArray:
        value = self._get("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        value = self._get("window/state", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def method(self) -> str:
        value = str(self._get("summary/method", DEFAULT_METHOD))
        return value if value in METHODS else DEFAULT_METHOD

    @method.setter
    def method(self, value: str) -> None:
        self._store.setValue("summary/method", value)

    @property
    def length_mode(self) -> str:
        value = str(self._get("summary/length_mode", "sentences"))
        return value if value in LENGTH_MODES else "sentences"

    @length_mode.setter
    def length_mode(self, value: str) -> None:
        self._store.setValue("summary/length_mode", value)

    @property
    def sentences(self) -> int:
        return self._int("summary/sentences", int(DEFAULT_LENGTH.value), 1, 500)

    @sentences.setter
    def sentences(self, value: int) -> None:
        self._store.setValue("summary/sentences", int(value))

    @property
    def percent(self) -> int:
        return self._int("summary/percent", DEFAULT_PERCENT, 1, 100)

    @percent.setter
    def percent(self, value: int) -> None:
        self._store.setValue("summary/percent", int(value))

    @property
    def words(self) -> int:
        return self._int("summary/words", DEFAULT_WORD_BUDGET, 10, 100_000)

    @words.setter
    def words(self, value: int) -> None:
        self._store.setValue("summary/words", int(value))

    @property
    def zoom(self) -> int:
        return self._int("view/zoom", DEFAULT_ZOOM, -8, 20)

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._store.setValue("view/zoom", int(value))

    @property
    def recent_files(self) -> list[str]:
        value = self._get("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value][:MAX_RECENT] if isinstance(value, list) else []

    @recent_files.setter
    def recent_files(self, paths: list[str]) -> None:
        self._store.setValue("files/recent", list(paths)[:MAX_RECENT])

    def add_recent_file(self, path: str) -> list[str]:
        paths = [path, *(p for p in self.recent_files if p != path)][:MAX_RECENT]
        self.recent_files = paths
        return paths

    def forget_recent_file(self, path: str) -> list[str]:
        self.recent_files = [p for p in self.recent_files if p != path]
        return self.recent_files

    def _reading_places(self) -> dict[str, int]:
        try:
            value = json.loads(str(self._get("files/reading_places", "{}")))
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {str(p): o for p, o in value.items() if isinstance(o, int) and o >= 0}

    def reading_place(self, path: str) -> int:
        """The offset at the top of the view when the file was last left; 0 if none."""
        return self._reading_places().get(os.path.abspath(path), 0)

    def remember_reading_place(self, path: str, offset: int) -> None:
        places = self._reading_places()
        places.pop(os.path.abspath(path), None)
        places[os.path.abspath(path)] = int(offset)
        kept = dict(list(places.items())[-MAX_READING_PLACES:])  # the files left last
        self._store.setValue("files/reading_places", json.dumps(kept))

    @property
    def last_folder(self) -> str:
        return str(self._get("files/last_folder", ""))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._store.setValue("files/last_folder", value)

    def sync(self) -> None:
        self._store.sync()
