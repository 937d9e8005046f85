"""Ticket codes: import of a ticketing export, and check-in by ticket code vs badge code.

    python -m benchmarks.bench_tickets [--people 900] [--scans 300]

1. Import of a Weezevent-style CSV (« Code-barres », two tickets for one person in ten).
2. ``record_scan`` on the demo edition (SQLite, WAL, synchronous=FULL): the same number of
   first admissions by badge code, by ticket code, by a ticket typed by a US-layout scanner
   on an AZERTY PC (``&é"'(`` for ``12345``), and unknown tickets.
3. The same on a station's offline local copy (``ResilientRecorder`` with the network gone).

Prints measured figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.common import demo_database, print_table

AZERTY = str.maketrans("1234567890", "&é\"'(-è_çà")


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def weezevent_csv(path: Path, people: int, seed: int) -> int:
    rng = random.Random(seed)
    lines = ["ID participant;Code-barres;Nom;Prénom;E-mail;Société;Tarif"]
    codes = 0
    for n in range(people):
        email = f"personne{n}@example.org"
        for _k in range(2 if rng.random() < 0.1 else 1):
            code = f"{rng.randrange(10**12, 10**13)}"
            lines.append(f"{n};{code};Nom{n};Prénom{n};{email};Société {n % 97};Visiteur")
            codes += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return codes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=900)
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)

    from sqlmodel import select

    from itday.db import repo
    from itday.db.engine import Database
    from itday.db.models import Attendee, AttendeeCode
    from itday.services.checkin import record_scan
    from itday.services.importer import import_visitors
    from itday.services.station import ResilientRecorder

    tmp = Path(tempfile.mkdtemp(prefix="itday-bench-tickets-"))
    try:
        # 1. import
        db, event_id = demo_database(tmp)
        csv_path = tmp / "weezevent.csv"
        ticket_count = weezevent_csv(csv_path, args.people, args.seed)
        empty = Database.open(tmp / "empty.sqlite")
        with empty.session() as s:
            target = repo.create_event("IT Day", dt.date(2017, 6, 29), session=s)
            s.commit()
            target_id = target.id
        t = time.perf_counter()
        with empty.session() as s:
            report = import_visitors(s, target_id, csv_path)
        first_import = time.perf_counter() - t
        t = time.perf_counter()
        with empty.session() as s:
            again = import_visitors(s, target_id, csv_path)
        re_import = time.perf_counter() - t
        empty.dispose()
        print_table(
            f"Import d'un export Weezevent ({args.people} personnes, {ticket_count} billets)",
            [
                ("people imported / tickets kept", f"{report.imported} / {report.tickets}", ""),
                ("first import", f"{first_import * 1000:.0f} ms", ""),
                ("re-import (matched by ticket)", f"{re_import * 1000:.0f} ms", ""),
                ("re-import: new / updated", f"{again.imported} / {again.updated}", "0 / 0"),
            ],
        )

        # 2. record_scan: badge vs ticket, on the demo edition with two tickets each
        rng = random.Random(args.seed)
        with db.session() as s:
            waiting = s.exec(
                select(Attendee.id, Attendee.code).where(
                    Attendee.event_id == event_id,
                    Attendee.checked_in_at.is_(None),  # type: ignore[union-attr]
                    Attendee.cancelled.is_(False),  # type: ignore[attr-defined]
                )
            ).all()
            tickets: dict[int, list[str]] = {}
            for attendee_id, _code in waiting:
                tickets[attendee_id] = [f"{rng.randrange(10**12, 10**13)}" for _ in range(2)]
                for code in tickets[attendee_id]:
                    s.add(AttendeeCode(event_id=event_id, attendee_id=attendee_id, code=code))
            s.commit()
            held = s.exec(select(AttendeeCode)).all()
        rng.shuffle(waiting)
        n = min(args.scans, len(waiting) // 5)  # two fifths stay for the offline copy
        groups = {
            "badge code": [code for _id, code in waiting[:n]],
            "ticket code": [tickets[i][0] for i, _c in waiting[n : 2 * n]],
            "ticket typed on AZERTY": [
                tickets[i][1].translate(AZERTY) for i, _c in waiting[2 * n : 3 * n]
            ],
            "unknown ticket": [f"9{rng.randrange(10**11, 10**12)}" for _ in range(n)],
        }
        times: dict[str, list[float]] = {label: [] for label in groups}
        results: dict[str, set[str]] = {label: set() for label in groups}
        with db.session() as s:
            for i in range(n):  # interleaved: the same database state for every kind
                for label, codes in groups.items():
                    t = time.perf_counter()
                    out = record_scan(s, event_id, codes[i], "Banc")
                    times[label].append((time.perf_counter() - t) * 1000)
                    results[label].add(out.result.value)
        rows = []
        for label in groups:
            rows.append((f"{label}: median", f"{pct(times[label], 50):.2f} ms", ""))
            rows.append((f"{label}: p95", f"{pct(times[label], 95):.2f} ms", ""))
            rows.append((f"{label}: results", ",".join(sorted(results[label])), ""))
        print_table(
            f"record_scan, SQLite ({len(held)} codes de billet, {n} scans of each kind)",
            rows,
        )

        # 3. the station's offline copy
        url = "sqlite:///" + str(tmp / "demo.sqlite")
        rec = ResilientRecorder(url, "Banc hors ligne", tmp / "offline", background=False)
        rec.start()
        rec._online = False  # the network is gone: decisions on the local copy
        with db.session() as s:
            fresh = s.exec(
                select(Attendee.id, Attendee.code).where(
                    Attendee.event_id == event_id,
                    Attendee.checked_in_at.is_(None),  # type: ignore[union-attr]
                    Attendee.cancelled.is_(False),  # type: ignore[attr-defined]
                )
            ).all()
        m = min(args.scans, len(fresh) // 2)
        kinds = {
            "badge code": [c for _i, c in fresh[:m]],
            "ticket code": [tickets[i][1] for i, _c in fresh[m : 2 * m]],
        }
        off_times: dict[str, list[float]] = {label: [] for label in kinds}
        seen: dict[str, set[str]] = {label: set() for label in kinds}
        for i in range(m):
            for label, codes in kinds.items():
                t = time.perf_counter()
                out = rec.scan(codes[i])
                off_times[label].append((time.perf_counter() - t) * 1000)
                seen[label].add(out.result.value)
        offline_rows = []
        for label in kinds:
            offline_rows.append((f"{label}: median", f"{pct(off_times[label], 50):.2f} ms", ""))
            offline_rows.append((f"{label}: p95", f"{pct(off_times[label], 95):.2f} ms", ""))
            offline_rows.append((f"{label}: results", ",".join(sorted(seen[label])), ""))
        rec.close(flush=False)
        print_table("Poste hors ligne : décision sur la copie locale + journal", offline_rows)
        db.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
