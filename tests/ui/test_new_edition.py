"""« Nouvelle édition… » (issue 17.1): next year's edition from the window, empty or from another."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from PySide6.QtCore import QDate
from sqlmodel import select

from itday.db import repo
from itday.db.engine import Database
from itday.db.models import Attendee, Booth, Exhibitor
from itday.services.editions import copy_summary, new_edition
from itday.ui import new_edition as dialog_module
from itday.ui.app import build_window


def _window(qtbot, db):
    window = build_window(db)
    qtbot.addWidget(window)
    window.ctx.set_organiser(True)
    return window


def _create_through_window(qtbot, window, monkeypatch, fill) -> int | None:
    """Click « Nouvelle édition… », fill the dialog with ``fill(dialog)``, press its button."""

    def run(dialog):
        fill(dialog)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(dialog_module.NewEditionDialog, "exec", run)
    window.new_edition_button.click()
    return window.ctx.event_id


def test_from_an_empty_database_the_window_creates_the_first_edition(qtbot, tmp_path, monkeypatch):
    db = Database.open(tmp_path / "new.sqlite")
    window = _window(qtbot, db)
    assert window.ctx.event_id is None and window.welcome.isVisibleTo(window)

    def fill(d):
        assert d.source_combo.count() == 1 and d.source_combo.currentData() is None
        assert not d.exhibitors_box.isEnabled()
        d.name_edit.setText("Innovation IT Day 2018")
        d.date_edit.setDate(QDate(2018, 6, 28))
        d.venue_edit.setText("Diagora, Labège")

    event_id = _create_through_window(qtbot, window, monkeypatch, fill)
    assert event_id is not None
    assert "Innovation IT Day 2018" in window.title_label.text()
    assert window.event_combo.count() == 1
    with db.session() as s:
        event = repo.get_event(event_id, session=s)
        assert (event.date, event.venue) == (dt.date(2018, 6, 28), "Diagora, Labège")
        assert copy_summary(s, event_id) == {"booths": 0, "elements": 0, "exhibitors": 0}
    db.dispose()


def test_next_year_from_the_demo_carries_the_plan_and_optionally_exhibitors(
    qtbot, demo_db, monkeypatch
):
    window = _window(qtbot, demo_db)
    source = window.ctx.event_id
    with demo_db.session() as s:
        before = copy_summary(s, source)

    def fill(d):
        assert d.source_combo.currentData() == source  # the latest edition by default
        assert d.date_edit.date() == QDate(2018, 6, 28)  # the same day next year
        assert d.venue_edit.text() == "Diagora, Labège"
        d.name_edit.setText("Innovation IT Day 2018")
        d.exhibitors_box.setChecked(True)

    created = _create_through_window(qtbot, window, monkeypatch, fill)
    assert created != source and window.event_combo.count() == 2
    with demo_db.session() as s:
        assert copy_summary(s, created) == before
        booths = {b.code: b for b in s.exec(select(Booth).where(Booth.event_id == created))}
        old = {b.code: b for b in s.exec(select(Booth).where(Booth.event_id == source))}
        names = {e.id: e.name for e in s.exec(select(Exhibitor))}
        for code, booth in old.items():  # each exhibitor on the booth they had
            twin = booths[code]
            assert (twin.x, twin.y, twin.width, twin.depth) == (
                booth.x,
                booth.y,
                booth.width,
                booth.depth,
            )
            held = names.get(booth.exhibitor_id)
            assert names.get(twin.exhibitor_id) == held
        assert not s.exec(select(Attendee).where(Attendee.event_id == created)).all()


def test_the_dialog_refuses_a_duplicate_and_an_empty_name(qtbot, demo_db):
    window = _window(qtbot, demo_db)
    dialog = dialog_module.NewEditionDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.ok_button.click()
    assert "nom" in dialog.error_label.text() and dialog.created_id is None
    dialog.name_edit.setText("innovation it day 2017 ")
    dialog.date_edit.setDate(QDate(2017, 6, 29))
    dialog.ok_button.click()
    assert "existe déjà" in dialog.error_label.text() and dialog.created_id is None
    with demo_db.session() as s:
        assert len(repo.list_events(session=s)) == 1


def test_service_without_exhibitors_frees_every_booth(demo_db):
    with demo_db.session() as s:
        source = repo.latest_event(session=s).id
        event = new_edition(s, name="IT Day 2018", date=dt.date(2018, 6, 28), source_id=source)
        s.commit()
        booths = s.exec(select(Booth).where(Booth.event_id == event.id)).all()
        assert booths and all(b.exhibitor_id is None and b.status == "free" for b in booths)
        assert (event.venue, event.opens_at) == ("Diagora, Labège", dt.time(9, 0))


def itday(*args):
    return subprocess.run(
        [sys.executable, "-m", "itday", *args], capture_output=True, text=True, timeout=120
    )


def test_init_from_on_the_command_line(demo_template, tmp_path):
    import shutil

    db = tmp_path / "itday.sqlite"
    shutil.copyfile(demo_template, db)
    out = itday("init", "--name", "Innovation IT Day 2018", "--date", "2018-06-28",
                "--from", "1", "--db", str(db))  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "99 stands, 14 éléments fixes, 0 exposant." in out.stdout
    stats = json.loads(itday("stats", "--json", "--db", str(db)).stdout)
    assert stats["booths"] > 50 and stats["exhibitors"] == 0 and stats["attendees"] == 0
    for args, status in (
        (["--with-exhibitors"], 2),
        (["--from", "99"], 1),
        (["--from", "1", "--opens", "19:00"], 1),
    ):
        bad = itday("init", "--name", "X", "--date", "2019-01-01", *args, "--db", str(db))
        assert bad.returncode == status and "Traceback" not in bad.stderr, bad.stderr
    with Database.open(db, readonly=True).session() as s:
        assert len(repo.list_events(session=s)) == 2


def test_document_language_chosen_for_the_new_edition_and_changed_in_the_settings(
    qtbot, demo_db, monkeypatch
):
    from itday.ui.settings import SettingsDialog

    window = _window(qtbot, demo_db)

    def fill(d):
        assert d.language_combo.currentData() == "fr"  # the 2017 edition's
        d.name_edit.setText("Innovation IT Day 2018")
        d.language_combo.setCurrentIndex(d.language_combo.findData("en"))

    created = _create_through_window(qtbot, window, monkeypatch, fill)
    with demo_db.session() as s:
        assert repo.document_language(created, session=s) == "en"
    # Réglages (organiser): the current edition's document language, back to French
    seen = {}

    def settings_exec(dialog):
        seen["before"] = dialog.doc_language.currentData()
        dialog.doc_language.setCurrentIndex(dialog.doc_language.findData("fr"))
        return True

    monkeypatch.setattr(SettingsDialog, "exec", settings_exec)
    window.open_settings()
    assert seen["before"] == "en"
    with demo_db.session() as s:
        assert repo.document_language(created, session=s) == "fr"
