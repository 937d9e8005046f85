"""About itday: version, and the licences of the components shipped with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from itday import __version__
from itday.components import component_versions


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos d'itday"))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>itday {__version__}</h2>")
        layout.addWidget(title)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Plan, exposants, badges et accueil d'une journée d'exposition, sans réseau."
                )
            )
        )
        rows = "".join(
            f"<tr><td>{n}</td><td>{v}</td><td>{self.tr(lic)}</td></tr>"
            for n, v, lic in component_versions()
        )
        intro = self.tr("Composants inclus (Qt %1) :").replace("%1", qVersion())
        component, version, licence = self.tr("Composant"), self.tr("Version"), self.tr("Licence")
        table = QLabel(
            f"<p>{intro}</p>"
            f"<table cellspacing=6><tr><th align=left>{component}</th>"
            f"<th align=left>{version}</th><th align=left>{licence}</th></tr>"
            f"{rows}</table>"
        )
        table.setTextFormat(Qt.TextFormat.RichText)
        self.components_label = table
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
