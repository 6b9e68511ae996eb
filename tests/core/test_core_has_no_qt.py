"""The core must stay free of Qt, so that the CLI and tests run without a display."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "reader_app.core.documents",
    "reader_app.core.segment",
    "reader_app.core.summarize",
    "reader_app.core.entities",
    "reader_app.core.methods.default",
    "reader_app.core.methods.sumy_methods",
    "reader_app.cli",
]


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in MODULES)
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
