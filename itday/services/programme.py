"""The day's programme in the base: rooms and sessions, entered or imported (issue 27).

``import_programme`` writes what ``itday.core.importing.programme`` read: a room named in the
file is created (or its capacity updated), a session already in the base (same room, title
and start) is updated (its end and speakers), others are added.  A new room needs its
capacity on one of its lines; a session overlapping one of the base's in the same room is
rejected.  With ``dry_run`` nothing is written and the report is the same.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from itday.core.importing.programme import SessionRecord, read_programme
from itday.core.importing.rows import ImportReport
from itday.core.text import fold
from itday.db import rooms as db_rooms
from itday.db.models import Event, Room, TalkSession
from itday.errors import QT_TRANSLATE_NOOP, ItdayError

BAD_CAPACITY = QT_TRANSLATE_NOOP(
    "errors", "La capacité d'une salle est un nombre de places supérieur à 0."
)
NO_NAME = QT_TRANSLATE_NOOP("errors", "Donnez un nom à la salle.")
SAME_NAME = QT_TRANSLATE_NOOP("errors", "Une salle s'appelle déjà « {name} ».")
BAD_TIMES = QT_TRANSLATE_NOOP("errors", "La fin de la séance doit suivre son début.")
NO_TITLE = QT_TRANSLATE_NOOP("errors", "Donnez un titre à la séance.")


def save_room(
    session: Session,
    event_id: int,
    name: str,
    capacity: int,
    *,
    room_id: int | None = None,
    element_id: int | None = None,
) -> Room:
    """Create (or, with ``room_id``, change) a room; not committed."""
    name = " ".join((name or "").split())
    if not name:
        raise ItdayError(NO_NAME)
    if capacity is None or capacity <= 0:
        raise ItdayError(BAD_CAPACITY)
    other = db_rooms.find_room(event_id, name, session=session)
    if other is not None and other.id != room_id:
        raise ItdayError(SAME_NAME, name=other.name)
    room = session.get(Room, room_id) if room_id is not None else None
    if room is None:
        room = Room(event_id=event_id, name=name, capacity=capacity)
    room.name, room.capacity, room.element_id = name, capacity, element_id
    session.add(room)
    session.flush()
    return room


def save_session(
    session: Session,
    event_id: int,
    room_id: int,
    title: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    speakers: str = "",
    *,
    session_id: int | None = None,
) -> TalkSession:
    """Create (or change) a session of the programme; not committed."""
    title = " ".join((title or "").split())
    if not title:
        raise ItdayError(NO_TITLE)
    if ends_at <= starts_at:
        raise ItdayError(BAD_TIMES)
    talk = session.get(TalkSession, session_id) if session_id is not None else None
    if talk is None:
        talk = TalkSession(event_id=event_id, room_id=room_id, title=title, starts_at=starts_at,
                           ends_at=ends_at)  # fmt: skip
    talk.room_id, talk.title, talk.speakers = room_id, title, speakers.strip()
    talk.starts_at, talk.ends_at = starts_at, ends_at
    session.add(talk)
    session.flush()
    return talk


def _utc(day: dt.date, time: dt.time, tz: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, time, tz).astimezone(dt.UTC)


def _plan(
    session: Session, event: Event, records: list[SessionRecord], report: ImportReport
) -> tuple[dict[str, dict], list[tuple[SessionRecord, dt.datetime, dt.datetime]]]:
    """What the import will write: rooms (folded name → name, capacity, existing row) and the
    sessions kept, with their UTC times; lines it cannot write are rejected in ``report``."""
    tz = ZoneInfo(event.timezone or "Europe/Paris")
    rooms = {fold(r.name): {"name": r.name, "capacity": r.capacity, "row": r}
             for r in db_rooms.list_rooms(event.id, session=session)}  # fmt: skip
    for record in records:
        entry = rooms.setdefault(fold(record.room), {"name": record.room, "capacity": None,
                                                     "row": None})  # fmt: skip
        if record.capacity is not None:
            entry["capacity"] = record.capacity
    existing = db_rooms.list_sessions(event.id, session=session)
    kept = []
    for record in records:
        entry = rooms[fold(record.room)]
        if entry["capacity"] is None:
            report.reject(
                record.line,
                f"capacité de la salle {record.room} inconnue : donnez-la dans la colonne "
                "« Capacité »",
            )
            continue
        day = record.date or event.date
        start, end = _utc(day, record.start, tz), _utc(day, record.end, tz)
        row = entry["row"]
        clash = None
        if row is not None:
            clash = next(
                (
                    s
                    for s in existing
                    if s.room_id == row.id
                    and s.starts_at < end
                    and start < s.ends_at
                    and not (fold(s.title) == fold(record.title) and s.starts_at == start)
                ),
                None,
            )
        if clash is not None:
            report.reject(
                record.line,
                f"chevauche « {clash.title} », déjà au programme de la salle {row.name}",
            )
            continue
        kept.append((record, start, end))
    return rooms, kept


def import_programme(
    session: Session, event_id: int, path: str | Path, *, dry_run: bool = False
) -> tuple[ImportReport, dict]:
    """Read and write a programme file; (the report, {"rooms": created, "rooms_updated": n})."""
    records, report = read_programme(path)
    report.dry_run = dry_run
    event = session.get(Event, event_id)
    rooms, kept = _plan(session, event, records, report)
    created = changed = 0
    used = {fold(record.room) for record, _, _ in kept}
    for key, entry in rooms.items():
        row = entry["row"]
        if key not in used or (row is not None and row.capacity == entry["capacity"]):
            continue
        if row is None:
            created += 1
        else:
            changed += 1
        if not dry_run:
            entry["row"] = save_room(
                session, event_id, entry["name"], entry["capacity"],
                room_id=row.id if row is not None else None,
                element_id=row.element_id if row is not None else None,
            )  # fmt: skip
    existing = {
        (s.room_id, fold(s.title), s.starts_at): s
        for s in db_rooms.list_sessions(event_id, session=session)
    }
    added = _link_speakers(session, event_id, kept, dry_run)
    for record, start, end in kept:
        row = rooms[fold(record.room)]["row"]
        same = existing.get((row.id, fold(record.title), start)) if row is not None else None
        speakers = ", ".join(record.speakers)
        if same is not None:
            if (same.ends_at, same.speakers) == (end, speakers):
                report.unchanged += 1
                continue
            report.updated += 1
        else:
            report.imported += 1
        if not dry_run:
            save_session(session, event_id, row.id, record.title, start, end, speakers,
                         session_id=same.id if same is not None else None)  # fmt: skip
    if dry_run:
        session.rollback()
    else:
        session.commit()
    return report, {"rooms": created, "rooms_updated": changed, "speakers_created": added}


def _link_speakers(session: Session, event_id: int, kept, dry_run: bool) -> list[dict]:
    """Link each line's speakers to people of category Intervenant, creating those the
    edition lacks: [{"line", "name"}] of the people created (or that would be)."""
    from itday.services.speakers import link_speakers, speakers_of_edition

    known = speakers_of_edition(session, event_id)
    added = []
    for record, _, _ in kept:
        _, names = link_speakers(
            session, event_id, ", ".join(record.speakers), dry_run=dry_run, known=known
        )
        added += [{"line": record.line, "name": name} for name in names]
    return added


def programme_json(report: ImportReport, rooms: dict) -> dict:
    """``itday import programme --json``: the import report and the rooms created."""
    return {**report.to_json(), **rooms}


def delete_room(session: Session, room_id: int) -> None:
    """Remove a room with its sessions and presences (the caller confirms first)."""
    room = session.get(Room, room_id)
    if room is not None:
        session.delete(room)
        session.flush()


def delete_session(session: Session, session_id: int) -> None:
    talk = session.get(TalkSession, session_id)
    if talk is not None:
        session.delete(talk)
        session.flush()


def rooms_and_sessions(session: Session, event_id: int) -> tuple[list[Room], list[TalkSession]]:
    return (
        db_rooms.list_rooms(event_id, session=session),
        list(
            session.exec(
                select(TalkSession)
                .where(TalkSession.event_id == event_id)
                .order_by(TalkSession.starts_at)
            ).all()
        ),
    )


# -- snapshots, for the Programme view's undo ---------------------------------------------

_ROOM_FIELDS = ("id", "event_id", "name", "capacity", "element_id")
_SESSION_FIELDS = ("id", "event_id", "room_id", "title", "speakers", "starts_at", "ends_at")


def session_snapshot(session: Session, session_id: int) -> dict | None:
    talk = session.get(TalkSession, session_id)
    return {k: getattr(talk, k) for k in _SESSION_FIELDS} if talk is not None else None


def room_snapshot(session: Session, room_id: int) -> dict | None:
    """The room and its sessions (its presences and door scans are not kept)."""
    room = session.get(Room, room_id)
    if room is None:
        return None
    talks = session.exec(select(TalkSession.id).where(TalkSession.room_id == room_id)).all()
    return {
        "room": {k: getattr(room, k) for k in _ROOM_FIELDS},
        "sessions": [session_snapshot(session, t) for t in talks],
    }


def restore_session(session: Session, snapshot: dict) -> None:
    talk = session.get(TalkSession, snapshot["id"])
    if talk is None:
        session.add(TalkSession(**snapshot))
    else:
        for key, value in snapshot.items():
            setattr(talk, key, value)
    session.flush()


def restore_room(session: Session, snapshot: dict) -> None:
    values = snapshot["room"]
    room = session.get(Room, values["id"])
    if room is None:
        session.add(Room(**values))
    else:
        for key, value in values.items():
            setattr(room, key, value)
    session.flush()
    for talk in snapshot["sessions"]:
        restore_session(session, talk)
