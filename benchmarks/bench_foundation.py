"""Foundation figures: cold start to first window, demo creation, attendee search."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import measure, median_ms, print_table

COLD_START = r"""
import os, sys, time
t0 = float(sys.argv[1])
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from itday.db.engine import Database
from itday.ui.app import build_window
app = QApplication([])
window = build_window(Database.open(sys.argv[2]))
window.show()
def painted():
    window.grab()  # the first full paint
    print(time.time() - t0)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""


def cold_start(db_path: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", COLD_START, repr(time.time()), db_path],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def bigger_edition(db, event_id: int, total: int) -> None:
    from itday.core import badge
    from itday.core.text import search_key
    from itday.db.models import Attendee
    from itday.services import demo_data as data

    rng = random.Random(5)
    with db.session() as s:
        have = len(
            __import__("itday.db.repo", fromlist=["x"]).search_attendees(event_id, session=s)
        )
        people = []
        for i in range(total - have):
            first, last = rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES)
            company = rng.choice(data.VISITOR_COMPANIES)
            people.append(
                Attendee(
                    event_id=event_id,
                    first_name=first,
                    last_name=last,
                    company=company,
                    email=f"p{i}@example.org",
                    code=badge.code_from_seed(rng),
                    search_key=search_key(first, last, company, f"p{i}@example.org"),
                )
            )
        s.add_all(people)
        s.commit()


def main() -> None:
    from itday.db import repo
    from itday.db.engine import Database
    from itday.services.demo import create_demo

    tmp = Path(tempfile.mkdtemp(prefix="itday-bench-"))
    rows = []

    made = []

    def demo_once():
        made.append(1)
        db = Database.open(tmp / f"demo{len(made)}.sqlite")
        with db.session() as s:
            create_demo(s)
        db.dispose()

    rows.append(
        ("demo creation (≈1,050 people)", f"{median_ms(measure(demo_once, 3, 0)):.0f} ms", "—")
    )
    demo_path = tmp / "demo1.sqlite"
    rows.insert(
        0,
        (
            "cold start to first window painted",
            f"{cold_start(str(demo_path)) * 1000:.0f} ms",
            "≤ 1,500 ms",
        ),
    )

    db = Database.open(demo_path)
    with db.session() as s:
        event_id = repo.latest_event(session=s).id
    for size in (900, 20_000):
        if size > 900:
            bigger_edition(db, event_id, size)
        with db.session() as s:
            n = len(repo.search_attendees(event_id, session=s))

        def search(q):
            with db.session() as s:  # one unit of work per query, as the UI does
                return repo.attendee_rows(event_id, q, session=s)

        for query in ("lefevre", "cam dur", "sigfox"):
            found = len(search(query))
            ms = median_ms(measure(lambda q=query: search(q), 9))
            rows.append(
                (f"search '{query}' at {n:,} people ({found} found)", f"{ms:.1f} ms", "≤ 10 ms")
            )
    print_table("Foundation", rows)
    if os.environ.get("KEEP") is None:
        import shutil

        db.dispose()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
