"""Queries on the demo edition: counts, search, exhibitors, stats."""

import datetime as dt

from itday.core import badge
from itday.core.text import search_key
from itday.db import repo
from itday.db.models import Attendee


def _add(session, event_id, first, last, company=""):
    a = Attendee(
        event_id=event_id,
        first_name=first,
        last_name=last,
        company=company,
        code=badge.new_code(),
        search_key=search_key(first, last, company),
    )
    session.add(a)
    return a


def test_search_is_accent_and_case_insensitive(db, event_id):
    with db.session() as s:
        _add(s, event_id, "Camille", "Lefèvre", "Sigfox")
        _add(s, event_id, "Jean", "LEFÈVRE")
        _add(s, event_id, "Paul", "Lefebvre")
        s.commit()
        for query in ("lefevre", "LEFÈVRE", "Lefèvre", "lefèvre"):
            found = repo.search_attendees(event_id, query, session=s)
            assert sorted(a.first_name for a in found) == ["Camille", "Jean"], query
        assert [a.first_name for a in repo.search_attendees(event_id, "cam sigf", session=s)] == [
            "Camille"
        ]
        assert repo.search_attendees(event_id, "100%", session=s) == []
        assert len(repo.search_attendees(event_id, "", session=s)) == 3


def test_demo_edition_numbers(demo_db):
    with demo_db.session() as s:
        event = repo.latest_event(session=s)
        assert event.name == "Innovation IT Day 2017"
        assert event.date == dt.date(2017, 6, 29)
        stats = repo.stats(event.id, session=s)
    assert 60 <= stats["exhibitors"] <= 120
    assert 60 <= stats["booths"] <= 120
    assert stats["attendees"] >= 900
    assert stats["by_category"]["visitor"]["registered"] >= 850
    assert sum(c["checked_in"] for c in stats["by_category"].values()) == stats["checked_in"]
    assert sum(stats["by_quarter_hour"].values()) == stats["checked_in"]


def test_list_exhibitors_has_booths_and_presence(demo_db):
    with demo_db.session() as s:
        event = repo.latest_event(session=s)
        rows = repo.list_exhibitors(event.id, session=s)
    assert all(r["booths"] for r in rows)
    assert {"id", "name", "sector", "booths", "present"} <= set(rows[0])
    assert any(r["present"] for r in rows) and not all(r["present"] for r in rows)
