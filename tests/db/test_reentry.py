"""Issue 24.8: the re-entry rule, per edition and category — allowed (the default), refused,
or allowed after an exit scan — and the answer says which rule applied."""

from __future__ import annotations

import json
import subprocess
import sys
from types import SimpleNamespace

from itday.core.checkin import (
    REASON_NOT_EXITED,
    REASON_REENTRY,
    REASON_REENTRY_AFTER_EXIT,
    REASON_REENTRY_REFUSED,
)
from itday.core.enums import Category, ScanResult
from itday.db import repo
from itday.services.checkin import record_exit, record_scan


def _people(db, event_id):
    with db.session() as s:
        rows = repo.attendee_rows(event_id, session=s)
    waiting = [r for r in rows if not r["cancelled"] and r["checked_in_at"] is None]
    visitor = next(r for r in waiting if r["category"] == Category.VISITOR)
    staff = next(r for r in waiting if r["category"] == Category.EXHIBITOR_STAFF)
    return visitor, staff


def _event(db):
    with db.session() as s:
        return repo.latest_event(session=s).id


def test_allowed_refused_and_after_exit(demo_db):
    event_id = _event(demo_db)
    visitor, staff = _people(demo_db, event_id)
    with demo_db.session() as s:
        assert record_scan(s, event_id, visitor["code"], "A").result is ScanResult.ADMITTED
        again = record_scan(s, event_id, visitor["code"], "A").decision
        assert (again.reason, again.admits) == (REASON_REENTRY, True)  # today's rule

        repo.set_reentry_policy(event_id, {Category.VISITOR.value: "refused"}, session=s)
        s.commit()
        refused = record_scan(s, event_id, visitor["code"], "A").decision
        assert refused.result is ScanResult.ALREADY_ADMITTED
        assert (refused.reason, refused.admits, refused.tone) == (
            REASON_REENTRY_REFUSED, False, "refused",
        )  # fmt: skip
        record_scan(s, event_id, staff["code"], "A")
        other = record_scan(s, event_id, staff["code"], "A").decision
        assert other.reason == REASON_REENTRY  # another category: its own rule (default)

        repo.set_reentry_policy(event_id, {"default": "after_exit"}, session=s)
        s.commit()
        assert record_scan(s, event_id, visitor["code"], "A").decision.reason == REASON_NOT_EXITED
        assert record_exit(s, event_id, visitor["code"], "Sortie").recorded
        back = record_scan(s, event_id, visitor["code"], "A").decision
        assert (back.reason, back.admits) == (REASON_REENTRY_AFTER_EXIT, True)
        # let in again: the next re-entry needs a new exit scan
        assert record_scan(s, event_id, visitor["code"], "A").decision.reason == REASON_NOT_EXITED
        assert not record_exit(s, event_id, "https://example.org", "Sortie").recorded
        refused = repo.stats(event_id, session=s)["refused_by_reason"]
        assert refused[REASON_REENTRY_REFUSED] == 1 and refused[REASON_NOT_EXITED] == 2


def test_the_answer_on_screen_says_which_rule_applied(qtbot):
    import datetime as dt

    from itday.core.checkin import Decision
    from itday.ui.checkin.result import describe

    first = dt.datetime(2017, 6, 29, 7, 12, tzinfo=dt.UTC)

    def shown(reason):
        decision = Decision(ScanResult.ALREADY_ADMITTED, reason, 1, first, "Accueil 1")
        return describe(SimpleNamespace(result=decision.result, decision=decision))

    assert shown(REASON_REENTRY)["detail"].endswith("— ré-entrée autorisée")
    assert shown(REASON_REENTRY_AFTER_EXIT)["detail"].endswith("— ré-entrée après sortie")
    refused = shown(REASON_REENTRY_REFUSED)
    assert refused["headline"] == "RÉ-ENTRÉE REFUSÉE" and refused["tone"] == "refused"
    assert refused["detail"] == "Première entrée à 9h12, Accueil 1 — une seule entrée"
    not_out = shown(REASON_NOT_EXITED)
    assert not_out["headline"] == "SORTIE NON SCANNÉE"
    assert not_out["detail"].endswith("— la sortie n'a pas été scannée")


def test_exit_scans_read_as_words_in_the_journal_and_the_export(qtbot, demo_ctx, tmp_path):
    from itday.services.export import read_tables, write_csv
    from itday.ui.checkin.scan_log import ScanLogDialog

    db, event_id = demo_ctx.db, demo_ctx.event_id
    visitor, _staff = _people(db, event_id)
    with db.session() as s:
        record_scan(s, event_id, visitor["code"], "A")
        assert record_exit(s, event_id, visitor["code"], "Sortie").recorded
        table = read_tables(event_id, session=s)["scans"]
    journal = ScanLogDialog(demo_ctx)
    qtbot.addWidget(journal)
    qtbot.waitUntil(lambda: not journal.loading and journal.model.rowCount() > 0, timeout=10_000)
    assert (
        journal.model.item(0, 3).text() == "sortie" and journal.model.item(0, 5).text() == "Sortie"
    )
    write_csv(tmp_path / "scans.csv", table, "fr")
    text = (tmp_path / "scans.csv").read_text("utf-8-sig")
    assert ";sortie;" in text and ";exit;" not in text


def _itday(*args):
    cmd = [sys.executable, "-m", "itday", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_the_command_line_sets_the_rule_and_scans_exits(demo_db):
    event_id = _event(demo_db)
    visitor, _staff = _people(demo_db, event_id)
    db = ["--db", str(demo_db.path)]
    out = _itday("reentry", "after_exit", "--category", "Visiteur", *db)
    assert out.returncode == 0, out.stderr
    assert "Visiteur : ré-entrée après une sortie scannée (after_exit)" in out.stdout
    rules = json.loads(_itday("reentry", "--json", *db).stdout)
    assert rules["categories"]["visitor"] == "after_exit" and rules["default"] == "allowed"
    out = _itday("checkin", visitor["code"], visitor["code"], *db)
    second = out.stdout.splitlines()[1]
    assert "déjà entré(e)" in second and "sortie non scannée" in second
    out = _itday("checkin", "--exit", visitor["code"], *db)
    assert out.returncode == 0 and "sortie enregistrée" in out.stdout
    out = _itday("checkin", visitor["code"], "--json", *db)
    assert json.loads(out.stdout)["reason"] == REASON_REENTRY_AFTER_EXIT
    bad = _itday("reentry", "refused", "--category", "Martien", *db)
    assert bad.returncode == 2 and "Catégorie inconnue « Martien »" in bad.stderr


def test_the_organiser_sets_the_rules_in_the_window(qtbot, demo_ctx):
    from itday.ui.checkin.reentry import ReentryDialog

    dialog = ReentryDialog(demo_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    assert dialog.combos["default"].currentData() == "allowed"
    assert dialog.combos["visitor"].currentData() == ""  # as every category
    assert dialog.combos["visitor"].currentText() == "comme toutes les catégories"
    visitor = dialog.combos["visitor"]
    visitor.setCurrentIndex(visitor.findData("after_exit"))
    press = dialog.combos["press"]
    press.setCurrentIndex(press.findData("refused"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    with demo_ctx.db.session() as s:
        assert repo.reentry_policy(demo_ctx.event_id, session=s) == {
            "default": "allowed", "visitor": "after_exit", "press": "refused",
        }  # fmt: skip
