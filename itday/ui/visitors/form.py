"""The edit form of the selected attendee (right side of the Visiteurs page)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category
from itday.core.importing import is_valid_email
from itday.core.lazy import lazy_module
from itday.ui import i18n
from itday.ui.consent import (
    consent_short_text,
    consent_status,
    consent_text,
    consent_tooltip,
)

attendee_repo = lazy_module("itday.db.attendees")

SOURCES = {
    "import": QT_TRANSLATE_NOOP("AttendeeForm", "Inscription en ligne (import)"),
    "walk_in": QT_TRANSLATE_NOOP("AttendeeForm", "Inscription sur place"),
    "manual": QT_TRANSLATE_NOOP("AttendeeForm", "Saisie manuelle"),
    "demo": QT_TRANSLATE_NOOP("AttendeeForm", "Démonstration"),
}


class AttendeeForm(QWidget):
    #: the user asked to save: attendee id and the changed fields only
    save_requested = Signal(int, dict)
    print_requested = Signal(int)
    preview_requested = Signal(int)
    #: cancel (True) or restore (False) the registration
    cancel_requested = Signal(int, bool)
    #: the person withdraws their consent (exhibitors no longer receive their details)
    withdraw_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: dict | None = None
        self.tz = ZoneInfo("Europe/Paris")
        self.edits: dict[str, QLineEdit] = {}
        box = QGroupBox(self.tr("Fiche du participant"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "first_name": self.tr("Prénom"),
            "last_name": self.tr("Nom"),
            "company": self.tr("Société"),
            "job_title": self.tr("Fonction"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Téléphone"),
        }
        for name, label in labels.items():
            edit = QLineEdit()
            edit.textChanged.connect(self._changed)
            edit.returnPressed.connect(self.save)
            self.edits[name] = edit
            form.addRow(label, edit)
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(
                i18n.label(CATEGORY_LABELS_FR, CATEGORY_LABELS_EN, category), category.value
            )
        self.category.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Catégorie"), self.category)
        # Unticked unless the person said yes; saved with the other fields (Ctrl+Z undoes).
        self.consent = QCheckBox(consent_short_text())
        self.consent.setObjectName("attendeeConsent")
        self.consent.setToolTip(consent_text() + "\n" + consent_tooltip())
        self.consent.toggled.connect(self._changed)
        self.consent_state = QLabel()
        self.consent_state.setObjectName("consentState")
        self.consent_state.setWordWrap(True)
        self.consent_state.setStyleSheet("color: #555; font-size: 10pt;")
        # one click at the desk, whatever else is being typed in the form (Ctrl+Z undoes)
        self.withdraw_button = QPushButton(self.tr("Retirer le consentement"))
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.setToolTip(
            self.tr("Retirer son consentement : plus aucun exposant ne reçoit ses coordonnées")
        )
        self.withdraw_button.clicked.connect(lambda: self._emit(self.withdraw_requested))
        form.addRow(self.consent)  # the whole width: the form is narrow at 1366 pixels
        form.addRow(self.consent_state)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("attendeeStatus")
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setStyleSheet("font-family: monospace;")
        self.source = QLabel()
        form.addRow(self.tr("Statut"), self.status)
        form.addRow(self.tr("Code du badge"), self.code)
        form.addRow(self.tr("Origine"), self.source)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer les modifications (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Rétablir"))
        self.revert_button.setToolTip(self.tr("Abandonner les modifications non enregistrées"))
        self.revert_button.clicked.connect(lambda: self.show_row(self.row))
        self.print_button = QPushButton(self.tr("Imprimer le badge"))
        self.print_button.setToolTip(self.tr("Imprimer le badge de cette personne (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self._emit(self.print_requested))
        self.preview_button = QPushButton(self.tr("Aperçu"))
        self.preview_button.setToolTip(self.tr("Voir le badge avant de l'imprimer"))
        self.preview_button.clicked.connect(lambda: self._emit(self.preview_requested))
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelRegistration")
        self.cancel_button.clicked.connect(self._cancel_clicked)

        row1 = QHBoxLayout()
        row1.addWidget(self.save_button)
        row1.addWidget(self.revert_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.print_button)
        row2.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.withdraw_button)
        layout.addStretch(1)
        self.show_row(None)

    def set_timezone(self, tz: str) -> None:
        self.tz = ZoneInfo(tz)

    def show_row(self, row: dict | None) -> None:
        """Fill the form from a row of the table model (None: nothing selected)."""
        self.row = row
        for widget in (*self.edits.values(), self.category, self.consent):
            widget.blockSignals(True)
        for name, edit in self.edits.items():
            edit.setText(row[name] if row else "")
            edit.setCursorPosition(0)
            edit.setEnabled(row is not None)
        index = self.category.findData(row["category"]) if row else -1
        self.category.setCurrentIndex(max(index, 0))
        self.category.setEnabled(row is not None)
        self.consent.setChecked(bool(row and row.get("consent") is True))
        self.consent.setEnabled(row is not None)
        self.withdraw_button.setVisible(bool(row and row.get("consent") is True))
        self.consent_state.setText(
            consent_status(row.get("consent"), row.get("consent_at"), row.get("consent_source", ""),
                           self.tz)
            if row
            else ""
        )  # fmt: skip
        for widget in (*self.edits.values(), self.category, self.consent):
            widget.blockSignals(False)
        self.code.setText(row["code"] if row else "")
        source = row["source"] if row else ""
        self.source.setText(
            QCoreApplication.translate("AttendeeForm", SOURCES[source])
            if source in SOURCES
            else source
        )
        self.status.setText(self._status_text(row))
        for button in (self.print_button, self.preview_button, self.cancel_button):
            button.setEnabled(row is not None)
        if row is not None and row["cancelled"]:
            self.print_button.setEnabled(False)
        self.cancel_button.setText(
            self.tr("Rétablir l'inscription")
            if row is not None and row["cancelled"]
            else self.tr("Annuler l'inscription…")
        )
        self._changed()

    def _status_text(self, row: dict | None) -> str:
        if row is None:
            return self.tr("Sélectionnez une personne dans la liste.")
        parts = []
        if row["cancelled"]:
            parts.append(self.tr("Inscription annulée"))
        elif row["checked_in_at"] is not None:
            parts.append(
                self.tr("Entré(e) à %1 (%2)")
                .replace("%1", row["checked_in_at"].astimezone(self.tz).strftime("%H:%M"))
                .replace("%2", row["checked_in_station"] or "?")
            )
        else:
            parts.append(self.tr("Pas encore entré(e)"))
        parts.append(
            self.tr("badge imprimé %1 fois").replace("%1", str(row["prints"]))
            if row["prints"]
            else self.tr("badge pas encore imprimé")
        )
        return " · ".join(parts)

    def values(self) -> dict:
        values = {name: " ".join(edit.text().split()) for name, edit in self.edits.items()}
        values["email"] = values["email"].lower()
        values["category"] = self.category.currentData()
        values["consent"] = self.consent.isChecked()
        return values

    def changes(self) -> dict:
        """The fields that differ from the row shown (``consent``: the box's new state)."""
        if self.row is None:
            return {}
        values = self.values()
        changed = {
            k: v for k, v in values.items() if k in attendee_repo.EDITABLE and v != self.row[k]
        }
        if values["consent"] != (self.row.get("consent") is True):
            changed["consent"] = values["consent"]
        return changed

    def problems(self) -> tuple[str | None, str | None]:
        values = self.values()
        error = None
        if self.row is not None and not (values["first_name"] or values["last_name"]):
            error = self.tr("Il faut au moins un prénom ou un nom.")
        warning = None
        if values["email"] and not is_valid_email(values["email"]):
            warning = self.tr("L'e-mail semble incorrect (il sera enregistré tel quel).")
        return error, warning

    def _changed(self, *_args) -> None:
        error, warning = self.problems()
        dirty = bool(self.changes())
        self.save_button.setEnabled(dirty and error is None)
        self.revert_button.setEnabled(dirty)
        text = error or warning or ""
        self.message.setText(("⚠ " + text) if text else "")
        self.message.setStyleSheet(
            "color: #b00020; font-weight: bold;" if error else ("color: #a15c00;" if text else "")
        )

    def save(self) -> None:
        error, _ = self.problems()
        changes = self.changes()
        if self.row is None or error or not changes:
            return
        self.save_requested.emit(self.row["id"], changes)

    def _emit(self, signal) -> None:
        if self.row is not None:
            signal.emit(self.row["id"])

    def _cancel_clicked(self) -> None:
        if self.row is not None:
            self.cancel_requested.emit(self.row["id"], not self.row["cancelled"])
