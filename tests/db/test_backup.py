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
    assert made[-1].name == "demo-20170629-094000.sqlite"  # named after demo.sqlite
    again = backup_now(demo_db, tmp_path, keep=3, now=start + dt.timedelta(minutes=40))
    assert again.name == "demo-20170629-094000-2.sqlite"
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


# -- backups belong to their database (issue 23.3) ------------------------------------------


def _base(path, name="A"):
    from itday.db.engine import Database

    db = Database.open(path)
    with db.session() as s:
        repo.create_event(name, dt.date(2017, 6, 29), "Diagora", session=s)
        s.commit()
    return db


def test_two_databases_in_one_folder_never_prune_each_other(tmp_path):
    from itday.services.backup import backups_of

    folder = tmp_path / "stick"
    a, b = _base(tmp_path / "a.sqlite", "A"), _base(tmp_path / "b.sqlite", "B")
    start = dt.datetime(2017, 6, 29, 9, 0)
    only_a = backup_now(a, folder, keep=12, now=start)
    for i in range(1, 14):
        backup_now(b, folder, keep=12, now=start + dt.timedelta(minutes=i))
    assert only_a.name == "a-20170629-090000.sqlite" and only_a.exists()
    assert backups_of(tmp_path / "a.sqlite", folder) == [only_a]
    assert len(backups_of(tmp_path / "b.sqlite", folder)) == 12
    assert all(p.name.startswith("b-") for p in backups_of(tmp_path / "b.sqlite", folder))
    a.close(), b.close()


def test_old_itday_names_count_in_the_bases_own_folder_only(tmp_path):
    from itday.services.backup import backups_of, default_folder, newest_backup

    a = _base(tmp_path / "a.sqlite")
    own = default_folder(tmp_path / "a.sqlite")
    shared = tmp_path / "partage"
    start = dt.datetime(2017, 6, 29, 8, 0)
    for folder in (own, shared):  # copies named the old way, by an earlier itday
        folder.mkdir()
        for i in range(3):
            backup_copy(a, folder / f"itday-20170628-0{7 + i}0000.sqlite")
    legacy_in_shared = sorted(shared.glob("itday-*"))
    for i in range(3):
        backup_now(a, own, keep=4, now=start + dt.timedelta(hours=3, minutes=i))
        backup_now(a, shared, keep=2, now=start + dt.timedelta(hours=3, minutes=i))
    mine = backups_of(tmp_path / "a.sqlite", own)
    assert len(mine) == 4 and mine[0].name.startswith("itday-")  # the oldest legacy ones went
    assert [p.name[:2] for p in mine[1:]] == ["a-"] * 3
    assert sorted(shared.glob("itday-*")) == legacy_in_shared  # not known to be a's: left alone
    assert len(backups_of(tmp_path / "a.sqlite", shared)) == 2
    assert newest_backup(tmp_path / "a.sqlite", own).path == mine[-1]
    a.close()


def test_stale_parts_go_at_the_next_backup_fresh_ones_and_others_stay(tmp_path):
    import os
    import time

    a = _base(tmp_path / "a.sqlite")
    folder = tmp_path / "stick"
    folder.mkdir()
    stale = folder / "a-20170629-090000.sqlite.part"
    fresh = folder / "a-20170629-100000.sqlite.part"
    others = folder / "b-20170629-090000.sqlite.part"
    for part in (stale, fresh, others):
        part.write_bytes(b"half a copy")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    os.utime(others, (old, old))
    backup_now(a, folder, now=dt.datetime(2017, 6, 29, 11, 0))
    assert not stale.exists()
    assert fresh.exists() and others.exists()
    a.close()


def test_a_long_desk_backs_its_base_up(tmp_path, monkeypatch, capsys):
    """Issue 23.2: ``checkin -`` runs for hours; its base is copied as the window's is."""
    import io
    import os
    import threading

    from itday.cli import main
    from itday.services.backup import BackupSchedule, backups_of

    path = tmp_path / "a.sqlite"
    _base(path).close()
    monkeypatch.setattr(BackupSchedule, "DEFAULT_MINUTES", 1 / 60)  # every second
    read, write = os.pipe()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(os.fdopen(read, "rb"), encoding="utf-8"))
    scanner = os.fdopen(write, "w", encoding="utf-8")

    def clerk() -> None:  # one scan, then the desk waits for the next visitor
        scanner.write("ITD-PAS-UN-BADGE\n")
        scanner.flush()
        tick = threading.Event()
        for _ in range(600):
            if backups_of(path):
                break
            tick.wait(0.05)
        scanner.close()

    thread = threading.Thread(target=clerk)
    thread.start()
    assert main(["checkin", "-", "--json", "--db", str(path)]) == 0
    thread.join()
    assert len(backups_of(path)) >= 1
    assert "ITD-PAS-UN-BADGE" in capsys.readouterr().out
