"""Talk rooms (issue 27): 3 rooms, 6 door stations, 2 entrance desks on one base.

1,500 entries and exits in 10 minutes of the day, compressed (``--speed``, default 10: the
10 minutes in 60 s): each door station is a process calling ``record_room_scan`` at its
scans' times (an entry door and an exit door per room), two entrance desks admit the late
comers meanwhile with ``record_scan``, and another station reads the rooms' counts as the
door's display does (every ``room_mode.POLL_MS``), each read in one transaction with the
last scan it includes.  Then it checks and prints:

* every door scan replayed in commit order against the truth: each decision made on the
  room's true count, the count written equal to the truth, never over capacity, nobody
  inside two rooms at once; the final counts equal the open presences;
* every count the display read equal to the truth after the scans it included;
* a scan's answer at the door (decision + committed write): median, p95;
* how long after a door's commit the display showed it (median, p95, max).

Asserts nothing about time; the correctness checks raise if they fail.

python benchmarks/bench_rooms.py [--speed 10] [--scans 1500] [--postgres]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import print_table  # noqa: E402

MINUTES = 10
CAPACITIES = (("Amphi", 120), ("Salle 2", 60), ("Atelier", 25))
PEOPLE, LATE = 900, 100  # registered; admitted by the desks during the run


def _seed(url: str):
    from itday.db.engine import Database
    from itday.db.types import utcnow
    from tests.rooms_helpers import seed

    db = Database.open(url)
    t0 = utcnow().replace(microsecond=0)
    event_id, rooms, admitted, late = seed(
        db, admitted=PEOPLE - LATE, not_admitted=LATE,
        capacities=tuple(c for _, c in CAPACITIES), t0=t0 - dt.timedelta(minutes=30),
        minutes=600,
    )  # fmt: skip
    db.dispose()
    names = dict(zip(("Amphi A", "Salle B", "Atelier C"), (n for n, _ in CAPACITIES), strict=True))
    return event_id, {names[k]: v for k, v in rooms.items()}, admitted, late, t0


def plan(rooms: dict[str, int], admitted, late, scans: int, seed: int = 27):
    """Each door's scans: (second of the 10 minutes, code); people walk in, some walk out,
    some go to another room."""
    rng = random.Random(seed)
    doors = {(rid, ex): [] for rid in rooms.values() for ex in (False, True)}
    people = admitted + late
    total = 0
    window = MINUTES * 60
    while total < scans:
        code = rng.choice(people)
        t = rng.uniform(0, window * 0.9)
        for _ in range(rng.choice((1, 1, 2, 3))):  # visits of this person
            room = rng.choice(list(rooms.values()))
            doors[(room, False)].append((t, code))
            total += 1
            t += rng.uniform(20, 200)
            if t < window and rng.random() < 0.6:
                doors[(room, True)].append((t, code))
                total += 1
                t += rng.uniform(5, 30)
            if t >= window or total >= scans:
                break
    return {k: sorted(v) for k, v in doors.items()}


def _door(url, event_id, room_id, exit_, schedule, t0, speed, station, start, out) -> None:
    from itday.db.engine import Database
    from itday.services.rooms import record_room_scan

    db = Database.open(url)
    with db.session() as s:
        s.connection()  # connected before the start signal
    out.put("ready")
    start.wait()
    began = time.time()
    answers, commits = [], {}
    for second, code in schedule:
        delay = began + second / speed - time.time()
        if delay > 0:
            time.sleep(delay)
        uid = str(uuid.uuid4())
        t = time.perf_counter()
        with db.session() as s:
            record_room_scan(s, event_id, code, room_id, station, exit=exit_, uid=uid,
                             scanned_at=t0 + dt.timedelta(seconds=second))  # fmt: skip
        answers.append(time.perf_counter() - t)
        commits[uid] = time.time()
    db.dispose()
    out.put((answers, commits))


def _desk(url, event_id, schedule, speed, station, start, out) -> None:
    from itday.db.engine import Database
    from itday.services.checkin import record_scan

    db = Database.open(url)
    out.put("ready")
    start.wait()
    began = time.time()
    for second, code in schedule:
        delay = began + second / speed - time.time()
        if delay > 0:
            time.sleep(delay)
        with db.session() as s:
            record_scan(s, event_id, code, station)
    db.dispose()
    out.put(None)


def _display(url, event_id, t0, speed, poll_s, stop, start, out) -> None:
    """Another station reading the counts as the door's display does."""
    from sqlalchemy import func
    from sqlmodel import select

    from itday.db.engine import Database
    from itday.db.models import RoomScan
    from itday.services.rooms import occupancy

    db = Database.open(url)
    out.put("ready")
    start.wait()
    began = time.time()
    reads = []
    while not stop.is_set():
        with db.session() as s:
            conn = s.connection()
            if conn.dialect.name == "sqlite":  # one snapshot for the two reads
                conn.exec_driver_sql("BEGIN")
            else:  # (READ COMMITTED would give each statement its own)
                conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            last = s.exec(select(func.max(RoomScan.id))).one() or 0
            sim = t0 + dt.timedelta(seconds=(time.time() - began) * speed)
            counts = {r["room_id"]: r["inside"] for r in occupancy(s, event_id, sim)}
            s.rollback()
        reads.append((time.time(), last, counts))
        time.sleep(poll_s)
    db.dispose()
    out.put(reads)


def _check(url, event_id, rooms, capacities, reads, commits):
    """The replay against the truth (raises if wrong); (visibility latencies, log size)."""
    from sqlmodel import select

    from itday.db import rooms as db_rooms
    from itday.db.engine import Database
    from itday.db.models import RoomPresence, RoomScan

    db = Database.open(url)
    with db.session() as s:
        log = s.exec(select(RoomScan).order_by(RoomScan.id)).all()
        presences = s.exec(select(RoomPresence)).all()
        final = {rid: db_rooms.inside(rid, session=s) for rid in rooms.values()}
    db.dispose()
    where, count = {}, dict.fromkeys(rooms.values(), 0)
    truth_after = {0: dict(count)}
    results: dict[str, int] = {}
    for row in log:
        here = where.get(row.attendee_id) == row.room_id
        if row.result == "admitted":
            assert not here and count[row.room_id] < capacities[row.room_id], row
            if row.attendee_id in where:
                count[where[row.attendee_id]] -= 1
            where[row.attendee_id] = row.room_id
            count[row.room_id] += 1
        elif row.result == "exited":
            assert here, row
            del where[row.attendee_id]
            count[row.room_id] -= 1
        elif row.result in ("already_inside",):
            assert here, row
        elif row.result == "not_inside":
            assert not here, row
        elif row.result == "full":
            assert count[row.room_id] >= capacities[row.room_id], row
        assert row.inside == count[row.room_id], row
        truth_after[row.id] = dict(count)
        results[row.result] = results.get(row.result, 0) + 1
    assert final == count, (final, count)
    open_ = [p.attendee_id for p in presences if p.exited_at is None]
    assert len(open_) == len(set(open_)), "someone inside two rooms"
    ids = sorted(truth_after)
    for _when, last, counts in reads:  # each read: the truth after the scans it included
        upto = max(i for i in ids if i <= last)
        assert counts == truth_after[upto], (last, counts, truth_after[upto])
    seen = []
    by_uid = {row.uid: row.id for row in log}
    for uid, committed in commits.items():
        shown = next((w for w, last, _ in reads if last >= by_uid[uid] and w >= committed), None)
        if shown is not None:
            seen.append(shown - committed)
    return seen, len(log), results


def run(url: str, scans: int, speed: float):
    from itday.ui.checkin.room_mode import POLL_MS

    event_id, rooms, admitted, late, t0 = _seed(url)
    capacities = {rooms[n]: c for n, c in CAPACITIES}
    doors = plan(rooms, admitted, late, scans)
    rng = random.Random(5)
    desk_plans = [[], []]
    for i, code in enumerate(late):
        desk_plans[i % 2].append((rng.uniform(0, MINUTES * 60 * 0.6), code))
    ctx = mp.get_context("spawn")
    start, stop, out = ctx.Event(), ctx.Event(), ctx.Queue()
    procs = []
    for i, ((room_id, exit_), schedule) in enumerate(doors.items()):
        args = (url, event_id, room_id, exit_, schedule, t0, speed, f"Porte {i + 1}", start, out)
        procs.append(ctx.Process(target=_door, args=args))
    for i, schedule in enumerate(desk_plans):
        desk_args = (url, event_id, sorted(schedule), speed, f"Accueil {i + 1}", start, out)
        procs.append(ctx.Process(target=_desk, args=desk_args))
    display_out = ctx.Queue()
    display_args = (url, event_id, t0, speed, POLL_MS / 1000, stop, start, display_out)
    display = ctx.Process(target=_display, args=display_args)
    for p in [*procs, display]:
        p.start()
    for _ in procs:
        assert out.get(timeout=180) == "ready"
    assert display_out.get(timeout=180) == "ready"
    t_start = time.perf_counter()
    start.set()
    done = [out.get(timeout=3600) for _ in procs]
    wall = time.perf_counter() - t_start
    time.sleep(2 * POLL_MS / 1000)  # the display's last reads
    stop.set()
    reads = display_out.get(timeout=120)
    for p in [*procs, display]:
        p.join()
    answers = sorted(a for d in done if d for a in d[0])
    commits = {uid: c for d in done if d for uid, c in d[1].items()}
    seen, logged, results = _check(url, event_id, rooms, capacities, reads, commits)
    seen.sort()
    return {
        "wall": wall,
        "scans": logged,
        "results": results,
        "answer_median": statistics.median(answers) * 1000,
        "answer_p95": answers[int(0.95 * (len(answers) - 1))] * 1000,
        "seen_median": statistics.median(seen) * 1000,
        "seen_p95": seen[int(0.95 * (len(seen) - 1))] * 1000,
        "seen_max": seen[-1] * 1000,
        "reads": len(reads),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speed", type=float, default=10.0, help="simulated seconds a second")
    parser.add_argument("--scans", type=int, default=1500, help="door scans in the 10 minutes")
    parser.add_argument("--postgres", action="store_true", help="also on a throwaway PostgreSQL")
    args = parser.parse_args(argv if argv is not None else [])
    runs = []
    with tempfile.TemporaryDirectory(prefix="itday-bench-") as tmp:
        runs.append(("SQLite file", run("sqlite:///" + str(Path(tmp) / "rooms.sqlite"),
                                        args.scans, args.speed)))  # fmt: skip
        if args.postgres:
            from tests.fault.pg import PgCluster

            cluster = PgCluster.create(durable=True)
            try:
                runs.append(("PostgreSQL", run(cluster.fresh_database("rooms"), args.scans,
                                               args.speed)))  # fmt: skip
            finally:
                cluster.destroy()
    for name, r in runs:
        results = ", ".join(f"{k} {v}" for k, v in sorted(r["results"].items()))
        print(f"\n{name}: {r['scans']} door scans in {r['wall']:.0f} s ({results}); "
              f"{r['reads']} reads by the display, each equal to the truth")  # fmt: skip
        print_table(
            f"Talk rooms, {name}: 6 doors + 2 desks, 10 minutes at ×{args.speed:g}",
            [
                ("counts = truth, nobody in two rooms", "yes", "every scan, every read"),
                ("door answer median / p95",
                 f"{r['answer_median']:.0f} / {r['answer_p95']:.0f} ms", "p95 ≤ 50 ms"),
                ("seen by the display median / p95",
                 f"{r['seen_median']:.0f} / {r['seen_p95']:.0f} ms", "≤ 1000 ms"),
                ("seen by the display, worst", f"{r['seen_max']:.0f} ms", "≤ 1000 ms"),
            ],
        )  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
