"""Plan benchmarks: check_plan on 100 and 2,000 booths, kinds, and the plan PDF (A3, ~100 booths).

Run from the repository root:  python benchmarks/bench_plan.py
Prints a table of medians over 5 runs; asserts nothing about time.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from itday.core.diagora import demo_hall, demo_layout  # noqa: E402
from itday.core.plan import check_plan, derive_kinds, generate_block  # noqa: E402
from itday.services.pdf.plan import PlanBooth, PlanData, render_plan_pdf, render_plan_png  # noqa: E402

RUNS = 5


def median_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def plan_data() -> PlanData:
    hall = demo_hall()
    booths = [
        PlanBooth(b.code, b.x, b.y, b.width, b.depth, b.rotation, "confirmed",
                  f"Entreprise numérique {i:03d}", f"Secteur {i % 6}", i % 2 == 0)
        for i, b in enumerate(demo_layout(0))
    ]  # fmt: skip
    elements = [(e.kind.value, e.label, e.x, e.y, e.width, e.depth) for e in hall.elements]
    return PlanData("Innovation IT Day", "2017-06-29", hall.width, hall.depth, [], elements, booths)


def main() -> None:
    hall = demo_hall()
    demo = demo_layout(0)
    big = generate_block(40, 50, aisle=3.0, origin=(3, 3))  # 2,000 booths, 160 m × 190 m
    messy = generate_block(40, 50, aisle=2.5, origin=(3, 3))  # every aisle too narrow
    data = plan_data()
    rows = [
        (
            f"check_plan demo ({len(demo)} booths)",
            lambda: check_plan(hall.width, hall.depth, demo, hall.elements),
        ),
        (f"check_plan {len(big)} booths, clean", lambda: check_plan(160, 190, big)),
        (f"check_plan {len(messy)} booths, narrow aisles", lambda: check_plan(160, 190, messy)),
        (f"derive_kinds {len(big)} booths", lambda: derive_kinds(big, 160, 190)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(
            (
                f"plan PDF A3 ({len(data.booths)} booths)",
                lambda: render_plan_pdf(Path(tmp) / "p.pdf", data),
            )
        )
        rows.append(("plan PDF A0", lambda: render_plan_pdf(Path(tmp) / "p0.pdf", data, "A0")))
        rows.append(
            ("plan PNG A3 150 dpi", lambda: render_plan_png(Path(tmp) / "p.png", data, 150))
        )
        width = max(len(name) for name, _ in rows)
        print(f"{'benchmark':<{width}}  median of {RUNS} (ms)")
        print("-" * (width + 24))
        for name, fn in rows:
            print(f"{name:<{width}}  {median_ms(fn):10.1f}")
    print(f"\n(narrow-aisle layout reports {len(check_plan(160, 190, messy))} problems)")


if __name__ == "__main__":
    main()
