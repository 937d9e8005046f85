"""Issue 23.9: a station's name is one line — cleaned in the settings dialog, and whatever a
settings file holds, the station's context reads it on one line."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from itday.ui.context import AppContext
from itday.ui.settings import SettingsDialog, value


def test_a_station_name_with_control_characters_is_kept_on_one_line(qtbot, db, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings, layouts={"a6": "A6"})
    qtbot.addWidget(dialog)
    dialog.station.setText("Entrée\x1b[31m Nord\u202e")
    assert dialog.save() is not False
    assert value(settings, "station/name") == "Entrée [31m Nord"
    settings.setValue("station/name", "Accueil\n2\t")  # written by hand, or by an older itday
    assert AppContext(db, None, settings=settings).station == "Accueil 2"
