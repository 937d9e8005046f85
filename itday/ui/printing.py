"""Page images and PDFs onto a QPrinter: one helper for the badge, plan and document previews.

``paint_pages(printer, images)`` draws images already rasterised (what a print preview shows),
one printer page each, scaled to the printable area.  ``print_pdf(state, pdf, printer)`` is
for the real print run: it runs in a worker (``ctx.tasks``; Qt allows a QPainter on a QPrinter
outside the GUI thread), renders each PDF page again at ``PRINT_DPI`` just before painting
it, so that the paper gets sharp text while memory holds one page at a time, and reports
« Impression : page n / N » with cancel.  ``match_page`` gives the printer the PDF's paper
size and orientation (booth signs are landscape A4).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter

from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services.pdf import Cancelled as RenderCancelled
from itday.services.pdf import raster
from itday.ui.tasks import Cancelled

PRINT_DPI = 300  # pages are rendered again at this resolution for the paper


def fit_to_screen(window, width: int, height: int, margin: int = 48, available=None) -> None:
    """Resize ``window`` to ``width`` × ``height``, never beyond its screen's available area
    (or ``available``), less ``margin`` for the title bar: print previews on a 1366 × 768
    laptop (issue 24.14)."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    area = available if available is not None else screen and screen.availableGeometry()
    if area is not None:
        width = min(width, area.width() - margin // 2)
        height = min(height, area.height() - margin)
    window.resize(width, height)


def refused() -> ItdayError:
    return ItdayError(
        QT_TRANSLATE_NOOP("errors", "L'imprimante refuse le travail (hors ligne ou sans papier ?).")
    )


def _draw(painter: QPainter, image: QImage, centre: bool, grow: bool = True) -> None:
    area = QRectF(painter.viewport())
    k = min(area.width() / image.width(), area.height() / image.height())
    if not grow:  # never larger than the page it was rendered from (a badge on A4 paper)
        k = min(k, painter.device().logicalDpiX() / image_dpi(image))
    w, h = image.width() * k, image.height() * k
    x = area.x() + ((area.width() - w) / 2 if centre else 0)
    y = area.y() + ((area.height() - h) / 2 if centre else 0)
    target = QRectF(x, y, w, h)
    painter.fillRect(target, QColor("white"))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, image)


def paint_pages(printer, images: list[QImage], *, centre: bool = True, grow: bool = True) -> int:
    """Paint ``images`` on ``printer`` (or any paged device), one page each, scaled to fit
    (centred, or at the top left; with ``grow`` False, never above their true size);
    returns the pages painted.  ``ItdayError`` if the printer refuses the job."""
    painter = QPainter()
    if not painter.begin(printer):
        raise refused()
    try:
        for index, image in enumerate(images):
            if index and not printer.newPage():
                raise refused()
            _draw(painter, image, centre, grow)
    finally:
        painter.end()
    return len(images)


def image_dpi(image: QImage, default: float = 150.0) -> float:
    dpm = image.dotsPerMeterX()
    return dpm * 0.0254 if dpm > 0 else default


def match_page(printer, image: QImage, dpi: float | None = None) -> None:
    """Give ``printer`` the paper size and orientation of a page rendered as ``image``."""
    dpi = dpi or image_dpi(image)
    set_page_points(printer, image.width() * 72 / dpi, image.height() * 72 / dpi)


def set_page_points(printer, w_pt: float, h_pt: float) -> None:
    """Give ``printer`` a page of ``w_pt`` × ``h_pt`` points, in the orientation they say."""
    size = QPageSize(
        QSizeF(min(w_pt, h_pt), max(w_pt, h_pt)),
        QPageSize.Unit.Point,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    printer.setPageSize(size)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if w_pt > h_pt else QPageLayout.Orientation.Portrait
    )


def print_pdf(state, pdf: str | Path, printer, dpi: int = PRINT_DPI, *, centre: bool = True):
    """Worker: print every page of ``pdf`` on ``printer``, each rendered at ``dpi`` just
    before it is painted.  Returns the pages printed; a cancel aborts the print run."""
    count = raster.page_count(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise refused()
    try:
        for number in range(count):
            state.check()
            try:
                [image] = raster.render_pages(pdf, dpi, pages=[number])
            except RenderCancelled:
                raise Cancelled() from None
            if number and not printer.newPage():
                raise refused()
            _draw(painter, image, centre)
            state.progress(
                number + 1,
                count,
                QCoreApplication.translate("printing", "Impression : page %1 / %2")
                .replace("%1", str(number + 1))
                .replace("%2", str(count)),
            )
    except Cancelled:
        printer.abort()
        raise
    finally:
        painter.end()
    return count


class QtPrintBackend:
    """The print backend of Windows (``itday.services.printing.PrintBackend``): the badge's
    pages are rendered at ``PRINT_DPI`` and painted on a ``QPrinter`` on the named printer,
    paper set to the badge's size.  The Windows spooler tells nothing back, so a job it took
    counts as printed (``job`` says completed); a printer it does not know is a failure.
    Runs in a worker thread (Qt allows painting on a QPrinter there)."""

    kind = "qt"

    def __init__(self, app=None) -> None:
        import itertools

        self._ids = itertools.count(1)

    def printers(self):
        from PySide6.QtPrintSupport import QPrinterInfo

        from itday.services.printing import PrinterInfo

        return [
            PrinterInfo(p.printerName(), p.description()) for p in QPrinterInfo.availablePrinters()
        ]

    def default_printer(self) -> str | None:
        from PySide6.QtPrintSupport import QPrinterInfo

        return QPrinterInfo.defaultPrinterName() or None

    def printer(self, name: str):
        from PySide6.QtPrintSupport import QPrinterInfo

        from itday.core.printing import Problem
        from itday.services.printing import PrinterInfo, PrintFailure

        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            raise PrintFailure(Problem.UNKNOWN_PRINTER, name)
        return PrinterInfo(name, info.description())

    def submit(self, printer: str, pdf, *, title: str, media: str = "") -> int:
        from PySide6.QtPrintSupport import QPrinter

        from itday.core.printing import Problem
        from itday.services.printing import PrintFailure

        self.printer(printer)
        images = raster.render_pages(pdf, PRINT_DPI)
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setPrinterName(printer)
        device.setDocName(title)
        device.setFullPage(True)
        if images:
            match_page(device, images[0], PRINT_DPI)
        try:
            paint_pages(device, images, centre=False, grow=False)
        except ItdayError as exc:
            raise PrintFailure(Problem.REFUSED, str(exc)) from None
        return next(self._ids)

    def job(self, printer: str, job_id: int):
        from itday.core.printing import JOB_COMPLETED
        from itday.services.printing import JobInfo

        return JobInfo(job_id, JOB_COMPLETED)

    def cancel(self, printer: str, job_id: int) -> None:
        pass  # gone to the spooler already


def printing_backend():
    """The station's print backend: CUPS on Linux and macOS, Qt's printer on Windows."""
    import sys

    if sys.platform == "win32":
        return QtPrintBackend()
    from itday.services.printing import default_backend

    return default_backend()
