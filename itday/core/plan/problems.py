"""A problem of a layout, as the plan page lists it and highlights it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from itday.core.plan.geometry import Rect

ProblemKind = Literal[
    "overlap",
    "outside",
    "over_element",
    "narrow_aisle",
    "exit_blocked",
    "door_off_wall",
    "too_few_exits",
]

#: the order in which ``check_plan`` lists the kinds
KIND_ORDER: tuple[str, ...] = ProblemKind.__args__


@dataclass(frozen=True, slots=True)
class Problem:
    kind: ProblemKind
    booth_ids: tuple  # ids (or codes, for booths not saved yet) of the booths involved
    message_fr: str
    where: Rect  # the zone to highlight on the plan
    message_en: str = field(default="", compare=False)


def metres_fr(value: float) -> str:
    """French metres: 2,5 m."""
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " m"
