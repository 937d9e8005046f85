"""A scan at a talk room's door: the decision and its writes in one locked transaction.

``record_room_scan`` is the one path of door scans (the Accueil's « salle » mode, the
display's station, ``itday checkin --room``).  Several door stations and the entrance desks
write at once: the count a door decides on must be the count it writes to, so the whole scan
— closing the sessions that ended, reading the room's count and the person's presences,
writing the presence and the scan — is one transaction that no other door scan interleaves
with: on SQLite it starts with ``BEGIN IMMEDIATE`` (the write lock taken before the first
read, so two doors never decide on the same count), on PostgreSQL it first locks the
edition's room rows (``SELECT … FOR UPDATE``, in id order).  When the function returns, the
scan is committed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import insert, update
from sqlmodel import Session, col, select

from itday.core import rooms as rules
from itday.core import tickets
from itday.core.checkin import KnownAttendee, decide, read_scan
from itday.core.checkin import message as checkin_message
from itday.core.enums import ScanResult
from itday.db import repo
from itday.db import rooms as db_rooms
from itday.db.models import Attendee, Event, Room, RoomPresence, RoomScan
from itday.db.types import utcnow
from itday.errors import QT_TRANSLATE_NOOP, ItdayError

NO_ROOM = QT_TRANSLATE_NOOP(
    "errors", "Aucune salle « {room} » dans cette édition (salles : {rooms})."
)
NO_ROOMS = QT_TRANSLATE_NOOP(
    "errors",
    "Aucune salle dans cette édition : importez le programme d'abord "
    "(itday import programme FICHIER).",
)


@dataclass(frozen=True)
class RoomOutcome:
    """A committed door scan, as plain data for the GUI thread and for JSON."""

    scan_id: int
    code: str
    room_id: int
    room: str
    capacity: int
    direction: str
    result: str
    reason: str
    inside: int
    session_id: int | None
    session: str | None
    override: bool
    message: str
    attendee: dict | None
    scanned_at: dt.datetime

    @property
    def level(self) -> str:
        return rules.level(self.inside, self.capacity)

    @property
    def tone(self) -> str:
        return rules.tone(self.result, self.inside, self.capacity)

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "result": self.result,
            "reason": self.reason,
            "room": self.room,
            "room_id": self.room_id,
            "inside": self.inside,
            "capacity": self.capacity,
            "level": self.level,
            "direction": self.direction,
            "session": self.session,
            "session_id": self.session_id,
            "override": self.override,
            "attendee": self.attendee,
            "scanned_at": self.scanned_at.isoformat(),
            "message": self.message,
        }


def room_named(session: Session, event_id: int, name: str) -> Room:
    """The room ``name`` names (or its number); ``ItdayError`` naming the rooms if none."""
    room = db_rooms.find_room(event_id, name, session=session)
    if room is not None:
        return room
    names = [r.name for r in db_rooms.list_rooms(event_id, session=session)]
    if not names:
        raise ItdayError(NO_ROOMS)
    raise ItdayError(NO_ROOM, room=name, rooms=", ".join(names))


def _lock(session: Session, event_id: int) -> None:
    """Start the scan's transaction holding the lock every door scan takes."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        raw = conn.connection.dbapi_connection
        if not raw.in_transaction:  # pysqlite has not begun yet: take the write lock now
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        return
    session.exec(
        select(Room.id).where(Room.event_id == event_id).order_by(Room.id).with_for_update()
    ).all()


def _holder(session: Session, event_id: int, scanned) -> tuple[Attendee | None, str]:
    """Whoever holds the code (badge, else ticket), and the code as logged."""
    code = scanned.code[:512]
    attendee = repo.attendee_by_code(code, session=session) if code else None
    if attendee is None and code and scanned.may_be_ticket:
        held = repo.ticket_holder(tickets.candidates(code), event_id, session=session)
        if held is not None:
            attendee, code = held
    return attendee, code


def _code_refusal(scanned, attendee: Attendee | None, event_id: int):
    """A code the entrance itself would refuse (unknown, not ours, cancelled): (result,
    reason, message), or None when the code is a person's of this edition."""
    known = None
    if attendee is not None:
        known = KnownAttendee(
            attendee.id,
            attendee.event_id,
            attendee.category,
            attendee.cancelled,
            attendee.checked_in_at,
            attendee.checked_in_station,
            cancel_reason=attendee.cancel_reason,
        )
    decision = decide(scanned, known, event_id)
    if decision.result in (ScanResult.ADMITTED, ScanResult.ALREADY_ADMITTED):
        return None
    return decision.result.value, decision.reason, checkin_message(decision)


def record_room_scan(
    session: Session,
    event_id: int,
    raw: str,
    room_id: int,
    station: str,
    *,
    exit: bool = False,
    override: bool = False,
    scanned_at: dt.datetime | None = None,
    uid: str | None = None,
) -> RoomOutcome:
    """Decide on ``raw`` at ``room_id``'s door, write the presence and the scan, commit."""
    from itday.services.checkin import storable

    scanned = read_scan(storable(raw))
    try:
        _lock(session, event_id)
        # the time once the lock is held: a scan committed after another is never earlier
        moment = scanned_at or utcnow()
        room = session.get(Room, room_id)
        if room is None or room.event_id != event_id:
            raise ItdayError(QT_TRANSLATE_NOOP("errors", "Cette salle n'existe plus."))
        programme = db_rooms.slots(event_id, session=session)
        db_rooms.close_ended(event_id, moment, session=session, programme=programme)
        attendee, code = _holder(session, event_id, scanned)
        inside = db_rooms.inside(room.id, session=session)
        refusal = _code_refusal(scanned, attendee, event_id)
        entered: dict[int, dt.datetime] = {}
        if refusal is not None:
            result, reason, said = refusal
            decision = rules.DoorDecision(result, inside_after=inside)
        else:
            decision, entered = _decide(
                session, programme, room, attendee, moment, inside, exit, override
            )
            result, said = decision.result, rules.message(decision)
            reason = _reason(decision)
        _write_presence(session, event_id, room.id, attendee, decision, moment, station, entered)
        direction = "exit" if exit else "entry"
        scan_id = session.execute(  # Core inserts: half the time of the ORM's flush
            insert(RoomScan).values(
                uid=uid or str(uuid.uuid4()),
                event_id=event_id,
                room_id=room.id,
                session_id=decision.session_id,
                code=code,
                attendee_id=attendee.id if attendee is not None else None,
                direction=direction,
                result=result,
                reason=reason,
                station=station,
                override=decision.override,
                inside=decision.inside_after,
                scanned_at=moment,
            )
        ).inserted_primary_key[0]
        title = next((x.title for x in programme if x.id == decision.session_id), None)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return RoomOutcome(
        scan_id,
        code,
        room.id,
        room.name,
        room.capacity,
        direction,
        result,
        reason,
        decision.inside_after,
        decision.session_id,
        title,
        decision.override,
        said,
        repo.attendee_dict(attendee) if attendee is not None else None,
        moment,
    )


def _reason(decision: rules.DoorDecision) -> str:
    if decision.override:
        return "override"
    if decision.speaker:
        return "speaker"
    if decision.reentry and decision.result == rules.ADMITTED:
        return "reentry"
    if decision.close_reason == rules.END_MOVED:
        return "moved"
    return "" if decision.passes else decision.result


def _decide(session, programme, room, attendee, moment, inside, exit, override):
    """The door's decision and when each of the person's open presences began."""
    stays, left_sessions = db_rooms.presences_of(attendee.id, session=session)
    entered = {st.id: st.entered_at for st in stays}
    if exit:
        return rules.decide_exit(room_id=room.id, inside=inside, stays=stays), entered
    from itday.services.speakers import is_speaker_of

    slot = rules.current_session(programme, room.id, moment)
    left = slot is not None and slot.id in left_sessions
    speaker = slot is not None and is_speaker_of(session, attendee, slot.id)
    decision = rules.decide_entry(
        attendee_id=attendee.id,
        admitted_at_entrance=attendee.checked_in_at is not None,
        room_id=room.id,
        capacity=room.capacity,
        session=slot,
        inside=inside,
        stays=stays,
        left_session=left,
        override=override,
        speaker_free=speaker,
    )
    return decision, entered


def _write_presence(session, event_id, room_id, attendee, decision, moment, station, entered):
    for stay_id in decision.closes:  # (one, normally)
        session.execute(
            update(RoomPresence)
            .where(col(RoomPresence.id) == stay_id, col(RoomPresence.exited_at).is_(None))
            .values(
                # times given by a replay may go backwards
                exited_at=max(moment, entered.get(stay_id, moment)),
                exit_station=station,
                exit_reason=decision.close_reason,
            )
            .execution_options(synchronize_session=False)
        )
    if decision.opens:
        session.execute(
            insert(RoomPresence).values(
                event_id=event_id,
                room_id=room_id,
                session_id=decision.session_id,
                attendee_id=attendee.id,
                entered_at=moment,
                entry_station=station,
                exit_station="",
                exit_reason="",
                override=decision.override,
                free=decision.speaker,  # a speaker let in without counting
            )
        )


def occupancy(session: Session, event_id: int, at: dt.datetime | None = None) -> list[dict]:
    """Each room's count now (or at ``at``): see ``itday.db.rooms.occupancy``."""
    return db_rooms.occupancy(event_id, at or utcnow(), session=session)


def room_figures(session: Session, event_id: int, at: dt.datetime | None = None) -> dict:
    """``itday stats --json`` ``rooms``: ``occupancy`` (each room now) and ``sessions``
    (each session's attendance: ``itday.db.rooms.attendance``)."""
    from zoneinfo import ZoneInfo

    event = session.get(Event, event_id)
    tz = ZoneInfo(event.timezone if event and event.timezone else "Europe/Paris")
    return {
        "occupancy": occupancy(session, event_id, at),
        "sessions": db_rooms.attendance(event_id, session=session, tz=tz),
    }
