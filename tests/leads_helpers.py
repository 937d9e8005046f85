"""Leads made straight in the tables, for the tests of the desk's side (purge, export)."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlmodel import delete, select

from itday.db.models import Attendee, Exhibitor, Lead, LeadUpload, StandDevice, StandLink


def clear_leads(db) -> None:
    """Take out the leads the demo edition comes with: the test knows what it has made."""
    with db.session() as s:
        for table in (LeadUpload, Lead):
            s.exec(delete(table))
        s.commit()


def add_leads(db, event_id: int, per_stand: int = 3, stands: int = 2) -> list[dict]:
    """``per_stand`` leads at each of the first ``stands`` exhibitors (the demo's own leads
    taken out first), with notes, answers and an upload each; returns them as plain dicts."""
    clear_leads(db)
    made = []
    at = dt.datetime(2017, 6, 29, 9, 30, tzinfo=dt.UTC)
    with db.session() as s:
        exhibitors = s.exec(
            select(Exhibitor).where(Exhibitor.event_id == event_id).order_by(Exhibitor.id)
        ).all()[:stands]
        people = s.exec(
            select(Attendee)
            .where(Attendee.event_id == event_id, Attendee.category == "visitor")
            .order_by(Attendee.id)
        ).all()
        for n, ex in enumerate(exhibitors):
            link = StandLink(
                event_id=event_id,
                exhibitor_id=ex.id,
                role="scan",
                token=secrets.token_urlsafe(20),
                short_code=secrets.token_hex(4),
            )
            s.add(link)
            s.flush()
            device = StandDevice(link_id=link.id, secret_hash=secrets.token_hex(16), label="T1")
            s.add(device)
            s.flush()
            for person in people[n * per_stand : (n + 1) * per_stand]:
                lead = Lead(
                    event_id=event_id,
                    exhibitor_id=ex.id,
                    attendee_id=person.id,
                    device_id=device.id,
                    first_scan_at=at,
                    last_scan_at=at + dt.timedelta(minutes=5),
                    scans=2,
                    rating="hot",
                    tags=["devis"],
                    note=f"Rappeler {person.first_name} {person.last_name} au {person.phone}",
                    answers={"q1": f"Projet de {person.last_name}"},
                )
                s.add(lead)
                s.flush()
                s.add(
                    LeadUpload(
                        uid=secrets.token_hex(8),
                        device_id=device.id,
                        lead_id=lead.id,
                        answer={"name": f"{person.first_name} {person.last_name}"},
                    )
                )
                made.append(
                    {"id": lead.id, "exhibitor_id": ex.id, "exhibitor": ex.name,
                     "attendee_id": person.id, "first_name": person.first_name,
                     "last_name": person.last_name}
                )  # fmt: skip
        s.commit()
    return made
