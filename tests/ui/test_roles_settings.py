"""Reception mode by default, organiser mode by PIN, settings saved, About lists licences."""

import json

from PySide6.QtCore import QSettings

from itday.core.pin import check_pin, hash_pin, valid_new_pin
from itday.ui import roles
from itday.ui.about import AboutDialog
from itday.ui.app import build_window
from itday.ui.settings import SettingsDialog, value


def _settings(tmp_path):
    return QSettings(str(tmp_path / "itday.ini"), QSettings.Format.IniFormat)


def test_pin_hash_round_trip():
    stored = hash_pin("4821")
    assert "4821" not in stored
    assert check_pin("4821", stored) and not check_pin("4822", stored)
    assert not check_pin("4821", "") and not check_pin("4821", None)
    assert valid_new_pin("12") and valid_new_pin("abcd") and valid_new_pin("2017") is None


def test_reception_mode_by_default_and_pin_unlocks(qtbot, demo_db, tmp_path):
    settings = _settings(tmp_path)
    settings.setValue("security/pin_hash", hash_pin("2017"))
    window = build_window(demo_db, settings=settings)
    qtbot.addWidget(window)
    ctx = window.ctx
    assert ctx.organiser is False
    assert "organisateur" in window.role_button.text().lower()
    assert not roles.try_unlock(ctx, "0000") and ctx.organiser is False
    with qtbot.waitSignal(ctx.bridge.role_changed):
        assert roles.try_unlock(ctx, "2017")
    assert ctx.organiser is True
    assert "verrouiller" in window.role_button.text().lower()
    roles.lock(ctx)
    assert ctx.organiser is False


def test_settings_dialog_saves_every_setting(qtbot, tmp_path):
    settings = _settings(tmp_path)
    dialog = SettingsDialog(settings, layouts={"a6": "A6", "4xa6": "4×A6"})
    qtbot.addWidget(dialog)
    dialog.station.setText("Entrée Nord")
    dialog.sound.setChecked(False)
    dialog.aisle.setValue(2.5)
    dialog.layout_combo.setCurrentIndex(1)
    dialog.backup_folder.setText(str(tmp_path))
    dialog.backup_minutes.setValue(5)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.new_pin.setText("12")
    assert dialog.save() is False  # too short: refused, nothing saved
    assert value(settings, "station/name") == "Accueil 1"
    dialog.new_pin.setText("9876")
    dialog.new_pin_again.setText("9867")  # a typo in the confirmation: refused
    assert dialog.save() is False
    assert "diffèrent" in dialog.error_label.text() and not value(settings, "security/pin_hash")
    dialog.new_pin_again.setText("9876")
    assert dialog.save() is True
    assert value(settings, "station/name") == "Entrée Nord"
    assert value(settings, "sound/enabled") is False
    assert value(settings, "plan/min_aisle") == 2.5
    assert value(settings, "badge/layout") == "4xa6"
    assert value(settings, "backup/minutes") == 5
    assert value(settings, "ui/language") == "en"
    assert check_pin("9876", value(settings, "security/pin_hash"))


def test_station_name_comes_from_settings(qtbot, demo_db, tmp_path):
    settings = _settings(tmp_path)
    settings.setValue("station/name", "Accueil 3")
    window = build_window(demo_db, settings=settings)
    qtbot.addWidget(window)
    assert window.ctx.station == "Accueil 3"


def test_about_lists_version_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.components_label.text()
    for name in ("PySide6", "ReportLab", "zxing-cpp", "OpenCV", "LGPL v3", "Apache 2.0", "DejaVu"):
        assert name in text


def test_about_command_lists_every_component_with_its_version(capsys):
    from itday import cli

    assert cli.main(["about", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    names = {c["name"]: c for c in out["components"]}
    assert {"Qt / PySide6", "OpenCV", "zxing-cpp", "ReportLab", "ICU"} <= set(names)
    assert all(c["version"] != "?" for c in out["components"])
    assert names["OpenCV"]["version"].split(".")[0].isdigit()
    assert out["qt"].startswith("6.")
