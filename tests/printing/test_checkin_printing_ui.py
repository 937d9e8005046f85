"""The Accueil page printing badges on arrival through the private CUPS queue: the status
line under the result, the list of badges left to print, Retry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from sqlmodel import select

from itday.core.debounce import Debouncer
from itday.db import repo
from itday.db.models import Attendee, PrintJob
from itday.services.camera import ImageSequenceSource
from itday.ui.context import AppContext
from itday.ui.pages.checkin import CheckinPage
from tests.printing.conftest import PRINTER

TIMEOUT = 20_000


@pytest.fixture
def ctx(demo_db, tmp_path, cups):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sound/enabled", False)
    settings.setValue("badge/print_on_arrival", True)
    settings.setValue("badge/printer", PRINTER)
    settings.setValue("badge/layout", "label54x90")
    return AppContext(demo_db, event_id, settings=settings, station="Accueil 1")


@pytest.fixture
def page(qtbot, ctx):
    page = CheckinPage(
        ctx,
        source_factory=lambda _index: ImageSequenceSource([], name="aucune"),
        debouncer=Debouncer(3.0),
    )
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    yield page
    page.shutdown()
    ctx.tasks.wait_all(5000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def waiting(db, event_id, n=2):
    with db.session() as s:
        rows = repo.attendee_rows(event_id, session=s)
    return [r for r in rows if r["checked_in_at"] is None and not r["cancelled"]][:n]


def job_of(db, attendee_id):
    with db.session() as s:
        return s.exec(select(PrintJob).where(PrintJob.attendee_id == attendee_id)).one()


def test_scan_prints_the_badge_and_says_so(qtbot, page, ctx, cups):
    [person] = waiting(ctx.db, ctx.event_id, 1)
    line = page.print_status
    page.submit_code(person["code"])
    qtbot.waitUntil(lambda: line.isVisible() and "impression" in line.text.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "imprimé" in line.text.text(), timeout=TIMEOUT)
    assert line.glyph.text() == "✔" and not line.retry_button.isVisible()
    assert "ENTRÉE VALIDÉE" in page.panel.texts()
    job = job_of(ctx.db, person["id"])
    assert job.state == "printed" and cups.printed(job.job_id) is not None
    # a re-entry prints nothing and the line goes (it was about the previous scan)
    with qtbot.waitSignal(page.result_shown, timeout=TIMEOUT):
        page.submit_code(person["code"])
    assert not line.isVisible()
    assert len(list(cups.output.glob("*.pdf"))) == 1


def test_paused_printer_shows_the_problem_lists_the_badge_and_retries(qtbot, page, ctx, cups):
    a, b = waiting(ctx.db, ctx.event_id, 2)
    cups.disable(PRINTER)
    line, queue = page.print_status, page.print_queue
    page.submit_code(a["code"])
    qtbot.waitUntil(lambda: "pause" in line.text.text(), timeout=TIMEOUT)
    assert line.retry_button.isVisible() and line.glyph.text() == "⚠"
    with ctx.db.session() as s:  # the entry is committed whatever the printer does
        assert s.get(Attendee, a["id"]).checked_in_at is not None
    qtbot.waitUntil(queue.isVisible, timeout=TIMEOUT)
    assert "(1)" in queue.title.text() and a["last_name"] in queue.list.item(0).text()
    # a second visitor while the printer is still paused: two badges waiting
    page.submit_code(b["code"])
    qtbot.waitUntil(lambda: queue.list.count() == 2, timeout=TIMEOUT)
    assert "(2)" in queue.title.text()
    # the printer is back: « Tout réessayer » sends both again (their old jobs cancelled)
    old = {job_of(ctx.db, p["id"]).job_id for p in (a, b)}
    cups.enable(PRINTER)
    queue.retry_all_button.click()
    qtbot.waitUntil(lambda: not queue.isVisible(), timeout=TIMEOUT)
    for person in (a, b):
        job = job_of(ctx.db, person["id"])
        assert job.state == "printed" and job.job_id not in old
        assert cups.printed(job.job_id) is not None
    assert len(list(cups.output.glob("*.pdf"))) == 2  # each badge once


def test_failed_badge_can_be_taken_off_the_list(qtbot, page, ctx, cups):
    [a] = waiting(ctx.db, ctx.event_id, 1)
    cups.reject(PRINTER)
    page.submit_code(a["code"])
    line, queue = page.print_status, page.print_queue
    qtbot.waitUntil(lambda: "refuse" in line.text.text(), timeout=TIMEOUT)
    assert line.glyph.text() == "✖"
    qtbot.waitUntil(queue.isVisible, timeout=TIMEOUT)
    queue.list.item(0).setSelected(True)
    queue.remove_button.click()
    qtbot.waitUntil(lambda: not queue.isVisible(), timeout=TIMEOUT)
    assert job_of(ctx.db, a["id"]).state == "cancelled"


def test_arrival_printing_off_prints_nothing(qtbot, page, ctx, cups):
    ctx.settings.setValue("badge/print_on_arrival", False)
    ctx.reload_settings()
    [a] = waiting(ctx.db, ctx.event_id, 1)
    with qtbot.waitSignal(page.result_shown, timeout=TIMEOUT):
        page.submit_code(a["code"])
    assert not page.print_status.isVisible()
    with ctx.db.session() as s:
        assert s.exec(select(PrintJob)).all() == []


@pytest.fixture
def english(qapp):
    from itday.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, "en") == "en"
    yield
    remove_translators(qapp)


def test_printer_problem_and_list_in_english(qtbot, english, ctx, cups):
    from tests.ui.test_translations import french_words

    page = CheckinPage(ctx, source_factory=lambda _i: ImageSequenceSource([], name="none"))
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    try:
        [a] = waiting(ctx.db, ctx.event_id, 1)
        cups.disable(PRINTER)
        page.submit_code(a["code"])
        line, queue = page.print_status, page.print_queue
        qtbot.waitUntil(lambda: "paused" in line.text.text(), timeout=TIMEOUT)
        qtbot.waitUntil(queue.isVisible, timeout=TIMEOUT)
        name = f"{a['first_name']} {a['last_name']}"
        texts = [line.text.text(), line.retry_button.text(), queue.title.text()]
        texts += [queue.list.item(0).text(), queue.list.item(0).toolTip()]
        texts += [
            b.text() for b in (queue.retry_button, queue.retry_all_button, queue.remove_button)
        ]
        assert [t for t in texts if french_words(t, [name, PRINTER])] == []
        assert queue.title.text() == "Badges to print (1)"
    finally:
        page.shutdown()
        ctx.tasks.wait_all(5000)
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_visitors_badge_without_entry_goes_to_the_label_printer(qtbot, ctx, cups, tmp_path):
    """Badge pick-up the day before: « Imprimer le badge » prints on the station's printer
    through CUPS (not a PDF file) and records no entry."""
    from itday.ui.badge_printing import BadgePrinter

    [a] = waiting(ctx.db, ctx.event_id, 1)
    printer = BadgePrinter(ctx, None)
    printer.pdf_target = lambda: None  # as on a real desk: no PDF file, the printer
    with qtbot.waitSignal(printer.printed, timeout=TIMEOUT) as done:
        printer.print_one(a["id"])
    assert done.args == [a["id"]]
    job = job_of(ctx.db, a["id"])
    assert (job.state, job.reason, job.printer) == ("printed", "pickup", PRINTER)
    assert cups.printed(job.job_id) is not None
    with ctx.db.session() as s:
        assert s.get(Attendee, a["id"]).checked_in_at is None
    # a second print is a reprint: asked first, then sent as such
    questions = []
    printer.confirm_reprint = lambda name, prints: questions.append(prints) or True
    with qtbot.waitSignal(printer.printed, timeout=TIMEOUT):
        printer.print_one(a["id"])
    assert questions == [1]
    with ctx.db.session() as s:
        reasons = [j.reason for j in s.exec(select(PrintJob).order_by(PrintJob.id)).all()]
    assert reasons == ["pickup", "reprint"]
    printer.station_printing().close()
    ctx.tasks.wait_all(5000)
