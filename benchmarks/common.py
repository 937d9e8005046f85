"""Small helpers shared by the benchmark scripts: timing and the printed table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path


def measure(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls of ``fn`` after ``warmup`` calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def print_table(title: str, rows: list[tuple[str, str, str]]) -> None:
    """Rows of (what, measured, target)."""
    print(f"\n## {title}")
    width = max([len(r[0]) for r in rows] + [4])
    print(f"{'what':<{width}}  {'measured':>14}  target")
    for what, value, target in rows:
        print(f"{what:<{width}}  {value:>14}  {target}")


def demo_database(folder: Path):
    """A fresh demo database in ``folder``: (Database, event id)."""
    from itday.db import repo
    from itday.db.engine import Database
    from itday.services.demo import create_demo

    db = Database.open(Path(folder) / "demo.sqlite")
    with db.session() as s:
        create_demo(s, seed=2017)
        event_id = repo.latest_event(session=s).id
    return db, event_id
