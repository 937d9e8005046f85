"""The Exposants page: the table of exhibitors, who has not arrived yet, printed documents.

Reads through the models of ``itday.ui.exhibitors.model``; every change goes through an
undoable command (``itday.ui.exhibitors.commands``); PDFs render in a worker and open in a
print preview.  Adding, deleting and importing are for organisers only.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itday.core.doc_text import EXHIBITOR_DOCUMENTS as DOCUMENTS
from itday.core.lazy import lazy_module
from itday.ui.ask import ask_yes_no
from itday.ui.exhibitors.commands import (
    AddExhibitorCommand,
    DeleteExhibitorCommand,
    EditExhibitorCommand,
)
from itday.ui.exhibitors.form import ExhibitorDialog
from itday.ui.exhibitors.model import (
    ID_ROLE,
    ExhibitorFilterProxy,
    ExhibitorTableModel,
    MissingExhibitorsModel,
)
from itday.ui.exhibitors.preview import render_with_preview
from itday.ui.exhibitors.reports import StandReportsMenu
from itday.ui.i18n import DOCUMENTS_EN
from itday.ui.i18n import label as i18n_label
from itday.ui.stands.actions import StandsMenu
from itday.ui.undo import wire_undo_button

exhibitor_docs = lazy_module("itday.services.exhibitor_docs")

IMPORT_DIALOG = "itday.ui.import_dialog"
REFRESH_DELAY_MS = 150
WATCHED = {"exhibitors", "booths", "attendees", "scans", "events"}

PAGE_STYLE = """
#exhibitorsPage QTableView { font-size: 11.5pt; gridline-color: #e3e8ee;
    alternate-background-color: #f4f7fa; selection-background-color: #cfe2f7;
    selection-color: #10243e; }
#exhibitorsPage QHeaderView::section { font-weight: bold; padding: 6px; border: none;
    border-bottom: 2px solid #1d3557; background: #ffffff; }
#exhibitorsPage QLineEdit#exhibitorFilter { font-size: 13pt; padding: 6px 10px;
    border: 1px solid #9fb3c8; border-radius: 4px; }
#exhibitorsPage QPushButton, #exhibitorsPage QToolButton { padding: 6px 12px; }
#exhibitorsPage QTabBar::tab { padding: 8px 18px; font-size: 12pt; }
#exhibitorsPage QTabBar::tab:selected { font-weight: bold; }
#exhibitorsPage #missingTable { font-size: 13pt; }
#exhibitorsPage #missingHint { color: #444; font-size: 11pt; }
#exhibitorsPage #summaryLabel { color: #333; padding: 0 4px 4px 12px; }
#exhibitorsPage #printLabel { color: #444; font-weight: bold; }
"""


class ExhibitorsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exhibitorsPage")
        self.setStyleSheet(PAGE_STYLE)
        self._tmp = tempfile.TemporaryDirectory(prefix="itday-exposants-")
        self.out_dir = Path(self._tmp.name)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(lambda _i: self.reload())  # do, undo, redo
        self.preview = None  # the last print preview opened (tests look at it)
        self.dialog: ExhibitorDialog | None = None
        self._loaded = False

        self.model = ExhibitorTableModel(ctx, self)
        self.proxy = ExhibitorFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.missing_model = MissingExhibitorsModel(ctx, self)

        self._build()
        self._build_actions()
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.reload)
        ctx.bridge.data_changed.connect(self._on_data_changed)
        ctx.bridge.event_changed.connect(self._on_event_changed)
        ctx.bridge.role_changed.connect(self._role_changed)
        self.reload()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 12, 18, 8)
        top = QHBoxLayout()
        title = QLabel(self.tr("Exposants"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addSpacing(24)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("exhibitorFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Rechercher un exposant, un stand, un secteur, un contact…  (Ctrl+F)")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self._focus_table)
        top.addWidget(self.filter_edit, 1)
        outer.addLayout(top)

        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ajouter"))
        self.edit_button = QPushButton(self.tr("Modifier"))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.undo_button = QPushButton(self.tr("Annuler"))
        self.import_button = QPushButton(self.tr("Importer…"))
        for w in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.undo_button,
            self.import_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        # exhibitors' leads from their phones: server, kits, links, export (organisers)
        self.stands = StandsMenu(self.ctx, self)
        bar.addWidget(self.stands.button)
        # each exhibitor's report after the show, one or all, into a folder
        self.reports = StandReportsMenu(self.ctx, self)
        bar.addWidget(self.reports.button)
        outer.addLayout(bar)

        self.tabs = QTabWidget()
        self.table = self._table(self.proxy, "exhibitorTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 190), (2, 95), (3, 180), (4, 135), (5, 75), (6, 80)):
            header.resizeSection(column, width)
        self.table.activated.connect(self._open_index)
        self.tabs.addTab(self.table, "")

        missing = QWidget()
        box = QVBoxLayout(missing)
        box.setContentsMargins(0, 8, 0, 0)
        hint = QLabel(
            self.tr(
                "Exposants dont personne n'a encore badgé, triés par stand, avec le téléphone "
                "du contact à appeler. La liste se met à jour à chaque entrée."
            )
        )
        hint.setObjectName("missingHint")
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.missing_table = self._table(self.missing_model, "missingTable")
        mh = self.missing_table.horizontalHeader()
        mh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        mh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (2, 260), (3, 220)):
            mh.resizeSection(column, width)
        self.missing_table.activated.connect(self._open_index)
        box.addWidget(self.missing_table, 1)
        self.tabs.addTab(missing, "")
        outer.addWidget(self.tabs, 1)

        # The numbers sit in the tab bar's corner; the printed documents below the table.
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.tabs.setCornerWidget(self.summary_label, Qt.Corner.TopRightCorner)
        bar = QHBoxLayout()
        bar.addStretch(1)
        label = QLabel(self.tr("Imprimer :"))
        label.setObjectName("printLabel")
        bar.addWidget(label)
        self.print_buttons: dict[str, QPushButton] = {}
        captions = {
            "name": self.tr("Liste par nom"),
            "booth": self.tr("par stand"),
            "sector": self.tr("par secteur"),
            "directory": self.tr("Annuaire"),
            "signs": self.tr("Panneaux de stand"),
        }
        for kind, caption in captions.items():
            button = QPushButton(caption)
            button.setToolTip(
                i18n_label(DOCUMENTS, DOCUMENTS_EN, kind)
                + self.tr(" (PDF A4, aperçu avant impression)")
            )
            button.clicked.connect(lambda _=False, k=kind: self.print_document(k))
            bar.addWidget(button)
            self.print_buttons[kind] = button
        outer.addLayout(bar)

    def _table(self, model, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(30)
        view.setShowGrid(False)
        view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        return view

    def _build_actions(self) -> None:
        def action(text: str, keys, slot, widget: QWidget | None = None) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys if isinstance(keys, list) else [keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            (widget or self).addAction(act)
            return act

        self.add_action = action(self.tr("Ajouter un exposant"), QKeySequence.New, self.add)
        self.edit_action = action(
            self.tr("Modifier l'exposant"), QKeySequence("F2"), self.edit_current
        )
        # Del acts on the table only: in the search field it deletes text.
        self.delete_action = action(
            self.tr("Supprimer l'exposant"), QKeySequence.Delete, self.delete_current, self.table
        )
        self.import_action = action(
            self.tr("Importer des exposants"), QKeySequence("Ctrl+I"), self.import_file
        )
        self.find_action = action(self.tr("Rechercher"), QKeySequence.Find, self._focus_filter)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcuts(QKeySequence.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts(QKeySequence.Redo)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions([self.undo_action, self.redo_action])
        wire_undo_button(self.undo_button, self.undo_stack, self.ctx.bridge.info)

        for button, act in (
            (self.add_button, self.add_action),
            (self.edit_button, self.edit_action),
            (self.delete_button, self.delete_action),
            (self.import_button, self.import_action),
        ):
            button.clicked.connect(act.trigger)
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{act.text()} ({keys})")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    # -- state ---------------------------------------------------------------------------

    def is_ready(self) -> bool:
        return self.ctx.db is not None and self._loaded

    def _on_data_changed(self, what: str) -> None:
        if what in WATCHED:
            self._refresh_timer.start()

    def _on_event_changed(self, _event_id: int) -> None:
        self.undo_stack.clear()  # its commands belong to the other edition
        self.reload()

    def reload(self) -> None:
        if self.ctx.db is None:  # opening: the page loads once it is open
            return
        selected = self.current_id()
        self.model.reload()
        self.missing_model.reload()
        if selected is None or not self.select_id(selected):
            if self.proxy.rowCount():
                self.table.selectRow(0)
        missing = self.missing_model.rowCount()
        self.tabs.setTabText(
            0, self.tr("Tous les exposants (%1)").replace("%1", str(self.model.rowCount()))
        )
        self.tabs.setTabText(1, self.tr("Pas encore arrivés (%1)").replace("%1", str(missing)))
        self._update_summary()
        self._loaded = True
        self._update_actions()

    def _role_changed(self, _on: bool) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        organiser = bool(self.ctx.organiser)
        has_event = self.ctx.event_id is not None
        selected = self.current_id() is not None
        self.add_action.setEnabled(organiser and has_event)
        self.delete_action.setEnabled(organiser and selected)
        self.import_action.setEnabled(organiser and has_event)
        self.edit_action.setEnabled(selected)
        for w, act in (
            (self.add_button, self.add_action),
            (self.edit_button, self.edit_action),
            (self.delete_button, self.delete_action),
            (self.import_button, self.import_action),
        ):
            w.setEnabled(act.isEnabled())
        for button in self.print_buttons.values():
            button.setEnabled(has_event and self.model.rowCount() > 0)
        self.stands.update()
        self.reports.update(self.model.rowCount() > 0)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount() and self.current_id() is None:
            self.table.selectRow(0)
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        rows = self.model.rows()
        present = sum(1 for r in rows if r["present"])
        text = (
            self.tr("%1 exposants · %2 présents · %3 pas encore arrivés")
            .replace("%1", str(len(rows)))
            .replace("%2", str(present))
            .replace("%3", str(self.missing_model.rowCount()))
        )
        if self.proxy.rowCount() != len(rows):
            text += self.tr(" · %1 affichés").replace("%1", str(self.proxy.rowCount()))
        self.summary_label.setText(text)

    def _focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _focus_table(self) -> None:
        if self.proxy.rowCount():
            if self.current_id() is None:
                self.table.selectRow(0)
            self.table.setFocus()

    # -- selection -----------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows:
            index = rows[0]
        if index is None or not index.isValid():
            return None
        return index.data(ID_ROLE)

    def exhibitor_name(self, exhibitor_id: int) -> str:
        row = self.model.row_of(exhibitor_id)
        return self.model.row_at(row)["name"] if row >= 0 else str(exhibitor_id)

    def select_id(self, exhibitor_id: int) -> bool:
        row = self.model.row_of(exhibitor_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    # -- actions -------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask before destroying data (tests replace this method)."""
        return ask_yes_no(self, title, text)

    def _open_index(self, index: QModelIndex) -> None:
        exhibitor_id = index.data(ID_ROLE)
        if exhibitor_id is not None:
            self.open_editor(exhibitor_id)

    def make_dialog(self, exhibitor_id: int | None) -> ExhibitorDialog:
        self.dialog = ExhibitorDialog(
            self.ctx, exhibitor_id, self.out_dir, self, undo_stack=self.undo_stack
        )
        return self.dialog

    def open_editor(self, exhibitor_id: int | None, *, modal: bool = True) -> ExhibitorDialog:
        """Open the form; the change is applied (undoably) when the user saves."""
        dialog = self.make_dialog(exhibitor_id)
        dialog.accepted.connect(lambda: self.apply_dialog(dialog))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        if modal:
            dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ExhibitorDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def apply_dialog(self, dialog: ExhibitorDialog) -> None:
        if dialog.exhibitor_id is None:
            command = AddExhibitorCommand(self.ctx, self.ctx.event_id, dialog.values())
            self.undo_stack.push(command)
            if command.exhibitor_id is not None and not command.isObsolete():
                self.select_id(command.exhibitor_id)
                self.ctx.bridge.info(
                    self.tr("Exposant « %1 » ajouté.").replace("%1", command.values["name"])
                )
            return
        changes = dialog.changes()
        if changes:
            self.undo_stack.push(
                EditExhibitorCommand(
                    self.ctx, dialog.exhibitor_id, changes, dialog.original.get("name", "")
                )
            )
        elif dialog.staff is not None:
            self.reload()  # staff may have been added

    def add(self) -> None:
        if self.ctx.organiser and self.ctx.event_id is not None:
            self.open_editor(None)

    def edit_current(self) -> None:
        exhibitor_id = self.current_id()
        if exhibitor_id is not None:
            self.open_editor(exhibitor_id)

    def delete_current(self) -> bool:
        exhibitor_id = self.current_id()
        if exhibitor_id is None or not self.ctx.organiser:
            return False
        row = self.model.row_at(self.model.row_of(exhibitor_id))
        details = []
        if row["booths"]:
            details.append(
                self.tr("Son ou ses stands (%1) redeviendront libres.").replace(
                    "%1", ", ".join(row["booths"])
                )
            )
        if row["staff"]:
            details.append(
                self.tr("Ses %1 membres d'équipe resteront inscrits, sans exposant.").replace(
                    "%1", str(row["staff"])
                )
            )
        text = (
            self.tr("Supprimer l'exposant « %1 » ?").replace("%1", row["name"])
            + "\n\n"
            + "\n".join(details)
            + "\n\n"
            + self.tr("Ctrl+Z annule la suppression.")
        )
        if not self.confirm(self.tr("Supprimer un exposant"), text):
            return False
        current = self.table.currentIndex().row()
        command = DeleteExhibitorCommand(self.ctx, exhibitor_id, row["name"])
        self.undo_stack.push(command)
        if command.isObsolete():
            return False
        if self.proxy.rowCount():
            self.table.selectRow(min(max(current, 0), self.proxy.rowCount() - 1))
        self.ctx.bridge.info(
            self.tr("Exposant « %1 » supprimé (Ctrl+Z pour annuler).").replace("%1", row["name"])
        )
        return True

    def import_file(self):
        """Open the shared import dialog for exhibitors (if it has landed)."""
        if not self.ctx.organiser:
            return None
        if importlib.util.find_spec(IMPORT_DIALOG) is None:
            self.ctx.bridge.info(self.tr("Import disponible prochainement"))
            return None
        from itday.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, "exhibitors", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not one left per import
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def print_document(self, kind: str):
        """Render one of the printed documents in a worker, then show its print preview."""
        if self.ctx.event_id is None:
            return None
        db, event_id = self.ctx.db, self.ctx.event_id

        def render(out: Path):
            return exhibitor_docs.render_document(db, event_id, out, kind)

        def keep(dialog: QDialog | None) -> None:
            self.preview = dialog

        return render_with_preview(
            self.ctx,
            self,
            i18n_label(DOCUMENTS, DOCUMENTS_EN, kind),
            self.out_dir,
            render,
            on_preview=keep,
        )
