"""Exit scans at the Accueil desk (« Sorties »): while the box is ticked, every code read —
camera, USB scanner, typed — scans its holder out instead of in (a Scan « exit »), for the
re-entry rule « ré-entrée après une sortie scannée » (issue 24.8).  Recorded in a worker;
the result panel says « SORTIE ENREGISTRÉE » with the name, or why nothing was recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QWidget


def _exit(_state, recorder, raw: str):
    return recorder.exit(raw)


class ExitMode(QObject):
    #: an exit scan was answered: its ExitOutcome
    answered = Signal(object)

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.box = QCheckBox(self.tr("Sorties"))
        self.box.setObjectName("exitModeBox")
        self.box.setToolTip(
            self.tr("Scanner les sorties (ré-entrée après une sortie scannée) au lieu des entrées")
        )

    @property
    def on(self) -> bool:
        return self.box.isChecked()

    def submit(self, raw: str) -> bool:
        """Record ``raw`` as an exit if the box is ticked; False if it is not (an entry)."""
        ctx = self.page.ctx
        if not self.on or ctx.event_id is None:
            return False
        # through the page's recorder: an offline desk journals the exit (issue 24.8)
        ctx.tasks.run(
            _exit, self.page.recorder, raw,
            on_done=self._done, on_error=ctx.bridge.error, owner=self,
        )  # fmt: skip
        return True

    def _done(self, out) -> None:
        who = out.attendee or {}
        name = f"{who.get('first_name', '') or ''} {who.get('last_name', '') or ''}".strip()
        panel = self.page.panel
        if out.offline:  # as an offline scan says it
            name = f"{name} · {QCoreApplication.translate('ResultPanel', 'hors ligne')}"
        if out.recorded:
            panel.show_message("ok", "⇥", self.tr("SORTIE ENREGISTRÉE"), name)
        else:
            why = (
                self.tr("pas encore entré(e) : rien enregistré")
                if who
                else self.tr("code inconnu de cette édition : rien enregistré")
            )
            panel.show_message(
                "refused", "✖", self.tr("SORTIE NON ENREGISTRÉE"), f"{name} {why}".strip()
            )
        self.page.sound.play("ok" if out.recorded else "refused")
        self.page.ctx.bridge.data_changed.emit("scans")
        self.answered.emit(out)
