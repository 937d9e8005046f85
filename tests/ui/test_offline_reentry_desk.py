"""Issue 24.8 on the Accueil page of a desk cut off from the shared base: the re-entry rule
is shown in the same words as on a connected desk (« SORTIE NON SCANNÉE », « ré-entrée
après sortie »…, plus « hors ligne »), « Sorties » scans people out offline, and once the
journal is sent the Journal reads the same answers as the connected desk's."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from itday.core.debounce import Debouncer
from itday.core.enums import Category
from itday.db import repo
from itday.db.engine import Database
from itday.services.camera import ImageSequenceSource
from itday.services.pipeline import ScanPipeline
from itday.services.station import ResilientRecorder
from itday.ui.context import AppContext
from itday.ui.pages.checkin import CheckinPage

TIMEOUT = 20_000
POLICY = {
    "default": "allowed",
    Category.VISITOR.value: "after_exit",
    Category.PRESS.value: "refused",
}


def _page(qtbot, db, event_id, tmp_path, name):
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(db, event_id, settings=settings, station="Accueil 2")
    page = CheckinPage(
        ctx, source_factory=lambda _i: ImageSequenceSource([], name="aucune"),
        debouncer=Debouncer(3.0),
    )  # fmt: skip
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    return page


def _close(page) -> None:
    page.shutdown()
    page.ctx.tasks.wait_all(5000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _desk_day(qtbot, page, steps) -> list[str]:
    """What the panel said after each step, the times of day left out."""
    said = []
    for what, code in steps:
        page.exits.box.setChecked(what == "out")
        if what == "out":
            with qtbot.waitSignal(page.exits.answered, timeout=TIMEOUT):
                page.submit_code(code)
        else:
            with qtbot.waitSignal(page.result_shown, timeout=TIMEOUT):
                page.submit_code(code)
        said.append(re.sub(r"\d+h\d+", "HhM", page.panel.texts()))
    page.exits.box.setChecked(False)
    return said


def _journal(qtbot, ctx) -> list[list[str]]:
    from itday.ui.checkin.scan_log import ScanLogDialog

    journal = ScanLogDialog(ctx)
    qtbot.addWidget(journal)
    qtbot.waitUntil(lambda: not journal.loading and journal.model.rowCount() > 0, timeout=TIMEOUT)
    m = journal.model
    # code, person, result, reason (time and station apart)
    return [[m.item(r, c).text() for c in (1, 2, 3, 4)] for r in range(m.rowCount())]


@pytest.fixture
def two_bases(demo_db, tmp_path):
    control = Database.open(shutil.copyfile(demo_db.path, tmp_path / "control.sqlite"))
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        rows = repo.attendee_rows(event_id, session=s)
    for db in (demo_db, control):
        with db.session() as s:
            repo.set_reentry_policy(event_id, POLICY, session=s)
            s.commit()
    waiting = [r for r in rows if not r["cancelled"] and r["checked_in_at"] is None]
    visitor = next(r["code"] for r in waiting if r["category"] == Category.VISITOR)
    press = next(r["code"] for r in waiting if r["category"] == Category.PRESS)
    yield demo_db, control, event_id, visitor, press
    control.dispose()


def test_an_offline_desk_shows_and_logs_the_rule_as_a_connected_one(qtbot, two_bases, tmp_path):
    base, control, event_id, visitor, press = two_bases
    steps = [
        ("in", visitor), ("in", visitor), ("out", visitor), ("in", visitor),
        ("in", press), ("out", press), ("in", press),
    ]  # fmt: skip
    online_page = _page(qtbot, control, event_id, tmp_path, "online")
    try:
        online = _desk_day(qtbot, online_page, steps)
        reference = _journal(qtbot, online_page.ctx)
    finally:
        _close(online_page)
    page = _page(qtbot, base, event_id, tmp_path, "offline")
    try:
        page.recorder.close()
        rec = ResilientRecorder(
            f"sqlite:///{base.path}", page.station, tmp_path / "hors-ligne", background=False
        ).start()
        rec._online = False  # the network goes away after the copy was made
        page.recorder = rec
        page.pipeline = ScanPipeline(rec, debouncer=Debouncer(3.0))
        offline = _desk_day(qtbot, page, steps)
        assert all("hors ligne" in text for text in offline)
        assert [re.sub(r"( · | \| )hors ligne", "", text) for text in offline] == online
        assert "SORTIE NON SCANNÉE" in offline[1] and "ré-entrée après sortie" in offline[3]
        assert "RÉ-ENTRÉE REFUSÉE" in offline[6]
        rec._online = True
        rec.replay()
        assert rec.pending == 0
        merged = _journal(qtbot, page.ctx)
    finally:
        _close(page)  # closes its recorder
    assert merged[: len(steps)] == reference[: len(steps)]
    assert [row[2:] for row in merged[3:6]] == [  # newest first
        ["déjà entré(e)", "ré-entrée après sortie"],
        ["sortie", ""],
        ["déjà entré(e)", "sortie non scannée — la sortie n'a pas été scannée"],
    ]
