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
