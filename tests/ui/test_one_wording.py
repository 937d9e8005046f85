"""Issue 24.7: one wording per answer everywhere — the screen, the Journal, the export's files
and ``itday checkin`` name a refusal with the same words; ``itday checkin`` speaks French
outside ``--json`` (which keeps the result's key); no code-name values in files for people."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

from itday.core import badge
from itday.core.checkin import REASON_WORDS, RESULT_WORDS
from itday.db import repo
from itday.db.models import Attendee
from itday.services.checkin import record_scan
from itday.services.export import read_tables, write_csv
from itday.ui.checkin.result import describe
from itday.ui.checkin.scan_log import ScanLogDialog

FOREIGN, DAMAGED, TICKET = "https://example.org/promo", "ITD-AAAAAAAAAAAAAAAAAA", "123456789012"


def _codes(db, event_id) -> dict[str, str]:
    """A made-up code for each refusal, and a person to admit."""
    with db.session() as s:
        rows = repo.attendee_rows(event_id, session=s)
    cancelled = next(r for r in rows if r["cancelled"])
    person, refunded = [r for r in rows if not r["cancelled"] and r["checked_in_at"] is None][:2]
    with db.session() as s:  # as the import leaves a refunded ticket (issue 24.1)
        s.get(Attendee, refunded["id"]).sqlmodel_update(
            {"cancelled": True, "cancel_reason": "ticket"}
        )
        s.commit()
    return {
        "not_ours": FOREIGN,
        "damaged": DAMAGED,
        "unknown_ticket": TICKET,
        "not_registered": badge.new_code(),
        "cancelled": cancelled["code"],
        "ticket_cancelled": refunded["code"],
        "admitted": person["code"],
    }


def _itday(*args):
    cmd = [sys.executable, "-m", "itday", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_a_refusal_reads_the_same_on_screen_in_the_journal_the_export_and_the_cli(
    qtbot, demo_ctx, tmp_path
):
    db, event_id = demo_ctx.db, demo_ctx.event_id
    codes = _codes(db, event_id)
    refusals = {k: v for k, v in codes.items() if k != "admitted"}
    # itday checkin, in French
    out = _itday("checkin", *codes.values(), "--station", "CLI", "--db", str(db.path))
    lines = out.stdout.splitlines()
    assert len(lines) == len(codes), out.stderr
    said = dict(zip(codes, lines, strict=True))
    assert said["admitted"].startswith(f"{codes['admitted']} : admis(e) — ")
    assert "admitted" not in out.stdout
    # --json keeps the keys of the contract
    again = _itday("checkin", FOREIGN, "--json", "--db", str(db.path))
    assert json.loads(again.stdout)["result"] == "invalid"

    with db.session() as s:  # the same codes at a desk: what the screen shows
        screen = {
            k: describe(record_scan(s, event_id, code, "Accueil 1")) for k, code in refusals.items()
        }
    journal = ScanLogDialog(demo_ctx)
    qtbot.addWidget(journal)
    qtbot.waitUntil(lambda: not journal.loading and journal.model.rowCount() > 0, timeout=10_000)
    rows = {}
    for n in range(journal.model.rowCount()):
        cells = [journal.model.item(n, c).text() for c in range(6)]
        rows.setdefault((cells[1], cells[5]), cells)
    with db.session() as s:
        table = read_tables(event_id, session=s)["scans"]
    write_csv(tmp_path / "scans.csv", table, "fr")
    with (tmp_path / "scans.csv").open(encoding="utf-8-sig") as fh:
        exported = list(csv.DictReader(fh, delimiter=";"))

    for reason, code in refusals.items():
        name = REASON_WORDS[reason]  # the one name of the refusal
        assert screen[reason]["headline"].lower() == name.lower(), reason
        assert f"{code} : refusé" in said[reason] and f"({name}" in said[reason], said[reason]
        cells = rows[(code, "CLI")]
        assert cells[3] == RESULT_WORDS[screen_result(reason)] == "refusé"
        assert cells[4].startswith(name), cells
        line = next(r for r in exported if r["Code lu"] == code and r["Poste"] == "CLI")
        assert line["Résultat"] == "refusé" and line["Motif"].lower() == name.lower(), line


def screen_result(reason: str):
    from itday.core.enums import ScanResult

    cancelled = ("cancelled", "ticket_cancelled")
    return ScanResult.CANCELLED if reason in cancelled else ScanResult.INVALID


def test_files_for_people_carry_no_code_names(demo_ctx, tmp_path):
    """« reentry », « walk_in », « import »: words in the files for people, keys in the
    technical ones."""
    db, event_id = demo_ctx.db, demo_ctx.event_id
    person = _codes(db, event_id)["admitted"]
    with db.session() as s:
        record_scan(s, event_id, person, "Accueil 1")
        record_scan(s, event_id, person, "Accueil 1")  # a re-entry
        tables = read_tables(event_id, session=s)
    write_csv(tmp_path / "scans.csv", tables["scans"], "fr")
    write_csv(tmp_path / "attendees.csv", tables["attendees"], "fr")
    text = (tmp_path / "scans.csv").read_text("utf-8-sig") + (tmp_path / "attendees.csv").read_text(
        "utf-8-sig"
    )
    for key in ("reentry", "walk_in", ";import", "already_admitted", ";admitted", ";invalid"):
        assert key not in text, key
    assert "Ré-entrée autorisée" in text and "déjà entré(e)" in text
    write_csv(tmp_path / "tech.csv", tables["scans"])  # technical: the stable keys
    assert "reentry" in (tmp_path / "tech.csv").read_text("utf-8-sig")
