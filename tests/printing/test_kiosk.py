"""Issue 14.4: the self-service kiosk — a scan admits and prints the badge through the private
CUPS queue, a re-entry does not reprint, a refusal says « Adressez-vous à l'accueil », a
disabled printer still admits, and only the organiser PIN leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QInputDialog
from sqlmodel import select

from itday.core.pin import hash_pin
from itday.db import repo
from itday.db.models import PrintJob
from itday.services.camera import ImageSequenceSource
from itday.ui import roles
from itday.ui.context import AppContext
from itday.ui.kiosk import KioskWindow
from itday.ui.pages.checkin import CheckinPage
from tests.printing.conftest import PRINTER

TIMEOUT = 20_000


@pytest.fixture
def kiosk(qtbot, demo_db, tmp_path, cups):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sound/enabled", False)
    settings.setValue("badge/printer", PRINTER)  # print on arrival is NOT set: the kiosk prints
    settings.setValue("badge/layout", "label54x90")
    ctx = AppContext(demo_db, event_id, settings=settings, station="Borne 1")
    roles.store_pin_hash(ctx, hash_pin("2468"))
    station = CheckinPage(ctx, source_factory=lambda _i: ImageSequenceSource([], name="aucune"))
    window = KioskWindow(ctx, station)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    if not window.leaving_allowed:
        window.leave()
    ctx.tasks.wait_all(5000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _person(kiosk):
    with kiosk.ctx.db.session() as s:
        rows = repo.attendee_rows(kiosk.ctx.event_id, session=s)
    return next(r for r in rows if r["checked_in_at"] is None and not r["cancelled"])


def _scan(qtbot, kiosk, code: str) -> str:
    with qtbot.waitSignal(kiosk.answered, timeout=TIMEOUT) as blocker:
        kiosk.station.submit_code(code)
    return blocker.args[0]


def _jobs(kiosk, attendee_id):
    with kiosk.ctx.db.session() as s:
        return s.exec(select(PrintJob).where(PrintJob.attendee_id == attendee_id)).all()


def test_a_visitor_scans_is_welcomed_and_gets_the_badge_once(qtbot, kiosk, cups):
    person = _person(kiosk)
    assert _scan(qtbot, kiosk, person["code"]) == "ok"
    assert person["first_name"] in kiosk.answer.text() and "Bienvenue" in kiosk.answer.text()
    qtbot.waitUntil(lambda: "imprimé" in kiosk.detail.text(), timeout=TIMEOUT)
    assert len(_jobs(kiosk, person["id"])) == 1
    assert _scan(qtbot, kiosk, person["code"]) == "warning"  # re-entry: welcome, no reprint
    assert len(_jobs(kiosk, person["id"])) == 1
    kiosk.show_prompt()
    assert kiosk.answer.text() == "" and "Scannez" in kiosk.prompt.text()


def test_refusals_send_the_visitor_to_the_desk(qtbot, kiosk):
    for code in ("https://example.org/promo", "ITD-AAAAAAAAAAAAAAAAAA", "123456789012"):
        assert _scan(qtbot, kiosk, code) == "refused"
        assert kiosk.answer.text() == "Adressez-vous à l'accueil"


def test_a_badge_printed_before_is_said_so_not_printing(qtbot, kiosk, cups):
    """Issue 24.5: the badge came out of a batch the day before: nothing is sent, and the
    kiosk says where the badge is instead of « Votre badge s'imprime »."""
    from itday.services.badges import log_prints

    person = _person(kiosk)
    with kiosk.ctx.db.session() as s:
        log_prints([person["id"]], session=s, station="Organisation", layout="a6", printer="Lot")
    seen: list[str] = []
    kiosk.station.printing.status_changed.connect(lambda _s: seen.append(kiosk.detail.text()))
    assert _scan(qtbot, kiosk, person["code"]) == "ok"
    qtbot.waitUntil(lambda: "déjà été imprimé" in kiosk.detail.text(), timeout=TIMEOUT)
    assert "retirez-le à l'accueil" in kiosk.detail.text()
    assert not any("imprime" in text and "déjà" not in text for text in seen)
    assert _jobs(kiosk, person["id"]) == []


def test_a_printer_problem_still_admits(qtbot, kiosk, cups):
    cups.disable(PRINTER)  # paused: the badge waits in the printer's queue
    person = _person(kiosk)
    assert _scan(qtbot, kiosk, person["code"]) == "ok"
    qtbot.waitUntil(lambda: "l'imprimante a un souci" in kiosk.detail.text(), timeout=TIMEOUT)
    assert "à retirer à l'accueil" in kiosk.detail.text()
    with kiosk.ctx.db.session() as s:
        assert repo.attendee_by_code(person["code"], session=s).checked_in_at is not None


def test_a_badge_that_cannot_be_sent_is_said_failed(qtbot, kiosk, cups):
    cups.reject(PRINTER)  # the queue refuses jobs: nothing reaches a printer
    person = _person(kiosk)
    assert _scan(qtbot, kiosk, person["code"]) == "ok"
    qtbot.waitUntil(
        lambda: (
            kiosk.detail.text()
            == "Votre entrée est enregistrée ; votre badge est à retirer à l'accueil."
        ),
        timeout=TIMEOUT,
    )
    with kiosk.ctx.db.session() as s:
        assert repo.attendee_by_code(person["code"], session=s).checked_in_at is not None


def test_only_the_organiser_pin_leaves(qtbot, kiosk, monkeypatch):
    answers = iter([("1111", True), ("2468", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    kiosk.close()  # Alt+F4 and the like
    assert kiosk.isVisible()
    assert kiosk.ask_to_leave() is False and kiosk.isVisible()
    assert kiosk.ask_to_leave() is True and not kiosk.isVisible()
