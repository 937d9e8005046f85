"""Side panels of the plan: exhibitors to place (drag source), booth properties, checks,
and the colour legend."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itday.core.enums import BoothKind, BoothStatus
from itday.core.plan import (
    KIND_LABELS_FR,
    NO_SECTOR_COLOUR,
    PRESENCE_COLOURS,
    PRESENCE_LABELS_FR,
    STATUS_COLOURS,
    STATUS_LABELS_EN,
    STATUS_LABELS_FR,
    natural_key,
    sector_colour,
)
from itday.core.text import fold, sort_key
from itday.ui.decimal import DecimalSpinBox
from itday.ui.i18n import KIND_LABELS_EN, PRESENCE_LABELS_EN, message
from itday.ui.i18n import label as i18n_label
from itday.ui.plan.view import EXHIBITOR_MIME

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PLACED_ROLE = Qt.ItemDataRole.UserRole + 2


class ExhibitorListModel(QAbstractListModel):
    """Exhibitors with the codes of their booths; drag one onto a booth to assign it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_data(self, exhibitors: dict[int, dict], booths: dict[int, dict]) -> None:
        codes: dict[int, list[str]] = {}
        for b in booths.values():
            if b.get("exhibitor_id"):
                codes.setdefault(b["exhibitor_id"], []).append(b["code"])
        self.beginResetModel()
        self._rows = sorted(
            (
                {
                    "id": e["id"],
                    "name": e["name"],
                    "sector": e["sector"],
                    "search": fold(e["name"] + " " + e["sector"]),
                    "codes": sorted(codes.get(e["id"], []), key=natural_key),
                }
                for e in exhibitors.values()
            ),
            key=lambda r: sort_key(r["name"]),
        )
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = ", ".join(r["codes"]) if r["codes"] else self.tr("sans stand")
            return f"{r['name']}  ({where})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{r['name']}\n{r['sector']}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#b00020") if not r["codes"] else None
        if role == Qt.ItemDataRole.FontRole and not r["codes"]:
            f = QFont()
            f.setBold(True)
            return f
        if role == ID_ROLE:
            return r["id"]
        if role == PLACED_ROLE:
            return bool(r["codes"])
        if role == Qt.ItemDataRole.UserRole:
            return r["search"]
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [EXHIBITOR_MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        if indexes:
            r = self._rows[indexes[0].row()]
            mime.setData(EXHIBITOR_MIME, str(r["id"]).encode())
            mime.setText(r["name"])
        return mime

    def supportedDragActions(self):
        return Qt.DropAction.CopyAction


class ExhibitorFilter(QSortFilterProxyModel):
    """Accent-insensitive filter on name and sector; optionally only exhibitors without booth."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.only_unplaced = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_unplaced(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_unplaced = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self.only_unplaced and index.data(PLACED_ROLE):
            return False
        key = index.data(Qt.ItemDataRole.UserRole) or ""
        return all(w in key for w in self._words)


class ExhibitorPanel(QWidget):
    """Filterable exhibitor list; activating one asks to show its booth."""

    exhibitor_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = ExhibitorListModel(self)
        self.proxy = ExhibitorFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel(self.tr("<b>Exposants</b>"))
        self.filter = QLineEdit(placeholderText=self.tr("Filtrer les exposants…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.unplaced = QCheckBox(self.tr("Seulement sans stand"))
        self.unplaced.toggled.connect(self.proxy.set_only_unplaced)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.list.setUniformItemSizes(True)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555; font-size: 9pt;")
        for w in (self.title, self.filter, self.unplaced, self.list, self.hint):
            layout.addWidget(w)
        layout.setStretch(3, 1)

    def set_data(self, exhibitors, booths) -> None:
        self.model.set_data(exhibitors, booths)
        unplaced = sum(1 for r in self.model._rows if not r["codes"])
        self.title.setText(
            self.tr("<b>Exposants</b> — %1, dont %2 sans stand")
            .replace("%1", str(len(self.model._rows)))
            .replace("%2", str(unplaced))
        )

    def set_editable(self, on: bool) -> None:
        self.list.setDragEnabled(on)
        self.hint.setText(
            self.tr("Glissez un exposant sur un stand pour le lui attribuer.")
            if on
            else self.tr("Cliquez sur un exposant pour voir son stand.")
        )

    def _activated(self, index) -> None:
        exhibitor_id = index.data(ID_ROLE)
        if exhibitor_id is not None:
            self.exhibitor_activated.emit(int(exhibitor_id))


class PropertiesPanel(QWidget):
    """The selected booth(s): code, size, rotation, status, exhibitor; kind (derived)."""

    #: fields to change on the selected booths, and the undo text
    edited = Signal(dict, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel(self.tr("<b>Stand</b>"))
        outer.addWidget(self.title)
        form = QFormLayout()
        outer.addLayout(form)
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.width = DecimalSpinBox(
            decimals=2, minimum=1.0, maximum=60.0, singleStep=0.5, suffix=" m"
        )
        self.depth = DecimalSpinBox(
            decimals=2, minimum=1.0, maximum=60.0, singleStep=0.5, suffix=" m"
        )
        self.rotation = QComboBox()
        for deg, text in (
            (0, self.tr("0° (face en haut)")),
            (90, self.tr("90° (face à droite)")),
            (180, self.tr("180° (face en bas)")),
            (270, self.tr("270° (face à gauche)")),
        ):
            self.rotation.addItem(text, deg)
        self.status = QComboBox()
        for s in BoothStatus:
            self.status.addItem(i18n_label(STATUS_LABELS_FR, STATUS_LABELS_EN, s), s.value)
        self.exhibitor = QComboBox()
        self.exhibitor.setEditable(True)
        self.exhibitor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind = QLabel()
        self.kind.setWordWrap(True)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Largeur"), self.width)
        form.addRow(self.tr("Profondeur"), self.depth)
        form.addRow(self.tr("Orientation"), self.rotation)
        form.addRow(self.tr("Statut"), self.status)
        form.addRow(self.tr("Exposant"), self.exhibitor)
        form.addRow(self.tr("Type"), self.kind)
        self.code.editingFinished.connect(lambda: self._emit("code", self.code.text().strip()))
        self.width.editingFinished.connect(lambda: self._emit("width", self.width.value()))
        self.depth.editingFinished.connect(lambda: self._emit("depth", self.depth.value()))
        self.rotation.activated.connect(
            lambda _i: self._emit("rotation", self.rotation.currentData())
        )
        self.status.activated.connect(lambda _i: self._emit("status", self.status.currentData()))
        self.exhibitor.activated.connect(
            lambda _i: self._emit("exhibitor_id", self.exhibitor.currentData())
        )
        self._editable = False
        self.show_rows([], {})

    def set_exhibitors(self, exhibitors: dict[int, dict]) -> None:
        self._loading = True
        self.exhibitor.clear()
        self.exhibitor.addItem(self.tr("— aucun (stand libre) —"), None)
        for e in sorted(exhibitors.values(), key=lambda e: sort_key(e["name"])):
            self.exhibitor.addItem(e["name"], e["id"])
        self._loading = False

    def set_editable(self, on: bool) -> None:
        self._editable = on
        self._update_enabled()

    def _update_enabled(self) -> None:
        single = len(self._ids) == 1 and self._editable
        for w in (self.code, self.width, self.depth, self.rotation, self.exhibitor):
            w.setEnabled(single)
        self.status.setEnabled(bool(self._ids) and self._editable)

    def show_rows(self, ids: list[int], booths: dict[int, dict]) -> None:
        self._loading = True
        self._ids = list(ids)
        if len(ids) == 1:
            r = booths[ids[0]]
            self.title.setText(self.tr("<b>Stand %1</b>").replace("%1", r["code"]))
            self.code.setText(r["code"])
            self.width.setValue(r["width"])
            self.depth.setValue(r["depth"])
            self.rotation.setCurrentIndex(max(0, self.rotation.findData(int(r["rotation"]) % 360)))
            self.status.setCurrentIndex(max(0, self.status.findData(r["status"])))
            self.exhibitor.setCurrentIndex(max(0, self.exhibitor.findData(r["exhibitor_id"])))
            try:
                kind = i18n_label(KIND_LABELS_FR, KIND_LABELS_EN, BoothKind(r["kind"]))
            except ValueError:
                kind = r["kind"]
            self.kind.setText(f"{kind} — {r['width'] * r['depth']:g} m²".replace(".", ","))
        elif ids:
            self.title.setText(
                self.tr("<b>%1 stands sélectionnés</b>").replace("%1", str(len(ids)))
            )
            statuses = {booths[i]["status"] for i in ids}
            if len(statuses) == 1:
                self.status.setCurrentIndex(max(0, self.status.findData(statuses.pop())))
            self.kind.setText("")
        else:
            self.title.setText(self.tr("<b>Stand</b> — sélectionnez un stand"))
            self.code.clear()
            self.kind.setText("")
        self._loading = False
        self._update_enabled()

    def _emit(self, field: str, value) -> None:
        if self._loading or not self._ids or not self._editable:
            return
        texts = {
            "code": self.tr("Renommer le stand"),
            "width": self.tr("Redimensionner"),
            "depth": self.tr("Redimensionner"),
            "rotation": self.tr("Pivoter"),
            "status": self.tr("Changer le statut"),
            "exhibitor_id": self.tr("Attribuer le stand"),
        }
        self.edited.emit({field: value}, texts[field])


class ChecksList(QListWidget):
    """Problems found by the checks; activating one zooms to it."""

    problem_activated = Signal(int)  # index in the editor's problems

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.itemClicked.connect(lambda it: self.problem_activated.emit(it.data(ID_ROLE)))
        self.itemActivated.connect(lambda it: self.problem_activated.emit(it.data(ID_ROLE)))

    def set_problems(self, problems) -> None:
        self.clear()
        if not problems:
            item = QListWidgetItem(self.tr("✔ Aucun problème détecté."))
            item.setForeground(QColor("#1e7d32"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
            return
        for i, p in enumerate(problems):
            text = message(p.message_fr, p.message_en)
            item = QListWidgetItem("⚠ " + text)
            item.setData(ID_ROLE, i)
            item.setToolTip(text)
            self.addItem(item)


class Legend(QWidget):
    """Colour swatches of the current colour mode, in one line under the plan."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 6, 2)

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for colour, label in entries:
            swatch = QLabel()
            swatch.setFixedSize(16, 16)
            swatch.setStyleSheet(f"background: {colour}; border: 1px solid #555;")
            self._layout.addWidget(swatch)
            self._layout.addWidget(QLabel(label))
            self._layout.addSpacing(10)
        self._layout.addStretch(1)


def legend_entries(colour_by: str, exhibitors: dict, booths: dict) -> list:
    if colour_by == "sector":
        used = {exhibitors[b["exhibitor_id"]]["sector"] for b in booths.values()
                if b.get("exhibitor_id") in exhibitors}  # fmt: skip
        entries = [(sector_colour(s), s) for s in sorted((s for s in used if s), key=sort_key)]
        return entries + [
            (NO_SECTOR_COLOUR, QCoreApplication.translate("plan", "Sans secteur / libre"))
        ]
    if colour_by == "presence":
        return [
            (PRESENCE_COLOURS[k], i18n_label(PRESENCE_LABELS_FR, PRESENCE_LABELS_EN, k))
            for k in ("present", "absent", "none")
        ]
    return [
        (STATUS_COLOURS[s], i18n_label(STATUS_LABELS_FR, STATUS_LABELS_EN, s)) for s in BoothStatus
    ]


class ElementPanel(QWidget):
    """The selected fixed element (organiser): its kind, label and size."""

    #: fields to change on the selected element, and the undo text
    edited = Signal(dict, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._id: int | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel(self.tr("<b>Élément</b>"))
        outer.addWidget(self.title)
        form = QFormLayout()
        outer.addLayout(form)
        self.kind = QLabel()
        self.label = QLineEdit()
        self.label.setMaxLength(80)
        self.label.setPlaceholderText(self.tr("(nom par défaut)"))
        self.width = DecimalSpinBox(
            decimals=2, minimum=0.1, maximum=500.0, singleStep=0.5, suffix=" m"
        )
        self.depth = DecimalSpinBox(
            decimals=2, minimum=0.1, maximum=500.0, singleStep=0.5, suffix=" m"
        )
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Libellé"), self.label)
        form.addRow(self.tr("Largeur"), self.width)
        form.addRow(self.tr("Profondeur"), self.depth)
        self.label.editingFinished.connect(
            lambda: self._emit("label", self.label.text().strip(), self.tr("Renommer l'élément"))
        )
        self.width.editingFinished.connect(
            lambda: self._emit("width", self.width.value(), self.tr("Redimensionner"))
        )
        self.depth.editingFinished.connect(
            lambda: self._emit("depth", self.depth.value(), self.tr("Redimensionner"))
        )
        self.setVisible(False)

    @property
    def element_id(self) -> int | None:
        return self._id

    def show_element(self, el, kind_name: str) -> None:
        """``el``: an ``ElementShape`` or None (hides the panel)."""
        self._loading = True
        self._id = el.id if el is not None else None
        if el is not None:
            self.title.setText(self.tr("<b>Élément : %1</b>").replace("%1", kind_name))
            self.kind.setText(kind_name)
            self.label.setText(el.label)
            self.width.setValue(el.width)
            self.depth.setValue(el.depth)
        self._loading = False
        self.setVisible(el is not None)

    def _emit(self, field: str, value, text: str) -> None:
        if not self._loading and self._id is not None:
            self.edited.emit({field: value}, text)
