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
