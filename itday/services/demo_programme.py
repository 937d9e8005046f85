"""The demo edition's talks: three rooms, eight sessions with the demo's speakers, and the
doors' morning (issue 27), so the Programme page, the rooms' figures and the report have
something to show.

Deterministic (its own ``random.Random``): the rest of the demo is as it was.  The morning's
sessions (until 11:30, when the demo's day stands) have their door scans, consistent with
the entrance: only people admitted at the entrance go in, after their arrival; a few leave
early (an exit scan), the others' presences close at the session's end; the workshop fills
up and refuses a few (« Salle complète »); someone who never came through the entrance is
sent back to it.  The afternoon's sessions are still to come.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlmodel import Session

from itday.core import rooms as rules
from itday.core.enums import Category
from itday.db import models as m

#: (room, capacity, placed on the hall's element of this label or None)
ROOMS = (
    ("Amphithéâtre", 150, "Espace conférences"),
    ("Salle Garonne", 40, None),
    ("Atelier Canal", 20, None),
)
#: (room, title, local start "HH:MM", minutes, how many speakers)
SESSIONS = (
    ("Amphithéâtre", "Ouverture : le numérique en Occitanie", "09:30", 45, 2),
    ("Amphithéâtre", "IA générative : promesses et limites", "10:30", 45, 1),
    ("Amphithéâtre", "Cybersécurité des PME : retours d'expérience", "14:00", 45, 2),
    ("Amphithéâtre", "Table ronde : recruter dans le numérique", "16:00", 60, 3),
    ("Salle Garonne", "Cloud souverain : quels choix pour les collectivités ?", "09:45", 45, 1),
    ("Salle Garonne", "IoT industriel : du capteur au tableau de bord", "10:45", 45, 1),
    ("Salle Garonne", "Open data des territoires", "14:30", 45, 1),
    ("Atelier Canal", "Atelier Python : automatiser ses tableaux", "10:00", 60, 1),
)
#: who goes to the talks: visitors, press and guests (the exhibitors' staff keep their stands)
AUDIENCE = (Category.VISITOR, Category.PRESS, Category.VIP)
#: the demo's day stands at this local time: sessions ended by then have their door scans
MORNING_ENDS = dt.time(11, 30)
DOOR = "Porte {room}"


def add_programme(session: Session, event: m.Event, attendees, elements, at, seed: int) -> None:
    """Rooms, sessions and (with arrivals) the morning's door scans of the demo edition.

    ``attendees``: the demo's people (flushed, with their arrivals); ``elements``: the hall's
    elements (flushed); ``at(hour, minute)``: the demo day's local time in UTC."""
    rng = random.Random(seed + 3)
    placed = {e.label: e.id for e in elements}
    rooms = {}
    for name, capacity, element in ROOMS:
        room = m.Room(event_id=event.id, name=name, capacity=capacity,
                      element_id=placed.get(element) if element else None)  # fmt: skip
        session.add(room)
        rooms[name] = room
    session.flush()
    speakers = [a for a in attendees if a.category == Category.SPEAKER]
    rng.shuffle(speakers)
    talks = []
    for room, title, start, minutes, n in SESSIONS:
        hour, minute = (int(x) for x in start.split(":"))
        names = ", ".join(f"{p.first_name} {p.last_name}" for p in speakers[:n])
        speakers = speakers[n:] + speakers[:n]  # each speaker in turn
        talks.append(
            m.TalkSession(
                event_id=event.id,
                room_id=rooms[room].id,
                title=title,
                speakers=names,
                starts_at=at(hour, minute),
                ends_at=at(hour, minute + minutes),
            )
        )
    session.add_all(talks)
    session.flush()
    if any(a.checked_in_at is not None for a in attendees):
        end = at(MORNING_ENDS.hour, MORNING_ENDS.minute)
        _play_doors(session, event, rooms, talks, attendees, end, rng)


def _play_doors(session, event, rooms, talks, attendees, end, rng: random.Random) -> None:
    """The door scans of the sessions ended by ``end``, room by room in time order."""
    by_id = {r.id: r for r in rooms.values()}
    busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}  # person → times in a room
    came = [a for a in attendees if a.checked_in_at is not None and a.category in AUDIENCE]
    scans: list[m.RoomScan] = []
    presences: list[m.RoomPresence] = []
    for talk in sorted(talks, key=lambda t: t.starts_at):
        if talk.ends_at > end:
            continue
        room = by_id[talk.room_id]
        wanted = int(room.capacity * rng.uniform(0.55, 0.9)) if room.capacity > 30 else 24
        free = [
            a for a in came
            if a.checked_in_at < talk.starts_at + dt.timedelta(minutes=10)
            and not any(s < talk.ends_at and talk.starts_at < e for s, e in busy.get(a.id, []))
        ]  # fmt: skip
        rng.shuffle(free)
        door = DOOR.format(room=room.name)
        entries = []
        for a in free[:wanted]:
            earliest = max(a.checked_in_at + dt.timedelta(minutes=2), talk.starts_at - rules.LEAD)
            entries.append((earliest + dt.timedelta(minutes=rng.uniform(0, 12)), a))
        entries.sort(key=lambda x: x[0])
        inside = 0
        events = []  # (time, +1 entry / -1 exit, person) in order, for the door's count
        for moment, a in entries:
            leaves = None
            if rng.random() < 0.15:  # left before the end
                span = (talk.ends_at - moment).total_seconds() / 60
                leaves = moment + dt.timedelta(minutes=rng.uniform(0.3, 0.9) * span)
            events.append((moment, 1, a, leaves))
            if leaves is not None:
                events.append((leaves, -1, a, None))
        events.sort(key=lambda x: (x[0], x[1]))
        for moment, step, a, leaves in events:
            if step == 1 and inside >= room.capacity:
                scans.append(_scan(event, room, talk, a, moment, door, rng, rules.FULL, inside))
                continue
            if step == 1:
                inside += 1
                scans.append(_scan(event, room, talk, a, moment, door, rng, rules.ADMITTED, inside))
                gone = leaves or talk.ends_at
                presences.append(
                    m.RoomPresence(
                        event_id=event.id, room_id=room.id, session_id=talk.id,
                        attendee_id=a.id, entered_at=moment, entry_station=door,
                        exited_at=gone, exit_station=door if leaves else "",
                        exit_reason=rules.END_EXIT if leaves else rules.END_SESSION,
                    )
                )  # fmt: skip
                busy.setdefault(a.id, []).append((moment, gone))
            elif any(p.attendee_id == a.id and p.session_id == talk.id for p in presences):
                inside -= 1
                scans.append(
                    _scan(event, room, talk, a, moment, door, rng, rules.EXITED, inside, "exit")
                )
    never = next(a for a in came_not(attendees))
    first = min((t for t in talks if t.ends_at <= end), key=lambda t: t.starts_at)
    room = by_id[first.room_id]
    moment = first.starts_at + dt.timedelta(minutes=3)
    scans.append(
        _scan(event, room, None, never, moment, DOOR.format(room=room.name), rng,
              rules.NOT_ADMITTED, 0, inside_from=scans)
    )  # fmt: skip
    session.add_all(presences)
    session.add_all(scans)


def came_not(attendees):
    """Registered people who never came through the entrance."""
    return (a for a in attendees if a.checked_in_at is None and not a.cancelled)


def _scan(event, room, talk, a, moment, door, rng, result, inside, direction="entry",
          inside_from=None) -> m.RoomScan:  # fmt: skip
    if inside_from is not None:  # the count the door showed at that moment
        before = [s for s in inside_from if s.room_id == room.id and s.scanned_at <= moment]
        inside = max(before, key=lambda s: s.scanned_at).inside if before else 0
    return m.RoomScan(
        uid=str(uuid.UUID(int=rng.getrandbits(128))),
        event_id=event.id,
        room_id=room.id,
        session_id=talk.id if talk is not None else None,
        code=a.code,
        attendee_id=a.id,
        direction=direction,
        result=result,
        reason="" if result in (rules.ADMITTED, rules.EXITED) else result,
        station=door,
        inside=inside,
        scanned_at=moment,
    )
