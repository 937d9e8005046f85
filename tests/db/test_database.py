"""Opening databases: pragmas, migrations, and clear errors for unusable files."""

import datetime as dt
import os
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from itday.db import repo
from itday.db.engine import Database, default_location, to_url
from itday.db.migrate import head_revision
from itday.db.models import Attendee, Scan
from itday.errors import DatabaseError


def test_pragmas_and_schema(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head_revision()
    assert {
        "event",
        "hall",
        "hall_element",
        "booth",
        "exhibitor",
        "attendee",
        "scan",
        "print_log",
        "station",
    } <= set(db.table_names())


def test_default_location(monkeypatch, tmp_path):
    monkeypatch.delenv("ITDAY_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert default_location() == str(tmp_path / "db" / "itday.sqlite")
    monkeypatch.setenv("ITDAY_DB", "/data/x.sqlite")
    assert default_location() == "/data/x.sqlite"
    assert to_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_datetimes_come_back_aware_utc(db, event_id):
    moment = dt.datetime(2017, 6, 29, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with db.session() as s:
        s.add(Scan(uid="u1", event_id=event_id, code="X", result="invalid", scanned_at=moment))
        s.commit()
    with db.session() as s:
        scan = s.exec(select(Scan)).one()
    assert scan.scanned_at.tzinfo is not None
    assert scan.scanned_at == moment
    assert scan.scanned_at.utcoffset() == dt.timedelta(0)


def test_foreign_keys_are_enforced(db):
    with db.session() as s:
        s.add(Attendee(event_id=999, first_name="A", code="ITD-X"))
        with pytest.raises(IntegrityError):
            s.commit()


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    Database.open(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    with pytest.raises(DatabaseError, match="plus récente"):
        Database.open(path)


def test_corrupt_file_is_refused(tmp_path):
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseError, match="n'est pas une base"):
        Database.open(path)


def test_truncated_database_is_refused(tmp_path):
    path = tmp_path / "cut.sqlite"
    db = Database.open(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 3000)
    with pytest.raises(DatabaseError):
        Database.open(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_gives_clear_error(tmp_path):  # pragma: no cover - root here
    path = tmp_path / "ro.sqlite"
    Database.open(path).dispose()
    path.chmod(0o444)
    db = Database.open(path)
    with pytest.raises(DatabaseError, match="lecture seule"), db.session() as s:
        repo.create_event("X", dt.date(2017, 1, 1), session=s)
        s.commit()


def test_read_only_database_gives_clear_error(tmp_path):
    """Works as root too: SQLite's own read-only mode stands for a read-only file."""
    path = tmp_path / "ro.sqlite"
    Database.open(path).dispose()
    db = Database.open(f"sqlite:///file:{path}?mode=ro&uri=true", migrate=False)
    with pytest.raises(DatabaseError, match="lecture seule"), db.session() as s:
        repo.create_event("X", dt.date(2017, 1, 1), session=s)
        s.commit()


def test_full_disk_gives_clear_error(tmp_path):
    path = tmp_path / "full.sqlite"
    db = Database.open(path)
    with db.engine.connect() as conn:
        page_count = conn.exec_driver_sql("PRAGMA page_count").scalar()
    from sqlalchemy import event as sa_event

    @sa_event.listens_for(db.engine, "connect")
    def _cap(dbapi_conn, _rec):
        dbapi_conn.execute(f"PRAGMA max_page_count={page_count + 2}")

    db.engine.dispose()
    with pytest.raises(DatabaseError, match="plein"), db.session() as s:
        event = repo.create_event("X", dt.date(2017, 1, 1), session=s)
        for i in range(3000):
            s.add(Attendee(event_id=event.id, first_name="x" * 200, code=f"ITD-{i}"))
        s.commit()


def test_directory_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="dossier"):
        Database.open(tmp_path)


def test_migrations_match_the_models(db):
    """A change to the tables without its Alembic migration fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []


def test_head_read_from_the_files_is_alembics():
    """The quick head (no Alembic at start) is the one Alembic finds in the same files."""
    from itday.db.migrate import known_head

    assert known_head() == head_revision()


def test_a_base_at_head_opens_without_alembic(tmp_path):
    """Opening a base already at head imports no Alembic (a third of the app's start);
    a base behind is still brought up to date (Alembic then runs)."""
    import subprocess
    import sys

    path = tmp_path / "at_head.sqlite"
    Database.open(path).dispose()
    behind = tmp_path / "behind.sqlite"
    older = Database.open(behind)
    with older.engine.begin() as conn:  # one revision back, as an older itday left it
        from alembic import command

        from itday.db.migrate import _config

        cfg = _config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    older.dispose()
    probe = (
        "import sys\n"
        "from itday.db.engine import Database\n"
        f"Database.open({str(path)!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
        f"Database.open({str(behind)!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True"]
    with sqlite3.connect(behind) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
        conn.execute("SELECT count(*) FROM lead")  # made by 0006, undone, made again


@pytest.mark.parametrize(
    "folder", ["Dossier à moi", "itday #2", "100% base", "a%20b", "été ?", "back\\slash"]
)
def test_a_base_in_any_folder_opens_where_it_is(tmp_path, folder):
    """Spaces, accents, #, %, ? and a backslash in the path (issue 28.5): the URL is built,
    not pasted, so « 100% base » is never read as an escape and no other base is made."""
    from sqlalchemy.engine import make_url

    path = tmp_path / folder / "base été.sqlite"
    path.parent.mkdir()
    assert make_url(to_url(path)).database == str(path)
    Database.open(path).dispose()
    assert sorted(p.name for p in tmp_path.rglob("*.sqlite")) == ["base été.sqlite"]
    for readonly in (False, True):
        database = Database.open(path, readonly=readonly)
        with database.session() as s:
            assert repo.list_events(session=s) == []
        assert database.path == path and database.readonly is readonly
        database.dispose()
    assert sorted(p.parent.name for p in tmp_path.rglob("*.sqlite")) == [folder]
