"""What the organiser's review found in the command line: read-only commands never create a
database, ``init`` refuses a blank name and a second edition of the same name and date, and
times are shown in the event's time zone, not the computer's."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from itday.cli import main
from itday.db import repo
from itday.db.engine import Database
from itday.db.stations import heartbeat
from itday.errors import DatabaseError


def _err(capsys) -> str:
    return capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["stats"],
        ["stats", "--json"],
        ["attendees"],
        ["exhibitors", "--json"],
        ["stations"],
        ["checkin", "ITD-X"],
        ["export", "OUT"],
        ["purge", "--confirm", "SUPPRIMER"],
        ["badges", "OUT.pdf"],
        ["lists", "OUT.pdf"],
        ["plan", "OUT.pdf"],
    ],
)
def test_read_only_commands_create_no_database(tmp_path, capsys, argv):
    target = tmp_path / "nonexist" / "typo.sqlite"
    argv = [str(tmp_path / a) if a.startswith("OUT") else a for a in argv]
    assert main([*argv, "--db", str(target)]) == 1
    err = _err(capsys).strip()
    assert err.splitlines() == [
        f"itday : La base {target} n'existe pas : vérifiez --db, ou créez-la avec "
        "« itday init » ou « itday demo »."
    ]
    assert not target.parent.exists()  # neither the file nor its folder
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_database_open_create_false_refuses_a_missing_file(tmp_path):
    with pytest.raises(DatabaseError, match="n'existe pas"):
        Database.open(tmp_path / "x.sqlite", create=False)
    assert not (tmp_path / "x.sqlite").exists()
    Database.open(tmp_path / "x.sqlite").dispose()  # the default still creates it
    Database.open(tmp_path / "x.sqlite", create=False).dispose()  # and it opens now


def test_init_creates_the_database_and_refuses_a_duplicate(tmp_path, capsys):
    db = str(tmp_path / "new" / "itday.sqlite")
    assert main(["init", "--name", "Innovation IT Day", "--date", "2017-06-29", "--db", db]) == 0
    capsys.readouterr()
    argv = ["init", "--name", " innovation it day ", "--date", "2017-06-29", "--db", db]
    assert main(argv) == 1
    err = _err(capsys)
    assert len(err.strip().splitlines()) == 1
    assert "existe déjà (n° 1)" in err and "--event 1" in err
    # another date is another edition
    assert main(["init", "--name", "Innovation IT Day", "--date", "2018-06-28", "--db", db]) == 0
    database = Database.open(db)
    with database.session() as s:
        assert sorted(e.id for e in repo.list_events(session=s)) == [1, 2]
    database.dispose()


@pytest.mark.parametrize("name", ["", "   "])
def test_init_refuses_a_blank_name(tmp_path, capsys, name):
    db = tmp_path / "itday.sqlite"
    assert main(["init", "--name", name, "--date", "2017-06-29", "--db", str(db)]) == 1
    err = _err(capsys)
    assert "nom" in err and len(err.strip().splitlines()) == 1
    assert not db.exists()


@pytest.fixture
def utc_machine(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_stations_show_the_event_time_not_the_computer_time(db, event_id, capsys, utc_machine):
    with db.session() as s:
        seen = dt.datetime(2026, 11, 26, 17, 45, 54, tzinfo=dt.UTC)  # 18:45:54 in Paris
        heartbeat("Accueil 1", session=s, at=seen)
    assert main(["stations", "--db", str(db.path)]) == 0
    out = capsys.readouterr().out
    assert "dernier contact 26/11 18:45:54" in out, out
