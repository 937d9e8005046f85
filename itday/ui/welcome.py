"""The first screen of a base without any edition: an invitation, not an empty hall.

One clear action (« Créer la première édition… »), and two others: open the demo edition
(a base of its own, made once, never mixed with the organiser's) or another base.  The
window shows this panel instead of the pages while the base has no edition.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

DEMO_FILE = "demo.sqlite"
CARD_WIDTH = 580


def demo_base_path() -> Path:
    """Where « Ouvrir la démonstration » keeps its base: this user's itday data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder or Path.home() / ".itday") / DEMO_FILE


def make_demo_base(state, path: str) -> str:
    """Worker: the demo base at ``path`` (made once; an existing one is opened as it is)."""
    from itday.db import repo
    from itday.db.engine import Database
    from itday.services.demo import create_demo

    db = Database.open(path)
    try:
        with db.session() as session:
            if repo.latest_event(session=session) is None:
                create_demo(session)
    finally:
        db.close()
    return path


class WelcomePanel(QWidget):
    #: « Créer la première édition… »
    create_requested = Signal()
    #: « Ouvrir la démonstration »
    demo_requested = Signal()
    #: « Ouvrir une autre base… »
    open_requested = Signal()

    def __init__(self, base_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setFixedWidth(CARD_WIDTH)
        card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        col = QVBoxLayout(card)
        col.setContentsMargins(32, 28, 32, 28)
        col.setSpacing(12)
        title = QLabel(self.tr("Bienvenue dans itday"))
        title.setObjectName("welcomeTitle")
        col.addWidget(title)
        self.intro = QLabel(
            self.tr(
                "Cette base ne contient encore aucune édition. Commencez par créer celle du "
                "salon : son nom, sa date et son lieu ; le hall, les exposants et les visiteurs "
                "viendront ensuite."
            )
        )
        self.intro.setWordWrap(True)
        col.addWidget(self.intro)
        self.create_button = QPushButton(self.tr("Créer la première édition…"))
        self.create_button.setObjectName("welcomeCreate")
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self.create_requested)
        col.addWidget(self.create_button)
        col.addSpacing(8)
        self.demo_button = QPushButton(self.tr("Découvrir avec la démonstration"))
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.setToolTip(
            self.tr(
                "Ouvre une base à part, remplie d'un salon fictif (stands, exposants, visiteurs) "
                "pour essayer sans risque"
            )
        )
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button = QPushButton(self.tr("Ouvrir une autre base…"))
        self.open_button.setObjectName("welcomeOpen")
        self.open_button.clicked.connect(self.open_requested)
        for button in (self.demo_button, self.open_button):
            col.addWidget(button)
        self.base_label = QLabel()
        self.set_base_name(base_name)
        self.base_label.setObjectName("welcomeBase")
        self.base_label.setWordWrap(True)
        self.base_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.base_label)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        col.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_base_name(self, base_name: str) -> None:
        """The base this window shows (known once it is open)."""
        self.base_label.setText(self.tr("Base : %1").replace("%1", base_name))

    def set_busy(self, text: str) -> None:
        """A long step under way (the demo being made): say so, buttons off; "" to end."""
        self.show_status(text)
        for button in (self.create_button, self.demo_button, self.open_button):
            button.setEnabled(not text)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
