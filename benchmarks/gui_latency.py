"""How long does the window's event loop stall while a document loads and is analysed?

usage: python benchmarks/gui_latency.py FILE [PERCENT | METHOD]
Opens the real main window (offscreen unless DISPLAY is set), loads FILE through it, and
measures the longest gap between ticks of a 10 ms QTimer on the GUI thread from the moment
the file is opened until the analysis has finished. With PERCENT, it then measures instead
the longest gap while the summary's length is set to PERCENT % of the sentences (as a user
picks "Percent" and types the number); with METHOD (lexrank, lsa...), while the method is
switched to it and the text ranked again. The last line is `max_stall_ms=N`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__)
        return 2
    second = sys.argv[2] if len(sys.argv) == 3 else None
    percent = int(second) if second is not None and second.isdigit() else None
    method = second if second is not None and percent is None else None
    app = QApplication(sys.argv[:1])
    from reader_app.ui.main_window import MainWindow
    from reader_app.ui.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(os.path.join(folder, "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings)
        window.show()
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        done = [False]
        window.analysis_finished.connect(lambda: done.__setitem__(0, True))
        for _ in range(20):
            app.processEvents()
        if second is not None:
            window.open_path(sys.argv[1])
            while not done[0]:
                app.processEvents()
                time.sleep(0.001)
            for _ in range(50):
                app.processEvents()
                time.sleep(0.002)
        started = time.perf_counter()
        last[0] = started
        done[0] = False
        timer.start()
        panel = window.summary_panel
        if percent is not None:
            panel.mode_box.setCurrentIndex(panel.mode_box.findData("percent"))
            panel.spin.setValue(percent)
        else:
            if method is None:
                window.open_path(sys.argv[1])
            else:
                panel.method_box.setCurrentIndex(panel.method_box.findData(method))
            while not done[0] and time.perf_counter() - started < 600:
                app.processEvents()
                time.sleep(0.001)
        # A last stretch after the result arrived: highlights and lists are filled then.
        end = time.perf_counter() + 0.5
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        total = time.perf_counter() - started
        window.close()
    worst = max(gaps) * 1000 if gaps else 0.0
    print(f"file={sys.argv[1]} analysis_seconds={total - 0.5:.2f} ticks={len(gaps)}")
    print(f"max_stall_ms={worst:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
