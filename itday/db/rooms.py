"""Talk rooms in the base: the programme, the open presences, the counts (issue 27).

Plain values out (``itday.core.rooms`` types and dicts), no ORM object handed on.  The
writes of a door scan are in ``itday.services.rooms``, inside one locked transaction.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from itday.core import rooms as rules
from itday.core.text import fold
from itday.db.models import Room, RoomPresence, TalkSession


def list_rooms(event_id: int, *, session: Session) -> list[Room]:
    return list(
        session.exec(select(Room).where(Room.event_id == event_id).order_by(Room.name)).all()
    )


def find_room(event_id: int, name_or_id: str, *, session: Session) -> Room | None:
    """The room named so (accents and case aside), or of that number."""
    wanted = fold(name_or_id.strip())
    rooms = list_rooms(event_id, session=session)
    for room in rooms:
        if fold(room.name) == wanted:
            return room
    if name_or_id.strip().isdigit():
        for room in rooms:
            if room.id == int(name_or_id):
                return room
    return None


def slots(event_id: int, *, session: Session, room_id: int | None = None) -> list[rules.Slot]:
    query = select(
        TalkSession.id,
        TalkSession.room_id,
        TalkSession.starts_at,
        TalkSession.ends_at,
        TalkSession.title,
    )
    query = query.where(TalkSession.event_id == event_id)
    if room_id is not None:
        query = query.where(TalkSession.room_id == room_id)
    return [rules.Slot(*row) for row in session.exec(query).all()]


def list_sessions(event_id: int, *, session: Session) -> list[TalkSession]:
    return list(
        session.exec(
            select(TalkSession)
            .where(TalkSession.event_id == event_id)
            .order_by(TalkSession.starts_at, TalkSession.room_id)
        ).all()
    )


def close_ended(
    event_id: int, at: dt.datetime, *, session: Session, programme: list[rules.Slot] | None = None
) -> int:
    """Close the open presences of sessions ended by ``at``, at the session's end.  One
    small read when there is nothing to close (the usual case: a scan at every door)."""
    programme = programme if programme is not None else slots(event_id, session=session)
    ends = {s.id: s.ends_at for s in programme if s.ends_at <= at}
    if not ends:
        return 0
    still_open = session.exec(
        select(RoomPresence.session_id)
        .where(RoomPresence.event_id == event_id, col(RoomPresence.exited_at).is_(None))
        .distinct()
    ).all()
    closed = 0
    for session_id in still_open:
        if session_id in ends:
            closed += session.execute(
                update(RoomPresence)
                .where(
                    RoomPresence.session_id == session_id,
                    col(RoomPresence.exited_at).is_(None),
                )
                .values(exited_at=ends[session_id], exit_reason=rules.END_SESSION)
                .execution_options(synchronize_session=False)
            ).rowcount
    return closed


def stays_of(attendee_id: int, *, session: Session) -> list[rules.Stay]:
    """The person's open presences (normally one at most)."""
    rows = session.exec(
        select(
            RoomPresence.id,
            RoomPresence.attendee_id,
            RoomPresence.room_id,
            RoomPresence.session_id,
            RoomPresence.entered_at,
            RoomPresence.free,
        ).where(RoomPresence.attendee_id == attendee_id, col(RoomPresence.exited_at).is_(None))
    ).all()
    return [rules.Stay(*row) for row in rows]


def presences_of(attendee_id: int, *, session: Session) -> tuple[list[rules.Stay], set[int]]:
    """The person's open presences, and the sessions they entered and left (one read)."""
    rows = session.exec(
        select(
            RoomPresence.id,
            RoomPresence.attendee_id,
            RoomPresence.room_id,
            RoomPresence.session_id,
            RoomPresence.entered_at,
            RoomPresence.exited_at,
            RoomPresence.free,
        ).where(RoomPresence.attendee_id == attendee_id)
    ).all()
    stays = [rules.Stay(*row[:5], free=row[6]) for row in rows if row[5] is None]
    return stays, {row[3] for row in rows if row[5] is not None}


def has_left(attendee_id: int, session_id: int, *, session: Session) -> bool:
    """Did the person enter this session before and go out?"""
    return (
        session.exec(
            select(RoomPresence.id).where(
                RoomPresence.attendee_id == attendee_id,
                RoomPresence.session_id == session_id,
                col(RoomPresence.exited_at).is_not(None),
            )
        ).first()
        is not None
    )


def inside(room_id: int, *, session: Session, at: dt.datetime | None = None) -> int:
    """People inside the room: open presences (of sessions not ended by ``at``, if given:
    a display reads the right count before any scan has closed the ended session); the
    speakers let in without counting are not in it."""
    query = (
        select(func.count())
        .select_from(RoomPresence)
        .where(
            RoomPresence.room_id == room_id,
            col(RoomPresence.exited_at).is_(None),
            col(RoomPresence.free).is_(False),
        )
    )
    if at is not None:
        query = query.join(TalkSession, TalkSession.id == RoomPresence.session_id).where(
            TalkSession.ends_at > at
        )
    return session.exec(query).one()


def occupancy(event_id: int, at: dt.datetime, *, session: Session) -> list[dict]:
    """Each room's count at ``at``: ``room_id``, ``room``, ``capacity``, ``inside``,
    ``level`` (ok, amber, full) and the session under way or next (``session``, its title)."""
    counts = dict(
        session.exec(
            select(RoomPresence.room_id, func.count())
            .join(TalkSession, TalkSession.id == RoomPresence.session_id)
            .where(
                RoomPresence.event_id == event_id,
                col(RoomPresence.exited_at).is_(None),
                col(RoomPresence.free).is_(False),  # speakers let in without counting
                TalkSession.ends_at > at,
            )
            .group_by(RoomPresence.room_id)
        ).all()
    )
    programme = slots(event_id, session=session)
    titles = dict(
        session.exec(
            select(TalkSession.id, TalkSession.title).where(TalkSession.event_id == event_id)
        ).all()
    )
    out = []
    for room in list_rooms(event_id, session=session):
        now = rules.current_session(programme, room.id, at)
        n = counts.get(room.id, 0)
        out.append(
            {
                "room_id": room.id,
                "room": room.name,
                "capacity": room.capacity,
                "inside": n,
                "level": rules.level(n, room.capacity),
                "session_id": now.id if now else None,
                "session": titles.get(now.id) if now else None,
            }
        )
    return out


def attendance(event_id: int, *, session: Session, tz) -> list[dict]:
    """Each session's attendance (``itday stats --json`` ``rooms``, the Statistiques page,
    the export and the report): ``session_id``, ``session``, ``room``, ``capacity``,
    ``starts_at``, ``ends_at`` (ISO), ``peak_inside``, ``distinct_people``, ``entries`` and
    ``arrivals_by_minute`` (local ``HH:MM`` → entries), in programme order."""
    visits: dict[int, list] = {}
    rows = session.exec(
        select(
            RoomPresence.session_id,
            RoomPresence.attendee_id,
            RoomPresence.entered_at,
            RoomPresence.exited_at,
            RoomPresence.free,
        ).where(RoomPresence.event_id == event_id)
    ).all()
    for sid, person, entered, exited, free in rows:
        visits.setdefault(sid, []).append((person, entered, exited, free))
    rooms = {r.id: r for r in list_rooms(event_id, session=session)}
    out = []
    for talk in list_sessions(event_id, session=session):
        a = rules.attendance(visits.get(talk.id, []), talk.ends_at, tz)
        room = rooms.get(talk.room_id)
        out.append(
            {
                "session_id": talk.id,
                "session": talk.title,
                "speakers": talk.speakers,
                "room": room.name if room else "",
                "capacity": room.capacity if room else None,
                "starts_at": talk.starts_at.isoformat(),
                "ends_at": talk.ends_at.isoformat(),
                "peak_inside": a.peak_inside,
                "distinct_people": a.distinct_people,
                "entries": a.entries,
                "arrivals_by_minute": a.arrivals_by_minute,
            }
        )
    return out


def attendees_of(session_id: int, *, session: Session) -> list[int]:
    """The people who entered a session (each once), in order of first entry."""
    rows = session.exec(
        select(RoomPresence.attendee_id)
        .where(RoomPresence.session_id == session_id)
        .order_by(RoomPresence.entered_at)
    ).all()
    return list(dict.fromkeys(rows))


def report_rows(event_id: int, *, session: Session) -> list[dict]:
    """``attendance`` in the event's time zone, each row with its time « 10:00–10:45 »
    (the report PDF, the export's event.json)."""
    from itday.db.repo import event_timezone

    tz = event_timezone(event_id, session=session)
    rows = attendance(event_id, session=session, tz=tz)
    for row in rows:
        start = dt.datetime.fromisoformat(row["starts_at"]).astimezone(tz)
        end = dt.datetime.fromisoformat(row["ends_at"]).astimezone(tz)
        row["time"] = f"{start:%H:%M}–{end:%H:%M}"
    return rows
