"""Issue 23.7: locks that lock — a kiosk with no organiser PIN does not leave on Ctrl+Maj+Q
(it says how to choose one), ``itday gui --kiosk`` asks for one before it opens, and PINs are
ASCII digits in the GUI as on the command line (full-width digits read as such, ²³⁴⁵ and
١٢٣٤ refused)."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog

from itday.core.pin import hash_pin
from itday.errors import ItdayError
from itday.services.camera import ImageSequenceSource
from itday.ui import roles
from itday.ui.context import AppContext
from itday.ui.kiosk import KioskWindow
from itday.ui.pages.checkin import CheckinPage
from itday.ui.settings import SettingsDialog


def _ctx(db, tmp_path) -> AppContext:
    settings = QSettings(str(tmp_path / "kiosk.ini"), QSettings.Format.IniFormat)
    settings.setValue("sound/enabled", False)
    return AppContext(db, None, settings=settings, station="Borne 1")


def _kiosk(qtbot, ctx) -> KioskWindow:
    station = CheckinPage(ctx, source_factory=lambda _i: ImageSequenceSource([], name="aucune"))
    kiosk = KioskWindow(ctx, station)
    qtbot.addWidget(kiosk)
    kiosk.show()
    return kiosk


def test_a_kiosk_with_no_pin_does_not_leave_and_says_how_to_set_one(
    qtbot, demo_db, tmp_path, monkeypatch
):
    ctx = _ctx(demo_db, tmp_path)
    kiosk = _kiosk(qtbot, ctx)
    try:
        asked = []
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("", True))
        assert kiosk.ask_to_leave() is False  # before: it left with no question
        assert kiosk.isVisible() and not kiosk.leaving_allowed and not asked
        assert "itday pin --set" in kiosk.banner.label.text()
        roles.store_pin_hash(ctx, hash_pin("2468"))  # chosen from another station
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("２４６８", True))
        assert kiosk.ask_to_leave() is True and not kiosk.isVisible()  # full-width = 2468
    finally:
        if not kiosk.leaving_allowed:
            kiosk.leave()
        ctx.tasks.wait_all(5000)


def test_gui_kiosk_with_no_pin_asks_for_one_and_does_not_open_without(qapp, demo_db, monkeypatch):
    from itday.ui import app

    shown = []
    monkeypatch.setattr(KioskWindow, "showFullScreen", lambda self: shown.append(self))
    monkeypatch.setattr(roles.ChoosePinDialog, "exec", lambda self: 0)  # cancelled
    monkeypatch.setattr(app, "_exec", lambda *a, **k: 0)  # (no event loop in a test)
    args = SimpleNamespace(db=str(demo_db.path), event=None)
    with pytest.raises(ItdayError, match="itday pin --set"):
        app._run_kiosk(qapp, args, (800, 600), None, None)
    assert not shown


def _choose(dialog, pin, again=None):
    dialog.pin.setText(pin)
    dialog.again.setText(pin if again is None else again)
    dialog.check()
    return dialog.chosen


@pytest.mark.parametrize("pin", ["²³⁴⁵", "١٢٣٤", "१२३४"])
def test_the_gui_refuses_digits_a_keypad_cannot_type(qtbot, tmp_path, pin):
    dialog = roles.ChoosePinDialog()
    qtbot.addWidget(dialog)
    assert _choose(dialog, pin) == ""
    assert "(0 à 9)" in dialog.error_label.text()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    form = SettingsDialog(settings, layouts={"a6": "A6"})
    qtbot.addWidget(form)
    form.new_pin.setText(pin)
    form.new_pin_again.setText(pin)
    assert form.save() is False and not settings.value("security/pin_hash")


def test_the_gui_reads_full_width_digits_as_the_keypad_types_them(qtbot):
    dialog = roles.ChoosePinDialog()
    qtbot.addWidget(dialog)
    assert _choose(dialog, "１２３４", "1234") == "1234"


def test_the_command_line_reads_pins_as_the_gui_does(demo_db, tmp_path):
    ctx = _ctx(demo_db, tmp_path)

    def pin_set(text):
        return subprocess.run(
            [sys.executable, "-m", "itday", "pin", "--set", "--db", str(demo_db.path)],
            capture_output=True, text=True, input=text, timeout=60, encoding="utf-8",
        )  # fmt: skip

    for bad in ("²³⁴⁵\n²³⁴⁵\n", "١٢٣٤\n١٢٣٤\n"):
        out = pin_set(bad)
        assert out.returncode == 1 and "(0 à 9)" in out.stderr and roles.stored_hash(ctx) == ""
    assert pin_set("１３５７\n1357\n").returncode == 0
    assert roles.try_unlock(ctx, "1357") and roles.try_unlock(ctx, "１３５７")
