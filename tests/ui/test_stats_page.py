"""The Statistiques page: the numbers of ``repo.stats``, live updates, organiser actions."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from itday.db import repo
from itday.services.checkin import record_scan
from itday.ui.context import AppContext
from itday.ui.pages.stats import StatsPage
from itday.ui.stats.dialogs import PurgeDialog


@pytest.fixture
def page(qtbot, demo_db, tmp_path):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(demo_db, event_id, settings=settings)
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    yield page
    ctx.tasks.wait_all()


def _stats(page) -> dict:
    with page.ctx.db.session() as s:
        return repo.stats(page.ctx.event_id, session=s)


def _column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_page_shows_the_numbers_of_itday_stats(page):
    s = _stats(page)
    assert page.card_registered.value.text() == str(s["attendees"])
    assert page.card_checked.value.text() == str(s["checked_in"])
    assert page.card_exhibitors.value.text() == f"{s['exhibitors_present']} / {s['exhibitors']}"
    assert f"{s['peak_quarter_hour']['arrivals']} arrivées" in page.card_peak.detail.text()
    assert _column(page.categories, 0)[:2] == ["Visiteur", "Exposant"]
    assert _column(page.categories, 1) == [str(c["registered"]) for c in s["by_category"].values()]
    assert _column(page.stations, 0) == list(s["scans_by_station"])
    assert "Pas un badge itday" in _column(page.refused, 0)  # by reason
    assert page.missing.rowCount() == s["exhibitors"] - s["exhibitors_present"]
    assert page.chart.total() == s["checked_in"]


def test_chart_spans_the_opening_hours_and_counts_stray_scans_apart(page):
    """Issue 17.7: a stray scan the evening before never squashes the day."""
    s = _stats(page)
    page.chart.set_arrivals({**s["by_quarter_hour"], "2017-06-28T19:00:00+02:00": 1},
                            s["opening_hours"])  # fmt: skip
    first, last = page.chart.series[0][0], page.chart.series[-1][0]
    assert first.hour <= 9 and (last.hour, last.minute) >= (17, 45)  # the whole day
    assert page.chart.outside == 1 and page.chart.total() == s["checked_in"]
    page.chart.set_arrivals({"2017-06-29T10:15:00+02:00": 3})  # one quarter, no hours known
    assert len(page.chart.series) == 1
    image = page.chart.grab().toImage()  # the lone bar still has its time under it
    assert image.width() > 0


def test_numbers_follow_scans_live(page, qtbot):
    with page.ctx.db.session() as s:
        waiting = [
            a.code
            for a in repo.search_attendees(page.ctx.event_id, session=s)
            if a.checked_in_at is None and not a.cancelled
        ][:7]
        before = page.chart.total()
        for code in waiting:
            record_scan(s, page.ctx.event_id, code, "Accueil 9")
    with qtbot.waitSignal(page.numbers_shown, timeout=10_000):
        page.ctx.bridge.data_changed.emit("scans")
    # scanned today, not on the edition's day: counted apart, the day's chart unchanged
    assert page.chart.total() == before and page.chart.outside == 7
    assert page.card_checked.value.text() == str(_stats(page)["checked_in"])
    assert "Accueil 9" in _column(page.stations, 0)


def test_organiser_actions_follow_the_role(page):
    buttons = (page.export_button, page.purge_button, page.backup_button)
    assert not any(b.isVisible() for b in buttons)
    page.ask_purge()
    assert page._dialog is None  # reception mode: nothing opens
    page.ctx.set_organiser(True)
    assert all(b.isVisible() and b.isEnabled() for b in buttons)
    page.ctx.set_organiser(False)
    assert not any(b.isVisible() for b in buttons)


def test_purge_needs_the_typed_word_and_keeps_the_numbers(page, qtbot):
    page.ctx.set_organiser(True)
    before = _stats(page)
    page.ask_purge()
    dialog = page._dialog
    assert isinstance(dialog, PurgeDialog)
    dialog.word.setText("supprimer")
    assert not dialog.ok.isEnabled()
    dialog.word.setText("SUPPRIMER")
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(page.purge_finished, timeout=10_000) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert blocker.args[0]["attendees"] > 1000
    assert _stats(page) == before
    with page.ctx.db.session() as s:
        people = repo.attendee_rows(page.ctx.event_id, session=s)
    assert all(p["last_name"] == "" and p["email"] == "" for p in people)


def test_the_purge_deletes_the_backups_too_unless_the_box_is_unticked(page, qtbot, tmp_path):
    """Issue 23.8: the GUI's purge lists the backups (of the folder chosen in the settings
    too) and deletes them with the names, or keeps them when asked."""
    from itday.services.backup import backup_now, default_folder

    page.ctx.set_organiser(True)
    chosen = tmp_path / "cle-usb"
    page.backup.save(str(chosen), 10, 12)
    kept = backup_now(page.ctx.db, chosen)
    page.ask_purge()
    dialog = page._dialog
    assert dialog.delete_copies.isChecked() and not dialog.delete_copies.isHidden()
    dialog.delete_copies.setChecked(False)
    dialog.word.setText("SUPPRIMER")
    with qtbot.waitSignal(page.purge_finished, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert kept.exists()
    gone = [kept, backup_now(page.ctx.db, default_folder(page.ctx.db.path))]
    page.ask_purge()
    dialog = page._dialog
    dialog.word.setText("SUPPRIMER")
    with qtbot.waitSignal(page.purge_finished, timeout=10_000) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert blocker.args[0]["copies"] == 2
    assert not any(p.exists() for p in gone)


def test_export_runs_in_the_background(page, qtbot, tmp_path):
    page.ctx.set_organiser(True)
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as blocker:
        page.start_export(str(tmp_path / "export"), anonymise=True)
    assert blocker.args == [str(tmp_path / "export")]
    assert (tmp_path / "export" / "report.pdf").exists()
    assert (tmp_path / "export" / "attendees.csv").exists()


def test_automatic_backup_settings_and_first_copy(page, qtbot, tmp_path):
    page.ctx.set_organiser(True)
    folder = tmp_path / "stick"
    with qtbot.waitSignal(page.backup.backup_done, timeout=10_000) as blocker:
        page.set_backup(str(folder), 5, 3)
    assert page.ctx.settings.value("backup/folder") == str(folder)
    assert int(page.ctx.settings.value("backup/minutes")) == 5
    assert page.backup.timer.interval() == 5 * 60_000 and page.backup.active
    assert blocker.args[0].startswith(str(folder))
    qtbot.waitUntil(lambda: "dernière à" in page.backup_label.text(), timeout=10_000)
    page.set_backup(str(folder), 0, 3)
    assert not page.backup.active and "désactivée" in page.backup_label.text()


def test_automatic_backups_are_on_by_default_beside_the_base(page, qtbot):
    """Issue 13.5: a fresh station backs up every 10 minutes, and when the window closes."""
    page.ctx.settings.remove("backup/folder")
    page.ctx.settings.remove("backup/minutes")
    page.backup.configure()
    db_path = page.ctx.db.path
    folder = db_path.parent / f"{db_path.stem}-sauvegardes"
    assert page.backup.active and page.backup.timer.interval() == 10 * 60_000
    assert page.backup.folder == str(folder)
    page.backup.run_at_close()  # what the window's closing does
    assert len(list(folder.glob(f"{db_path.stem}-*.sqlite"))) == 1
    qtbot.waitUntil(lambda: "dernière à" in page.backup_label.text(), timeout=10_000)


def test_the_line_shows_the_newest_copy_of_this_base_whatever_made_it(page, qtbot):
    """Issue 23.2: copies made by ``itday backup`` (or an earlier session) count; another
    base's copies in the same folder do not."""
    import datetime as dt

    from itday.services.backup import backup_copy, backup_now

    db_path = page.ctx.db.path
    folder = db_path.parent / f"{db_path.stem}-sauvegardes"
    today = dt.datetime.now(page.tz).replace(hour=7, minute=41, second=0)
    page.look_for_backups()
    qtbot.waitUntil(lambda: "pas encore de copie" in page.backup_label.text(), timeout=10_000)
    backup_now(db_path, folder, now=today)  # what « itday backup » does, in another process
    backup_copy(db_path, folder / "autre-base-20990101-235900.sqlite")  # not this base's
    page.refresh()  # (the page looks again whenever it refreshes its numbers)
    qtbot.waitUntil(lambda: "dernière à 07:41" in page.backup_label.text(), timeout=10_000)


def test_export_summary_says_the_cancelled_apart(page, qtbot, tmp_path):
    page.ctx.set_organiser(True)
    messages = []
    page.ctx.bridge.message_posted.connect(lambda level, text: messages.append(text))
    with qtbot.waitSignal(page.export_finished, timeout=30_000):
        page.export_to(str(tmp_path / "export"))
    with page.ctx.db.session() as s:
        people = repo.attendee_rows(page.ctx.event_id, session=s)
    cancelled = sum(1 for p in people if p["cancelled"])
    assert cancelled > 0
    assert any(f"{len(people)} participants (dont {cancelled} annulés)" in m for m in messages)


def test_export_over_another_edition_asks_first(page, qtbot, tmp_path, monkeypatch):
    import datetime as dt
    import json

    from itday.services.export import export_edition

    page.ctx.set_organiser(True)
    folder = tmp_path / "export"
    with page.ctx.db.session() as s:
        other = repo.create_event("Green IT Day", dt.date(2017, 11, 16), session=s)
        s.commit()
        other_id = other.id
    export_edition(page.ctx.db, other_id, folder)
    questions = []
    answer = False
    monkeypatch.setattr(page, "confirm", lambda t, q: questions.append(q) or answer)
    assert page.export_to(str(folder)) is None  # "No": nothing starts
    assert len(questions) == 1 and "Green IT Day" in questions[0]
    assert json.loads((folder / "event.json").read_text())["event"]["id"] == other_id
    answer = True
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as blocker:
        page.export_to(str(folder))
    assert blocker.args == [str(folder)]
    assert json.loads((folder / "event.json").read_text())["event"]["id"] == page.ctx.event_id
    questions.clear()  # the same edition again: no question
    with qtbot.waitSignal(page.export_finished, timeout=30_000):
        page.export_to(str(folder))
    assert questions == []


def test_updated_time_is_the_event_time(page, qtbot, monkeypatch):
    import datetime as dt
    import time
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("TZ", "UTC")  # a machine on UTC, an event in Paris
    time.tzset()
    try:
        page._show(page.numbers, [])
        shown = page.updated_label.text().rsplit(" ", 1)[-1]
        paris = dt.datetime.now(ZoneInfo("Europe/Paris"))
        assert shown[:2] == f"{paris:%H}" or shown[:2] == f"{paris - dt.timedelta(hours=1):%H}"
        assert shown[:2] != f"{dt.datetime.now(dt.UTC):%H}"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_export_into_the_database_folder_asks_for_a_new_folder(page, qtbot, monkeypatch):
    """Issue 13.3: the export never writes beside the live base; the window asks instead."""
    from itday.ui.pages import stats as stats_module

    page.ctx.set_organiser(True)
    folder = page.ctx.db.path.parent
    questions = []
    monkeypatch.setattr(stats_module, "ask_yes_no", lambda *a: questions.append(a[2]) or True)
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as blocker:
        page.start_export(str(folder))
    assert "contient une base de données" in questions[0]
    out = blocker.args[0]
    assert os.path.dirname(out) == str(folder) and os.path.basename(out).startswith("export-")
    assert os.path.exists(os.path.join(out, "report.pdf"))
    monkeypatch.setattr(stats_module, "ask_yes_no", lambda *a: False)
    assert page.start_export(str(folder)) is None


def test_export_dialog_offers_the_technical_format(page, qtbot, tmp_path, monkeypatch):
    import json

    from itday.ui.stats.dialogs import ExportDialog

    page.ctx.set_organiser(True)
    out = tmp_path / "export"

    def opened(self, dialog, accepted):
        assert isinstance(dialog, ExportDialog) and not dialog.technical.isChecked()
        dialog.folder.edit.setText(str(out))
        dialog.technical.setChecked(True)
        accepted()

    monkeypatch.setattr(type(page), "_open", opened)
    with qtbot.waitSignal(page.export_finished, timeout=30_000):
        page.ask_export()
    assert json.loads((out / "event.json").read_text(encoding="utf-8"))["technical"] is True
    head = (out / "attendees.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert head.startswith("id;first_name;last_name")
