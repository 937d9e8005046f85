"""Qt models of the Exposants page: the exhibitor table, its filter, the "not yet arrived".

The models read through ``itday.db.repo`` / ``itday.db.exhibitors`` (plain dicts) and
never write.  ``reload()`` re-reads the edition; rows keep the database order of the repo.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from itday.core.lazy import lazy_module
from itday.core.plan import natural_key
from itday.core.text import fold

exhibitors_repo = lazy_module("itday.db.exhibitors")
repo = lazy_module("itday.db.repo")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PRESENT = "✔"
ABSENT = "—"
GREEN = QColor("#1e7b34")
GREY = QColor("#8a8f98")

_Index = QModelIndex | QPersistentModelIndex


def _booths(codes: list[str]) -> str:
    return ", ".join(codes) if codes else ABSENT


def _first_booth_key(codes: list[str]) -> tuple:
    return (0, natural_key(codes[0])) if codes else (1, ())


class ExhibitorTableModel(QAbstractTableModel):
    """Every exhibitor of the edition: company, sector, booths, contact, staff, presence."""

    COLUMNS = ("name", "sector", "booths", "contact_name", "contact_phone", "staff", "present")

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[dict] = []
        self._headers = [
            self.tr("Exposant"),
            self.tr("Secteur"),
            self.tr("Stand(s)"),
            self.tr("Contact"),
            self.tr("Téléphone"),
            self.tr("Équipe"),
            self.tr("Présent"),
        ]
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        rows: list[dict] = []
        if self.ctx.event_id is not None:
            with self.ctx.db.session() as session:
                rows = repo.list_exhibitors(self.ctx.event_id, session=session)
        for r in rows:
            r["_hay"] = fold(
                " ".join(
                    [
                        r["name"],
                        r["sector"],
                        " ".join(r["booths"]),
                        r["contact_name"],
                        r["contact_email"],
                        r["contact_phone"],
                    ]
                )
            )
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> dict:
        return self._rows[row]

    def row_of(self, exhibitor_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r["id"] == exhibitor_id:
                return i
        return -1

    def rows(self) -> list[dict]:
        return list(self._rows)

    # -- Qt interface --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section] in (
                "staff",
                "present",
            ):
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "booths":
                return _booths(r["booths"])
            if key == "present":
                return PRESENT if r["present"] else ABSENT
            if key == "staff":
                return str(r["staff"])
            return r[key]
        if role == ID_ROLE:
            return r["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("staff", "present"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "present":
            return QBrush(GREEN if r["present"] else GREY)
        if role == Qt.ItemDataRole.FontRole and key in ("name", "booths"):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [r["name"]]
            if r["contact_email"]:
                parts.append(r["contact_email"])
            if r["website"]:
                parts.append(r["website"])
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole and key == "present":
            return self.tr("présent") if r["present"] else self.tr("pas encore arrivé")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ExhibitorFilterProxy(QSortFilterProxyModel):
    """Type-ahead filter (every word, accents and case ignored) and natural sorting."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        hay = self.sourceModel().row_at(source_row)["_hay"]
        return all(w in hay for w in self._words)

    def _key(self, row: dict, column: str):
        name = fold(row["name"])
        if column == "booths":
            return (_first_booth_key(row["booths"]), name)
        if column == "staff":
            return (row["staff"], name)
        if column == "present":
            return (row["present"], name)
        if column == "name":
            return (name,)
        return (fold(row[column]), name)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        model = self.sourceModel()
        column = model.COLUMNS[left.column()]
        return self._key(model.row_at(left.row()), column) < self._key(
            model.row_at(right.row()), column
        )


class MissingExhibitorsModel(QAbstractTableModel):
    """Exhibitors none of whose staff has checked in, by booth, with the phone to call."""

    COLUMNS = ("booths", "name", "contact_name", "contact_phone")

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[dict] = []
        self._headers = [
            self.tr("Stand(s)"),
            self.tr("Exposant"),
            self.tr("Contact"),
            self.tr("Téléphone"),
        ]
        self._bold = QFont()
        self._bold.setBold(True)

    def reload(self) -> None:
        rows: list[dict] = []
        if self.ctx.event_id is not None:
            with self.ctx.db.session() as session:
                rows = exhibitors_repo.missing_exhibitors(self.ctx.event_id, session=session)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> dict:
        return self._rows[row]

    def rows(self) -> list[dict]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "booths":
                return _booths(r["booths"])
            if key == "contact_phone":
                return r["contact_phone"] or self.tr("(pas de téléphone)")
            return r[key]
        if role == ID_ROLE:
            return r["id"]
        if role == Qt.ItemDataRole.FontRole and key in ("booths", "contact_phone"):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and key == "contact_phone":
            if not r["contact_phone"]:
                return QBrush(GREY)
        if role == Qt.ItemDataRole.ToolTipRole and r["contact_email"]:
            return r["contact_email"]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
