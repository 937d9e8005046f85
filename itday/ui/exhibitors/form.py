"""The exhibitor's form: its fields, and (for an existing exhibitor) its staff.

The dialog does not write the exhibitor itself: the page reads ``values()`` and pushes an
undoable command.  Adding or removing a staff member is written at once, as an undoable
command on the page's undo stack (``AddStaffCommand``, ``RemoveStaffCommand``); removing is
for organisers only.  The staff's badges print from here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
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
from shiboken6 import Shiboken

from itday.core.lazy import lazy_module
from itday.errors import ItdayError
from itday.ui.ask import ask_yes_no
from itday.ui.exhibitors.commands import AddStaffCommand, RemoveStaffCommand
from itday.ui.exhibitors.preview import render_with_preview
from itday.ui.i18n import error_text

ex_repo = lazy_module("itday.db.exhibitors")


class StaffPanel(QGroupBox):
    """The exhibitor's staff: who, arrived or not; add or remove one (undoable); badges."""

    staff_added = Signal(int)  # attendee id
    staff_removed = Signal(int)  # attendee id

    def __init__(
        self,
        ctx,
        exhibitor_id: int,
        name: str,
        out_dir: Path,
        parent=None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exhibitor_id = exhibitor_id
        self.exhibitor_name = name
        self.out_dir = Path(out_dir)
        self.preview = None
        self.people: list[dict] = []
        # The page's stack when there is one (Ctrl+Z on the page undoes staff changes too).
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        layout = QVBoxLayout(self)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nom"), self.tr("E-mail"), self.tr("Arrivée")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(180)  # five people without scrolling
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.first_edit = QLineEdit(placeholderText=self.tr("Prénom"))
        self.last_edit = QLineEdit(placeholderText=self.tr("Nom"))
        self.email_edit = QLineEdit(placeholderText=self.tr("E-mail (facultatif)"))
        self.add_button = QPushButton(self.tr("Ajouter à l'équipe"))
        self.add_button.clicked.connect(self.add_member)
        for w in (self.first_edit, self.last_edit, self.email_edit):
            # Enter adds the person; it must not also reach the dialog (its default button
            # would save and close the form): see eventFilter.
            w.installEventFilter(self)
            row.addWidget(w, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Retirer de l'équipe"))
        self.undo_button = QPushButton(self.tr("Annuler"))
        self.print_button = QPushButton(self.tr("Imprimer les badges de l'exposant"))
        self.print_button.clicked.connect(self.print_badges)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        self._build_actions()

        self.table.itemSelectionChanged.connect(self._update_actions)
        ctx.bridge.role_changed.connect(self._on_role_changed)
        self.undo_stack.indexChanged.connect(self._on_stack_changed)
        self.reload()

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in (self.first_edit, self.last_edit, self.email_edit)
        ):
            self.add_member()
            return True
        return super().eventFilter(watched, event)

    def _build_actions(self) -> None:
        # Del on the staff table only (in the fields it deletes text).
        self.remove_action = QAction(self.tr("Retirer de l'équipe"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self.remove_current)
        self.table.addAction(self.remove_action)
        self.remove_button.clicked.connect(self.remove_action.trigger)
        self.remove_button.setToolTip(self.tr("Retirer la personne choisie de l'équipe (Suppr)"))
        # Ctrl+Z / Ctrl+Maj+Z in the dialog (the fields keep their own text undo).
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions([self.undo_action, self.redo_action])
        self.undo_button.clicked.connect(self.undo_action.trigger)
        self.undo_stack.canUndoChanged.connect(self._update_undo_button)
        self.undo_stack.undoTextChanged.connect(self._update_undo_button)
        self._update_undo_button()

    def _update_undo_button(self, *_args) -> None:
        if not Shiboken.isValid(self.undo_stack):  # the page's stack, being destroyed
            return
        text = self.undo_stack.undoText()
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.undo_button.setToolTip(
            self.tr("Annuler : %1 (Ctrl+Z)").replace("%1", text) if text else ""
        )

    def _on_role_changed(self, _organiser: bool) -> None:
        self._update_actions()

    def _on_stack_changed(self, _index: int) -> None:
        if Shiboken.isValid(self.undo_stack):  # not while the page's stack is destroyed
            self.reload()

    def _update_actions(self) -> None:
        can_remove = bool(self.ctx.organiser) and self.current_person() is not None
        self.remove_action.setEnabled(can_remove)
        self.remove_button.setEnabled(can_remove)
        if not self.ctx.organiser:
            self.remove_button.setToolTip(
                self.tr("Retirer une personne : réservé au mode organisateur")
            )
        else:
            self.remove_button.setToolTip(
                self.tr("Retirer la personne choisie de l'équipe (Suppr)")
            )

    def reload(self) -> None:
        selected = self.current_person()
        with self.ctx.db.session() as session:
            people = ex_repo.list_staff(self.exhibitor_id, session=session)
        self.people = people
        self.table.setRowCount(len(people))
        for i, p in enumerate(people):
            name = self.display_name(p)
            if p["cancelled"]:
                name += self.tr(" (annulé)")
            arrived = self.tr("✔ arrivé") if p["checked_in_at"] else self.tr("—")
            for j, text in enumerate((name, p["email"], arrived)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.setTitle(self.tr("Équipe sur le stand (%1)").replace("%1", str(len(people))))
        self.print_button.setEnabled(bool(people))
        if selected is not None:
            self.select_person(selected["id"])
        self._update_actions()

    @staticmethod
    def display_name(person: dict) -> str:
        return f"{person['last_name'].upper()} {person['first_name']}".strip()

    def current_person(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.people):
            return None
        return self.people[rows[0].row()]

    def select_person(self, attendee_id: int) -> bool:
        for i, p in enumerate(self.people):
            if p["id"] == attendee_id:
                self.table.selectRow(i)
                return True
        self.table.clearSelection()
        return False

    def confirm(self, title: str, text: str) -> bool:
        """Ask before destroying data (tests replace this method)."""
        return ask_yes_no(self, title, text)

    def add_member(self) -> int | None:
        first, last = self.first_edit.text(), self.last_edit.text()
        command = AddStaffCommand(self.ctx, self.exhibitor_id, first, last, self.email_edit.text())
        self.undo_stack.push(command)
        # A failed command is dropped (deleted) by the stack: read only its Python fields.
        if command.error is not None or command.attendee_id is None:
            self.message.setText(command.error or "")
            return None
        self.message.setText(
            self.tr("%1 ajouté(e) à l'équipe (Ctrl+Z pour annuler).").replace("%1", command.label)
        )
        for w in (self.first_edit, self.last_edit, self.email_edit):
            w.clear()
        self.first_edit.setFocus()
        self.select_person(command.attendee_id)
        self.staff_added.emit(command.attendee_id)
        return command.attendee_id

    def remove_current(self) -> bool:
        """Remove the selected person, after a confirmation naming them (organisers only).

        Without scans or printed badge the attendee is deleted; otherwise the registration
        is cancelled and unlinked, its history kept.  Ctrl+Z brings it back."""
        person = self.current_person()
        if person is None or not self.ctx.organiser:
            return False
        name = self.display_name(person) or self.tr("(sans nom)")
        try:
            with self.ctx.db.session() as session:
                history = ex_repo.staff_history(person["id"], session=session)
        except ItdayError as exc:
            self.message.setText(error_text(exc))
            self.reload()
            return False
        if history["any"]:
            facts = []
            if history["checked_in"] or history["scans"]:
                facts.append(
                    self.tr("passages à l'entrée enregistrés : %1").replace(
                        "%1", str(history["scans"])
                    )
                )
            if history["prints"]:
                facts.append(self.tr("badges imprimés : %1").replace("%1", str(history["prints"])))
            text = (
                self.tr("« %1 » a déjà un historique (%2).")
                .replace("%1", name)
                .replace("%2", " ; ".join(facts))
                + "\n\n"
                + self.tr(
                    "Son inscription sera annulée (son badge sera refusé à l'entrée) et "
                    "détachée de « %1 ». Les passages et impressions déjà enregistrés sont "
                    "conservés pour les statistiques."
                ).replace("%1", self.exhibitor_name)
                + "\n\n"
                + self.tr("Annuler l'inscription de « %1 » ?").replace("%1", name)
            )
        else:
            text = (
                self.tr("Retirer « %1 » de l'équipe de « %2 » ?")
                .replace("%1", name)
                .replace("%2", self.exhibitor_name)
                + "\n\n"
                + self.tr(
                    "Cette personne n'a ni badgé ni eu de badge imprimé : son inscription "
                    "sera supprimée."
                )
            )
        text += "\n\n" + self.tr("Ctrl+Z annule le retrait.")
        if not self.confirm(self.tr("Retirer de l'équipe"), text):
            return False
        row = self.table.currentRow()
        command = RemoveStaffCommand(self.ctx, person["id"], name)
        self.undo_stack.push(command)
        if command.error is not None:
            self.message.setText(command.error or "")
            return False
        done = (
            self.tr("%1 : inscription annulée et retirée de l'équipe (Ctrl+Z pour annuler).")
            if command.snapshot and command.snapshot["mode"] == "cancelled"
            else self.tr("%1 retiré(e) de l'équipe (Ctrl+Z pour annuler).")
        )
        self.message.setText(done.replace("%1", name))
        if self.people:
            self.table.selectRow(min(max(row, 0), len(self.people) - 1))
        self.staff_removed.emit(person["id"])
        return True

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

    def __init__(
        self,
        ctx,
        exhibitor_id: int | None,
        out_dir: Path,
        parent=None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
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
            self.staff = StaffPanel(
                ctx, exhibitor_id, self.original["name"], out_dir, self, undo_stack
            )
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
