"""One badge on demand: PDF target under tests, print log, reprint asks first, preview."""

from __future__ import annotations

import zxingcpp
from PIL import Image
from sqlmodel import select

from itday.db import repo
from itday.db.models import PrintLog
from itday.services.pdf.raster import render_pages
from itday.ui.badge_printing import BadgePrinter
from tests.ui.visitors_helpers import make_ctx_fixture  # noqa: F401 (fixture make_ctx)


def first_attendee(db, ctx) -> dict:
    with db.session() as s:
        return next(r for r in repo.attendee_rows(ctx.event_id, session=s) if not r["cancelled"])


def logs_of(db, attendee_id: int) -> list[PrintLog]:
    with db.session() as s:
        return list(s.exec(select(PrintLog).where(PrintLog.attendee_id == attendee_id)))


def test_print_one_writes_the_pdf_logs_and_announces(qtbot, demo_db, tmp_path, make_ctx):
    ctx = make_ctx(demo_db)
    person = first_attendee(demo_db, ctx)
    printer = BadgePrinter(ctx, None)
    changed = []
    ctx.bridge.data_changed.connect(changed.append)
    with qtbot.waitSignal(printer.printed, timeout=10_000) as blocker:
        printer.print_one(person["id"])
    assert blocker.args == [person["id"]]
    out = tmp_path / "printed" / f"badge-{person['id']}.pdf"
    assert printer.last_output == str(out)
    [log] = logs_of(demo_db, person["id"])
    assert (log.station, log.layout, log.printer) == ("Test", "a6", str(out))
    assert "attendees" in changed
    # The badge printed is this person's: its QR code carries their code.
    [image] = render_pages(out, dpi=150)
    png = tmp_path / "page.png"
    image.save(str(png))
    codes = [r.text for r in zxingcpp.read_barcodes(Image.open(png).convert("L"))]
    assert codes == [person["code"]]


def test_reprint_asks_first_and_respects_no(qtbot, demo_db, tmp_path, make_ctx):
    ctx = make_ctx(demo_db)
    ctx.settings.setValue("badge/layout", "label54x90")
    person = first_attendee(demo_db, ctx)
    printer = BadgePrinter(ctx, None)
    questions = []
    printer.confirm_reprint = lambda name, prints: questions.append((name, prints)) or False
    with qtbot.waitSignal(printer.printed, timeout=10_000):
        printer.print_one(person["id"])
    assert questions == []  # first print: no question
    with qtbot.assertNotEmitted(printer.printed, wait=300):
        printer.print_one(person["id"])
    name = f"{person['first_name']} {person['last_name']}".strip()
    assert questions == [(name, 1)]
    assert len(logs_of(demo_db, person["id"])) == 1
    printer.confirm_reprint = lambda name, prints: questions.append((name, prints)) or True
    with qtbot.waitSignal(printer.printed, timeout=10_000):
        printer.print_one(person["id"])
    assert questions[-1] == (name, 1)
    logs = logs_of(demo_db, person["id"])
    assert [log.layout for log in logs] == ["label54x90", "label54x90"]
    # The walk-in flow prints without asking.
    with qtbot.waitSignal(printer.printed, timeout=10_000):
        printer.print_one(person["id"], confirm_reprint=False)
    assert len(questions) == 2


def test_cancelled_registration_gets_no_badge(qtbot, demo_db, make_ctx):
    from itday.db import attendees

    ctx = make_ctx(demo_db)
    person = first_attendee(demo_db, ctx)
    with demo_db.session() as s:
        attendees.set_cancelled([person["id"]], True, session=s)
    printer = BadgePrinter(ctx, None)
    with qtbot.waitSignal(printer.failed) as blocker:
        printer.print_one(person["id"])
    assert "annulée" in blocker.args[0]
    assert logs_of(demo_db, person["id"]) == []


def test_preview_paints_the_badge_pages(qtbot, demo_db, make_ctx):
    ctx = make_ctx(demo_db)
    person = first_attendee(demo_db, ctx)
    printer = BadgePrinter(ctx, None)
    printer.preview_one(person["id"])
    qtbot.waitUntil(lambda: getattr(printer, "preview_dialog", None) is not None, timeout=10_000)
    dialog = printer.preview_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert logs_of(demo_db, person["id"]) == []  # a preview is not a print


def test_a_badge_prints_at_its_true_size_even_on_a4_paper(qtbot, demo_db, tmp_path, make_ctx):
    """The printer gets the badge's paper (A6); if the clerk picks A4 in the dialog, the badge
    is printed at its size in the top-left corner, not blown up to the sheet."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from itday.ui.badge_printing import PRINT_DPI

    ctx = make_ctx(demo_db)
    person = first_attendee(demo_db, ctx)
    badge = tmp_path / "badge.pdf"
    from itday.services.badges import render_badge_pdf

    render_badge_pdf(demo_db, ctx.event_id, badge, layout="a6", ids=[person["id"]], log=False)
    images = render_pages(badge, PRINT_DPI)
    printer = BadgePrinter(ctx, None)
    for paper in ("as-set", "a4"):
        out = tmp_path / f"paper-{paper}.pdf"
        seen = {}

        def ask(p, paper=paper, out=out, seen=seen):
            seen["size"] = p.pageLayout().pageSize().id()
            p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            p.setOutputFileName(str(out))
            if paper == "a4":
                p.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            return True

        printer._ask_printer = ask
        assert printer._print_on_system_printer(images) == str(out)
        assert seen["size"] == QPageSize.PageSizeId.A6  # what the dialog was offered
        [page] = render_pages(out, 50)
        ink = [(x, y) for y in range(0, page.height(), 2) for x in range(0, page.width(), 2)
               if page.pixelColor(x, y).lightness() < 200]  # fmt: skip
        box = (max(x for x, _ in ink), max(y for _, y in ink))
        w_mm, h_mm = page.width() / 50 * 25.4, page.height() / 50 * 25.4
        if paper == "as-set":
            assert abs(w_mm - 105) < 2 and abs(h_mm - 148) < 2
        else:
            assert abs(w_mm - 210) < 2 and abs(h_mm - 297) < 2
            # ink only in the top-left A6 (105 × 148 mm, after the printer margins)
            assert box[0] / 50 * 25.4 <= 112 and box[1] / 50 * 25.4 <= 155  # + margins
            assert box[0] / 50 * 25.4 > 90  # and it is the badge, not a shrunk one
