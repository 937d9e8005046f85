"""Removing an exhibitor's staff member (delete or cancel) and restoring it exactly."""

from __future__ import annotations

import pytest
from sqlmodel import select

from itday.core.enums import Category
from itday.db import exhibitors as ex_repo
from itday.db import repo
from itday.db.models import Attendee, PrintLog, Scan
from itday.errors import ItdayError
from itday.services.badges import log_prints
from itday.services.checkin import record_scan


@pytest.fixture
def staffed(db, event_id):
    """An exhibitor with two staff members: (exhibitor id, [attendee ids])."""
    with db.session() as s:
        ex_id = ex_repo.create_exhibitor(event_id, session=s, name="Ørsted Réseaux")
        ids = [
            ex_repo.add_staff(ex_id, "Zoé", "Lefèvre", "zoe@example.fr", session=s),
            ex_repo.add_staff(ex_id, "Ana", "Nuñez", session=s),
        ]
        s.commit()
    return ex_id, ids


def _row(db, attendee_id):
    with db.session() as s:
        person = s.get(Attendee, attendee_id)
        return person.model_dump() if person else None


def test_never_scanned_never_printed_is_deleted_and_restored(db, event_id, staffed):
    ex_id, (zoe, ana) = staffed
    before = _row(db, zoe)
    with db.session() as s:
        assert ex_repo.staff_history(zoe, session=s)["any"] is False
        snapshot = ex_repo.remove_staff(zoe, session=s)
        s.commit()
    assert snapshot["mode"] == "deleted"
    assert _row(db, zoe) is None
    with db.session() as s:
        assert [p["id"] for p in ex_repo.list_staff(ex_id, session=s)] == [ana]
        assert repo.list_exhibitors(event_id, session=s)[0]["staff"] == 1
        assert ex_repo.restore_staff(snapshot, session=s) == zoe
        s.commit()
    after = _row(db, zoe)
    assert after == before  # same id, code, link, category, timestamps
    assert after["code"] == before["code"] and after["exhibitor_id"] == ex_id
    assert after["category"] == Category.EXHIBITOR_STAFF.value
    with db.session() as s, pytest.raises(ItdayError):
        ex_repo.restore_staff(snapshot, session=s)  # already there


def test_scanned_staff_is_cancelled_and_unlinked_scans_kept(db, event_id, staffed):
    ex_id, (zoe, ana) = staffed
    before = _row(db, zoe)
    with db.session() as s:
        outcome = record_scan(s, event_id, before["code"], "Entrée 1")
        assert outcome.result.value == "admitted"
        history = ex_repo.staff_history(zoe, session=s)
        assert history == {"scans": 1, "prints": 0, "checked_in": True, "any": True}
        snapshot = ex_repo.remove_staff(zoe, session=s)
        s.commit()
    assert snapshot["mode"] == "cancelled"
    removed = _row(db, zoe)
    assert removed is not None and removed["cancelled"] is True
    assert removed["exhibitor_id"] is None and removed["code"] == before["code"]
    assert removed["checked_in_at"] is not None
    with db.session() as s:
        scans = s.exec(select(Scan).where(Scan.attendee_id == zoe)).all()
        assert len(scans) == 1 and scans[0].code == before["code"]
        assert [p["id"] for p in ex_repo.list_staff(ex_id, session=s)] == [ana]
        # the badge is refused at the entrance now
        assert record_scan(s, event_id, before["code"], "Entrée 1").result.value != "admitted"
        ex_repo.restore_staff(snapshot, session=s)
        s.commit()
    restored = _row(db, zoe)
    assert restored["cancelled"] is False and restored["exhibitor_id"] == ex_id
    assert restored["code"] == before["code"]
    assert restored["category"] == Category.EXHIBITOR_STAFF.value


def test_printed_badge_is_cancelled_not_deleted(db, event_id, staffed):
    _ex_id, (zoe, _ana) = staffed
    with db.session() as s:
        log_prints([zoe], session=s, station="Accueil", layout="a6", printer="badges.pdf")
        snapshot = ex_repo.remove_staff(zoe, session=s)
        s.commit()
        assert snapshot["mode"] == "cancelled"
        assert len(s.exec(select(PrintLog).where(PrintLog.attendee_id == zoe)).all()) == 1
    assert _row(db, zoe)["cancelled"] is True


def test_restore_after_exhibitor_deleted_comes_back_unlinked(db, event_id, staffed):
    ex_id, (zoe, _ana) = staffed
    with db.session() as s:
        snapshot = ex_repo.remove_staff(zoe, session=s)
        ex_repo.delete_exhibitor(ex_id, session=s)
        ex_repo.restore_staff(snapshot, session=s)
        s.commit()
    assert _row(db, zoe)["exhibitor_id"] is None


def test_unknown_person(db, event_id):
    with db.session() as s, pytest.raises(ItdayError):
        ex_repo.remove_staff(424242, session=s)


def test_staff_badges_show_their_booth(demo_db):
    """Issue 17.3: an exhibitor's staff badge says where to find them; a visitor's does not."""
    from sqlmodel import select

    from itday.db import repo
    from itday.db.models import Booth
    from itday.services.badges import badge_people

    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        people = dict(badge_people(event_id, session=s))
        booths = {b.exhibitor_id: b.code for b in s.exec(select(Booth)) if b.exhibitor_id}
        staff = [a for a in repo.search_attendees(event_id, session=s) if a.exhibitor_id]
        visitor = next(a for a in repo.search_attendees(event_id, session=s) if not a.exhibitor_id)
    member = next(a for a in staff if a.exhibitor_id in booths and not a.cancelled)
    assert booths[member.exhibitor_id] in people[member.id].extra
    assert people[member.id].extra.startswith("Stand")
    assert people[visitor.id].extra == "" if visitor.id in people else True
