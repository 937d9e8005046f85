"""The WAL guard (issue 13.2): another program deletes the WAL under the app."""

import sqlite3
import subprocess
import sys

from sqlalchemy import text

from itday.db.engine import Database


def test_a_wal_deleted_by_another_process_is_saved_and_the_base_reopened(tmp_path):
    path = tmp_path / "itday.sqlite"
    db = Database.open(path)
    notices = []
    db.notice = notices.append
    with db.session() as s:
        s.execute(text("CREATE TABLE probe_write (n INTEGER)"))
        s.commit()
    for n in range(10):
        with db.session() as s:
            s.execute(text("INSERT INTO probe_write VALUES (:n)"), {"n": n})
            s.commit()
    # a file indexer, a cleaner: another process removes the WAL and its index
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"import os; os.unlink({str(path)!r} + '-wal'); os.unlink({str(path)!r} + '-shm')",
        ],
        check=True,
    )
    for n in range(10, 20):
        with db.session() as s:
            s.execute(text("INSERT INTO probe_write VALUES (:n)"), {"n": n})
            s.commit()
    assert db.wal_recoveries == 1
    assert len(notices) == 1 and "rien n'est perdu" in str(notices[0])
    db.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM probe_write").fetchone()[0] == 20
