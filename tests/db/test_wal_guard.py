"""The WAL guard (issues 13.2, 23.5) and a main file that is whole on its own (issue 23.2).

Another program deletes the WAL under the app; the app's commits go into the main file
as they are made; a close folds and truncates the WAL even when another process still
has the base open.  Files are copied and deleted by other processes, never by this one
(closing a descriptor of the database here would drop this process's SQLite locks)."""

import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import text

from itday.db.engine import IDENTITY_KEY, Database, WalReplaced


def _run(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True)


def _delete_wal(path) -> None:
    """A file indexer, a cleaner: another process removes the WAL and its index."""
    _run(f"import os; os.unlink({str(path)!r} + '-wal'); os.unlink({str(path)!r} + '-shm')")


def _copy_alone(path, to) -> None:
    """The organiser copies « the database file » (another process, the .sqlite only)."""
    _run(f"import shutil; shutil.copyfile({str(path)!r}, {str(to)!r})")


def _rows(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM probe_write").fetchone()[0]
    finally:
        conn.close()


def _insert(db, first: int, last: int) -> None:
    for n in range(first, last):
        with db.session() as s:
            s.execute(text("INSERT INTO probe_write VALUES (:n)"), {"n": n})
            s.commit()


@pytest.fixture
def probe(tmp_path):
    path = tmp_path / "itday.sqlite"
    db = Database.open(path)
    notices = []
    db.notice = notices.append
    with db.session() as s:
        s.execute(text("CREATE TABLE probe_write (n INTEGER)"))
        s.commit()
    yield db, path, notices
    db.close()


def test_a_wal_deleted_by_another_process_is_saved_and_the_base_reopened(probe):
    db, path, notices = probe
    _insert(db, 0, 10)
    _delete_wal(path)
    _insert(db, 10, 20)
    assert db.wal_recoveries == 1
    assert len(notices) == 1 and "rien n'est perdu" in str(notices[0])
    db.close()
    assert _rows(path) == 20


def test_a_commit_into_a_wal_deleted_meanwhile_is_refused_and_written_nowhere(probe):
    db, path, notices = probe
    _insert(db, 0, 5)
    with pytest.raises(WalReplaced, match="n'a pas été enregistrée"):
        with db.session() as s:
            s.execute(text("INSERT INTO probe_write VALUES (100)"))
            _delete_wal(path)
            s.commit()
    assert db.wal_recoveries == 0 and not notices  # reopened by the next unit of work
    _insert(db, 5, 8)
    assert db.wal_recoveries == 1 and len(notices) == 1
    db.close()
    conn = sqlite3.connect(path)
    values = sorted(r[0] for r in conn.execute("SELECT n FROM probe_write"))
    conn.close()
    assert values == list(range(8))  # 100 nowhere, nothing lost


def test_no_new_connection_beside_ours_on_another_wal(probe):
    db, path, _notices = probe
    _insert(db, 0, 3)
    with db.engine.connect() as held:  # one of ours stays open (another thread, say)
        held.execute(text("SELECT count(*) FROM probe_write")).scalar()
        _delete_wal(path)
        # another process opens the base: a new WAL at the path
        _run(f"import sqlite3; c = sqlite3.connect({str(path)!r}); c.execute('SELECT 1')")
        # SQLite would read that WAL through our connections' index: refused
        with pytest.raises(WalReplaced):
            db.engine.raw_connection()
    assert db.check_wal() is True
    _insert(db, 3, 6)
    db.close()
    assert _rows(path) == 6


def test_every_commit_is_in_the_main_file(probe, tmp_path):
    db, path, _notices = probe
    _insert(db, 0, 30)
    copy = tmp_path / "copie.sqlite"
    _copy_alone(path, copy)  # while the app still has the base open
    assert _rows(copy) == 30


def test_close_folds_and_truncates_the_wal_while_another_process_reads(probe, tmp_path):
    db, path, _notices = probe
    _insert(db, 0, 10)
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import sqlite3, sys; c = sqlite3.connect({str(path)!r}); "
            "c.execute('SELECT count(*) FROM probe_write').fetchone(); "
            "print('open', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "open"
        with db.engine.connect() as conn:  # a commit that skips the fold: only close saves it
            raw = conn.connection.driver_connection
            raw.execute("INSERT INTO probe_write SELECT n + 100 FROM probe_write")
            raw.commit()
        db.close()  # not the last user of the base: SQLite itself would leave the WAL as it is
        copy = tmp_path / "copie.sqlite"
        _copy_alone(path, copy)
        assert _rows(copy) == 20
        assert (path.with_name(path.name + "-wal")).stat().st_size == 0
    finally:
        reader.stdin.close()
        reader.wait(timeout=30)


def test_the_identity_is_made_once_and_kept_by_copies(tmp_path):
    path = tmp_path / "a.sqlite"
    db = Database.open(path)
    first = db.identity()
    assert first and len(first) == 32
    db.close()
    again = Database.open(path)
    assert again.identity() == first
    again.close()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM app_setting WHERE key = ?", (IDENTITY_KEY,))
    conn.commit()
    conn.close()
    readonly = Database.open(path, readonly=True)
    assert readonly.identity() is None  # read-only: nothing written
    readonly.close()
    writer = Database.open(path)
    made = writer.identity()
    assert made and made != first
    writer.close()
