"""``itday.db.bulk.insert_rows`` (issue 24.17): the driver's executemany stores what
SQLAlchemy Core's ``insert()`` stores — every value, its type, and the columns' defaults."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import sqlmodel
from sqlalchemy import insert
from sqlmodel import Session, SQLModel

from itday.db.bulk import insert_rows
from itday.db.models import Attendee, AttendeeCode, Event

PARIS = dt.timezone(dt.timedelta(hours=2))
NOW = dt.datetime(2026, 12, 7, 19, 4, 5, 123456, tzinfo=dt.UTC)


def rows() -> list[dict]:
    """Two people with every kind of value (the key ``sector`` left out: its default)."""
    common = {
        "event_id": 1, "company": "", "job_title": "", "phone": "", "category": "visitor",
        "exhibitor_id": None, "source": "import", "checked_in_station": None,
        "cancel_reason": "", "consent_source": "", "search_key": "",
    }  # fmt: skip
    return [
        {**common, "first_name": "Hélène", "last_name": "Lefèvre", "email": "h@x.fr",
         "external_ref": "C1", "code": "ITD-A", "cancelled": True, "consent": False,
         "consent_at": NOW, "checked_in_at": None, "created_at": NOW, "updated_at": NOW},
        {**common, "first_name": "Seán", "last_name": "", "email": "",
         "external_ref": None, "code": "ITD-B", "cancelled": False, "consent": None,
         "consent_at": None, "checked_in_at": NOW.astimezone(PARIS),
         "created_at": NOW.astimezone(PARIS), "updated_at": NOW},
    ]  # fmt: skip


def stored(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        people = conn.execute("SELECT *, typeof(cancelled), typeof(created_at) FROM attendee")
        codes = conn.execute("SELECT * FROM attendee_code")
        return [*people.fetchall(), *codes.fetchall()]


@pytest.mark.parametrize("batch", [1, 2])
def test_the_driver_stores_what_core_stores(tmp_path, batch):
    found = []
    for name, write in (("core", None), ("driver", insert_rows)):
        engine = sqlmodel.create_engine(f"sqlite:///{tmp_path / name}.sqlite")
        SQLModel.metadata.create_all(engine)
        with Session(engine) as session:
            session.add(Event(name="E", venue="V", date=dt.date(2017, 6, 29), created_at=NOW))
            session.commit()
            connection = session.connection()
            people = rows()
            codes = [
                {"event_id": 1, "attendee_id": 2, "code": "TK-1", "kind": "ticket",
                 "source": "Weezevent", "created_at": NOW},
            ]  # fmt: skip
            for start in range(0, len(people), batch):
                part = people[start : start + batch]
                if write is None:
                    connection.execute(insert(Attendee.__table__), part)
                else:
                    write(connection, Attendee.__table__, part)
            if write is None:
                connection.execute(insert(AttendeeCode.__table__), codes)
            else:
                write(connection, AttendeeCode.__table__, codes)
            session.commit()
        engine.dispose()
        found.append(stored(tmp_path / f"{name}.sqlite"))
    core, driver = found
    assert driver == core
    helene = core[0]
    assert "Hélène" in helene and "" in helene  # the default of ``sector`` is there
    assert helene[-2:] == ("integer", "text")


def test_every_row_has_the_keys_of_the_first(tmp_path):
    engine = sqlmodel.create_engine(f"sqlite:///{tmp_path / 't.sqlite'}")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session:
        with pytest.raises(KeyError):
            insert_rows(session.connection(), Attendee.__table__, [rows()[0], {"code": "X"}])
    engine.dispose()
