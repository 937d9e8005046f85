"""Vocabulary of the domain, shared by every layer (plain strings in the database)."""

from __future__ import annotations

import enum


class Category(enum.StrEnum):
    VISITOR = "visitor"
    EXHIBITOR_STAFF = "exhibitor_staff"
    SPEAKER = "speaker"
    PRESS = "press"
    VIP = "vip"
    ORGANISER = "organiser"


# Word printed on badges and shown at the entrance (French is the default language).
CATEGORY_LABELS_FR = {
    Category.VISITOR: "Visiteur",
    Category.EXHIBITOR_STAFF: "Exposant",
    Category.SPEAKER: "Intervenant",
    Category.PRESS: "Presse",
    Category.VIP: "VIP",
    Category.ORGANISER: "Organisation",
}
CATEGORY_LABELS_EN = {
    Category.VISITOR: "Visitor",
    Category.EXHIBITOR_STAFF: "Exhibitor",
    Category.SPEAKER: "Speaker",
    Category.PRESS: "Press",
    Category.VIP: "VIP",
    Category.ORGANISER: "Staff",
}
# Band colour on badges and in the UI (hex RGB); never the only cue: the word goes with it.
CATEGORY_COLOURS = {
    Category.VISITOR: "#1f6fb2",
    Category.EXHIBITOR_STAFF: "#2e8b3e",
    Category.SPEAKER: "#7b3fa0",
    Category.PRESS: "#d9822b",
    Category.VIP: "#b8860b",
    Category.ORGANISER: "#c0392b",
}


class Source(enum.StrEnum):
    IMPORT = "import"
    WALK_IN = "walk_in"
    MANUAL = "manual"
    DEMO = "demo"


class BoothStatus(enum.StrEnum):
    FREE = "free"
    OPTION = "option"
    RESERVED = "reserved"
    CONFIRMED = "confirmed"


class BoothKind(enum.StrEnum):
    INLINE = "inline"  # one open side
    CORNER = "corner"  # two open sides
    PENINSULA = "peninsula"  # three open sides
    ISLAND = "island"  # four open sides


class ElementKind(enum.StrEnum):
    WALL = "wall"
    PILLAR = "pillar"
    ENTRANCE = "entrance"
    EMERGENCY_EXIT = "emergency_exit"
    STAGE = "stage"
    CATERING = "catering"


class ScanResult(enum.StrEnum):
    ADMITTED = "admitted"
    ALREADY_ADMITTED = "already_admitted"
    UNKNOWN = "unknown"  # a code of ours that is not registered
    INVALID = "invalid"  # not an itday badge (or another edition's)
    CANCELLED = "cancelled"
