"""The import's mapping step, for the ticket statuses (and the choices remembered in the
database that the step starts from): one row per value of the column fed
to « Statut du billet », with what it means (registered, or cancelled: refused at the door).

The services' values are known (``itday.core.tickets.STATUS_COLUMNS``); the organiser's
choices for the others are remembered in the database (``importer.TICKET_STATUSES``).  A
value nobody knows is highlighted and pre-set to « Inscrit » (as the import would do).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itday.core import tickets

UNKNOWN_COLOUR = QColor("#ffe3b3")

# English for the French reasons about statuses and a code column found by its values
# (``itday.ui.import_reasons.reason_text``; the file's values between « » are kept)
EXPORT_REASONS_EN = (
    (r"^statut « (.*) » inconnu : importé comme inscrit ; s'il veut dire annulé, indiquez-le "
     r"à l'étape des colonnes ou avec --status \"(.*)=annulé\"$",
     r"unknown status “\1”: imported as registered; if it means cancelled, say so in the "
     r'column step or with --status "\2=annulé"'),
    (r"^aucune colonne reconnue comme code du billet, mais « (.*) » en a l'air \(une valeur "
     r"différente par ligne, lettres et chiffres\) : si c'est le code scanné à l'entrée, "
     r"choisissez « Code du billet » pour elle à l'étape des colonnes, ou ajoutez "
     r'--column "(.*)=Code du billet"$',
     r"no column recognised as the ticket code, but “\1” looks like one (a different value "
     r"on every line, letters and digits): if it is the code scanned at the entrance, choose "
     r'“Ticket code” for it in the column step, or add --column "\2=Code du billet"'),
    (r"^colonne « (.*) » : aucune de ses valeurs n'est un statut de billet connu \((.*)\) : "
     r"tout le monde est importé comme inscrit ; si un statut veut dire annulé, indiquez-le "
     r"à l'étape des colonnes ou avec --status \"VALEUR=annulé\"$",
     r"column “\1”: none of its values is a known ticket status (\2): everyone is imported "
     r'as registered; if a status means cancelled, say so in the column step or with '
     r'--status "VALUE=annulé"'),
)  # fmt: skip


def remembered_statuses(_state, db) -> dict[str, str]:
    """The statuses the organiser said the meaning of, for this database (worker)."""
    from itday.services.importer import known_statuses

    with db.session() as session:
        return known_statuses(session)


def remembered_columns(db, kind: str) -> dict[str, str]:
    """The organiser's columns by header for this database (``itday import --column``)."""
    from itday.services.importer import known_columns

    if db is None:
        return {}
    with db.session() as session:
        return known_columns(session, kind)


class StatusChoices(QWidget):
    """Title and table of the status values, each with its meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(
            self.tr(
                "Statuts du billet → inscrit ou annulé (refusé à l'entrée ; retenu pour les "
                "imports suivants)"
            )
        )
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("ticketStatuses")
        self.table.setHorizontalHeaderLabels([self.tr("Statut"), self.tr("Signification")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.combos: dict[str, QComboBox] = {}
        self.remembered: dict[str, str] = {}
        self.setVisible(False)

    def fill(self, values: list[str] | None) -> None:
        """One row per value of the status column (None or []: hidden)."""
        self.combos = {}
        values = [v for v in values or [] if tickets.status_key(v)]
        self.setVisible(bool(values))
        self.table.setRowCount(len(values))
        for row, value in enumerate(values):
            item = QTableWidgetItem(value)
            meaning = tickets.status_meaning(value, self.remembered)
            if meaning is None:
                item.setBackground(QBrush(UNKNOWN_COLOUR))
                item.setToolTip(self.tr("Statut inconnu : dites s'il veut dire inscrit ou annulé."))
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("Inscrit (admis à l'entrée)"), tickets.ATTENDING)
            combo.addItem(self.tr("Annulé (billet annulé, remboursé : refusé)"), tickets.CANCELLED)
            combo.setCurrentIndex(max(combo.findData(meaning or tickets.ATTENDING), 0))
            self.table.setCellWidget(row, 1, combo)
            self.combos[value] = combo
        self.table.resizeColumnToContents(0)

    def statuses(self) -> dict[str, str]:
        """Status key → meaning, as the combos say (``import_visitors(statuses=…)``)."""
        return {tickets.status_key(v): c.currentData() for v, c in self.combos.items()}
