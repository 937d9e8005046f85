"""Small query functions on the tables, each taking ``*, session`` (one unit of work).

Widgets and Qt models call these; nothing else writes SQL.  Functions return ORM objects
within the caller's session, or plain dicts meant to cross threads and reach JSON.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from itday.core.enums import Category, Source
from itday.core.plan import natural_key
from itday.core.text import fold
from itday.core.typed_date import DEFAULT_TIMEZONE  # noqa: F401 (re-exported)
from itday.db.models import Attendee, AttendeeCode, Booth, Event, Exhibitor, Hall, Scan

# -- events -------------------------------------------------------------------------


def list_events(*, session: Session) -> list[Event]:
    return list(session.exec(select(Event).order_by(col(Event.date), col(Event.id))))


def latest_event(*, session: Session) -> Event | None:
    return session.exec(
        select(Event).order_by(col(Event.date).desc(), col(Event.id).desc())
    ).first()


def get_event(event_id: int, *, session: Session) -> Event | None:
    return session.get(Event, event_id)


def event_timezone(event_id: int | None, *, session: Session) -> ZoneInfo:
    """The time zone of edition ``event_id`` (the latest one if None; Europe/Paris if none):
    every time shown to a user is in the event's zone, never the computer's."""
    event = (
        get_event(event_id, session=session)
        if event_id is not None
        else latest_event(session=session)
    )
    return ZoneInfo((event.timezone if event is not None else None) or DEFAULT_TIMEZONE)


def find_event(name: str, date: dt.date, *, session: Session) -> Event | None:
    """The edition with this name (case and surrounding blanks ignored) on this date."""
    wanted = name.strip().casefold()
    for event in session.exec(select(Event).where(Event.date == date)):
        if (event.name or "").strip().casefold() == wanted:
            return event
    return None


def create_event(name: str, date: dt.date, venue: str = "", *, session: Session, **fields) -> Event:
    event = Event(name=name, date=date, venue=venue, **fields)
    session.add(event)
    session.flush()
    return event


def database_is_empty(*, session: Session) -> bool:
    return session.exec(select(func.count()).select_from(Event)).one() == 0


def hall_of(event_id: int, *, session: Session) -> Hall | None:
    return session.exec(select(Hall).where(Hall.event_id == event_id)).first()


# -- attendees ----------------------------------------------------------------------


def search_attendees(
    event_id: int, text: str = "", *, session: Session, limit: int | None = None
) -> list[Attendee]:
    """Attendees whose name, company or e-mail contain every word of ``text``.

    Accent- and case-insensitive ("lefevre" finds "Lefèvre"), through the folded
    ``search_key`` column.  Sorted by last name, first name.
    """
    query = _matching(select(Attendee), event_id, text, limit)
    return list(session.exec(query))


def _matching(query, event_id: int, text: str, limit: int | None):
    query = query.where(Attendee.event_id == event_id)
    for word in fold(text).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(col(Attendee.search_key).like(f"%{escaped}%", escape="\\"))
    query = query.order_by(func.lower(Attendee.last_name), func.lower(Attendee.first_name))
    if limit:
        query = query.limit(limit)
    return query


ATTENDEE_COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "company",
    "job_title",
    "email",
    "phone",
    "category",
    "exhibitor_id",
    "source",
    "external_ref",
    "code",
    "cancelled",
    "checked_in_at",
    "checked_in_station",
    "consent",  # may exhibitors receive their details: True, False, None (never asked)
)


def attendee_rows(
    event_id: int, text: str = "", *, session: Session, limit: int | None = None
) -> list[dict]:
    """Same search as ``search_attendees``, as plain dicts (JSON-ready, thread-safe).

    Reads columns without building ORM objects: the fast path for lists and ``--json``.
    """
    columns = [getattr(Attendee, name) for name in ATTENDEE_COLUMNS]
    query = _matching(select(*columns), event_id, text, limit)
    rows = []
    for values in session.exec(query):
        row = dict(zip(ATTENDEE_COLUMNS, values, strict=True))
        if row["checked_in_at"] is not None:
            row["checked_in_at"] = row["checked_in_at"].isoformat()
        row["tickets"] = []
        rows.append(row)
    if rows:
        by_id = {row["id"]: row for row in rows}
        codes = select(AttendeeCode.attendee_id, AttendeeCode.code).where(
            AttendeeCode.event_id == event_id
        )
        if limit:
            codes = codes.where(col(AttendeeCode.attendee_id).in_(list(by_id)))
        for attendee_id, code in session.exec(codes.order_by(col(AttendeeCode.id))):
            if attendee_id in by_id:
                by_id[attendee_id]["tickets"].append(code)
    return rows


def attendee_by_code(code: str, *, session: Session) -> Attendee | None:
    return session.exec(select(Attendee).where(Attendee.code == code)).first()


def ticket_holder(
    codes: list[str], event_id: int, *, session: Session
) -> tuple[Attendee, str] | None:
    """Who holds one of ``codes`` (the readings of one scanned ticket, best first) as a
    ticket code: in edition ``event_id`` first, else in another edition (the decision then
    says « another edition »).  ``(attendee, the code as stored)`` or None."""
    if not codes:
        return None
    rows = session.exec(
        select(AttendeeCode.attendee_id, AttendeeCode.code, AttendeeCode.event_id).where(
            col(AttendeeCode.code).in_(codes)
        )
    ).all()
    if not rows:
        return None
    rows = sorted(rows, key=lambda r: (r[2] != event_id, codes.index(r[1])))
    attendee = session.get(Attendee, rows[0][0])
    return (attendee, rows[0][1]) if attendee is not None else None


def tickets_of(attendee_id: int, *, session: Session) -> list[str]:
    """The ticket codes of one person, in import order."""
    return list(
        session.exec(
            select(AttendeeCode.code)
            .where(AttendeeCode.attendee_id == attendee_id)
            .order_by(col(AttendeeCode.id))
        )
    )


def attendee_dict(a: Attendee) -> dict:
    """The attendee object of the command-line contract (JSON-ready)."""
    row = {name: getattr(a, name) for name in ATTENDEE_COLUMNS}
    row["checked_in_at"] = a.checked_in_at.isoformat() if a.checked_in_at else None
    return row


# -- exhibitors ---------------------------------------------------------------------


def list_exhibitors(event_id: int, *, session: Session) -> list[dict]:
    """Exhibitors with their booth codes, staff count and presence, sorted by name."""
    exhibitors = session.exec(select(Exhibitor).where(Exhibitor.event_id == event_id)).all()
    booths: dict[int, list[str]] = {}
    for ex_id, code in session.exec(
        select(Booth.exhibitor_id, Booth.code).where(
            Booth.event_id == event_id, col(Booth.exhibitor_id).is_not(None)
        )
    ):
        booths.setdefault(ex_id, []).append(code)
    staff = Counter()
    present = set()
    for ex_id, checked in session.exec(
        select(Attendee.exhibitor_id, Attendee.checked_in_at).where(
            Attendee.event_id == event_id, col(Attendee.exhibitor_id).is_not(None)
        )
    ):
        staff[ex_id] += 1
        if checked is not None:
            present.add(ex_id)
    rows = []
    for ex in exhibitors:
        rows.append(
            {
                "id": ex.id,
                "name": ex.name,
                "sector": ex.sector,
                "booths": sorted(booths.get(ex.id, []), key=natural_key),
                "contact_name": ex.contact_name,
                "contact_email": ex.contact_email,
                "contact_phone": ex.contact_phone,
                "website": ex.website,
                "description": ex.description,
                "staff": staff[ex.id],
                "present": ex.id in present,
            }
        )
    rows.sort(key=lambda r: fold(r["name"]))
    return rows


def present_exhibitor_ids(event_id: int, *, session: Session) -> set[int]:
    """Exhibitors one of whose staff has checked in (an exhibitor is then "present")."""
    return set(
        session.exec(
            select(Attendee.exhibitor_id)
            .where(
                Attendee.event_id == event_id,
                col(Attendee.exhibitor_id).is_not(None),
                col(Attendee.checked_in_at).is_not(None),
            )
            .distinct()
        )
    )


# -- numbers ------------------------------------------------------------------------


def counts(event_id: int, *, session: Session) -> dict[str, int]:
    """The headline numbers shown in the status bar (cheap: a few COUNTs)."""

    def count(query) -> int:
        return session.exec(query).one()

    active = and_(Attendee.event_id == event_id, col(Attendee.cancelled).is_(False))
    return {
        "attendees": count(select(func.count()).select_from(Attendee).where(active)),
        "checked_in": count(
            select(func.count())
            .select_from(Attendee)
            .where(active, col(Attendee.checked_in_at).is_not(None))
        ),
        "exhibitors": count(
            select(func.count()).select_from(Exhibitor).where(Exhibitor.event_id == event_id)
        ),
        "booths": count(select(func.count()).select_from(Booth).where(Booth.event_id == event_id)),
    }


def change_marks(event_id: int, *, session: Session) -> dict[str, tuple]:
    """Cheap fingerprints of what other processes may change (other desks' scans,
    walk-ins, edits): a page refreshes when its fingerprint moves."""
    scans = session.exec(
        select(func.count(), func.max(Scan.id)).where(Scan.event_id == event_id)
    ).one()
    undone = session.exec(
        select(func.count())
        .select_from(Scan)
        .where(Scan.event_id == event_id, col(Scan.undone).is_(True))
    ).one()
    attendees = session.exec(
        select(func.count(), func.max(Attendee.updated_at)).where(Attendee.event_id == event_id)
    ).one()
    exhibitors = session.exec(
        select(func.count(), func.max(Exhibitor.id)).where(Exhibitor.event_id == event_id)
    ).one()
    return {
        "scans": (*scans, undone),
        "attendees": tuple(str(v) for v in attendees),
        "exhibitors": tuple(exhibitors),
    }


def _quarter(moment: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    local = moment.astimezone(tz)
    return local.replace(minute=local.minute - local.minute % 15, second=0, microsecond=0)


def _opening_hours(event: Event | None, tz: ZoneInfo) -> dict | None:
    """The edition's day, start and end as local ISO times (the arrivals chart's span)."""
    if event is None or event.date is None:
        return None
    start = dt.datetime.combine(event.date, event.opens_at, tz)
    end = dt.datetime.combine(event.date, event.closes_at, tz)
    return {"start": start.isoformat(), "end": end.isoformat()} if end > start else None


def stats(event_id: int, *, session: Session) -> dict:
    """Numbers of the edition, as ``itday stats --json`` prints them."""
    event = session.get(Event, event_id)
    tz = ZoneInfo(event.timezone if event else "Europe/Paris")
    result = counts(event_id, session=session)
    rows = session.exec(
        select(
            Attendee.category, Attendee.checked_in_at, Attendee.source, Attendee.exhibitor_id
        ).where(Attendee.event_id == event_id, col(Attendee.cancelled).is_(False))
    ).all()
    by_category = {c.value: {"registered": 0, "checked_in": 0} for c in Category}
    quarters: Counter[dt.datetime] = Counter()
    walk_ins = 0
    present: set[int] = set()
    for category, checked_in_at, source, exhibitor_id in rows:
        slot = by_category.setdefault(category, {"registered": 0, "checked_in": 0})
        slot["registered"] += 1
        if source == Source.WALK_IN:
            walk_ins += 1
        if checked_in_at is not None:
            slot["checked_in"] += 1
            quarters[_quarter(checked_in_at, tz)] += 1
            if exhibitor_id is not None:
                present.add(exhibitor_id)
    by_quarter = {k.isoformat(): quarters[k] for k in sorted(quarters)}
    peak = max(quarters.items(), key=lambda kv: (kv[1], -kv[0].timestamp()), default=None)
    scans_by_station = dict(
        session.exec(
            select(Scan.station, func.count())
            .where(Scan.event_id == event_id)
            .group_by(Scan.station)
            .order_by(Scan.station)
        ).all()
    )
    from itday.core.checkin import REENTRY_REFUSALS

    refused: Counter[str] = Counter()  # by the reason the station gave (the result if none)
    for result_value, reason, n in session.exec(
        select(Scan.result, Scan.reason, func.count())
        .where(
            Scan.event_id == event_id,
            or_(
                Scan.result == "unknown",
                Scan.result == "invalid",
                Scan.result == "cancelled",
                col(Scan.reason).in_(REENTRY_REFUSALS),  # a re-entry the rule refused
            ),
        )
        .group_by(Scan.result, Scan.reason)
    ).all():
        refused[reason or result_value] += n
    refused = dict(refused.most_common())
    result.update(
        {
            "exhibitors_present": len(present),
            "walk_ins": walk_ins,
            "show_rate": round(result["checked_in"] / result["attendees"], 4)
            if result["attendees"]
            else 0.0,
            "by_category": by_category,
            "by_quarter_hour": by_quarter,
            "peak_quarter_hour": {"time": peak[0].isoformat(), "arrivals": peak[1]}
            if peak
            else None,
            "scans_by_station": scans_by_station,
            "refused_by_reason": refused,
            "opening_hours": _opening_hours(event, tz),
        }
    )
    return result


# -- settings shared by every station ------------------------------------------------------


def get_setting(key: str, *, session: Session) -> str | None:
    from itday.db.models import AppSetting

    row = session.get(AppSetting, key)
    return row.value if row is not None else None


def set_setting(key: str, value: str | None, *, session: Session) -> None:
    """Store ``value`` under ``key`` (None removes it); the caller commits."""
    from itday.db.models import AppSetting

    row = session.get(AppSetting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def scan_log(event_id: int, *, session: Session, limit: int = 5000) -> list[dict]:
    """The latest scans of the edition, newest first, with the person each one named."""
    rows = session.exec(
        select(Scan, Attendee.first_name, Attendee.last_name, Attendee.company)
        .join(Attendee, col(Attendee.id) == col(Scan.attendee_id), isouter=True)
        .where(Scan.event_id == event_id)
        .order_by(col(Scan.scanned_at).desc(), col(Scan.id).desc())
        .limit(limit)
    ).all()
    return [
        {
            "id": scan.id,
            "scanned_at": scan.scanned_at,
            "code": scan.code,
            "person": " ".join(p for p in (first, last) if p).strip(),
            "company": company or "",
            "result": scan.result,
            "reason": scan.reason,
            "station": scan.station,
            "undone": bool(scan.undone),
        }
        for scan, first, last, company in rows
    ]


def document_language(event_id: int, *, session: Session, chosen: str | None = None) -> str:
    """The language the edition's documents and files for people are made in (« fr »
    unless the organiser chose otherwise); independent of the interface's language.
    ``chosen`` (a command's ``--language``) wins over the edition's."""
    from itday.core.doc_text import language

    return language(chosen or get_setting(f"doc_language:{event_id}", session=session))


def set_document_language(event_id: int, lang: str, *, session: Session) -> None:
    from itday.core.doc_text import language

    set_setting(f"doc_language:{event_id}", language(lang), session=session)


def reentry_policy(event_id: int, *, session: Session) -> dict[str, str]:
    """The edition's re-entry rules: ``{"default": rule, category: rule, …}`` (rules of
    ``itday.core.checkin.Reentry``); empty: re-entry allowed for everyone."""
    import json

    text = get_setting(f"reentry:{event_id}", session=session)
    try:
        policy = json.loads(text) if text else {}
    except ValueError:
        return {}
    return policy if isinstance(policy, dict) else {}


def set_reentry_policy(event_id: int, policy: dict[str, str], *, session: Session) -> None:
    """Store the edition's re-entry rules (the caller commits); rules checked by the caller."""
    import json

    kept = {k: str(v) for k, v in policy.items() if v}
    set_setting(f"reentry:{event_id}", json.dumps(kept) if kept else None, session=session)


def _let_in_or_out():
    """Scans that let someone in (an admission, a re-entry the rule allowed) or out."""
    from itday.core.checkin import REASON_REENTRY, REASON_REENTRY_AFTER_EXIT
    from itday.db.visits import EXIT

    return or_(
        Scan.result == EXIT,
        Scan.result == "admitted",
        Scan.reason.in_((REASON_REENTRY, REASON_REENTRY_AFTER_EXIT)),  # type: ignore[union-attr]
    )


def exited_since_entry(attendee_id: int, *, session: Session) -> bool:
    """Whether the person's last scan that let them in or out is an exit scan: scanned out
    at the entrance and not back in since (what « ré-entrée après sortie » asks)."""
    from itday.db.visits import EXIT

    last = session.exec(
        select(Scan.result)
        .where(Scan.attendee_id == attendee_id, col(Scan.undone).is_(False), _let_in_or_out())
        .order_by(col(Scan.scanned_at).desc(), col(Scan.id).desc())
        .limit(1)
    ).first()
    return last == EXIT


def exited_attendees(event_id: int, *, session: Session) -> set[int]:
    """The edition's people whose last scan in or out is an exit (``exited_since_entry``
    for everyone at once: a station's local copy).  Only people with an exit scan are read."""
    from itday.db.visits import EXIT

    with_exit = (
        select(Scan.attendee_id)
        .where(Scan.event_id == event_id, Scan.result == EXIT, col(Scan.undone).is_(False))
        .distinct()
    )
    last: dict[int, str] = {}
    for attendee_id, result in session.exec(
        select(Scan.attendee_id, Scan.result)
        .where(
            col(Scan.attendee_id).in_(with_exit),
            col(Scan.undone).is_(False),
            _let_in_or_out(),
        )
        .order_by(col(Scan.scanned_at), col(Scan.id))
    ):
        last[attendee_id] = result
    return {attendee_id for attendee_id, result in last.items() if result == EXIT}
