"""Leads in the GDPR purge and in the export: the stands' notes go, the numbers stay."""

from __future__ import annotations

import csv

from sqlmodel import select

from itday.db import repo
from itday.db.models import Lead, LeadUpload
from itday.services.export import export_edition
from itday.services.gdpr import purge_personal_data
from tests.leads_helpers import add_leads


def _event(db) -> int:
    with db.session() as s:
        return repo.latest_event(session=s).id


def _csv(path):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def test_purge_blanks_what_stands_wrote_and_keeps_the_leads(demo_db):
    event_id = _event(demo_db)
    made = add_leads(demo_db, event_id)
    with demo_db.session() as s:
        counts = purge_personal_data(s, event_id)
    assert counts["leads"] == len(made)
    with demo_db.session() as s:
        leads = s.exec(select(Lead).where(Lead.event_id == event_id)).all()
        uploads = s.exec(select(LeadUpload)).all()
    assert len(leads) == len(made)
    assert all(lead.note == "" and lead.answers == {} for lead in leads)
    assert all(
        lead.rating == "hot" and lead.tags == ["devis"] and lead.scans == 2 for lead in leads
    )
    assert len(uploads) == len(made) and all(u.answer == {} for u in uploads)


def test_export_has_the_leads_and_anonymised_has_no_note_and_pseudonyms(demo_db, tmp_path):
    event_id = _event(demo_db)
    made = add_leads(demo_db, event_id)
    export_edition(demo_db, event_id, tmp_path / "plain", technical=True)
    rows = _csv(tmp_path / "plain" / "leads.csv")
    assert [int(r["id"]) for r in rows] == [m["id"] for m in made]
    assert rows[0]["exhibitor"] == made[0]["exhibitor"]
    assert rows[0]["rating"] == "hot" and rows[0]["tags"] == "devis"
    assert made[0]["last_name"] in rows[0]["note"]

    export_edition(demo_db, event_id, tmp_path / "anon", anonymise=True, technical=True)
    anon = _csv(tmp_path / "anon" / "leads.csv")
    text = (tmp_path / "anon" / "leads.csv").read_text(encoding="utf-8-sig")
    assert "note" not in anon[0] and "answers" not in anon[0]
    for m in made:
        assert m["last_name"] not in text
    people = {r["id"] for r in _csv(tmp_path / "anon" / "attendees.csv")}
    assert all(r["attendee_id"] in people for r in anon)  # the same pseudonyms
    assert len(anon) == len(made)


def test_people_files_say_the_rating_in_words(demo_db, tmp_path):
    event_id = _event(demo_db)
    add_leads(demo_db, event_id, per_stand=1, stands=1)
    export_edition(demo_db, event_id, tmp_path / "fr")
    rows = _csv(tmp_path / "fr" / "leads.csv")
    assert rows[0]["Intérêt"] == "chaud" and rows[0]["Étiquettes"] == "devis"
    consent = {r["Coordonnées aux exposants"] for r in _csv(tmp_path / "fr" / "attendees.csv")}
    assert consent == {"oui", "non", ""}
