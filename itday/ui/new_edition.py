"""« Nouvelle édition… »: next year's show from the window, empty or from another edition.

Name, date, venue and opening hours; « Reprendre le plan de » copies the hall, its fixed
elements, the background and the booths of an edition (the latest by default), and « avec
les exposants » brings each exhibitor onto the booth they had (``itday.services.editions``,
the same as ``itday init --from``).  The new edition is created in one transaction and shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from itday.db import repo
from itday.errors import ItdayError
from itday.services.editions import copy_summary, new_edition
from itday.ui import i18n
from itday.ui.date_field import DateField


def document_language_combo() -> QComboBox:
    """Français / English: the language of an edition's printed documents and files."""
    combo = QComboBox()
    combo.setObjectName("documentLanguage")
    combo.addItem("Français", "fr")
    combo.addItem("English", "en")
    combo.setToolTip(
        QCoreApplication.translate(
            "NewEditionDialog",
            "Langue des listes, plans, badges, du rapport et des fichiers CSV/Excel de "
            "l'édition, quelle que soit la langue de l'interface",
        )
    )
    return combo


class NewEditionDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("Nouvelle édition"))
        with ctx.db.session() as session:
            events = [(e.id, e.name, e.date, e.venue) for e in repo.list_events(session=session)]
            latest = repo.latest_event(session=session)
            latest_id = latest.id if latest is not None else None
            hours = (latest.opens_at, latest.closes_at) if latest else (dt.time(9), dt.time(18))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("editionName")
        self.name_edit.setPlaceholderText(self.tr("Innovation IT Day 2018"))
        form.addRow(self.tr("&Nom :"), self.name_edit)
        self.date_edit = DateField()  # typed day first, with or without separators
        self.date_edit.setObjectName("editionDate")
        form.addRow(self.tr("&Date :"), self.date_edit)
        self.venue_edit = QLineEdit()
        self.venue_edit.setPlaceholderText(self.tr("Diagora, Labège"))
        form.addRow(self.tr("&Lieu :"), self.venue_edit)
        self.opens_edit = QTimeEdit(QTime(hours[0].hour, hours[0].minute))
        self.closes_edit = QTimeEdit(QTime(hours[1].hour, hours[1].minute))
        for edit in (self.opens_edit, self.closes_edit):
            edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("&Ouverture :"), self.opens_edit)
        form.addRow(self.tr("&Fermeture :"), self.closes_edit)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("editionSource")
        self.source_combo.addItem(self.tr("Aucune (édition vide)"), None)
        for event_id, name, date, _venue in events:
            self.source_combo.addItem(f"{name} — {date:%d/%m/%Y}", event_id)
        self._events = {e[0]: e for e in events}
        form.addRow(self.tr("&Reprendre le plan de :"), self.source_combo)
        self.exhibitors_box = QCheckBox(self.tr("avec les &exposants, chacun sur son stand"))
        form.addRow("", self.exhibitors_box)
        self.language_combo = document_language_combo()
        form.addRow(self.tr("Langue des &documents :"), self.language_combo)
        layout.addLayout(form)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Créer l'édition"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.source_combo.setCurrentIndex(max(self.source_combo.findData(latest_id), 0))
        self._source_changed()
        if latest is None:
            self.date_edit.setDate(QDate.currentDate())
        self.name_edit.setFocus()

    def _source_changed(self) -> None:
        source_id = self.source_combo.currentData()
        self.exhibitors_box.setEnabled(source_id is not None)
        if source_id is None:
            self.exhibitors_box.setChecked(False)
            self.summary_label.setText(self.tr("La nouvelle édition commence sans plan."))
            return
        _id, name, date, venue = self._events[source_id]
        try:  # the same day next year: the usual case
            self.date_edit.setDate(QDate(date.year + 1, date.month, min(date.day, 28)))
        except ValueError:
            pass
        if not self.venue_edit.text().strip():
            self.venue_edit.setText(venue or "")
        with self.ctx.db.session() as session:
            n = copy_summary(session, source_id)
            lang = repo.document_language(source_id, session=session)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(lang)))
        self.summary_label.setText(
            self.tr("Reprend de « %1 » la salle, %2 élément(s) fixe(s) et %3 stand(s) ; avec "
                    "les exposants : %4 exposant(s). Visiteurs et scans ne sont jamais repris.")
            .replace("%1", name).replace("%2", str(n["elements"])).replace("%3", str(n["booths"]))
            .replace("%4", str(n["exhibitors"]))
        )  # fmt: skip

    def create(self) -> None:
        date = self.date_edit.python_date()
        opens, closes = self.opens_edit.time(), self.closes_edit.time()
        if not self.name_edit.text().strip():
            self.error_label.setText(self.tr("Donnez un nom à l'édition."))
            self.name_edit.setFocus()
            return
        if date is None:
            self.error_label.setText(
                self.tr("Date « %1 » non comprise : tapez le jour, le mois puis l'année, "
                        "par ex. 24/06/2027.").replace("%1", self.date_edit.text().strip())
            )  # fmt: skip
            self.date_edit.setFocus()
            return
        with self.ctx.db.session() as session:
            same = repo.find_event(self.name_edit.text(), date, session=session)
            same_id = same.id if same is not None else None
        if same_id is not None:
            self.error_label.setText(
                self.tr("Cette édition existe déjà (n° %1) : choisissez-la dans la liste "
                        "« Édition », ou changez le nom ou la date.").replace("%1", str(same_id))
            )  # fmt: skip
            self.name_edit.setFocus()
            return
        try:
            with self.ctx.db.session() as session:
                event = new_edition(
                    session,
                    name=self.name_edit.text(),
                    date=date,
                    venue=self.venue_edit.text().strip(),
                    opens_at=dt.time(opens.hour(), opens.minute()),
                    closes_at=dt.time(closes.hour(), closes.minute()),
                    source_id=self.source_combo.currentData(),
                    with_exhibitors=self.exhibitors_box.isChecked(),
                )
                repo.set_document_language(
                    event.id, self.language_combo.currentData(), session=session
                )
                session.commit()
                self.created_id = event.id
        except ItdayError as exc:
            self.error_label.setText(i18n.error_text(exc))
            self.name_edit.setFocus()
            return
        self.accept()
