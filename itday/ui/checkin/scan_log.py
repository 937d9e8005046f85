"""« Journal des scans »: every scan of the edition, newest first, as the log keeps it.

Time (the edition's time zone), code, person, result, reason, station; a filter on any text
(accent-insensitive) and on the result; an organiser may undo an admission from here (the
scan stays in the log, marked « annulé »).  The list is read in a worker and refreshed when
scans change (this station or another).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itday.core.checkin import HINTS, RESULT_WORDS, reason_word
from itday.core.enums import ScanResult
from itday.core.text import fold
from itday.db import repo
from itday.errors import QT_TRANSLATE_NOOP

#: the result filter: entries, re-entries, refusals (any reason)
REFUSED = "refused"
FILTERS = (ScanResult.ADMITTED.value, ScanResult.ALREADY_ADMITTED.value, REFUSED)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
RESULT_ROLE = Qt.ItemDataRole.UserRole + 3


def _load(_state, db, event_id: int) -> tuple[list[dict], str]:
    with db.session() as session:
        rows = repo.scan_log(event_id, session=session)
        tz = repo.event_timezone(event_id, session=session)
    for row in rows:
        row["local"] = row["scanned_at"].astimezone(tz)
    return rows, str(tz)


def _undo(_state, db, scan_id: int) -> bool:
    from itday.services.checkin import undo_scan

    with db.session() as session:
        return undo_scan(session, scan_id)


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.result = ""

    def set_filter(self, text: str, result: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            self.words, self.result = fold(text).split(), result
            self.endFilterChange()
        else:
            self.words, self.result = fold(text).split(), result
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 (Qt API)
        item = self.sourceModel().index(row, 0, parent)
        if self.result and item.data(RESULT_ROLE) != self.result:
            return False
        haystack = item.data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self.words)


class ScanLogDialog(QDialog):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ScanLogDialog", "Heure"),
        QT_TRANSLATE_NOOP("ScanLogDialog", "Code"),
        QT_TRANSLATE_NOOP("ScanLogDialog", "Personne"),
        QT_TRANSLATE_NOOP("ScanLogDialog", "Résultat"),
        QT_TRANSLATE_NOOP("ScanLogDialog", "Motif"),
        QT_TRANSLATE_NOOP("ScanLogDialog", "Poste"),
    )

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict] = []
        self.setWindowTitle(self.tr("Journal des scans"))
        self.resize(1000, 600)
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ScanLogDialog", c) for c in self.COLUMNS]
        )
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.filter_edit = QLineEdit(placeholderText=self.tr("Filtrer : nom, code, poste…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.result_combo = QComboBox()
        self.result_combo.addItem(self.tr("Tous les résultats"), "")
        for value in FILTERS:
            word = self._result_word(ScanResult.INVALID if value == REFUSED else value)
            self.result_combo.addItem(word, value)
        self.count_label = QLabel()
        self.undo_button = QPushButton(self.tr("Annuler cette entrée"))
        self.undo_button.setObjectName("undoScanButton")
        self.undo_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.result_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.filter_edit.textChanged.connect(self._filter)
        self.result_combo.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.undo_button.clicked.connect(self.undo_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)
        ctx.bridge.data_changed.connect(self._changed)
        ctx.bridge.role_changed.connect(self._role_changed)
        self.loading = False
        self.refresh()

    @staticmethod
    def _result_word(value: str) -> str:
        """The result in the words of the whole desk (``core.checkin.RESULT_WORDS``)."""
        word = RESULT_WORDS.get(value, value)  # (a StrEnum key matches its value)
        return QCoreApplication.translate("checkin", word)

    @staticmethod
    def _reason_words(result: str, reason: str) -> str:
        """The refusal's one name (or the re-entry rule), then what to do."""
        word = reason_word(result, reason)
        text = QCoreApplication.translate("checkin", word) if word else ""
        if reason in HINTS:
            text += " — " + QCoreApplication.translate("checkin", HINTS[reason])
        return text

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.event_id is None or self.loading:
            return
        self.loading = True
        self.ctx.tasks.run(
            _load,
            self.ctx.db,
            self.ctx.event_id,
            on_done=self._loaded,
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, message: str) -> None:
        self.loading = False
        self.count_label.setText(message)

    def _changed(self, what: str) -> None:
        if what in ("scans", "attendees"):
            self.refresh()

    def _loaded(self, result) -> None:
        self.loading = False
        self.rows, _tz = result
        self.model.removeRows(0, self.model.rowCount())
        for row in self.rows:
            reason = self._reason_words(row["result"], row["reason"])
            result = self._result_word(row["result"])
            if row["undone"]:
                result += " " + self.tr("(annulé)")
            cells = [
                row["local"].strftime("%d/%m %H:%M:%S"),
                row["code"],
                " — ".join(p for p in (row["person"], row["company"]) if p),
                result,
                reason,
                row["station"],
            ]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(row["id"], ID_ROLE)
            items[0].setData(fold(" ".join(cells)), SEARCH_ROLE)
            admits = row["result"] in FILTERS
            items[0].setData(row["result"] if admits else REFUSED, RESULT_ROLE)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_filter(self.filter_edit.text(), self.result_combo.currentData() or "")
        self.count_label.setText(
            self.tr("%1 scan(s) affiché(s) sur %2")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )
        self._selection()

    # -- undo -----------------------------------------------------------------------------
    def selected_row(self) -> dict | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        scan_id = self.proxy.mapToSource(indexes[0]).siblingAtColumn(0).data(ID_ROLE)
        return next((r for r in self.rows if r["id"] == scan_id), None)

    def _role_changed(self, _on: bool) -> None:
        self._selection()

    def _selection(self) -> None:
        row = self.selected_row()
        self.undo_button.setEnabled(
            bool(self.ctx.organiser and row and row["result"] == "admitted" and not row["undone"])
        )
        self.undo_button.setToolTip(
            "" if self.ctx.organiser else self.tr("Mode organisateur : annuler une entrée")
        )

    def undo_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.ctx.organiser:
            return
        self.ctx.tasks.run(
            _undo, self.ctx.db, row["id"], on_done=self._undone, on_error=self._failed, owner=self
        )

    def _undone(self, done: bool) -> None:
        if done:
            self.ctx.bridge.info(self.tr("Entrée annulée depuis le journal."))
            self.ctx.bridge.data_changed.emit("scans")
        self.refresh()
