"""Issue 24.15: the plan's undo history survives a visit to another page (an exhibitor edited
there announces « booths » too), and is dropped only when the hall itself changed elsewhere."""

from __future__ import annotations

from sqlmodel import select

from itday.db.models import Booth, Exhibitor
from itday.ui.app import build_window


def _window(qtbot, demo_db):
    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.ctx.set_organiser(True)
    window.resize(1366, 768)
    window.show()
    plan = window.pages["plan"]
    qtbot.waitUntil(plan.is_ready)
    return window, plan


def _announce(window, *whats):
    for what in whats:
        window.ctx.bridge.data_changed.emit(what)


def test_the_plan_keeps_its_undo_history_across_pages(qtbot, demo_db):
    window, plan = _window(qtbot, demo_db)
    booth_id = next(iter(plan.editor.booths))
    x0 = plan.editor.booths[booth_id]["x"]
    plan.editor._select([booth_id])
    plan.editor.nudge(1, 0)
    assert plan.editor.booths[booth_id]["x"] != x0
    window.show_page("exhibitors")
    qtbot.waitUntil(window.pages["exhibitors"].is_ready)
    with demo_db.session() as s:  # an exhibitor edited on its page…
        exhibitor = s.exec(select(Exhibitor)).first()
        exhibitor.contact_phone = "05 61 00 00 00"
        s.add(exhibitor)
        s.commit()
    _announce(window, "exhibitors", "booths", "attendees")  # …as its commands announce it
    window.show_page("plan")
    assert plan.editor.undo_stack.canUndo() and plan.act_undo.isEnabled()
    plan.act_undo.trigger()
    assert plan.editor.booths[booth_id]["x"] == x0
    with demo_db.session() as s:
        assert s.get(Booth, booth_id).x == x0


def test_a_hall_changed_elsewhere_drops_the_history(qtbot, demo_db):
    window, plan = _window(qtbot, demo_db)
    first, second = list(plan.editor.booths)[:2]
    plan.editor._select([first])
    plan.editor.nudge(1, 0)
    with demo_db.session() as s:  # another station moves another booth
        booth = s.get(Booth, second)
        booth.y += 2
        s.add(booth)
        s.commit()
    _announce(window, "booths")
    assert not plan.editor.undo_stack.canUndo()
    assert plan.editor.booths[second]["y"] == booth.y
