"""Backups on by default and a restore in one command (issue 13.5)."""

import sqlite3
from contextlib import closing

from itday.cli import main
from itday.services.backup import backups_in


def names(db) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:  # closed now, not when the collector runs
        return [r[0] for r in conn.execute("SELECT name FROM event ORDER BY id")]


def test_backup_then_restore_keeps_the_state_before(tmp_path, capsys):
    db = tmp_path / "db" / "itday.sqlite"
    assert main(["init", "--name", "A", "--date", "2018-01-01", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db)]) == 0
    folder = tmp_path / "db" / "itday-sauvegardes"
    (first,) = folder.glob("itday-*.sqlite")
    assert main(["init", "--name", "B", "--date", "2018-02-02", "--db", str(db)]) == 0
    assert names(db) == ["A", "B"]
    assert main(["restore", str(first), "--db", str(db)]) == 0
    assert names(db) == ["A"]
    copies = backups_in(folder)  # oldest first
    assert len(copies) == 2 and names(copies[-1]) == ["A", "B"]  # the state before, kept


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path, capsys):
    db = tmp_path / "itday.sqlite"
    assert main(["init", "--name", "A", "--date", "2018-01-01", "--db", str(db)]) == 0
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
    capsys.readouterr()
    assert main(["restore", str(other), "--db", str(db)]) == 1
    assert "n'est pas une sauvegarde itday" in capsys.readouterr().err
    assert names(db) == ["A"]
