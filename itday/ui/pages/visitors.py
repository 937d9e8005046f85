"""The Visiteurs page: every attendee, type-ahead search, filters, edit form, badges.

The table shows the whole edition (loaded in a worker, a few ms even for 20,000 people) and
filters it in memory as the clerk types (short debounce).  Edits and cancellations are
undoable (Ctrl+Z).  Organisers also get "Importer…".
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category
from itday.core.lazy import lazy_module
from itday.errors import ItdayError
from itday.ui import i18n
from itday.ui.ask import ask_yes_no
from itday.ui.badge_printing import BadgePrinter
from itday.ui.consent import SetConsent
from itday.ui.undo import undo_text, undo_with_notice
from itday.ui.visitors.commands import EditAttendee, SetCancelled
from itday.ui.visitors.form import AttendeeForm
from itday.ui.visitors.model import Filters, VisitorTableModel

attendee_repo = lazy_module("itday.db.attendees")
repo = lazy_module("itday.db.repo")

SEARCH_DEBOUNCE_MS = 120
RELOAD_DEBOUNCE_MS = 150


def _load(state, db, event_id: int) -> tuple[int, str, list[dict]]:
    with db.session() as session:
        event = repo.get_event(event_id, session=session)
        tz = event.timezone if event is not None else "Europe/Paris"
        rows = attendee_repo.visitor_rows(event_id, session=session)
    return event_id, tz, rows


class VisitorsPage(QWidget):
    #: the table was (re)loaded from the database
    rows_loaded = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._generation = 0
        self.model = VisitorTableModel(parent=self)
        self.undo_stack = QUndoStack(self)
        self.printer = BadgePrinter(ctx, self)
        self.import_dialog = None
        self.walkin_dialog = None
        self.batch_dialog = None

        # -- top: title and actions --------------------------------------------------------
        self.count_label = QLabel()
        self.count_label.setObjectName("visitorCount")
        self.count_label.setStyleSheet("color: #1d3557; font-size: 12pt;")
        title = QLabel(self.tr("Visiteurs"))
        title.setObjectName("pageTitle")
        self.walkin_button = QPushButton(self.tr("Nouveau visiteur sur place (Ctrl+N)"))
        self.walkin_button.clicked.connect(self.open_walk_in)
        self.batch_button = QPushButton(self.tr("Imprimer les badges…"))
        self.batch_button.clicked.connect(self.open_batch)
        self.import_button = QPushButton(self.tr("Importer…"))
        self.import_button.setToolTip(
            self.tr("Importer les inscriptions d'un fichier CSV ou Excel (organisateur)")
        )
        self.import_button.clicked.connect(self.open_import)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(
            lambda: undo_with_notice(self.undo_stack, self.ctx.bridge.info)
        )
        self.undo_stack.indexChanged.connect(self._undo_changed)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.undo_button)
        top.addWidget(self.walkin_button)
        top.addWidget(self.batch_button)
        top.addWidget(self.import_button)

        # -- filters -----------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("visitorSearch")
        self.search.setPlaceholderText(
            self.tr("Rechercher un nom, une société, un e-mail… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._search_entered)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("Toutes catégories"), None)
        for category in Category:
            self.category_filter.addItem(
                i18n.label(CATEGORY_LABELS_FR, CATEGORY_LABELS_EN, category), category.value
            )
        self.checked_filter = QComboBox()
        self.checked_filter.addItem(self.tr("Entrés ou pas"), None)
        self.checked_filter.addItem(self.tr("Entrés"), True)
        self.checked_filter.addItem(self.tr("Pas encore entrés"), False)
        self.printed_filter = QComboBox()
        self.printed_filter.addItem(self.tr("Badges : tous"), None)
        self.printed_filter.addItem(self.tr("Badge imprimé"), True)
        self.printed_filter.addItem(self.tr("Badge non imprimé"), False)
        self.cancelled_box = QCheckBox(self.tr("Voir les annulés"))
        self.cancelled_box.setChecked(True)
        for combo in (self.category_filter, self.checked_filter, self.printed_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.cancelled_box.toggled.connect(self.apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.checked_filter)
        filters.addWidget(self.printed_filter)
        filters.addWidget(self.cancelled_box)

        # -- table and form ----------------------------------------------------------------
        self.table = QTableView()
        self.table.setObjectName("visitorTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 120, 210, 120, 240, 70, 64)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.form.edits["first_name"].setFocus())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.form = AttendeeForm()
        self.form.setMinimumWidth(300)
        self.form.save_requested.connect(self.save_attendee)
        self.form.print_requested.connect(self.print_badge)
        self.form.preview_requested.connect(self.printer.preview_one)
        self.form.cancel_requested.connect(self.set_cancelled)
        self.form.withdraw_requested.connect(lambda i: self.withdraw_consent([i]))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 380])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._shortcuts()
        self.reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DEBOUNCE_MS)
        self.reload_timer.timeout.connect(self.reload)
        ctx.bridge.data_changed.connect(self._data_changed)
        ctx.bridge.event_changed.connect(self._event_changed)
        ctx.bridge.role_changed.connect(self._role_changed)
        self._role_changed(ctx.organiser)
        self._undo_changed()
        self.reload()

    def _shortcuts(self) -> None:
        def action(keys, slot) -> QAction:
            act = QAction(self)
            act.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        action(QKeySequence.StandardKey.Find, self._focus_search)
        action(QKeySequence("Ctrl+N"), self.open_walk_in)
        action(QKeySequence("Ctrl+P"), lambda: self.print_badge())
        action(QKeySequence("Ctrl+S"), self.form.save)
        action(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo), self.undo_stack.undo)
        action(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), self.undo_stack.redo)
        delete = QAction(self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._cancel_selected)
        self.table.addAction(delete)

    # -- loading -----------------------------------------------------------------------------
    def is_ready(self) -> bool:
        return self.ctx.db is not None and self._loaded

    def reload(self) -> None:
        if self.ctx.db is None:  # opening: the page loads once it is open
            return
        if self.ctx.event_id is None:
            self.model.set_rows([])
            self._loaded = True
            self._update_count()
            return
        self._generation += 1
        generation = self._generation
        self.ctx.tasks.run(
            _load,
            self.ctx.db,
            self.ctx.event_id,
            on_done=lambda result: self._rows_loaded(generation, result),
            owner=self,
        )

    def _rows_loaded(self, generation: int, result) -> None:
        event_id, tz, rows = result
        if generation != self._generation or event_id != self.ctx.event_id:
            return  # a newer load is on its way
        selected = self.selected_ids()
        current = self.current_id()
        self.model.set_timezone(tz)
        self.form.set_timezone(tz)
        self.model.set_rows(rows)
        self._reselect(selected, current)
        self._loaded = True
        self._update_count()
        self.rows_loaded.emit()

    def _data_changed(self, what: str) -> None:
        if what in ("attendees", "scans", "events", "exhibitors"):
            self.reload_timer.start()

    def _event_changed(self, *_event_id) -> None:
        self.undo_stack.clear()
        self.form.show_row(None)
        self.reload()

    def _role_changed(self, organiser: bool) -> None:
        self.import_button.setVisible(organiser)

    def _undo_changed(self, *_args) -> None:
        can = self.undo_stack.canUndo()
        self.undo_button.setEnabled(can)
        self.undo_button.setText(undo_text(self.undo_stack))
        self.undo_button.setToolTip(self.tr("Annuler la dernière modification (Ctrl+Z)"))

    # -- filters and selection ---------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(
            text=self.search.text(),
            category=self.category_filter.currentData(),
            checked_in=self.checked_filter.currentData(),
            printed=self.printed_filter.currentData(),
            show_cancelled=self.cancelled_box.isChecked(),
        )

    def set_search(self, text: str) -> None:
        """Type-ahead search, applied at once (tests and the scanner path)."""
        self.search.setText(text)
        self.apply_filters()

    def apply_filters(self) -> None:
        self.search_timer.stop()
        selected, current = self.selected_ids(), self.current_id()
        self.model.set_filters(self.filters())
        self._reselect(selected, current)
        if self.model.rowCount() == 1 and not self.selected_ids():
            self.select_id(self.model.row_at(0)["id"])
        self._update_count()

    def _update_count(self) -> None:
        number = i18n.number
        rows = self.model.all_rows()
        shown, total = self.model.rowCount(), len(rows)
        if shown == total:
            cancelled = sum(1 for r in rows if r["cancelled"])
            text = self.tr("%1 inscrits").replace("%1", number(total - cancelled))
            if cancelled:
                text += self.tr(" · %1 annulés").replace("%1", number(cancelled))
        else:
            text = (
                self.tr("%1 affichés sur %2")
                .replace("%1", number(shown))
                .replace("%2", number(total))
            )
        self.count_label.setText(text)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_entered(self) -> None:
        self.apply_filters()
        if self.model.rowCount():
            if not self.selected_ids():
                self.select_id(self.model.row_at(0)["id"])
            self.table.setFocus()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r)["id"] for r in rows if r < self.model.rowCount()]

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def select_id(self, attendee_id: int) -> bool:
        row = self.model.row_of(attendee_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _reselect(self, ids: list[int], current: int | None) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        for attendee_id in ids:
            row = self.model.row_of(attendee_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        selection.blockSignals(False)
        self.table.viewport().update()
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        attendee_id = self.current_id()
        row = None
        if attendee_id is not None:
            index = self.model.row_of(attendee_id)
            row = self.model.row_at(index) if index is not None else None
        if row is None or self.form.row is None or self.form.row["id"] != row["id"]:
            self.form.show_row(row)
        elif row is not self.form.row:
            # Same person reloaded: refresh the read-only parts, keep unsaved typing.
            pending = self.form.changes()
            self.form.show_row(row)
            for name, value in pending.items():
                if name == "consent":
                    self.form.consent.setChecked(value)
                elif name == "category":
                    self.form.category.setCurrentIndex(self.form.category.findData(value))
                else:
                    self.form.edits[name].setText(value)

    # -- actions -----------------------------------------------------------------------------
    def save_attendee(self, attendee_id: int, changes: dict) -> None:
        """Save changed fields (undoable); ``consent`` is recorded with its time and the
        desk as its source."""
        changes = dict(changes)
        consent = changes.pop("consent", None)
        try:
            with self.ctx.db.session() as session:
                current = attendee_repo.get_fields(attendee_id, session=session)
            before = {k: current[k] for k in changes}
            name = " ".join(
                p
                for p in (
                    changes.get("first_name", current["first_name"]),
                    changes.get("last_name", current["last_name"]),
                )
                if p
            )
            text = self.tr("modification de %1").replace("%1", name)
            self.undo_stack.beginMacro(text)
            try:
                if changes:
                    self.undo_stack.push(EditAttendee(self.ctx, attendee_id, changes, before, text))
                if consent is not None:
                    self.undo_stack.push(SetConsent(self.ctx, [attendee_id], consent, text))
            finally:
                self.undo_stack.endMacro()
        except ItdayError as exc:
            self.ctx.bridge.error(i18n.error_text(exc))
            return
        self.ctx.bridge.info(self.tr("Fiche de %1 enregistrée.").replace("%1", name))

    def withdraw_consent(self, ids: list[int] | None = None) -> bool:
        """The selected people no longer agree that exhibitors receive their details:
        from now on, every stand's export leaves them out (Ctrl+Z undoes)."""
        ids = self.selected_ids() if ids is None else ids
        rows = [self.model.row_at(r) for r in map(self.model.row_of, ids) if r is not None]
        rows = [r for r in rows if r.get("consent") is True]
        if not rows:
            return False
        names = [" ".join(p for p in (r["first_name"], r["last_name"]) if p) for r in rows]
        label = (
            names[0] if len(names) == 1 else self.tr("%1 personnes").replace("%1", str(len(names)))
        )
        text = self.tr("retrait du consentement de %1").replace("%1", label)
        try:
            self.undo_stack.push(SetConsent(self.ctx, [r["id"] for r in rows], False, text))
        except ItdayError as exc:
            self.ctx.bridge.error(i18n.error_text(exc))
            return False
        self.ctx.bridge.info(
            self.tr(
                "Consentement de %1 retiré : ses coordonnées ne sont plus transmises aux "
                "exposants (Ctrl+Z pour annuler)."
            ).replace("%1", label)
        )
        return True

    def confirm_cancel(self, names: list[str]) -> bool:
        """Ask before cancelling registrations (tests replace this method)."""
        if len(names) == 1:
            text = self.tr("Annuler l'inscription de %1 ? Son badge sera refusé à l'entrée.")
            text = text.replace("%1", names[0])
        else:
            text = self.tr(
                "Annuler %1 inscriptions ? Leurs badges seront refusés à l'entrée."
            ).replace("%1", str(len(names)))
        return ask_yes_no(
            self,
            self.tr("Annuler l'inscription"),
            text + "\n" + self.tr("(Ctrl+Z permet de revenir en arrière.)"),
        )

    def set_cancelled(self, attendee_id: int, cancel: bool) -> None:
        self._set_cancelled([attendee_id], cancel)

    def _cancel_selected(self) -> None:
        self._set_cancelled(self.selected_ids(), True)

    def _set_cancelled(self, ids: list[int], cancel: bool) -> bool:
        rows = [self.model.row_at(r) for r in map(self.model.row_of, ids) if r is not None]
        rows = [r for r in rows if r["cancelled"] != cancel]
        if not rows:
            return False
        names = [" ".join(p for p in (r["first_name"], r["last_name"]) if p) for r in rows]
        if cancel and not self.confirm_cancel(names):
            return False
        label = (
            names[0] if len(names) == 1 else self.tr("%1 personnes").replace("%1", str(len(names)))
        )
        text = (
            self.tr("annulation de l'inscription de %1")
            if cancel
            else self.tr("rétablissement de l'inscription de %1")
        ).replace("%1", label)
        try:
            self.undo_stack.push(SetCancelled(self.ctx, [r["id"] for r in rows], cancel, text))
        except ItdayError as exc:
            self.ctx.bridge.error(i18n.error_text(exc))
            return False
        self.ctx.bridge.info(text[0].upper() + text[1:] + self.tr(" (Ctrl+Z pour annuler)."))
        return True

    def _context_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        ids = self.selected_ids()
        menu = QMenu(self)
        one = len(ids) == 1
        menu.addAction(self.tr("Imprimer le badge"), self.print_badge).setEnabled(one)
        menu.addAction(
            self.tr("Aperçu du badge"), lambda: self.printer.preview_one(ids[0])
        ).setEnabled(one)
        menu.addAction(self.tr("Choisir l'imprimante des badges…"), self.printer.choose_printer)
        menu.addSeparator()
        menu.addAction(self.tr("Annuler l'inscription…"), self._cancel_selected).setEnabled(
            bool(ids)
        )
        consenting = [
            i for i in ids if (r := self.model.row_of(i)) is not None
            and self.model.row_at(r).get("consent") is True
        ]  # fmt: skip
        menu.addAction(
            self.tr("Retirer le consentement (coordonnées aux exposants)"),
            lambda: self.withdraw_consent(consenting),
        ).setEnabled(bool(consenting))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def print_badge(self, attendee_id: int | None = None) -> None:
        attendee_id = attendee_id if attendee_id is not None else self.current_id()
        if attendee_id is not None:
            self.printer.print_one(attendee_id)

    def open_walk_in(self):
        from itday.ui.walkin import WalkInDialog

        dialog = WalkInDialog(self.ctx, self, printer=self.printer)
        dialog.registered.connect(self._walk_in_registered)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.walkin_dialog = dialog
        dialog.open()
        return dialog

    def _walk_in_registered(self, attendee_id: int) -> None:
        self.search.clear()
        self._pending_select = attendee_id
        self.rows_loaded.connect(self._select_pending)

    def _select_pending(self) -> None:
        self.rows_loaded.disconnect(self._select_pending)
        self.apply_filters()
        self.select_id(getattr(self, "_pending_select", -1))

    def open_import(self):
        if not self.ctx.organiser:
            self.ctx.bridge.warning(self.tr("L'import est réservé aux organisateurs."))
            return None
        from itday.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, "visitors", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def open_batch(self):
        from itday.ui.visitors.batch import BatchBadgeDialog

        dialog = BatchBadgeDialog(self.ctx, self.model.all_rows(), self.model.visible_rows(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.batch_dialog = dialog
        dialog.open()
        return dialog
