"""Plan page driven through its real widgets: create, move, undo, generate, assign, checks,
search, reception mode, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent, QPdfWriter
from PySide6.QtWidgets import QApplication, QGraphicsItem
from sqlmodel import select

from itday.db import repo
from itday.db.models import Booth
from itday.ui.context import AppContext
from itday.ui.pages.plan import PlanPage
from itday.ui.plan.dialogs import GeneratorDialog
from itday.ui.plan.items import S
from itday.ui.plan.scene import background_bytes
from itday.ui.plan.view import EXHIBITOR_MIME


@pytest.fixture
def page(qtbot, demo_db):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
    ctx = AppContext(demo_db, event_id)
    p = PlanPage(ctx)
    qtbot.addWidget(p)
    p.resize(1400, 900)
    p.show()
    qtbot.waitExposed(p)
    return p


def organiser(page) -> PlanPage:
    page.ctx.set_organiser(True)
    return page


def db_booth(page, booth_id) -> Booth | None:
    with page.ctx.db.session() as s:
        return s.get(Booth, booth_id)


def vp(page, x_m: float, y_m: float) -> QPoint:
    """Viewport point of a place on the hall, in metres."""
    return page.view.mapFromScene(QPointF(x_m * S, y_m * S))


def send_mouse(page, kind, point: QPoint, buttons=Qt.MouseButton.LeftButton, mods=None):
    """A mouse event with its button state (QTest's mouseMove does not hold buttons)."""
    types = {
        "press": QMouseEvent.Type.MouseButtonPress,
        "move": QMouseEvent.Type.MouseMove,
        "release": QMouseEvent.Type.MouseButtonRelease,
    }
    button = Qt.MouseButton.NoButton if kind == "move" else Qt.MouseButton.LeftButton
    held = Qt.MouseButton.NoButton if kind == "release" else buttons
    viewport = page.view.viewport()
    event = QMouseEvent(
        types[kind],
        QPointF(point),
        QPointF(viewport.mapToGlobal(point)),
        button,
        held,
        mods or Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def drag(page, start: QPoint, end: QPoint, steps: int = 4) -> None:
    send_mouse(page, "press", start)
    for i in range(1, steps + 1):
        p = start + (end - start) * i / steps
        send_mouse(page, "move", p)
    send_mouse(page, "release", end)


def code_of(page, code):
    return next(i for i, r in page.editor.booths.items() if r["code"] == code)


def test_reception_mode_is_read_only(page, qtbot):
    assert not page.ctx.organiser
    assert not page.toolbar.isVisible() and not page.act_delete.isEnabled()
    k2 = code_of(page, "K2")
    item = page.scene.booth_items[k2]
    assert not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    before = page.editor.booths[k2]["x"]
    drag(page, vp(page, 27, 33), vp(page, 30, 33))
    page.act_delete.trigger()
    assert page.editor.booths[k2]["x"] == before and db_booth(page, k2).x == before
    assert page.request_assign(k2, None) is False
    assert page.editor.undo_stack.count() == 0
    # The organiser unlocks editing: the page follows role_changed.
    page.ctx.set_organiser(True)
    assert page.toolbar.isVisible() and page.act_delete.isEnabled()
    assert item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable


def test_create_a_booth_by_dragging_then_undo_redo(page, qtbot):
    organiser(page)
    n = len(page.editor.booths)
    qtbot.keyClick(page.view, Qt.Key.Key_N)
    assert page.view.tool == "create"
    drag(page, vp(page, 18.1, 31.2), vp(page, 21.2, 33.9))
    assert len(page.editor.booths) == n + 1
    new_id = max(page.editor.booths)
    b = db_booth(page, new_id)
    assert (b.x, b.y, b.width, b.depth) == (18.0, 31.0, 3.0, 3.0)
    assert new_id in page.scene.booth_items
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db_booth(page, new_id) is None and new_id not in page.scene.booth_items
    qtbot.keyClick(page.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert db_booth(page, new_id).code == b.code
    assert new_id in page.scene.booth_items


def test_move_snaps_to_half_metres_one_undo_step(page, qtbot):
    organiser(page)
    k2 = code_of(page, "K2")
    x0, y0 = page.editor.booths[k2]["x"], page.editor.booths[k2]["y"]
    drag(page, vp(page, x0 + 3, y0 + 3), vp(page, x0 + 4.3, y0 + 3.2), steps=8)
    assert page.editor.undo_stack.count() == 1  # one step for the whole drag
    b = db_booth(page, k2)
    assert (b.x, b.y) == (x0 + 1.5, y0)  # 1.3 m → 1.5 m; 0.2 m → 0
    assert page.scene.booth_items[k2].pos() == QPointF((x0 + 1.5) * S, y0 * S)
    page.editor.undo_stack.undo()
    assert db_booth(page, k2).x == x0
    assert page.scene.booth_items[k2].pos().x() == x0 * S
    page.editor.undo_stack.redo()
    assert db_booth(page, k2).x == x0 + 1.5


def test_arrow_nudges_merge_into_one_step(page, qtbot):
    organiser(page)
    k1 = code_of(page, "K1")
    x0 = page.editor.booths[k1]["x"]
    page.scene.booth_items[k1].setSelected(True)
    for _ in range(3):
        qtbot.keyClick(page.view, Qt.Key.Key_Right)
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert db_booth(page, k1).x == x0 + 2.5
    assert page.editor.undo_stack.count() == 1
    page.editor.undo_stack.undo()
    assert db_booth(page, k1).x == x0


def test_rotate_duplicate_delete_with_undo(page, qtbot, monkeypatch):
    organiser(page)
    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or True)
    k2 = code_of(page, "K2")
    page.scene.booth_items[k2].setSelected(True)
    row = dict(page.editor.booths[k2])
    qtbot.keyClick(page.view, Qt.Key.Key_R)
    assert db_booth(page, k2).rotation == (row["rotation"] + 90) % 360
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copies = page.editor.selected_ids()
    assert len(copies) == 1 and copies[0] != k2
    assert db_booth(page, copies[0]).x == row["x"] + 6
    page.scene.clearSelection()
    page.scene.booth_items[k2].setSelected(True)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert db_booth(page, k2) is None
    assert len(asked) == 1 and "K2 (CryptoDéfense)" in asked[0]  # assigned: asked first
    page.editor.undo_stack.undo()
    back = db_booth(page, k2)
    assert back.code == "K2" and back.exhibitor_id == row["exhibitor_id"]


def test_an_assigned_booth_is_kept_when_the_question_is_declined(page, qtbot, monkeypatch):
    organiser(page)
    monkeypatch.setattr(page, "confirm", lambda title, text: False)
    k2 = code_of(page, "K2")
    page.scene.booth_items[k2].setSelected(True)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert db_booth(page, k2) is not None and page.editor.undo_stack.count() == 0


def test_generator_places_a_block_as_one_step(page, qtbot, monkeypatch):
    organiser(page)
    n = len(page.editor.booths)

    def fake_exec(dialog):
        dialog.rows.setValue(2)
        dialog.per_row.setValue(4)
        dialog.x.setValue(60)
        dialog.y.setValue(0)
        dialog.first_code.setText("M01")
        assert "8 stands" in dialog.summary.text()
        return 1

    monkeypatch.setattr(GeneratorDialog, "exec", fake_exec)
    asked = []
    monkeypatch.setattr(page, "confirm", lambda _t, q: asked.append(q) or True)
    page.act_generate.trigger()
    assert len(asked) == 1 and "sortirai" in asked[0]  # warned before placing outside
    assert len(page.editor.booths) == n + 8
    assert page.editor.undo_stack.count() == 1
    with page.ctx.db.session() as s:
        codes = {b.code for b in s.exec(select(Booth).where(Booth.x >= 60))}
    assert codes == {f"{r}0{i}" for r in "MN" for i in range(1, 5)}
    # Outside the hall: the checks say so.
    assert any("dépasse" in page.checks.item(i).text() for i in range(page.checks.count()))
    page.editor.undo_stack.undo()
    assert len(page.editor.booths) == n


def test_assign_by_dropping_an_exhibitor_on_a_booth(page, qtbot, monkeypatch):
    organiser(page)
    free = next(i for i, r in page.editor.booths.items() if not r["exhibitor_id"])
    exhibitor = next(iter(page.editor.state.exhibitors))
    # The list gives the drag data...
    model = page.exhibitors.model
    row = next(
        r for r in range(model.rowCount()) if model.index(r).data(Qt.UserRole + 1) == exhibitor
    )
    mime = model.mimeData([model.index(row)])
    assert mime.hasFormat(EXHIBITOR_MIME)
    # ... and the view takes the drop on the booth.
    centre = page.scene.booth_items[free].sceneBoundingRect().center()
    page.view.centerOn(centre)
    point = page.view.mapFromScene(centre)  # QDragEnter/MoveEvent take a QPoint
    pos = QPointF(point)
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(point, *args)
    page.view.dragEnterEvent(enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, *args)
    page.view.dragMoveEvent(move)
    assert move.isAccepted()
    page.view.dropEvent(QDropEvent(pos, *args))
    b = db_booth(page, free)
    assert b.exhibitor_id == exhibitor and b.status == "reserved"
    name = page.editor.state.exhibitors[exhibitor]["name"]
    assert page.scene.booth_items[free].name == name
    # Reassigning an occupied booth asks first.
    other = next(e for e in page.editor.state.exhibitors if e != exhibitor)
    asked = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or False)
    assert page.request_assign(free, other) is False
    assert db_booth(page, free).exhibitor_id == exhibitor and asked
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    assert page.request_assign(free, other) is True
    assert db_booth(page, free).exhibitor_id == other


def test_properties_panel_edits_code_and_status(page, qtbot):
    organiser(page)
    k2 = code_of(page, "K2")
    page.scene.booth_items[k2].setSelected(True)
    props = page.properties
    assert props.code.text() == "K2" and props.code.isEnabled()
    props.code.setText("K9")
    props.code.editingFinished.emit()
    assert db_booth(page, k2).code == "K9"
    props.code.setText("A01")  # taken: refused
    props.code.editingFinished.emit()
    assert db_booth(page, k2).code == "K9"
    props.status.setCurrentIndex(props.status.findData("option"))
    props.status.activated.emit(props.status.currentIndex())
    assert db_booth(page, k2).status == "option"


def test_overlap_and_narrow_aisle_appear_in_the_checks(page, qtbot):
    organiser(page)
    assert page.editor.problems == []
    k2 = code_of(page, "K2")
    r = page.editor.booths[k2]
    overlapping = page.editor.create_booth(r["x"] + 1, r["y"] + 1, 3, 3, "Z1")
    narrow = page.editor.create_booth(r["x"] + 8, r["y"], 3, 3, "Z2")  # 2 m from K2
    texts = [page.checks.item(i).text() for i in range(page.checks.count())]
    assert any("chevauchent" in t and "Z1" in t for t in texts)
    assert any("Allée de 2 m" in t and "Z2" in t for t in texts)
    assert page.scene.booth_items[overlapping].problem
    assert page.scene.booth_items[narrow].problem
    # A click on the problem shows it.
    index = next(i for i, t in enumerate(texts) if "Allée de 2 m" in t)
    page.checks.itemClicked.emit(page.checks.item(index))
    assert narrow in page.editor.selected_ids()
    visible = page.view.visible_scene_rect()
    assert visible.contains(page.scene.booth_items[narrow].sceneBoundingRect().center())
    # Undo both: the plan is clean again.
    page.editor.undo_stack.undo()
    page.editor.undo_stack.undo()
    assert page.editor.problems == []
    assert "Aucun problème" in page.checks.item(0).text()


def test_reception_finds_a_company_and_highlights_its_booth(page, qtbot):
    st = page.editor.state
    booth_id, row = next((i, r) for i, r in page.editor.booths.items() if r["exhibitor_id"])
    name = st.exhibitors[row["exhibitor_id"]]["name"]
    query = name.upper().replace("É", "E").replace("é", "e")
    full = page.view.visible_scene_rect()
    qtbot.keyClicks(page.search, query)
    assert page.editor.highlighted in page.editor.find(name)
    target = page.editor.highlighted
    item = page.scene.booth_items[target]
    assert item.highlighted
    visible = page.view.visible_scene_rect()
    assert visible.contains(item.sceneBoundingRect())
    assert visible.width() < full.width()  # zoomed in
    assert page.editor.booths[target]["code"] in page.search_result.text()
    # By code too, case-insensitive.
    page.search.clear()
    assert page.editor.highlighted is None
    qtbot.keyClicks(page.search, row["code"].lower())
    assert page.editor.highlighted == booth_id


def test_colours_and_legend_follow_the_selector(page, qtbot):
    page.colour.setCurrentIndex(page.colour.findData("presence"))
    texts = [w.text() for w in page.legend.findChildren(type(page.search_result)) if w.text()]
    assert "Exposant présent" in texts
    present = page.editor.state.present
    booth_id, row = next(
        (i, r) for i, r in page.editor.booths.items() if r["exhibitor_id"] in present
    )
    assert page.scene.booth_items[booth_id].colour.name() == "#8fd18b"


def test_export_runs_in_a_worker(page, qtbot, tmp_path):
    organiser(page)
    out = tmp_path / "plan.pdf"
    with qtbot.waitSignal(page.ctx.bridge.message_posted, timeout=30_000) as blocker:
        page.start_export(str(out), "A4")
    assert blocker.args[0] == "info" and str(out) in blocker.args[1]
    assert out.exists() and out.read_bytes().startswith(b"%PDF")


def test_export_dialog_offers_the_venue_drawing_only_when_there_is_one(page, qtbot):
    from itday.ui.plan.dialogs import ExportDialog

    with_drawing = ExportDialog("status", page, has_background=True)
    qtbot.addWidget(with_drawing)
    assert with_drawing.background.isEnabled() and with_drawing.background.isChecked()
    without = ExportDialog("status", page)
    qtbot.addWidget(without)
    assert not without.background.isEnabled() and not without.background.isChecked()


def test_export_without_the_venue_drawing(page, qtbot, tmp_path, monkeypatch):
    from itday.services import plan_data

    asked = []
    load = plan_data.load_plan

    def spy(*args, **kwargs):
        asked.append(kwargs.get("background"))
        return load(*args, **kwargs)

    monkeypatch.setattr(plan_data, "load_plan", spy)
    organiser(page)
    out = tmp_path / "plan.pdf"
    with qtbot.waitSignal(page.ctx.bridge.message_posted, timeout=30_000):
        page.start_export(str(out), "A4", "status", False)
    assert asked == [False] and out.read_bytes().startswith(b"%PDF")


def test_print_paints_the_scene_without_selection(page, qtbot, tmp_path):
    organiser(page)
    k2 = code_of(page, "K2")
    page.scene.booth_items[k2].setSelected(True)
    writer = QPdfWriter(str(tmp_path / "print.pdf"))
    page.paint_to(writer)
    assert (tmp_path / "print.pdf").stat().st_size > 1000
    assert page.editor.selected_ids() == [k2]  # selection restored after painting


def test_exhibitor_model(page, qtmodeltester):
    qtmodeltester.check(page.exhibitors.model)
    page.exhibitors.filter.setText("zzzz-nothing")
    assert page.exhibitors.proxy.rowCount() == 0


def test_mime_roundtrip_type():
    mime = QMimeData()
    mime.setData(EXHIBITOR_MIME, b"12")
    assert bytes(mime.data(EXHIBITOR_MIME)) == b"12"


def test_align_and_distribute(page, qtbot):
    organiser(page)
    ids = [page.editor.create_booth(60 + 5 * i, 2 * i, 3, 3, f"Y{i}") for i in range(3)]
    page.scene.clearSelection()
    for i in ids:
        page.scene.booth_items[i].setSelected(True)
    page.editor.align("top")
    assert {db_booth(page, i).y for i in ids} == {0.0}
    page.editor.create_booth(80, 0, 3, 3, "Y9")
    page.scene.clearSelection()
    for i in ids:
        page.scene.booth_items[i].setSelected(True)
    page.editor.undo_stack.undo()  # the Y9 creation
    page.editor.distribute("x")
    xs = sorted(db_booth(page, i).x for i in ids)
    assert xs == [60.0, 65.0, 70.0]


def test_other_pages_changes_refresh_the_plan(page, qtbot):
    booth_id, row = next((i, r) for i, r in page.editor.booths.items() if r["exhibitor_id"])
    from itday.db.models import Exhibitor

    with page.ctx.db.session() as s:
        ex = s.get(Exhibitor, row["exhibitor_id"])
        ex.name = "Nouvelle Raison Sociale"
        s.add(ex)
        s.commit()
    page.ctx.bridge.data_changed.emit("exhibitors")
    qtbot.waitUntil(lambda: page.scene.booth_items[booth_id].name == "Nouvelle Raison Sociale")
    with page.ctx.db.session() as s:
        s.get(Booth, booth_id).x += 1
        s.commit()
    page.ctx.bridge.data_changed.emit("booths")
    assert page.editor.booths[booth_id]["x"] == row["x"] + 1


def test_background_image_put_to_scale(page, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QInputDialog

    from itday.db.models import Hall

    organiser(page)
    path = tmp_path / "venue.png"
    image = QImage(1000, 800, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    image.save(str(path))
    hall = page.editor.state.hall
    page.use_background(str(path), background_bytes(str(path)), calibrate=False)
    assert page.scene.background_item is not None
    # Two clicks 10 m apart on the plan, said to be 20 m in reality: the image doubles.
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (20.0, True))
    page._calibrated(QPointF(0, 0), QPointF(10 * S, 0))
    with page.ctx.db.session() as s:
        saved = s.exec(select(Hall).where(Hall.id == hall.id)).one()
    assert saved.background_path == str(path)
    assert saved.background_scale == pytest.approx(2 * hall.width / 1000)
    assert page.scene.background_item.scale() == pytest.approx(saved.background_scale * S)


def test_an_edition_without_hall_opens_and_says_so(qtbot, db, event_id):
    ctx = AppContext(db, event_id)
    p = PlanPage(ctx)
    qtbot.addWidget(p)
    p.show()
    assert p.is_ready() and p.editor.booths == {}
    assert "hall" in p.search_result.text()


def test_undo_text_names_the_gesture(page, qtbot):
    organiser(page)
    k2 = code_of(page, "K2")
    x0, y0 = page.editor.booths[k2]["x"], page.editor.booths[k2]["y"]
    drag(page, vp(page, x0 + 3, y0 + 3), vp(page, x0 + 5, y0 + 3))
    assert page.editor.undo_stack.undoText() == "Déplacer 1 stand(s)"
    assert "Déplacer 1 stand(s)" in page.act_undo.toolTip()


def test_reception_click_on_a_booth_tells_who_is_there(page, qtbot):
    booth_id, row = next((i, r) for i, r in page.editor.booths.items() if r["exhibitor_id"])
    qtbot.mouseClick(
        page.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.view.mapFromScene(page.scene.booth_items[booth_id].sceneBoundingRect().center()),
    )
    name = page.editor.state.exhibitors[row["exhibitor_id"]]["name"]
    assert row["code"] in page.search_result.text() and name in page.search_result.text()


def test_hall_settings_create_the_hall_and_set_the_minimum_aisle(qtbot, db, event_id):
    ctx = AppContext(db, event_id)
    p = PlanPage(ctx)
    qtbot.addWidget(p)
    ctx.set_organiser(True)
    p.save_hall(name="Hall A", width=30, depth=20, min_aisle=4)
    assert p.editor.state.hall.width == 30
    p.editor.create_booth(0, 0, 3, 3, "A1")
    p.editor.create_booth(0, 6.5, 3, 3, "A2")  # 3.5 m apart: narrow for 4 m
    assert any(pr.kind == "narrow_aisle" for pr in p.editor.problems)
    p.save_hall(min_aisle=3)
    assert not any(pr.kind == "narrow_aisle" for pr in p.editor.problems)


def test_wheel_zoom_and_middle_button_pan(page, qtbot):
    from PySide6.QtGui import QWheelEvent

    before = page.view.transform().m11()
    centre = QPointF(page.view.viewport().rect().center())
    wheel = QWheelEvent(centre, QPointF(page.view.viewport().mapToGlobal(centre.toPoint())),
                        QPoint(), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(page.view.viewport(), wheel)
    assert page.view.transform().m11() == pytest.approx(before * 1.15**2)
    seen = page.view.visible_scene_rect().center()
    c = page.view.viewport().rect().center()
    qtbot.mousePress(page.view.viewport(), Qt.MouseButton.MiddleButton, pos=c)
    send_mouse(page, "move", c + QPoint(120, 0), buttons=Qt.MouseButton.MiddleButton)
    qtbot.mouseRelease(page.view.viewport(), Qt.MouseButton.MiddleButton, pos=c + QPoint(120, 0))
    assert page.view.visible_scene_rect().center().x() < seen.x()  # dragged right: see left
    page.act_fit.trigger()
    assert page.view.visible_scene_rect().contains(page.scene.hall_rect)


def test_found_booth_pulses(page, qtbot):
    k1 = code_of(page, "K1")
    page.show_booth(k1)
    item = page.scene.booth_items[k1]
    qtbot.waitUntil(lambda: item.pulse > 0.2, timeout=3000)
    assert item.highlighted


# -- fixed elements, resize handles, PDF background, print preview -------------------------


def db_element(page, element_id):
    from itday.db.models import HallElement

    with page.ctx.db.session() as s:
        return s.get(HallElement, element_id)


def zoom_on(page, x, y, w=12, d=12):
    from PySide6.QtCore import QRectF

    page.view.zoom_to(QRectF(x * S, y * S, w * S, d * S), 1.0)


def test_add_move_delete_a_pillar_with_undo_and_checks_follow(page, qtbot):
    organiser(page)
    zoom_on(page, 26, 6)
    n = len(page.editor.state.elements)
    page.choose_element_kind("pillar")
    assert page.view.tool == "element"
    drag(page, vp(page, 30.1, 10.1), vp(page, 31.2, 11.1))  # in the aisle between C and D
    assert len(page.editor.state.elements) == n + 1
    pillar = max(page.editor.scene.element_items)
    e = db_element(page, pillar)
    assert (e.kind, e.x, e.y, e.width, e.depth) == ("pillar", 30.0, 10.0, 1.0, 1.0)
    assert page.editor.selected_element_ids() == [pillar]
    # The tool stays for the next one; a plain click places a 0.5 m pillar.
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=vp(page, 27.1, 10.2))
    small = max(page.editor.scene.element_items)
    e = db_element(page, small)
    assert (e.x, e.y, e.width, e.depth) == (27.0, 10.0, 0.5, 0.5)
    page.editor.undo_stack.undo()
    assert db_element(page, small) is None
    page.scene.element_items[pillar].setSelected(True)
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    assert page.view.tool == "select"
    assert page.element_panel.isVisible() and not page.properties.isVisible()
    # Resized by its bottom-right handle (1 m → 2 m wide), then back with undo.
    drag(page, handle_point(page, "br"), vp(page, 32.1, 11.1))
    assert (db_element(page, pillar).width, db_element(page, pillar).depth) == (2.0, 1.0)
    page.editor.undo_stack.undo()
    assert db_element(page, pillar).width == 1.0
    assert page.scene.element_items[pillar].footprint_rect().width() == 1.0 * S
    # Arrow keys nudge a selected element too.
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert db_element(page, pillar).y == 10.5
    page.editor.undo_stack.undo()
    # Move it by dragging: snapped to the half metre, one undo step.
    steps = page.editor.undo_stack.index()
    drag(page, vp(page, 30.5, 10.5), vp(page, 31.8, 10.7), steps=6)
    assert page.editor.undo_stack.index() == steps + 1
    assert (db_element(page, pillar).x, db_element(page, pillar).y) == (31.5, 10.0)
    page.editor.undo_stack.undo()
    assert db_element(page, pillar).x == 30.0
    assert page.scene.element_items[pillar].pos().x() == 30.0 * S
    page.editor.undo_stack.redo()
    assert db_element(page, pillar).x == 31.5
    # Its label, from the properties panel.
    page.element_panel.label.setText("Poteau P7")
    page.element_panel.label.editingFinished.emit()
    assert db_element(page, pillar).label == "Poteau P7"
    page.editor.undo_stack.undo()
    assert db_element(page, pillar).label == ""
    # Delete, then undo the delete: the same row comes back.
    page.scene.clearSelection()
    page.scene.element_items[pillar].setSelected(True)
    page.act_delete.trigger()
    assert db_element(page, pillar) is None and pillar not in page.scene.element_items
    page.editor.undo_stack.undo()
    assert db_element(page, pillar).x == 31.5 and pillar in page.scene.element_items
    # A booth of row D dragged up onto the pillar: the check names it.
    page.scene.clearSelection()
    booth = page.scene.booth_at(QPointF(31.8 * S, 13.5 * S)).booth_id
    assert not any(booth in p.booth_ids for p in page.editor.problems if p.kind == "over_element")
    y0 = page.editor.booths[booth]["y"]
    drag(page, vp(page, 31.8, 13.5), vp(page, 31.8, 11.5), steps=4)
    assert page.editor.booths[booth]["y"] == y0 - 2
    assert any(booth in p.booth_ids for p in page.editor.problems if p.kind == "over_element")
    # Moving the pillar away clears it: the checks follow element edits.
    page.editor.update_elements({pillar: {"x": 45.0, "y": 10.0}}, "test")
    assert not any(booth in p.booth_ids for p in page.editor.problems if p.kind == "over_element")


def test_reception_cannot_touch_elements(page, qtbot):
    el = next(iter(page.scene.element_items.values()))
    assert not el.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    assert el.acceptedMouseButtons() == Qt.MouseButton.NoButton
    assert page.editor.create_element("pillar", 30, 10, 1, 1) is None
    organiser(page)
    assert el.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable


def handle_point(page, role):
    h = next(h for h in page.editor.handles.items if h.role == role)
    return page.view.mapFromScene(h.scenePos())


def test_resize_a_booth_by_its_handle(page, qtbot, tmp_path):
    from itday.core.plan import footprint

    organiser(page)
    k2 = code_of(page, "K2")
    item = page.scene.booth_items[k2]
    zoom_on(page, item.pos().x() / S - 3, item.pos().y() / S - 3)
    item.setSelected(True)
    assert len(page.editor.handles.items) == 8 and page.editor.handles.target is item
    b0 = db_booth(page, k2)
    fp0 = footprint(b0.x, b0.y, b0.width, b0.depth, b0.rotation)
    start = handle_point(page, "br")
    end = vp(page, fp0.x2 + 1.3, fp0.y2 + 0.2)
    steps = page.editor.undo_stack.count()
    drag(page, start, end, steps=6)
    assert page.editor.undo_stack.count() == steps + 1  # one step for the whole drag
    b = db_booth(page, k2)
    fp = footprint(b.x, b.y, b.width, b.depth, b.rotation)
    assert (fp.x, fp.y, fp.w, fp.h) == (fp0.x, fp0.y, fp0.w + 1.5, fp0.h)  # snapped
    assert item.footprint_rect().width() == fp.w * S
    assert page.editor.undo_stack.undoText() == "Redimensionner"
    # The left edge dragged past the right one: never below 1 m.
    drag(page, handle_point(page, "l"), vp(page, fp.x2 + 4, fp.y + 1))
    b = db_booth(page, k2)
    fp1 = footprint(b.x, b.y, b.width, b.depth, b.rotation)
    assert fp1.w == 1.0 and fp1.x2 == fp.x2
    page.editor.undo_stack.undo()
    page.editor.undo_stack.undo()
    b = db_booth(page, k2)
    assert (b.x, b.y, b.width, b.depth) == (b0.x, b0.y, b0.width, b0.depth)
    # Painting for print hides the handles; two booths selected: no handles.
    page.paint_to(QPdfWriter(str(tmp_path / "h.pdf")))
    assert page.editor.handles.target is item  # back after painting
    item.setSelected(True)
    page.scene.booth_items[code_of(page, "K1")].setSelected(True)
    assert page.editor.handles.items == []


def make_pdf(path, w_pt=400, h_pt=300):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(w_pt, h_pt))
    c.setLineWidth(4)
    c.rect(20, 20, w_pt - 40, h_pt - 40)
    c.drawString(40, h_pt / 2, "Plan du lieu")
    c.showPage()
    c.save()


def test_pdf_background_loads_and_scales(page, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from itday.ui.pages import plan as plan_module
    from itday.ui.plan.scene import PDF_DPI, load_background

    organiser(page)
    pdf = tmp_path / "venue.pdf"
    make_pdf(pdf)
    image = load_background(str(pdf))
    assert image is not None and image.width() == round(400 * PDF_DPI / 72)
    assert image.pixelColor(5, 5).name() == "#ffffff"  # on white paper
    assert image.pixelColor(round(20 * PDF_DPI / 72), image.height() // 2).lightness() < 100
    monkeypatch.setattr(plan_module, "open_file_name", lambda *a, **k: (str(pdf), ""))
    page.choose_background()  # the PDF is read in a worker
    hall = page.editor.state.hall
    qtbot.waitUntil(lambda: page.scene.background_item is not None, timeout=30_000)
    assert hall.background_scale == pytest.approx(hall.width / image.width())
    # The two clicks of the calibration, 10 m apart on screen, said to be 5 m: half size.
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (5.0, True))
    for x in (10, 20):
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=vp(page, x, 20))
    assert hall.background_scale == pytest.approx(hall.width / image.width() / 2, rel=0.03)
    assert page.scene.background_item.scale() == pytest.approx(hall.background_scale * S)
    pdf.unlink()  # the image lives in the database, not in the file it came from
    page.reload()  # read back from the database: same image size, same scale
    assert page.scene.background_item.pixmap().width() == image.width()


def _background(page, tmp_path, size=(400, 300)):
    from PySide6.QtGui import QImage

    path = tmp_path / "venue.png"
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    image.save(str(path))
    page.use_background(str(path), background_bytes(str(path)), calibrate=False)
    return path


def _saved_hall(page):
    from itday.db.models import Hall

    with page.ctx.db.session() as s:
        return s.exec(select(Hall).where(Hall.event_id == page.ctx.event_id)).one()


def _empty_floor_point(page) -> tuple[float, float]:
    """A place on the hall's floor with no booth or element (metres)."""
    from itday.ui.plan.items import HallItem
    from itday.ui.plan.scene import BackgroundItem

    w, d = page.scene.hall_size
    for y in range(2, int(d) - 2):
        for x in range(2, int(w) - 2):
            around = page.scene.items(QRectF((x - 1.5) * S, (y - 1.5) * S, 3 * S, 3 * S))
            if all(isinstance(i, HallItem | BackgroundItem) for i in around):
                return float(x), float(y)
    raise AssertionError("no empty floor")


def test_background_is_behind_the_stage_and_booths_unless_put_on_top(page, qtbot, tmp_path):
    from itday.ui.plan.items import Z_ELEMENT, Z_HALL

    organiser(page)
    _background(page, tmp_path)
    item = page.scene.background_item
    # behind every element (stage, catering…) and booth, over the floor (else invisible)
    assert Z_HALL < item.zValue() < Z_ELEMENT
    page.act_bg_on_top.trigger()
    item = page.scene.background_item
    assert item.zValue() > max(b.zValue() for b in page.scene.booth_items.values())
    assert _saved_hall(page).background_on_top is True
    page.act_undo.trigger()
    assert page.scene.background_item.zValue() < Z_ELEMENT
    assert not page.act_bg_on_top.isChecked()


def test_background_moved_with_the_mouse_scaled_faded_and_undone(page, qtbot, tmp_path):
    from itday.ui.plan.dialogs import BackgroundDialog

    organiser(page)
    _background(page, tmp_path)
    hall = page.editor.state.hall
    page.act_bg_move.trigger()
    item = page.scene.background_item
    assert item.acceptedMouseButtons() == Qt.MouseButton.LeftButton
    # a drag on the floor (no booth there) moves the image, not the booths
    booths_before = {i: (r["x"], r["y"]) for i, r in page.editor.booths.items()}
    empty = _empty_floor_point(page)
    start = vp(page, *empty)
    drag(page, start, start + QPoint(40, 25))
    saved = _saved_hall(page)
    assert saved.background_x > 0.5 and saved.background_y > 0.3
    assert (hall.background_x, hall.background_y) == (saved.background_x, saved.background_y)
    assert {i: (r["x"], r["y"]) for i, r in page.editor.booths.items()} == booths_before
    # position, width and opacity from the dialog: one undo step
    dialog = BackgroundDialog(hall, item.pixmap().width(), page)
    dialog.x.setValue(2.0)
    dialog.width.setValue(30.0)
    dialog.opacity.setValue(80)
    page.editor.change_background(dialog.values(), "Placer le fond de plan")
    saved = _saved_hall(page)
    assert saved.background_x == pytest.approx(2.0)
    assert saved.background_scale * 400 == pytest.approx(30.0)
    assert page.scene.background_item.opacity() == pytest.approx(0.8)
    page.act_undo.trigger()
    assert _saved_hall(page).background_opacity == pytest.approx(0.45)
    page.act_undo.trigger()  # the drag
    assert (_saved_hall(page).background_x, _saved_hall(page).background_y) == (0.0, 0.0)


def test_background_removed_then_put_back_by_undo(page, qtbot, tmp_path):
    from itday.db import booths as booths_repo

    organiser(page)
    _background(page, tmp_path)
    page.act_bg_remove.trigger()
    assert page.scene.background_item is None
    assert not page.act_bg_remove.isEnabled()
    with page.ctx.db.session() as s:
        assert booths_repo.background_image(page.ctx.event_id, session=s) is None
    page.act_undo.trigger()
    assert page.scene.background_item is not None
    with page.ctx.db.session() as s:
        assert (
            booths_repo.background_image(page.ctx.event_id, session=s)[:8] == b"\x89PNG\r\n\x1a\n"
        )


def test_print_preview_shows_the_full_plan_pdf(page, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    task = page.print_plan(exec_dialog=False)
    assert task is not None
    qtbot.waitUntil(lambda: page.print_preview is not None, timeout=30_000)
    dialog = page.print_preview
    pages = page.print_pages  # rasterised in the worker, not on the GUI thread
    assert len(pages) >= 1 and pages[0].width() > 2000  # A3 at 200 dpi
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == len(pages)
    dialog.done(0)  # closes without exec: the temporary PDF goes
    assert page.print_preview is None


def test_hall_outline_edited_by_its_corners(page, qtbot):
    from itday.db.models import Hall

    organiser(page)
    hall = page.editor.state.hall
    w, d = hall.width, hall.depth
    assert hall.outline == []
    page.act_outline.trigger()
    handles = page.editor.outline_handles
    assert handles.active and len(handles.items) == 4  # the rectangle's corners
    a17 = code_of(page, "A17")  # against the top-right corner
    assert not any(a17 in p.booth_ids for p in page.editor.problems if p.kind == "outside")

    def corner(i):
        return page.view.mapFromScene(handles.items[i].scenePos())

    drag(page, corner(1), vp(page, w - 6.2, 0.2), steps=5)  # top-right corner, 6 m in
    expected = [[0.0, 0.0], [w - 6.0, 0.0], [w, d], [0.0, d]]
    with page.ctx.db.session() as s:
        assert s.get(Hall, hall.id).outline == expected
    assert page.editor.undo_stack.count() == 1
    assert any(a17 in p.booth_ids for p in page.editor.problems if p.kind == "outside")
    # A corner added by a double-click next to the left wall, removed by a right-click.
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=vp(page, 0.4, 3.7))
    assert hall.outline == [*expected, [0.0, 3.5]]
    assert len(handles.items) == 5
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.RightButton, pos=corner(4))
    assert hall.outline == expected
    # Undo all the way back: the rectangle again.
    while page.editor.undo_stack.canUndo():
        page.editor.undo_stack.undo()
    with page.ctx.db.session() as s:
        assert s.get(Hall, hall.id).outline == []
    assert not any(a17 in p.booth_ids for p in page.editor.problems if p.kind == "outside")
    page.act_outline.trigger()
    assert not handles.active


def test_hall_dialog_changes_the_size(page, qtbot, monkeypatch):
    from itday.ui.plan.dialogs import HallDialog

    organiser(page)

    def accept(dialog):
        assert dialog.width.value() == page.editor.state.hall.width  # shows the current size
        dialog.width.setValue(60)
        return 1

    monkeypatch.setattr(HallDialog, "exec", accept)
    page.act_hall.trigger()
    assert page.editor.state.hall.width == 60
    assert page.scene.hall_rect.width() == 60 * S


def test_the_no_hall_notice_goes_once_the_hall_is_drawn(qtbot, db, event_id):
    ctx = AppContext(db, event_id)
    ctx.set_organiser(True)
    p = PlanPage(ctx)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitUntil(lambda: "pas encore de hall" in p.search_result.text())
    p.save_hall(name="Hall A", width=40.0, depth=30.0, min_aisle=3.0)
    assert p.editor.state.hall is not None
    assert "pas encore de hall" not in p.search_result.text()


def test_generator_reads_both_decimal_marks_warns_and_remembers(page, qtbot, monkeypatch):
    """Issue 17.2: « 12.5 » is not 125 m; a block over booths is announced before anything is
    placed (and « no » places nothing); the next block starts from the last values."""
    from PySide6.QtTest import QTest

    organiser(page)
    n = len(page.editor.booths)
    seen = {}

    def fill(dialog):
        for field, typed in ((dialog.width, "2.5"), (dialog.depth, "2,5")):
            field.lineEdit().selectAll()
            QTest.keyClicks(field.lineEdit(), typed)
            field.interpretText()
        seen["size"] = (dialog.width.value(), dialog.depth.value())
        dialog.rows.setValue(1)
        dialog.per_row.setValue(3)
        dialog.x.setValue(page.editor.booths[next(iter(page.editor.booths))]["x"])
        dialog.y.setValue(page.editor.booths[next(iter(page.editor.booths))]["y"])
        dialog.accept()
        return 1

    runs = []

    def fake_exec(dialog):
        runs.append(dialog)
        return fill(dialog) if len(runs) == 1 else 0  # the second time: Cancel

    monkeypatch.setattr(GeneratorDialog, "exec", fake_exec)
    asked = []
    monkeypatch.setattr(page, "confirm", lambda _t, q: asked.append(q) or False)
    page.act_generate.trigger()
    assert seen["size"] == (2.5, 2.5)
    assert len(asked) == 1 and "chevaucherai" in asked[0]
    assert len(page.editor.booths) == n  # « no »: nothing placed
    later = GeneratorDialog((0, 0), set(), page, page.ctx.settings)
    qtbot.addWidget(later)
    assert (later.width.value(), later.rows.value(), later.per_row.value()) == (2.5, 1, 3)


@pytest.mark.parametrize(
    "kind, size", [("emergency_exit", (1.5, 0.5)), ("pillar", (0.5, 0.5)), ("stage", (8.0, 5.0))]
)
def test_a_click_places_an_element_at_its_usual_size(page, kind, size):
    """Issue 17.2: an exit is a 1.50 m door, a stage a stage — not all 0.5 × 0.5 m."""
    organiser(page)
    zoom_on(page, 26, 6)
    page.choose_element_kind(kind)
    n = len(page.editor.state.elements)
    send_mouse(page, "press", vp(page, 30.1, 10.1))
    send_mouse(page, "release", vp(page, 30.1, 10.1))
    assert len(page.editor.state.elements) == n + 1
    e = db_element(page, max(page.editor.scene.element_items))
    assert (e.kind, e.width, e.depth) == (kind, *size)


def test_an_exit_off_the_walls_is_flagged_live(page):
    """Issue 17.2: an emergency exit floating mid-hall is a problem, one on the wall is not."""
    organiser(page)
    zoom_on(page, 26, 6)
    page.choose_element_kind("emergency_exit")
    send_mouse(page, "press", vp(page, 30.1, 10.1))
    send_mouse(page, "release", vp(page, 30.1, 10.1))
    texts = [page.checks.item(i).text() for i in range(page.checks.count())]
    assert any("n'est pas sur un mur" in t for t in texts), texts
    page.editor.undo_stack.undo()
    texts = [page.checks.item(i).text() for i in range(page.checks.count())]
    assert not any("n'est pas sur un mur" in t for t in texts)


def test_type_shown_follows_an_undo_at_once(page):
    """Issue 17.2: the « Type » of the selected booth lagged one edit behind after an undo."""
    from itday.core.enums import BoothKind
    from itday.core.plan import KIND_LABELS_FR

    organiser(page)
    editor = page.editor
    booth_id = next(i for i, r in editor.booths.items() if r["kind"] == BoothKind.INLINE.value)
    editor._select([booth_id])

    def shown() -> str:
        return page.properties.kind.text()

    def label(booth) -> str:
        return KIND_LABELS_FR[BoothKind(editor.booths[booth]["kind"])]

    assert shown().startswith(label(booth_id))
    editor.nudge(200.0, 0.0)  # far from every other booth: an island
    assert editor.booths[booth_id]["kind"] != BoothKind.INLINE.value
    assert shown().startswith(label(booth_id))
    editor.undo_stack.undo()
    assert editor.booths[booth_id]["kind"] == BoothKind.INLINE.value
    assert shown().startswith(label(booth_id)), shown()


def test_print_without_a_hall_says_why(qtbot, tmp_path):
    """Issue 17.2: « Imprimer » on a new edition did nothing at all."""
    import datetime as dt

    from itday.db.engine import Database

    db = Database.open(tmp_path / "new.sqlite")
    with db.session() as s:
        event_id = repo.create_event("IT Day 2018", dt.date(2018, 6, 28), session=s).id
        s.commit()
    ctx = AppContext(db, event_id)
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    said = []
    ctx.bridge.message_posted.connect(lambda level, text: said.append((level, text)))
    assert page.print_plan(exec_dialog=False) is None
    assert said and said[0][0] == "warning" and "hall" in said[0][1]
    ctx.tasks.wait_all(5000)
    db.dispose()


def test_a_drag_on_a_pillar_under_a_selected_booth_moves_the_pillar_only(page, qtbot):
    """40 booths selected (just generated), a pillar standing inside one of them: pressing
    on the pillar and dragging moves the pillar, never the whole selection."""
    organiser(page)
    editor = page.editor
    ids = sorted(editor.booths)[:40]
    row = editor.booths[ids[0]]
    px, py = row["x"] + row["width"] / 2 - 0.25, row["y"] + row["depth"] / 2 - 0.25
    pillar = editor.create_element("pillar", px, py, 0.5, 0.5)
    editor._select(ids)
    before = {i: (editor.booths[i]["x"], editor.booths[i]["y"]) for i in ids}
    start = vp(page, px + 0.25, py + 0.25)
    drag(page, start, start + QPoint(60, 0))
    assert {i: (editor.booths[i]["x"], editor.booths[i]["y"]) for i in ids} == before
    with page.ctx.db.session() as s:
        from itday.db.models import HallElement

        assert s.get(HallElement, pillar).x > px + 0.5  # the pillar itself moved
    assert page.scene.element_items[pillar].isVisible()
    assert page.scene.element_items[pillar].zValue() > page.scene.booth_items[ids[0]].zValue()


def test_declared_capacity_asks_for_more_exits_in_the_problem_list(page, qtbot):
    from itday.ui.plan.dialogs import HallDialog

    organiser(page)
    assert page.editor.problems == []  # the demo hall has the exits its 2,200 m² need
    hall = page.editor.state.hall
    dialog = HallDialog(hall.name, hall.width, hall.depth, hall.min_aisle, page)
    assert dialog.capacity.text() == "1 personne par m²"
    dialog.capacity.setValue(3000)
    page.save_hall(**dialog.values())
    qtbot.waitUntil(lambda: [p.kind for p in page.editor.problems] == ["too_few_exits"])
    assert "il en faut 7" in page.editor.problems[0].message_fr
    assert page.scene.problems_item.zones == []  # the whole hall is not hatched
    dialog = HallDialog(hall.name, hall.width, hall.depth, hall.min_aisle, page, capacity=3000)
    assert dialog.capacity.value() == 3000
    dialog.capacity.setValue(0)
    page.save_hall(**dialog.values())
    qtbot.waitUntil(lambda: page.editor.problems == [])
