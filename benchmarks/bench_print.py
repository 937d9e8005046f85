"""Scan of a code → badge job accepted by the CUPS queue (issue 14, benchmark 1).

Starts a private CUPS server with the cups-pdf virtual printer (``tests/printing/cups.py``;
skipped with the reason when CUPS, cups-pdf or root is missing), fills a demo edition, then
for each code: ``record_scan`` (the admission, committed) → ``BadgePrintService.on_admission``
(the badge PDF rendered at 300 dpi, 54 × 90 mm, handed to CUPS over IPP) → the moment CUPS
answers with the job id.  Also: until cups-pdf has written the PDF (``printed``).

Three runs: one visitor at a time with the badge rendered on demand; the same with the
badges rendered in advance (``prefetch``); a burst of scans back to back (the queue busy
turning earlier badges into PDFs on the same two cores).  Prints medians and p95; asserts
nothing (shared machine).

    python benchmarks/bench_print.py [--scans 40]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.common import demo_database, print_table  # noqa: E402

TARGET_MS = 1000.0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


class TimedBackend:
    """The CUPS backend, noting when each job was accepted."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.kind = inner.kind
        self.accepted_at: dict[int, float] = {}

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def submit(self, printer, pdf, *, title, media=""):
        job = self.inner.submit(printer, pdf, title=title, media=media)
        self.accepted_at[job] = time.perf_counter()
        return job


def run(db, event_id, service, backend, codes, *, wait_each: bool):
    from itday.services.checkin import record_scan

    accepted, printed, started = [], [], []
    statuses = []
    for code in codes:
        t0 = time.perf_counter()
        with db.session() as session:
            outcome = record_scan(session, event_id, code, "Bench")
        status = service.on_admission(event_id, outcome)
        if status is None or status.job_id is None:
            raise RuntimeError(f"not sent: {status and status.message}")
        accepted.append((backend.accepted_at[status.job_id] - t0) * 1000)
        started.append(t0)
        statuses.append(status)
        if wait_each:
            done = service.wait(status, 30)
            if done.badge != "printed":
                raise RuntimeError(done.message)
            printed.append((time.perf_counter() - t0) * 1000)
    if not wait_each:
        for status in statuses:
            done = service.wait(status, 120)
            if done.badge != "printed":
                raise RuntimeError(done.message)
    return accepted, printed, started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=40, help="visitors per run")
    args = parser.parse_args(argv)

    from tests.printing.cups import CupsServer, missing

    why = missing()
    if why:
        print(f"skipped: no private CUPS server ({why})")
        return 0

    import os

    from itday.db import repo
    from itday.services.printing.badges import BadgePrintService, PrintSettings
    from itday.services.printing.cups import CupsBackend

    server = CupsServer.create(["bench-labels"])
    os.environ["CUPS_SERVER"] = server.server
    folder = Path(tempfile.mkdtemp(prefix="itday-bench-print-"))
    try:
        db, event_id = demo_database(folder)
        with db.session() as s:
            people = [
                r
                for r in repo.attendee_rows(event_id, session=s)
                if not r["checked_in_at"] and not r["cancelled"]
            ]
        n = args.scans
        if len(people) < 3 * n:
            raise SystemExit(f"only {len(people)} people waiting; ask for fewer --scans")
        groups = [people[i * n : (i + 1) * n] for i in range(3)]
        backend = TimedBackend(CupsBackend())
        settings = PrintSettings(printer="bench-labels", layout="label54x90", dpi=300)

        def service():
            made = BadgePrintService(db, backend, station="Bench", settings=settings)
            made.warm_up()  # what the desk does when it starts
            return made

        rows = []
        # 1. one visitor at a time, badge rendered on demand
        on_demand = service()
        accepted, printed, _ = run(
            db, event_id, on_demand, backend, [p["code"] for p in groups[0]], wait_each=True
        )
        render = []
        for p in groups[0][:10]:  # the render alone, for the record
            on_demand.close()
            on_demand.cache_dir.mkdir(parents=True, exist_ok=True)
            t = time.perf_counter()
            on_demand.badge_pdf(event_id, [p["id"]])
            render.append((time.perf_counter() - t) * 1000)
        on_demand.close()
        rows += [
            ("render one badge PDF (54×90, 300 dpi), median", f"{statistics.median(render):.0f} ms", ""),
            (f"scan → job accepted, one at a time, on demand, median (n={n})",
             f"{statistics.median(accepted):.0f} ms", ""),
            ("scan → job accepted, one at a time, on demand, p95",
             f"{p95(accepted):.0f} ms", f"≤ {TARGET_MS:.0f} ms"),
            ("scan → PDF written by the printer, median", f"{statistics.median(printed):.0f} ms", ""),
            ("scan → PDF written by the printer, p95", f"{p95(printed):.0f} ms", ""),
        ]  # fmt: skip

        # 2. the same, badges rendered in advance
        ahead = service()
        t = time.perf_counter()
        ahead.prefetch(event_id, [p["id"] for p in groups[1]])
        prefetch_s = time.perf_counter() - t
        accepted2, printed2, _ = run(
            db, event_id, ahead, backend, [p["code"] for p in groups[1]], wait_each=True
        )
        ahead.close()
        rows += [
            (f"render in advance, {n} badges", f"{prefetch_s:.1f} s", ""),
            ("scan → job accepted, rendered in advance, median",
             f"{statistics.median(accepted2):.0f} ms", ""),
            ("scan → job accepted, rendered in advance, p95",
             f"{p95(accepted2):.0f} ms", f"≤ {TARGET_MS:.0f} ms"),
            ("scan → PDF written, rendered in advance, p95", f"{p95(printed2):.0f} ms", ""),
        ]  # fmt: skip

        # 3. a burst: scans back to back while CUPS turns earlier badges into PDFs
        burst = service()
        t = time.perf_counter()
        accepted3, _, _ = run(
            db, event_id, burst, backend, [p["code"] for p in groups[2]], wait_each=False
        )
        all_out = time.perf_counter() - t
        burst.close()
        rows += [
            ("burst: scan → job accepted, p95", f"{p95(accepted3):.0f} ms",
             f"≤ {TARGET_MS:.0f} ms"),
            ("burst: badges out of the PDF printer per minute", f"{n / all_out * 60:.0f}", ""),
        ]  # fmt: skip
        print_table("badge printed on arrival through CUPS (cups-pdf)", rows)
        db.dispose()
    finally:
        server.destroy()
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
