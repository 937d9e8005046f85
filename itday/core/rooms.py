"""Talk rooms: what a scan at a room's door means (pure rules, issue 27).

A door scan is an entry (or, with ``exit``, an exit) at one room.  An entry goes into the
session under way in that room, or, when none is, the next one starting within
``LEAD`` (15 minutes); with neither, the door refuses (``no_session``).  A person must have
been admitted at the hall's entrance first (``not_admitted``).  Entering a room ends the
person's presence in any other room (``moved``); an exit scan ends it in this one.  Scanning
again at the door of the room one is in changes nothing (``already_inside``); coming back
after an exit is a new entry into the same session (re-entry is allowed).  At 90 % of the
capacity the door turns amber; at 100 % it refuses « Salle complète » (``full``) unless an
organiser overrides it, which is logged.  At a session's end its presences close by
themselves (``session_end``), at the time the session ended.

Speakers (issue 27.1) are people of the edition of category Intervenant, linked to their
sessions by name.  When the organiser says so (``speakers_free``), a speaker scanned at the
door of their own session « gets in without counting against the queue »: let in even when
the room is full, and not counted in « inside » (no presence opens; one they had elsewhere
ends, they moved).  Without it a speaker is a person like any other.

The database layer (``itday.services.rooms``) reads the state and writes the decision in one
transaction that no other door or desk can interleave with, so counts stay exact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from itday.core.enums import Category
from itday.core.importing.programme import split_speakers
from itday.core.text import fold
from itday.errors import QT_TRANSLATE_NOOP

#: an entry before a session goes into it when it starts within this time
LEAD = dt.timedelta(minutes=15)
#: share of the capacity at which the door turns amber
AMBER_SHARE = 0.9

# results of a door scan (``room_scan.result``, the ``result`` of ``itday checkin --room``)
ADMITTED = "admitted"  # let in (counted)
ALREADY_INSIDE = "already_inside"  # scanned again while inside: nothing changes
EXITED = "exited"  # an exit scan ended the presence
NOT_INSIDE = "not_inside"  # an exit scan of someone the room did not count
FULL = "full"
NOT_ADMITTED = "not_admitted"  # never admitted at the hall's entrance
NO_SESSION = "no_session"  # no session under way nor starting within 15 minutes

# why a presence ended (``room_presence.exit_reason``)
END_EXIT = "exit"
END_MOVED = "moved"
END_SESSION = "session_end"

#: what the door says, by result (French, context "rooms")
MESSAGES = {
    ADMITTED: QT_TRANSLATE_NOOP("rooms", "entrée en salle"),
    ALREADY_INSIDE: QT_TRANSLATE_NOOP("rooms", "déjà dans la salle"),
    EXITED: QT_TRANSLATE_NOOP("rooms", "sortie enregistrée"),
    NOT_INSIDE: QT_TRANSLATE_NOOP("rooms", "n'était pas compté(e) dans la salle"),
    FULL: QT_TRANSLATE_NOOP("rooms", "Salle complète"),
    NOT_ADMITTED: QT_TRANSLATE_NOOP("rooms", "pas entré(e) au salon — passer par l'accueil"),
    NO_SESSION: QT_TRANSLATE_NOOP("rooms", "aucune séance en cours ni dans les 15 minutes"),
}
OVERRIDDEN = QT_TRANSLATE_NOOP("rooms", "entrée forcée par l'organisation (salle complète)")
REENTRY = QT_TRANSLATE_NOOP("rooms", "ré-entrée dans la séance")
SPEAKER = QT_TRANSLATE_NOOP("rooms", "intervenant(e) de la séance — entre sans compter")

#: results that let the person through the door (or out of it)
PASSING = frozenset({ADMITTED, ALREADY_INSIDE, EXITED, NOT_INSIDE})


@dataclass(frozen=True)
class Slot:
    """A session of the programme as the rules need it."""

    id: int
    room_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    title: str = ""


@dataclass(frozen=True)
class Stay:
    """An open presence: someone inside a room during a session."""

    id: int
    attendee_id: int
    room_id: int
    session_id: int
    entered_at: dt.datetime
    free: bool = False  # a speaker let in without counting: not in the room's count


@dataclass(frozen=True)
class DoorDecision:
    result: str
    session_id: int | None = None
    #: open presences this scan ends (``close_reason`` says why), other rooms' or this one's
    closes: tuple[int, ...] = ()
    close_reason: str = ""
    opens: bool = False  # a new presence starts (``speaker``: one the count leaves out)
    override: bool = False  # let in over capacity by an organiser
    reentry: bool = False  # the person had left this session and comes back
    speaker: bool = False  # a speaker of the session, let in without counting
    inside_after: int = 0  # people in the room once the scan is written

    @property
    def passes(self) -> bool:
        return self.result in PASSING


def current_session(slots: Iterable[Slot], room_id: int, at: dt.datetime) -> Slot | None:
    """The room's session under way at ``at``, else the next one starting within ``LEAD``."""
    mine = [s for s in slots if s.room_id == room_id]
    under_way = [s for s in mine if s.starts_at <= at < s.ends_at]
    if under_way:
        return min(under_way, key=lambda s: s.starts_at)
    soon = [s for s in mine if at < s.starts_at <= at + LEAD]
    return min(soon, key=lambda s: s.starts_at) if soon else None


def level(inside: int, capacity: int) -> str:
    """``ok``, ``amber`` (from 90 % of the capacity) or ``full`` (at capacity or over)."""
    if capacity <= 0 or inside >= capacity:
        return "full"
    if inside >= AMBER_SHARE * capacity:
        return "amber"
    return "ok"


def due_to_close(stays: Iterable[Stay], slots: Sequence[Slot], at: dt.datetime) -> list[Stay]:
    """The open presences whose session has ended by ``at`` (they close at its end)."""
    ends = {s.id: s.ends_at for s in slots}
    return [p for p in stays if p.session_id in ends and ends[p.session_id] <= at]


def decide_entry(
    *,
    attendee_id: int,
    admitted_at_entrance: bool,
    room_id: int,
    capacity: int,
    session: Slot | None,
    inside: int,
    stays: Sequence[Stay],
    left_session: bool = False,
    override: bool = False,
    speaker_free: bool = False,
) -> DoorDecision:
    """An entry scan at ``room_id``'s door.

    ``inside``: people in the room now; ``stays``: the person's open presences (any room);
    ``left_session``: the person entered this session earlier and went out (a re-entry);
    ``speaker_free``: the person is a speaker of ``session`` and the edition lets speakers
    in without counting (see ``speaker_of``)."""
    if not admitted_at_entrance:
        return DoorDecision(NOT_ADMITTED, inside_after=inside)
    if session is None:
        return DoorDecision(NO_SESSION, inside_after=inside)
    here = [p for p in stays if p.room_id == room_id and p.session_id == session.id]
    if here:
        return DoorDecision(ALREADY_INSIDE, session.id, inside_after=inside)
    # inside this room for another session (one that has not been closed): ends it here
    elsewhere = tuple(p.id for p in stays if p.attendee_id == attendee_id)
    freed = sum(1 for p in stays if p.room_id == room_id and not p.free)
    if speaker_free:  # never refused, never in the room's count; their presence is kept
        return DoorDecision(  # (the session's attendance counts them, an exit closes it)
            ADMITTED,
            session.id,
            closes=elsewhere,
            close_reason=END_MOVED if elsewhere else "",
            opens=True,
            speaker=True,
            inside_after=inside - freed,
        )
    after = inside - freed + 1
    forced = False
    if after > capacity:
        if not override:
            return DoorDecision(FULL, session.id, inside_after=inside)
        forced = True
    return DoorDecision(
        ADMITTED,
        session.id,
        closes=elsewhere,
        close_reason=END_MOVED if elsewhere else "",
        opens=True,
        override=forced,
        reentry=left_session,
        inside_after=after,
    )


def decide_exit(*, room_id: int, inside: int, stays: Sequence[Stay]) -> DoorDecision:
    """An exit scan at ``room_id``'s door: ends the person's presence there."""
    here = [p for p in stays if p.room_id == room_id]
    if not here:
        return DoorDecision(NOT_INSIDE, inside_after=inside)
    counted = sum(1 for p in here if not p.free)  # a free speaker leaves the count as it is
    return DoorDecision(
        EXITED,
        here[0].session_id,
        closes=tuple(p.id for p in here),
        close_reason=END_EXIT,
        inside_after=inside - counted,
    )


def split_name(name: str) -> tuple[str, str]:
    """(first name, last name) of « Alice Martin »: the last word is the last name."""
    words = name.split()
    if len(words) < 2:
        return "", " ".join(words)
    return " ".join(words[:-1]), words[-1]


def same_name(first: str, last: str, name: str) -> bool:
    """Does ``name`` name this person (« Alice Martin » or « Martin Alice », accents and
    case aside)?"""
    wanted = fold(" ".join(name.split()))
    return wanted in (fold(f"{first} {last}".strip()), fold(f"{last} {first}".strip()))


def speaker_of(first: str, last: str, category: str, speakers: str) -> bool:
    """Is a person of this name and category one of the speakers the text names?"""
    if category != Category.SPEAKER.value:
        return False
    return any(same_name(first, last, name) for name in split_speakers(speakers or ""))


def message(decision: DoorDecision) -> str:
    """What the door says, in French (translate with context "rooms")."""
    if decision.override:
        return OVERRIDDEN
    if decision.speaker:
        return SPEAKER
    if decision.reentry and decision.result == ADMITTED:
        return REENTRY
    return MESSAGES.get(decision.result, "")


def tone(result: str, inside: int, capacity: int) -> str:
    """Green, amber or red at the door: ``ok``, ``warning`` or ``refused``."""
    if result not in PASSING:
        return "refused"
    return "warning" if level(inside, capacity) != "ok" else "ok"


# -- after the day: attendance per session ------------------------------------------------


@dataclass(frozen=True)
class Attendance:
    """One session's figures: the most people inside at once, the people who came, and the
    entries by minute (local time, ``HH:MM`` → entries)."""

    peak_inside: int
    distinct_people: int
    entries: int
    arrivals_by_minute: dict[str, int]


def attendance(
    visits: Iterable[tuple],
    session_end: dt.datetime,
    tz: dt.tzinfo,
) -> Attendance:
    """``visits``: (person, entered, exited or None[, free]) of one session's presences.
    A speaker let in without counting (``free``) is one of its people and entries, not of
    the room's count (the peak)."""
    events: list[tuple[dt.datetime, int]] = []
    people: set[int] = set()
    by_minute: dict[str, int] = {}
    n = 0
    for person, entered, exited, *free in visits:
        n += 1
        people.add(person)
        if not (free and free[0]):
            events.append((entered, 1))
            events.append((min(exited or session_end, session_end), -1))
        key = entered.astimezone(tz).strftime("%H:%M")
        by_minute[key] = by_minute.get(key, 0) + 1
    peak = inside = 0
    for _, step in sorted(events):  # at the same instant an exit counts before an entry
        inside += step
        peak = max(peak, inside)
    return Attendance(peak, len(people), n, dict(sorted(by_minute.items())))
