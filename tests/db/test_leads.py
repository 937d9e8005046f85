"""Exhibitors' leads in the database: links, pairing, revocation, idempotent scans,
edits, consent, and the stand's files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import threading
import uuid

import pytest
from openpyxl import load_workbook

from itday.core import badge
from itday.core import leads as rules
from itday.db import leads as db_leads
from itday.db.models import Attendee, AttendeeCode, Exhibitor
from itday.services import leads_export

T0 = dt.datetime(2017, 6, 29, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def show(db, event_id):
    """Two exhibitors and four visitors: consent yes, no, never asked; one cancelled."""
    with db.session() as s:
        acme = Exhibitor(event_id=event_id, name="Acme Informatique")
        bolt = Exhibitor(event_id=event_id, name="Bolt")
        s.add_all([acme, bolt])
        people = {}
        for key, consent, cancelled in (
            ("yes", True, False),
            ("no", False, False),
            ("never", None, False),
            ("cancelled", True, True),
        ):
            a = Attendee(
                event_id=event_id,
                first_name=f"Prénom-{key}",
                last_name='=HYPERLINK("http://x")' if key == "no" else f"Nom-{key}",
                company="CNES",
                job_title="Ingénieure",
                email=f"{key}@example.org",
                phone="06 12 34 56 78",
                code=badge.new_code(),
                consent=consent,
                cancelled=cancelled,
            )
            s.add(a)
            people[key] = a
        s.commit()
        s.add(AttendeeCode(event_id=event_id, attendee_id=people["never"].id, code="1234567890123"))
        s.commit()
        return {
            "event_id": event_id,
            "acme": acme.id,
            "bolt": bolt.id,
            **{k: (a.id, a.code) for k, a in people.items()},
        }


def _device(db, show, exhibitor="acme", role=rules.ROLE_SCAN):
    with db.session() as s:
        links = db_leads.ensure_links(show["event_id"], show[exhibitor], session=s)
        link = next(x for x in links if x.role == role)
        secret, device = db_leads.pair(link.id, session=s)
    return secret, device


def _scan(db, device, code, uid=None, typed=False):
    with db.session() as s:
        return db_leads.record_scan(
            device,
            uid or uuid.uuid4().hex,
            rules.parse_lead_code(code, typed=typed) if code is not None else None,
            session=s,
            scanned_at=T0,
        )


def test_every_exhibitor_gets_a_scan_and_a_manager_link_once(db, show):
    with db.session() as s:
        first = db_leads.ensure_links(show["event_id"], session=s)
        again = db_leads.ensure_links(show["event_id"], session=s)
    assert first == again
    assert sorted((x.exhibitor, x.role) for x in first) == [
        ("Acme Informatique", "manager"),
        ("Acme Informatique", "scan"),
        ("Bolt", "manager"),
        ("Bolt", "scan"),
    ]
    assert len({x.token for x in first}) == 4 and len({x.short_code for x in first}) == 4
    assert all(rules.looks_like_token(x.token) for x in first)


def test_a_phone_pairs_by_link_or_typed_code_and_is_known_by_its_cookie(db, show):
    with db.session() as s:
        links = db_leads.ensure_links(show["event_id"], show["acme"], session=s)
        manager = next(x for x in links if x.role == rules.ROLE_MANAGER)
        assert db_leads.link_by_token(manager.token, session=s) == manager
        typed = manager.short_code.lower().replace("-", "")
        assert db_leads.link_by_short_code(typed, session=s) == manager
        assert db_leads.link_by_token("x" * 40, session=s) is None
        secret, device = db_leads.pair(manager.id, session=s)
        again = db_leads.device_by_secret(secret, session=s)
    assert again == device and device.is_manager and device.exhibitor == "Acme Informatique"
    assert device.label == "Téléphone 1"
    with db.session() as s:
        assert db_leads.device_by_secret("not-a-secret", session=s) is None
        # only the hash is stored
        from itday.db.models import StandDevice

        stored = s.get(StandDevice, device.id)
        assert secret not in stored.secret_hash


def test_revoking_a_link_cuts_its_phones_and_issues_a_new_one(db, show):
    scan_secret, _ = _device(db, show, role=rules.ROLE_SCAN)
    manager_secret, _ = _device(db, show, role=rules.ROLE_MANAGER)
    with db.session() as s:
        old = {x.role: x for x in db_leads.links(show["event_id"], show["acme"], session=s)}
        new = {x.role: x for x in db_leads.revoke(show["acme"], rules.ROLE_SCAN, session=s)}
        assert new["scan"].token != old["scan"].token
        assert new["manager"] == old["manager"]  # the other role is untouched
        assert db_leads.link_by_token(old["scan"].token, session=s) is None
        assert db_leads.link_by_short_code(old["scan"].short_code, session=s) is None
        assert db_leads.device_by_secret(scan_secret, session=s) is None
        assert db_leads.device_by_secret(manager_secret, session=s) is not None
        db_leads.revoke(show["acme"], session=s)
        assert db_leads.device_by_secret(manager_secret, session=s) is None
        assert len(db_leads.links(show["event_id"], show["acme"], session=s)) == 2


def test_the_same_scan_sent_twice_makes_one_lead_and_gets_the_same_answer(db, show):
    _, device = _device(db, show)
    uid = uuid.uuid4().hex
    first = _scan(db, device, show["yes"][1], uid)
    again = _scan(db, device, show["yes"][1], uid)
    assert first["result"] == "new" and first["first_name"] == "Prénom-yes"
    assert again["replayed"] and again["lead_id"] == first["lead_id"] and again["scans"] == 1
    second = _scan(db, device, show["yes"][1])
    assert second["result"] == "again" and second["scans"] == 2
    assert second["lead_id"] == first["lead_id"]
    with db.session() as s:
        assert len(db_leads.stand_leads(show["acme"], session=s)) == 1


def test_two_phones_scanning_the_same_visitor_at_once_make_one_lead(db, show):
    _, one = _device(db, show)
    _, two = _device(db, show)
    answers = []
    barrier = threading.Barrier(2)

    def scan(device):
        barrier.wait()
        answers.append(_scan(db, device, show["yes"][1]))

    threads = [threading.Thread(target=scan, args=(d,)) for d in (one, two)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(a["result"] for a in answers) == ["again", "new"]
    assert len({a["lead_id"] for a in answers}) == 1
    with db.session() as s:
        assert db_leads.stand_leads(show["acme"], session=s)[0]["scans"] == 2


def test_another_stand_reusing_an_upload_id_gets_nothing(db, show):
    _, acme = _device(db, show, "acme")
    _, bolt = _device(db, show, "bolt")
    uid = uuid.uuid4().hex
    _scan(db, acme, show["yes"][1], uid)
    with pytest.raises(db_leads.UploadConflict):
        _scan(db, bolt, show["yes"][1], uid)
    with db.session() as s:
        assert db_leads.stand_leads(show["bolt"], session=s) == []
        edit = rules.LeadEdit(T0, "hot")
        assert db_leads.update_lead(bolt, uid, edit, session=s) is None


def test_refusals_make_no_lead(db, show):
    _, device = _device(db, show)
    assert _scan(db, device, None)["result"] == "unreadable"
    assert _scan(db, device, "https://example.org")["result"] == "not_ours"
    assert _scan(db, device, badge.new_code())["result"] == "unknown"
    cancelled = _scan(db, device, show["cancelled"][1])
    assert cancelled == {"uid": cancelled["uid"], "result": "cancelled"}  # no name
    with db.session() as s:
        assert db_leads.stand_leads(show["acme"], session=s) == []
        assert db_leads.lead_counts(show["event_id"], session=s) == {}


def test_typed_short_codes_and_e_tickets_find_their_person(db, show):
    _, device = _device(db, show)
    short = rules.badge_short_code(show["no"][1])
    assert _scan(db, device, short, typed=True)["first_name"] == "Prénom-no"
    assert _scan(db, device, "1234567890123")["first_name"] == "Prénom-never"
    assert _scan(db, device, "ZZZZ-ZZZZ", typed=True)["result"] == "unknown"
    with db.session() as s:
        assert db_leads.lead_counts(show["event_id"], session=s) == {show["acme"]: 2}


def test_the_last_edit_by_the_phones_time_wins(db, show):
    _, one = _device(db, show)
    _, two = _device(db, show)
    uid = uuid.uuid4().hex
    _scan(db, one, show["yes"][1], uid)
    other_uid = uuid.uuid4().hex
    _scan(db, two, show["yes"][1], other_uid)  # the same lead, scanned by the other phone
    with db.session() as s:
        late = rules.LeadEdit(T0 + dt.timedelta(seconds=10), "hot", (), "rappeler", {})
        early = rules.LeadEdit(T0, "cold", (), "", {})
        assert db_leads.update_lead(one, uid, late, session=s)["changed"]
        result = db_leads.update_lead(two, other_uid, early, session=s)
        assert not result["changed"] and result["rating"] == "hot"
        assert not db_leads.update_lead(one, uid, late, session=s)["changed"]  # a retry
        row = db_leads.stand_leads(show["acme"], session=s)[0]
    assert row["rating"] == "hot" and row["note"] == "rappeler"


def test_consent_decides_what_a_stand_sees_at_the_time_it_looks(db, show):
    _, device = _device(db, show)
    for key in ("yes", "no", "never"):
        _scan(db, device, show[key][1])
    with db.session() as s:
        rows = {r["first_name"]: r for r in db_leads.stand_leads(show["acme"], session=s)}
        assert rows["Prénom-yes"]["email"] == "yes@example.org"
        for key in ("no", "never"):
            assert rows[f"Prénom-{key}"]["email"] == rows[f"Prénom-{key}"]["phone"] == ""
            assert rows[f"Prénom-{key}"]["job_title"] == ""
        # the search never matches what the stand may not see
        assert db_leads.stand_leads(show["acme"], "never@example", session=s) == []
        assert len(db_leads.stand_leads(show["acme"], "prenom-YES", session=s)) == 1
        # consent withdrawn at the desk: from now on, nothing more
        s.get(Attendee, show["yes"][0]).consent = False
        s.commit()
        rows = db_leads.stand_leads(show["acme"], session=s)
    assert all(r["email"] == "" and r["phone"] == "" for r in rows)


def test_the_stand_files_hold_no_contact_details_without_consent(db, show, tmp_path):
    _, device = _device(db, show)
    answers = {k: _scan(db, device, show[k][1]) for k in ("yes", "no", "never")}
    with db.session() as s:
        db_leads.set_lead_settings(
            show["event_id"], rules.make_settings(["devis"], ["Budget ?"]), session=s
        )
        edit = rules.LeadEdit(T0, "warm", ("devis",), "=1+1", {"q1": "10 k€"})
        db_leads.update_lead(device, answers["no"]["uid"], edit, session=s)
        written = leads_export.write_stand_files(s, show["acme"], tmp_path)
    assert sorted(p.suffix for p in written) == [".csv", ".vcf", ".xlsx"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    text = (tmp_path / "contacts-acme-informatique-{}.csv".format(show["acme"])).read_text(
        encoding="utf-8-sig"
    )
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    by_name = {r["Prénom"]: r for r in rows}
    assert by_name["Prénom-yes"]["E-mail"] == "yes@example.org"
    assert by_name["Prénom-no"]["E-mail"] == "" and by_name["Prénom-no"]["Téléphone"] == ""
    assert by_name["Prénom-no"]["Intérêt"] == "tiède"
    assert by_name["Prénom-no"]["Étiquettes"] == "devis"
    assert by_name["Prénom-no"]["Budget ?"] == "10 k€"
    assert by_name["Prénom-no"]["Note"] == "'=1+1"  # never run as a formula
    assert by_name["Prénom-no"]["Nom"].startswith("'=HYPERLINK")
    assert "no@example.org" not in text and "never@example.org" not in text
    assert "06 12" in by_name["Prénom-yes"]["Téléphone"]
    assert by_name["Prénom-yes"]["Premier scan"] == "29/06/2017 10:00:00"  # Paris time
    vcf = next(p for p in written if p.suffix == ".vcf").read_text(encoding="utf-8")
    assert vcf.count("BEGIN:VCARD") == 3
    assert "yes@example.org" in vcf and "no@example.org" not in vcf
    assert "never@example.org" not in vcf
    xlsx = next(p for p in written if p.suffix == ".xlsx")
    sheet = load_workbook(xlsx).active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[0][:4] == ["Dernier scan", "Premier scan", "Scans", "Prénom"]
    flat = [v for row in cells for v in row if isinstance(v, str)]
    assert "yes@example.org" in flat and "no@example.org" not in flat
    assert "=1+1" in flat  # a text cell, shown as typed
    assert isinstance(cells[1][0], dt.datetime)


def test_lead_settings_are_stored_per_edition(db, show):
    with db.session() as s:
        assert db_leads.lead_settings(show["event_id"], session=s) == rules.LeadSettings()
        settings = rules.make_settings(["démo", "devis"], ["Budget ?"])
        db_leads.set_lead_settings(show["event_id"], settings, session=s)
    with db.session() as s:
        assert db_leads.lead_settings(show["event_id"], session=s) == settings
        assert db_leads.lead_settings(show["event_id"] + 1, session=s) == rules.LeadSettings()
