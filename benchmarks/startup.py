"""Time from process start to a visible window: Reader against a bare PySide6 QMainWindow.

usage: DISPLAY=:5 python benchmarks/startup.py [RUNS]   (needs an X display and xdotool)
Each program is started RUNS times (default 5); the time until xdotool sees its window
mapped is taken, and the median of each is printed with their ratio."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("BareStartupProbe")
window.resize(1200, 800)
window.show()
app.exec()
"""


def time_to_window(command: list[str], title: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while time.perf_counter() - started < 30:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", title],
                capture_output=True,
                text=True,
            )
            if found.stdout.strip():
                return time.perf_counter() - started
            time.sleep(0.005)
        raise RuntimeError(f"no window titled {title!r} within 30 s")
    finally:
        process.terminate()
        process.wait(10)


def main() -> int:
    if not os.environ.get("DISPLAY"):
        print("needs an X display: start Xvfb and a window manager, set DISPLAY")
        return 2
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "XDG_CONFIG_HOME": home}
        bare = [
            time_to_window([sys.executable, "-c", BARE], "BareStartupProbe", env)
            for _ in range(runs)
        ]
        reader = [
            time_to_window([sys.executable, "-m", "reader_app"], "^Reader$", env)
            for _ in range(runs)
        ]
    bare_median, reader_median = statistics.median(bare), statistics.median(reader)
    print(f"bare QMainWindow: median {bare_median:.3f} s  ({', '.join(f'{t:.3f}' for t in bare)})")
    print(
        f"reader-app:       median {reader_median:.3f} s  ({', '.join(f'{t:.3f}' for t in reader)})"
    )
    print(f"ratio={reader_median / bare_median:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
