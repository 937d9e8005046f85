"""Dialogs of the Statistiques page: export, purge (typed confirmation), backup settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from itday.ui.files import existing_directory

CONFIRM_WORD = "SUPPRIMER"  # in French; PurgeDialog.confirm_word is the translated one


class _FolderField(QWidget):
    """A folder path with a « Parcourir… » button."""

    def __init__(self, path: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(path)
        self.edit.setMinimumWidth(360)
        browse = QPushButton(self.tr("Parcourir…"))
        browse.clicked.connect(self._browse)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def _browse(self) -> None:
        chosen = existing_directory(self, self.title, self.edit.text())
        if chosen:
            self.edit.setText(chosen)

    def text(self) -> str:
        return self.edit.text().strip()


class ExportDialog(QDialog):
    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporter l'édition"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Fichiers CSV et Excel (participants, scans, exposants, stands), "
                "event.json, une copie de la base et le rapport PDF."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder = _FolderField(folder, self.tr("Dossier de l'export"))
        form.addRow(self.tr("Dossier :"), self.folder)
        layout.addLayout(form)
        self.anonymise = QCheckBox(
            self.tr("Anonymiser (ni noms, ni e-mails, ni téléphones ; pas de copie de la base)")
        )
        layout.addWidget(self.anonymise)
        self.technical = QCheckBox(
            self.tr("Format technique (clés stables, heures ISO, pour les scripts)")
        )
        self.technical.setToolTip(
            self.tr(
                "Par défaut les fichiers sont faits pour être lus : en-têtes dans la langue des "
                "documents, virgules décimales, heures locales."
            )
        )
        layout.addWidget(self.technical)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Exporter"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.folder.edit.textChanged.connect(self._update)
        layout.addWidget(self.buttons)
        self._update()
        #: asked when « Exporter » is pressed: False keeps the dialog open (the organiser
        #: said « Non » to a question about the folder and may choose another one)
        self.before_accept = None
        #: what the questions settled: (folder, replace another edition's export)
        self.chosen: tuple[str, bool] | None = None

    def accept(self) -> None:
        if self.before_accept is not None and not self.before_accept():
            self.folder.edit.setFocus()
            return
        super().accept()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.folder.text()))


class PurgeDialog(QDialog):
    """Purging is for good: the user types the word SUPPRIMER to enable the button."""

    def __init__(self, parent: QWidget | None = None, copies: list[str] | None = None) -> None:
        """``copies``: the backups and earlier exports' files that hold the names (deleted
        too, unless the box is unticked)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purger les données personnelles"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        # The word to type, in the UI language ("SUPPRIMER" in French).
        self.confirm_word = self.tr("SUPPRIMER")
        text = QLabel(
            self.tr(
                "Les noms, e-mails, téléphones et fonctions des participants, les contacts "
                "des exposants et les notes des stands sur les visiteurs rencontrés seront "
                "effacés définitivement. Les catégories, entreprises, heures d'arrivée, "
                "contacts des stands (sans leurs notes) et statistiques sont conservés.\n\n"
                "Faites un export avant si vous en avez encore besoin.\n\n"
                "Pour confirmer, tapez {word} :"
            ).format(word=self.confirm_word)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        copies = copies or []
        self.delete_copies = QCheckBox(
            self.tr(
                "Supprimer aussi les copies qui les contiennent (%n fichier(s) : sauvegardes, exports) :",
                "",
                len(copies),
            )
        )
        self.delete_copies.setChecked(True)
        listed = QLabel("\n".join(copies[:8] + (["…"] if len(copies) > 8 else [])))
        listed.setWordWrap(True)
        listed.setStyleSheet("font-family: monospace;")
        layout.addWidget(self.delete_copies)
        layout.addWidget(listed)
        self.delete_copies.setVisible(bool(copies))
        listed.setVisible(bool(copies))
        self.word = QLineEdit()
        self.word.setPlaceholderText(self.confirm_word)
        layout.addWidget(self.word)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Purger définitivement"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.word.textChanged.connect(lambda t: self.ok.setEnabled(t.strip() == self.confirm_word))
        self.buttons.accepted.connect(self._accept_if_confirmed)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _accept_if_confirmed(self) -> None:
        if self.word.text().strip() == self.confirm_word:
            self.accept()


class BackupDialog(QDialog):
    """Where and how often the automatic backup runs (0 minute: off)."""

    def __init__(self, folder: str, minutes: int, keep: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sauvegarde automatique"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Une copie de la base est écrite régulièrement dans un second dossier "
                "(une clé USB par exemple), sans jamais ralentir l'accueil."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder = _FolderField(folder, self.tr("Dossier des sauvegardes"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("désactivée"))
        self.keep = QSpinBox()
        self.keep.setRange(1, 500)
        self.keep.setValue(keep)
        form.addRow(self.tr("Dossier :"), self.folder)
        form.addRow(self.tr("Toutes les :"), self.minutes)
        form.addRow(self.tr("Copies gardées :"), self.keep)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
