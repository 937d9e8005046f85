"""Printed documents from the Exposants page: rendered in a worker, shown in a preview."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter

from itday.core.plan import natural_key
from itday.db import repo
from itday.services.pdf.raster import page_count as pdf_page_count
from itday.ui.exhibitors.form import ExhibitorDialog
from itday.ui.exhibitors.preview import PdfPreviewDialog
from tests.unit.pdf_helpers import pdf_text


def wait_preview(qtbot, holder) -> PdfPreviewDialog:
    qtbot.waitUntil(lambda: holder.preview is not None, timeout=30_000)
    return holder.preview


def test_list_by_booth_button_renders_and_previews(qtbot, exhibitors_page, demo_ctx, tmp_path):
    exhibitors_page.print_buttons["booth"].click()
    preview = wait_preview(qtbot, exhibitors_page)
    assert isinstance(preview, PdfPreviewDialog)
    pages = pdf_page_count(preview.pdf)
    assert pages >= 2 and preview.page_count() == pages
    text = pdf_text(preview.pdf)
    assert "Liste des exposants — par stand" in text and f"Page 1 / {pages}" in text
    with demo_ctx.db.session() as s:
        rows = repo.list_exhibitors(demo_ctx.event_id, session=s)
    codes = sorted((b for r in rows for b in r["booths"]), key=natural_key)
    positions = [text.index(f"\n{c}\n") if f"\n{c}\n" in text else text.index(c) for c in codes]
    assert positions == sorted(positions)
    # what the preview (and a printer) draws: one printed page per PDF page
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.paint(printer)
    assert pdf_page_count(tmp_path / "printed.pdf") == pages
    preview.close()


def test_every_document_button(qtbot, exhibitors_page):
    for kind, title in (
        ("sector", "par secteur"),
        ("directory", "Annuaire des exposants"),
    ):
        exhibitors_page.preview = None
        exhibitors_page.print_document(kind)
        preview = wait_preview(qtbot, exhibitors_page)
        assert title in pdf_text(preview.pdf)
        preview.close()


def test_staff_badges_print_from_the_form(qtbot, exhibitors_page, demo_ctx):
    with demo_ctx.db.session() as s:
        row = next(r for r in repo.list_exhibitors(demo_ctx.event_id, session=s) if r["staff"] >= 2)
    dialog = ExhibitorDialog(demo_ctx, row["id"], exhibitors_page.out_dir, exhibitors_page)
    qtbot.addWidget(dialog)
    panel = dialog.staff
    panel.print_badges()
    preview = wait_preview(qtbot, panel)
    text = pdf_text(preview.pdf)
    for person in panel.people:
        assert person["last_name"] in text
    assert row["name"] in preview.windowTitle()
    preview.close()


def test_print_goes_through_the_printer_dialog_then_reprints_the_pdf_sharp(
    qtbot, exhibitors_page, demo_ctx, tmp_path, monkeypatch
):
    """« Imprimer » in the preview: the system's print dialog, then a worker that renders
    each PDF page again at print resolution, one at a time, instead of the preview images."""
    import threading

    from PySide6.QtWidgets import QDialog

    from itday.services.pdf import raster
    from itday.ui import printing
    from itday.ui.exhibitors import preview as preview_module

    exhibitors_page.print_buttons["name"].click()
    preview = wait_preview(qtbot, exhibitors_page)
    pages = pdf_page_count(preview.pdf)
    assert preview.print_action is not None

    calls = []
    real = raster.render_pages

    def spy(pdf, dpi=150, **kw):
        calls.append((dpi, kw.get("pages"), threading.current_thread() is threading.main_thread()))
        return real(pdf, dpi, **kw)

    monkeypatch.setattr(raster, "render_pages", spy)

    class Accepting:
        def __init__(self, printer, parent):
            self.printer = printer

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(preview_module, "QPrintDialog", Accepting)
    out = tmp_path / "paper.pdf"
    preview.printer_.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    preview.printer_.setOutputFileName(str(out))
    printed = []
    preview._printed = printed.append  # read when the print run starts
    preview.print_action.trigger()
    qtbot.waitUntil(lambda: printed == [pages], timeout=60_000)
    assert pdf_page_count(out) == pages
    assert calls == [(printing.PRINT_DPI, [n], False) for n in range(pages)]
    preview.close()


def test_booth_signs_print_on_landscape_paper(qtbot, exhibitors_page):
    from PySide6.QtGui import QPageLayout, QPageSize

    exhibitors_page.print_buttons["signs"].click()
    preview = wait_preview(qtbot, exhibitors_page)
    layout = preview.printer_.pageLayout()
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    preview.close()
