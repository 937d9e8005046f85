"""The kiosk's screen (issue 14.4): French and English, opened from the Accueil page behind
the organiser PIN, and ``itday gui --kiosk --screenshot``."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QInputDialog

from itday.core.pin import hash_pin
from itday.services.camera import ImageSequenceSource
from itday.ui import roles
from itday.ui.kiosk import KioskWindow
from itday.ui.pages.checkin import CheckinPage


def _no_camera(_source):
    return ImageSequenceSource([], name="aucune")


@pytest.fixture
def english(qapp):
    from itday.ui.i18n import install_translators, remove_translators

    install_translators(qapp, "en")
    yield
    remove_translators(qapp)


def test_kiosk_speaks_english(qtbot, demo_ctx, english):
    kiosk = KioskWindow(demo_ctx, CheckinPage(demo_ctx, source_factory=_no_camera))
    qtbot.addWidget(kiosk)
    assert kiosk.prompt.text() == "Scan your ticket"
    kiosk.leave()


def test_opened_from_the_desk_behind_the_pin_and_the_desk_comes_back(qtbot, demo_ctx, monkeypatch):
    roles.store_pin_hash(demo_ctx, hash_pin("2468"))
    page = CheckinPage(demo_ctx, source_factory=_no_camera)
    qtbot.addWidget(page)
    page.show()
    try:
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("0000", True))
        monkeypatch.setattr("itday.ui.roles.QMessageBox.warning", lambda *a, **k: None)
        assert page.open_kiosk(full_screen=False) is None  # wrong PIN: no kiosk
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2468", True))
        kiosk = page.open_kiosk(full_screen=False)
        assert isinstance(kiosk, KioskWindow) and page.worker is None
        assert demo_ctx.organiser is False  # the kiosk is for visitors
        assert kiosk.ask_to_leave() is True
        qtbot.waitUntil(lambda: page.worker is not None, timeout=5000)
    finally:
        page.shutdown()


def test_the_kiosk_logs_its_scans_under_its_own_station(qtbot, demo_ctx, monkeypatch):
    """Issue 24.10: the kiosk is a station of its own, not the desk it was opened on."""
    from sqlmodel import select

    from itday.db.models import Scan

    roles.store_pin_hash(demo_ctx, hash_pin("2468"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2468", True))
    page = CheckinPage(demo_ctx, source_factory=_no_camera)
    qtbot.addWidget(page)
    page.show()
    try:
        kiosk = page.open_kiosk(full_screen=False)
        desk = page.station
        assert kiosk.station.station == f"Borne ({desk})" != desk
        with qtbot.waitSignal(kiosk.answered, timeout=10_000):
            kiosk.station.submit_code("https://example.org/promo")
        with demo_ctx.db.session() as s:
            scan = s.exec(select(Scan).order_by(Scan.id.desc())).first()
        assert scan.code == "https://example.org/promo" and scan.station == f"Borne ({desk})"
        assert kiosk.station.printing.service.station == f"Borne ({desk})"
        kiosk.leave()
    finally:
        page.shutdown()


def test_a_reentry_the_rule_refuses_is_said_so_on_the_kiosk(qtbot, demo_ctx):
    """Issue 24.8: the kiosk says which rule sent the visitor to the desk."""
    from itday.db import repo

    with demo_ctx.db.session() as s:
        repo.set_reentry_policy(demo_ctx.event_id, {"default": "refused"}, session=s)
        s.commit()
        person = next(
            r for r in repo.attendee_rows(demo_ctx.event_id, session=s)
            if not r["cancelled"] and r["checked_in_at"] is None
        )  # fmt: skip
    kiosk = KioskWindow(demo_ctx, CheckinPage(demo_ctx, source_factory=_no_camera))
    qtbot.addWidget(kiosk)
    try:
        with qtbot.waitSignal(kiosk.answered, timeout=10_000):
            kiosk.station.submit_code(person["code"])
        with qtbot.waitSignal(kiosk.answered, timeout=10_000) as second:
            kiosk.station.submit_code(person["code"])
        assert second.args == ["refused"]
        assert kiosk.answer.text() == "Adressez-vous à l'accueil"
        assert kiosk.detail.text() == "Vous êtes déjà entré(e) : ré-entrée refusée."
    finally:
        kiosk.leave()


def test_gui_kiosk_screenshot(tmp_path, demo_template):
    import shutil

    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    out = tmp_path / "kiosk.png"
    done = subprocess.run(
        [sys.executable, "-m", "itday", "gui", "--kiosk", "--screenshot", str(out),
         "--size", "1366x768", "--lang", "en", "--db", str(db)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    from PIL import Image

    assert Image.open(out).size == (1366, 768)


def test_a_camera_that_gives_nothing_is_said_calmly_on_the_kiosk(qtbot, demo_ctx):
    kiosk = KioskWindow(demo_ctx, CheckinPage(demo_ctx, source_factory=_no_camera))
    qtbot.addWidget(kiosk)
    try:
        qtbot.waitUntil(
            lambda: kiosk.hint.text() == "Caméra indisponible — utilisez le lecteur", timeout=10_000
        )
    finally:
        kiosk.leave()
