"""Shows the Statistiques page's arrivals curve growing while scans are recorded.

Builds a demo edition without arrivals, opens the app offscreen on the Statistiques page,
then records check-ins with ``services.checkin.record_scan`` (as the entrance would, from
8:30 to 12:00 local time, ~10 per simulated minute in the rush) from a timer while the page
is open, and saves two screenshots: one halfway, one at the end.

    python benchmarks/stats_growing.py [OUT_DIR]      # default /tmp/itday-stats-growing
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def arrival_times(n: int, day: dt.date, rng: random.Random) -> list[dt.datetime]:
    """Arrivals between 8:30 and 12:00, peaking around 10:00 (triangular)."""
    tz = ZoneInfo("Europe/Paris")
    start = dt.datetime.combine(day, dt.time(8, 30), tz)
    minutes = sorted(rng.triangular(0, 210, 90) for _ in range(n))
    return [(start + dt.timedelta(minutes=m)).astimezone(dt.UTC) for m in minutes]


def main(out_dir: str | None = None) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from itday.db import repo
    from itday.db.engine import Database
    from itday.services.checkin import record_scan
    from itday.services.demo import create_demo
    from itday.ui.app import build_window
    from itday.ui.style import STYLE

    out = Path(out_dir or "/tmp/itday-stats-growing")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="itday-growing-"))
    db = Database.open(tmp / "growing.sqlite")
    with db.session() as s:
        event = create_demo(s, arrivals=False)
        event_id, day = event.id, event.date
        codes = [a.code for a in repo.search_attendees(event_id, session=s) if not a.cancelled]
    rng = random.Random(7)
    rng.shuffle(codes)
    codes = codes[:700]
    times = arrival_times(len(codes), day, rng)

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(STYLE)
    window = build_window(db, event_id)
    window.show_page("stats")
    window.resize(1600, 900)
    window.show()
    page = window.pages["stats"]
    state = {"i": 0, "shots": []}
    batch = 14

    def shoot(name: str) -> None:
        path = out / name
        window.grab().save(str(path))
        state["shots"].append((path, page.chart.total(), page.card_checked.value.text()))

    def when_shown(name: str, then) -> None:
        """Screenshot once the page shows every scan written so far."""

        def check():
            if page.chart.total() >= state["i"] and not page._loading:
                shoot(name)
                then()
            else:
                QTimer.singleShot(50, check)

        QTimer.singleShot(50, check)

    def step() -> None:
        with db.session() as s:
            for code, moment in zip(
                codes[state["i"] : state["i"] + batch],
                times[state["i"] : state["i"] + batch],
                strict=True,
            ):
                record_scan(s, event_id, code, "Accueil 1", scanned_at=moment)
        state["i"] += batch
        window.ctx.bridge.data_changed.emit("scans")
        if state["i"] == batch * 25:
            when_shown("stats-before.png", lambda: QTimer.singleShot(20, step))
        elif state["i"] >= len(codes):
            when_shown("stats-after.png", app.quit)
        else:
            QTimer.singleShot(20, step)

    QTimer.singleShot(200, step)
    app.exec()
    window.ctx.tasks.wait_all(5000)
    window.close()
    db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    for path, total, shown in state["shots"]:
        print(f"{path}: {total} arrivals on the chart, « Entrés » card shows {shown}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
