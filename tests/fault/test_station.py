"""The station's sync layer in process: offline decisions, journal, replay rule, state."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from sqlmodel import select

from itday.db.engine import Database
from itday.db.models import Attendee, Scan
from itday.errors import ItdayError
from itday.services.checkin import record_scan
from itday.services.station import ResilientRecorder
from tests.fault.conftest import ROOT, Seeded, station_env

T0 = dt.datetime(2017, 6, 29, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def seeded(tmp_path):
    return Seeded("sqlite:///" + str(tmp_path / "shared.sqlite"), valid=20, cancelled=2)


def _recorder(seeded, tmp_path, name="Accueil 1"):
    return ResilientRecorder(seeded.url, name, tmp_path / "offline", background=False).start()


def _scans(url, code=None):
    db = Database.open(url)
    try:
        with db.session() as s:
            q = select(Scan).order_by(Scan.id)
            rows = s.exec(q).all()
            return [r for r in rows if code is None or r.code == code]
    finally:
        db.dispose()


def _attendee(url, code):
    db = Database.open(url)
    try:
        with db.session() as s:
            return s.exec(select(Attendee).where(Attendee.code == code)).one()
    finally:
        db.dispose()


def test_offline_admission_earlier_than_the_online_one_wins_the_arrival_time(seeded, tmp_path):
    badge = seeded.valid[0]
    states = []
    rec = _recorder(seeded, tmp_path)
    rec.add_listener(lambda online, pending: states.append((online, pending)))
    assert rec.online and rec.pending == 0
    rec._online = False  # the network goes away
    off = rec.scan(badge, scanned_at=T0)
    assert off.offline and off.result.value == "admitted" and rec.pending == 1
    again = rec.scan(badge, scanned_at=T0 + dt.timedelta(minutes=1))  # the local copy knows
    assert again.result.value == "already_admitted" and again.decision.first_at == T0
    # meanwhile desk 2, still online, admits the same badge at 9:05
    db = Database.open(seeded.url)
    with db.session() as s:
        won = record_scan(
            s, seeded.event_id, badge, "Accueil 2", scanned_at=T0 + dt.timedelta(minutes=5)
        )
    db.dispose()
    assert won.result.value == "admitted"
    rec._online = True
    assert rec.replay() == 2 and rec.pending == 0
    assert rec.replay() == 0  # idempotent
    rows = _scans(seeded.url, badge)
    assert [(r.station, r.result) for r in rows] == [
        ("Accueil 2", "admitted"),
        ("Accueil 1", "already_admitted"),
        ("Accueil 1", "already_admitted"),
    ]
    person = _attendee(seeded.url, badge)
    assert person.checked_in_at == T0 and person.checked_in_station == "Accueil 1"
    assert (False, 1) in states and states[-1] == (True, 0)
    rec.close()


def test_replay_skips_a_uid_already_on_the_server(seeded, tmp_path):
    rec = _recorder(seeded, tmp_path)
    rec._online = False
    out = rec.scan(seeded.valid[1], scanned_at=T0)
    # the commit had reached the server before the connection dropped (ambiguous commit)
    db = Database.open(seeded.url)
    with db.session() as s:
        record_scan(s, seeded.event_id, seeded.valid[1], "Accueil 1", scanned_at=T0, uid=out.uid)
    db.dispose()
    rec._online = True
    assert rec.replay() == 1
    assert len(_scans(seeded.url, seeded.valid[1])) == 1
    rec.close()


def test_sync_keeps_pending_admissions_and_refusals_are_logged_as_shown(seeded, tmp_path):
    rec = _recorder(seeded, tmp_path)
    rec._online = False
    assert rec.scan(seeded.valid[2], scanned_at=T0).result.value == "admitted"
    assert rec.scan(seeded.cancelled[0], scanned_at=T0).result.value == "cancelled"
    assert rec.scan(seeded.unknown[0], scanned_at=T0).result.value == "unknown"
    rec._online = True
    rec.sync()  # the server does not know the offline admission yet: the copy keeps it
    rec._online = False
    assert rec.scan(seeded.valid[2]).result.value == "already_admitted"
    rec._online = True
    rec.replay()
    results = [r.result for r in _scans(seeded.url)]
    assert sorted(results) == ["admitted", "already_admitted", "cancelled", "unknown"]
    rec.close()


def test_first_start_without_network_nor_copy_is_a_clear_error(tmp_path):
    rec = ResilientRecorder(
        "postgresql+psycopg://itday@127.0.0.1:1/itday", "D9", tmp_path, background=False
    )
    with pytest.raises(ItdayError, match="aucune copie locale"):
        rec.start()
    rec.close(flush=False)


def test_itday_stations_reports_heartbeat_and_scans(seeded, tmp_path):
    rec = _recorder(seeded, tmp_path, "Accueil Est")  # start() writes the heartbeat
    rec.scan(seeded.valid[3])
    rec.close()
    run = subprocess.run(
        [sys.executable, "-m", "itday", "stations", "--json", "--db", seeded.url],
        capture_output=True,
        text=True,
        env=station_env(),
        cwd=ROOT,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    (station,) = json.loads(run.stdout)
    assert station["name"] == "Accueil Est" and station["scans"] == 1
    assert station["last_heartbeat"] is not None and station["version"]
    assert dt.datetime.fromisoformat(station["last_scan_at"]).tzinfo is not None
