"""A booth's kind (inline, corner, peninsula, island) from its open sides."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from itday.core.enums import BoothKind, ElementKind
from itday.core.plan.geometry import EPS, Rect, as_booth, as_element, indexed

_SIDES = ("top", "right", "bottom", "left")


def _closed_length(side: str, r: Rect, o: Rect, tol: float) -> float:
    """Length of ``r``'s ``side`` that ``o`` covers when ``o`` touches that side."""
    if side in ("top", "bottom"):
        touching = abs(o.y2 - r.y) <= tol if side == "top" else abs(o.y - r.y2) <= tol
        return max(0.0, min(r.x2, o.x2) - max(r.x, o.x)) if touching else 0.0
    touching = abs(o.x2 - r.x) <= tol if side == "left" else abs(o.x - r.x2) <= tol
    return max(0.0, min(r.y2, o.y2) - max(r.y, o.y)) if touching else 0.0


def open_sides(
    rect: Rect,
    neighbours: Iterable[Rect],
    hall: Rect | None = None,
    tol: float = 0.05,
    closed_fraction: float = 0.5,
) -> list[str]:
    """Sides of ``rect`` ("top", "right", "bottom", "left") that open onto an aisle.

    A side is closed when neighbours touching it (within ``tol``, 5 cm) cover at least
    ``closed_fraction`` (half) of its length together, or when it stands against a hall
    wall (within ``tol``).  Neighbours are other booths and the fixed elements that close a
    stand (walls, stage, catering, pillars the booth is built against) — the caller chooses.
    """
    covered = dict.fromkeys(_SIDES, 0.0)
    for o in neighbours:
        for side in _SIDES:
            covered[side] += _closed_length(side, rect, o, tol)
    result = []
    for side in _SIDES:
        length = rect.w if side in ("top", "bottom") else rect.h
        if hall is not None:
            against_wall = {
                "top": abs(rect.y - hall.y) <= tol,
                "bottom": abs(rect.y2 - hall.y2) <= tol,
                "left": abs(rect.x - hall.x) <= tol,
                "right": abs(rect.x2 - hall.x2) <= tol,
            }[side]
            if against_wall:
                continue
        if covered[side] < closed_fraction * length - EPS:
            result.append(side)
    return result


def kind_from_open_sides(n_open: int) -> BoothKind:
    """1 open side → inline, 2 → corner, 3 → peninsula, 4 → island.

    Two open sides facing each other (a "through" stand) also count as corner, the nearest of
    the four kinds the organisers sell; a stand with no open side (walled in) counts as inline.
    """
    if n_open >= 4:
        return BoothKind.ISLAND
    if n_open == 3:
        return BoothKind.PENINSULA
    if n_open == 2:
        return BoothKind.CORNER
    return BoothKind.INLINE


_CLOSING_ELEMENTS = {ElementKind.WALL, ElementKind.STAGE, ElementKind.CATERING}


def derive_kind(
    booth: Any,
    others: Iterable[Any],
    hall: tuple[float, float] | Rect | None = None,
    elements: Iterable[Any] = (),
) -> BoothKind:
    """Kind of ``booth`` from its open sides (see ``open_sides``).

    ``others`` are the other booths (the booth itself is skipped if present); ``hall`` is
    ``(width, depth)`` or a Rect, whose walls close a side; walls, stage and catering
    ``elements`` close a side too (entrances, exits and pillars do not).
    """
    b = as_booth(booth)
    r = b.rect
    neighbours = []
    for o in others:
        ob = as_booth(o)
        if ob is b or (ob.code == b.code and ob.rect == r):
            continue
        neighbours.append(ob.rect)
    for e in elements:
        el = as_element(e)
        if el.kind in _CLOSING_ELEMENTS:
            neighbours.append(el.rect)
    hall_rect = Rect(0, 0, hall[0], hall[1]) if isinstance(hall, tuple) else hall
    return kind_from_open_sides(len(open_sides(r, neighbours, hall_rect)))


def derive_kinds(
    booths: Sequence[Any],
    hall_w: float | None = None,
    hall_d: float | None = None,
    elements: Iterable[Any] = (),
) -> list[BoothKind]:
    """``derive_kind`` for every booth at once (grid index: fast for thousands of booths)."""
    shapes = [as_booth(b) for b in booths]
    rects = [s.rect for s in shapes]
    index = indexed(rects)
    closing = [as_element(e).rect for e in elements if as_element(e).kind in _CLOSING_ELEMENTS]
    hall = Rect(0, 0, hall_w, hall_d) if hall_w is not None and hall_d is not None else None
    kinds = []
    tol = 0.05
    for i, r in enumerate(rects):
        x1, y1, x2, y2 = r.x - tol, r.y - tol, r.x + r.w + tol, r.y + r.h + tol
        near = [
            o
            for j in index.candidates(r.expanded(tol))
            if j != i
            and (o := rects[j]).x <= x2
            and o.y <= y2
            and o.x + o.w >= x1
            and o.y + o.h >= y1
        ]
        near.extend(e for e in closing if e.intersects(r.expanded(tol), eps=0))
        kinds.append(kind_from_open_sides(len(open_sides(r, near, hall))))
    return kinds
