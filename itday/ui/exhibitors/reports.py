"""« Rapports exposants… » on the Exposants page (issue 26): each exhibitor's report after
the show — the one selected or all of them — written into a folder the organiser chooses,
in a worker with a progress bar and « Annuler » (``itday.services.stand_reports``, the same
PDFs as ``itday exhibitor-report``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from itday.ui.files import existing_directory
from itday.ui.tasks import Cancelled

SETTING = "reports/folder"


def write_reports(state, db, event_id: int, folder: str, exhibitor_ids, written: list):
    """Worker: the reports into ``folder``; ``written`` counts them as they are made (read
    when the user cancels)."""
    from itday.services.pdf.output import Cancelled as RenderCancelled
    from itday.services.stand_reports import write_stand_reports

    def progress(done: int, total: int) -> None:
        written.append(done)
        text = QCoreApplication.translate("exhibitors", "Rapport %1 sur %2…")
        state.progress(done, total, text.replace("%1", str(done)).replace("%2", str(total)))

    state.progress(0, 0, QCoreApplication.translate("exhibitors", "Lecture des contacts…"))
    try:
        return write_stand_reports(
            db,
            event_id,
            folder,
            exhibitor_ids=exhibitor_ids,
            progress=progress,
            cancelled=lambda: state.cancelled,
        )
    except RenderCancelled:
        raise Cancelled() from None


class StandReportsMenu(QObject):
    """The « Rapports exposants » button and its two entries, for a page that tells the
    exhibitor selected (``page.current_id()``) and its name (``page.exhibitor_name(id)``)."""

    def __init__(self, ctx, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.task = None  # the reports being written (tests follow it)
        self.last_result: list[Path] | None = None
        self.button = QToolButton(page)
        self.button.setObjectName("standReportsButton")
        self.button.setText(self.tr("Rapports exposants"))
        self.button.setToolTip(
            self.tr(
                "Le rapport de chaque exposant après le salon (PDF) : visites de son stand, "
                "heures, catégories et secteurs, rang parmi les stands — sans aucun nom de "
                "visiteur"
            )
        )
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.one_action = QAction(self.tr("Rapport de l'exposant sélectionné…"), self.button)
        self.one_action.triggered.connect(lambda: self.ask(selected=True))
        self.all_action = QAction(self.tr("Rapports de tous les exposants…"), self.button)
        self.all_action.triggered.connect(lambda: self.ask(selected=False))
        menu.addAction(self.one_action)
        menu.addAction(self.all_action)
        self.button.setMenu(menu)

    def update(self, has_rows: bool) -> None:
        on = self.ctx.event_id is not None and has_rows
        self.button.setEnabled(on)
        self.all_action.setEnabled(on)
        self.one_action.setEnabled(on and self.page.current_id() is not None)

    def choose_folder(self) -> str:
        """The folder chosen in a dialog ("" when cancelled); tests replace it."""
        start = str(self.ctx.settings.value(SETTING, "") or Path.home())
        return existing_directory(self.page, self.tr("Dossier des rapports exposants"), start)

    def ask(self, selected: bool):
        exhibitor_id = self.page.current_id() if selected else None
        if self.ctx.event_id is None or (selected and exhibitor_id is None):
            return None
        folder = self.choose_folder()
        if not folder:
            return None
        return self.write(folder, [exhibitor_id] if selected else None)

    def write(self, folder: str, exhibitor_ids: list[int] | None = None):
        """Write the reports (all: ``exhibitor_ids`` None) into ``folder``; returns the task."""
        if self.ctx.event_id is None:
            return None
        self.ctx.settings.setValue(SETTING, folder)
        written: list[int] = []
        title = (
            self.tr("Rapports de tous les exposants")
            if exhibitor_ids is None
            else self.tr("Rapport de « %1 »").replace(
                "%1", self.page.exhibitor_name(exhibitor_ids[0])
            )
        )
        self.task = self.ctx.tasks.run_with_progress(
            self.page,
            title,
            write_reports,
            self.ctx.db,
            self.ctx.event_id,
            folder,
            exhibitor_ids,
            written,
            on_done=lambda files: self._written(folder, files),
            on_error=self.ctx.bridge.error,
            on_cancel=lambda: self._cancelled(folder, len(written)),
            owner=self.page,
        )
        return self.task

    def _written(self, folder: str, files: list[Path]) -> None:
        self.last_result = files
        if len(files) == 1:
            text = self.tr("Rapport écrit : %1").replace("%1", str(files[0]))
        else:
            text = (
                self.tr("%1 rapports exposants écrits dans %2")
                .replace("%1", str(len(files)))
                .replace("%2", folder)
            )
        self.ctx.bridge.info(text)

    def _cancelled(self, folder: str, done: int) -> None:
        self.last_result = None
        self.ctx.bridge.warning(
            self.tr("Rapports interrompus : %1 déjà écrit(s) dans %2.")
            .replace("%1", str(done))
            .replace("%2", folder)
        )
