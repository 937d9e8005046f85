"""Online backups: consistent, complete, rotated, taken while scans are being written."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest

from itday.db import repo
from itday.errors import ItdayError
from itday.services.backup import backup_copy, backup_now, backups_in
from itday.services.checkin import record_scan


def _scan_uids(path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in con.execute("SELECT uid FROM scan")}
    finally:
        con.close()


def test_backup_taken_while_another_thread_writes_holds_every_committed_scan(demo_db, tmp_path):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        codes = [a.code for a in repo.search_attendees(event_id, session=s)[:120]]
    half_written = threading.Event()
    committed: list[str] = []
    errors: list[BaseException] = []

    def writer():
        try:
            with demo_db.session() as s:
                for i, code in enumerate(codes):
                    outcome = record_scan(s, event_id, code, "Accueil 3", uid=f"bk-{i}")
                    committed.append(outcome.uid)
                    if i == len(codes) // 2:
                        half_written.set()
        except BaseException as exc:  # reported to the test below
            errors.append(exc)
            half_written.set()

    thread = threading.Thread(target=writer)
    thread.start()
    assert half_written.wait(60)
    before = list(committed)  # scans committed before the copy started
    during = backup_now(demo_db, tmp_path / "stick", keep=5)
    thread.join(60)
    assert not errors
    assert set(before) <= _scan_uids(during)
    after = backup_now(demo_db, tmp_path / "stick", keep=5)
    assert set(committed) <= _scan_uids(after)
    assert len(committed) == len(codes)


def test_rotation_keeps_the_newest_copies(demo_db, tmp_path):
    start = dt.datetime(2017, 6, 29, 9, 0)
    made = [
        backup_now(demo_db, tmp_path, keep=3, now=start + dt.timedelta(minutes=10 * i))
        for i in range(5)
    ]
    assert backups_in(tmp_path) == made[-3:]
    assert made[-1].name == "itday-20170629-094000.sqlite"
    again = backup_now(demo_db, tmp_path, keep=3, now=start + dt.timedelta(minutes=40))
    assert again.name == "itday-20170629-094000-2.sqlite"
    assert backups_in(tmp_path)[-1] == again
    assert not list(tmp_path.glob("*.part"))


def test_copy_is_a_lone_file_with_the_same_rows(demo_db, tmp_path):
    target = backup_copy(demo_db, tmp_path / "copy.sqlite")
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    n = con.execute("SELECT count(*) FROM attendee").fetchone()[0]
    con.close()
    with demo_db.session() as s:
        assert n == len(repo.attendee_rows(repo.latest_event(session=s).id, session=s))


def test_unusable_folder_is_a_clear_error(demo_db, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ItdayError, match="dossier de sauvegarde"):
        backup_now(demo_db, blocker / "sub")
    with pytest.raises(ItdayError, match="n'existe pas"):
        backup_copy(tmp_path / "missing.sqlite", tmp_path / "x.sqlite")
