"""A date typed by hand, day first, as people in France write it.

``24/06/2027``, ``24-06-2027``, ``24.6.27``, ``24 06 2027``, ``24062027``, ``240627``,
``24 juin 2027``, ``24/06`` (this year) and ISO ``2027-06-24`` all read as 24 June 2027.
Anything else (``31/02/2027``, ``13/13``, letters) reads as ``None``: the field says so.
"""

from __future__ import annotations

import datetime as dt
import re

from itday.core.text import fold

#: an edition's time zone unless it says another (Qt-free, database-free: the pages use it
#: before the base is open)
DEFAULT_TIMEZONE = "Europe/Paris"

MONTHS = {
    # French and English names and their usual short forms, folded (no accents, lower case)
    "janvier": 1, "janv": 1, "jan": 1, "january": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "feb": 2, "february": 2,
    "mars": 3, "mar": 3, "march": 3,
    "avril": 4, "avr": 4, "apr": 4, "april": 4,
    "mai": 5, "may": 5,
    "juin": 6, "jun": 6, "june": 6,
    "juillet": 7, "juil": 7, "jul": 7, "july": 7,
    "aout": 8, "aug": 8, "august": 8,
    "septembre": 9, "sept": 9, "sep": 9, "september": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "decembre": 12, "dec": 12, "december": 12,
}  # fmt: skip

_PARTS = re.compile(r"[\s/.\-,]+")


def parse_day_first(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date ``text`` means, day first (see the module's examples), or ``None``."""
    today = today or dt.date.today()
    words = [w for w in _PARTS.split(fold(text).strip().rstrip(".")) if w]
    if len(words) == 1 and words[0].isdigit():
        words = _split_digits(words[0])
    if not words or len(words) > 3:
        return None
    if len(words) == 3 and len(words[0]) == 4 and words[0].isdigit():  # ISO: year first
        words = [words[2], words[1], words[0]]
    day, month = words[0], _month(words[1]) if len(words) > 1 else None
    year = words[2] if len(words) == 3 else str(today.year)
    if not day.isdigit() or month is None or not year.isdigit() or len(year) not in (2, 4):
        return None
    full_year = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return dt.date(full_year, month, int(day))
    except ValueError:
        return None


def _split_digits(digits: str) -> list[str]:
    """``24062027`` → 24, 06, 2027; ``240627`` → 24, 06, 27; ``2406`` → 24, 06."""
    if len(digits) in (4, 6, 8):
        return [digits[:2], digits[2:4], *([digits[4:]] if len(digits) > 4 else [])]
    return []


def _month(word: str) -> int | None:
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    return MONTHS.get(word)
