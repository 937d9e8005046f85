"""What the WAL guard and the fold cost (issues 13.2, 23.2, 23.5).

    python -m benchmarks.bench_wal_guard [--scans 400]

``Database.session`` compares the WAL's identity (``os.stat``) before each unit of work and
each commit, and every commit is followed by a passive checkpoint (the commit's pages written
into the main file, so that the ``.sqlite`` alone is the whole base).  Times ``record_scan``
through ``DirectRecorder`` (a committed first admission, SQLite WAL, synchronous=FULL) on the
demo edition with the fold and with it switched off, alternating, and the identity check
alone.  Prints medians; asserts nothing about time.
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
    from itday.services.pipeline import DirectRecorder

    with tempfile.TemporaryDirectory() as tmp:
        db, event_id = demo_database(Path(tmp))
        with db.session() as s:
            rows = repo.attendee_rows(event_id, session=s)
        codes = [r["code"] for r in rows if not r["checked_in_at"] and not r["cancelled"]]
        codes = codes[: 2 * args.scans]
        recorder = DirectRecorder(db, event_id, "bench")
        folded, bare = [], []
        fold = db._fold
        for i, code in enumerate(codes):
            off = i % 2 == 1
            db._fold = (lambda _conn: None) if off else fold
            start = time.perf_counter()
            recorder.scan(code)
            (bare if off else folded).append((time.perf_counter() - start) * 1000.0)
        db._fold = fold
        alone = []
        for _ in range(5000):
            start = time.perf_counter()
            db.wal_is_ours()
            alone.append((time.perf_counter() - start) * 1e6)
        db.close()
    f, b = statistics.median(folded), statistics.median(bare)
    print_table(
        f"WAL guard and fold, {len(folded)} + {len(bare)} first admissions (demo, SQLite)",
        [
            ("scan with the fold", f"{f:.3f} ms", "median"),
            ("scan without", f"{b:.3f} ms", "median"),
            ("ratio", f"{f / b:.3f}", "with / without"),
            ("the WAL check alone", f"{statistics.median(alone):.1f} µs", "median of 5000"),
        ],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
