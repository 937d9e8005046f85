"""Reading what the hall saw: the stands' leads and the entrance's arrivals as plain values
for ``itday.core.visits`` (one query each, no ORM objects handed on)."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from itday.core.visits import Meeting
from itday.db.models import Attendee, Exhibitor, Lead, Scan

#: ``Scan.result`` of an exit scan at the hall's entrance, where the desks record them
EXIT = "exit"


def meetings(event_id: int, *, session: Session, exhibitor_id: int | None = None) -> list[Meeting]:
    """The edition's leads (or one stand's) as meetings, oldest first."""
    query = select(
        Lead.exhibitor_id, Lead.attendee_id, Lead.first_scan_at, Lead.last_scan_at
    ).where(Lead.event_id == event_id)
    if exhibitor_id is not None:
        query = query.where(Lead.exhibitor_id == exhibitor_id)
    rows = session.exec(query.order_by(Lead.first_scan_at)).all()
    return [Meeting(s, p, first, max(first, last or first)) for s, p, first, last in rows]


def stands(event_id: int, *, session: Session) -> list[int]:
    """Every exhibitor of the edition (the stands compared, with or without leads)."""
    return list(session.exec(select(Exhibitor.id).where(Exhibitor.event_id == event_id)).all())


def arrivals(event_id: int, *, session: Session) -> dict[int, dt.datetime]:
    """Each person admitted at the entrance, with the time of their first admission."""
    rows = session.exec(
        select(Attendee.id, Attendee.checked_in_at).where(
            Attendee.event_id == event_id, col(Attendee.checked_in_at).is_not(None)
        )
    ).all()
    return dict(rows)


def departures(event_id: int, *, session: Session) -> list[dt.datetime]:
    """The times of the exit scans at the entrance (none where the desks do not scan exits)."""
    return list(
        session.exec(
            select(Scan.scanned_at).where(
                Scan.event_id == event_id, Scan.result == EXIT, col(Scan.undone).is_(False)
            )
        ).all()
    )


def people(event_id: int, *, session: Session) -> dict[int, tuple[str, str]]:
    """Each person's (category, sector), for the breakdowns of a stand's visitors."""
    rows = session.exec(
        select(Attendee.id, Attendee.category, Attendee.sector).where(Attendee.event_id == event_id)
    ).all()
    return {pid: (category, sector or "") for pid, category, sector in rows}


def qualifications(event_id: int, exhibitor_id: int, *, session: Session) -> list[tuple]:
    """A stand's ratings and tags, one (rating, tags) per lead."""
    return list(
        session.exec(
            select(Lead.rating, Lead.tags).where(
                Lead.event_id == event_id, Lead.exhibitor_id == exhibitor_id
            )
        ).all()
    )
