"""Issue 24.12: at 1366 × 768, in French and English, every action of the Plan page can be
reached — on the toolbars, in their menus, in the overflow (») — and the canvas has a
context menu (« Fond de plan » once could not be reached at all)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from itday.ui.app import build_window


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    from itday.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, request.param) == request.param
    yield request.param
    remove_translators(qapp)


@pytest.fixture
def app_style(qapp):
    """The app's own style sheet (its 11 pt font), as ``itday gui`` sets it."""
    from itday.ui.style import STYLE

    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLE)
    yield
    qapp.setStyleSheet(before)


@pytest.fixture
def plan(qtbot, demo_db, language, app_style):
    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.ctx.set_organiser(True)
    window.resize(1366, 768)
    window.show()
    window.show_page("plan")
    page = window.pages["plan"]
    qtbot.waitUntil(page.is_ready)
    qtbot.waitExposed(window)
    yield page
    window.ctx.tasks.wait_all(10_000)


def _with_submenus(actions) -> set[QAction]:
    found: set[QAction] = set()
    todo = list(actions)
    while todo:
        act = todo.pop()
        if act in found or act.isSeparator() or not act.isVisible():
            continue
        found.add(act)
        if act.menu() is not None:
            todo.extend(act.menu().actions())
    return found


def _reachable_from_toolbars(page) -> tuple[set[QAction], list[str]]:
    """The actions shown on the page's toolbars or in their menus and overflow, and the
    names of toolbar entries that are neither shown nor in the overflow."""
    reachable: set[QAction] = set()
    lost: list[str] = []
    for bar in page.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        ext = next(
            b for b in bar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"
        )
        overflow = set(ext.menu().actions()) if ext.isVisible() and ext.menu() else set()
        for act in bar.actions():
            if act.isSeparator() or not act.isVisible():
                continue
            widget = bar.widgetForAction(act)
            shown = widget is not None and widget.isVisible()
            if shown:
                assert bar.rect().contains(widget.geometry()), act.text()
            if shown or act in overflow:
                reachable |= _with_submenus([act])
            else:
                lost.append(act.text() or type(widget).__name__)
    return reachable, lost


def test_every_action_of_the_plan_is_reachable_at_1366(plan):
    reachable, lost = _reachable_from_toolbars(plan)
    assert not lost
    wanted = {act for act in plan.actions() if act.isVisible()}
    missing = sorted(act.text() for act in wanted - reachable)
    assert not missing, missing
    assert plan.act_background in reachable  # « Fond de plan… »
    # the bar fits whole: nothing in the overflow with the default element
    assert all(
        plan.toolbar.widgetForAction(a).isVisible()
        for a in plan.toolbar.actions()
        if a.isVisible() and not a.isSeparator()
    )


def test_every_action_stays_reachable_whatever_element_is_chosen(plan):
    for kind in plan.editor.element_names():
        plan.choose_element_kind(kind, activate=False)
        plan.toolbar.layout().invalidate()
        plan.toolbar.layout().activate()
        reachable, lost = _reachable_from_toolbars(plan)
        assert not lost, (kind, lost)
        assert plan.act_background in reachable and plan.act_print in reachable, kind


def _booth_pos(page):
    booth_id = next(iter(page.scene.booth_items))
    item = page.scene.booth_items[booth_id]
    return booth_id, page.view.mapFromScene(item.sceneBoundingRect().center())


def test_a_right_click_on_the_canvas_offers_every_action(qtbot, plan):
    booth_id, pos = _booth_pos(plan)
    plan.show_canvas_menu(pos)
    menu = plan.canvas_menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    assert plan.editor.selected_ids() == [booth_id]  # the menu acts on the booth clicked
    inside = _with_submenus(menu.actions())
    for act in (plan.act_delete, plan.act_rotate, plan.act_duplicate, plan.act_background,
                plan.act_bg_remove, plan.act_outline, plan.act_generate, plan.act_print,
                plan.act_export, plan.act_undo, plan.act_fit):  # fmt: skip
        assert act in inside, act.text()
    menu.close()


def test_in_reception_mode_the_canvas_menu_only_views(qtbot, plan):
    plan.ctx.set_organiser(False)
    _booth_id, pos = _booth_pos(plan)
    plan.show_canvas_menu(pos)
    inside = _with_submenus(plan.canvas_menu.actions())
    assert plan.act_fit in inside and plan.act_zoom_in in inside
    assert plan.act_delete not in inside and plan.act_background not in inside
    plan.canvas_menu.close()
