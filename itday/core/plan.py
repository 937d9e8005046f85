"""Floor-plan geometry: snapping, booth blocks, booth kinds and plan checks (pure, no Qt, no DB).

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

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from itday.core.enums import BoothKind, BoothStatus, ElementKind
from itday.core.text import fold

EPS = 1e-3  # metres: one millimetre of tolerance in every comparison
GRID_STEP = 0.5  # metres: the plan's snapping grid

# --------------------------------------------------------------------------------------------
# Colours (hex RGB), shared by the plan page and the printed plan.  Light enough for black text;
# the word goes with the colour in every legend.

STATUS_COLOURS: dict[BoothStatus, str] = {
    BoothStatus.FREE: "#e4e4e4",
    BoothStatus.OPTION: "#f6c85f",
    BoothStatus.RESERVED: "#8cb8e6",
    BoothStatus.CONFIRMED: "#8fd18b",
}
STATUS_LABELS_FR: dict[BoothStatus, str] = {
    BoothStatus.FREE: "Libre",
    BoothStatus.OPTION: "Option",
    BoothStatus.RESERVED: "Réservé",
    BoothStatus.CONFIRMED: "Confirmé",
}
STATUS_LABELS_EN: dict[BoothStatus, str] = {
    BoothStatus.FREE: "Free",
    BoothStatus.OPTION: "Option",
    BoothStatus.RESERVED: "Reserved",
    BoothStatus.CONFIRMED: "Confirmed",
}
PRESENCE_COLOURS: dict[str, str] = {
    "present": "#8fd18b",
    "absent": "#f4a3a3",
    "none": "#f2f2f2",  # booth without an exhibitor
}
PRESENCE_LABELS_FR: dict[str, str] = {
    "present": "Exposant présent",
    "absent": "Exposant pas encore arrivé",
    "none": "Stand sans exposant",
}
NO_SECTOR_COLOUR = "#f2f2f2"
KIND_LABELS_FR: dict[BoothKind, str] = {
    BoothKind.INLINE: "En ligne (1 face ouverte)",
    BoothKind.CORNER: "Angle (2 faces ouvertes)",
    BoothKind.PENINSULA: "Péninsule (3 faces ouvertes)",
    BoothKind.ISLAND: "Îlot (4 faces ouvertes)",
}

# Twelve light, well-separated hues for sectors (picked by a stable hash of the name).
SECTOR_PALETTE: tuple[str, ...] = (
    "#8dd3c7",
    "#ffffb3",
    "#bebada",
    "#fb8072",
    "#80b1d3",
    "#fdb462",
    "#b3de69",
    "#fccde5",
    "#d9d9d9",
    "#bc80bd",
    "#ccebc5",
    "#ffed6f",
)


#: size (width × depth, metres) of a fixed element placed by a click, as such things are:
#: a pillar 0.5 m square, an emergency exit door of 2 passage units (1.40 m, the French ERP
#: minimum), a double entrance door, a stage and a catering area of a mid-size show.
DEFAULT_ELEMENT_SIZE: dict[str, tuple[float, float]] = {
    "pillar": (0.5, 0.5),
    "wall": (5.0, 0.2),
    "entrance": (4.0, 0.5),
    "emergency_exit": (1.5, 0.5),
    "stage": (8.0, 5.0),
    "catering": (10.0, 6.0),
}


def sector_colour(name: str | None) -> str:
    """Deterministic colour of a sector (same name → same colour on every machine and run).

    Case, accents and surrounding spaces do not change the colour.
    """
    key = fold(name)
    if not key:
        return NO_SECTOR_COLOUR
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return SECTOR_PALETTE[int.from_bytes(digest[:4], "big") % len(SECTOR_PALETTE)]


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
# Booth codes

_CODE_RE = re.compile(r"^(.*?)(\d+)$")
_CHUNK_RE = re.compile(r"(\d+)")


def natural_key(code: str) -> tuple:
    """Sort key for booth codes: numbers compare as numbers (A2 < A10, 101 < 1001 < B1).

    Pure numbers sort before codes starting with a letter; letters ignore case.
    """
    parts = []
    for i, chunk in enumerate(_CHUNK_RE.split(code.strip())):
        if not chunk:
            continue
        if i % 2:  # digits
            parts.append((0, int(chunk), chunk))
        else:
            parts.append((1, 0, chunk.casefold()))
    return tuple(parts)


def split_code(code: str) -> tuple[str, int, int]:
    """``"A07"`` → ``("A", 7, 2)``: prefix, number and the number's zero-padded width.

    A code without a trailing number gets number 0 and width 0 (``"K"`` → ``("K", 0, 0)``).
    """
    m = _CODE_RE.match(code.strip())
    if not m:
        return code.strip(), 0, 0
    digits = m.group(2)
    width = len(digits) if digits.startswith("0") and len(digits) > 1 else 0
    return m.group(1), int(digits), width


def format_code(prefix: str, number: int, width: int) -> str:
    return f"{prefix}{number:0{width}d}" if width else f"{prefix}{number}"


def next_codes(existing_codes: Iterable[str], first: str, n: int) -> list[str]:
    """``n`` codes counting up from ``first`` (same prefix and padding), skipping those used.

    >>> next_codes({"A01", "A03"}, "A01", 3)
    ['A02', 'A04', 'A05']
    """
    used = {c.strip().casefold() for c in existing_codes}
    prefix, number, width = split_code(first)
    if width == 0 and number == 0 and not first.strip()[-1:].isdigit():
        number = 1  # "K" → K1, K2...
    out: list[str] = []
    while len(out) < n:
        code = format_code(prefix, number, width)
        if code.casefold() not in used:
            out.append(code)
            used.add(code.casefold())
        number += 1
    return out


CodeScheme = Literal["letter", "numeric", "sequential"]


def _row_first_code(first: str, row: int, scheme: CodeScheme, per_row: int) -> str:
    prefix, number, width = split_code(first)
    if scheme == "sequential" or row == 0:
        return first if row == 0 else format_code(prefix, number + row * per_row, width)
    if scheme == "letter":
        # The last letter of the prefix moves on one per row (A → B → C; Z → AA).
        head, last = (prefix[:-1], prefix[-1]) if prefix else ("", "A")
        idx = ord(last.upper()) - ord("A") + row
        letters = ""
        while True:
            letters = chr(ord("A") + idx % 26) + letters
            idx = idx // 26 - 1
            if idx < 0:
                break
        if last.islower():
            letters = letters.lower()
        return format_code(head + letters, number, width)
    # numeric: 101 → 201 → 301 (hundreds, or thousands when a row holds 100 booths or more)
    step = 100
    while per_row >= step:
        step *= 10
    return format_code(prefix, number + row * step, width)


def guess_scheme(first_code: str) -> CodeScheme:
    prefix, _, _ = split_code(first_code)
    return "letter" if prefix and prefix[-1].isalpha() else "numeric"


def generate_block(
    rows: int,
    per_row: int,
    width: float = 3.0,
    depth: float = 3.0,
    aisle: float = 3.0,
    origin: tuple[float, float] = (0.0, 0.0),
    first_code: str = "A01",
    scheme: CodeScheme | None = None,
    back_to_back: bool = True,
    existing_codes: Iterable[str] = (),
) -> list[BoothShape]:
    """A block of ``rows`` rows × ``per_row`` booths, placed as one step.

    Booths of a row stand side by side along x (each ``width`` wide, ``depth`` deep along y).
    With ``back_to_back`` (the usual trade-show layout) rows go in pairs: the second row of a
    pair touches the back of the first and faces the other way (rotation 180), and an
    ``aisle`` separates the pairs; an odd last row stands alone.  Without it, every row is
    followed by an aisle and all booths face up (rotation 0).

    Codes: ``scheme`` "letter" gives A01…A08 then B01…; "numeric" gives 101…108 then 201…;
    "sequential" counts on across rows (A01…A16).  By default the scheme follows
    ``first_code`` (a letter before the number → "letter").  Codes in ``existing_codes`` are
    skipped.  Booths come back without ``id`` and ``kind``.
    """
    if rows <= 0 or per_row <= 0:
        return []
    scheme = scheme or guess_scheme(first_code)
    ox, oy = origin
    used = set(existing_codes)
    booths: list[BoothShape] = []
    y = oy
    for row in range(rows):
        if back_to_back:
            facing_down = row % 2 == 1
            if row > 0:
                y += depth if facing_down else depth + aisle
        else:
            facing_down = False
            if row > 0:
                y += depth + aisle
        if scheme == "sequential":
            codes = next_codes(used, first_code, per_row)
        else:
            codes = next_codes(used, _row_first_code(first_code, row, scheme, per_row), per_row)
        used.update(codes)
        for i, code in enumerate(codes):
            booths.append(
                BoothShape(
                    id=None,
                    code=code,
                    x=round(ox + i * width, 9),
                    y=round(y, 9),
                    width=width,
                    depth=depth,
                    rotation=180 if facing_down else 0,
                )
            )
    return booths


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


# --------------------------------------------------------------------------------------------
# Booth kind from open sides

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
    index = GridIndex(_cell_size(rects))
    for i, r in enumerate(rects):
        index.insert(i, r)
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


# --------------------------------------------------------------------------------------------
# Plan checks

ProblemKind = Literal[
    "overlap",
    "outside",
    "over_element",
    "narrow_aisle",
    "exit_blocked",
    "door_off_wall",
    "too_few_exits",
]


@dataclass(frozen=True, slots=True)
class Problem:
    kind: ProblemKind
    booth_ids: tuple  # ids (or codes, for booths not saved yet) of the booths involved
    message_fr: str
    where: Rect  # the zone to highlight on the plan
    message_en: str = field(default="", compare=False)


_ELEMENT_NAMES_FR = {
    ElementKind.WALL: "un mur",
    ElementKind.PILLAR: "un poteau",
    ElementKind.ENTRANCE: "l'entrée",
    ElementKind.EMERGENCY_EXIT: "une sortie de secours",
    ElementKind.STAGE: "l'espace conférences",
    ElementKind.CATERING: "l'espace restauration",
}


def _m(value: float) -> str:
    """French metres: 2,5 m."""
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " m"


def _cell_size(rects: Sequence[Rect]) -> float:
    if not rects:
        return 6.0
    typical = sorted(max(r.w, r.h) for r in rects)[len(rects) // 2]
    return max(3.0, 2 * typical)


def _facing_gap(a: Rect, b: Rect) -> tuple[float, Rect] | None:
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


def check_plan(
    hall_w: float,
    hall_d: float,
    booths: Sequence[Any],
    elements: Sequence[Any] = (),
    min_aisle: float = 3.0,
    exit_clearance: float = 1.4,
    outline: Sequence[Sequence[float]] = (),
    capacity: int | None = None,
) -> list[Problem]:
    """Every problem of a layout, in a stable order (by kind, then position).

    * ``overlap``: two booths share an area.
    * ``outside``: a booth sticks out of the hall rectangle.
    * ``over_element``: a booth covers a fixed element (pillar, wall, stage, catering, door).
    * ``narrow_aisle``: two booths face each other (parallel sides whose projections overlap)
      across a gap ``0 < gap < min_aisle`` with no other booth in the gap; likewise a booth and
      a hall wall, a wall element, the stage or the catering area.  A pillar narrows an aisle
      locally: the passage left beside it must be at least ``exit_clearance`` (1.40 m, the
      French ERP minimum for an exit path).
    * ``exit_blocked``: a booth stands in the zone in front of an emergency exit (or the
      entrance): the door's width, from the wall to ``exit_clearance`` beyond the door.
    * ``door_off_wall``: an emergency exit or an entrance that is not on the hall's walls
      (its ``outline`` polygon, else the rectangle): a door floating mid-hall leads nowhere.
    * ``too_few_exits``: the doors on the walls (exits and entrances) are fewer, or narrower
      in all, than the hall's capacity needs (``exits_needed``; capacity: ``capacity`` or
      one person per m² of the hall).

    ``booths`` and ``elements`` may be shapes, dicts, ORM rows or (elements only) tuples.
    Problems name booths by id, or by code when the id is None.  Runs in O(n) on average
    thanks to a bucket grid.
    """
    shapes = [as_booth(b) for b in booths]
    els = [as_element(e) for e in elements]
    hall = Rect(0.0, 0.0, hall_w, hall_d)
    rects = [s.rect for s in shapes]
    keys = [s.key for s in shapes]
    codes = [s.code for s in shapes]
    index = GridIndex(_cell_size(rects))
    for i, r in enumerate(rects):
        index.insert(i, r)

    overlaps: list[Problem] = []
    outside: list[Problem] = []
    over: list[Problem] = []
    narrow: list[Problem] = []
    blocked: list[Problem] = []

    bounds = [(r.x, r.y, r.x2, r.y2) for r in rects]
    low, high = EPS, min_aisle - EPS
    for i, r in enumerate(rects):
        if not hall.contains(r):
            outside.append(
                Problem(
                    "outside",
                    (keys[i],),
                    f"Le stand {codes[i]} dépasse des limites du hall.",
                    r,
                    f"Booth {codes[i]} sticks out of the hall.",
                )
            )
        ax1, ay1, ax2, ay2 = bounds[i]
        for j in index.candidates(r.expanded(min_aisle)):
            if j <= i:
                continue
            # Hot loop: plain floats; Rects only for the rare problems.
            bx1, by1, bx2, by2 = bounds[j]
            ox = (ax2 if ax2 < bx2 else bx2) - (ax1 if ax1 > bx1 else bx1)
            oy = (ay2 if ay2 < by2 else by2) - (ay1 if ay1 > by1 else by1)
            if ox > EPS and oy > EPS:
                o = rects[j]
                overlaps.append(
                    Problem(
                        "overlap",
                        (keys[i], keys[j]),
                        f"Les stands {codes[i]} et {codes[j]} se chevauchent.",
                        r.intersection(o) or r,
                        f"Booths {codes[i]} and {codes[j]} overlap.",
                    )
                )
                continue
            if ox > EPS:
                gap = -oy
            elif oy > EPS:
                gap = -ox
            else:
                continue  # diagonal neighbours: no facing sides
            if not low < gap < high:
                continue
            facing = _facing_gap(r, rects[j])
            if facing is None:
                continue
            gap, zone = facing
            if EPS < gap < min_aisle - EPS:
                if any(k != i and k != j for k in index.query(zone)):
                    continue  # another booth fills the gap: its own gaps are checked
                a, b = sorted((i, j), key=lambda k: natural_key(codes[k]))
                narrow.append(
                    Problem(
                        "narrow_aisle",
                        (keys[a], keys[b]),
                        f"Allée de {_m(gap)} entre les stands {codes[a]} et {codes[b]} "
                        f"(minimum {_m(min_aisle)}).",
                        zone,
                        f"{gap:.2f} m aisle between booths {codes[a]} and {codes[b]} "
                        f"(minimum {min_aisle:g} m).",
                    )
                )
        # Gap to the hall's walls.
        for side, gap in enumerate((ay1, hall_d - ay2, ax1, hall_w - ax2)):
            if not low < gap < high:
                continue
            zone = (
                Rect(ax1, 0.0, r.w, gap),
                Rect(ax1, ay2, r.w, gap),
                Rect(0.0, ay1, gap, r.h),
                Rect(ax2, ay1, gap, r.h),
            )[side]
            if not any(k != i for k in index.query(zone)):
                narrow.append(
                    Problem(
                        "narrow_aisle",
                        (keys[i],),
                        f"Passage de {_m(gap)} entre le stand {codes[i]} et le mur du hall "
                        f"(minimum {_m(min_aisle)}).",
                        zone,
                        f"{gap:.2f} m passage between booth {codes[i]} and the hall wall "
                        f"(minimum {min_aisle:g} m).",
                    )
                )

    doors = (ElementKind.EMERGENCY_EXIT, ElementKind.ENTRANCE)
    for el in els:
        er = el.rect
        name = el.label or _ELEMENT_NAMES_FR.get(el.kind, str(el.kind))
        for i in index.query(er):
            over.append(
                Problem(
                    "over_element",
                    (keys[i],),
                    f"Le stand {codes[i]} empiète sur {name}.",
                    rects[i].intersection(er) or er,
                    f"Booth {codes[i]} covers {el.label or el.kind.value.replace('_', ' ')}.",
                )
            )
        if el.kind in doors:
            zone = clearance_zone(er, hall, exit_clearance)
            hits = sorted(index.query(zone), key=lambda k: natural_key(codes[k]))
            if hits:
                what = (
                    "La sortie de secours" if el.kind == ElementKind.EMERGENCY_EXIT else "L'entrée"
                )
                label = f" « {el.label} »" if el.label else ""
                listed = ", ".join(codes[k] for k in hits)
                blocked.append(
                    Problem(
                        "exit_blocked",
                        tuple(keys[k] for k in hits),
                        f"{what}{label} est obstruée par : {listed} "
                        f"(dégagement de {_m(exit_clearance)} requis).",
                        zone,
                        f"{'Emergency exit' if el.kind == ElementKind.EMERGENCY_EXIT else 'Entrance'}"
                        f"{label} blocked by {listed} ({exit_clearance:g} m clearance needed).",
                    )
                )
            continue
        limit = exit_clearance if el.kind == ElementKind.PILLAR else min_aisle
        for i in index.candidates(er.expanded(limit)):
            r = rects[i]
            if r.intersects(er):
                continue
            facing = _facing_gap(r, er)
            if facing is None:
                continue
            gap, zone = facing
            if EPS < gap < limit - EPS and not any(k != i for k in index.query(zone)):
                narrow.append(
                    Problem(
                        "narrow_aisle",
                        (keys[i],),
                        f"Passage de {_m(gap)} entre le stand {codes[i]} et {name} "
                        f"(minimum {_m(limit)}).",
                        zone,
                        f"{gap:.2f} m passage between booth {codes[i]} and "
                        f"{el.label or el.kind.value} (minimum {limit:g} m).",
                    )
                )

    def order(p: Problem) -> tuple:
        return (p.where.y, p.where.x, tuple(str(k) for k in p.booth_ids))

    return (
        sorted(overlaps, key=order)
        + sorted(outside, key=order)
        + sorted(over, key=order)
        + sorted(narrow, key=order)
        + sorted(blocked, key=order)
        + (off_wall := doors_off_wall(hall_w, hall_d, els, outline))
        + too_few_exits(hall_w, hall_d, els, outline, capacity, off_wall)
    )


def _segment_distance(px: float, py: float, a: Sequence[float], b: Sequence[float]) -> float:
    ax, ay, bx, by = float(a[0]), float(a[1]), float(b[0]), float(b[1])
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5


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
        if el.kind not in (ElementKind.EMERGENCY_EXIT, ElementKind.ENTRANCE):
            continue
        r = el.rect
        cx, cy = r.centre
        reach = min(r.w, r.h) / 2 + tolerance
        if min(_segment_distance(cx, cy, a, b) for a, b in walls) <= reach:
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


# -- exits for the hall's capacity (French ERP safety rules) ---------------------------------

#: one "unité de passage" (unit of exit width) per this many people above 500 (article CO 38)
PEOPLE_PER_UNIT = 100
UNIT_M = 0.6  # width of one unit of passage (article CO 36)


def polygon_area(points: Sequence[Sequence[float]]) -> float:
    """Area of a simple polygon (shoelace formula), in m²."""
    n = len(points)
    twice = sum(
        points[i][0] * points[(i + 1) % n][1] - points[(i + 1) % n][0] * points[i][1]
        for i in range(n)
    )
    return abs(twice) / 2


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
        if el.kind in (ElementKind.EMERGENCY_EXIT, ElementKind.ENTRANCE) and (
            (r.x, r.y, r.w, r.h) not in stray
        ):
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
              f"environ {_m(need_units * UNIT_M)} de portes (article CO 38).")  # fmt: skip
        en = (f"The hall's doors add up to {units} unit(s) of passage for {people:,} people "
              f"({basis_en}): it needs {need_units}, about "
              f"{need_units * UNIT_M:.1f} m of doors (article CO 38).")  # fmt: skip
    return [Problem("too_few_exits", (), fr, Rect(0.0, 0.0, hall_w, hall_d), en)]


def moved(booth: BoothShape, dx: float, dy: float) -> BoothShape:
    """A copy of ``booth`` moved by (dx, dy) and snapped to the grid."""
    return replace(booth, x=snap(booth.x + dx), y=snap(booth.y + dy))
