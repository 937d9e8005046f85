"""Plan page benchmarks (offscreen Qt): open the plan with 100 and 2,000 booths (scene built,
checks run, first paint), one mouse-move event while dragging a booth on the 2,000-booth plan,
and one whole drag (press, moves, release: the undo command, the write and the checks).

Run from the repository root:  python benchmarks/bench_plan_ui.py
Prints a table of medians; asserts nothing about time.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import measure, median_ms, print_table  # noqa: E402

RUNS = 5


def _database(path: Path, big: bool):
    from itday.core.plan import generate_block
    from itday.db import repo
    from itday.db.engine import Database
    from itday.db.models import Booth, Exhibitor, Hall
    from itday.services.demo import create_demo

    db = Database.open(path)
    with db.session() as s:
        if not big:
            create_demo(s, seed=2017)
            return db, repo.latest_event(session=s).id
        event = repo.create_event("Grand salon", dt.date(2027, 6, 29), "Parc", session=s)
        s.add(Hall(event_id=event.id, name="Hall 1", width_m=160.0, depth_m=190.0))
        exhibitors = [
            Exhibitor(event_id=event.id, name=f"Entreprise numérique {i:04d}", sector=f"S{i % 9}")
            for i in range(1800)
        ]
        s.add_all(exhibitors)
        s.flush()
        shapes = generate_block(40, 50, aisle=3.0, origin=(3, 3))
        s.add_all(
            Booth(event_id=event.id, code=b.code, x=b.x, y=b.y, width=b.width, depth=b.depth,
                  rotation=b.rotation, status="confirmed" if i < 1800 else "free",
                  exhibitor_id=exhibitors[i].id if i < 1800 else None)
            for i, b in enumerate(shapes)
        )  # fmt: skip
        s.commit()
        return db, event.id


def _open(app, db, event_id, organiser=False):
    from itday.ui.context import AppContext
    from itday.ui.pages.plan import PlanPage

    ctx = AppContext(db, event_id)
    ctx.set_organiser(organiser)
    page = PlanPage(ctx)
    page.resize(1600, 900)
    page.show()
    app.processEvents()
    page.view.viewport().grab()  # first paint
    return page


def _mouse(page, kind, point, held=True):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    types = {
        "press": QMouseEvent.Type.MouseButtonPress,
        "move": QMouseEvent.Type.MouseMove,
        "release": QMouseEvent.Type.MouseButtonRelease,
    }
    left = Qt.MouseButton.LeftButton
    vp = page.view.viewport()
    event = QMouseEvent(
        types[kind],
        QPointF(point),
        QPointF(vp.mapToGlobal(point)),
        Qt.MouseButton.NoButton if kind == "move" else left,
        left if held and kind != "release" else Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(vp, event)


def main() -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from itday.ui.plan.items import S

    app = QApplication.instance() or QApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        small_db, small_event = _database(Path(tmp) / "small.sqlite", big=False)
        big_db, big_event = _database(Path(tmp) / "big.sqlite", big=True)
        pages = []

        def scene_small():
            from itday.ui.context import AppContext
            from itday.ui.plan.editor import PlanEditor
            from itday.ui.plan.view import PlanView

            editor = PlanEditor(AppContext(small_db, small_event))
            editor.load()
            view = PlanView(editor.scene)
            view.resize(1200, 800)
            view.fit_hall()
            view.viewport().grab()
            pages.append((editor, view))

        rows.append(("scene of 99 booths: load + build + checks + first paint",
                     f"{median_ms(measure(scene_small, RUNS)):.0f} ms", "≤ 150 ms"))  # fmt: skip
        pages.clear()

        def open_small():
            pages.append(_open(app, small_db, small_event))

        def open_big():
            pages.append(_open(app, big_db, big_event))

        rows.append(("whole page, 99 booths (all widgets, shown, painted)",
                     f"{median_ms(measure(open_small, RUNS)):.0f} ms", "≤ 150 ms"))  # fmt: skip
        rows.append(("whole page, 2,000 booths", f"{median_ms(measure(open_big, 3)):.0f} ms", "—"))
        for p in pages:
            p.close()
            p.deleteLater()
        app.processEvents()

        page = _open(app, big_db, big_event, organiser=True)
        page.view.resetTransform()
        page.view.scale(0.2, 0.2)  # 20 px per metre, as on a laptop screen
        booth_id = next(iter(page.editor.booths))
        item = page.scene.booth_items[booth_id]
        centre = item.sceneBoundingRect().center()
        page.view.centerOn(centre)
        app.processEvents()
        move_times, drag_times = [], []
        for run in range(RUNS):
            start = page.view.mapFromScene(item.sceneBoundingRect().center())
            t_drag = time.perf_counter()
            _mouse(page, "press", start)
            for k in range(1, 41):
                # 5 px = 0.25 m: every other event crosses a 0.5 m snapping step
                p = start + QPointF(k * 5 * (1 if run % 2 == 0 else -1), 0).toPoint()
                t = time.perf_counter()
                _mouse(page, "move", p)
                app.processEvents()  # includes the repaint of what moved
                move_times.append(time.perf_counter() - t)
            _mouse(page, "release", start + QPointF(200 if run % 2 == 0 else -200, 0).toPoint())
            app.processEvents()
            page.editor._checks_timer.stop()
            page.editor.run_checks()  # the debounced checks, counted in the gesture
            drag_times.append(time.perf_counter() - t_drag)
        rows.append(("one move event while dragging (2,000 booths)",
                     f"{statistics.median(move_times) * 1000:.2f} ms", "≤ 16 ms"))  # fmt: skip
        rows.append(("  worst move event", f"{max(move_times) * 1000:.2f} ms", "—"))
        rows.append(("whole drag: 40 moves + release + save + checks",
                     f"{statistics.median(drag_times) * 1000:.0f} ms", "—"))  # fmt: skip
        rows.append(("  undo steps pushed", str(page.editor.undo_stack.count()), str(RUNS)))
        rows.append(("  booths moved (m)", f"{page.editor.booths[booth_id]['x'] - item.pos().x() / S:.1f}", "0.0"))  # fmt: skip
        page.close()
        small_db.dispose()
        big_db.dispose()
    print_table("Plan page (offscreen, 1600×900)", rows)


if __name__ == "__main__":
    main()
