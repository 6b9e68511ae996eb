"""Shared test set-up: Qt runs offscreen, and helpers write the files tests need."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture
def article_path() -> Path:
    """A short news article written for these tests (people, countries, a headline)."""
    return DATA / "harbour_talks.txt"


@pytest.fixture
def write_file(tmp_path: Path):
    """Writes bytes or text into a file under tmp_path and returns its path."""

    def write(name: str, content: bytes | str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return write
