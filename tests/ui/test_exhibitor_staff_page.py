"""Staff of an exhibitor in the form: remove (delete or cancel), undo and redo, roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from itday.db import exhibitors as ex_repo
from itday.db import repo
from itday.db.models import Attendee
from itday.services.checkin import record_scan


@pytest.fixture
def exhibitor(demo_ctx) -> dict:
    with demo_ctx.db.session() as s:
        return next(
            r
            for r in repo.list_exhibitors(demo_ctx.event_id, session=s)
            if r["booths"] and r["staff"] >= 2
        )


@pytest.fixture
def panel(qtbot, exhibitors_page, exhibitor):
    exhibitors_page.select_id(exhibitor["id"])
    exhibitors_page.edit_current()
    dialog = exhibitors_page.dialog
    assert dialog is not None and dialog.staff is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts act in the active window
    return dialog.staff


def person(db, attendee_id) -> dict | None:
    with db.session() as s:
        row = s.get(Attendee, attendee_id)
        return row.model_dump() if row else None


def table_names(panel) -> list[str]:
    return [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]


def add(qtbot, panel, first: str, last: str) -> int:
    panel.first_edit.setText(first)  # (QTest types ASCII only)
    panel.last_edit.setText(last)
    with qtbot.waitSignal(panel.staff_added) as blocker:
        qtbot.keyClick(panel.last_edit, Qt.Key.Key_Return)
    return blocker.args[0]


def test_add_then_undo_then_redo_keeps_the_code(qtbot, exhibitors_page, demo_ctx, panel, exhibitor):
    new_id = add(qtbot, panel, "Søren", "Kierkegaard")
    added = person(demo_ctx.db, new_id)
    assert added["exhibitor_id"] == exhibitor["id"]
    assert "KIERKEGAARD Søren" in table_names(panel)
    assert (
        exhibitors_page.dialog is not None and exhibitors_page.dialog.isVisible()
    )  # Enter did not close it
    assert panel.undo_button.isEnabled() and exhibitors_page.undo_stack.count() == 1
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert person(demo_ctx.db, new_id) is None
    assert "KIERKEGAARD Søren" not in table_names(panel)
    assert panel.table.rowCount() == exhibitor["staff"]
    panel.redo_action.trigger()
    again = person(demo_ctx.db, new_id)
    assert again is not None and again["code"] == added["code"]
    assert again["exhibitor_id"] == exhibitor["id"]
    assert "KIERKEGAARD Søren" in table_names(panel)
    qtbot.waitUntil(
        lambda: (
            exhibitors_page.model.row_at(exhibitors_page.model.row_of(exhibitor["id"]))["staff"]
            == exhibitor["staff"] + 1
        )
    )


def test_remove_asks_with_the_name_then_undo_restores(
    qtbot, exhibitors_page, demo_ctx, panel, exhibitor, monkeypatch
):
    demo_ctx.set_organiser(True)
    new_id = add(qtbot, panel, "Zoé", "Aubert")
    before = person(demo_ctx.db, new_id)
    asked = []
    monkeypatch.setattr(panel, "confirm", lambda title, text: asked.append(text) or True)
    assert panel.select_person(new_id) and panel.remove_button.isEnabled()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert asked and "AUBERT Zoé" in asked[0] and "supprimée" in asked[0]
    assert person(demo_ctx.db, new_id) is None
    assert "AUBERT Zoé" not in table_names(panel)
    panel.undo_button.click()
    assert person(demo_ctx.db, new_id) == before  # same id, code, link, category
    assert "AUBERT Zoé" in table_names(panel)
    panel.redo_action.trigger()
    assert person(demo_ctx.db, new_id) is None


def test_remove_refused_keeps_everyone(demo_ctx, panel, exhibitor, monkeypatch):
    demo_ctx.set_organiser(True)
    monkeypatch.setattr(panel, "confirm", lambda title, text: False)
    panel.table.selectRow(0)
    assert panel.remove_current() is False
    assert panel.table.rowCount() == exhibitor["staff"] and panel.undo_stack.count() == 0


def test_scanned_member_is_cancelled_not_deleted(demo_ctx, panel, exhibitor, monkeypatch):
    demo_ctx.set_organiser(True)
    target = panel.people[0]
    with demo_ctx.db.session() as s:
        code = s.get(Attendee, target["id"]).code
        record_scan(s, demo_ctx.event_id, code, "Entrée test")
    asked = []
    monkeypatch.setattr(panel, "confirm", lambda title, text: asked.append(text) or True)
    panel.select_person(target["id"])
    assert panel.remove_current() is True
    assert "historique" in asked[0] and exhibitor["name"] in asked[0]
    removed = person(demo_ctx.db, target["id"])
    assert removed["cancelled"] is True and removed["exhibitor_id"] is None
    assert panel.table.rowCount() == exhibitor["staff"] - 1
    assert "annulée" in panel.message.text()
    panel.undo_action.trigger()
    back = person(demo_ctx.db, target["id"])
    assert back["cancelled"] is target["cancelled"] and back["exhibitor_id"] == exhibitor["id"]
    assert back["code"] == code and panel.table.rowCount() == exhibitor["staff"]


def test_undo_of_an_add_is_refused_once_the_badge_was_scanned(
    qtbot, exhibitors_page, demo_ctx, panel
):
    new_id = add(qtbot, panel, "Ilse", "Van Dam")
    with demo_ctx.db.session() as s:
        record_scan(s, demo_ctx.event_id, s.get(Attendee, new_id).code, "Entrée test")
    messages = []
    demo_ctx.bridge.message_posted.connect(lambda level, text: messages.append((level, text)))
    panel.undo_action.trigger()
    assert person(demo_ctx.db, new_id) is not None  # still there, still on the staff
    assert any(level == "warning" and "Ilse Van Dam" in text for level, text in messages)
    assert exhibitors_page.undo_stack.count() == 0 and not panel.undo_button.isEnabled()


def test_reception_mode_cannot_remove(demo_ctx, panel, exhibitor, monkeypatch):
    assert not demo_ctx.organiser
    monkeypatch.setattr(panel, "confirm", lambda *a: True)
    panel.table.selectRow(0)
    assert not panel.remove_button.isEnabled() and not panel.remove_action.isEnabled()
    assert panel.remove_current() is False
    assert panel.table.rowCount() == exhibitor["staff"]
    demo_ctx.set_organiser(True)
    assert panel.remove_button.isEnabled()
    demo_ctx.set_organiser(False)
    assert not panel.remove_button.isEnabled()


def test_page_undo_after_the_dialog_closed(qtbot, exhibitors_page, demo_ctx, panel, exhibitor):
    new_id = add(qtbot, panel, "Olga", "Ørsted")
    dialog = exhibitors_page.dialog
    dialog.reject()
    qtbot.waitUntil(lambda: exhibitors_page.dialog is None)
    # the button says what it will undo (whichever exhibitor is selected), then what it undid
    assert "Ørsted" in exhibitors_page.undo_button.text()
    assert exhibitors_page.undo_button.text().startswith("↶ Annuler : ")
    said = []
    demo_ctx.bridge.message_posted.connect(lambda _level, text: said.append(text))
    exhibitors_page.undo_button.click()
    assert any(t.startswith("Annulé : ") and "Ørsted" in t for t in said), said
    assert person(demo_ctx.db, new_id) is None
    with demo_ctx.db.session() as s:
        assert len(ex_repo.list_staff(exhibitor["id"], session=s)) == exhibitor["staff"]
    exhibitors_page.redo_action.trigger()
    assert person(demo_ctx.db, new_id) is not None
