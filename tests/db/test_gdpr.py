"""Purging personal data keeps the numbers and removes names, e-mails and phones."""

from __future__ import annotations

import json

from itday.cli import main
from itday.db import repo
from itday.services.gdpr import purge_personal_data


def test_purge_keeps_stats_identical_and_removes_personal_data(demo_db, capsys):
    def stats() -> dict:
        capsys.readouterr()
        assert main(["stats", "--json", "--db", str(demo_db.path)]) == 0
        return json.loads(capsys.readouterr().out)

    before = stats()
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        people_before = repo.attendee_rows(event_id, session=s)
        counts = purge_personal_data(s, event_id)
    assert stats() == before
    with demo_db.session() as s:
        people = repo.attendee_rows(event_id, session=s)
        exhibitors = repo.list_exhibitors(event_id, session=s)
        # Names are no longer searchable (the search key is rebuilt from the company).
        found = repo.attendee_rows(event_id, "julie", session=s)
        assert all("julie" in p["company"].lower() for p in found)
    assert counts["attendees"] == len(people) == len(people_before)
    assert counts["exhibitors"] == len(exhibitors)
    for p in people:
        assert p["first_name"] == p["last_name"] == p["email"] == p["phone"] == ""
        assert p["job_title"] == "" and p["external_ref"] is None
    for e in exhibitors:
        assert e["contact_name"] == e["contact_email"] == e["contact_phone"] == ""
    kept = ("company", "category", "code", "checked_in_at", "checked_in_station", "cancelled")
    old = {p["id"]: p for p in people_before}
    for p in people:
        assert all(p[k] == old[p["id"]][k] for k in kept)


def test_purge_of_an_empty_edition(db, event_id, session):
    assert purge_personal_data(session, event_id) == {
        "attendees": 0,
        "exhibitors": 0,
        "scans": 0,
        "leads": 0,
    }


def test_purge_command_needs_the_typed_word(demo_db, capsys, monkeypatch):
    db = ["--db", str(demo_db.path)]
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["purge", *db]) == 1
    assert "--confirm SUPPRIMER" in capsys.readouterr().err
    assert main(["purge", "--confirm", "oui", *db]) == 1
    assert "annulée" in capsys.readouterr().err
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        assert any(p["email"] for p in repo.attendee_rows(event_id, session=s))

    assert main(["purge", "--confirm", "SUPPRIMER", *db]) == 0
    out = capsys.readouterr().out
    with demo_db.session() as s:
        people = repo.attendee_rows(event_id, session=s)
    assert f"{len(people)} participants" in out
    assert not any(p["email"] or p["last_name"] for p in people)


def test_purge_command_asks_on_a_terminal(demo_db, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "non")
    assert main(["purge", "--db", str(demo_db.path)]) == 1
    monkeypatch.setattr("builtins.input", lambda prompt: "SUPPRIMER")
    assert main(["purge", "--db", str(demo_db.path)]) == 0
    assert "Données personnelles purgées" in capsys.readouterr().out
