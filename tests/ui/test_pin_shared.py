"""Issue 17.5: the organiser PIN is chosen with a confirmation, kept (hashed) in the database so
every laptop asks the same, and whoever has the file can reset it from the command line."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QSettings

from itday.core.pin import hash_pin
from itday.ui import roles
from itday.ui.context import AppContext


def _laptop(db, tmp_path, name: str) -> AppContext:
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    return AppContext(db, None, settings=settings, station=name)


def _choose(monkeypatch, pin: str, again: str):
    def run(dialog):
        dialog.pin.setText(pin)
        dialog.again.setText(again)
        dialog.check()
        return dialog.result()

    monkeypatch.setattr(roles.ChoosePinDialog, "exec", run)


def test_pin_chosen_on_one_laptop_is_asked_on_another(qtbot, demo_db, tmp_path, monkeypatch):
    first, second = _laptop(demo_db, tmp_path, "a"), _laptop(demo_db, tmp_path, "b")
    assert roles.stored_hash(second) == ""  # a fresh base: nobody chose yet
    _choose(monkeypatch, "2468", "2486")  # a typo in the confirmation: nothing is stored
    assert roles.ask_unlock(first, None) is False and roles.stored_hash(first) == ""
    _choose(monkeypatch, "2468", "2468")
    assert roles.ask_unlock(first, None) is True and first.organiser
    assert roles.stored_hash(second)  # the other laptop now asks for it
    assert not roles.try_unlock(second, "1357") and not second.organiser
    assert roles.try_unlock(second, "2468") and second.organiser
    assert not second.settings.value("security/pin_hash")  # never in a laptop's settings


def test_a_pin_an_older_version_kept_on_the_laptop_moves_into_the_base(demo_db, tmp_path):
    old = _laptop(demo_db, tmp_path, "old")
    old.settings.setValue("security/pin_hash", hash_pin("9753"))
    assert roles.try_unlock(old, "9753")
    other = _laptop(demo_db, tmp_path, "new")
    assert roles.try_unlock(other, "9753")
    assert not old.settings.value("security/pin_hash")


def test_reset_from_the_command_line(demo_db, tmp_path):
    ctx = _laptop(demo_db, tmp_path, "a")
    roles.store_pin_hash(ctx, hash_pin("2468"))

    def itday(*args, input=None):
        return subprocess.run(
            [sys.executable, "-m", "itday", "pin", *args, "--db", str(demo_db.path)],
            capture_output=True, text=True, input=input, timeout=60,
        )  # fmt: skip

    assert "défini" in itday().stdout
    bad = itday("--set", input="1111\n2222\n")
    assert bad.returncode == 1 and "diffèrent" in bad.stderr
    assert roles.try_unlock(ctx, "2468")
    assert itday("--set", input="1357\n1357\n").returncode == 0
    assert roles.try_unlock(ctx, "1357") and not roles.try_unlock(ctx, "2468")
    assert itday("--reset").returncode == 0
    assert roles.stored_hash(ctx) == ""
