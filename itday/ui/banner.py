"""A notice across a window that stays until it is acknowledged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class Banner(QWidget):
    """A notice across the window that stays until the clerk acknowledges it (the base
    reopened after its journal was deleted by another program)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 16, 6)
        self.label = QLabel()
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.ok_button = QToolButton()
        self.ok_button.setText(self.tr("Compris"))
        self.ok_button.clicked.connect(self.hide)
        row.addWidget(self.ok_button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText("⚠ " + text)
        self.show()
