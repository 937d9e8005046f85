"""The settings dialog of this station (« Réglages du poste »).

Every key and its default, and how a value is read, are in ``itday.ui.settings_keys`` (no
widget): read settings from there; ``DEFAULTS`` and ``value`` are importable from here too.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from itday.core.pin import hash_pin
from itday.core.text import clean_label
from itday.ui.decimal import DecimalSpinBox
from itday.ui.files import existing_directory
from itday.ui.settings_keys import DEFAULTS, value

__all__ = ["DEFAULTS", "SettingsDialog", "value"]


class SettingsDialog(QDialog):
    """Station name, camera, sounds, aisle width, badges, backups, language, organiser PIN."""

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        cameras: list[int] | None = None,
        layouts: dict[str, str] | None = None,
        tasks=None,
        doc_language: str | None = None,
        reentry=None,
    ):
        """``reentry``: opens the edition's re-entry rules (organiser), or None."""
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Réglages du poste"))
        form = QFormLayout(self)
        self.station = QLineEdit(value(settings, "station/name"))
        form.addRow(self.tr("Nom du poste"), self.station)
        # a device, a video file or a network stream; cameras probed in a worker (``tasks``)
        from itday.ui.camera_setting import CameraSourceField  # OpenCV: when it is needed

        self.camera = CameraSourceField(settings, tasks)
        if cameras is not None:
            self.camera.set_devices(list(cameras))
        form.addRow(self.tr("Caméra"), self.camera)
        self.sound = QCheckBox(self.tr("Sons à chaque scan"))
        self.sound.setChecked(value(settings, "sound/enabled"))
        form.addRow(self.tr("Sons"), self.sound)
        self.aisle = DecimalSpinBox(minimum=1.0, maximum=10.0, singleStep=0.1, decimals=2)
        self.aisle.setSuffix(" m")
        self.aisle.setValue(value(settings, "plan/min_aisle"))
        form.addRow(self.tr("Largeur minimale des allées"), self.aisle)
        self.layout_combo = QComboBox()
        for name, text in (layouts or {"a6": "A6"}).items():
            self.layout_combo.addItem(f"{name} — {text}", name)
        self.layout_combo.setCurrentIndex(
            max(0, self.layout_combo.findData(value(settings, "badge/layout")))
        )
        form.addRow(self.tr("Format des badges"), self.layout_combo)
        self.printer_combo = QComboBox()
        self.printer_combo.setEditable(True)
        self.printer_combo.setObjectName("printerCombo")
        self.printer_combo.lineEdit().setPlaceholderText(
            self.tr("imprimante par défaut du système")
        )
        self.printer_combo.setEditText(value(settings, "badge/printer"))
        form.addRow(self.tr("Imprimante des badges"), self.printer_combo)
        self.print_on_arrival = QCheckBox(self.tr("Imprimer le badge à l'arrivée"))
        self.print_on_arrival.setToolTip(
            self.tr(
                "À la première entrée d'une personne, son badge part à l'imprimante des badges "
                "(une seule fois ; pas aux ré-entrées)."
            )
        )
        self.print_on_arrival.setChecked(value(settings, "badge/print_on_arrival"))
        form.addRow(self.tr("Accueil"), self.print_on_arrival)
        self.dpi = QSpinBox(minimum=100, maximum=1200, singleStep=100)
        self.dpi.setSuffix(" dpi")
        self.dpi.setValue(value(settings, "badge/dpi"))
        self.dpi.setToolTip(
            self.tr("Résolution de l'imprimante : 300 pour la plupart des imprimantes d'étiquettes")
        )
        form.addRow(self.tr("Résolution de l'imprimante"), self.dpi)
        self.media = QLineEdit(value(settings, "badge/media"))
        self.media.setPlaceholderText(self.tr("automatique (taille du badge)"))
        form.addRow(self.tr("Format papier de l'imprimante"), self.media)
        folder_row = QHBoxLayout()
        self.backup_folder = QLineEdit(value(settings, "backup/folder"))
        self.backup_folder.setPlaceholderText(
            self.tr("à côté de la base (dossier NOM-sauvegardes)")
        )
        browse = QPushButton(self.tr("Choisir…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Dossier de sauvegarde"), folder_row)
        self.backup_minutes = QSpinBox(minimum=1, maximum=240)
        self.backup_minutes.setSuffix(self.tr(" min"))
        self.backup_minutes.setValue(value(settings, "backup/minutes"))
        form.addRow(self.tr("Sauvegarde toutes les"), self.backup_minutes)
        self.language = QComboBox()
        self.language.addItem(self.tr("Langue du système"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(value(settings, "ui/language")))
        )
        form.addRow(self.tr("Langue (au prochain démarrage)"), self.language)
        self.doc_language = None  # the edition's, in its database (organiser only)
        if doc_language is not None:
            from itday.ui.new_edition import document_language_combo

            self.doc_language = document_language_combo()
            self.doc_language.setCurrentIndex(max(0, self.doc_language.findData(doc_language)))
            form.addRow(self.tr("Langue des documents de l'édition"), self.doc_language)
        if reentry is not None:  # the edition's, in its database (organiser only)
            self.reentry_button = QPushButton(self.tr("Règles de ré-entrée…"))
            self.reentry_button.clicked.connect(lambda: reentry(self))
            form.addRow(self.tr("Ré-entrée"), self.reentry_button)
        from itday.ui.pin_fields import PinFields

        self.pin_fields = PinFields(
            form,
            self.tr("Nouveau code organisateur"),
            self.tr("Confirmez le nouveau code"),
            self.tr("laisser vide pour ne pas changer"),
        )
        self.new_pin, self.new_pin_again = self.pin_fields.first, self.pin_fields.again
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def set_printers(self, printers: list) -> None:
        """The printers this station can print on (listed in a worker): name — description;
        what was typed or chosen stays."""
        current = self.chosen_printer()
        self.printer_combo.clear()
        for printer in printers:
            label = f"{printer.name} — {printer.info}" if printer.info else printer.name
            self.printer_combo.addItem(label, printer.name)
        index = self.printer_combo.findData(current) if current else -1
        if index >= 0:
            self.printer_combo.setCurrentIndex(index)
        else:
            self.printer_combo.setEditText(current)

    def chosen_printer(self) -> str:
        """The printer's name: the one picked in the list, or the name typed."""
        text = self.printer_combo.currentText().strip()
        index = self.printer_combo.findText(text)
        if index >= 0 and self.printer_combo.itemData(index):
            return str(self.printer_combo.itemData(index))
        return text

    def _browse(self) -> None:
        folder = existing_directory(self, self.tr("Dossier de sauvegarde"))
        if folder:
            self.backup_folder.setText(folder)

    def save(self) -> bool:
        from itday.ui.camera_setting import remember_source
        from itday.ui.checkin.preview import camera_detail

        camera_problem = self.camera.problem()
        if camera_problem:
            self.error_label.setText(camera_detail(camera_problem))
            self.camera.combo.setFocus()
            return False
        pin = self.pin_fields.pin()
        if pin or self.new_pin_again.text().strip():
            problem = self.pin_fields.problem()
            if problem:
                self.error_label.setText(problem)
                return False
            self.settings.setValue("security/pin_hash", hash_pin(pin))
        s = self.settings
        station = clean_label(self.station.text()) or DEFAULTS["station/name"]  # one line
        s.setValue("station/name", station)
        remember_source(s, self.camera.text())
        s.setValue("sound/enabled", self.sound.isChecked())
        s.setValue("plan/min_aisle", self.aisle.value())
        s.setValue("badge/layout", self.layout_combo.currentData())
        s.setValue("badge/printer", self.chosen_printer())
        s.setValue("badge/print_on_arrival", self.print_on_arrival.isChecked())
        s.setValue("badge/dpi", self.dpi.value())
        s.setValue("badge/media", self.media.text().strip())
        s.setValue("backup/folder", self.backup_folder.text().strip())
        s.setValue("backup/minutes", self.backup_minutes.value())
        s.setValue("ui/language", self.language.currentData())
        s.sync()
        self.accept()
        return True
