"""Four station processes scanning overlapping badges on one database.

Real subprocesses (``python -m itday checkin - --json``), 500 scans each, started
together.  Every badge must be admitted exactly once and every scan logged.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.fault.conftest import Seeded, checked_in, scan_rows, start_station

STATIONS = 4
SCANS = 500


def _run_four(url: str, seeded: Seeded, tmp_path, resilient: bool) -> list[list[dict]]:
    streams = [seeded.stream(SCANS, seed=100 + i) for i in range(STATIONS)]
    procs, outs = [], []
    for i in range(STATIONS):
        kw = {"offline_dir": tmp_path / f"off{i}"} if resilient else {}
        out = (tmp_path / f"station{i}.jsonl").open("w+", encoding="utf-8")
        outs.append(out)  # files, not pipes: a full pipe would serialise the stations
        procs.append(start_station(url, f"Accueil {i + 1}", stdout=out, **kw))
    for proc, codes in zip(procs, streams, strict=True):
        proc.stdin.write("".join(c + "\n" for c in codes))  # 500 × ~25 B fits a pipe
        proc.stdin.close()
    printed = []
    for proc, out in zip(procs, outs, strict=True):
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
        proc.stderr.close()
        out.seek(0)
        printed.append([json.loads(line) for line in out.read().splitlines()])
        out.close()
    return streams, printed


def _check(url: str, seeded: Seeded, streams, printed) -> None:
    for codes, lines in zip(streams, printed, strict=True):
        assert [line["code"] for line in lines] == codes  # one line per scan, in order
        assert all(line["offline"] is False for line in lines if "offline" in line)
    rows = scan_rows(url)
    assert len(rows) == STATIONS * SCANS  # every scan logged
    scanned_valid = {c for codes in streams for c in codes if c in set(seeded.valid)}
    admitted = [r for r in rows if r["result"] == "admitted"]
    assert len(admitted) == len(scanned_valid)  # each badge admitted exactly once...
    assert len({r["attendee_id"] for r in admitted}) == len(admitted)  # ...never twice
    assert len(checked_in(url)) == len(scanned_valid)
    by_result = Counter(r["result"] for r in rows)
    total_valid = sum(1 for codes in streams for c in codes if c in set(seeded.valid))
    assert by_result["already_admitted"] == total_valid - len(scanned_valid)
    cancelled = sum(1 for codes in streams for c in codes if c in set(seeded.cancelled))
    assert by_result["cancelled"] == cancelled
    # what each station printed is what the log holds, and the stations did compete
    printed_results = Counter(line["result"] for lines in printed for line in lines)
    assert printed_results == by_result
    winners = Counter(r["station"] for r in admitted)
    assert len(winners) == STATIONS


@pytest.mark.slow
def test_four_stations_on_one_sqlite_file(tmp_path):
    url = "sqlite:///" + str(tmp_path / "shared.sqlite")
    seeded = Seeded(url)
    streams, printed = _run_four(url, seeded, tmp_path, resilient=False)
    _check(url, seeded, streams, printed)


@pytest.mark.slow
@pytest.mark.postgres
def test_four_resilient_stations_on_postgresql(fresh_pg_url, tmp_path):
    seeded = Seeded(fresh_pg_url)
    streams, printed = _run_four(fresh_pg_url, seeded, tmp_path, resilient=True)
    _check(fresh_pg_url, seeded, streams, printed)
