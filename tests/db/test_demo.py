import datetime as dt

import pytest

from itday.db import repo
from itday.services.demo import NotEmpty, create_demo


def _snapshot(db):
    with db.session() as s:
        event = repo.latest_event(session=s)
        people = repo.search_attendees(event.id, session=s)
        return [(a.first_name, a.last_name, a.company, a.code) for a in people]


def test_demo_is_deterministic(tmp_path):
    from itday.db.engine import Database

    a, b = Database.open(tmp_path / "a.sqlite"), Database.open(tmp_path / "b.sqlite")
    for d in (a, b):
        with d.session() as s:
            create_demo(s, seed=7)
    assert _snapshot(a) == _snapshot(b)


def test_demo_refuses_non_empty_database_without_force(demo_db):
    before = _snapshot(demo_db)
    with demo_db.session() as s, pytest.raises(NotEmpty):
        create_demo(s, seed=1)
    assert _snapshot(demo_db) == before
    with demo_db.session() as s:
        create_demo(s, seed=1, force=True)
    after = _snapshot(demo_db)
    assert after != before and len(after) >= 900
    with demo_db.session() as s:
        assert len(repo.list_events(session=s)) == 1


def _programme(db):
    from sqlmodel import select

    from itday.db.models import Room, RoomPresence, RoomScan, TalkSession

    with db.session() as s:
        return (
            [(r.name, r.capacity, r.element_id is not None) for r in s.exec(select(Room))],
            [(t.title, t.speakers, t.starts_at) for t in s.exec(select(TalkSession))],
            [(x.code, x.result, x.inside, x.scanned_at) for x in s.exec(select(RoomScan))],
            len(s.exec(select(RoomPresence)).all()),
        )


def test_the_demo_has_a_programme_and_its_doors_follow_the_entrance(demo_db, tmp_path):
    """Issue 27 on the demo: 3 rooms, 8 sessions with the demo's speakers, door scans for the
    morning's sessions only, each let in after their arrival at the entrance; the same for
    the same seed."""
    from sqlmodel import select

    from itday.core.enums import Category
    from itday.db import rooms as db_rooms
    from itday.db.engine import Database
    from itday.db.models import Attendee, RoomPresence, RoomScan, TalkSession

    rooms, talks, scans, presences = _programme(demo_db)
    assert len(rooms) == 3 and len(talks) == 8 and presences > 100
    assert (
        sum(1 for r in rooms if r[2]) == 1
    )  # the amphitheatre placed on the plan (« Espace conférences »)
    with demo_db.session() as s:
        event = repo.latest_event(session=s)
        speakers = {
            f"{a.first_name} {a.last_name}"
            for a in s.exec(select(Attendee).where(Attendee.category == Category.SPEAKER))
        }
        named = {n.strip() for t in s.exec(select(TalkSession)) for n in t.speakers.split(",")}
        assert named and named <= speakers
        people = {a.id: a for a in s.exec(select(Attendee))}
        talks_by_id = {t.id: t for t in s.exec(select(TalkSession))}
        for scan in s.exec(select(RoomScan)):
            who = people[scan.attendee_id]
            if scan.result == "not_admitted":
                assert who.checked_in_at is None
                continue
            assert who.checked_in_at is not None and who.checked_in_at < scan.scanned_at
            talk = talks_by_id[scan.session_id]
            assert talk.starts_at - dt.timedelta(minutes=15) <= scan.scanned_at < talk.ends_at
        for stay in s.exec(select(RoomPresence)):
            assert stay.exited_at is not None  # the morning's sessions are over
        results = {r for _c, r, _i, _t in scans}
        assert results == {"admitted", "exited", "full", "not_admitted"}
        rows = db_rooms.attendance(event.id, session=s, tz=dt.UTC)
        with_people = [r for r in rows if r["entries"]]
        assert len(with_people) == 5 and all(r["peak_inside"] <= r["capacity"] for r in rows)
    again = Database.open(tmp_path / "again.sqlite")
    with again.session() as s:
        create_demo(s, seed=2017)
    assert _programme(again) == (rooms, talks, scans, presences)
    again.dispose()
