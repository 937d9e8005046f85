"""The Exposants page: models, filter, sorting, edit, add, delete then undo, roles, import."""

from __future__ import annotations

import importlib.machinery
import sys
import types

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from itday.core.plan import natural_key
from itday.db import exhibitors as ex_repo
from itday.db import repo
from itday.db.models import Attendee, Booth, Exhibitor
from itday.ui.exhibitors.model import ID_ROLE
from itday.ui.pages import exhibitors as page_module


@pytest.fixture
def ctx(demo_ctx):
    return demo_ctx


@pytest.fixture
def page(exhibitors_page):
    return exhibitors_page


def visible_names(page) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def exhibitor_with_staff(db, event_id) -> dict:
    with db.session() as s:
        return next(
            r for r in repo.list_exhibitors(event_id, session=s) if r["booths"] and r["staff"] >= 2
        )


def snapshot(db, ex_id) -> dict:
    with db.session() as s:
        ex = s.get(Exhibitor, ex_id)
        return {
            "row": ex.model_dump() if ex else None,
            "booths": sorted(
                s.exec(select(Booth.id, Booth.status).where(Booth.exhibitor_id == ex_id)).all()
            ),
            "staff": sorted(
                s.exec(select(Attendee.id).where(Attendee.exhibitor_id == ex_id)).all()
            ),
        }


def test_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.missing_model)
    assert page.model.rowCount() == 95
    assert page.proxy.headerData(0, Qt.Orientation.Horizontal) == "Exposant"


def test_type_ahead_filter_ignores_accents_and_case(qtbot, page):
    qtbot.keyClicks(page.filter_edit, "ECOTECH")
    assert visible_names(page) == ["ÉcoTech"]
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "cyber secu")  # every word, in any column
    names = visible_names(page)
    assert names and all(
        page.model.row_at(page.model.row_of(page.proxy.index(r, 0).data(ID_ROLE)))["sector"]
        == "Cybersécurité"
        for r in range(len(names))
    )
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "a08")  # a booth code
    assert visible_names(page) == ["CumulusHost Occitanie"]
    assert "1 affichés" in page.summary_label.text()
    page.filter_edit.clear()
    assert page.proxy.rowCount() == 95


def test_sorting_booths_in_natural_order(page):
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    firsts = [
        page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row())["booths"]
        for r in range(page.proxy.rowCount())
    ]
    codes = [b[0] for b in firsts if b]
    assert codes == sorted(codes, key=natural_key)
    assert all(not b for b in firsts[len(codes) :])  # without a booth: last
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert visible_names(page)[:2] == [
        "Académie du Numérique de Labège",
        "Académie Informatique Toulouse",
    ]


def test_edit_with_enter_then_undo(qtbot, page, ctx):
    row = exhibitor_with_staff(ctx.db, ctx.event_id)
    assert page.select_id(row["id"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.exhibitor_id == row["id"]
    assert dialog.name_edit.text() == row["name"]
    assert dialog.staff is not None and dialog.staff.table.rowCount() == row["staff"]
    dialog.phone_edit.setText("05 34 00 00 00")
    dialog.sector_combo.setCurrentText("Cloud et infrastructures")
    dialog.accept()
    with ctx.db.session() as s:
        saved = ex_repo.get_exhibitor(row["id"], session=s)
    assert saved["contact_phone"] == "05 34 00 00 00"
    assert saved["sector"] == "Cloud et infrastructures"
    shown = page.model.row_at(page.model.row_of(row["id"]))
    assert shown["contact_phone"] == "05 34 00 00 00"
    page.undo_action.trigger()
    with ctx.db.session() as s:
        back = ex_repo.get_exhibitor(row["id"], session=s)
    assert back["contact_phone"] == row["contact_phone"] and back["sector"] == row["sector"]


def test_empty_name_is_refused_by_the_form(page, ctx):
    page.select_id(exhibitor_with_staff(ctx.db, ctx.event_id)["id"])
    page.edit_current()
    page.dialog.name_edit.clear()
    page.dialog.accept()
    assert page.dialog.isVisible() and "obligatoire" in page.dialog.error_label.text()
    assert page.undo_stack.count() == 0


def test_delete_then_undo_restores_booths_and_staff(qtbot, page, ctx, monkeypatch):
    ctx.set_organiser(True)
    row = exhibitor_with_staff(ctx.db, ctx.event_id)
    before = snapshot(ctx.db, row["id"])
    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or True)
    page.select_id(row["id"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and row["name"] in asked[0] and ", ".join(row["booths"]) in asked[0]
    assert snapshot(ctx.db, row["id"])["row"] is None
    assert page.model.row_of(row["id"]) == -1 and page.model.rowCount() == 94
    assert page.undo_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(ctx.db, row["id"]) == before
    assert page.model.row_of(row["id"]) >= 0 and page.model.rowCount() == 95
    restored = page.model.row_at(page.model.row_of(row["id"]))
    assert restored["booths"] == row["booths"] and restored["staff"] == row["staff"]
    page.redo_action.trigger()  # and again
    assert snapshot(ctx.db, row["id"])["row"] is None


def test_delete_needs_confirmation(page, ctx, monkeypatch):
    ctx.set_organiser(True)
    monkeypatch.setattr(page, "confirm", lambda title, text: False)
    page.table.selectRow(0)
    assert page.delete_current() is False
    assert page.model.rowCount() == 95 and page.undo_stack.count() == 0


def test_add_exhibitor_then_undo(page, ctx):
    ctx.set_organiser(True)
    page.add_action.trigger()
    dialog = page.dialog
    assert dialog is not None and dialog.exhibitor_id is None and dialog.staff is None
    dialog.name_edit.setText("Zoë Ünal Conseil")
    dialog.accept()
    with ctx.db.session() as s:
        found = s.exec(select(Exhibitor).where(Exhibitor.name == "Zoë Ünal Conseil")).one()
        new_id = found.id
    assert page.current_id() == new_id and page.model.rowCount() == 96
    page.undo_action.trigger()
    assert snapshot(ctx.db, new_id)["row"] is None and page.model.rowCount() == 95
    page.redo_action.trigger()
    assert snapshot(ctx.db, new_id)["row"]["name"] == "Zoë Ünal Conseil"


def test_reception_mode_cannot_add_delete_or_import(page, ctx, monkeypatch):
    assert not ctx.organiser
    for w in (page.add_button, page.delete_button, page.import_button):
        assert not w.isEnabled()
    assert page.edit_button.isEnabled()  # a clerk may fix a phone number
    monkeypatch.setattr(page, "confirm", lambda *a: True)
    page.table.selectRow(0)
    assert page.delete_current() is False and page.model.rowCount() == 95
    ctx.set_organiser(True)
    assert page.add_button.isEnabled() and page.delete_button.isEnabled()
    ctx.set_organiser(False)
    assert not page.delete_action.isEnabled()


def test_staff_member_added_from_the_form(qtbot, page, ctx):
    row = exhibitor_with_staff(ctx.db, ctx.event_id)
    page.select_id(row["id"])
    page.edit_current()
    panel = page.dialog.staff
    with qtbot.waitSignal(ctx.bridge.data_changed):
        qtbot.keyClicks(panel.first_edit, "Søren")
        qtbot.keyClicks(panel.last_edit, "Kierkegaard")
        qtbot.keyClicks(panel.email_edit, "soren@example.dk")
        qtbot.keyClick(panel.email_edit, Qt.Key.Key_Return)
    assert panel.table.rowCount() == row["staff"] + 1
    with ctx.db.session() as s:
        staff = ex_repo.list_staff(row["id"], session=s)
    assert any(p["first_name"] == "Søren" and p["category"] == "exhibitor_staff" for p in staff)
    qtbot.waitUntil(
        lambda: page.model.row_at(page.model.row_of(row["id"]))["staff"] == row["staff"] + 1
    )
    panel.add_member()  # empty: refused with a message
    assert "prénom" in panel.message.text()


def test_not_yet_arrived_updates_live(qtbot, page, ctx):
    from itday.services.checkin import record_scan

    missing = page.missing_model.rows()
    assert missing and page.tabs.tabText(1) == f"Pas encore arrivés ({len(missing)})"
    firsts = [m["booths"][0] for m in missing if m["booths"]]
    assert firsts == sorted(firsts, key=natural_key)
    assert page.missing_model.index(0, 3).data() == missing[0]["contact_phone"]
    with ctx.db.session() as s:
        code = s.exec(
            select(Attendee.code).where(Attendee.exhibitor_id == missing[0]["id"])
        ).first()
        record_scan(s, ctx.event_id, code, "test")
    ctx.bridge.data_changed.emit("scans")
    qtbot.waitUntil(lambda: page.missing_model.rowCount() == len(missing) - 1)
    assert page.tabs.tabText(1) == f"Pas encore arrivés ({len(missing) - 1})"
    assert page.model.row_at(page.model.row_of(missing[0]["id"]))["present"]


def test_import_button_without_the_dialog_says_so(qtbot, page, ctx, monkeypatch):
    ctx.set_organiser(True)
    monkeypatch.setattr(page_module, "IMPORT_DIALOG", "itday.ui.no_such_dialog")
    with qtbot.waitSignal(ctx.bridge.message_posted) as blocker:
        page.import_button.click()
    assert blocker.args == ["info", "Import disponible prochainement"]


def test_import_button_opens_the_shared_dialog(qtbot, page, ctx, monkeypatch):
    from PySide6.QtWidgets import QDialog

    opened = []

    class FakeImportDialog(QDialog):
        def __init__(self, context, kind, parent=None):
            super().__init__(parent)
            opened.append((context, kind))

    module = types.ModuleType("itday.ui.import_dialog")
    module.__spec__ = importlib.machinery.ModuleSpec("itday.ui.import_dialog", None)
    module.ImportDialog = FakeImportDialog
    monkeypatch.setitem(sys.modules, "itday.ui.import_dialog", module)
    ctx.set_organiser(True)
    dialog = page.import_file()
    assert opened == [(ctx, "exhibitors")]
    dialog.reject()
