"""What the hall saw at the Occitanie scale (issue 26): 3,000 visitors, 240 stands, 20,000
leads and 3,000 entrance scans.

Measures, on a database built for the run: reading the leads out of SQLite, the plan's
« par visites » counts for a new one-hour window (what the time slider asks at each step),
the day's flows (reach, busiest hours, occupancy), and every exhibitor's report (240 PDFs,
once, as the Exposants page and ``itday exhibitor-report`` write them).  Prints medians;
asserts nothing about time.

Run from the repository root:  python -m benchmarks.bench_visits
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import measure, median_ms, print_table  # noqa: E402

TZ = ZoneInfo("Europe/Paris")
VISITORS, STANDS, LEADS = 3000, 240, 20_000


def build(path: Path, seed: int = 26) -> int:
    """A database holding one edition of the Occitanie scale; returns its id."""
    from itday.core import badge
    from itday.db import models as m
    from itday.db import repo
    from itday.db.engine import Database

    rng = random.Random(seed)
    db = Database.open(path)
    day = dt.date(2027, 6, 24)
    with db.session() as s:
        event = repo.create_event("Occitanie Tech Day", day, "Diagora", session=s)
        exhibitors = [
            m.Exhibitor(event_id=event.id, name=f"Exposant {i:03d}") for i in range(STANDS)
        ]
        s.add_all(exhibitors)
        s.flush()
        from itday.services.demo import demo_hall_and_booths

        hall, elements, booths = demo_hall_and_booths(2017)  # Diagora's hall, 99 booths
        hall_row = m.Hall(event_id=event.id, **hall)
        s.add(hall_row)
        s.flush()
        s.add_all(m.HallElement(hall_id=hall_row.id, **e) for e in elements)
        s.add_all(
            m.Booth(event_id=event.id, exhibitor_id=ex.id, **spec)
            for ex, spec in zip(exhibitors, booths, strict=False)
        )
        opens = dt.datetime.combine(day, dt.time(9), TZ).astimezone(dt.UTC)
        people = []
        for i in range(VISITORS):
            arrived = opens + dt.timedelta(minutes=rng.uniform(0, 420))
            people.append(
                m.Attendee(
                    event_id=event.id,
                    first_name=f"P{i}",
                    code=badge.code_from_seed(rng),
                    checked_in_at=arrived,
                    sector=rng.choice(["Industrie", "Santé", "Services numériques", ""]),
                )
            )
        s.add_all(people)
        s.flush()
        weights = [rng.lognormvariate(0, 0.6) for _ in exhibitors]
        seen: set[tuple[int, int]] = set()
        leads = []
        while len(leads) < LEADS:
            p = rng.choice(people)
            ex = rng.choices(exhibitors, weights=weights)[0]
            if (ex.id, p.id) in seen:
                continue
            seen.add((ex.id, p.id))
            at = p.checked_in_at + dt.timedelta(minutes=rng.uniform(5, 120))
            leads.append(
                m.Lead(
                    event_id=event.id,
                    exhibitor_id=ex.id,
                    attendee_id=p.id,
                    first_scan_at=at,
                    last_scan_at=at,
                    rating=rng.choice(["hot", "warm", "cold", None]),
                )
            )
        s.add_all(leads)
        s.commit()
        return event.id


def main() -> None:
    from itday.core import visits as v
    from itday.db import visits as dv
    from itday.db.engine import Database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "occitanie.sqlite"
        event_id = build(path)
        db = Database.open(path, readonly=True)
        with db.session() as s:
            read = measure(lambda: dv.meetings(event_id, session=s), repeat=5)
            meetings = dv.meetings(event_id, session=s)
            arrivals = dv.arrivals(event_id, session=s)
        index = v.VisitIndex(meetings)
        start, end = index.span
        windows = []
        moment = start
        while moment < end:  # the slider's steps: one-hour windows every 5 minutes
            windows.append((moment, moment + dt.timedelta(hours=1)))
            moment += dt.timedelta(minutes=5)
        per_window = []
        for a, b in windows:
            per_window += measure(lambda a=a, b=b: index.counts(a, b), repeat=1, warmup=0)
        build_index = measure(lambda: v.VisitIndex(meetings), repeat=5)
        whole_day = measure(lambda: index.counts(), repeat=5)
        flows = measure(
            lambda: (
                v.reach(meetings, arrivals),
                v.busiest_hour(meetings, TZ),
                v.occupancy(arrivals.values(), [], start, end),
            ),
            repeat=5,
        )
        from itday.services.stand_reports import write_stand_reports

        rw = Database.open(path)
        reports = measure(
            lambda: write_stand_reports(rw, event_id, Path(tmp) / "rapports"),
            repeat=1,
            warmup=0,
        )
        per_window.sort()
        p95 = per_window[int(0.95 * (len(per_window) - 1))] * 1000
        print_table(
            f"Visits at the Occitanie scale ({VISITORS} visitors, {STANDS} stands, "
            f"{len(meetings)} leads)",
            [
                ("read the leads from SQLite", f"{median_ms(read):.1f} ms", ""),
                ("index the leads (once per colouring)", f"{median_ms(build_index):.1f} ms", ""),
                ("counts, whole day", f"{median_ms(whole_day):.1f} ms", ""),
                (
                    f"counts, a new 1-hour window (median of {len(windows)})",
                    f"{median_ms(per_window):.2f} ms",
                    "≤ 100 ms",
                ),
                ("counts, a new 1-hour window (p95)", f"{p95:.2f} ms", "≤ 100 ms"),
                ("reach + busiest hours + occupancy", f"{median_ms(flows):.1f} ms", ""),
                (f"all {STANDS} exhibitors' reports (PDF)", f"{reports[0]:.1f} s", "≤ 60 s"),
            ],
        )


if __name__ == "__main__":
    main()
