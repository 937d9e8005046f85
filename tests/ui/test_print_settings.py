"""The station's badge printer in the settings dialog: print on arrival, the printer picked
in the list (or typed), resolution and paper."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from itday.services.printing import PrinterInfo
from itday.ui.settings import SettingsDialog, value


def test_badge_printer_settings_are_saved(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("badge/printer", "QL-820NWB")
    dialog = SettingsDialog(settings, layouts={"a6": "A6", "label54x90": "54 × 90"})
    qtbot.addWidget(dialog)
    assert value(settings, "badge/print_on_arrival") is False  # off until the desk asks
    assert dialog.chosen_printer() == "QL-820NWB"
    # the list arrives from a worker; the printer chosen before stays chosen
    dialog.set_printers([PrinterInfo("DYMO-450", "DYMO LabelWriter 450"),
                         PrinterInfo("QL-820NWB", "Brother QL-820NWB")])  # fmt: skip
    assert dialog.printer_combo.count() == 2
    assert dialog.printer_combo.currentText() == "QL-820NWB — Brother QL-820NWB"
    assert dialog.chosen_printer() == "QL-820NWB"
    dialog.printer_combo.setCurrentIndex(0)
    dialog.print_on_arrival.setChecked(True)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("label54x90"))
    dialog.dpi.setValue(600)
    dialog.media.setText("w154h286")
    assert dialog.save()
    assert value(settings, "badge/printer") == "DYMO-450"
    assert value(settings, "badge/print_on_arrival") is True
    assert value(settings, "badge/layout") == "label54x90"
    assert value(settings, "badge/dpi") == 600
    assert value(settings, "badge/media") == "w154h286"


def test_a_printer_typed_by_hand_is_kept(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.set_printers([PrinterInfo("DYMO-450")])
    dialog.printer_combo.setEditText("Zebra-ZD421")
    assert dialog.save()
    assert value(settings, "badge/printer") == "Zebra-ZD421"
