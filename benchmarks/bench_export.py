"""Export and backup figures: export of the demo and of a 20,000-attendee edition, and the
latency of ``record_scan`` at 10 scans a second with and without backups being taken."""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.common import print_table

SCANS_PER_SECOND = 10
SECONDS = 12


def _export_ms(db, event_id, out: Path, anonymise: bool = False) -> tuple[float, dict]:
    from itday.services.export import export_edition

    t = time.perf_counter()
    result = export_edition(db, event_id, out, anonymise=anonymise)
    return (time.perf_counter() - t) * 1000, result.rows


def _latencies(db, event_id, codes: list[str], backup_folder: Path | None) -> tuple[list, int]:
    """record_scan at SCANS_PER_SECOND for SECONDS; backups in a loop meanwhile if asked."""
    from itday.services.backup import backup_now
    from itday.services.checkin import record_scan

    stop = threading.Event()
    copies = []

    def backups():
        while not stop.is_set():
            t = time.perf_counter()
            backup_now(db, backup_folder, keep=2)
            copies.append(time.perf_counter() - t)

    thread = None
    if backup_folder is not None:
        thread = threading.Thread(target=backups, daemon=True)
        thread.start()
    times = []
    period = 1 / SCANS_PER_SECOND
    start = time.perf_counter()
    with db.session() as s:
        for i, code in enumerate(codes[: SCANS_PER_SECOND * SECONDS]):
            due = start + i * period
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            t = time.perf_counter()
            record_scan(s, event_id, code, "bench")
            times.append((time.perf_counter() - t) * 1000)
    stop.set()
    if thread is not None:
        thread.join()
    return times, copies


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1]


def main() -> None:
    from benchmarks.bench_foundation import bigger_edition
    from itday.db import repo
    from itday.db.engine import Database
    from itday.services.demo import create_demo

    tmp = Path(tempfile.mkdtemp(prefix="itday-bench-export-"))
    rows = []
    db = Database.open(tmp / "demo.sqlite")
    with db.session() as s:
        event_id = create_demo(s).id
    ms, counts = _export_ms(db, event_id, tmp / "out-demo")
    rows.append((f"export demo ({counts['attendees']:,} attendees)", f"{ms:.0f} ms", "≤ 3 s"))
    ms, _ = _export_ms(db, event_id, tmp / "out-demo-anon", anonymise=True)
    rows.append(("export demo, anonymised", f"{ms:.0f} ms", "≤ 3 s"))

    bigger_edition(db, event_id, 20_000)
    with db.session() as s:
        n = len(repo.attendee_rows(event_id, session=s))
        codes = [
            a["code"]
            for a in repo.attendee_rows(event_id, session=s)
            if a["checked_in_at"] is None and not a["cancelled"]
        ]
    ms, counts = _export_ms(db, event_id, tmp / "out-20k")
    rows.append((f"export {n:,} attendees", f"{ms:.0f} ms", "≤ 30 s"))
    size = (tmp / "out-20k" / "itday.sqlite").stat().st_size / 1e6
    rows.append(("  of which database copy size", f"{size:.1f} MB", "—"))

    half = len(codes) // 2
    quiet, _ = _latencies(db, event_id, codes[:half], None)
    busy, copies = _latencies(db, event_id, codes[half:], tmp / "stick")
    rows += [
        (
            f"record_scan p50 / p95, {SCANS_PER_SECOND}/s, no backup",
            f"{statistics.median(quiet):.1f} / {_p(quiet, 95):.1f} ms",
            "≤ 50 ms p95",
        ),
        (
            f"record_scan p50 / p95, {SCANS_PER_SECOND}/s, backups non-stop",
            f"{statistics.median(busy):.1f} / {_p(busy, 95):.1f} ms",
            "same as without",
        ),
        ("record_scan max, no backup / backups", f"{max(quiet):.0f} / {max(busy):.0f} ms", "—"),
        (
            f"backups taken meanwhile ({n:,} attendees)",
            f"{len(copies)} × {statistics.median(copies) * 1000:.0f} ms",
            "—",
        ),
    ]
    print_table("Export and backup", rows)
    db.dispose()
    if os.environ.get("KEEP") is None:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
