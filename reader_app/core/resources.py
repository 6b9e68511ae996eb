"""Finds and reads the data files shipped inside the package (JSON only, never pickle)."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


def resource_path(name: str) -> str:
    return str(resources.files("reader_app").joinpath("resources", name))


@functools.cache
def load_json(name: str) -> Any:
    with open(resource_path(name), encoding="utf-8") as handle:
        return json.load(handle)


def load_word_lists(name: str) -> dict[str, frozenset[str]]:
    """The lists of words in a JSON file, by key, as sets (a "_comment" string is skipped).
    Not cached here: each caller keeps its own, which training clears when it rewrites one."""
    data = load_json(name)
    return {key: frozenset(value) for key, value in data.items() if isinstance(value, list)}
