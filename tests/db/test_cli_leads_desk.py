"""``itday leads kit`` and ``itday leads export`` as scripts run them; ``itday purge`` counts
the leads it purged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from itday.db import repo
from tests.leads_helpers import add_leads
from tests.unit.pdf_helpers import pdf_text

ROOT = Path(__file__).resolve().parents[2]


def itday(*args, db):
    return subprocess.run(
        [sys.executable, "-m", "itday", *args, "--db", str(db)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip


def test_kit_for_one_exhibitor_and_for_an_address_given(demo_db, tmp_path):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        exhibitor = repo.list_exhibitors(event_id, session=s)[0]
    out = tmp_path / "out" / "kit.pdf"
    out.parent.mkdir()
    done = itday("leads", "kit", str(out), "--exhibitor", str(exhibitor["id"]), "--json",
                 "--host", "192.168.1.20", db=demo_db.path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["pages"] == 1 and answer["address"] == "http://192.168.1.20:8080"
    assert answer["origin"] == "given"
    text = pdf_text(out)
    assert "http://192.168.1.20:8080" in text and "Adresse donnée à l'impression" in text
    links = json.loads(
        itday(
            "leads", "links", "--json", "--exhibitor", str(exhibitor["id"]), db=demo_db.path
        ).stdout
    )
    assert links[0]["scan_code"] in text and links[0]["manager_code"] in text


def test_kit_and_export_need_their_target_and_refuse_bad_ones(demo_db, tmp_path):
    for action in ("kit", "export"):
        bad = itday("leads", action, db=demo_db.path)
        assert bad.returncode == 2 and bad.stderr.count("\n") == 1, bad.stderr
    missing = itday("leads", "kit", str(tmp_path / "k.pdf"), "--exhibitor", "9999", db=demo_db.path)
    assert missing.returncode == 1 and "Aucun exposant n° 9999" in missing.stderr
    assert not (tmp_path / "k.pdf").exists()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("à moi", encoding="utf-8")
    refused = itday("leads", "export", str(mine), db=demo_db.path)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_export_writes_each_stands_files_and_purge_counts_leads(demo_db, tmp_path):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
    made = add_leads(demo_db, event_id, per_stand=2, stands=3)
    done = itday("leads", "export", str(tmp_path / "contacts"), "--json", db=demo_db.path)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["stands"] == 3 and answer["leads"] == len(made) == 6
    assert len(answer["files"]) == 9
    assert all(n.startswith("contacts-") for n in answer["files"])
    purged = itday("purge", "--confirm", "SUPPRIMER", db=demo_db.path)
    assert purged.returncode == 0 and "6 contacts des stands" in purged.stdout
