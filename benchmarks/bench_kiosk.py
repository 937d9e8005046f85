"""A self-service kiosk session (issue 14, benchmark 2): people per minute.

    python -m benchmarks.bench_kiosk [--people 100] [--fps 15]

Generates the video of a queue of ``--people`` visitors holding their badges up one after
another (``benchmarks/make_video.py``: each enters, holds 1–2 s, leaves), and plays it in
real time as the camera of a ``KioskWindow`` (offscreen Qt) on the demo edition.  Badges are
printed through a private CUPS server with the cups-pdf printer when it can be started
(``tests/printing/cups.py``), else the print step fails and the kiosk says « à retirer à
l'accueil » (admissions are committed either way).  Prints: people admitted / expected,
people per minute of queue, scan → answer on screen (median, p95) and, with CUPS, badges
printed.  Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.common import demo_database, print_table  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--fps", type=float, default=15.0)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from benchmarks.make_video import make_video
    from itday.db import repo
    from itday.services.camera import VideoFileSource
    from itday.ui.context import AppContext
    from itday.ui.kiosk import KioskWindow
    from itday.ui.pages.checkin import CheckinPage

    app = QApplication.instance() or QApplication([])
    cups = None
    printer = ""
    try:
        from tests.printing.cups import CupsServer, missing

        if not missing():
            cups = CupsServer.create(["itday-kiosk"])
            os.environ["CUPS_SERVER"] = cups.server
            printer = "itday-kiosk"
    except Exception as exc:  # noqa: BLE001 (the benchmark runs without a printer)
        print(f"(no CUPS: {exc})")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            db, event_id = demo_database(folder)
            with db.session() as s:
                rows = repo.attendee_rows(event_id, session=s)
            people = [r for r in rows if not r["checked_in_at"] and not r["cancelled"]]
            people = people[: args.people]
            video = folder / "queue.avi"
            codes = make_video(people, video, seed=5, fps=args.fps)
            settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
            settings.setValue("sound/enabled", False)
            settings.setValue("badge/printer", printer)
            settings.setValue("badge/layout", "label54x90")
            ctx = AppContext(db, event_id, settings=settings, station="Borne")
            station = CheckinPage(
                ctx, source_factory=lambda _s: VideoFileSource(video, realtime=True)
            )
            kiosk = KioskWindow(ctx, station)
            kiosk.resize(1366, 768)
            kiosk.show()
            answers: list[str] = []
            kiosk.answered.connect(answers.append)
            printed: list[str] = []
            kiosk.station.printing.status_changed.connect(
                lambda st: printed.append(st.outcome) if st.outcome == "printed" else None
            )
            start = time.perf_counter()
            duration = len(codes) * 4.0 / 1  # upper bound; the loop ends with the video
            while time.perf_counter() - start < duration + 10:
                app.processEvents()
                time.sleep(0.005)
                worker = kiosk.station.worker
                if worker is not None and getattr(worker, "finished", False):
                    break
                if len(answers) >= len(codes) and time.perf_counter() - start > 5:
                    break
            elapsed = time.perf_counter() - start
            for _ in range(200):  # let the last prints come back
                app.processEvents()
                time.sleep(0.01)
            latencies = list(kiosk.station.latencies_ms)
            admitted = answers.count("ok")
            kiosk.leave()
            ctx.tasks.wait_all(10_000)
            db.dispose()
    finally:
        if cups is not None:
            cups.destroy()
    p95 = statistics.quantiles(latencies, n=20)[18] if len(latencies) >= 20 else max(latencies)
    print_table(
        f"Kiosk session: {len(codes)} people from a queue video ({args.fps:g} frames/s, real time)",
        [
            ("people admitted", f"{admitted} / {len(codes)}", "each once"),
            ("people per minute", f"{admitted / elapsed * 60:.1f}", "of queue"),
            ("scan → answer on screen", f"{statistics.median(latencies):.0f} ms", "median"),
            ("scan → answer on screen", f"{p95:.0f} ms", "p95"),
            ("badges printed", f"{len(printed)}", "cups-pdf" if printer else "no printer"),
        ],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
