"""The exhibitor's form: its fields, and (for an existing exhibitor) its staff.

The dialog does not write the exhibitor itself: the page reads ``values()`` and pushes an
undoable command.  Adding a staff member is written at once (a new attendee with a badge
code), and the staff's badges print from here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itday.db import exhibitors as ex_repo
from itday.errors import ItdayError
from itday.ui.exhibitors.preview import render_with_preview


class StaffPanel(QGroupBox):
    """The exhibitor's staff: who, arrived or not; add one; print their badges."""

    staff_added = Signal(int)  # attendee id

    def __init__(self, ctx, exhibitor_id: int, name: str, out_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exhibitor_id = exhibitor_id
        self.exhibitor_name = name
        self.out_dir = Path(out_dir)
        self.preview = None
        layout = QVBoxLayout(self)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nom"), self.tr("E-mail"), self.tr("Arrivée")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.first_edit = QLineEdit(placeholderText=self.tr("Prénom"))
        self.last_edit = QLineEdit(placeholderText=self.tr("Nom"))
        self.email_edit = QLineEdit(placeholderText=self.tr("E-mail (facultatif)"))
        self.add_button = QPushButton(self.tr("Ajouter à l'équipe"))
        self.add_button.clicked.connect(self.add_member)
        for w in (self.first_edit, self.last_edit, self.email_edit):
            w.returnPressed.connect(self.add_member)
            row.addWidget(w, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.print_button = QPushButton(self.tr("Imprimer les badges de l'exposant"))
        self.print_button.clicked.connect(self.print_badges)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)
        self.reload()

    def reload(self) -> None:
        with self.ctx.db.session() as session:
            people = ex_repo.list_staff(self.exhibitor_id, session=session)
        self.people = people
        self.table.setRowCount(len(people))
        for i, p in enumerate(people):
            name = f"{p['last_name'].upper()} {p['first_name']}".strip()
            if p["cancelled"]:
                name += self.tr(" (annulé)")
            arrived = self.tr("✔ arrivé") if p["checked_in_at"] else self.tr("—")
            for j, text in enumerate((name, p["email"], arrived)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.setTitle(self.tr("Équipe sur le stand (%1)").replace("%1", str(len(people))))
        self.print_button.setEnabled(bool(people))

    def add_member(self) -> int | None:
        try:
            with self.ctx.db.session() as session:
                attendee_id = ex_repo.add_staff(
                    self.exhibitor_id,
                    self.first_edit.text(),
                    self.last_edit.text(),
                    self.email_edit.text(),
                    session=session,
                )
                session.commit()
        except ItdayError as exc:
            self.message.setText(str(exc))
            return None
        added = f"{self.first_edit.text().strip()} {self.last_edit.text().strip()}".strip()
        self.message.setText(self.tr("%1 ajouté(e) à l'équipe.").replace("%1", added))
        for w in (self.first_edit, self.last_edit, self.email_edit):
            w.clear()
        self.first_edit.setFocus()
        self.reload()
        self.ctx.bridge.data_changed.emit("attendees")
        self.staff_added.emit(attendee_id)
        return attendee_id

    def print_badges(self):
        from itday.services.badges import render_badge_pdf

        db, event_id, exhibitor_id = self.ctx.db, self.ctx.event_id, self.exhibitor_id
        station = self.ctx.station

        def render(out: Path):
            return render_badge_pdf(db, event_id, out, exhibitor_id=exhibitor_id, station=station)

        def keep(dialog):
            self.preview = dialog

        title = self.tr("Badges — %1").replace("%1", self.exhibitor_name)
        return render_with_preview(self.ctx, self, title, self.out_dir, render, on_preview=keep)


class ExhibitorDialog(QDialog):
    """Add or edit an exhibitor; for an existing one, its booths and staff too."""

    def __init__(self, ctx, exhibitor_id: int | None, out_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exhibitor_id = exhibitor_id
        self.original: dict = {}
        with ctx.db.session() as session:
            if exhibitor_id is not None:
                self.original = ex_repo.get_exhibitor(exhibitor_id, session=session) or {}
            known_sectors = ex_repo.sectors(ctx.event_id, session=session) if ctx.event_id else []
        self.setWindowTitle(
            self.tr("Exposant — %1").replace("%1", self.original.get("name", ""))
            if exhibitor_id is not None
            else self.tr("Nouvel exposant")
        )
        self.setMinimumWidth(780)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QWidget] = {}
        self.name_edit = QLineEdit()
        self.sector_combo = QComboBox(editable=True)
        self.sector_combo.addItems(known_sectors)
        self.contact_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.website_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(90)
        form.addRow(self.tr("&Nom de l'exposant *"), self.name_edit)
        form.addRow(self.tr("&Secteur"), self.sector_combo)
        form.addRow(self.tr("&Contact (nom)"), self.contact_edit)
        form.addRow(self.tr("&E-mail"), self.email_edit)
        form.addRow(self.tr("&Téléphone"), self.phone_edit)
        form.addRow(self.tr("Site &web"), self.website_edit)
        form.addRow(self.tr("&Description"), self.description_edit)
        if exhibitor_id is not None:
            booths = ", ".join(self.original.get("booths", [])) or self.tr(
                "aucun (attribuez-en un sur le plan)"
            )
            form.addRow(self.tr("Stand(s)"), QLabel(booths))
        layout.addLayout(form)

        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        layout.addWidget(self.error_label)

        self.staff: StaffPanel | None = None
        if exhibitor_id is not None and self.original:
            self.staff = StaffPanel(ctx, exhibitor_id, self.original["name"], out_dir, self)
            layout.addWidget(self.staff, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(self.original)
        self.name_edit.setFocus()

    def _fill(self, values: dict) -> None:
        self.name_edit.setText(values.get("name", ""))
        self.sector_combo.setCurrentText(values.get("sector", ""))
        self.contact_edit.setText(values.get("contact_name", ""))
        self.email_edit.setText(values.get("contact_email", ""))
        self.phone_edit.setText(values.get("contact_phone", ""))
        self.website_edit.setText(values.get("website", ""))
        self.description_edit.setPlainText(values.get("description", ""))

    def values(self) -> dict:
        return {
            "name": self.name_edit.text().strip(),
            "sector": self.sector_combo.currentText().strip(),
            "contact_name": self.contact_edit.text().strip(),
            "contact_email": self.email_edit.text().strip(),
            "contact_phone": self.phone_edit.text().strip(),
            "website": self.website_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
        }

    def changes(self) -> dict:
        """Only the fields that differ from what was loaded (all of them for a new one)."""
        values = self.values()
        if self.exhibitor_id is None:
            return values
        return {k: v for k, v in values.items() if v != self.original.get(k, "")}

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.error_label.setText(self.tr("Le nom de l'exposant est obligatoire."))
            self.name_edit.setFocus()
            return
        super().accept()
