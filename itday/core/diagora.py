"""The demo hall: Diagora's exhibition hall at Labège, as plain data (no Qt, no database).

The real hall is about 2,200 m²; this one is 55 m × 40 m (2,200 m²), a believable rendering,
not a survey.  Orientation on the plan: the main doors (« Entrée ») are in the middle of the
bottom wall, the conference corner is bottom-left, catering bottom-right.  Pillars stand on a
15 m × 9 m grid at the crossings of the aisles.

``demo_layout`` returns 99 booths that pass ``check_plan`` with no problem:

* row A along the top wall: 3×2 m booths, cut by the passage to the top emergency exit;
* rows B/C (back to back): 3×2 m booths; rows D/E and F/G (back to back): 3×3 m booths,
  with a few 6×3 m in F/G or D/E; two 6×6 m islands (K1, K2), the second one facing the doors;
* rows H (left wall) and J (right wall): 3×2 m booths turned a quarter turn.

All aisles are 3 m or more; exits keep their clearance.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from itday.core.enums import ElementKind
from itday.core.plan import BoothShape, ElementShape, derive_kinds, generate_block

HALL_NAME = "Diagora — hall d'exposition"
VENUE = "Diagora, Labège"
HALL_WIDTH = 55.0
HALL_DEPTH = 40.0
MIN_AISLE = 3.0
EXIT_CLEARANCE = 1.4

_DOOR = 0.3  # depth of a door element drawn on the wall


@dataclass(slots=True)
class HallSpec:
    name: str
    width: float
    depth: float
    elements: list[ElementShape] = field(default_factory=list)
    min_aisle: float = MIN_AISLE
    outline: list = field(default_factory=list)  # empty: the rectangle

    @property
    def area(self) -> float:
        return self.width * self.depth


def demo_hall() -> HallSpec:
    """Diagora's hall: walls are the rectangle; doors, pillars, stage and catering inside."""
    w, d = HALL_WIDTH, HALL_DEPTH
    E = ElementKind
    elements = [
        ElementShape(E.ENTRANCE, 23.5, d - _DOOR, 8.0, _DOOR, "Entrée"),
        ElementShape(E.EMERGENCY_EXIT, 25.0, 0.0, 2.0, _DOOR, "Sortie de secours nord"),
        ElementShape(E.EMERGENCY_EXIT, 0.0, 14.5, _DOOR, 2.0, "Sortie de secours ouest"),
        ElementShape(E.EMERGENCY_EXIT, w - _DOOR, 14.5, _DOOR, 2.0, "Sortie de secours est"),
        ElementShape(E.EMERGENCY_EXIT, 19.0, d - _DOOR, 2.0, _DOOR, "Sortie de secours sud"),
        ElementShape(E.EMERGENCY_EXIT, 34.0, d - _DOOR, 2.0, _DOOR, "Sortie de secours sud-est"),
        ElementShape(E.STAGE, 0.0, 30.0, 17.0, 10.0, "Espace conférences"),
        ElementShape(E.CATERING, 38.0, 30.0, 17.0, 10.0, "Restauration"),
    ]
    for px in (21.5, 36.5):
        for py in (10.5, 19.5, 28.5):
            elements.append(ElementShape(E.PILLAR, px - 0.25, py - 0.25, 0.5, 0.5, ""))
    return HallSpec(HALL_NAME, w, d, elements)


# Blocks along x (shared by the double rows): 5 + 4 + 4 booths of 3 m, 3 m cross aisles.
_BLOCK_X = ((5.0, 5), (23.0, 4), (38.0, 4))


def _row(letter: str, y: float, width: float, depth: float, rotation: int) -> list[BoothShape]:
    """One row across the three blocks, numbered on from block to block."""
    booths: list[BoothShape] = []
    n = 1
    for x0, count in _BLOCK_X:
        for b in generate_block(
            1, count, width, depth, origin=(x0, y), first_code=f"{letter}{n:02d}"
        ):
            b.rotation = rotation
            booths.append(b)
        n += count
    return booths


def demo_layout(seed: int = 0) -> list[BoothShape]:
    """About 100 booths for the demo hall (``seed`` picks which rows get the 6×3 m stands).

    Every booth comes with its ``kind`` derived from its open sides; ``id`` is None.
    """
    rng = random.Random(seed)
    booths: list[BoothShape] = []

    # Row A along the top wall: 3×2 booths, passage of 4 m to the top exit (x 24–28).
    a = generate_block(1, 8, 3.0, 2.0, origin=(0.0, 0.0), first_code="A01")
    a += generate_block(1, 9, 3.0, 2.0, origin=(28.0, 0.0), first_code="A09")
    for b in a:
        b.rotation = 180  # facing the aisle below
    booths += a

    # Double row B/C: 3×2 booths back to back (y 5–9).
    booths += _row("B", 5.0, 3.0, 2.0, 0)
    booths += _row("C", 7.0, 3.0, 2.0, 180)

    # Double rows D/E (y 12–18) and F/G (y 21–27): 3×3 booths; the middle block of D/E is
    # the first island.
    for front, back, y in (("D", "E", 12.0), ("F", "G", 21.0)):
        for letter, yy, rot in ((front, y, 0), (back, y + 3.0, 180)):
            row = _row(letter, yy, 3.0, 3.0, rot)
            if front == "D":
                row = [b for b in row if not 23.0 <= b.x < 35.0]
            booths += row

    # 6×3 stands: the last block of one back row becomes two 6 m stands.
    back_row, y_back = rng.choice((("G", 24.0), ("E", 15.0)))
    booths = [b for b in booths if not (b.code.startswith(back_row) and b.x >= 38.0)]
    booths += generate_block(1, 2, 6.0, 3.0, origin=(38.0, y_back), first_code=f"{back_row}90")
    for b in booths[-2:]:
        b.rotation = 180

    # Islands: K1 in the middle of D/E, K2 facing the main doors.
    booths.append(BoothShape(None, "K1", 26.0, 12.0, 6.0, 6.0, 0))
    booths.append(BoothShape(None, "K2", 24.0, 30.0, 6.0, 6.0, 0))

    # Rows H (left wall) and J (right wall): 3×2 booths turned a quarter turn (2 m × 3 m
    # footprint), with a 3 m passage to the side exits (y 14–17).
    for letter, x, rot in (("H", 0.0, 90), ("J", HALL_WIDTH - 2.0, 270)):
        n = 1
        for y0, count in ((5.0, 3), (17.0, 3)):
            for k in range(count):
                booths.append(BoothShape(None, f"{letter}{n:02d}", x, y0 + 3.0 * k, 3.0, 2.0, rot))
                n += 1

    # Number each row from left to right (top to bottom for H and J), with no holes.
    rows: dict[str, list[BoothShape]] = {}
    for b in booths:
        if not b.code.startswith("K"):
            rows.setdefault(b.code[0], []).append(b)
    for letter, row in rows.items():
        for n, b in enumerate(sorted(row, key=lambda b: (b.x, b.y)), start=1):
            b.code = f"{letter}{n:02d}"

    hall = demo_hall()
    for b, kind in zip(
        booths, derive_kinds(booths, hall.width, hall.depth, hall.elements), strict=True
    ):
        b.kind = kind
    return booths
