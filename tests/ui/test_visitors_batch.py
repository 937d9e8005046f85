"""Batch badge printing from the Visiteurs page: scope, layout, reprint question, PDF."""

from __future__ import annotations

from sqlmodel import func, select

from itday.core.enums import Category
from itday.core.text import fold
from itday.db.models import PrintLog, printed_on_paper
from itday.ui.pages.visitors import VisitorsPage
from itday.ui.visitors.batch import REPRINT_ABORT, REPRINT_SKIP
from tests.ui.visitors_helpers import make_ctx_fixture  # noqa: F401 (fixture make_ctx)
from tests.unit.pdf_helpers import pdf_text


def open_page(qtbot, ctx) -> VisitorsPage:
    page = VisitorsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    return page


def print_count(db) -> int:
    """Badges printed on paper (a PDF written is not one)."""
    with db.session() as s:
        return s.exec(select(func.count()).select_from(PrintLog).where(printed_on_paper())).one()


def pdf_count(db) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(PrintLog).where(~printed_on_paper())).one()


def badge_cells(page, ids) -> set[str]:
    """What the Badge column says for these people."""
    column = page.model.columnCount() - 1
    return {
        page.model.index(n, column).data()
        for n, r in enumerate(page.model.visible_rows())
        if r["id"] in ids
    }


def test_filtered_batch_sorted_then_reprint_asks(qtbot, demo_db, tmp_path, make_ctx):
    ctx = make_ctx(demo_db)
    page = open_page(qtbot, ctx)
    page.category_filter.setCurrentIndex(page.category_filter.findData(Category.PRESS.value))
    press = [r for r in page.model.visible_rows() if not r["cancelled"]]
    dialog = page.open_batch()
    assert dialog.filter_radio.isChecked()  # the filter is the default when there is one
    assert str(len(press)) in dialog.filter_radio.text()
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("8xa7"))
    out = tmp_path / "presse.pdf"
    with qtbot.waitSignal(dialog.rendered, timeout=20_000) as blocker:
        assert dialog.start(str(out))
    assert blocker.args == [str(out), len(press)]
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    # Sorted by last name for the pick-up tables: each name appears after the previous one.
    names = sorted({r["last_name"] for r in press}, key=fold)
    positions = [text.find(name) for name in names]
    assert all(p >= 0 for p in positions)
    assert positions == sorted(positions)
    # Issue 24.6: a PDF is not a print: recorded as a PDF, « PDF » in the Badge column.
    assert print_count(demo_db) == 0 and pdf_count(demo_db) == len(press)
    assert ctx.settings.value("badge/batch_layout") == "8xa7"
    assert "badges enregistrés" in dialog.result_label.text()
    assert "pas encore imprimés" in dialog.result_label.text()
    dialog.close()
    ids = {r["id"] for r in press}
    qtbot.waitUntil(lambda: badge_cells(page, ids) == {"PDF"}, timeout=5000)

    # Second run on everyone: nobody's badge was printed -> no reprint question.
    dialog = page.open_batch()
    asked = []
    dialog.ask_reprint = lambda already, total: asked.append((already, total)) or REPRINT_ABORT
    dialog.all_radio.setChecked(True)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("4xa6"))
    everyone = [r for r in page.model.all_rows() if not r["cancelled"]]
    with qtbot.waitSignal(dialog.rendered, timeout=60_000) as blocker:
        assert dialog.start(str(tmp_path / "tous.pdf"))
    assert asked == [] and blocker.args[1] == len(everyone)
    assert print_count(demo_db) == 0


def test_cancelled_people_get_no_badge_and_cancel_writes_nothing(
    qtbot, demo_db, tmp_path, make_ctx
):
    ctx = make_ctx(demo_db)
    page = open_page(qtbot, ctx)
    dialog = page.open_batch()
    total = sum(1 for r in page.model.all_rows() if not r["cancelled"])
    assert dialog.all_radio.isChecked() and str(total) in dialog.all_radio.text()
    out = tmp_path / "annule.pdf"
    dialog.start(str(out))
    # Cancel once the rendering has begun, as a user would.
    with qtbot.waitSignal(dialog.task.signals.progressed, timeout=20_000):
        pass
    dialog.task.cancel()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert not out.exists()
    assert "annulée" in dialog.result_label.text()
    assert print_count(demo_db) == 0


def test_the_sheets_print_at_their_true_size(qtbot, demo_db, tmp_path, make_ctx, monkeypatch):
    """« Imprimer… » once the PDF is made: the print dialog, then every sheet printed from the
    PDF on the sheets' paper (A4 for 4×A6), the whole page, one printed page per PDF page."""
    from PySide6.QtWidgets import QDialog

    from itday.services.pdf.raster import page_count
    from itday.ui.visitors import batch as batch_module

    ctx = make_ctx(demo_db)
    page = open_page(qtbot, ctx)
    page.category_filter.setCurrentIndex(page.category_filter.findData(Category.PRESS.value))
    dialog = page.open_batch()
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("4xa6"))
    assert not dialog.print_button.isVisible()  # nothing to print before the PDF exists
    out = tmp_path / "presse.pdf"
    with qtbot.waitSignal(dialog.rendered, timeout=20_000):
        dialog.start(str(out))
    assert dialog.print_button.isVisible()
    paper = tmp_path / "paper.pdf"
    seen = []

    class Accepting:  # the system's print dialog, answered « Print to file »
        def __init__(self, printer, parent):
            self.printer = printer

        def exec(self):
            seen.append(self.printer.pageLayout().fullRectPoints().size().toTuple())
            self.printer.setOutputFormat(batch_module.QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(paper))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(batch_module, "QPrintDialog", Accepting)
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as blocker:
        dialog.print_button.click()
    pages = page_count(out)
    assert blocker.args == [pages] and page_count(paper) == pages
    assert seen == [(595, 842)]  # A4 portrait, in points
    assert "envoyée(s) à l'imprimante" in dialog.result_label.text()
    dialog.close()
    # The sheets printed: now the press badges are printed (✔), and a new run asks first.
    press = {r["id"] for r in page.model.visible_rows() if not r["cancelled"]}
    assert print_count(demo_db) == len(press) and pdf_count(demo_db) == len(press)
    qtbot.waitUntil(lambda: badge_cells(page, press) == {"✔"}, timeout=5000)
    dialog = page.open_batch()
    asked = []
    dialog.ask_reprint = lambda already, total: asked.append((already, total)) or REPRINT_ABORT
    assert not dialog.start(str(tmp_path / "x.pdf"))
    assert asked == [(len(press), len(press))]
    dialog.all_radio.setChecked(True)
    dialog.ask_reprint = lambda already, total: asked.append((already, total)) or REPRINT_SKIP
    everyone = [r for r in page.model.all_rows() if not r["cancelled"]]
    with qtbot.waitSignal(dialog.rendered, timeout=60_000) as blocker:
        assert dialog.start(str(tmp_path / "tous.pdf"))
    assert asked[-1] == (len(press), len(everyone))
    assert blocker.args[1] == len(everyone) - len(press)
    dialog.close()
