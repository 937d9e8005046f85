"""Printing badges in batch: everyone or the current filter, one layout, one PDF.

Rendering runs in a worker with progress and cancel; the PDF is then saved where the
organiser chose and can be opened (previewed) at once, or printed: « Imprimer… » asks for the
printer, then a worker prints the sheets from the PDF one page at a time, at print resolution
and at their true size (``itday.ui.printing.print_pdf``).  Badges already printed are only
reprinted after a question.  A PDF is not a print: the badges it holds are logged as written
to a PDF (« PDF » in the Badge column), and as printed once « Imprimer… » printed the sheets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from itday.core.lazy import lazy_module
from itday.services.pdf import Cancelled as RenderCancelled
from itday.services.pdf.badges import LAYOUTS
from itday.ui import i18n, printing
from itday.ui.files import save_file_name
from itday.ui.tasks import Cancelled

badges_service = lazy_module("itday.services.badges")

# Answers to the reprint question.
REPRINT_ALL, REPRINT_SKIP, REPRINT_ABORT = "all", "skip", "abort"


def _progress(done: int, total: int) -> str:
    text = QCoreApplication.translate("BatchBadgeDialog", "Badge %1 sur %2")
    return text.replace("%1", str(done)).replace("%2", str(total))


def _render(state, db, event_id: int, out: str, layout: str, ids: list[int], station: str):
    try:
        return badges_service.render_badge_pdf(
            db,
            event_id,
            out,
            layout=layout,
            ids=ids,
            station=station,
            progress=lambda done, total: state.progress(done, total, _progress(done, total)),
            cancelled=lambda: state.cancelled,
        )
    except RenderCancelled:
        raise Cancelled() from None


def _print_sheets(state, pdf: str, printer, db, ids: list[int], station: str, layout: str):
    """Worker: the PDF's sheets to the printer, then its badges logged as printed."""
    pages = printing.print_pdf(state, pdf, printer)
    with db.session() as session:
        name = printer.printerName() or printer.outputFileName() or "?"
        badges_service.log_prints(
            ids, session=session, station=station, layout=layout, printer=name
        )
    return pages


class BatchBadgeDialog(QDialog):
    #: the PDF was written: its path and the number of badges
    rendered = Signal(str, int)
    #: the sheets went to the printer: the number of pages
    printed = Signal(int)

    def __init__(
        self,
        ctx,
        everyone: list[dict],
        filtered: list[dict],
        parent: QWidget | None = None,
    ) -> None:
        """``everyone`` and ``filtered`` are rows of the table model (cancelled ones are
        skipped: a cancelled registration gets no badge)."""
        super().__init__(parent)
        self.ctx = ctx
        self.everyone = [r for r in everyone if not r["cancelled"]]
        self.filtered = [r for r in filtered if not r["cancelled"]]
        self.output: str | None = None
        self.output_layout: str | None = None
        self.output_ids: list[int] = []  # the badges in the PDF, logged when printed
        self.printer_: QPrinter | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Imprimer les badges"))
        self.setMinimumWidth(720)

        self.all_radio = QRadioButton()
        self.filter_radio = QRadioButton()
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.all_radio)
        self.scope.addButton(self.filter_radio)
        self.all_radio.setText(
            self.tr("Tous les inscrits (%1 badges)").replace("%1", str(len(self.everyone)))
        )
        self.filter_radio.setText(
            self.tr("Seulement la liste filtrée (%1 badges)").replace("%1", str(len(self.filtered)))
        )
        if 0 < len(self.filtered) < len(self.everyone):
            self.filter_radio.setChecked(True)
        else:
            self.all_radio.setChecked(True)
        self.filter_radio.setEnabled(bool(self.filtered))
        self.layout_combo = QComboBox()
        for name, spec in LAYOUTS.items():
            description = {name: spec.description}
            self.layout_combo.addItem(
                i18n.label(description, i18n.LAYOUT_DESCRIPTIONS_EN, name), name
            )
        saved = str(ctx.settings.value("badge/batch_layout", "4xa6") or "4xa6")
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(saved), 0))
        note = QLabel(
            self.tr(
                "Les badges sont triés par nom de famille, pour les tables de retrait "
                "alphabétiques. Les inscriptions annulées n'ont pas de badge."
            )
        )
        note.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)

        form = QFormLayout()
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.all_radio)
        scope_box.addWidget(self.filter_radio)
        labels = [QLabel(self.tr("Badges :")), QLabel(self.tr("Mise en page :"))]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        form.addRow(labels[0], scope_box)
        form.addRow(labels[1], self.layout_combo)

        self.start_button = QPushButton(self.tr("Créer le PDF…"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.choose_and_start)
        self.open_button = QPushButton(self.tr("Ouvrir le PDF"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_output)
        self.print_button = QPushButton(self.tr("Imprimer…"))
        self.print_button.setToolTip(
            self.tr("Imprimer les planches de badges à leur taille réelle (choix de l'imprimante)")
        )
        self.print_button.setVisible(False)
        self.print_button.clicked.connect(lambda: self.print_output())
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

    # -- choices ---------------------------------------------------------------------------
    def chosen_rows(self) -> list[dict]:
        return self.filtered if self.filter_radio.isChecked() else self.everyone

    def layout_name(self) -> str:
        return self.layout_combo.currentData()

    def ask_reprint(self, already: int, total: int) -> str:
        """REPRINT_ALL, REPRINT_SKIP or REPRINT_ABORT (tests replace this method)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Badges déjà imprimés"))
        box.setText(
            self.tr("%1 des %2 badges choisis ont déjà été imprimés. Les réimprimer ?")
            .replace("%1", str(already))
            .replace("%2", str(total))
        )
        again = box.addButton(self.tr("Réimprimer tout"), QMessageBox.ButtonRole.YesRole)
        skip = box.addButton(
            self.tr("Seulement les %1 nouveaux").replace("%1", str(total - already)),
            QMessageBox.ButtonRole.NoRole,
        )
        box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is again:
            return REPRINT_ALL
        if box.clickedButton() is skip:
            return REPRINT_SKIP
        return REPRINT_ABORT

    def ids_to_print(self) -> list[int] | None:
        """The attendee ids to render, after the reprint question (None: abandoned)."""
        rows = self.chosen_rows()
        already = sum(1 for r in rows if r["prints"])
        if already:
            answer = self.ask_reprint(already, len(rows))
            if answer == REPRINT_ABORT:
                return None
            if answer == REPRINT_SKIP:
                rows = [r for r in rows if not r["prints"]]
        return [r["id"] for r in rows]

    # -- rendering -------------------------------------------------------------------------
    def choose_and_start(self) -> None:
        folder = str(self.ctx.settings.value("badge/last_dir", "") or str(Path.home()))
        default = str(Path(folder) / f"badges-{dt.date.today():%Y-%m-%d}.pdf")
        path, _ = save_file_name(
            self, self.tr("Enregistrer les badges"), default, self.tr("PDF (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.ctx.settings.setValue("badge/last_dir", str(Path(path).parent))
            self.start(path)

    def start(self, path: str) -> bool:
        """Render the chosen badges to ``path`` in a worker; False if nothing to do."""
        if self.busy or self.ctx.event_id is None:
            return False
        ids = self.ids_to_print()
        if ids is None:
            return False
        if not ids:
            self.result_label.setText(self.tr("Aucun badge à imprimer."))
            return False
        self.busy = True
        self.start_button.setEnabled(False)
        layout = self.layout_name()
        self.ctx.settings.setValue("badge/batch_layout", layout)
        self.result_label.setText(self.tr("Création du PDF…"))
        self.task = self.ctx.tasks.run_with_progress(
            self,
            self.tr("Création des badges"),
            _render,
            self.ctx.db,
            self.ctx.event_id,
            path,
            layout,
            ids,
            self.ctx.station,
            on_done=lambda printed: self._done(path, layout, printed),
            owner=self,
            on_error=self._failed,
            # Given here, not connected afterwards: a slot connected to a task's signals
            # after it started may miss them once the runner deletes the finished task.
            on_cancel=self._cancelled,
        )
        return True

    def _done(self, path: str, layout: str, printed: list[int]) -> None:
        self.busy = False
        self.start_button.setEnabled(True)
        self.output, self.output_layout, self.output_ids = path, layout, list(printed)
        self.result_label.setText(
            self.tr("%1 badges enregistrés dans %2 (pas encore imprimés).")
            .replace("%1", str(len(printed)))
            .replace("%2", path)
        )
        self.open_button.setVisible(True)
        self.print_button.setVisible(True)
        self.print_button.setEnabled(True)
        self.print_button.setDefault(True)
        self.ctx.bridge.data_changed.emit("attendees")
        self.rendered.emit(path, len(printed))

    def _failed(self, message: str) -> None:
        self.busy = False
        self.start_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.result_label.setText("⚠ " + message)

    def _cancelled(self) -> None:
        self.busy = False
        self.start_button.setEnabled(True)
        self.result_label.setText(self.tr("Création annulée : aucun fichier écrit."))

    # -- printing ----------------------------------------------------------------------------
    def sheet_printer(self) -> QPrinter:
        """A printer set to the sheets of the PDF just made: their paper, the whole page
        (drawn at true size, so the badges match their perforations and cut marks)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.output or "badges.pdf").name)
        printer.setFullPage(True)
        printing.set_page_points(
            printer, *LAYOUTS[self.output_layout or self.layout_name()].page_size
        )
        return printer

    def print_output(self):
        """« Imprimer… »: the system's print dialog, then the PDF's sheets printed in a
        worker, one page at a time at print resolution; returns the task (None if not)."""
        if not self.output or self.busy:
            return None
        self.printer_ = self.sheet_printer()
        if QPrintDialog(self.printer_, self).exec() != QDialog.DialogCode.Accepted:
            return None
        self.busy = True
        self.print_button.setEnabled(False)
        self.start_button.setEnabled(False)
        self.print_task = self.ctx.tasks.run_with_progress(
            self,
            self.tr("Impression des badges"),
            _print_sheets,
            self.output,
            self.printer_,
            self.ctx.db,
            self.output_ids,
            self.ctx.station,
            self.output_layout or self.layout_name(),
            on_done=self._printed,
            owner=self,
            on_error=self._failed,
            on_cancel=self._print_cancelled,
        )
        return self.print_task

    def _printed(self, pages: int) -> None:
        self.busy = False
        self.start_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.result_label.setText(
            self.tr("%1 page(s) de badges envoyée(s) à l'imprimante.").replace("%1", str(pages))
        )
        self.ctx.bridge.data_changed.emit("attendees")  # ✔ in the Badge column
        self.printed.emit(pages)

    def _print_cancelled(self) -> None:
        self.busy = False
        self.start_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.result_label.setText(self.tr("Impression annulée."))

    def open_output(self) -> None:
        if self.output:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.output))
