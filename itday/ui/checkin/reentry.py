"""« Règles de ré-entrée » (organiser, issue 24.8): for the edition shown, what a second scan
of someone already in does, for every category — ré-entrée autorisée, pas de ré-entrée, or
ré-entrée après une sortie scannée (exits are scanned at a desk with « Sorties »).  Read and
written in workers; the rule applies from the next scan on every desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from itday.core.checkin import REENTRY_WORDS, Reentry
from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category
from itday.db import repo
from itday.ui import i18n

DEFAULT = "default"


def _load(_state, db, event_id: int) -> dict:
    with db.session() as session:
        return repo.reentry_policy(event_id, session=session)


def _save(_state, db, event_id: int, policy: dict) -> None:
    with db.session() as session:
        repo.set_reentry_policy(event_id, policy, session=session)
        session.commit()


class ReentryDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.setWindowTitle(self.tr("Règles de ré-entrée"))
        form = QFormLayout(self)
        note = QLabel(
            self.tr("Ce que fait le scan d'une personne déjà entrée, pour cette édition.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.combos: dict[str, QComboBox] = {}
        rows = [(DEFAULT, self.tr("Toutes les catégories"))]
        rows += [(c.value, i18n.label(CATEGORY_LABELS_FR, CATEGORY_LABELS_EN, c)) for c in Category]
        for key, label in rows:
            combo = QComboBox()
            combo.setObjectName(f"reentry_{key}")
            if key != DEFAULT:
                combo.addItem(self.tr("comme toutes les catégories"), "")
            for rule in Reentry:
                combo.addItem(
                    QCoreApplication.translate("checkin", REENTRY_WORDS[rule]), rule.value
                )
            combo.setEnabled(False)
            self.combos[key] = combo
            form.addRow(label, combo)
        self.error_label = QLabel()
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        ctx.tasks.run(
            _load, ctx.db, ctx.event_id, on_done=self._loaded, on_error=self._failed, owner=self
        )

    def _loaded(self, policy: dict) -> None:
        for key, combo in self.combos.items():
            wanted = policy.get(key) or (Reentry.ALLOWED.value if key == DEFAULT else "")
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.setEnabled(True)
        self.loaded = True

    def _failed(self, message: str) -> None:
        self.error_label.setText("⚠ " + message)

    def policy(self) -> dict[str, str]:
        chosen = {key: combo.currentData() for key, combo in self.combos.items()}
        return {key: rule for key, rule in chosen.items() if rule}

    def save(self):
        """Written in a worker; the dialog closes once it is; returns the task."""
        if not self.loaded:
            return None
        return self.ctx.tasks.run(
            _save, self.ctx.db, self.ctx.event_id, self.policy(),
            on_done=lambda _r: self._saved(), on_error=self._failed, owner=self,
        )  # fmt: skip

    def _saved(self) -> None:
        self.ctx.bridge.info(self.tr("Règles de ré-entrée enregistrées."))
        self.accept()
