"""The rules of a talk room's door (issue 27): which session, moves, full room, override,
re-entry, and the presences closing at the session's end."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from itday.core import rooms as r

T0 = dt.datetime(2017, 6, 29, 8, 0, tzinfo=dt.UTC)  # 10:00 in Toulouse


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


A = r.Slot(1, room_id=10, starts_at=at(0), ends_at=at(45))
B = r.Slot(2, room_id=10, starts_at=at(60), ends_at=at(105))
C = r.Slot(3, room_id=20, starts_at=at(0), ends_at=at(60))
PROGRAMME = [A, B, C]


def entry(**kw) -> r.DoorDecision:
    values = dict(
        attendee_id=7,
        admitted_at_entrance=True,
        room_id=10,
        capacity=100,
        session=A,
        inside=0,
        stays=[],
    )
    values.update(kw)
    return r.decide_entry(**values)


def test_the_session_under_way_or_the_next_within_15_minutes():
    assert r.current_session(PROGRAMME, 10, at(-16)) is None
    assert r.current_session(PROGRAMME, 10, at(-15)) == A  # 15 minutes before: let in
    assert r.current_session(PROGRAMME, 10, at(10)) == A
    assert r.current_session(PROGRAMME, 10, at(44)) == A
    assert r.current_session(PROGRAMME, 10, at(45)) == B  # A over, B in 15 minutes
    assert r.current_session(PROGRAMME, 10, at(44)) != B  # under way wins over next
    assert r.current_session(PROGRAMME, 20, at(30)) == C  # each room its own programme
    assert r.current_session(PROGRAMME, 20, at(61)) is None
    assert r.current_session(PROGRAMME, 30, at(10)) is None


def test_no_session_refuses_and_writes_nothing():
    d = entry(session=None, inside=3)
    assert (d.result, d.opens, d.closes, d.inside_after) == (r.NO_SESSION, False, (), 3)
    assert not d.passes


def test_a_person_not_admitted_at_the_entrance_is_refused_with_the_reason():
    d = entry(admitted_at_entrance=False, inside=5)
    assert d.result == r.NOT_ADMITTED and not d.opens and d.inside_after == 5
    assert "accueil" in r.message(d)


def test_an_entry_counts_once_and_a_second_scan_inside_changes_nothing():
    d = entry(inside=4)
    assert (d.result, d.opens, d.session_id, d.inside_after) == (r.ADMITTED, True, A.id, 5)
    stay = r.Stay(99, 7, 10, A.id, at(1))
    again = entry(inside=5, stays=[stay])
    assert again.result == r.ALREADY_INSIDE and not again.opens and again.inside_after == 5


def test_entering_another_room_ends_the_presence_in_the_previous_one():
    in_c = r.Stay(50, 7, 20, C.id, at(5))
    d = entry(inside=10, stays=[in_c])
    assert d.result == r.ADMITTED and d.closes == (50,) and d.close_reason == r.END_MOVED
    assert d.inside_after == 11  # the other room loses the person, this one gains them


def test_an_exit_ends_the_presence_and_an_unknown_exit_changes_nothing():
    stay = r.Stay(99, 7, 10, A.id, at(1))
    d = r.decide_exit(room_id=10, inside=8, stays=[stay])
    assert (d.result, d.closes, d.close_reason, d.inside_after) == (r.EXITED, (99,), "exit", 7)
    other = r.Stay(98, 7, 20, C.id, at(1))
    d = r.decide_exit(room_id=10, inside=8, stays=[other])
    assert (d.result, d.closes, d.inside_after) == (r.NOT_INSIDE, (), 8)


def test_reentry_into_the_same_session_is_allowed():
    d = entry(inside=3, left_session=True)
    assert d.result == r.ADMITTED and d.reentry and d.inside_after == 4
    assert r.message(d) == r.REENTRY


def test_amber_at_90_percent_full_at_100_unless_an_organiser_overrides():
    assert r.level(89, 100) == "ok"
    assert r.level(90, 100) == "amber"
    assert r.level(99, 100) == "amber"
    assert r.level(100, 100) == "full"
    assert r.level(0, 0) == "full"
    assert entry(capacity=100, inside=99).result == r.ADMITTED  # the 100th gets in
    full = entry(capacity=100, inside=100)
    assert full.result == r.FULL and not full.opens and r.message(full) == "Salle complète"
    assert r.tone(full.result, 100, 100) == "refused"
    forced = entry(capacity=100, inside=100, override=True)
    assert forced.result == r.ADMITTED and forced.override and forced.inside_after == 101
    assert "forcée" in r.message(forced)
    assert r.tone(r.ADMITTED, 95, 100) == "warning" and r.tone(r.ADMITTED, 10, 100) == "ok"


def test_a_full_room_lets_in_no_one_but_who_is_already_counted_there():
    stale = r.Stay(5, 7, 10, 0, at(-50))  # counted in this room for a session not closed
    d = entry(capacity=10, inside=10, stays=[stale])
    assert d.result == r.ADMITTED and d.inside_after == 10 and d.closes == (5,)


def test_presences_close_at_their_sessions_end():
    stays = [r.Stay(1, 7, 10, A.id, at(1)), r.Stay(2, 8, 20, C.id, at(2))]
    assert r.due_to_close(stays, PROGRAMME, at(44)) == []
    assert r.due_to_close(stays, PROGRAMME, at(45)) == [stays[0]]
    assert r.due_to_close(stays, PROGRAMME, at(60)) == stays


def test_attendance_of_a_session():
    tz = ZoneInfo("Europe/Paris")
    visits = [
        (1, at(0), at(10)),
        (2, at(5), None),  # still inside at the end: counted until the end
        (1, at(10), at(30)),  # re-entry of person 1 the minute they left
        (3, at(5), at(200)),  # closed after the end: counted until the end
    ]
    a = r.attendance(visits, A.ends_at, tz)
    assert (a.peak_inside, a.distinct_people, a.entries) == (3, 3, 4)
    assert a.arrivals_by_minute == {"10:00": 1, "10:05": 2, "10:10": 1}


# -- speakers (issue 27.1) -----------------------------------------------------------------


def test_a_speaker_let_in_free_is_never_refused_nor_counted():
    full = entry(capacity=2, inside=2)
    assert full.result == r.FULL
    d = entry(capacity=2, inside=2, speaker_free=True)
    # a presence opens (the session's attendance counts them), out of the room's count
    assert (d.result, d.opens, d.inside_after, d.speaker) == (r.ADMITTED, True, 2, True)
    assert d.passes and not d.override and "sans compter" in r.message(d)
    assert r.tone(d.result, d.inside_after, 2) == "warning"  # passes, but the room is full


def test_a_speaker_coming_from_another_room_leaves_it():
    there = r.Stay(5, attendee_id=7, room_id=20, session_id=3, entered_at=at(0))
    d = entry(stays=[there], inside=4, speaker_free=True)
    assert (d.closes, d.close_reason, d.opens, d.inside_after) == ((5,), r.END_MOVED, True, 4)


def test_a_free_speakers_exit_closes_their_presence_and_leaves_the_count():
    mine = r.Stay(5, attendee_id=7, room_id=10, session_id=2, entered_at=at(0), free=True)
    d = r.decide_exit(room_id=10, inside=4, stays=[mine])
    assert (d.result, d.closes, d.inside_after) == (r.EXITED, (5,), 4)
    # entering this room's next session, not theirs: their free stay freed no seat
    back = entry(stays=[mine], inside=4)
    assert (back.closes, back.inside_after, back.speaker) == ((5,), 5, False)


def test_the_attendance_counts_a_free_speaker_but_not_in_the_peak():
    tz = dt.UTC
    visits = [(1, at(0), None), (2, at(5), None, True)]
    a = r.attendance(visits, at(60), tz)
    assert (a.peak_inside, a.distinct_people, a.entries) == (1, 2, 2)


def test_a_speaker_must_still_have_come_in_at_the_entrance():
    d = entry(admitted_at_entrance=False, speaker_free=True)
    assert d.result == r.NOT_ADMITTED and not d.speaker


def test_speakers_are_matched_by_name_and_category():
    text = "Alice Martin, Bruno Durand et Chloé Petit"
    assert r.speaker_of("Alice", "Martin", "speaker", text)
    assert r.speaker_of("CHLOE", "petit", "speaker", text)  # accents and case aside
    assert r.speaker_of("Bruno", "Durand", "speaker", "Durand Bruno")  # last name first
    assert not r.speaker_of("Alice", "Martin", "visitor", text)  # not of category Intervenant
    assert not r.speaker_of("Alice", "Dupont", "speaker", text)
    assert not r.speaker_of("Alice", "Martin", "speaker", "")
    assert r.split_name("Jean-Marc de La Tour") == ("Jean-Marc de La", "Tour")
    assert r.split_name("Madonna") == ("", "Madonna")
