"""Exits for the hall's capacity (French ERP safety rules): how many doors and how wide."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from itday.core.enums import ElementKind
from itday.core.plan.geometry import Rect, as_element, polygon_area
from itday.core.plan.problems import Problem, metres_fr

#: one "unité de passage" (unit of exit width) per this many people above 500 (article CO 38)
PEOPLE_PER_UNIT = 100
UNIT_M = 0.6  # width of one unit of passage (article CO 36)

DOORS = (ElementKind.EMERGENCY_EXIT, ElementKind.ENTRANCE)


def hall_capacity(
    hall_w: float, hall_d: float, outline: Sequence[Sequence[float]] = (), declared=None
) -> int:
    """People the hall may hold: the declared figure, else one per m² of its floor (rule
    T 2 a of the French ERP regulation for temporary exhibitions and shows)."""
    if declared:
        return int(declared)
    area = polygon_area(outline) if len(outline) >= 3 else hall_w * hall_d
    return math.floor(area)


def exits_needed(people: int) -> tuple[int, int]:
    """(exits, units of passage) a room for ``people`` needs (article CO 38): one exit under
    20 people; two up to 500 — with 2 units up to 100, then one more per 100; above 500 one
    more exit per 500 people or part of 500, one unit per 100 people or part of 100."""
    if people < 20:
        return 1, 1
    if people <= 100:
        return 2, 2
    if people <= 500:
        return 2, math.ceil(people / PEOPLE_PER_UNIT) + 1
    return 2 + math.ceil((people - 500) / 500), math.ceil(people / PEOPLE_PER_UNIT)


def door_units(width: float) -> int:
    """Units of passage a door of this width gives (article CO 36): 1 from 0.90 m, 2 from
    1.40 m, then one per 0.60 m."""
    if width >= 3 * UNIT_M - 1e-9:
        return math.floor(width / UNIT_M + 1e-9)
    if width >= 1.4 - 1e-9:
        return 2
    return 1 if width >= 0.9 - 1e-9 else 0


def _people_fr(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def too_few_exits(
    hall_w: float,
    hall_d: float,
    elements: Sequence[Any],
    outline: Sequence[Sequence[float]] = (),
    capacity: int | None = None,
    off_wall: Sequence[Problem] = (),
) -> list[Problem]:
    """One problem when the doors on the walls are too few or too narrow for the hall."""
    stray = {(p.where.x, p.where.y, p.where.w, p.where.h) for p in off_wall}
    widths = []
    for el in (as_element(e) for e in elements):
        r = el.rect
        if el.kind in DOORS and (r.x, r.y, r.w, r.h) not in stray:
            widths.append(max(r.w, r.h))
    people = hall_capacity(hall_w, hall_d, outline, capacity)
    need_doors, need_units = exits_needed(people)
    units = sum(door_units(w) for w in widths)
    if len(widths) >= need_doors and units >= need_units:
        return []
    basis_fr = "déclarées" if capacity else "1 par m²"
    basis_en = "declared" if capacity else "one per m²"
    if len(widths) < need_doors:
        fr = (f"Le hall a {len(widths)} issue(s) sur ses murs (sorties de secours et entrées) "
              f"pour {_people_fr(people)} personnes ({basis_fr}) : il en faut {need_doors} "
              "(règlement ERP, article CO 38).")  # fmt: skip
        en = (f"The hall has {len(widths)} door(s) on its walls (emergency exits and entrances) "
              f"for {people:,} people ({basis_en}): it needs {need_doors} "
              "(French ERP rules, article CO 38).")  # fmt: skip
    else:
        fr = (f"Les issues du hall totalisent {units} unité(s) de passage pour "
              f"{_people_fr(people)} personnes ({basis_fr}) : il en faut {need_units}, soit "
              f"environ {metres_fr(need_units * UNIT_M)} de portes (article CO 38).")  # fmt: skip
        en = (f"The hall's doors add up to {units} unit(s) of passage for {people:,} people "
              f"({basis_en}): it needs {need_units}, about "
              f"{need_units * UNIT_M:.1f} m of doors (article CO 38).")  # fmt: skip
    return [Problem("too_few_exits", (), fr, Rect(0.0, 0.0, hall_w, hall_d), en)]
