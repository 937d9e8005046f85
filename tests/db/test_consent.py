"""Consent at the desk: stored with its time and source, withdrawn, put back by undo."""

from __future__ import annotations

import datetime as dt

from itday.db import attendees as attendee_repo
from itday.db import repo
from itday.db.models import Attendee


def test_walk_in_stores_the_box_with_its_time_and_source(db, event_id):
    before = dt.datetime.now(dt.UTC)
    with db.session() as s:
        unticked, _ = attendee_repo.create_walk_in(event_id, session=s, first_name="Ana")
        ticked, _ = attendee_repo.create_walk_in(event_id, session=s, first_name="Bo", consent=True)
    with db.session() as s:
        a, b = s.get(Attendee, unticked), s.get(Attendee, ticked)
        assert (a.consent, a.consent_source) == (False, "walk_in")
        assert (b.consent, b.consent_source) == (True, "walk_in")
        assert b.consent_at is not None and b.consent_at >= before.replace(microsecond=0)


def test_withdrawing_keeps_the_others_and_undo_puts_the_answer_back(db, event_id):
    given = dt.datetime(2017, 6, 1, 8, 0, tzinfo=dt.UTC)
    with db.session() as s:
        people = [
            Attendee(event_id=event_id, first_name=n, code=f"C{n}", consent=c,
                     consent_at=given if c is not None else None,
                     consent_source="import" if c is not None else "")
            for n, c in (("yes", True), ("no", False), ("never", None))
        ]  # fmt: skip
        s.add_all(people)
        s.commit()
        ids = [p.id for p in people]
    with db.session() as s:
        before = attendee_repo.set_consent(ids, False, "desk", session=s)
    # the one who said no keeps its own time; the never asked now has an answer
    assert set(before) == {ids[0], ids[2]}
    assert before[ids[0]] == {"consent": True, "consent_at": given, "consent_source": "import"}
    with db.session() as s:
        rows = {r["id"]: r for r in repo.attendee_rows(event_id, session=s)}
        assert [rows[i]["consent"] for i in ids] == [False, False, False]
        kept = s.get(Attendee, ids[1])
        assert (kept.consent_at, kept.consent_source) == (given, "import")
        assert s.get(Attendee, ids[0]).consent_source == "desk"
    with db.session() as s:
        attendee_repo.restore_consent(before, session=s)
    with db.session() as s:
        back = [s.get(Attendee, i) for i in ids]
        assert [p.consent for p in back] == [True, False, None]
        assert (back[0].consent_at, back[0].consent_source) == (given, "import")
        assert back[2].consent_at is None


def test_attendee_json_says_consent_true_false_or_null(db, event_id):
    with db.session() as s:
        s.add_all(
            [
                Attendee(event_id=event_id, first_name="a", code="A1", consent=True),
                Attendee(event_id=event_id, first_name="b", code="B1", consent=False),
                Attendee(event_id=event_id, first_name="c", code="C1"),
            ]
        )
        s.commit()
        rows = {r["code"]: r["consent"] for r in repo.attendee_rows(event_id, session=s)}
    assert rows == {"A1": True, "B1": False, "C1": None}


def test_attendees_command_json_has_consent(db, event_id, capsys):
    import json

    from itday.cli import main

    with db.session() as s:
        s.add_all(
            [
                Attendee(event_id=event_id, first_name="a", code="A2", consent=True),
                Attendee(event_id=event_id, first_name="b", code="B2", consent=False),
                Attendee(event_id=event_id, first_name="c", code="C2"),
            ]
        )
        s.commit()
    capsys.readouterr()
    assert main(["attendees", "--json", "--db", str(db.path)]) == 0
    rows = {r["code"]: r["consent"] for r in json.loads(capsys.readouterr().out)}
    assert rows == {"A2": True, "B2": False, "C2": None}
