"""The Visiteurs page: search, filters, edit with undo, cancel with undo, roles."""

from __future__ import annotations

from PySide6.QtCore import Qt

from itday.core.enums import Category
from itday.db import repo
from itday.db.models import Attendee
from itday.ui.pages.visitors import VisitorsPage
from itday.ui.visitors.model import COLUMNS, Filters, VisitorTableModel
from tests.ui.visitors_helpers import make_ctx_fixture  # noqa: F401 (fixture make_ctx)


def open_page(qtbot, ctx) -> VisitorsPage:
    page = VisitorsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    return page


def shown(page) -> list[dict]:
    return page.model.visible_rows()


def reloaded(qtbot, page):
    return qtbot.waitSignal(page.rows_loaded, timeout=10_000)


def test_table_lists_everyone_sorted_and_passes_the_model_tester(
    qtbot, qtmodeltester, demo_db, make_ctx
):
    ctx = make_ctx(demo_db)
    page = open_page(qtbot, ctx)
    with demo_db.session() as s:
        total = len(repo.attendee_rows(ctx.event_id, session=s))
    assert page.model.rowCount() == total
    cancelled = sum(1 for r in page.model.all_rows() if r["cancelled"])
    assert (
        page.count_label.text()
        == f"{total - cancelled:,} inscrits · {cancelled} annulés".replace(",", "\u202f")
    )
    names = [r["last_name"].lower() for r in shown(page)[:20]]
    assert names == sorted(names)  # A to Z, not Z to A
    qtmodeltester.check(page.model)
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(7)]
    assert headers == ["Nom", "Prénom", "Société", "Catégorie", "E-mail", "Entrée", "Badge"]


def test_search_is_accent_insensitive_and_combines_words(qtbot, demo_db, make_ctx):
    page = open_page(qtbot, make_ctx(demo_db))
    page.set_search("lefevre")
    rows = shown(page)
    assert rows and all("Lefèvre" in r["last_name"] or "lefevre" in r["search_key"] for r in rows)
    assert any(r["last_name"] == "Lefèvre" for r in rows)
    first = rows[0]["first_name"]
    page.set_search(f"LEFÈVRE {first.upper()}")
    assert all(r["first_name"] == first for r in shown(page))
    page.set_search("zzzz-nobody")
    assert shown(page) == []
    assert page.count_label.text().startswith("0 affichés sur")


def test_typing_filters_after_a_short_debounce(qtbot, demo_db, make_ctx):
    page = open_page(qtbot, make_ctx(demo_db))
    total = page.model.rowCount()
    qtbot.keyClicks(page.search, "lefev")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < total, timeout=3000)


def test_filters_category_checked_in_printed_and_cancelled(qtbot, demo_db, make_ctx):
    ctx = make_ctx(demo_db)
    page = open_page(qtbot, ctx)
    page.category_filter.setCurrentIndex(page.category_filter.findData(Category.PRESS.value))
    assert shown(page) and {r["category"] for r in shown(page)} == {"press"}
    assert page.model.data(page.model.index(0, COLUMNS.index("category"))) == "Presse"
    page.category_filter.setCurrentIndex(0)
    page.checked_filter.setCurrentIndex(page.checked_filter.findData(True))
    assert shown(page) and all(r["checked_in_at"] is not None for r in shown(page))
    entry = page.model.data(page.model.index(0, COLUMNS.index("checked_in_at")))
    assert len(entry) == 5 and entry[2] == ":"  # HH:MM, Paris time
    page.checked_filter.setCurrentIndex(page.checked_filter.findData(False))
    assert shown(page) and all(r["checked_in_at"] is None for r in shown(page))
    page.checked_filter.setCurrentIndex(0)
    page.printed_filter.setCurrentIndex(page.printed_filter.findData(True))
    assert shown(page) == []  # nothing printed yet in the demo
    page.printed_filter.setCurrentIndex(0)
    page.printed_filter.setCurrentIndex(page.printed_filter.findData(False))
    total = page.model.total()
    assert page.model.rowCount() == total
    # Print one badge: it moves to "printed".
    someone = shown(page)[0]
    with reloaded(qtbot, page):
        with qtbot.waitSignal(page.printer.printed, timeout=10_000):
            page.print_badge(someone["id"])
    assert page.model.rowCount() == total - 1
    page.printed_filter.setCurrentIndex(page.printed_filter.findData(True))
    assert [r["id"] for r in shown(page)] == [someone["id"]]
    assert page.model.data(page.model.index(0, COLUMNS.index("prints"))) == "✔"
    page.printed_filter.setCurrentIndex(0)
    cancelled = [r for r in page.model.all_rows() if r["cancelled"]]
    assert cancelled  # the demo has a few
    page.cancelled_box.setChecked(False)
    assert page.model.rowCount() == total - len(cancelled)


def test_edit_saves_updates_search_and_undoes(qtbot, demo_db, make_ctx):
    ctx = make_ctx(demo_db)
    page = open_page(qtbot, ctx)
    page.set_search("lefevre")
    person = shown(page)[0]
    assert page.select_id(person["id"])
    assert page.form.row["id"] == person["id"]
    assert page.form.edits["last_name"].text() == person["last_name"]
    assert not page.form.save_button.isEnabled()
    page.form.edits["company"].setText("Société Générale  Labège")
    page.form.edits["email"].setText("Nouvelle.Adresse@Example.FR")
    assert page.form.save_button.isEnabled()
    with reloaded(qtbot, page):
        qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        saved = s.get(Attendee, person["id"])
        assert saved.company == "Société Générale Labège"
        assert saved.email == "nouvelle.adresse@example.fr"
        assert "societe generale" in saved.search_key
    assert page.form.row["company"] == "Société Générale Labège"  # form shows the saved row
    assert not page.form.save_button.isEnabled()
    page.set_search("generale labege")
    assert person["id"] in [r["id"] for r in shown(page)]
    assert "Annuler : modification" in page.undo_button.text()

    with reloaded(qtbot, page):
        page.undo_stack.undo()
    with demo_db.session() as s:
        restored = s.get(Attendee, person["id"])
        assert (restored.company, restored.email) == (person["company"], person["email"])


def test_a_name_is_required_to_save(qtbot, demo_db, make_ctx):
    page = open_page(qtbot, make_ctx(demo_db))
    person = shown(page)[0]
    page.select_id(person["id"])
    page.form.edits["first_name"].setText("")
    page.form.edits["last_name"].setText("  ")
    assert not page.form.save_button.isEnabled()
    assert "prénom ou un nom" in page.form.message.text()


def test_cancel_asks_then_undo_restores(qtbot, demo_db, make_ctx):
    ctx = make_ctx(demo_db)
    page = open_page(qtbot, ctx)
    person = next(r for r in shown(page) if not r["cancelled"])
    page.select_id(person["id"])
    asked = []
    page.confirm_cancel = lambda names: asked.append(names) or False
    qtbot.mouseClick(page.form.cancel_button, Qt.MouseButton.LeftButton)
    assert asked == [[f"{person['first_name']} {person['last_name']}"]]
    with demo_db.session() as s:
        assert not s.get(Attendee, person["id"]).cancelled  # "no" changes nothing

    page.confirm_cancel = lambda names: True
    with reloaded(qtbot, page):
        qtbot.mouseClick(page.form.cancel_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        assert s.get(Attendee, person["id"]).cancelled
    assert page.form.cancel_button.text() == "Rétablir l'inscription"
    assert not page.form.print_button.isEnabled()
    index = page.model.index(page.model.row_of(person["id"]), 0)
    assert page.model.data(index, Qt.ItemDataRole.FontRole).strikeOut()

    with reloaded(qtbot, page):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with demo_db.session() as s:
        assert not s.get(Attendee, person["id"]).cancelled
    with reloaded(qtbot, page):
        page.undo_stack.redo()
    with demo_db.session() as s:
        assert s.get(Attendee, person["id"]).cancelled


def test_several_rows_cancelled_with_delete(qtbot, demo_db, make_ctx):
    page = open_page(qtbot, make_ctx(demo_db))
    page.set_search("lefevre")
    ids = [r["id"] for r in shown(page) if not r["cancelled"]][:3]
    page.table.selectAll()
    page.confirm_cancel = lambda names: len(names) >= 3
    page.table.setFocus()
    with reloaded(qtbot, page):
        page._cancel_selected()
    with demo_db.session() as s:
        assert all(s.get(Attendee, i).cancelled for i in ids)
    with reloaded(qtbot, page):
        page.undo_stack.undo()
    with demo_db.session() as s:
        assert not any(s.get(Attendee, i).cancelled for i in ids)


def test_import_is_for_organisers(qtbot, demo_db, make_ctx):
    ctx = make_ctx(demo_db)
    page = open_page(qtbot, ctx)
    assert page.import_button.isHidden()
    assert page.open_import() is None
    ctx.set_organiser(True)
    assert not page.import_button.isHidden()
    dialog = page.open_import()
    assert dialog.kind == "visitors" and dialog.isVisible()
    dialog.close()


def test_walk_in_from_the_page_selects_the_new_person(qtbot, demo_db, make_ctx):
    ctx = make_ctx(demo_db)
    page = open_page(qtbot, ctx)
    page.set_search("dupont")
    dialog = page.open_walk_in()
    dialog.first_name.setText("Walk")
    dialog.last_name.setText("Insurplace")
    with reloaded(qtbot, page), qtbot.waitSignal(dialog.printer.printed, timeout=10_000):
        new_id = dialog.save()
    qtbot.waitUntil(lambda: page.current_id() == new_id, timeout=5000)
    assert page.search.text() == ""
    row = page.model.row_at(page.model.row_of(new_id))
    assert row["checked_in_at"] is not None


def test_model_filters_twenty_thousand_rows(qtbot):
    import datetime as dt

    rows = [
        {
            "id": i,
            "first_name": f"Prénom{i}",
            "last_name": "Lefèvre" if i % 100 == 0 else f"Nom{i}",
            "company": "Airbus",
            "job_title": "",
            "email": f"p{i}@example.fr",
            "phone": "",
            "category": "visitor",
            "source": "import",
            "code": f"ITD-{i}",
            "cancelled": False,
            "checked_in_at": dt.datetime(2017, 6, 29, 7, 5, tzinfo=dt.UTC) if i % 2 else None,
            "checked_in_station": "A",
            "search_key": ("lefevre" if i % 100 == 0 else f"nom{i}") + f" prenom{i} airbus",
            "prints": 0,
        }
        for i in range(20_000)
    ]
    model = VisitorTableModel()
    model.set_rows(rows)
    model.set_filters(Filters(text="LEFÈVRE", checked_in=False))
    assert model.rowCount() == 200
    model.set_filters(Filters(checked_in=True))
    assert model.rowCount() == 10_000
    assert model.data(model.index(0, COLUMNS.index("checked_in_at"))) == "09:05"  # Paris
