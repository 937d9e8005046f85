"""Colours (hex RGB) and words of the plan, shared by the plan page and the printed plan.

Light enough for black text; the word goes with the colour in every legend.
"""

from __future__ import annotations

import hashlib

from itday.core.enums import BoothKind, BoothStatus
from itday.core.text import fold

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
