"""Find a person by a few letters of their name (accent-insensitive) and pick them.

The query runs in a worker (``ctx.tasks``), debounced while typing; answers to an older
query are dropped.  Up/Down move in the list without leaving the field; Enter picks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category
from itday.core.lazy import lazy_module
from itday.ui import i18n

repo = lazy_module("itday.db.repo")

DEBOUNCE_MS = 150
LIMIT = 20


def find_people(state, db, event_id: int, text: str, seq: int) -> tuple[int, list[dict]]:
    """Up to LIMIT + 1 rows: one more than shown tells that there are more."""
    with db.session() as s:
        return seq, repo.attendee_rows(event_id, text, session=s, limit=LIMIT + 1)


def row_text(row: dict) -> str:
    name = f"{row.get('first_name', '')} {row.get('last_name', '').upper()}".strip()
    parts = [name]
    if row.get("company"):
        parts.append(row["company"])
    try:
        parts.append(
            i18n.label(CATEGORY_LABELS_FR, CATEGORY_LABELS_EN, Category(row.get("category")))
        )
    except ValueError:
        pass
    status = ""
    if row.get("checked_in_at"):
        status = "  ✔ " + QCoreApplication.translate("ManualSearch", "entré(e)")
    if row.get("cancelled"):
        status = "  ✖ " + QCoreApplication.translate("ManualSearch", "annulé(e)")
    return " — ".join(parts) + status


class ManualSearch(QWidget):
    picked = Signal(dict)  # Enter / double-click on a person
    chosen = Signal(dict)  # the clerk's search found someone, or they moved to someone
    results_shown = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._seq = 0
        self.rows: list[dict] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Rechercher un nom (3 lettres suffisent)…"))
        self.field.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("searchList")
        self.list.setMinimumHeight(110)
        self.more = QLabel(
            self.tr("%1 premiers résultats : précisez la recherche (prénom, société…).").replace(
                "%1", str(LIMIT)
            )
        )
        self.more.setObjectName("searchMore")
        self.more.setVisible(False)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS, timeout=self.search_now)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.pick_current)
        # another edition, or the base opened after the first paint: a name typed is searched
        ctx.bridge.event_changed.connect(self._event_changed)
        self.field.installEventFilter(self)
        self.list.itemActivated.connect(lambda _i: self.pick_current())
        self.list.itemClicked.connect(lambda _i: self._chose())
        self._refreshing = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                row = self.list.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
                self._chose()
                return True
        return super().eventFilter(obj, event)

    def _event_changed(self, _event_id: int) -> None:
        if self.field.text().strip():
            self.search_now()

    def refresh(self) -> None:
        """Run the current search again (someone was admitted): the list shows it."""
        if self.rows:
            self._refreshing = True
            self.search_now()

    def search_now(self) -> None:
        text = self.field.text().strip()
        self._seq += 1
        if len(text) < 2 or self.ctx.event_id is None:
            self._show(self._seq, [])
            return
        self.ctx.tasks.run(
            find_people,
            self.ctx.db,
            self.ctx.event_id,
            text,
            self._seq,
            on_done=self._found,
            owner=self,  # an answer for a page closed meanwhile is dropped
        )

    def _found(self, result: tuple[int, list[dict]]) -> None:
        self._show(*result)

    def _show(self, seq: int, rows: list[dict]) -> None:
        if seq != self._seq:
            return  # an older query answered late
        self.more.setVisible(len(rows) > LIMIT)
        rows = rows[:LIMIT]
        current = self.current()
        keep = current.get("id") if current else None  # a refresh keeps the same person
        self.rows = rows
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(row_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.list.addItem(item)
        if rows:
            ids = [r["id"] for r in rows]
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        if not self._refreshing:
            self._chose()
        self._refreshing = False
        self.results_shown.emit(len(rows))

    def _chose(self) -> None:
        row = self.current()
        if row is not None:
            self.chosen.emit(row)

    def current(self) -> dict | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def pick_current(self) -> None:
        row = self.current()
        if row is not None:
            self.picked.emit(row)

    def clear(self) -> None:
        self.field.clear()
        self._show(self._seq, [])
