"""Check-in stations sharing one database: heartbeat and last contact.

Each station (an entrance desk running itday) writes its name, the time and its itday
version into ``station`` now and then (``heartbeat``).  ``list_stations`` tells the
organiser when each desk was last heard from, and how many scans it logged.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func
from sqlmodel import Session, select

from itday.db.models import Scan, Station
from itday.db.types import utcnow


def heartbeat(
    name: str, version: str = "", *, session: Session, at: dt.datetime | None = None
) -> None:
    """Record that station ``name`` is alive (insert or update its row) and commit."""
    moment = at or utcnow()
    table = Station.__table__
    values = {"name": name, "last_seen": moment, "version": version}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - other backends: read then write, good enough for a heartbeat
        row = session.get(Station, name)
        if row is None:
            session.add(Station(**values))
        else:
            row.last_seen, row.version = moment, version
        session.commit()
        return
    stmt = insert(table).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["name"], set_={"last_seen": moment, "version": version}
    )
    session.execute(stmt)
    session.commit()


def list_stations(*, session: Session, event_id: int | None = None) -> list[dict]:
    """Every station known from its heartbeat or from the scan log, most recent first.

    Each dict: ``name``, ``last_seen`` (aware datetime: the later of the heartbeat and the
    last scan), ``last_heartbeat``, ``last_scan_at`` (None when unknown), ``version``,
    ``scans`` (scans logged by the station, in ``event_id`` if given).
    """
    stations: dict[str, dict] = {}
    for row in session.exec(select(Station)):
        stations[row.name] = {
            "name": row.name,
            "last_heartbeat": row.last_seen,
            "last_scan_at": None,
            "version": row.version,
            "scans": 0,
        }
    query = select(Scan.station, func.count(), func.max(Scan.scanned_at)).group_by(Scan.station)
    if event_id is not None:
        query = query.where(Scan.event_id == event_id)
    for name, count, last in session.exec(query):
        entry = stations.setdefault(
            name,
            {"name": name, "last_heartbeat": None, "last_scan_at": None, "version": "", "scans": 0},
        )
        if last is not None and last.tzinfo is None:  # func.max bypasses the column type
            last = last.replace(tzinfo=dt.UTC)
        elif isinstance(last, str):
            last = dt.datetime.fromisoformat(last).replace(tzinfo=dt.UTC)
        entry["scans"] = count
        entry["last_scan_at"] = last
    for entry in stations.values():
        times = [t for t in (entry["last_heartbeat"], entry["last_scan_at"]) if t is not None]
        entry["last_seen"] = max(times) if times else None
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(stations.values(), key=lambda e: e["last_seen"] or epoch, reverse=True)
