"""Booth codes: their natural order, numbering on, and blocks of booths placed as one step."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from itday.core.plan.geometry import BoothShape

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
