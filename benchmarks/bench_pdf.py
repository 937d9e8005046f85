"""Measure PDF rendering: 900 badges per layout, the exhibitor documents for 100 and 1,000
exhibitors.  Prints a table (median of 3 runs); asserts nothing about time.

    /work/venv/bin/python benchmarks/bench_pdf.py
"""

from __future__ import annotations

import datetime
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from itday.core.badge import code_from_seed  # noqa: E402
from itday.core.enums import Category  # noqa: E402
from itday.core.text import sort_key  # noqa: E402
from itday.services.pdf import badges as B  # noqa: E402
from itday.services.pdf import lists as L  # noqa: E402
from itday.services.pdf.fonts import register_fonts  # noqa: E402

EVENT = B.EventInfo("Innovation IT Day 2017", datetime.date(2017, 6, 29), "Diagora, Labège")
FIRST = ["Jean", "Marie", "Łukasz", "Søren", "Ğül", "Ελένη", "太郎", "Maria-Magdalena", "Zoë"]
LAST = ["Dupont", "Lefèvre", "Straße", "İnönü", "山田", "Wolfeschlegelsteinhausenbergerdorff"]
COMPANY = ["Airbus", "CNES", "Thales Alenia Space", "Sopra Steria", "", "Łódź Software " * 8]
SECTORS = ["Cloud", "Cybersécurité", "IoT", "Éditeur de logiciels", "Conseil", "Aéronautique"]


def make_badges(n: int, rng: random.Random) -> list[B.BadgeData]:
    cats = [c.value for c in Category]
    items = [
        B.BadgeData(
            rng.choice(FIRST),
            rng.choice(LAST),
            rng.choice(COMPANY),
            rng.choice(cats),
            code_from_seed(rng),
        )
        for _ in range(n)
    ]
    return sorted(items, key=lambda b: sort_key(b.last_name))


def make_entries(n: int, rng: random.Random) -> list[L.ExhibitorEntry]:
    return [
        L.ExhibitorEntry(
            f"{rng.choice(['Alpha', 'Éole', 'Zénith', 'Bêta', 'Łódź', '東京'])} {i}",
            rng.choice(SECTORS),
            [
                f"{rng.choice('ABCDEF')}{rng.randint(1, 40)}"
                for _ in range(rng.choice([1, 1, 1, 2]))
            ],
            "Solutions numériques pour l'industrie et les collectivités. " * rng.randint(1, 4),
            f"https://exposant{i}.example.fr",
        )
        for i in range(n)
    ]


def measure(fn, out: Path, runs: int = 3) -> tuple[float, int, int]:
    times, pages = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        pages = fn(out)
        times.append(time.perf_counter() - start)
    return statistics.median(times), out.stat().st_size, pages


def main() -> None:
    rng = random.Random(2017)
    start = time.perf_counter()
    register_fonts()
    print(f"register_fonts: {1000 * (time.perf_counter() - start):.0f} ms\n")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        badges = make_badges(900, rng)
        for layout in B.LAYOUTS:
            t, size, pages = measure(
                lambda p, lay=layout: B.render_badges(p, badges, EVENT, lay), folder / "b.pdf"
            )
            rows.append((f"900 badges, {layout}", t, size, pages))
        for n in (100, 1000):
            entries = make_entries(n, rng)
            for by in ("name", "booth", "sector"):
                t, size, pages = measure(
                    lambda p, by=by, e=entries: L.render_list(p, e, EVENT, by), folder / "l.pdf"
                )
                rows.append((f"list by {by}, {n} exhibitors", t, size, pages))
            t, size, pages = measure(
                lambda p, e=entries: L.render_directory(p, e, EVENT), folder / "d.pdf"
            )
            rows.append((f"directory, {n} exhibitors", t, size, pages))
            signs = [(b, e.name) for e in entries for b in e.booths]
            t, size, pages = measure(
                lambda p, s=signs: L.render_booth_signs(p, s, EVENT), folder / "s.pdf"
            )
            rows.append((f"booth signs, {n} exhibitors", t, size, pages))
    print(f"{'case':<34} {'median s':>9} {'size KB':>9} {'pages':>6}")
    print("-" * 61)
    for name, t, size, pages in rows:
        print(f"{name:<34} {t:>9.2f} {size / 1024:>9.0f} {pages:>6}")


if __name__ == "__main__":
    main()
