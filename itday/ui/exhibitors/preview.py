"""Render a PDF in a worker, then show it in a print preview.

``render_with_preview`` runs ``render(out_path)`` and then the page rasterisation
(``itday.services.pdf.raster``: QtPdf, or pdftoppm without it) through
``ctx.tasks.run_with_progress`` — progress « page n / N », cancellable; back on the GUI
thread it builds a ``PdfPreviewDialog`` from the finished images and opens it without
blocking.  Nothing is rendered on the GUI thread.  When no page images can be made (neither
QtPdf nor ``pdftoppm``), the PDF opens in the system's viewer instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QImage, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QToolBar, QWidget

from itday.core.filenames import name_part
from itday.errors import ItdayError
from itday.services.pdf import Cancelled as RenderCancelled
from itday.services.pdf import raster
from itday.ui import printing
from itday.ui.files import save_file_name
from itday.ui.i18n import error_text
from itday.ui.tasks import Cancelled

PREVIEW_DPI = 150
LARGE_DPI = 75  # many pages (booth signs): lighter images (printing uses the PDF itself)


def safe_name(title: str) -> str:
    """The document's file name from its title, valid on Windows (``core.filenames``)."""
    return name_part(title, default="document", limit=80, lower=False)


class PdfPreviewDialog(QPrintPreviewDialog):
    """Print preview of a finished PDF, page by page; can also save or open the file.

    The preview shows the light page images rendered for it.  With ``ctx``, « Imprimer »
    asks for the printer and then prints from the PDF itself in a worker, each page rendered
    again at ``printing.PRINT_DPI`` (sharp on paper; see ``itday.ui.printing``)."""

    def __init__(
        self,
        pdf: Path,
        images: list[QImage],
        title: str,
        parent: QWidget | None = None,
        ctx=None,
    ):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        if images:
            printing.match_page(printer, images[0])  # paper size and orientation of the PDF
        super().__init__(printer, parent)
        self.printer_ = printer
        self.ctx = ctx
        self.title = title
        self.pdf = Path(pdf)
        self.images = list(images)
        self.print_task = None
        self.setWindowTitle(self.tr("Aperçu avant impression — %1").replace("%1", title))
        self.paintRequested.connect(self.paint)
        bar = self.findChild(QToolBar)
        self.print_action = self._qt_print_action(bar)
        if self.print_action is not None and ctx is not None:
            self.print_action.triggered.disconnect()  # Qt's own prints the preview's images
            self.print_action.triggered.connect(self.ask_print)
        self.save_action = QAction(self.tr("Enregistrer le PDF…"), self)
        self.save_action.triggered.connect(self.save_as)
        self.open_action = QAction(self.tr("Ouvrir dans le lecteur PDF"), self)
        self.open_action.triggered.connect(self.open_externally)
        if bar is not None:  # first in the bar: never hidden behind its overflow arrow
            first = bar.actions()[0] if bar.actions() else None
            if self.print_action is not None:
                self.print_action.setToolTip(self.tr("Imprimer… (Ctrl+P)"))
                self.print_action.setShortcut(QKeySequence.StandardKey.Print)
                bar.insertAction(first, self.print_action)
            bar.insertAction(first, self.save_action)
            bar.insertAction(first, self.open_action)
            bar.insertSeparator(first)
        printing.fit_to_screen(self, 1200, 900)

    def page_count(self) -> int:
        return len(self.images)

    @staticmethod
    def _qt_print_action(bar: QToolBar | None) -> QAction | None:
        if bar is None:
            return None
        context, source = "QPrintPreviewDialog", "Print"  # Qt's own text (not for lupdate)
        text = QCoreApplication.translate(context, source)
        return next((a for a in bar.actions() if a.text() == text), None)

    def paint(self, printer: QPrinter) -> None:
        """Draw every page image on ``printer`` (what the preview shows)."""
        printing.paint_pages(printer, self.images)

    def ask_print(self) -> None:
        """« Imprimer »: the system's print dialog, then the print run in a worker."""
        dialog = QPrintDialog(self.printer_, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(self.printer_)

    def print_to(self, printer: QPrinter):
        """Print the PDF on ``printer`` in a worker, at print resolution; returns the task."""
        self.print_task = self.ctx.tasks.run_with_progress(
            self,
            self.tr("Impression — %1").replace("%1", self.title),
            printing.print_pdf,
            str(self.pdf),
            printer,
            on_done=self._printed,
        )
        return self.print_task

    def _printed(self, pages: int) -> None:
        self.ctx.bridge.info(
            self.tr("%1 : %2 page(s) envoyée(s) à l'imprimante.")
            .replace("%1", self.title)
            .replace("%2", str(pages))
        )
        self.accept()  # printed: the preview's work is done (as Qt's own preview does)

    def save_as(self) -> None:
        target, _ = save_file_name(
            self, self.tr("Enregistrer le PDF"), self.pdf.name, self.tr("PDF (*.pdf)")
        )
        if not target:
            return
        from itday.services import outfile

        try:  # (the dialog asked before replacing: any file but a database)
            outfile.copy(self.pdf, target, outfile.ANY)
        except ItdayError as exc:
            self.ctx.bridge.error(error_text(exc))

    def open_externally(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf)))


def render_with_preview(
    ctx,
    parent: QWidget,
    title: str,
    out_dir: Path,
    render: Callable[[Path], object],
    *,
    on_preview: Callable[[PdfPreviewDialog | None], None] | None = None,
    show: bool = True,
    with_state: bool = False,
):
    """Render ``render(out_path)`` in a worker, then open the preview (non-blocking).

    ``render`` runs in the worker thread: it must use its own database session.  With
    ``with_state`` it is called ``render(out_path, state)`` to report its own progress and
    see a cancellation.  Returns the task.  ``on_preview`` receives the dialog (or None when
    the PDF went to the system viewer) once it is built.
    """
    pdf = Path(out_dir) / f"{safe_name(title)}.pdf"

    def work(state):
        if with_state:
            render(pdf, state)
        else:
            render(pdf)
        state.check()
        if raster.available_backend() is None:
            return pdf, []  # no rasteriser at all: the system's PDF viewer shows it
        pages = raster.page_count(pdf)
        dpi = PREVIEW_DPI if pages <= 30 else LARGE_DPI

        def progress(done: int, total: int) -> None:
            state.progress(
                done,
                total,
                QCoreApplication.translate("exhibitors", "Aperçu : page %1 / %2")
                .replace("%1", str(done))
                .replace("%2", str(total)),
            )

        try:
            images = raster.render_pages(
                pdf, dpi, progress=progress, cancelled=lambda: state.cancelled
            )
            # 3 bytes a pixel instead of 4: the 95 booth signs hold 150 MB, not 200
            images = [i.convertToFormat(QImage.Format.Format_RGB888) for i in images]
        except RenderCancelled:
            raise Cancelled() from None
        return pdf, images

    def done(result):
        path, images = result
        dialog = None
        if images:
            dialog = PdfPreviewDialog(path, images, title, parent, ctx=ctx)
            if show:
                dialog.open()
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            ctx.bridge.info(f"{title} : {path}")
        if on_preview:
            on_preview(dialog)

    return ctx.tasks.run_with_progress(parent, title, work, on_done=done)
