"""Several desks on one database: scans per second and p95 decision-plus-write latency.

Each station is a separate process calling ``record_scan`` (the decision and its write,
one committed transaction per scan) on overlapping badges, all started together; for 1
and 4 stations, on one SQLite file and on PostgreSQL (a throwaway cluster on 127.0.0.1,
skipped when the server programs are missing).  Also: one station deciding offline on its
local copy and journal.  Prints a table; asserts nothing about time.

python benchmarks/bench_stations.py [--scans N]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import print_table  # noqa: E402

SCANS = 400  # per station


def _worker(url: str, event_id: int, codes: list[str], station: str, start, out) -> None:
    from itday.db.engine import Database
    from itday.services.checkin import record_scan

    db = Database.open(url)
    latencies = []
    with db.session() as s:
        record_scan(s, event_id, "warm-up", station)  # connect before the start signal
        out.put("ready")
        start.wait()
        t0 = time.perf_counter()
        for code in codes:
            t = time.perf_counter()
            record_scan(s, event_id, code, station)
            latencies.append(time.perf_counter() - t)
        wall = time.perf_counter() - t0
    db.dispose()
    out.put((wall, latencies))


def run(url: str, stations: int, scans: int) -> tuple[float, float, float]:
    """(scans per second overall, p95 ms, median ms)."""
    from tests.fault.conftest import Seeded

    seeded = Seeded(url, valid=800, cancelled=20)
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(
            target=_worker,
            args=(url, seeded.event_id, seeded.stream(scans, 50 + i), f"B{i}", start, out),
        )
        for i in range(stations)
    ]
    for p in procs:
        p.start()
    for _ in procs:  # every process has imported and connected
        assert out.get(timeout=120) == "ready"
    t0 = time.perf_counter()
    start.set()
    results = [out.get(timeout=600) for _ in procs]
    wall = time.perf_counter() - t0
    for p in procs:
        p.join()
    latencies = sorted(x for _, lat in results for x in lat)
    p95 = latencies[int(0.95 * (len(latencies) - 1))] * 1000
    return stations * scans / wall, p95, statistics.median(latencies) * 1000


def run_offline(tmp: Path, scans: int) -> tuple[float, float, float]:
    from itday.services.station import ResilientRecorder
    from tests.fault.conftest import Seeded

    url = "sqlite:///" + str(tmp / "offline-shared.sqlite")
    seeded = Seeded(url, valid=800, cancelled=20)
    rec = ResilientRecorder(url, "O1", tmp / "offline", background=False).start()
    rec._online = False  # decide on the local copy, write to the journal
    latencies = []
    t0 = time.perf_counter()
    for code in seeded.stream(scans, 77):
        t = time.perf_counter()
        rec.scan(code)
        latencies.append(time.perf_counter() - t)
    wall = time.perf_counter() - t0
    rec._online = True
    t1 = time.perf_counter()
    rec.replay()
    replay = time.perf_counter() - t1
    rec.close()
    latencies.sort()
    print(f"(replay of {scans} journal entries to SQLite: {replay:.2f} s)")
    return (
        scans / wall,
        latencies[int(0.95 * (len(latencies) - 1))] * 1000,
        statistics.median(latencies) * 1000,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=SCANS, help="scans per station")
    args = parser.parse_args(argv if argv is not None else [])
    rows = []
    with tempfile.TemporaryDirectory(prefix="itday-bench-") as tmp:
        tmp = Path(tmp)
        for n in (1, 4):
            url = "sqlite:///" + str(tmp / f"shared{n}.sqlite")
            rate, p95, med = run(url, n, args.scans)
            rows.append((f"SQLite file, {n} station(s)", rate, p95, med))
        cluster = None
        try:
            from tests.fault.pg import PgCluster, find_bin

            if find_bin() is None:
                print("PostgreSQL server programs not found: PostgreSQL rows skipped")
            else:
                cluster = PgCluster.create(durable=True)
                for n in (1, 4):
                    url = cluster.fresh_database(f"bench{n}")
                    rate, p95, med = run(url, n, args.scans)
                    rows.append((f"PostgreSQL 127.0.0.1, {n} station(s)", rate, p95, med))
        finally:
            if cluster is not None:
                cluster.destroy()
        rate, p95, med = run_offline(tmp, args.scans)
        rows.append(("offline: local copy + journal", rate, p95, med))
    print_table(
        f"Check-in stations ({args.scans} scans per station, decision + committed write)",
        [
            (what, f"{rate:7.0f} scans/s", f"p95 {p95:6.1f} ms, median {med:5.1f} ms")
            for what, rate, p95, med in rows
        ],
    )
    print("PostgreSQL: local throwaway cluster with fsync=on, synchronous_commit=on.")


if __name__ == "__main__":
    main(sys.argv[1:])
