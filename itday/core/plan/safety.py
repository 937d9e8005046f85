"""The safety rules of a layout, each a small function returning its problems, and
``check_plan`` that runs them all.

Adding a rule is adding a function that takes the ``Layout`` and returns its ``Problem``s, and
naming it in ``RULES`` (and a test).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from itday.core.enums import ElementKind
from itday.core.plan.codes import natural_key
from itday.core.plan.exits import DOORS, too_few_exits
from itday.core.plan.geometry import (
    EPS,
    BoothShape,
    ElementShape,
    GridIndex,
    Rect,
    as_booth,
    as_element,
    clearance_zone,
    facing_gap,
    indexed,
    segment_distance,
)
from itday.core.plan.problems import KIND_ORDER, Problem, metres_fr

_ELEMENT_NAMES_FR = {
    ElementKind.WALL: "un mur",
    ElementKind.PILLAR: "un poteau",
    ElementKind.ENTRANCE: "l'entrée",
    ElementKind.EMERGENCY_EXIT: "une sortie de secours",
    ElementKind.STAGE: "l'espace conférences",
    ElementKind.CATERING: "l'espace restauration",
}


@dataclass
class Layout:
    """A layout as the rules read it: the hall, its booths (their rectangles filed in a grid
    index), its fixed elements and the thresholds."""

    hall: Rect
    booths: list[BoothShape]
    elements: list[ElementShape]
    min_aisle: float = 3.0
    exit_clearance: float = 1.4
    outline: Sequence[Sequence[float]] = ()
    capacity: int | None = None
    rects: list[Rect] = field(init=False)
    keys: list[int | str] = field(init=False)
    codes: list[str] = field(init=False)
    index: GridIndex = field(init=False)

    def __post_init__(self) -> None:
        self.rects = [s.rect for s in self.booths]
        self.keys = [s.key for s in self.booths]
        self.codes = [s.code for s in self.booths]
        self.index = indexed(self.rects)

    @cached_property
    def close_pairs(self) -> list[tuple[int, int, bool]]:
        """Pairs of booths (i < j) that overlap (True) or stand closer than an aisle (False)."""
        bounds = [(r.x, r.y, r.x2, r.y2) for r in self.rects]
        low, high = EPS, self.min_aisle - EPS
        pairs = []
        for i, r in enumerate(self.rects):
            ax1, ay1, ax2, ay2 = bounds[i]
            for j in self.index.candidates(r.expanded(self.min_aisle)):
                if j <= i:
                    continue
                # Hot loop: plain floats; Rects only for the rare problems.
                bx1, by1, bx2, by2 = bounds[j]
                ox = (ax2 if ax2 < bx2 else bx2) - (ax1 if ax1 > bx1 else bx1)
                oy = (ay2 if ay2 < by2 else by2) - (ay1 if ay1 > by1 else by1)
                if ox > EPS and oy > EPS:
                    pairs.append((i, j, True))
                elif (ox > EPS or oy > EPS) and low < -(oy if ox > EPS else ox) < high:
                    pairs.append((i, j, False))  # facing sides: diagonal neighbours are not
        return pairs

    @cached_property
    def doors_off_wall(self) -> list[Problem]:
        return doors_off_wall(self.hall.w, self.hall.h, self.elements, self.outline)

    def alone_in(self, zone: Rect, *booths: int) -> bool:
        """No booth but ``booths`` stands in ``zone`` (else that one's own gaps are checked)."""
        return not any(k not in booths for k in self.index.query(zone))


Rule = Callable[[Layout], list[Problem]]


def overlapping_booths(plan: Layout) -> list[Problem]:
    """``overlap``: two booths share an area."""
    found = []
    for i, j, overlap in plan.close_pairs:
        if overlap:
            codes = plan.codes
            found.append(
                Problem(
                    "overlap",
                    (plan.keys[i], plan.keys[j]),
                    f"Les stands {codes[i]} et {codes[j]} se chevauchent.",
                    plan.rects[i].intersection(plan.rects[j]) or plan.rects[i],
                    f"Booths {codes[i]} and {codes[j]} overlap.",
                )
            )
    return found


def booths_outside(plan: Layout) -> list[Problem]:
    """``outside``: a booth sticks out of the hall rectangle."""
    return [
        Problem(
            "outside",
            (plan.keys[i],),
            f"Le stand {plan.codes[i]} dépasse des limites du hall.",
            r,
            f"Booth {plan.codes[i]} sticks out of the hall.",
        )
        for i, r in enumerate(plan.rects)
        if not plan.hall.contains(r)
    ]


def booths_over_elements(plan: Layout) -> list[Problem]:
    """``over_element``: a booth covers a fixed element (pillar, wall, stage, catering, door)."""
    found = []
    for el in plan.elements:
        er = el.rect
        name = el.label or _ELEMENT_NAMES_FR.get(el.kind, str(el.kind))
        for i in plan.index.query(er):
            found.append(
                Problem(
                    "over_element",
                    (plan.keys[i],),
                    f"Le stand {plan.codes[i]} empiète sur {name}.",
                    plan.rects[i].intersection(er) or er,
                    f"Booth {plan.codes[i]} covers {el.label or el.kind.value.replace('_', ' ')}.",
                )
            )
    return found


def aisles_between_booths(plan: Layout) -> list[Problem]:
    """``narrow_aisle``: two booths face each other (parallel sides whose projections overlap)
    across a gap ``0 < gap < min_aisle`` with no other booth in the gap."""
    found = []
    codes, least = plan.codes, plan.min_aisle
    for i, j, overlap in plan.close_pairs:
        facing = None if overlap else facing_gap(plan.rects[i], plan.rects[j])
        if facing is None:
            continue
        gap, zone = facing
        if EPS < gap < least - EPS and plan.alone_in(zone, i, j):
            a, b = sorted((i, j), key=lambda k: natural_key(codes[k]))
            found.append(
                Problem(
                    "narrow_aisle",
                    (plan.keys[a], plan.keys[b]),
                    f"Allée de {metres_fr(gap)} entre les stands {codes[a]} et {codes[b]} "
                    f"(minimum {metres_fr(least)}).",
                    zone,
                    f"{gap:.2f} m aisle between booths {codes[a]} and {codes[b]} "
                    f"(minimum {least:g} m).",
                )
            )
    return found


def aisles_along_walls(plan: Layout) -> list[Problem]:
    """``narrow_aisle``: a booth and a wall of the hall closer than ``min_aisle``."""
    found = []
    hall_w, hall_d, least = plan.hall.w, plan.hall.h, plan.min_aisle
    for i, r in enumerate(plan.rects):
        for side, gap in enumerate((r.y, hall_d - r.y2, r.x, hall_w - r.x2)):
            if not EPS < gap < least - EPS:
                continue
            zone = (
                Rect(r.x, 0.0, r.w, gap),
                Rect(r.x, r.y2, r.w, gap),
                Rect(0.0, r.y, gap, r.h),
                Rect(r.x2, r.y, gap, r.h),
            )[side]
            if plan.alone_in(zone, i):
                found.append(_passage(plan, i, gap, zone, least, "le mur du hall", "the hall wall"))
    return found


def aisles_beside_elements(plan: Layout) -> list[Problem]:
    """``narrow_aisle``: a booth and a wall element, the stage or the catering area closer
    than ``min_aisle``; beside a pillar, the passage left must be at least ``exit_clearance``
    (1.40 m, the French ERP minimum for an exit path)."""
    found = []
    for el in plan.elements:
        if el.kind in DOORS:
            continue
        er = el.rect
        name = el.label or _ELEMENT_NAMES_FR.get(el.kind, str(el.kind))
        limit = plan.exit_clearance if el.kind == ElementKind.PILLAR else plan.min_aisle
        for i in plan.index.candidates(er.expanded(limit)):
            r = plan.rects[i]
            facing = None if r.intersects(er) else facing_gap(r, er)
            if facing is None:
                continue
            gap, zone = facing
            if EPS < gap < limit - EPS and plan.alone_in(zone, i):
                found.append(_passage(plan, i, gap, zone, limit, name, el.label or el.kind.value))
    return found


def _passage(
    plan: Layout, i: int, gap: float, zone: Rect, least: float, beside_fr: str, beside_en: str
) -> Problem:
    """The passage of ``gap`` between booth ``i`` and what stands beside it is too narrow."""
    code = plan.codes[i]
    return Problem(
        "narrow_aisle",
        (plan.keys[i],),
        f"Passage de {metres_fr(gap)} entre le stand {code} et {beside_fr} "
        f"(minimum {metres_fr(least)}).",
        zone,
        f"{gap:.2f} m passage between booth {code} and {beside_en} (minimum {least:g} m).",
    )


def blocked_doors(plan: Layout) -> list[Problem]:
    """``exit_blocked``: a booth stands in the zone in front of an emergency exit (or the
    entrance): the door's width, from the wall to ``exit_clearance`` beyond the door."""
    found = []
    clearance = plan.exit_clearance
    for el in plan.elements:
        if el.kind not in DOORS:
            continue
        zone = clearance_zone(el.rect, plan.hall, clearance)
        hits = sorted(plan.index.query(zone), key=lambda k: natural_key(plan.codes[k]))
        if not hits:
            continue
        exit_ = el.kind == ElementKind.EMERGENCY_EXIT
        what_fr, what_en = (
            ("La sortie de secours", "Emergency exit") if exit_ else ("L'entrée", "Entrance")
        )
        label = f" « {el.label} »" if el.label else ""
        listed = ", ".join(plan.codes[k] for k in hits)
        found.append(
            Problem(
                "exit_blocked",
                tuple(plan.keys[k] for k in hits),
                f"{what_fr}{label} est obstruée par : {listed} "
                f"(dégagement de {metres_fr(clearance)} requis).",
                zone,
                f"{what_en}{label} blocked by {listed} ({clearance:g} m clearance needed).",
            )
        )
    return found


def doors_off_the_walls(plan: Layout) -> list[Problem]:
    """``door_off_wall``: an emergency exit or an entrance that is not on the hall's walls (its
    ``outline`` polygon, else the rectangle): a door floating mid-hall leads nowhere."""
    return plan.doors_off_wall


def too_few_exits_for_the_hall(plan: Layout) -> list[Problem]:
    """``too_few_exits``: the doors on the walls (exits and entrances) are fewer, or narrower in
    all, than the hall's capacity needs (``exits_needed``; capacity: ``capacity`` or one
    person per m² of the hall)."""
    hall = plan.hall
    return too_few_exits(
        hall.w, hall.h, plan.elements, plan.outline, plan.capacity, plan.doors_off_wall
    )


#: every rule ``check_plan`` runs
RULES: tuple[Rule, ...] = (
    overlapping_booths,
    booths_outside,
    booths_over_elements,
    aisles_between_booths,
    aisles_along_walls,
    aisles_beside_elements,
    blocked_doors,
    doors_off_the_walls,
    too_few_exits_for_the_hall,
)


def _order(p: Problem) -> tuple:
    return (KIND_ORDER.index(p.kind), p.where.y, p.where.x, tuple(str(k) for k in p.booth_ids))


def check_plan(
    hall_w: float,
    hall_d: float,
    booths: Sequence[Any],
    elements: Sequence[Any] = (),
    min_aisle: float = 3.0,
    exit_clearance: float = 1.4,
    outline: Sequence[Sequence[float]] = (),
    capacity: int | None = None,
    rules: Sequence[Rule] = RULES,
) -> list[Problem]:
    """Every problem of a layout found by ``rules``, in a stable order (by kind, then
    position): see each rule of ``RULES`` for what it finds.

    ``booths`` and ``elements`` may be shapes, dicts, ORM rows or (elements only) tuples.
    Problems name booths by id, or by code when the id is None.  Runs in O(n) on average
    thanks to a bucket grid.
    """
    plan = Layout(
        Rect(0.0, 0.0, hall_w, hall_d),
        [as_booth(b) for b in booths],
        [as_element(e) for e in elements],
        min_aisle,
        exit_clearance,
        outline,
        capacity,
    )
    return sorted((p for rule in rules for p in rule(plan)), key=_order)


def doors_off_wall(
    hall_w: float,
    hall_d: float,
    elements: Sequence[Any],
    outline: Sequence[Sequence[float]] = (),
    tolerance: float = 0.5,
) -> list[Problem]:
    """Emergency exits and entrances whose footprint does not touch the hall's walls."""
    corners = [tuple(p) for p in outline] if len(outline) >= 3 else [
        (0.0, 0.0), (hall_w, 0.0), (hall_w, hall_d), (0.0, hall_d)
    ]  # fmt: skip
    walls = list(zip(corners, corners[1:] + corners[:1], strict=True))
    found = []
    for el in (as_element(e) for e in elements):
        if el.kind not in DOORS:
            continue
        r = el.rect
        cx, cy = r.centre
        reach = min(r.w, r.h) / 2 + tolerance
        if min(segment_distance(cx, cy, a, b) for a, b in walls) <= reach:
            continue
        exit_ = el.kind == ElementKind.EMERGENCY_EXIT
        label = f" « {el.label} »" if el.label else ""
        found.append(
            Problem(
                "door_off_wall",
                (),
                f"{'La sortie de secours' if exit_ else 'L’entrée'}{label} n'est pas sur un mur "
                "du hall : placez-la sur le contour.",
                r,
                f"{'Emergency exit' if exit_ else 'Entrance'}{label} is not on a wall of the "
                "hall: place it on the outline.",
            )
        )
    return sorted(found, key=lambda p: (p.where.y, p.where.x))
