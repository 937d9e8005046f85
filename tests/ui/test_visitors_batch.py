"""Batch badge printing from the Visiteurs page: scope, layout, reprint question, PDF."""

from __future__ import annotations

from sqlmodel import func, select

from itday.core.enums import Category
from itday.core.text import fold
from itday.db.models import PrintLog
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
    with db.session() as s:
        return s.exec(select(func.count()).select_from(PrintLog)).one()


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
    assert print_count(demo_db) == len(press)
    assert ctx.settings.value("badge/batch_layout") == "8xa7"
    assert "badges enregistrés" in dialog.result_label.text()
    dialog.close()

    # Second run on everyone: the press badges are already printed -> asked first.
    qtbot.waitUntil(lambda: page.model.visible_rows()[0]["prints"] > 0, timeout=5000)
    dialog = page.open_batch()
    asked = []
    dialog.ask_reprint = lambda already, total: asked.append((already, total)) or REPRINT_ABORT
    assert not dialog.start(str(tmp_path / "x.pdf"))
    assert asked == [(len(press), len(press))]
    dialog.all_radio.setChecked(True)
    dialog.ask_reprint = lambda already, total: asked.append((already, total)) or REPRINT_SKIP
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("4xa6"))
    everyone = [r for r in page.model.all_rows() if not r["cancelled"]]
    with qtbot.waitSignal(dialog.rendered, timeout=60_000) as blocker:
        assert dialog.start(str(tmp_path / "tous.pdf"))
    assert asked[-1] == (len(press), len(everyone))
    assert blocker.args[1] == len(everyone) - len(press)
    assert print_count(demo_db) == len(everyone)


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
