"""Measure the Visiteurs page's heavy paths on real data.

- 900 badges to PDF from the demo database with ``render_badge_pdf`` (query + render + print
  log), per layout: time and file size (targets: ≤ 3 s, ≤ 2 MB);
- loading 20,000 attendees for the table (``visitor_rows``) and filtering them as the clerk
  types (``VisitorTableModel.set_filters``), which must stay well under a keystroke.

Prints a table (median of 3 runs); asserts nothing about time.

    /work/venv/bin/python benchmarks/bench_badges.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert  # noqa: E402

from benchmarks.common import demo_database, measure, median_ms, print_table  # noqa: E402
from itday.core import badge  # noqa: E402
from itday.core.text import search_key  # noqa: E402
from itday.db import attendees as attendee_repo  # noqa: E402
from itday.db import repo  # noqa: E402
from itday.db.engine import Database  # noqa: E402
from itday.db.models import Attendee  # noqa: E402
from itday.services.badges import badge_people, render_badge_pdf  # noqa: E402
from itday.services.pdf.fonts import register_fonts  # noqa: E402

FIRST = ["Jean", "Marie", "Zoë", "Clément", "Anne-Sophie", "Łukasz", "Hélène", "Noé"]
LAST = ["Dupont", "Lefèvre", "Martin-Durand", "O'Brien", "Nguyen", "Garcia", "Müller"]


def badges_rows(db: Database, event_id: int, tmp: Path) -> list[tuple[str, str, str]]:
    with db.session() as s:
        ids = [i for i, _ in badge_people(event_id, session=s)][:900]
    register_fonts()
    rows = []
    for layout in ("a6", "4xa6", "8xa7", "label54x90"):
        out = tmp / f"badges-{layout}.pdf"
        times = measure(
            lambda out=out, layout=layout: render_badge_pdf(
                db, event_id, out, layout=layout, ids=ids, log=False
            ),
            repeat=3,
            warmup=0,
        )
        size = out.stat().st_size / 1e6
        rows.append((f"{len(ids)} badges {layout}", f"{median_ms(times) / 1000:.2f} s", "≤ 3 s"))
        rows.append((f"  file size {layout}", f"{size:.2f} MB", "≤ 2 MB"))
    return rows


def table_rows(tmp: Path) -> list[tuple[str, str, str]]:
    from PySide6.QtWidgets import QApplication

    from itday.ui.visitors.model import Filters, VisitorTableModel

    app = QApplication.instance() or QApplication([])
    db = Database.open(tmp / "big.sqlite")
    with db.session() as s:
        import datetime as dt

        event = repo.create_event("Bench", dt.date(2017, 6, 29), session=s)
        event_id = event.id
        now = dt.datetime.now(dt.UTC)
        rows = []
        for i in range(20_000):
            first, last = FIRST[i % len(FIRST)], f"{LAST[i % len(LAST)]}{i}"
            company, email = f"Société {i % 400}", f"p{i}@example.fr"
            rows.append(
                {
                    "event_id": event_id,
                    "first_name": first,
                    "last_name": last,
                    "company": company,
                    "email": email,
                    "code": badge.new_code(),
                    "search_key": search_key(first, last, company, email),
                    "checked_in_at": now if i % 3 == 0 else None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        s.execute(insert(Attendee), rows)
        s.commit()

    def load():
        with db.session() as s:
            return attendee_repo.visitor_rows(event_id, session=s)

    load_times = measure(load, repeat=3)
    data = load()
    model = VisitorTableModel()
    model.set_rows(data)
    words = ["l", "le", "lef", "lefe", "lefev", "lefevr", "lefevre", "lefevre 12"]
    typing = []
    for text in words:
        t = time.perf_counter()
        model.set_filters(Filters(text=text))
        typing.append(time.perf_counter() - t)
    combined = measure(
        lambda: (
            model.set_filters(Filters(text="dupont", checked_in=True))
            or model.set_filters(Filters())
        ),
        repeat=5,
    )
    db.dispose()
    del app
    return [
        ("load 20,000 rows (visitor_rows)", f"{median_ms(load_times):.0f} ms", "in a worker"),
        ("filter 20,000 rows per keystroke", f"{max(typing) * 1000:.1f} ms max", "< 50 ms"),
        ("filter text + checked in, then clear", f"{median_ms(combined):.1f} ms", "< 50 ms"),
    ]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db, event_id = demo_database(tmp)
        rows = badges_rows(db, event_id, tmp)
        db.dispose()
        print_table("Badges from the demo database (render_badge_pdf)", rows)
        print_table("Visiteurs table, 20,000 attendees", table_rows(tmp))


if __name__ == "__main__":
    main()
