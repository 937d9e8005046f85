"""The attendees table: all rows of the edition in memory, filtered and sorted in Python.

``visitor_rows`` loads every attendee in a few milliseconds (in a worker); filtering by
folded words over the pre-folded ``search_key`` takes a few milliseconds for 20,000 rows,
so type-ahead only needs a short debounce.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from itday.core.enums import CATEGORY_COLOURS, CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category
from itday.core.text import fold, sort_key
from itday.ui import i18n

COLUMNS = ("last_name", "first_name", "company", "category", "email", "checked_in_at", "prints")
HEADERS = (
    QT_TRANSLATE_NOOP("VisitorTableModel", "Nom"),
    QT_TRANSLATE_NOOP("VisitorTableModel", "Prénom"),
    QT_TRANSLATE_NOOP("VisitorTableModel", "Société"),
    QT_TRANSLATE_NOOP("VisitorTableModel", "Catégorie"),
    QT_TRANSLATE_NOOP("VisitorTableModel", "E-mail"),
    QT_TRANSLATE_NOOP("VisitorTableModel", "Entrée"),
    QT_TRANSLATE_NOOP("VisitorTableModel", "Badge"),
)
CANCELLED_COLOUR = QColor("#8a8a8a")


def category_word(value: str) -> str:
    """The category's word in the current language."""
    try:
        return i18n.label(CATEGORY_LABELS_FR, CATEGORY_LABELS_EN, Category(value))
    except ValueError:
        return value


@dataclass(frozen=True)
class Filters:
    text: str = ""
    category: str | None = None  # a Category value, or None for all
    checked_in: bool | None = None  # None: either
    printed: bool | None = None  # None: either
    show_cancelled: bool = True

    def accepts(self, row: dict, words: list[str]) -> bool:
        if not self.show_cancelled and row["cancelled"]:
            return False
        if self.category is not None and row["category"] != self.category:
            return False
        if self.checked_in is not None and (row["checked_in_at"] is not None) != self.checked_in:
            return False
        if self.printed is not None and (row["prints"] > 0) != self.printed:
            return False
        key = row["search_key"]
        return all(word in key for word in words)


class VisitorTableModel(QAbstractTableModel):
    """Rows are plain dicts from ``itday.db.attendees.visitor_rows``."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, timezone: str = "Europe/Paris", parent=None) -> None:
        super().__init__(parent)
        self.tz = ZoneInfo(timezone)
        self._all: list[dict] = []
        self._rows: list[dict] = []
        self.filters = Filters()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- data in -------------------------------------------------------------------------
    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._all = rows
        self._rows = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def set_filters(self, filters: Filters) -> None:
        if filters == self.filters:
            return
        self.beginResetModel()
        self.filters = filters
        self._rows = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def set_timezone(self, timezone: str) -> None:
        self.tz = ZoneInfo(timezone)
        if self._rows:
            self.dataChanged.emit(self.index(0, 5), self.index(len(self._rows) - 1, 5))

    def _filtered(self) -> list[dict]:
        f = self.filters
        words = fold(f.text).split()
        if f == Filters(show_cancelled=f.show_cancelled) and f.show_cancelled and not words:
            return list(self._all)
        return [row for row in self._all if f.accepts(row, words)]

    # -- data out ------------------------------------------------------------------------
    def total(self) -> int:
        return len(self._all)

    def all_rows(self) -> list[dict]:
        return self._all

    def visible_rows(self) -> list[dict]:
        return self._rows

    def row_at(self, row: int) -> dict:
        return self._rows[row]

    def row_of(self, attendee_id: int) -> int | None:
        for index, row in enumerate(self._rows):
            if row["id"] == attendee_id:
                return index
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("VisitorTableModel", HEADERS[section])
        return None

    def _time(self, moment: dt.datetime | None) -> str:
        if moment is None:
            return ""
        return moment.astimezone(self.tz).strftime("%H:%M")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "category":
                return category_word(row["category"])
            if column == "checked_in_at":
                if row["cancelled"]:
                    return self.tr("annulée")
                return self._time(row["checked_in_at"])
            if column == "prints":  # a PDF is not a print: said apart
                return "✔" if row["prints"] else ("PDF" if row.get("pdfs") else "")
            return row[column]
        if role == self.IdRole:
            return row["id"]
        if role == Qt.ItemDataRole.ToolTipRole:
            if row["cancelled"]:
                return self.tr("Inscription annulée")
            if column == "prints":
                return (
                    self.tr("Badge imprimé %1 fois").replace("%1", str(row["prints"]))
                    if row["prints"]
                    else self.tr("Badge dans un PDF, pas encore imprimé")
                    if row.get("pdfs")
                    else self.tr("Badge pas encore imprimé")
                )
            if column == "checked_in_at" and row["checked_in_at"] is not None:
                return (
                    self.tr("Entré(e) à %1, poste %2")
                    .replace("%1", self._time(row["checked_in_at"]))
                    .replace("%2", row["checked_in_station"] or "?")
                )
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == "category":
            try:
                return QColor(CATEGORY_COLOURS[Category(row["category"])])
            except ValueError:
                return None
        if role == Qt.ItemDataRole.ForegroundRole and row["cancelled"]:
            return QBrush(CANCELLED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row["cancelled"] and column != "checked_in_at":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("checked_in_at", "prints"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # -- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()]["id"] for i in persistent]
        self._sort = (column, order)
        self._apply_sort()
        where = {r["id"]: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(where[i], p.column()) for i, p in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return  # rows come sorted by last name, first name
        column, order = self._sort
        name = COLUMNS[column]
        if name == "checked_in_at":
            far = dt.datetime.max.replace(tzinfo=dt.UTC)

            def key(r):
                return (r["checked_in_at"] or far, sort_key(r["last_name"]))
        elif name == "prints":

            def key(r):
                return (r["prints"], r.get("pdfs", 0), sort_key(r["last_name"]))
        elif name == "category":

            def key(r):
                return (sort_key(category_word(r["category"])), sort_key(r["last_name"]))
        else:

            def key(r):
                return (sort_key(r[name]), sort_key(r["last_name"]), sort_key(r["first_name"]))

        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
