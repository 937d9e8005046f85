"""The Plan page « par visites » at the Occitanie scale (issue 26), offscreen Qt: 3,000
visitors, 240 stands (each with its booth), 20,000 leads.

Measures the worker's part (the leads read and indexed, the scales' maxima over every
one-hour window) and, on the GUI thread, one step of the time slider: the window's counts,
240 booths recoloured with their numbers, the legend, and the plan repainted — what the
organiser waits for at each notch.  Prints medians; asserts nothing about time.

Run from the repository root:  python -m benchmarks.bench_visits_ui
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_visits import STANDS, build  # noqa: E402
from benchmarks.common import measure, median_ms, print_table  # noqa: E402


class _State:
    cancelled = False

    def check(self) -> None:
        pass

    def progress(self, *_args) -> None:
        pass


def _booths_for_everyone(db, event_id: int) -> None:
    """The demo hall has 99 booths: the other stands get one each, in rows below it."""
    from sqlmodel import select

    from itday.db.models import Booth, Exhibitor

    with db.session() as s:
        placed = set(s.exec(select(Booth.exhibitor_id)).all())
        rest = [e for e in s.exec(select(Exhibitor.id)).all() if e not in placed]
        for k, ex in enumerate(rest):
            s.add(Booth(event_id=event_id, code=f"Z{k:03d}", x=3 + (k % 25) * 3.5,
                        y=75 + (k // 25) * 3.5, exhibitor_id=ex, status="confirmed"))  # fmt: skip
        s.commit()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from itday.db.engine import Database
    from itday.ui.context import AppContext
    from itday.ui.pages.plan import PlanPage
    from itday.ui.plan.visits import load_visits

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "occitanie.sqlite"
        event_id = build(path)
        db = Database.open(path)
        _booths_for_everyone(db, event_id)
        worker = measure(lambda: load_visits(_State(), db, event_id), repeat=3)
        ctx = AppContext(db, event_id)
        page = PlanPage(ctx)
        page.resize(1366, 768)
        page.show()
        page.colour.setCurrentIndex(page.colour.findData("visits"))
        deadline = time.monotonic() + 60
        while not (page.visits.data is not None and page.is_ready()):
            app.processEvents()
            if time.monotonic() > deadline:
                raise SystemExit("the visits were not read in 60 s")
        bar = page.visits.bar
        bar.mode.setCurrentIndex(bar.mode.findData("hour"))
        viewport = page.view.viewport()
        booths = len(page.scene.booth_items)
        steps = []
        for position in range(bar.slider.maximum() + 1):
            t0 = time.perf_counter()
            bar.slider.setValue(position)
            viewport.repaint()
            steps.append(time.perf_counter() - t0)
        data = page.visits.data
        middle = data.window(data.steps // 2)
        counts_only = measure(lambda: data.index.counts(*middle), repeat=20)
        repaint = measure(viewport.repaint, repeat=20)
        steps.sort()
        p95 = steps[int(0.95 * (len(steps) - 1))] * 1000
        print_table(
            f"Plan « par visites », offscreen ({STANDS} stands, {booths} booths, "
            f"{len(page.visits.data.index)} leads)",
            [
                ("worker: read, index, scales (once)", f"{median_ms(worker):.0f} ms", ""),
                ("counts of one window (in the worker)", f"{median_ms(counts_only):.1f} ms", ""),
                ("the plan repainted alone (for scale)", f"{median_ms(repaint):.1f} ms", ""),
                (
                    f"one slider step, counts + colours + numbers + repaint "
                    f"(median of {len(steps)})",
                    f"{median_ms(steps):.1f} ms",
                    "≤ 100 ms",
                ),
                ("one slider step (p95)", f"{p95:.1f} ms", "≤ 100 ms"),
                ("one slider step (slowest)", f"{steps[-1] * 1000:.1f} ms", ""),
            ],
        )
        ctx.tasks.wait_all(5000)
        page.close()
        db.dispose()


if __name__ == "__main__":
    main()
