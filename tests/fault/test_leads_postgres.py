"""Leads on PostgreSQL (several stations): phones of one stand scanning the same visitor at
the same moment, and a retry racing its first send, make one lead and one upload."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest

from itday.core import badge
from itday.core import leads as rules
from itday.db import leads as db_leads
from itday.db import repo
from itday.db.engine import Database
from itday.db.models import Attendee, Exhibitor

pytestmark = pytest.mark.postgres


def test_racing_scans_make_one_lead_on_postgresql(fresh_pg_url):
    db = Database.open(fresh_pg_url)
    with db.session() as s:
        event = repo.create_event("Leads Day", dt.date(2017, 6, 29), "Diagora", session=s)
        s.commit()
        stand = Exhibitor(event_id=event.id, name="Acme")
        person = Attendee(event_id=event.id, first_name="Léa", code=badge.new_code())
        s.add_all([stand, person])
        s.commit()
        links = db_leads.ensure_links(event.id, session=s)
        devices = [db_leads.pair(links[i % 2].id, session=s)[1] for i in range(6)]
    code = rules.parse_lead_code(person.code)
    shared_uid = uuid.uuid4().hex
    barrier = threading.Barrier(len(devices) + 2)
    answers, errors = [], []

    def scan(device, uid):
        try:
            barrier.wait()
            with db.session() as s:
                answers.append(db_leads.record_scan(device, uid, code, session=s))
        except Exception as exc:  # noqa: BLE001 (reported by the assertion below)
            errors.append(exc)

    threads = [threading.Thread(target=scan, args=(d, uuid.uuid4().hex)) for d in devices]
    threads += [threading.Thread(target=scan, args=(devices[0], shared_uid)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert len({a["lead_id"] for a in answers}) == 1
    # one first scan; a retry gets the answer its first send got (« new » again, replayed)
    assert len({a["uid"] for a in answers if a["result"] == "new"}) == 1
    assert [a["uid"] for a in answers].count(shared_uid) == 2
    with db.session() as s:
        rows = db_leads.stand_leads(stand.id, session=s)
    assert len(rows) == 1 and rows[0]["scans"] == len(devices) + 1  # the retry counted once
    db.dispose()
