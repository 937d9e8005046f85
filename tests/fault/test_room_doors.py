"""Six talk-room doors and two entrance desks writing at once (issue 27): real processes.

Three rooms, each with an entry door (``itday checkin - --room R``) and an exit door
(``--exit``), and two entrance desks admitting people meanwhile, all on one base.  Every
door scan is then replayed, in the order the base committed them, against the truth kept
here: each door decided on the room's true count (never over capacity, « full » only when
it was full, « already inside » only when the person was), the count it wrote is the
truth, nobody was ever inside two rooms, and the final counts are the open presences.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess

import pytest

from tests.fault.conftest import ROOT, station_cmd, station_env
from tests.rooms_helpers import seed

CAPACITIES = {"Amphi A": 14, "Salle B": 10, "Atelier C": 6}
SCANS_PER_DOOR = 150


def _start(url: str, station: str, extra: list[str], out) -> subprocess.Popen:
    return subprocess.Popen(
        [*station_cmd(url, station), *extra],
        stdin=subprocess.PIPE,
        stdout=out,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=station_env(),
        cwd=ROOT,
    )


def _seed(url: str):
    from itday.db.engine import Database
    from itday.db.types import utcnow

    db = Database.open(url)
    t0 = utcnow() - dt.timedelta(minutes=5)
    caps = tuple(CAPACITIES.values())
    event_id, rooms, admitted, waiting = seed(
        db, admitted=45, not_admitted=15, capacities=caps, t0=t0, minutes=600
    )
    db.dispose()
    return event_id, rooms, admitted, waiting


def _run(url: str, tmp_path, rooms, admitted, waiting) -> list[list[dict]]:
    rng = random.Random(27)
    people = admitted + waiting
    procs, outs, sent = [], [], []
    for name in rooms:
        for exit_ in (False, True):
            extra = ["--room", name] + (["--exit"] if exit_ else [])
            codes = [rng.choice(people) for _ in range(SCANS_PER_DOOR)]
            sent.append(codes)
            out = (tmp_path / f"{name}-{exit_}.jsonl").open("w+", encoding="utf-8")
            outs.append(out)
            procs.append(_start(url, f"Porte {name}{' sortie' if exit_ else ''}", extra, out))
    for i in range(2):  # the entrance desks admit 10 late comers meanwhile (5 never come)
        codes = waiting[i:10:2] + rng.sample(admitted, 10)
        out = (tmp_path / f"desk{i}.jsonl").open("w+", encoding="utf-8")
        outs.append(out)
        procs.append(_start(url, f"Accueil {i + 1}", [], out))
        sent.append(codes)
    for proc, codes in zip(procs, sent, strict=True):
        proc.stdin.write("".join(c + "\n" for c in codes))
        proc.stdin.close()
    printed = []
    for proc, out in zip(procs, outs, strict=True):
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
        proc.stderr.close()
        out.seek(0)
        printed.append([json.loads(line) for line in out.read().splitlines()])
        out.close()
    return sent[:6], printed[:6]


def _check(url: str, rooms: dict[str, int], sent, printed, never: set[str]) -> None:
    from sqlmodel import select

    from itday.db import rooms as db_rooms
    from itday.db.engine import Database
    from itday.db.models import RoomPresence, RoomScan

    for codes, lines in zip(sent, printed, strict=True):
        assert [line["code"] for line in lines] == codes  # one committed line per scan
    capacity = {rooms[n]: c for n, c in CAPACITIES.items()}
    db = Database.open(url)
    try:
        with db.session() as s:
            log = s.exec(select(RoomScan).order_by(RoomScan.id)).all()
            presences = s.exec(select(RoomPresence)).all()
            final = {rid: db_rooms.inside(rid, session=s) for rid in capacity}
    finally:
        db.dispose()
    assert len(log) == sum(len(c) for c in sent)  # every door scan logged
    where: dict[int, int] = {}  # the truth: person → room
    count = dict.fromkeys(capacity, 0)
    seen = set()
    for row in log:  # in commit order (the doors' transactions never interleave)
        here = where.get(row.attendee_id) == row.room_id
        if row.result == "admitted":
            assert not here and count[row.room_id] < capacity[row.room_id]
            if row.attendee_id in where:
                count[where[row.attendee_id]] -= 1
            where[row.attendee_id] = row.room_id
            count[row.room_id] += 1
        elif row.result == "exited":
            assert here
            del where[row.attendee_id]
            count[row.room_id] -= 1
        elif row.result == "already_inside":
            assert here
        elif row.result == "not_inside":
            assert not here
        elif row.result == "full":
            assert not here and count[row.room_id] >= capacity[row.room_id]
        else:
            assert row.result == "not_admitted", row.result
        if row.code in never and row.direction == "entry":
            assert row.result == "not_admitted"
        assert row.inside == count[row.room_id], row  # the count written is the truth
        assert count[row.room_id] <= capacity[row.room_id]
        seen.add(row.result)
    assert {"admitted", "exited", "full", "already_inside", "not_admitted"} <= seen
    assert final == count  # the base's count now is the truth
    open_ = [p for p in presences if p.exited_at is None]
    assert len({p.attendee_id for p in open_}) == len(open_)  # nobody inside two rooms now
    by_person: dict[int, list] = {}
    for p in presences:  # ... nor ever: each person's stays never overlap
        by_person.setdefault(p.attendee_id, []).append(p)
    for stays in by_person.values():
        stays.sort(key=lambda p: p.entered_at)
        for a, b in zip(stays, stays[1:], strict=False):
            assert a.exited_at is not None and a.exited_at <= b.entered_at
    assert all(not p.override for p in presences)


@pytest.mark.slow
def test_six_doors_and_two_desks_on_one_sqlite_file(tmp_path):
    url = "sqlite:///" + str(tmp_path / "rooms.sqlite")
    _event, rooms, admitted, waiting = _seed(url)
    sent, printed = _run(url, tmp_path, rooms, admitted, waiting)
    _check(url, rooms, sent, printed, set(waiting[10:]))


@pytest.mark.slow
@pytest.mark.postgres
def test_six_doors_and_two_desks_on_postgresql(fresh_pg_url, tmp_path):
    _event, rooms, admitted, waiting = _seed(fresh_pg_url)
    sent, printed = _run(fresh_pg_url, tmp_path, rooms, admitted, waiting)
    _check(fresh_pg_url, rooms, sent, printed, set(waiting[10:]))
