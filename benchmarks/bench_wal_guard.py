"""What the WAL guard costs (issue 13.2): ``Database.session`` compares the WAL's identity
(``os.stat``) before each unit of work.

    python -m benchmarks.bench_wal_guard [--scans 400]

Times ``record_scan`` (a committed first admission, SQLite WAL, synchronous=FULL) on the demo
edition with the guard and with it switched off, alternating, and the check alone.  Prints
medians; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import demo_database, print_table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=400)
    args = parser.parse_args(argv)

    from itday.db import repo
    from itday.services.checkin import record_scan

    with tempfile.TemporaryDirectory() as tmp:
        db, event_id = demo_database(Path(tmp))
        with db.session() as s:
            rows = repo.attendee_rows(event_id, session=s)
        codes = [r["code"] for r in rows if not r["checked_in_at"] and not r["cancelled"]]
        codes = codes[: 2 * args.scans]
        guarded, bare = [], []
        check = db.check_wal
        for i, code in enumerate(codes):
            off = i % 2 == 1
            db.check_wal = (lambda: False) if off else check
            start = time.perf_counter()
            with db.session() as s:
                record_scan(s, event_id, code, "bench")
            (bare if off else guarded).append((time.perf_counter() - start) * 1000.0)
        db.check_wal = check
        alone = []
        for _ in range(5000):
            start = time.perf_counter()
            check()
            alone.append((time.perf_counter() - start) * 1e6)
        db.dispose()
    g, b = statistics.median(guarded), statistics.median(bare)
    print_table(
        f"WAL guard, {len(guarded)} + {len(bare)} first admissions (demo edition, SQLite)",
        [
            ("record_scan with the guard", f"{g:.3f} ms", "median"),
            ("record_scan without", f"{b:.3f} ms", "median"),
            ("ratio", f"{g / b:.3f}", "with / without"),
            ("the check alone", f"{statistics.median(alone):.1f} µs", "median of 5000"),
        ],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
