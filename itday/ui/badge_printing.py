"""One badge on demand: render it in a worker, print it, log it.

``BadgePrinter.print_one(attendee_id)`` is what the Visiteurs page, the walk-in dialog and
the Accueil page call.  It asks before reprinting a badge already printed, renders a
one-badge PDF off the GUI thread (layout from the setting ``badge/layout``), then sends it:

- to the system printer: Qt's print dialog asks the first time and the printer chosen is
  remembered in the setting ``badge/printer``; later badges go straight to it (a walk-in
  is one key), unless ``badge/ask_each_time`` is true or the printer disappeared;
  ``choose_printer()`` picks another one;
- or, when the setting ``badge/output`` is ``pdf:/path`` (or the ``print_to_pdf_path``
  attribute is set), to a PDF file: ``/path`` itself when it ends in ``.pdf``, else
  ``/path/badge-<id>.pdf``.  Under ``CI`` or the offscreen platform with no target set,
  badges go to PDF files in the temporary directory: tests never reach a real printer.

``preview_one`` shows the badge in a ``QPrintPreviewDialog`` (pages rasterised in the worker
by ``itday.services.pdf.raster``).  Every print is logged.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QWidget

from itday.core.lazy import lazy_module
from itday.errors import ItdayError
from itday.services.pdf import Cancelled as RenderCancelled
from itday.services.pdf.raster import render_pages
from itday.ui.ask import ask_yes_no
from itday.ui.printing import match_page, paint_pages
from itday.ui.tasks import Cancelled

badges_service = lazy_module("itday.services.badges")

attendee_repo = lazy_module("itday.db.attendees")

DEFAULT_LAYOUT = "a6"
PRINT_DPI = 200  # badge pages are rasterised at this resolution for the printer


def _render_one(state, db, event_id: int, attendee_id: int, layout: str, out: str, rasterise):
    state.check()
    badges_service.render_badge_pdf(db, event_id, out, layout=layout, ids=[attendee_id], log=False)
    state.check()
    try:
        images = (
            render_pages(out, PRINT_DPI, cancelled=lambda: state.cancelled) if rasterise else None
        )
    except RenderCancelled:
        raise Cancelled() from None
    return out, images


def _deliver_to_pdf(state, db, attendee_id, source, target, station, layout):
    from itday.services import outfile

    target = Path(target)
    if target.suffix.lower() != ".pdf":
        target = outfile.make_folder(target) / f"badge-{attendee_id}.pdf"
    else:
        outfile.make_folder(target.parent)
    outfile.copy(source, target)  # whole, never over a database or another program's file
    with db.session() as session:
        badges_service.log_prints(
            [attendee_id], session=session, station=station, layout=layout, printer=str(target)
        )
    return str(target)


class BadgePrinter(QObject):
    """Prints single badges for a window; see the module docstring."""

    #: a badge was printed (or written to its PDF target) and logged: the attendee id
    printed = Signal(int)
    #: printing failed or was refused: a French message
    failed = Signal(str)

    def __init__(self, ctx, parent_widget: QWidget | None, *, printing=None) -> None:
        """``printing``: the page's ``StationPrinting`` to print through (one is made when
        needed otherwise)."""
        super().__init__(parent_widget)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self._printing = printing
        self._via_station: dict[int, str] = {}  # badges sent through the station's service
        #: when set, badges are written to this PDF file or folder instead of a printer
        self.print_to_pdf_path: str | None = None
        #: the last file written to a PDF target (tests read it)
        self.last_output: str | None = None
        self._tmp = tempfile.mkdtemp(prefix="itday-badge-")
        self._names: dict[int, str] = {}  # who each print under way is for (messages)

    # -- configuration -------------------------------------------------------------------
    def layout(self) -> str:
        return str(self.ctx.settings.value("badge/layout", DEFAULT_LAYOUT) or DEFAULT_LAYOUT)

    def pdf_target(self) -> str | None:
        """Where badges go instead of a printer, or None for the system printer."""
        if self.print_to_pdf_path:
            return str(self.print_to_pdf_path)
        output = str(self.ctx.settings.value("badge/output", "") or "")
        if output.startswith("pdf:"):
            return output[4:]
        if os.environ.get("CI") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            return str(Path(tempfile.gettempdir()) / "itday-badges")
        return None

    # -- confirmation (replaced in tests: never a modal exec there) -------------------------
    def confirm_reprint(self, name: str, prints: int) -> bool:
        return ask_yes_no(
            self.parent_widget,
            self.tr("Réimprimer le badge ?"),
            self.tr("Le badge de %1 a déjà été imprimé %2 fois. Le réimprimer ?")
            .replace("%1", name or self.tr("ce participant"))
            .replace("%2", str(prints)),
        )

    # -- printing ------------------------------------------------------------------------
    def print_one(self, attendee_id: int, *, confirm_reprint: bool = True) -> None:
        """Print one badge (asynchronously); ``printed`` is emitted once it is done."""
        try:
            with self.ctx.db.session() as session:
                info = attendee_repo.describe(attendee_id, session=session)
        except ItdayError as exc:
            self._fail(str(exc))
            return
        if info["cancelled"]:
            self._fail(
                self.tr("Inscription annulée : pas de badge pour %1.").replace("%1", info["name"])
            )
            return
        if (
            confirm_reprint
            and info["prints"]
            and not self.confirm_reprint(info["name"], info["prints"])
        ):
            return
        layout = self.layout()
        self._names[attendee_id] = info["name"]
        out = str(Path(self._tmp) / f"badge-{attendee_id}.pdf")
        target = self.pdf_target()
        if target is None and sys.platform != "win32":
            # CUPS: through the station's print service (queue, printer problems, retry)
            self._via_station[attendee_id] = info["name"]
            self.station_printing().print_badge(
                attendee_id, "reprint" if info["prints"] else "pickup"
            )
            return
        self.ctx.tasks.run(
            _render_one,
            self.ctx.db,
            info["event_id"],
            attendee_id,
            layout,
            out,
            target is None,
            on_done=lambda result: self._rendered(attendee_id, layout, target, result),
            owner=self,
            on_error=self._fail,
        )

    def station_printing(self):
        """The ``StationPrinting`` badges go through on CUPS (made on first use)."""
        if self._printing is None:
            from itday.ui.checkin.print_status import StationPrinting

            self._printing = StationPrinting(self.ctx, self)
        if not getattr(self, "_listening", False):
            self._printing.status_changed.connect(self._station_status)
            self._listening = True
        return self._printing

    def _station_status(self, status) -> None:
        """A badge sent through the station's service moved on."""
        from itday.core.printing import FAILED, PRINTED, QUEUED
        from itday.ui.checkin.print_status import status_text

        mine = [i for i in status.attendee_ids if i in self._via_station]
        if not mine or not status.items and status.outcome != FAILED:
            return
        attendee_id = mine[0]
        if status.outcome == PRINTED:
            self._via_station.pop(attendee_id, None)
            self._done(attendee_id, None)
        elif status.outcome == FAILED or (
            status.outcome == QUEUED and (status.final or status.problem == "waiting")
        ):
            self._via_station.pop(attendee_id, None)
            self._names.pop(attendee_id, None)
            message = status_text(status)
            if status.outcome == QUEUED:
                self.ctx.bridge.warning(message)
            elif status.items:  # (a task's error was reported already)
                self.ctx.bridge.error(message)
            self.failed.emit(message)

    def _rendered(self, attendee_id: int, layout: str, target: str | None, result) -> None:
        source, images = result
        if target is not None:
            self.ctx.tasks.run(
                _deliver_to_pdf,
                self.ctx.db,
                attendee_id,
                source,
                target,
                self.ctx.station,
                layout,
                on_done=lambda path: self._done(attendee_id, path),
                owner=self,
                on_error=self._fail,
            )
            return
        printer_name = self._print_on_system_printer(images)
        if printer_name is None:
            return  # the clerk closed the print dialog
        try:
            with self.ctx.db.session() as session:
                badges_service.log_prints(
                    [attendee_id],
                    session=session,
                    station=self.ctx.station,
                    layout=layout,
                    printer=printer_name,
                )
        except ItdayError as exc:
            self._fail(str(exc))
            return
        self._done(attendee_id, None)

    def _print_on_system_printer(self, images: list[QImage]) -> str | None:
        """Print on the remembered printer, asking through Qt's print dialog the first
        time, when that printer is gone, or when ``badge/ask_each_time`` is set."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = str(self.ctx.settings.value("badge/printer", "") or "")
        ask = str(self.ctx.settings.value("badge/ask_each_time", "false")).lower() == "true"
        if remembered:
            printer.setPrinterName(remembered)
        if images:  # the badge's own paper (A6, a label…), which the dialog can still change
            match_page(printer, images[0], PRINT_DPI)
        if ask or not remembered or not printer.isValid() or printer.printerName() != remembered:
            if not self._ask_printer(printer):
                return None
        try:
            paint_pages(printer, images, centre=False, grow=False)
        except ItdayError as exc:
            self._fail(str(exc))
            return None
        return printer.printerName() or printer.outputFileName() or "imprimante"

    def _ask_printer(self, printer) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("Imprimante des badges"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if printer.printerName():
            self.ctx.settings.setValue("badge/printer", printer.printerName())
        return True

    def choose_printer(self) -> None:
        """Pick (again) the printer badges go to; remembered in ``badge/printer``."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = str(self.ctx.settings.value("badge/printer", "") or "")
        if remembered:
            printer.setPrinterName(remembered)
        if self._ask_printer(printer):
            self.ctx.bridge.info(
                self.tr("Les badges iront sur %1.").replace("%1", printer.printerName())
            )

    def preview_one(self, attendee_id: int) -> None:
        """Show the badge as it will print; printing from the preview is logged too."""
        try:
            with self.ctx.db.session() as session:
                info = attendee_repo.describe(attendee_id, session=session)
        except ItdayError as exc:
            self._fail(str(exc))
            return
        layout = self.layout()
        out = str(Path(self._tmp) / f"preview-{attendee_id}.pdf")
        self.ctx.tasks.run(
            _render_one,
            self.ctx.db,
            info["event_id"],
            attendee_id,
            layout,
            out,
            True,
            on_done=lambda result: self._show_preview(attendee_id, layout, result[1]),
            owner=self,
            on_error=self._fail,
        )

    def _show_preview(self, attendee_id: int, layout: str, images: list[QImage]) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = str(self.ctx.settings.value("badge/printer", "") or "")
        if remembered:
            printer.setPrinterName(remembered)
        if images:
            match_page(printer, images[0], PRINT_DPI)
        dialog = QPrintPreviewDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("Aperçu du badge"))
        dialog.paintRequested.connect(lambda p: paint_pages(p, images, centre=False, grow=False))
        # The dialog does not own its printer: keep both alive while it is shown.
        self.preview_dialog, self._preview_printer = dialog, printer
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            dialog.show()  # never a modal loop offscreen (tests, screenshots)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:  # "print" was clicked
            if printer.printerName():
                self.ctx.settings.setValue("badge/printer", printer.printerName())
            with self.ctx.db.session() as session:
                badges_service.log_prints(
                    [attendee_id],
                    session=session,
                    station=self.ctx.station,
                    layout=layout,
                    printer=printer.printerName() or "imprimante",
                )
            self._done(attendee_id, None)

    def _done(self, attendee_id: int, path: str | None) -> None:
        self.last_output = path
        self.ctx.bridge.data_changed.emit("attendees")
        name = self._names.pop(attendee_id, "")
        self.ctx.bridge.info(
            self.tr("Badge de %1 imprimé.").replace("%1", name)
            if name
            else self.tr("Badge imprimé.")
        )
        self.printed.emit(attendee_id)

    def _fail(self, message: str) -> None:
        self.ctx.bridge.error(message)
        self.failed.emit(message)
