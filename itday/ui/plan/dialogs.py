"""Dialogs of the plan: the booth generator and the export options."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from itday.core.plan import generate_block, guess_scheme
from itday.ui.decimal import DecimalSpinBox

PAPERS = ["A4", "A3", "A2", "A1", "A0"]


def _lay_out(dialog: QDialog, form: QFormLayout, *below) -> QDialogButtonBox:
    """The dialog's form, then ``below`` (a summary line…), then OK / Cancel; the buttons."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)
    layout.addWidget(buttons)
    return buttons


class GeneratorDialog(QDialog):
    """R rows × N booths: size, aisle, first code and numbering, back to back."""

    def __init__(
        self, origin: tuple[float, float], existing_codes: set[str], parent=None, settings=None
    ) -> None:
        super().__init__(parent)
        self.settings = settings  # remembers the last block's values (not its place)
        self.setWindowTitle(self.tr("Générer un bloc de stands"))
        self.existing = existing_codes
        form = QFormLayout()
        self.rows = QSpinBox(minimum=1, maximum=60, value=2)
        self.per_row = QSpinBox(minimum=1, maximum=100, value=6)
        self.width = DecimalSpinBox(
            decimals=1, minimum=1, maximum=30, value=3, singleStep=0.5, suffix=" m"
        )
        self.depth = DecimalSpinBox(
            decimals=1, minimum=1, maximum=30, value=3, singleStep=0.5, suffix=" m"
        )
        self.aisle = DecimalSpinBox(
            decimals=1, minimum=0, maximum=30, value=3, singleStep=0.5, suffix=" m"
        )
        self.x = DecimalSpinBox(
            decimals=1, minimum=-500, maximum=5000, value=origin[0], singleStep=0.5, suffix=" m"
        )
        self.y = DecimalSpinBox(
            decimals=1, minimum=-500, maximum=5000, value=origin[1], singleStep=0.5, suffix=" m"
        )
        self.first_code = QLineEdit("A01")
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("Une lettre par rangée (A01…, B01…)"), "letter")
        self.scheme.addItem(self.tr("Une centaine par rangée (101…, 201…)"), "numeric")
        self.scheme.addItem(self.tr("À la suite (A01…A16)"), "sequential")
        self.back_to_back = QCheckBox(self.tr("Rangées dos à dos (par paires)"))
        self.back_to_back.setChecked(True)
        form.addRow(self.tr("Rangées"), self.rows)
        form.addRow(self.tr("Stands par rangée"), self.per_row)
        form.addRow(self.tr("Largeur d'un stand"), self.width)
        form.addRow(self.tr("Profondeur d'un stand"), self.depth)
        form.addRow(self.tr("Largeur des allées"), self.aisle)
        form.addRow(self.tr("Coin haut-gauche X"), self.x)
        form.addRow(self.tr("Coin haut-gauche Y"), self.y)
        form.addRow(self.tr("Premier code"), self.first_code)
        form.addRow(self.tr("Numérotation"), self.scheme)
        form.addRow("", self.back_to_back)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = _lay_out(self, form, self.summary)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Placer les stands"))
        for w in (self.rows, self.per_row, self.width, self.depth, self.aisle):
            w.valueChanged.connect(self._update)
        self.first_code.textChanged.connect(self._first_code_changed)
        self.scheme.currentIndexChanged.connect(self._update)
        self.back_to_back.toggled.connect(self._update)
        self._recall()
        self._update()
        self.accepted.connect(self._remember)

    def _recall(self) -> None:
        import json

        try:
            last = json.loads(str(self.settings.value("plan/generator", "") or "{}"))
        except (AttributeError, ValueError, TypeError):
            return
        if not isinstance(last, dict):
            return
        for name in ("rows", "per_row"):
            if isinstance(last.get(name), int):
                getattr(self, name).setValue(last[name])
        for name in ("width", "depth", "aisle"):
            if isinstance(last.get(name), (int, float)):
                getattr(self, name).setValue(float(last[name]))
        index = self.scheme.findData(last.get("scheme"))
        if index >= 0:
            self.scheme.setCurrentIndex(index)
        if isinstance(last.get("back_to_back"), bool):
            self.back_to_back.setChecked(last["back_to_back"])

    def _remember(self) -> None:
        import json

        if self.settings is None:
            return
        keep = {k: v for k, v in self.params().items() if k not in ("origin", "first_code")}
        self.settings.setValue("plan/generator", json.dumps(keep))

    def _first_code_changed(self, text: str) -> None:
        if text.strip():
            self.scheme.setCurrentIndex(self.scheme.findData(guess_scheme(text.strip())))
        self._update()

    def params(self) -> dict:
        return {
            "rows": self.rows.value(),
            "per_row": self.per_row.value(),
            "width": self.width.value(),
            "depth": self.depth.value(),
            "aisle": self.aisle.value(),
            "origin": (self.x.value(), self.y.value()),
            "first_code": self.first_code.text().strip() or "A01",
            "scheme": self.scheme.currentData(),
            "back_to_back": self.back_to_back.isChecked(),
        }

    def _update(self) -> None:
        booths = generate_block(existing_codes=self.existing, **self.params())
        if not booths:
            self.summary.setText("")
            return
        w = max(b.rect.x2 for b in booths) - min(b.x for b in booths)
        d = max(b.rect.y2 for b in booths) - min(b.y for b in booths)
        self.summary.setText(
            self.tr("%1 stands, de %2 à %3 ; emprise %4 m × %5 m.")
            .replace("%1", str(len(booths)))
            .replace("%2", booths[0].code)
            .replace("%3", booths[-1].code)
            .replace("%4", f"{w:g}".replace(".", ","))
            .replace("%5", f"{d:g}".replace(".", ","))
        )


class ExportDialog(QDialog):
    """Paper size, colour mode and the venue's drawing for the exported plan."""

    def __init__(self, colour_by: str, parent=None, has_background: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporter le plan"))
        form = QFormLayout()
        self.paper = QComboBox()
        self.paper.addItems(PAPERS)
        self.paper.setCurrentText("A3")
        self.colour = QComboBox()
        self.colour.addItem(self.tr("Par statut"), "status")
        self.colour.addItem(self.tr("Par secteur"), "sector")
        self.colour.addItem(self.tr("Par présence"), "presence")
        self.colour.addItem(self.tr("Par visites"), "visits")
        self.colour.setCurrentIndex(max(0, self.colour.findData(colour_by)))
        form.addRow(self.tr("Papier (paysage)"), self.paper)
        form.addRow(self.tr("Couleurs"), self.colour)
        # the venue's drawing under the booths, as on screen (when the hall has one)
        self.background = QCheckBox(self.tr("Plan de la salle en fond"))
        self.background.setChecked(has_background)
        self.background.setEnabled(has_background)
        if not has_background:
            self.background.setToolTip(self.tr("Le hall n'a pas de fond de plan."))
        form.addRow("", self.background)
        _lay_out(self, form)


class HallDialog(QDialog):
    """The hall's name, size and minimum aisle width (the checks use it)."""

    def __init__(
        self,
        name: str,
        width: float,
        depth: float,
        min_aisle: float,
        parent=None,
        capacity: int | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hall"))
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setMinimumWidth(300)  # « Diagora — hall d'exposition » whole
        self.width = DecimalSpinBox(decimals=1, minimum=5, maximum=1000, value=width, suffix=" m")
        self.depth = DecimalSpinBox(decimals=1, minimum=5, maximum=1000, value=depth, suffix=" m")
        self.min_aisle = DecimalSpinBox(
            decimals=2, minimum=0.5, maximum=20, value=min_aisle, singleStep=0.1, suffix=" m"
        )
        form.addRow(self.tr("Nom"), self.name)
        form.addRow(self.tr("Largeur"), self.width)
        form.addRow(self.tr("Profondeur"), self.depth)
        form.addRow(self.tr("Allée minimale"), self.min_aisle)
        # 0 shows « 1 par m² »: the regulation's figure for a temporary show.
        self.capacity = QSpinBox(minimum=0, maximum=200_000, singleStep=100, value=capacity or 0)
        self.capacity.setSpecialValueText(self.tr("1 personne par m²"))
        self.capacity.setSuffix(self.tr(" personnes"))
        self.capacity.setToolTip(
            self.tr(
                "Effectif admis, qui fixe le nombre et la largeur des sorties nécessaires ; "
                "à 0, une personne par m² du hall (salons temporaires)"
            )
        )
        form.addRow(self.tr("Effectif admis"), self.capacity)
        _lay_out(self, form)

    def values(self) -> dict:
        return {
            "name": self.name.text().strip() or self.tr("Hall"),
            "width": self.width.value(),
            "depth": self.depth.value(),
            "min_aisle": self.min_aisle.value(),
            "capacity": self.capacity.value(),
        }


class BackgroundDialog(QDialog):
    """Where the background image sits (its top-left corner), how wide it is in metres (its
    scale), how faded, and whether it is drawn over the booths or behind everything."""

    def __init__(self, hall, width_px: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fond de plan"))
        self.width_px = max(1, width_px)
        form = QFormLayout()
        self.x = DecimalSpinBox(
            decimals=2, minimum=-1000, maximum=1000, value=hall.background_x, suffix=" m"
        )
        self.y = DecimalSpinBox(
            decimals=2, minimum=-1000, maximum=1000, value=hall.background_y, suffix=" m"
        )
        self.width = DecimalSpinBox(
            decimals=2, minimum=1, maximum=5000, suffix=" m",
            value=(hall.background_scale or 0) * self.width_px,
        )  # fmt: skip
        self.opacity = QSpinBox(minimum=5, maximum=100, singleStep=5, suffix=" %")
        self.opacity.setValue(round(hall.background_opacity * 100))
        self.on_top = QCheckBox(self.tr("Au-dessus des stands (pour les caler)"))
        self.on_top.setChecked(bool(hall.background_on_top))
        form.addRow(self.tr("Coin haut-gauche X"), self.x)
        form.addRow(self.tr("Coin haut-gauche Y"), self.y)
        form.addRow(self.tr("Largeur de l'image"), self.width)
        form.addRow(self.tr("Opacité"), self.opacity)
        form.addRow("", self.on_top)
        _lay_out(self, form)

    def values(self) -> dict:
        return {
            "background_x": self.x.value(),
            "background_y": self.y.value(),
            "background_scale": self.width.value() / self.width_px,
            "background_opacity": self.opacity.value() / 100,
            "background_on_top": self.on_top.isChecked(),
        }
