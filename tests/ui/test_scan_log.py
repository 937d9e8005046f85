"""Issue 17.7: the scan log: every scan with time, code, person, result, reason and station;
filters; an organiser undoes an admission from it."""

from __future__ import annotations

from sqlmodel import func, select

from itday.db import repo
from itday.db.models import Scan
from itday.services.checkin import record_scan
from itday.ui.checkin.scan_log import ScanLogDialog


def _open(qtbot, ctx) -> ScanLogDialog:
    dialog = ScanLogDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() > 0, timeout=10_000)
    return dialog


def test_log_lists_filters_and_undoes(qtbot, demo_ctx):
    db, event_id = demo_ctx.db, demo_ctx.event_id
    with db.session() as s:
        person = next(
            a for a in repo.search_attendees(event_id, session=s)
            if a.checked_in_at is None and not a.cancelled
        )  # fmt: skip
        record_scan(s, event_id, person.code, "Accueil 7")
        record_scan(s, event_id, "https://example.org/promo", "Accueil 7")
        total = s.exec(
            select(func.count()).select_from(Scan).where(Scan.event_id == event_id)
        ).one()
    dialog = _open(qtbot, demo_ctx)
    assert dialog.model.rowCount() == total
    first = [dialog.model.item(0, c).text() for c in range(6)]  # newest first: the foreign code
    assert first[1] == "https://example.org/promo" and first[3] == "refusé"
    assert "pas un badge itday" in first[4] and first[5] == "Accueil 7"

    dialog.filter_edit.setText(person.last_name.upper())  # any case, any accent
    assert 1 <= dialog.proxy.rowCount() < total
    dialog.result_combo.setCurrentIndex(dialog.result_combo.findData("admitted"))
    dialog.filter_edit.setText(person.code)
    assert dialog.proxy.rowCount() == 1
    dialog.table.selectRow(0)
    assert not dialog.undo_button.isEnabled()  # reception mode: no undo
    demo_ctx.set_organiser(True)
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    qtbot.waitUntil(
        lambda: not dialog.loading and "(annulé)" in (dialog.model.item(1, 3).text() or ""),
        timeout=10_000,
    )
    with db.session() as s:
        assert repo.attendee_by_code(person.code, session=s).checked_in_at is None


def test_page_opens_the_log_with_ctrl_j(qtbot, demo_ctx):
    from itday.services.camera import ImageSequenceSource
    from itday.ui.pages.checkin import CheckinPage

    page = CheckinPage(demo_ctx, source_factory=lambda _i: ImageSequenceSource([], name="x"))
    qtbot.addWidget(page)
    try:
        dialog = page.open_scan_log(exec_dialog=False)
        qtbot.addWidget(dialog)
        assert isinstance(dialog, ScanLogDialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    finally:
        page.shutdown()


def test_the_journal_button_shows_the_log(qtbot, demo_ctx):
    """A click on « Journal » shows the log (``clicked`` passes checked=False: it must not
    reach ``open_scan_log(exec_dialog=…)`` and build the dialog without showing it)."""
    from PySide6.QtCore import Qt

    from itday.services.camera import ImageSequenceSource
    from itday.ui.pages.checkin import CheckinPage

    page = CheckinPage(demo_ctx, source_factory=lambda _i: ImageSequenceSource([], name="x"))
    qtbot.addWidget(page)
    page.show()
    try:
        qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
        shown = [d for d in page.findChildren(ScanLogDialog) if d.isVisible()]
        assert len(shown) == 1
        qtbot.waitUntil(lambda: not shown[0].loading, timeout=10_000)
        shown[0].close()
    finally:
        page.shutdown()
