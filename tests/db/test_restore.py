"""Restore is a checked, exclusive operation (issue 23.3, 23.4), on real files and processes.

Every damaged file is damaged by another process while nothing of this one has it open
(only SQLite touches a database from inside itday, and so from inside its tests)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from itday.cli import main
from itday.db import repo
from itday.db.engine import Database
from itday.errors import ItdayError
from itday.services.backup import (
    BaseInUse,
    OtherDatabase,
    backup_now,
    backups_of,
    default_folder,
    restore,
)

ROOT = Path(__file__).resolve().parents[2]
T0 = dt.datetime(2017, 6, 29, 9, 0)


def _make(path: Path, *names: str) -> None:
    db = Database.open(path)
    with db.session() as s:
        for name in names:
            repo.create_event(name, dt.date(2017, 6, 29), "Diagora", session=s)
        s.commit()
    db.close()


def _add(path: Path, name: str) -> None:
    _make(path, name)


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM event ORDER BY id")]
    finally:
        conn.close()


def _backup(path: Path, minutes: int, keep: int = 12) -> Path:
    return backup_now(path, default_folder(path), keep=keep, now=T0 + dt.timedelta(minutes=minutes))


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file of a backup folder and its bytes (backups: files nobody has open)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _damage_page(path: Path, table: str) -> None:
    """Another process overwrites the root page of ``table`` with garbage."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    code = (
        f"f = open({str(path)!r}, 'r+b'); f.seek({(root - 1) * size}); "
        f"f.write(bytes(range(256)) * {size // 256}); f.close()"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


@pytest.fixture
def base(tmp_path) -> Path:
    path = tmp_path / "db" / "a.sqlite"
    _make(path, "A")
    return path


def test_restoring_the_oldest_of_twelve_keeps_it_and_the_safety_copy(base, capsys):
    copies = [_backup(base, i) for i in range(12)]
    _add(base, "B")
    assert main(["restore", str(copies[0]), "--db", str(base)]) == 0
    assert _names(base) == ["A"]
    after = backups_of(base)
    assert copies[0] in after  # the file restored from is still there
    safety = after[-1]
    assert _names(safety) == ["A", "B"]  # the state before, kept
    assert len(after) == 12 and copies[1] not in after  # the next oldest made room
    assert str(safety) in capsys.readouterr().out


def test_a_damaged_backup_is_refused_and_nothing_changes(base):
    good = _backup(base, 0)
    bad = _backup(base, 1)
    _add(base, "B")
    _damage_page(bad, "event")
    folder = default_folder(base)
    before = _fingerprint(folder)
    with pytest.raises(ItdayError, match="endommagée") as refused:
        restore(bad, base)
    assert "\n" not in str(refused.value)
    assert _fingerprint(folder) == before and _names(base) == ["A", "B"]
    restore(good, base)  # and a good one still goes in afterwards
    assert _names(base) == ["A"] and _integrity(base) == "ok"


def test_a_backup_from_a_newer_itday_is_refused(base, tmp_path):
    newer = _backup(base, 0)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    _add(base, "B")
    with pytest.raises(ItdayError, match="plus récente"):
        restore(newer, base)
    assert _names(base) == ["A", "B"]
    assert main(["attendees", "--db", str(base)]) == 0  # the base still opens


def test_a_backup_from_an_older_schema_is_brought_up_to_date(base, tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from itday.db.migrate import _config

    older = _backup(base, 0)
    engine = create_engine(f"sqlite:///{older}")
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")  # as an itday of a year ago wrote it
    engine.dispose()
    _add(base, "B")
    done = restore(older, base)
    assert done.migrated and _names(base) == ["A"] and _integrity(base) == "ok"
    db = Database.open(base, create=False)
    assert db.identity()
    db.close()


def test_a_backup_of_another_database_needs_to_be_asked_for(base, tmp_path):
    other = tmp_path / "autre" / "a.sqlite"  # same file name, another edition's base
    _make(other, "Green IT Day")
    theirs = _backup(other, 0)
    with pytest.raises(OtherDatabase, match="autre base"):
        restore(theirs, base)
    assert _names(base) == ["A"]
    restore(theirs, base, other_database=True)
    assert _names(base) == ["Green IT Day"]


def test_a_backup_of_the_same_base_from_before_identities_is_recognised(base):
    old = _backup(base, 0)
    conn = sqlite3.connect(old)
    conn.execute("DELETE FROM app_setting WHERE key = 'database_id'")
    conn.commit()
    conn.close()
    _add(base, "B")
    restore(old, base)  # same editions: the same base
    assert _names(base) == ["A"]
    stranger = base.with_name("s.sqlite")
    _make(stranger, "Autre salon")
    theirs = _backup(stranger, 0)
    conn = sqlite3.connect(theirs)
    conn.execute("DELETE FROM app_setting WHERE key = 'database_id'")
    conn.commit()
    conn.close()
    with pytest.raises(OtherDatabase):
        restore(theirs, base)


def _desk(path: Path, station: str) -> subprocess.Popen:
    desk = subprocess.Popen(
        [sys.executable, "-m", "itday", "checkin", "-", "--json", "--station", station,
         "--db", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=ROOT,
    )  # fmt: skip
    desk.stdin.write("ITD-PAS-UN-BADGE\n")
    desk.stdin.flush()
    assert json.loads(desk.stdout.readline())["result"]  # the desk is at work on the base
    return desk


def test_a_restore_while_a_desk_has_the_base_open_is_refused_and_names_it(base):
    copies = [_backup(base, i) for i in range(12)]
    _add(base, "B")
    folder = default_folder(base)
    before = _fingerprint(folder)
    desk = _desk(base, "Accueil 2")
    try:
        with pytest.raises(BaseInUse) as refused:
            restore(copies[0], base)
        said = str(refused.value)
        assert "itday checkin" in said and "Accueil 2" in said and "\n" not in said
        assert _fingerprint(folder) == before  # no safety copy, nothing pruned
        assert _names(base) == ["A", "B"]
    finally:
        desk.stdin.close()
        desk.wait(timeout=60)
    assert desk.returncode == 0, desk.stderr.read()
    restore(copies[0], base)  # the desk is closed: now it goes in
    assert _names(base) == ["A"]


def test_a_corrupt_base_can_still_be_restored_and_its_copy_is_kept(base):
    good = _backup(base, 0)
    _add(base, "B")
    _damage_page(base, "event")
    assert _integrity(base) != "ok"
    done = restore(good, base)
    assert done.corrupt and "-corrompue-" in done.safety.name and done.safety.exists()
    assert _names(base) == ["A"] and _integrity(base) == "ok"
    for i in range(14):  # the rotation never takes the damaged copy away
        _backup(base, 10 + i, keep=3)
    assert done.safety.exists() and done.safety not in backups_of(base)
    assert done.safety in backups_of(base, corrupt=True)  # (for a purge: it holds the data)


def test_a_missing_backup_is_said_missing(base, capsys):
    assert main(["restore", str(base.parent / "nulle-part.sqlite"), "--db", str(base)]) == 1
    err = capsys.readouterr().err
    assert "n'existe pas" in err and "Traceback" not in err
    assert _names(base) == ["A"]


def test_the_command_line_asks_for_other_database(base, tmp_path, capsys):
    other = tmp_path / "autre" / "a.sqlite"
    _make(other, "Green IT Day")
    theirs = _backup(other, 0)
    capsys.readouterr()
    assert main(["restore", str(theirs), "--db", str(base)]) == 1
    err = capsys.readouterr().err
    assert "--other-database" in err and len(err.strip().splitlines()) == 1
    assert _names(base) == ["A"]
    assert main(["restore", str(theirs), "--db", str(base), "--other-database"]) == 0
    assert _names(base) == ["Green IT Day"]
    assert "L'état d'avant est gardé dans" in capsys.readouterr().out
