"""Ordering of booth codes as people read them (A2 before A10, 101 before 1001)."""

from __future__ import annotations

import re

_PARTS = re.compile(r"(\d+)")


def natural_key(code: str) -> tuple:
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in _PARTS.split(code or "")
        if part
    )
