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


def day_flows(event_id: int, *, session: Session, min_group: int = 1) -> dict:
    """The day's flows as plain data (``itday stats --json`` ``flows``, the Statistiques
    page, the report): people in the hall every quarter-hour (arrivals less exit scans, or
    arrivals only — ``arrivals_only`` says which), the share of the people who came in met
    by at least one stand, the median number of stands per person, and each stand's busiest
    hour.  With ``min_group`` (the anonymised export), stands' figures under it are « < 5 »."""
    from zoneinfo import ZoneInfo

    from itday.core import visits as v
    from itday.db.models import Event

    event = session.get(Event, event_id)
    tz = ZoneInfo(event.timezone if event and event.timezone else "Europe/Paris")
    came = arrivals(event_id, session=session)
    gone = departures(event_id, session=session)
    met = meetings(event_id, session=session)
    result: dict = {"leads": len(met), "stands_with_leads": len({m.stand for m in met})}
    moments = [*came.values(), *gone, *(m.first for m in met)]
    start = end = None
    if event is not None:  # the opening hours, stretched to what was recorded that day
        start = dt.datetime.combine(event.date, event.opens_at, tz)
        end = dt.datetime.combine(event.date, event.closes_at, tz)
    if moments:
        first, last = min(moments).astimezone(tz), max(moments).astimezone(tz)
        if start is None or first.date() != start.date():
            start, end = first, last
        else:
            start, end = min(start, first), max(end, last)
        if not gone:  # arrivals only: the curve stops at the last thing recorded
            end = last
        start = start.replace(minute=start.minute - start.minute % 15, second=0, microsecond=0)
    occ = v.Occupancy() if start is None else v.occupancy(came.values(), gone, start, end)
    reach = v.reach(met, came.keys())
    names = dict(
        session.exec(
            select(Exhibitor.id, Exhibitor.name).where(Exhibitor.event_id == event_id)
        ).all()
    )
    busiest = v.busiest_hour(met, tz)
    result.update(
        {
            "occupancy": {t.isoformat(): n for t, n in zip(occ.times, occ.inside, strict=True)},
            "arrivals_only": occ.arrivals_only,
            "peak_inside": (
                {"time": occ.peak[0].isoformat(), "inside": occ.peak[1]} if occ.peak else None
            ),
            "came_in": reach.came_in,
            "met_a_stand": reach.met_any,
            "met_a_stand_share": round(reach.share, 4),
            "median_stands_per_person": reach.median_stands,
            "median_stands_per_person_met": reach.median_stands_met,
            "busiest_hour_by_stand": [
                {
                    "exhibitor_id": stand,
                    "exhibitor": names.get(stand, ""),
                    "hour": hour.isoformat(),
                    "visitors": n if n >= min_group else f"< {min_group}",
                }
                for stand, (hour, n) in sorted(
                    busiest.items(), key=lambda kv: (kv[1][0], names.get(kv[0], ""))
                )
            ],
        }
    )
    return result
