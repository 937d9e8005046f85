"""The dialogs of the Programme view: a room (name, capacity, place on the plan) and a
session (title, room, start, end, speakers).  Times are the edition's local times."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

MAX_CAPACITY = 100_000


def _lay_out(dialog: QDialog, form: QFormLayout) -> None:
    """The form, a line for what is wrong (``dialog.error_label``), OK and Cancel."""
    dialog.error_label = QLabel()
    dialog.error_label.setObjectName("dialogError")
    dialog.error_label.setStyleSheet("color: #b00020;")
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.accepted.connect(dialog._accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(dialog.error_label)
    layout.addWidget(buttons)


class RoomDialog(QDialog):
    def __init__(self, parent=None, *, name="", capacity=100, element_id=None, elements=()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Salle"))
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("roomName")
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setObjectName("roomCapacity")
        self.capacity_spin.setRange(1, MAX_CAPACITY)
        self.capacity_spin.setValue(max(1, capacity))
        self.capacity_spin.setSuffix(self.tr(" places"))
        self.element_combo = QComboBox()
        self.element_combo.setObjectName("roomElement")
        self.element_combo.addItem(self.tr("(aucun)"), None)
        for element_id_, label in elements:
            self.element_combo.addItem(label, element_id_)
        if element_id is not None:
            index = self.element_combo.findData(element_id)
            self.element_combo.setCurrentIndex(max(0, index))
        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.name_edit)
        form.addRow(self.tr("Capacité (sécurité)"), self.capacity_spin)
        form.addRow(self.tr("Sur le plan"), self.element_combo)
        _lay_out(self, form)

    def values(self) -> dict:
        return {
            "name": self.name_edit.text().strip(),
            "capacity": self.capacity_spin.value(),
            "element_id": self.element_combo.currentData(),
        }

    def _accept(self) -> None:
        if not self.values()["name"]:
            self.error_label.setText(self.tr("Donnez un nom à la salle."))
            return
        self.accept()


def _qdt(moment: dt.datetime) -> QDateTime:
    return QDateTime(moment.date(), QTime(moment.hour, moment.minute))


def _py(value: QDateTime, tz) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


class SessionDialog(QDialog):
    """``start``/``end`` are aware datetimes; ``values()`` gives them back in UTC."""

    def __init__(self, parent=None, *, rooms, tz, title="", room_id=None, start, end,
                 speakers=""):  # fmt: skip
        super().__init__(parent)
        self.tz = tz
        self.setWindowTitle(self.tr("Séance"))
        self.title_edit = QLineEdit(title)
        self.title_edit.setObjectName("sessionTitle")
        self.room_combo = QComboBox()
        self.room_combo.setObjectName("sessionRoom")
        for rid, name in rooms:
            self.room_combo.addItem(name, rid)
        if room_id is not None:
            self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(room_id)))
        self.start_edit = QDateTimeEdit(_qdt(start.astimezone(tz)))
        self.start_edit.setObjectName("sessionStart")
        self.end_edit = QDateTimeEdit(_qdt(end.astimezone(tz)))
        self.end_edit.setObjectName("sessionEnd")
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.speakers_edit = QLineEdit(speakers)
        self.speakers_edit.setObjectName("sessionSpeakers")
        self.speakers_edit.setPlaceholderText(self.tr("Noms, séparés par des virgules"))
        form = QFormLayout()
        form.addRow(self.tr("Titre"), self.title_edit)
        form.addRow(self.tr("Salle"), self.room_combo)
        form.addRow(self.tr("Début"), self.start_edit)
        form.addRow(self.tr("Fin"), self.end_edit)
        form.addRow(self.tr("Intervenants"), self.speakers_edit)
        _lay_out(self, form)

    def values(self) -> dict:
        return {
            "title": self.title_edit.text().strip(),
            "room_id": self.room_combo.currentData(),
            "starts_at": _py(self.start_edit.dateTime(), self.tz).astimezone(dt.UTC),
            "ends_at": _py(self.end_edit.dateTime(), self.tz).astimezone(dt.UTC),
            "speakers": self.speakers_edit.text().strip(),
        }

    def _accept(self) -> None:
        v = self.values()
        if not v["title"]:
            self.error_label.setText(self.tr("Donnez un titre à la séance."))
        elif v["room_id"] is None:
            self.error_label.setText(self.tr("Créez d'abord une salle."))
        elif v["ends_at"] <= v["starts_at"]:
            self.error_label.setText(self.tr("La fin de la séance doit suivre son début."))
        else:
            self.accept()
