"""Issue 23.5: two real desks on one SQLite file, and another program deletes its -wal/-shm.

Desk A keeps running across the deletion; desk B either keeps running too, or is restarted
after it (a clerk relaunches the desk) and so starts on a new WAL.  Each desk is a real ``itday checkin -`` process
whose JSON line is printed only once its scan is committed.  Counted at the end: every
acknowledged scan is in the base, nobody was acknowledged « admitted » twice, and desk A,
whose WAL was taken away, said so in one line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections import Counter

import pytest

from tests.fault.conftest import Seeded, read_json_line, start_station


@pytest.fixture
def seeded(tmp_path):
    return Seeded("sqlite:///" + str(tmp_path / "shared.sqlite"), valid=60, cancelled=2)


@pytest.mark.parametrize("restart_b", [True, False], ids=["b-relaunched", "b-kept"])
def test_two_desks_lose_nothing_and_admit_nobody_twice_when_the_wal_is_deleted(
    seeded, tmp_path, restart_b
):
    path = tmp_path / "shared.sqlite"
    people = seeded.valid
    acks: list[tuple[str, dict]] = []

    def scan(desk: subprocess.Popen, station: str, code: str) -> None:
        desk.stdin.write(code + "\n")
        desk.stdin.flush()
        acks.append((station, read_json_line(desk)))

    a = start_station(seeded.url, "A")
    b = start_station(seeded.url, "B")
    errors = {}
    try:
        for i in range(20):
            scan(a, "A", people[i])
            scan(b, "B", people[20 + i])
        # a cleaner, an indexer: another program deletes the WAL and its index
        subprocess.run(
            [sys.executable, "-c",
             f"import os; os.unlink({str(path)!r} + '-wal'); os.unlink({str(path)!r} + '-shm')"],
            check=True,
        )  # fmt: skip
        if restart_b:
            b.stdin.close()
            b.wait(timeout=60)
            errors["B"] = b.stderr.read()
            assert b.returncode == 0, errors["B"]
            b = start_station(seeded.url, "B")  # the desk relaunched, on a new WAL
        for i in range(20):
            scan(a, "A", people[20 + i])  # B's people, already in
            scan(b, "B", people[i])  # A's people, already in
        for i in range(40, 50):
            scan(a, "A", people[i])  # new arrivals at A, after the deletion
        for i in range(40, 50):
            scan(b, "B", people[i])  # the same people at B: already in
        a.stdin.close()
        a.wait(timeout=60)
        errors["A"] = a.stderr.read()
        for i in range(50, 55):
            scan(b, "B", people[i])
    finally:
        for desk in (a, b):
            if desk.stdin and not desk.stdin.closed:
                desk.stdin.close()
            desk.wait(timeout=60)
    errors["B2"] = b.stderr.read()
    assert a.returncode == 0 and b.returncode == 0, errors

    admitted = Counter(line["code"] for _station, line in acks if line["result"] == "admitted")
    assert max(admitted.values()) == 1  # nobody admitted twice
    assert set(admitted) == set(people[:55])  # and everybody once

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT station, code, result FROM scan").fetchall()
        checked = dict(
            conn.execute(
                "SELECT code, checked_in_station FROM attendee WHERE checked_in_at IS NOT NULL"
            ).fetchall()
        )
    finally:
        conn.close()
    acknowledged = Counter((station, line["code"], line["result"]) for station, line in acks)
    assert Counter(rows) == acknowledged  # every acknowledged scan is in the base, no other
    by_station = {line["code"]: s for s, line in acks if line["result"] == "admitted"}
    assert checked == by_station

    said = [line for line in errors["A"].splitlines() if line.strip()]
    assert len(said) == 1 and "supprimé par un autre programme" in said[0], errors["A"]
    said_b = [line for line in errors["B2"].splitlines() if line.strip()]
    assert len(said_b) == (0 if restart_b else 1), errors["B2"]  # its own WAL, if it was
    assert "Traceback" not in errors.get("B", "") + errors["B2"]
