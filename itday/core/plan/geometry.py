"""Floor-plan geometry: rectangles, booths and fixed elements as plain data, snapping and a
spatial index (pure, no Qt, no DB).

Conventions (metres, as in ``itday.db.models``):

* The hall's origin is its top-left corner; ``x`` grows to the right, ``y`` grows downwards.
* A booth (or a fixed element) is anchored at ``(x, y)``, its top-left corner.  ``width`` runs
  along x and ``depth`` along y *before rotation*.  ``rotation`` is a multiple of 90°.
  Rotating by 90° or 270° swaps width and depth; the footprint stays anchored at ``(x, y)``
  (it does not pivot around the corner), so the footprint is always
  ``Rect(x, y, width, depth)`` or ``Rect(x, y, depth, width)``.  Rotation 0 means the booth's
  front (its fascia) faces -y (up on the plan), 180 faces +y, 90 faces +x, 270 faces -x:
  it records which way a stand looks, the footprint only depends on whether it is odd.
* Two rectangles that merely touch do not overlap; every comparison allows ``EPS`` (1 mm).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from itday.core.enums import BoothKind, ElementKind

EPS = 1e-3  # metres: one millimetre of tolerance in every comparison
GRID_STEP = 0.5  # metres: the plan's snapping grid

# --------------------------------------------------------------------------------------------
# Rectangles


@dataclass(frozen=True, slots=True)
class Rect:
    """Axis-aligned rectangle: top-left corner ``(x, y)``, width ``w`` along x, height ``h`` along y."""

    x: float
    y: float
    w: float
    h: float

    @property
    def x2(self) -> float:
        return self.x + self.w

    @property
    def y2(self) -> float:
        return self.y + self.h

    @property
    def area(self) -> float:
        return self.w * self.h

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def intersects(self, other: Rect, eps: float = EPS) -> bool:
        """True when the two share an area (touching edges do not count)."""
        return (
            self.x < other.x2 - eps
            and other.x < self.x2 - eps
            and self.y < other.y2 - eps
            and other.y < self.y2 - eps
        )

    def intersection(self, other: Rect) -> Rect | None:
        x1, y1 = max(self.x, other.x), max(self.y, other.y)
        x2, y2 = min(self.x2, other.x2), min(self.y2, other.y2)
        if x2 <= x1 or y2 <= y1:
            return None
        return Rect(x1, y1, x2 - x1, y2 - y1)

    def contains(self, other: Rect, eps: float = EPS) -> bool:
        return (
            other.x >= self.x - eps
            and other.y >= self.y - eps
            and other.x2 <= self.x2 + eps
            and other.y2 <= self.y2 + eps
        )

    def contains_point(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x2 and self.y <= py <= self.y2

    def expanded(self, margin: float) -> Rect:
        return Rect(self.x - margin, self.y - margin, self.w + 2 * margin, self.h + 2 * margin)

    def translated(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)

    def union(self, other: Rect) -> Rect:
        x1, y1 = min(self.x, other.x), min(self.y, other.y)
        return Rect(x1, y1, max(self.x2, other.x2) - x1, max(self.y2, other.y2) - y1)


def footprint(x: float, y: float, width: float, depth: float, rotation: float = 0) -> Rect:
    """Axis-aligned footprint of a booth or element (see the module's rotation convention)."""
    quarter = round(rotation / 90) % 4
    if quarter % 2:
        return Rect(x, y, depth, width)
    return Rect(x, y, width, depth)


# --------------------------------------------------------------------------------------------
# Booths and fixed elements as plain data


@dataclass(slots=True)
class BoothShape:
    """A booth's geometry.  ``id`` is the database id, or None for a booth not yet saved
    (problems then name it by its ``code``)."""

    id: int | str | None
    code: str
    x: float
    y: float
    width: float = 3.0
    depth: float = 3.0
    rotation: int = 0
    kind: BoothKind | None = None

    @property
    def rect(self) -> Rect:
        return footprint(self.x, self.y, self.width, self.depth, self.rotation)

    @property
    def key(self) -> int | str:
        return self.id if self.id is not None else self.code

    @property
    def area(self) -> float:
        return self.width * self.depth

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "x": self.x,
            "y": self.y,
            "width": self.width,
            "depth": self.depth,
            "rotation": self.rotation,
            "kind": str(self.kind) if self.kind is not None else None,
        }


@dataclass(slots=True)
class ElementShape:
    """A fixed element of the hall (pillar, wall, stage, catering, entrance, emergency exit)."""

    kind: ElementKind
    x: float
    y: float
    width: float
    depth: float
    label: str = ""
    rotation: int = 0
    id: int | None = None

    @property
    def rect(self) -> Rect:
        return footprint(self.x, self.y, self.width, self.depth, self.rotation)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def as_booth(obj: Any) -> BoothShape:
    """A ``BoothShape`` from a BoothShape, a dict or any object with the same attributes
    (e.g. a ``Booth`` row)."""
    if isinstance(obj, BoothShape):
        return obj
    kind = _get(obj, "kind")
    return BoothShape(
        id=_get(obj, "id"),
        code=str(_get(obj, "code", "")),
        x=float(_get(obj, "x")),
        y=float(_get(obj, "y")),
        width=float(_get(obj, "width", 3.0)),
        depth=float(_get(obj, "depth", 3.0)),
        rotation=int(_get(obj, "rotation", 0) or 0),
        kind=BoothKind(kind) if kind else None,
    )


def as_element(obj: Any) -> ElementShape:
    """An ``ElementShape`` from an ElementShape, a dict, an object with the same attributes
    (e.g. a ``HallElement`` row) or a ``(kind, label, x, y, width, depth)`` tuple."""
    if isinstance(obj, ElementShape):
        return obj
    if isinstance(obj, tuple | list):
        kind, label, x, y, w, d = obj[:6]
        return ElementShape(ElementKind(kind), float(x), float(y), float(w), float(d), str(label))
    return ElementShape(
        kind=ElementKind(_get(obj, "kind")),
        x=float(_get(obj, "x")),
        y=float(_get(obj, "y")),
        width=float(_get(obj, "width")),
        depth=float(_get(obj, "depth")),
        label=str(_get(obj, "label", "") or ""),
        rotation=int(_get(obj, "rotation", 0) or 0),
        id=_get(obj, "id"),
    )


# --------------------------------------------------------------------------------------------
# Snapping


def snap(value: float, step: float = GRID_STEP) -> float:
    """Nearest multiple of ``step`` (halves round away from zero, so the result is stable)."""
    if step <= 0:
        return value
    q = value / step
    n = math.floor(abs(q) + 0.5) * (1 if q >= 0 else -1)
    result = n * step
    return round(result, 9) + 0.0  # no -0.0, no 1.5000000000000002


def snap_point(x: float, y: float, step: float = GRID_STEP) -> tuple[float, float]:
    return snap(x, step), snap(y, step)


# --------------------------------------------------------------------------------------------
# Spatial index


class GridIndex:
    """Bucket grid over rectangles: each rectangle is filed in every cell it covers."""

    def __init__(self, cell: float = 6.0) -> None:
        self.cell = cell
        self._cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        self._rects: dict[int, Rect] = {}

    def _span(self, r: Rect) -> list[tuple[int, int]]:
        c = self.cell
        x, y = r.x, r.y
        js = range(math.floor(y / c), math.floor((y + r.h) / c) + 1)
        return [(i, j) for i in range(math.floor(x / c), math.floor((x + r.w) / c) + 1) for j in js]

    def insert(self, key: int, rect: Rect) -> None:
        self._rects[key] = rect
        for cell in self._span(rect):
            self._cells[cell].append(key)

    def candidates(self, rect: Rect) -> set[int]:
        """Keys of rectangles that may meet ``rect`` (a superset; test them)."""
        found: set[int] = set()
        cells = self._cells
        for cell in self._span(rect):
            bucket = cells.get(cell)
            if bucket:
                found.update(bucket)
        return found

    def query(self, rect: Rect, eps: float = EPS) -> list[int]:
        """Keys of rectangles sharing an area with ``rect``."""
        return [k for k in self.candidates(rect) if self._rects[k].intersects(rect, eps)]


def moved(booth: BoothShape, dx: float, dy: float) -> BoothShape:
    """A copy of ``booth`` moved by (dx, dy) and snapped to the grid."""
    return replace(booth, x=snap(booth.x + dx), y=snap(booth.y + dy))


def cell_size(rects: Sequence[Rect]) -> float:
    """The cell of a ``GridIndex`` over these rectangles: twice the typical size, ≥ 3 m."""
    if not rects:
        return 6.0
    typical = sorted(max(r.w, r.h) for r in rects)[len(rects) // 2]
    return max(3.0, 2 * typical)


def indexed(rects: Sequence[Rect]) -> GridIndex:
    """A ``GridIndex`` of ``rects``, each filed under its position in the list."""
    index = GridIndex(cell_size(rects))
    for i, r in enumerate(rects):
        index.insert(i, r)
    return index


def facing_gap(a: Rect, b: Rect) -> tuple[float, Rect] | None:
    """Gap between facing parallel sides of ``a`` and ``b`` whose projections overlap, and the
    rectangle of that gap; None when they do not face each other (or overlap)."""
    ox = min(a.x2, b.x2) - max(a.x, b.x)  # overlap of the x projections
    oy = min(a.y2, b.y2) - max(a.y, b.y)
    if ox > EPS and oy <= EPS:  # one above the other
        lo, hi = (a, b) if a.y < b.y else (b, a)
        gap = hi.y - lo.y2
        x1 = max(a.x, b.x)
        return gap, Rect(x1, lo.y2, ox, max(gap, 0.0))
    if oy > EPS and ox <= EPS:  # side by side
        lo, hi = (a, b) if a.x < b.x else (b, a)
        gap = hi.x - lo.x2
        y1 = max(a.y, b.y)
        return gap, Rect(lo.x2, y1, max(gap, 0.0), oy)
    return None


def _wall_of(rect: Rect, hall: Rect) -> str:
    """The hall wall nearest to an element (where a door stands)."""
    cx, cy = rect.centre
    dist = {
        "top": cy - hall.y,
        "bottom": hall.y2 - cy,
        "left": cx - hall.x,
        "right": hall.x2 - cx,
    }
    return min(dist, key=dist.__getitem__)


def clearance_zone(door: Rect, hall: Rect, depth: float) -> Rect:
    """Zone to keep free in front of a door on the hall's wall: the door's width, from the
    wall to ``depth`` beyond the door's inner face, clipped to the hall."""
    wall = _wall_of(door, hall)
    if wall == "top":
        z = Rect(door.x, hall.y, door.w, max(door.y2, hall.y) - hall.y + depth)
    elif wall == "bottom":
        top = min(door.y, hall.y2) - depth
        z = Rect(door.x, top, door.w, hall.y2 - top)
    elif wall == "left":
        z = Rect(hall.x, door.y, max(door.x2, hall.x) - hall.x + depth, door.h)
    else:
        left = min(door.x, hall.x2) - depth
        z = Rect(left, door.y, hall.x2 - left, door.h)
    return z.intersection(hall) or z


def segment_distance(px: float, py: float, a: Sequence[float], b: Sequence[float]) -> float:
    """Distance from the point (px, py) to the segment from ``a`` to ``b``."""
    ax, ay, bx, by = float(a[0]), float(a[1]), float(b[0]), float(b[1])
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5


def polygon_area(points: Sequence[Sequence[float]]) -> float:
    """Area of a simple polygon (shoelace formula), in m²."""
    n = len(points)
    twice = sum(
        points[i][0] * points[(i + 1) % n][1] - points[(i + 1) % n][0] * points[i][1]
        for i in range(n)
    )
    return abs(twice) / 2
