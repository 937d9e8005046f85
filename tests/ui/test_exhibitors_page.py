"""The Exposants page: models, filter, sorting, edit, add, delete then undo, roles, import."""

from __future__ import annotations

import importlib.machinery
import sys
import types

from PySide6.QtCore import Qt
from sqlmodel import select

from itday.core.plan import natural_key
from itday.db import exhibitors as ex_repo
from itday.db import repo
from itday.db.models import Attendee, Booth, Exhibitor
from itday.ui.exhibitors.model import ID_ROLE
from itday.ui.pages import exhibitors as page_module


def visible_names(exhibitors_page) -> list[str]:
    return [
        exhibitors_page.proxy.index(r, 0).data() for r in range(exhibitors_page.proxy.rowCount())
    ]


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


def test_models_pass_the_model_tester(qtmodeltester, exhibitors_page):
    qtmodeltester.check(exhibitors_page.model)
    qtmodeltester.check(exhibitors_page.proxy)
    qtmodeltester.check(exhibitors_page.missing_model)
    assert exhibitors_page.model.rowCount() == 95
    assert exhibitors_page.proxy.headerData(0, Qt.Orientation.Horizontal) == "Exposant"


def test_type_ahead_filter_ignores_accents_and_case(qtbot, exhibitors_page):
    qtbot.keyClicks(exhibitors_page.filter_edit, "ECOTECH")
    assert visible_names(exhibitors_page) == ["ÉcoTech"]
    exhibitors_page.filter_edit.clear()
    qtbot.keyClicks(exhibitors_page.filter_edit, "cyber secu")  # every word, in any column
    names = visible_names(exhibitors_page)
    assert names and all(
        exhibitors_page.model.row_at(
            exhibitors_page.model.row_of(exhibitors_page.proxy.index(r, 0).data(ID_ROLE))
        )["sector"]
        == "Cybersécurité"
        for r in range(len(names))
    )
    exhibitors_page.filter_edit.clear()
    qtbot.keyClicks(exhibitors_page.filter_edit, "a08")  # a booth code
    assert visible_names(exhibitors_page) == ["CumulusHost Occitanie"]
    assert "1 affichés" in exhibitors_page.summary_label.text()
    exhibitors_page.filter_edit.clear()
    assert exhibitors_page.proxy.rowCount() == 95


def test_sorting_booths_in_natural_order(exhibitors_page):
    exhibitors_page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    firsts = [
        exhibitors_page.model.row_at(
            exhibitors_page.proxy.mapToSource(exhibitors_page.proxy.index(r, 0)).row()
        )["booths"]
        for r in range(exhibitors_page.proxy.rowCount())
    ]
    codes = [b[0] for b in firsts if b]
    assert codes == sorted(codes, key=natural_key)
    assert all(not b for b in firsts[len(codes) :])  # without a booth: last
    exhibitors_page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert visible_names(exhibitors_page)[:2] == [
        "Académie du Numérique de Labège",
        "Académie Informatique Toulouse",
    ]


def test_edit_with_enter_then_undo(qtbot, exhibitors_page, demo_ctx):
    row = exhibitor_with_staff(demo_ctx.db, demo_ctx.event_id)
    assert exhibitors_page.select_id(row["id"])
    exhibitors_page.table.setFocus()
    qtbot.keyClick(exhibitors_page.table, Qt.Key.Key_Return)
    dialog = exhibitors_page.dialog
    assert dialog is not None and dialog.exhibitor_id == row["id"]
    assert dialog.name_edit.text() == row["name"]
    assert dialog.staff is not None and dialog.staff.table.rowCount() == row["staff"]
    dialog.phone_edit.setText("05 34 00 00 00")
    dialog.sector_combo.setCurrentText("Cloud et infrastructures")
    dialog.accept()
    with demo_ctx.db.session() as s:
        saved = ex_repo.get_exhibitor(row["id"], session=s)
    assert saved["contact_phone"] == "05 34 00 00 00"
    assert saved["sector"] == "Cloud et infrastructures"
    shown = exhibitors_page.model.row_at(exhibitors_page.model.row_of(row["id"]))
    assert shown["contact_phone"] == "05 34 00 00 00"
    exhibitors_page.undo_action.trigger()
    with demo_ctx.db.session() as s:
        back = ex_repo.get_exhibitor(row["id"], session=s)
    assert back["contact_phone"] == row["contact_phone"] and back["sector"] == row["sector"]


def test_empty_name_is_refused_by_the_form(exhibitors_page, demo_ctx):
    exhibitors_page.select_id(exhibitor_with_staff(demo_ctx.db, demo_ctx.event_id)["id"])
    exhibitors_page.edit_current()
    exhibitors_page.dialog.name_edit.clear()
    exhibitors_page.dialog.accept()
    assert (
        exhibitors_page.dialog.isVisible()
        and "obligatoire" in exhibitors_page.dialog.error_label.text()
    )
    assert exhibitors_page.undo_stack.count() == 0


def test_delete_then_undo_restores_booths_and_staff(qtbot, exhibitors_page, demo_ctx, monkeypatch):
    demo_ctx.set_organiser(True)
    row = exhibitor_with_staff(demo_ctx.db, demo_ctx.event_id)
    before = snapshot(demo_ctx.db, row["id"])
    asked = []
    monkeypatch.setattr(exhibitors_page, "confirm", lambda title, text: asked.append(text) or True)
    exhibitors_page.select_id(row["id"])
    exhibitors_page.table.setFocus()
    qtbot.keyClick(exhibitors_page.table, Qt.Key.Key_Delete)
    assert asked and row["name"] in asked[0] and ", ".join(row["booths"]) in asked[0]
    assert snapshot(demo_ctx.db, row["id"])["row"] is None
    assert exhibitors_page.model.row_of(row["id"]) == -1 and exhibitors_page.model.rowCount() == 94
    assert exhibitors_page.undo_button.isEnabled()
    qtbot.keyClick(exhibitors_page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(demo_ctx.db, row["id"]) == before
    assert exhibitors_page.model.row_of(row["id"]) >= 0 and exhibitors_page.model.rowCount() == 95
    restored = exhibitors_page.model.row_at(exhibitors_page.model.row_of(row["id"]))
    assert restored["booths"] == row["booths"] and restored["staff"] == row["staff"]
    exhibitors_page.redo_action.trigger()  # and again
    assert snapshot(demo_ctx.db, row["id"])["row"] is None


def test_delete_needs_confirmation(exhibitors_page, demo_ctx, monkeypatch):
    demo_ctx.set_organiser(True)
    monkeypatch.setattr(exhibitors_page, "confirm", lambda title, text: False)
    exhibitors_page.table.selectRow(0)
    assert exhibitors_page.delete_current() is False
    assert exhibitors_page.model.rowCount() == 95 and exhibitors_page.undo_stack.count() == 0


def test_add_exhibitor_then_undo(exhibitors_page, demo_ctx):
    demo_ctx.set_organiser(True)
    exhibitors_page.add_action.trigger()
    dialog = exhibitors_page.dialog
    assert dialog is not None and dialog.exhibitor_id is None and dialog.staff is None
    dialog.name_edit.setText("Zoë Ünal Conseil")
    dialog.accept()
    with demo_ctx.db.session() as s:
        found = s.exec(select(Exhibitor).where(Exhibitor.name == "Zoë Ünal Conseil")).one()
        new_id = found.id
    assert exhibitors_page.current_id() == new_id and exhibitors_page.model.rowCount() == 96
    exhibitors_page.undo_action.trigger()
    assert snapshot(demo_ctx.db, new_id)["row"] is None and exhibitors_page.model.rowCount() == 95
    exhibitors_page.redo_action.trigger()
    assert snapshot(demo_ctx.db, new_id)["row"]["name"] == "Zoë Ünal Conseil"


def test_reception_mode_cannot_add_delete_or_import(exhibitors_page, demo_ctx, monkeypatch):
    assert not demo_ctx.organiser
    for w in (
        exhibitors_page.add_button,
        exhibitors_page.delete_button,
        exhibitors_page.import_button,
    ):
        assert not w.isEnabled()
    assert exhibitors_page.edit_button.isEnabled()  # a clerk may fix a phone number
    monkeypatch.setattr(exhibitors_page, "confirm", lambda *a: True)
    exhibitors_page.table.selectRow(0)
    assert exhibitors_page.delete_current() is False and exhibitors_page.model.rowCount() == 95
    demo_ctx.set_organiser(True)
    assert exhibitors_page.add_button.isEnabled() and exhibitors_page.delete_button.isEnabled()
    demo_ctx.set_organiser(False)
    assert not exhibitors_page.delete_action.isEnabled()


def test_staff_member_added_from_the_form(qtbot, exhibitors_page, demo_ctx):
    row = exhibitor_with_staff(demo_ctx.db, demo_ctx.event_id)
    exhibitors_page.select_id(row["id"])
    exhibitors_page.edit_current()
    panel = exhibitors_page.dialog.staff
    with qtbot.waitSignal(demo_ctx.bridge.data_changed):
        qtbot.keyClicks(panel.first_edit, "Søren")
        qtbot.keyClicks(panel.last_edit, "Kierkegaard")
        qtbot.keyClicks(panel.email_edit, "soren@example.dk")
        qtbot.keyClick(panel.email_edit, Qt.Key.Key_Return)
    assert panel.table.rowCount() == row["staff"] + 1
    with demo_ctx.db.session() as s:
        staff = ex_repo.list_staff(row["id"], session=s)
    assert any(p["first_name"] == "Søren" and p["category"] == "exhibitor_staff" for p in staff)
    qtbot.waitUntil(
        lambda: (
            exhibitors_page.model.row_at(exhibitors_page.model.row_of(row["id"]))["staff"]
            == row["staff"] + 1
        )
    )
    panel.add_member()  # empty: refused with a message
    assert "prénom" in panel.message.text()


def test_not_yet_arrived_updates_live(qtbot, exhibitors_page, demo_ctx):
    from itday.services.checkin import record_scan

    missing = exhibitors_page.missing_model.rows()
    assert missing and exhibitors_page.tabs.tabText(1) == f"Pas encore arrivés ({len(missing)})"
    firsts = [m["booths"][0] for m in missing if m["booths"]]
    assert firsts == sorted(firsts, key=natural_key)
    assert exhibitors_page.missing_model.index(0, 3).data() == missing[0]["contact_phone"]
    with demo_ctx.db.session() as s:
        code = s.exec(
            select(Attendee.code).where(Attendee.exhibitor_id == missing[0]["id"])
        ).first()
        record_scan(s, demo_ctx.event_id, code, "test")
    demo_ctx.bridge.data_changed.emit("scans")
    qtbot.waitUntil(lambda: exhibitors_page.missing_model.rowCount() == len(missing) - 1)
    assert exhibitors_page.tabs.tabText(1) == f"Pas encore arrivés ({len(missing) - 1})"
    assert exhibitors_page.model.row_at(exhibitors_page.model.row_of(missing[0]["id"]))["present"]


def test_import_button_without_the_dialog_says_so(qtbot, exhibitors_page, demo_ctx, monkeypatch):
    demo_ctx.set_organiser(True)
    monkeypatch.setattr(page_module, "IMPORT_DIALOG", "itday.ui.no_such_dialog")
    with qtbot.waitSignal(demo_ctx.bridge.message_posted) as blocker:
        exhibitors_page.import_button.click()
    assert blocker.args == ["info", "Import disponible prochainement"]


def test_import_button_opens_the_shared_dialog(qtbot, exhibitors_page, demo_ctx, monkeypatch):
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
    demo_ctx.set_organiser(True)
    dialog = exhibitors_page.import_file()
    assert opened == [(demo_ctx, "exhibitors")]
    destroyed = []
    dialog.destroyed.connect(lambda: destroyed.append(True))
    dialog.reject()
    qtbot.waitUntil(lambda: destroyed == [True])  # closed dialogs do not pile up
