"""The same SQLModel layer and Alembic chain on PostgreSQL: types, round trips, re-open."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect

from itday.db import repo
from itday.db.engine import Database
from itday.db.migrate import head_revision
from itday.db.models import Attendee, Hall
from itday.db.stations import heartbeat, list_stations
from itday.services.checkin import record_scan

pytestmark = pytest.mark.postgres


def test_migrated_schema_uses_native_types(fresh_pg_url):
    db = Database.open(fresh_pg_url)
    try:
        cols = {c["name"]: c["type"] for c in inspect(db.engine).get_columns("attendee")}
        assert type(cols["cancelled"]).__name__ == "BOOLEAN"
        assert cols["checked_in_at"].timezone is True  # timestamptz
        hall = {c["name"]: c["type"] for c in inspect(db.engine).get_columns("hall")}
        assert type(hall["outline"]).__name__ == "JSON"
        with db.engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert version == head_revision()
    finally:
        db.dispose()
    Database.open(fresh_pg_url).dispose()  # re-opening an up-to-date base is a no-op


def test_round_trip_of_times_json_and_booleans(fresh_pg_url):
    db = Database.open(fresh_pg_url)
    paris = dt.timezone(dt.timedelta(hours=2))
    try:
        with db.session() as s:
            event = repo.create_event("PG Day", dt.date(2017, 6, 29), session=s)
            s.commit()
            s.add(Hall(event_id=event.id, outline=[[0, 0], [50.5, 0], [50.5, 44]]))
            a = Attendee(event_id=event.id, code="ITD-X", cancelled=True)
            s.add(a)
            s.commit()
            out = record_scan(
                s, event.id, "ITD-X", "D1", scanned_at=dt.datetime(2017, 6, 29, 9, 5, tzinfo=paris)
            )
            assert out.result.value == "invalid"  # damaged code: not written to the attendee
            heartbeat("D1", "0.1", session=s, at=dt.datetime(2017, 6, 29, 7, 0, tzinfo=dt.UTC))
            heartbeat("D1", "0.2", session=s, at=dt.datetime(2017, 6, 29, 8, 0, tzinfo=dt.UTC))
        with db.session() as s:
            hall = repo.hall_of(event.id, session=s)
            assert hall.outline == [[0, 0], [50.5, 0], [50.5, 44]]
            again = repo.attendee_by_code("ITD-X", session=s)
            assert again.cancelled is True
            assert again.created_at.tzinfo is not None
            (station,) = list_stations(session=s)
            assert station["name"] == "D1" and station["version"] == "0.2"
            assert station["last_heartbeat"] == dt.datetime(2017, 6, 29, 8, 0, tzinfo=dt.UTC)
            assert station["last_scan_at"] == dt.datetime(2017, 6, 29, 7, 5, tzinfo=dt.UTC)
            assert station["scans"] == 1
    finally:
        db.dispose()
