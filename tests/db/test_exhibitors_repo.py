"""Exhibitor records: create, edit, delete and restore exactly, staff, not yet arrived."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from itday.core import badge
from itday.core.enums import BoothStatus, Category
from itday.core.plan import natural_key
from itday.db import exhibitors as ex_repo
from itday.db import repo
from itday.db.models import Attendee, Booth, Exhibitor
from itday.errors import ItdayError


def _demo_event(session) -> int:
    return repo.latest_event(session=session).id


def _state(session, exhibitor_id: int) -> dict:
    """Everything the exhibitor owns, to compare before delete and after undo."""
    ex = session.get(Exhibitor, exhibitor_id)
    booths = session.exec(
        select(Booth.id, Booth.code, Booth.status).where(Booth.exhibitor_id == exhibitor_id)
    ).all()
    staff = session.exec(select(Attendee.id).where(Attendee.exhibitor_id == exhibitor_id)).all()
    return {
        "row": ex.model_dump() if ex else None,
        "booths": sorted(booths),
        "staff": sorted(staff),
    }


def test_create_update_get(db, event_id):
    with db.session() as s:
        new_id = ex_repo.create_exhibitor(
            event_id, session=s, name="  Éole Numérique ", sector="Cloud", contact_name="Zoé"
        )
        s.commit()
    with db.session() as s:
        before = ex_repo.update_exhibitor(new_id, session=s, contact_phone="05 61 00 00 00")
        s.commit()
        row = ex_repo.get_exhibitor(new_id, session=s)
        key = s.get(Exhibitor, new_id).search_key
    assert before == {"contact_phone": ""}
    assert row["name"] == "Éole Numérique" and row["contact_phone"] == "05 61 00 00 00"
    assert row["booths"] == []
    assert "eole numerique" in key and "zoe" in key
    with db.session() as s, pytest.raises(ItdayError):
        ex_repo.create_exhibitor(event_id, session=s, name="   ")
    with db.session() as s, pytest.raises(ItdayError):
        ex_repo.update_exhibitor(new_id, session=s, name="")


def test_delete_then_restore_is_exact(demo_db):
    with demo_db.session() as s:
        event_id = _demo_event(s)
        row = next(r for r in repo.list_exhibitors(event_id, session=s) if r["staff"] >= 2)
        ex_id = row["id"]
        before = _state(s, ex_id)
        assert before["booths"] and len(before["staff"]) >= 2
        snapshot = ex_repo.delete_exhibitor(ex_id, session=s)
        s.commit()
    with demo_db.session() as s:
        assert s.get(Exhibitor, ex_id) is None
        for booth_id, _code, _status in before["booths"]:
            booth = s.get(Booth, booth_id)
            assert booth.exhibitor_id is None and booth.status == BoothStatus.FREE.value
        for attendee_id in before["staff"]:  # staff stay registered, unlinked
            assert s.get(Attendee, attendee_id).exhibitor_id is None
        ex_repo.restore_exhibitor(snapshot, session=s)
        s.commit()
    with demo_db.session() as s:
        assert _state(s, ex_id) == before
        again = next(r for r in repo.list_exhibitors(event_id, session=s) if r["id"] == ex_id)
        assert again == row


def test_restore_keeps_a_booth_taken_meanwhile(demo_db):
    with demo_db.session() as s:
        event_id = _demo_event(s)
        row = next(r for r in repo.list_exhibitors(event_id, session=s) if r["booths"])
        snapshot = ex_repo.delete_exhibitor(row["id"], session=s)
        other = ex_repo.create_exhibitor(event_id, session=s, name="Nouvel occupant")
        booth = s.exec(select(Booth).where(Booth.code == row["booths"][0])).one()
        booth.exhibitor_id = other
        s.add(booth)
        s.commit()
        ex_repo.restore_exhibitor(snapshot, session=s)
        s.commit()
        assert booth.exhibitor_id == other
        with pytest.raises(ItdayError):
            ex_repo.restore_exhibitor(snapshot, session=s)


def test_add_staff(db, event_id):
    with db.session() as s:
        ex_id = ex_repo.create_exhibitor(event_id, session=s, name="Łódź Data")
        a1 = ex_repo.add_staff(ex_id, "Ğül", "İnönü", " GUL@Example.COM ", session=s)
        a2 = ex_repo.add_staff(ex_id, "Anne", "Dupont", session=s)
        s.commit()
        person = s.get(Attendee, a1)
        assert person.category == Category.EXHIBITOR_STAFF.value
        assert person.exhibitor_id == ex_id and person.company == "Łódź Data"
        assert person.email == "gul@example.com"
        assert badge.parse(person.code).kind == badge.CodeKind.OURS
        assert "inonu" in person.search_key and "lodz data" in person.search_key
        assert s.get(Attendee, a2).code != person.code
        staff = ex_repo.list_staff(ex_id, session=s)
        assert [p["last_name"] for p in staff] == ["Dupont", "İnönü"]
        assert repo.list_exhibitors(event_id, session=s)[0]["staff"] == 2
        with pytest.raises(ItdayError):
            ex_repo.add_staff(ex_id, " ", "", session=s)
        with pytest.raises(ItdayError):
            ex_repo.add_staff(ex_id, "A", "B", "pas-une-adresse", session=s)


def test_missing_exhibitors_sorted_by_booth_with_phone(demo_db):
    with demo_db.session() as s:
        event_id = _demo_event(s)
        rows = repo.list_exhibitors(event_id, session=s)
        missing = ex_repo.missing_exhibitors(event_id, session=s)
    absent = {r["id"] for r in rows if not r["present"]}
    assert absent and {m["id"] for m in missing} == absent
    firsts = [m["booths"][0] for m in missing if m["booths"]]
    assert firsts == sorted(firsts, key=natural_key)
    assert all(m["contact_phone"] for m in missing)
    # once one of its staff checks in, the exhibitor leaves the list
    target = missing[0]["id"]
    with demo_db.session() as s:
        person = s.exec(select(Attendee).where(Attendee.exhibitor_id == target)).first()
        person.checked_in_at = dt.datetime.now(dt.UTC)
        s.add(person)
        s.commit()
        after = ex_repo.missing_exhibitors(event_id, session=s)
    assert target not in {m["id"] for m in after} and len(after) == len(missing) - 1


def test_exhibitor_without_booth_comes_last(db, event_id):
    with db.session() as s:
        a = ex_repo.create_exhibitor(event_id, session=s, name="Aaa sans stand")
        b = ex_repo.create_exhibitor(event_id, session=s, name="Zzz")
        for code, holder in (("B10", b), ("B2", None)):
            s.add(Booth(event_id=event_id, code=code, x=0, y=0, exhibitor_id=holder))
        s.commit()
        assert [m["id"] for m in ex_repo.missing_exhibitors(event_id, session=s)] == [b, a]
        assert ex_repo.sectors(event_id, session=s) == []
