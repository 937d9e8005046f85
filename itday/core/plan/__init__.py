"""The floor plan without Qt or a database, one module a concern:

* :mod:`~itday.core.plan.geometry`: rectangles, booths and fixed elements as plain data,
  snapping, the spatial index (its docstring states the conventions: metres, origin, rotation);
* :mod:`~itday.core.plan.colours`: the colours and words of the plan's legends;
* :mod:`~itday.core.plan.codes`: booth codes and blocks of booths;
* :mod:`~itday.core.plan.kinds`: a booth's kind from its open sides;
* :mod:`~itday.core.plan.safety`: the safety rules, each a small function, and ``check_plan``
  that runs them; :mod:`~itday.core.plan.exits`: the exits a hall's capacity needs (French
  ERP rules); :mod:`~itday.core.plan.problems`: what a rule finds.

Every public name of these modules is importable from ``itday.core.plan``.
"""

from itday.core.plan.codes import (
    CodeScheme,
    format_code,
    generate_block,
    guess_scheme,
    natural_key,
    next_codes,
    split_code,
)
from itday.core.plan.colours import (
    DEFAULT_ELEMENT_SIZE,
    KIND_LABELS_FR,
    NO_SECTOR_COLOUR,
    PRESENCE_COLOURS,
    PRESENCE_LABELS_FR,
    SECTOR_PALETTE,
    STATUS_COLOURS,
    STATUS_LABELS_EN,
    STATUS_LABELS_FR,
    sector_colour,
)
from itday.core.plan.exits import (
    PEOPLE_PER_UNIT,
    UNIT_M,
    door_units,
    exits_needed,
    hall_capacity,
    too_few_exits,
)
from itday.core.plan.geometry import (
    EPS,
    GRID_STEP,
    BoothShape,
    ElementShape,
    GridIndex,
    Rect,
    as_booth,
    as_element,
    clearance_zone,
    footprint,
    moved,
    polygon_area,
    snap,
    snap_point,
)
from itday.core.plan.kinds import derive_kind, derive_kinds, kind_from_open_sides, open_sides
from itday.core.plan.problems import Problem, ProblemKind
from itday.core.plan.safety import RULES, Layout, check_plan, doors_off_wall

__all__ = [
    "DEFAULT_ELEMENT_SIZE",
    "EPS",
    "GRID_STEP",
    "KIND_LABELS_FR",
    "NO_SECTOR_COLOUR",
    "PEOPLE_PER_UNIT",
    "PRESENCE_COLOURS",
    "PRESENCE_LABELS_FR",
    "RULES",
    "SECTOR_PALETTE",
    "STATUS_COLOURS",
    "STATUS_LABELS_EN",
    "STATUS_LABELS_FR",
    "UNIT_M",
    "BoothShape",
    "CodeScheme",
    "ElementShape",
    "GridIndex",
    "Layout",
    "Problem",
    "ProblemKind",
    "Rect",
    "as_booth",
    "as_element",
    "check_plan",
    "clearance_zone",
    "derive_kind",
    "derive_kinds",
    "door_units",
    "doors_off_wall",
    "exits_needed",
    "footprint",
    "format_code",
    "generate_block",
    "guess_scheme",
    "hall_capacity",
    "kind_from_open_sides",
    "moved",
    "natural_key",
    "next_codes",
    "open_sides",
    "polygon_area",
    "sector_colour",
    "snap",
    "snap_point",
    "split_code",
    "too_few_exits",
]
