"""``kill -9`` of a station in the middle of 1,000 scans loses nothing it showed as done."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess

import pytest

from tests.fault.conftest import Seeded, scan_rows, start_station, station_cmd, station_env

SCANS = 1000
KILL_AFTER = 400


def _kill_mid_run(url: str, codes: list[str], **kw) -> list[dict]:
    proc = start_station(url, "Accueil K", **kw)
    proc.stdin.write("".join(c + "\n" for c in codes))
    proc.stdin.close()
    printed = [json.loads(proc.stdout.readline()) for _ in range(KILL_AFTER)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # lines already in the pipe were shown too; a torn last line was not
    for line in proc.stdout.read().splitlines(keepends=True):
        if line.endswith("\n"):
            printed.append(json.loads(line))
    proc.stdout.close()
    proc.stderr.close()
    assert KILL_AFTER <= len(printed) < SCANS, "the station must die mid-run"
    return printed


def _integrity(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_9_plain_station_keeps_every_printed_scan(tmp_path):
    path = tmp_path / "shared.sqlite"
    url = "sqlite:///" + str(path)
    seeded = Seeded(url)
    codes = seeded.stream(SCANS, seed=7)
    printed = _kill_mid_run(url, codes)
    rows = scan_rows(url)  # reopening = the restart: SQLite recovers its WAL
    logged = [(r["code"], r["scanned_at"].isoformat()) for r in rows]
    shown = [(p["code"], p["scanned_at"]) for p in printed]
    assert logged[: len(shown)] == shown  # every shown scan, in order
    assert len(rows) - len(shown) <= 1  # at most the one committed while being printed
    assert [p["code"] for p in printed] == codes[: len(printed)]
    assert _integrity(path) == "ok"


@pytest.mark.slow
def test_kill_9_resilient_station_then_restart(tmp_path):
    path = tmp_path / "shared.sqlite"
    url = "sqlite:///" + str(path)
    seeded = Seeded(url)
    codes = seeded.stream(SCANS, seed=8)
    offline = tmp_path / "offline"
    printed = _kill_mid_run(url, codes, offline_dir=offline)
    # restart the station: it opens its journal again and sends what is waiting
    restart = subprocess.run(
        station_cmd(url, "Accueil K", offline_dir=offline),
        input="",
        capture_output=True,
        text=True,
        env=station_env(),
        timeout=120,
    )
    assert restart.returncode == 0, restart.stderr
    uids = {r["uid"] for r in scan_rows(url)}
    assert {p["uid"] for p in printed} <= uids
    assert _integrity(path) == "ok"
    (journal,) = offline.glob("station-*.sqlite")
    assert _integrity(journal) == "ok"
