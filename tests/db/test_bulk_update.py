"""``itday.db.bulk.update_rows`` (a re-import's changes): the driver's executemany and
SQLAlchemy Core's ``update()`` (the path of other databases) store the same values; with
``differ`` only the rows whose values differ are written.  And a re-import writes a stale
search key where it differs, without counting the person as updated (as before)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import sqlmodel
from sqlalchemy import insert
from sqlmodel import Session, SQLModel

from itday.db.bulk import update_rows
from itday.db.models import Attendee, Event
from itday.services.importer import import_visitors

NOW = dt.datetime(2026, 12, 7, 19, 4, 5, 123456, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 12, 8, 9, 0, 0, 7, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def _base(path, paramstyle: str | None):
    extra = {"paramstyle": paramstyle} if paramstyle else {}
    engine = sqlmodel.create_engine(f"sqlite:///{path}", **extra)
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Event(name="E", venue="V", date=dt.date(2017, 6, 29), created_at=NOW))
        session.commit()
        session.connection().execute(
            insert(Attendee.__table__),
            [
                {"event_id": 1, "first_name": f"P{i}", "code": f"ITD-{i}", "search_key": "k",
                 "consent": None, "created_at": NOW, "updated_at": NOW}
                for i in range(1, 4)
            ],
        )  # fmt: skip
        session.commit()
    return engine


def _stored(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT *, typeof(consent), typeof(consent_at) FROM attendee ORDER BY id"
        ).fetchall()


def _changes(connection) -> int:
    return connection.exec_driver_sql("SELECT total_changes()").scalar()


def test_the_driver_stores_what_core_stores(tmp_path):
    found = []
    for name, style in (("core", "named"), ("driver", None)):  # named: Core's update()
        engine = _base(tmp_path / f"{name}.sqlite", style)
        with Session(engine) as session:
            connection = session.connection()
            names = ("consent", "consent_at", "first_name", "updated_at")
            update_rows(connection, Attendee.__table__, names,
                        [(True, LATER, "Hélène", LATER, 1), (False, None, "", NOW, 3)])  # fmt: skip
            before = _changes(connection)
            update_rows(connection, Attendee.__table__, ("search_key",),
                        [("k", 1), ("new", 2), ("k", 3)], differ=True)  # fmt: skip
            assert _changes(connection) - before == 1  # only the row that differs
            session.commit()
        engine.dispose()
        found.append(_stored(tmp_path / f"{name}.sqlite"))
    core, driver = found
    assert driver == core
    first, second, third = core
    assert "Hélène" in first and first[-2:] == ("integer", "text")
    assert "new" in second and "P2" in second
    assert third[-2:] == ("integer", "null")


def test_a_stale_search_key_is_rewritten_without_counting_an_update(tmp_path):
    engine = sqlmodel.create_engine(f"sqlite:///{tmp_path / 't.sqlite'}")
    SQLModel.metadata.create_all(engine)
    path = tmp_path / "inscrits.csv"
    path.write_text("Nom;Prénom;E-mail\nLefèvre;Hélène;h@x.fr\nMartin;Paul;p@x.fr\n", "utf-8")
    with Session(engine) as session:
        session.add(Event(name="E", venue="V", date=dt.date(2017, 6, 29)))
        session.commit()
        import_visitors(session, 1, path)
        connection = session.connection()
        good, when = connection.exec_driver_sql(
            "SELECT search_key, updated_at FROM attendee WHERE email = 'h@x.fr'"
        ).one()
        connection.exec_driver_sql("UPDATE attendee SET search_key = 'stale' WHERE id = 1")
        session.commit()
        report = import_visitors(session, 1, path)
        assert (report.updated, report.unchanged) == (0, 2)
        keys = (
            session.connection()
            .exec_driver_sql("SELECT search_key, updated_at FROM attendee ORDER BY id")
            .all()
        )
    engine.dispose()
    assert keys[0] == (good, when)
    assert keys[1][0] != "stale" and keys[1][0]
