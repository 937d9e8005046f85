"""Consent at the desk: unticked by default in the walk-in and edit forms, stored with its
time and source, withdrawn in one click from the Visiteurs page or the Accueil search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from sqlmodel import select

from itday.core.debounce import Debouncer
from itday.db.models import Attendee
from itday.services.camera import ImageSequenceSource
from itday.ui.pages.checkin import CheckinPage
from itday.ui.pages.visitors import VisitorsPage
from itday.ui.walkin import WalkInDialog
from tests.ui.visitors_helpers import make_ctx_fixture  # noqa: F401 (fixture make_ctx)

TIMEOUT = 20_000


def _consent(db, attendee_id):
    with db.session() as s:
        a = s.get(Attendee, attendee_id)
        return a.consent, a.consent_source, a.consent_at


def _give(db, attendee_id):
    from itday.db import attendees as attendee_repo

    with db.session() as s:
        attendee_repo.set_consent([attendee_id], True, "import", session=s)


@pytest.mark.parametrize("tick", [False, True])
def test_walk_in_box_is_unticked_and_stored_as_answered(qtbot, demo_db, make_ctx, tick):
    ctx = make_ctx(demo_db)
    dialog = WalkInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.consent.isChecked()  # unticked by default
    dialog.first_name.setText("Chloé")
    dialog.last_name.setText("Martin")
    if tick:
        qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.registered, timeout=TIMEOUT) as registered:
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    consent, source, at = _consent(demo_db, registered.args[0])
    assert (consent, source) == (tick, "walk_in") and at is not None
    ctx.tasks.pool.waitForDone(TIMEOUT)


def _visitors(qtbot, ctx) -> VisitorsPage:
    page = VisitorsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    return page


def test_edit_form_ticks_saves_and_undoes_consent(qtbot, demo_db, make_ctx):
    ctx = make_ctx(demo_db)
    page = _visitors(qtbot, ctx)
    person = next(r for r in page.model.all_rows() if r["consent"] is not True)
    before = _consent(demo_db, person["id"])
    page.select_id(person["id"])
    assert not page.form.consent.isChecked()
    assert not page.form.withdraw_button.isVisible()
    page.form.consent.setChecked(True)
    assert page.form.save_button.isEnabled()
    with qtbot.waitSignal(page.rows_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    consent, source, _at = _consent(demo_db, person["id"])
    assert (consent, source) == (True, "desk")
    assert page.form.consent.isChecked() and page.form.withdraw_button.isVisible()
    assert "Accord donné le" in page.form.consent_state.text()
    with qtbot.waitSignal(page.rows_loaded, timeout=TIMEOUT):
        page.undo_stack.undo()
    assert _consent(demo_db, person["id"]) == before


def test_withdraw_from_the_visitors_page_in_one_click(qtbot, demo_db, make_ctx):
    ctx = make_ctx(demo_db)
    page = _visitors(qtbot, ctx)
    person = page.model.all_rows()[3]
    _give(demo_db, person["id"])
    with qtbot.waitSignal(page.rows_loaded, timeout=TIMEOUT):
        page.reload()
    page.select_id(person["id"])
    assert page.form.consent.isChecked() and page.form.withdraw_button.isVisible()
    with qtbot.waitSignal(page.rows_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(page.form.withdraw_button, Qt.MouseButton.LeftButton)
    assert _consent(demo_db, person["id"])[:2] == (False, "desk")
    assert not page.form.consent.isChecked()
    assert "Refusé ou retiré le" in page.form.consent_state.text()


@pytest.fixture
def checkin(qtbot, make_ctx, demo_db):
    ctx = make_ctx(demo_db)
    page = CheckinPage(
        ctx,
        source_factory=lambda _index: ImageSequenceSource([], name="aucune"),
        debouncer=Debouncer(3.0),
    )
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    yield page
    page.shutdown()
    ctx.tasks.wait_all(5000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_withdraw_from_the_accueil_search(qtbot, checkin, demo_db):
    page = checkin
    with demo_db.session() as s:
        people = s.exec(select(Attendee).where(Attendee.last_name != "").limit(40)).all()
        person = next(p for p in people if len(p.last_name) > 3)
        pid, last = person.id, person.last_name
    _give(demo_db, pid)
    assert not page.consent_button.isEnabled()  # nobody on screen yet
    page.search.field.setText(last)
    qtbot.waitUntil(lambda: any(r["id"] == pid for r in page.search.rows), timeout=TIMEOUT)
    page.search.list.setCurrentRow(
        next(i for i, r in enumerate(page.search.rows) if r["id"] == pid)
    )
    page.search._chose()
    assert page.focus_person["id"] == pid and page.consent_button.isEnabled()
    qtbot.mouseClick(page.consent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _consent(demo_db, pid)[0] is False, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not page.consent_button.isEnabled(), timeout=TIMEOUT)
    assert _consent(demo_db, pid)[1] == "desk"
