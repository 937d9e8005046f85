"""Start-up of the desktop app (issue 28.4): from launching ``itday gui`` to the chosen page
painted, and to its data shown, beside a bare PySide6 window started the same way.

Each run is a new process, offscreen, on a copy of the demo edition: what a clerk waits for
when the Accueil laptop restarts.  The child process is ``itday gui --page PAGE`` itself
(``itday.cli.main``), with an event filter that notes the first paint of the page and the
moment the page says it is loaded (``is_ready``), then quits.

Run from the repository root:  python -m benchmarks.bench_startup [--runs 5]
Prints medians; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import print_table  # noqa: E402

CHILD = r"""
import json, os, sys, time
T0 = float(sys.argv[1])
out = {}
def note(key):
    out.setdefault(key, time.time() - T0)
mode, page, db = sys.argv[2], sys.argv[3], sys.argv[4]
if mode == "bare":
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("itday"))
    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj is window.centralWidget():
                note("painted"); note("ready"); QTimer.singleShot(0, app.quit)
            return False
    probe = Probe(); app.installEventFilter(probe)
    window.resize(1366, 768); window.show(); app.exec()
else:
    from PySide6.QtCore import QEvent, QObject, QTimer
    import itday.ui.main_window as mw
    original_show = mw.MainWindow.show
    def show(self):
        from PySide6.QtWidgets import QApplication
        app = QApplication.instance()
        window = self
        class Probe(QObject):
            def eventFilter(self, obj, event):
                from PySide6.QtWidgets import QWidget
                page = window.stack.currentWidget()
                if (
                    event.type() == QEvent.Type.Paint
                    and page is not None
                    and isinstance(obj, QWidget)
                    and (obj is page or page.isAncestorOf(obj))
                ):
                    note("painted")
                    QTimer.singleShot(0, check)
                return False
        def check():
            page = window.stack.currentWidget()
            ready = getattr(page, "is_ready", None)
            if ready is None or ready():
                note("ready")
                app.quit()
            else:
                QTimer.singleShot(5, check)
        window._probe = Probe()
        app.installEventFilter(window._probe)
        return original_show(self)
    mw.MainWindow.show = show
    from itday.cli import main
    code = main(["gui", "--page", page, "--db", db, "--size", "1366x768"])
print("BENCH " + json.dumps(out), flush=True)
os._exit(0)
"""


def run(mode: str, page: str, db: Path, env: dict) -> dict:
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, repr(t0), mode, page, str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH "):
            return json.loads(line[6:])
    raise RuntimeError(f"no figure from the child ({mode} {page}): {proc.stderr[-2000:]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", default="checkin,plan,stats,exhibitors,visitors")
    opts = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "itday", "demo", "--db", str(template)],
            check=True,
            capture_output=True,
            env=env,
            cwd=ROOT,
        )
        rows = []
        runs = {}
        for label, mode, page in [("bare PySide6 window", "bare", "-")] + [
            (f"itday gui --page {p}", "page", p) for p in opts.pages.split(",")
        ]:
            painted, ready = [], []
            for i in range(opts.runs):
                db = Path(tmp) / f"run-{mode}-{page}-{i}.sqlite"
                shutil.copyfile(template, db)
                figures = run(mode, page, db, env)
                painted.append(figures["painted"])
                ready.append(figures["ready"])
            runs[label] = (painted, ready)
            rows.append(
                (
                    f"{label}: first paint",
                    f"{statistics.median(painted) * 1000:.0f} ms",
                    "≤ 500 ms" if mode == "page" else "",
                )
            )
            if mode == "page":
                rows.append(
                    (f"{label}: data shown", f"{statistics.median(ready) * 1000:.0f} ms", "")
                )
        print_table(f"Start-up, median of {opts.runs} runs, offscreen, demo edition", rows)


if __name__ == "__main__":
    main()
