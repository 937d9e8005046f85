"""Issue 23.4 in the window: a restore from the Statistiques page, checked and exclusive; a
copy of another base asks a question; a desk holding the base is named."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from itday.db import repo
from itday.db.engine import Database
from itday.services.backup import backup_now, backups_of, default_folder
from itday.ui.context import AppContext
from itday.ui.pages.stats import StatsPage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def page(qtbot, demo_db, tmp_path):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(demo_db, event_id, settings=settings)
    ctx.set_organiser(True)
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    yield page
    ctx.tasks.wait_all()


def _events(db) -> list[str]:
    with db.session() as s:
        return [e.name for e in repo.list_events(session=s)]


def _add_event(db, name: str) -> int:
    with db.session() as s:
        event = repo.create_event(name, dt.date(2018, 6, 28), "Diagora", session=s)
        s.commit()
        return event.id


@pytest.fixture
def answers(monkeypatch):
    """The organiser's answers to the questions, and the questions and warnings shown."""
    said = {"questions": [], "warnings": [], "answer": True}

    def ask(_parent, _title, text):
        said["questions"].append(text)
        return said["answer"]

    monkeypatch.setattr("itday.ui.stats.restore.ask_yes_no", ask)
    monkeypatch.setattr(
        "itday.ui.stats.restore.QMessageBox.warning",
        lambda _parent, _title, text: said["warnings"].append(text),
    )
    return said


def test_restore_from_the_page_and_every_page_reloads(page, qtbot, answers):
    db = page.ctx.db
    before = _events(db)
    copy = backup_now(db, default_folder(db.path))
    new_id = _add_event(db, "Édition de trop")
    page.ctx.set_event(new_id)
    with qtbot.waitSignal(page.restorer.restored, timeout=30_000) as done:
        page.restorer.ask(str(copy))
    assert "Remettre la base" in answers["questions"][0]
    assert _events(db) == before  # the window goes on with the restored base
    assert page.ctx.event_id != new_id
    safety = done.args[0].safety
    assert safety in backups_of(db.path) and copy in backups_of(db.path)
    assert "Édition de trop" in _events_of_file(safety)


def _events_of_file(path) -> list[str]:
    other = Database.open(path, readonly=True)
    try:
        return _events(other)
    finally:
        other.close()


def test_a_copy_of_another_base_asks_first(page, qtbot, answers, tmp_path):
    db = page.ctx.db
    before = _events(db)
    stranger = tmp_path / "autre" / "demo.sqlite"
    other = Database.open(stranger)
    _add_event(other, "Green IT Day")
    other.close()
    theirs = backup_now(stranger, default_folder(stranger))
    answers["answer"] = False
    page.restorer.ask(str(theirs))
    qtbot.waitUntil(lambda: len(answers["questions"]) == 1, timeout=30_000)
    assert "AUTRE base" in answers["questions"][0] and "Green IT Day" in answers["questions"][0]
    assert _events(db) == before  # « non »: nothing changed
    answers["answer"] = True
    with qtbot.waitSignal(page.restorer.restored, timeout=30_000):
        page.restorer.ask(str(theirs))
    assert _events(db) == ["Green IT Day"]


def test_a_desk_holding_the_base_is_named_and_nothing_changes(page, qtbot, answers):
    db = page.ctx.db
    copy = backup_now(db, default_folder(db.path))
    _add_event(db, "Édition de trop")
    before = _events(db)
    desk = subprocess.Popen(
        [sys.executable, "-m", "itday", "checkin", "-", "--json", "--station", "Accueil 3",
         "--db", str(db.path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=ROOT,
    )  # fmt: skip
    try:
        desk.stdin.write("ITD-PAS-UN-BADGE\n")
        desk.stdin.flush()
        assert json.loads(desk.stdout.readline())["code"]
        copies = backups_of(db.path)
        with qtbot.waitSignal(page.restorer.failed, timeout=30_000) as refused:
            page.restorer.ask(str(copy))
        assert "itday checkin" in refused.args[0] and "Accueil 3" in refused.args[0]
        assert answers["warnings"] == [refused.args[0]]
        assert _events(db) == before and backups_of(db.path) == copies
    finally:
        desk.stdin.close()
        desk.wait(timeout=60)
    assert desk.returncode == 0, desk.stderr.read()
