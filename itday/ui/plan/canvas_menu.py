"""The plan's context menu: a right click on the canvas offers what the toolbars do.

At 1366 px a toolbar can run out of room; the canvas menu reaches every action of the page
from the place the organiser is looking at (issue 24.12).  A right click on a booth or a
fixed element first selects it (unless it is already part of the selection), so that
« Pivoter », « Dupliquer » and « Supprimer » act on it.  A right click on a corner of the
outline keeps its meaning (it removes the corner): no menu then.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QGraphicsItem, QMenu

from itday.ui.plan.items import BoothItem, ElementItem, VertexHandle


def _target(item: QGraphicsItem | None) -> QGraphicsItem | None:
    """The booth or element ``item`` belongs to (a label inside a booth is its booth)."""
    while item is not None and not isinstance(item, (BoothItem, ElementItem, VertexHandle)):
        item = item.parentItem()
    return item


def canvas_menu(page, pos: QPoint) -> QMenu | None:
    """The menu for a right click at ``pos`` (viewport coordinates) on ``page``'s view."""
    target = _target(page.view.itemAt(pos))
    if isinstance(target, VertexHandle):
        return None
    if target is not None and page.ctx.organiser and not target.isSelected():
        page.scene.clearSelection()
        target.setSelected(True)
    groups = [
        [page.act_rotate, page.act_duplicate, page.act_delete, page.act_align],
        [page.act_select, page.act_create, page.act_element, page.act_generate],
        [page.act_undo, page.act_redo],
        [page.act_hall_menu],
        [page.act_fit, page.act_zoom_in, page.act_zoom_out],
        [page.act_print, page.act_export],
    ]
    menu = QMenu(page)
    for group in groups:
        shown = [act for act in group if act.isVisible()]
        if shown and not menu.isEmpty():
            menu.addSeparator()
        for act in shown:
            menu.addAction(act)
    return menu
