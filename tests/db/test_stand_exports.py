"""The organiser's export of every stand's leads: one set of files per exhibitor, consent
respected, never over files that are not its own."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest
from sqlmodel import select

from itday.core.leads import LeadEdit, parse_lead_code
from itday.db import attendees as attendee_repo
from itday.db import leads as db_leads
from itday.db import repo
from itday.db.models import Attendee
from itday.errors import ItdayError
from itday.services.stand_exports import MANIFEST, export_stand_leads
from tests.leads_helpers import clear_leads

WINDOWS_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]|^(con|prn|aux|nul|com\d|lpt\d)(\.|$)', re.I)


def _event(db) -> int:
    with db.session() as s:
        return repo.latest_event(session=s).id


@pytest.fixture(autouse=True)
def _no_demo_leads(demo_db):
    clear_leads(demo_db)


def _scan(db, event_id, exhibitor_index, people, consent):
    """Leads recorded through the database API, as the stands' server records them."""
    with db.session() as s:
        exhibitor = repo.list_exhibitors(event_id, session=s)[exhibitor_index]
        link = next(
            link
            for link in db_leads.ensure_links(event_id, exhibitor["id"], session=s)
            if link.role == "scan"
        )
        _secret, device = db_leads.pair(link.id, session=s)
    for i, person in enumerate(people):
        with db.session() as s:
            state = {"consent": consent[i], "consent_at": None, "consent_source": ""}
            attendee_repo.restore_consent({person["id"]: state}, session=s)
            answer = db_leads.record_scan(
                device, f"upload-{exhibitor['id']}-{i}", parse_lead_code(person["code"]),
                session=s,
            )  # fmt: skip
            db_leads.update_lead(
                device,
                f"upload-{exhibitor['id']}-{i}",
                LeadEdit(dt.datetime.now(dt.UTC), "hot", (), f"note {i}", {}),
                session=s,
            )
            assert answer["result"] == "new"
    return exhibitor


def _people(db, event_id, n):
    with db.session() as s:
        rows = s.exec(
            select(Attendee)
            .where(Attendee.event_id == event_id, Attendee.email != "", Attendee.phone != "")
            .where(Attendee.cancelled == False)  # noqa: E712
            .limit(n)
        ).all()
        return [{"id": a.id, "code": a.code, "email": a.email, "phone": a.phone} for a in rows]


def test_each_stand_gets_its_files_and_consent_is_respected(demo_db, tmp_path):
    event_id = _event(demo_db)
    people = _people(demo_db, event_id, 4)
    a = _scan(demo_db, event_id, 0, people[:3], [True, False, None])
    b = _scan(demo_db, event_id, 1, people[3:4], [True])
    out = tmp_path / "contacts"
    steps = []
    result = export_stand_leads(
        demo_db, event_id, out, progress=lambda d, t, _n: steps.append((d, t))
    )
    assert result.stands == 2 and result.leads == 4 and steps[-1] == (3, 3)
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 7 and MANIFEST in names  # 3 files per stand and the list of them
    assert not any(WINDOWS_BAD.search(n) for n in names)
    stand_a = {p.suffix: p for p in out.glob(f"*-{a['id']}.*")}
    assert set(stand_a) == {".csv", ".xlsx", ".vcf"}
    # person 0 agreed, person 1 refused, person 2 was never asked (at stand a)
    text = {k: p.read_bytes() for k, p in stand_a.items()}
    assert people[0]["email"].encode() in text[".csv"]
    assert people[0]["email"].encode() in text[".vcf"]
    for refused in people[1:3]:
        for suffix in (".csv", ".vcf"):
            assert refused["email"].encode() not in text[suffix]
            assert refused["phone"].encode() not in text[suffix]
    import openpyxl

    wb = openpyxl.load_workbook(stand_a[".xlsx"], read_only=True)
    cells = {str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v}
    wb.close()
    assert people[0]["email"] in cells and people[1]["email"] not in cells
    with stand_a[".csv"].open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert len(rows) == 3 and {r["Intérêt"] for r in rows} == {"chaud"}
    stand_b = next(out.glob(f"*-{b['id']}.csv")).read_bytes()
    assert people[3]["email"].encode() in stand_b and people[0]["email"].encode() not in stand_b


def test_withdrawn_consent_applies_to_the_next_export(demo_db, tmp_path):
    event_id = _event(demo_db)
    people = _people(demo_db, event_id, 1)
    ex = _scan(demo_db, event_id, 0, people, [True])
    export_stand_leads(demo_db, event_id, tmp_path / "x", exhibitor_id=ex["id"])
    assert people[0]["email"].encode() in next((tmp_path / "x").glob("*.csv")).read_bytes()
    with demo_db.session() as s:
        attendee_repo.set_consent([people[0]["id"]], False, "desk", session=s)
    export_stand_leads(demo_db, event_id, tmp_path / "x", exhibitor_id=ex["id"])  # again: ours
    for path in (tmp_path / "x").glob("contacts-*"):
        assert people[0]["email"].encode() not in path.read_bytes(), path.name


def test_refuses_a_folder_of_other_files_or_a_database(demo_db, tmp_path):
    event_id = _event(demo_db)
    _scan(demo_db, event_id, 0, _people(demo_db, event_id, 1), [True])
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("à moi", encoding="utf-8")
    with pytest.raises(ItdayError, match="pas des contacts exportés par itday"):
        export_stand_leads(demo_db, event_id, mine)
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]
    with pytest.raises(ItdayError, match="base de données"):
        export_stand_leads(demo_db, event_id, demo_db.path.parent)
    base = tmp_path / "with-db"
    base.mkdir()
    (base / "other.sqlite").write_bytes(b"")
    with pytest.raises(ItdayError, match="base de données"):
        export_stand_leads(demo_db, event_id, base)
    # an earlier export: replaced, and what the user added there is kept
    out = tmp_path / "again"
    export_stand_leads(demo_db, event_id, out)
    (out / "lisez-moi.txt").write_text("mot", encoding="utf-8")
    export_stand_leads(demo_db, event_id, out)
    assert (out / "lisez-moi.txt").read_text(encoding="utf-8") == "mot"
    assert not any(p.name.startswith(".itday-") for p in out.iterdir())


def test_cancelled_export_leaves_the_folder_as_it_was(demo_db, tmp_path):
    from itday.services.stand_exports import StandExportCancelled

    event_id = _event(demo_db)
    _scan(demo_db, event_id, 0, _people(demo_db, event_id, 1), [True])
    out = tmp_path / "out"
    with pytest.raises(StandExportCancelled):
        export_stand_leads(demo_db, event_id, out, cancelled=lambda: True)
    assert list(out.iterdir()) == []


def test_nothing_to_export_is_one_line(demo_db, tmp_path):
    with pytest.raises(ItdayError, match="Aucun stand n'a encore de contact"):
        export_stand_leads(demo_db, _event(demo_db), tmp_path / "out")
    assert not (tmp_path / "out").exists()
