"""Pure rules of the export: spreadsheet formula injection and pseudonymous ids.

Formula injection (CSV injection): names come from a public registration form, and a
spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (a tab or
a carriage return first can hide it).  ``neutralise`` prefixes such a cell with a single
quote, as OWASP recommends, so Excel and LibreOffice show it as text.  Numbers stay numbers:
only strings are changed.

Pseudonyms: an anonymised export replaces the attendee's database id by a keyed hash of it
(HMAC-SHA256 with a random key made for that one export and never written anywhere), so the
same person has the same pseudonym in ``attendees.csv`` and ``scans.csv`` — counts and joins
still add up — but nobody can go back to the id, even knowing how it was made.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: columns of attendees that are personal data: left out of anonymised exports, blanked by
#: the purge.  The company is not personal data, but is kept out of anonymised exports too
#: (with a job title, a small company identifies a person).
PERSONAL_ATTENDEE_COLUMNS = ("first_name", "last_name", "email", "phone", "job_title")
#: The badge code, the ticket codes and the registration system's reference identify a
#: person too (a ticket code leads to their record at the ticketing service).
ANONYMISED_DROPPED_ATTENDEE_COLUMNS = (
    *PERSONAL_ATTENDEE_COLUMNS,
    "company",
    "external_ref",
    "code",
    "tickets",
)
PERSONAL_EXHIBITOR_COLUMNS = ("contact_name", "contact_email", "contact_phone")
#: what a stand wrote about a person it met (free text: it may name them, quote their
#: phone…): left out of anonymised exports, blanked by the purge
PERSONAL_LEAD_COLUMNS = ("note", "answers")


def neutralise(value: Any) -> Any:
    """A cell value that no spreadsheet will run as a formula (non-strings unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_row(values: Iterable[Any]) -> list[Any]:
    return [neutralise(v) for v in values]


def new_key() -> bytes:
    """A fresh random key for one anonymised export (256 bits)."""
    return secrets.token_bytes(32)


def pseudonym(key: bytes, value: int | str | None, prefix: str = "P") -> str | None:
    """Stable within one export (same key), unlinkable across exports; None stays None."""
    if value is None:
        return None
    digest = hmac.new(key, str(value).encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{prefix}-{digest[:16]}"


def anonymise_attendee(row: Mapping[str, Any], key: bytes) -> dict[str, Any]:
    """An attendee row without personal data, with a pseudonymous id."""
    out = {k: v for k, v in row.items() if k not in ANONYMISED_DROPPED_ATTENDEE_COLUMNS}
    out["id"] = pseudonym(key, row.get("id"))
    return out


def anonymise_exhibitor(row: Mapping[str, Any]) -> dict[str, Any]:
    """An exhibitor row without its contact person (the company itself stays)."""
    return {k: v for k, v in row.items() if k not in PERSONAL_EXHIBITOR_COLUMNS}


def table_rows(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> Iterable[list[Any]]:
    """Rows as lists in ``columns`` order, neutralised, ``None`` as an empty cell."""
    for row in rows:
        yield [neutralise("" if row.get(c) is None else row.get(c)) for c in columns]


# -- arrivals chart (the page and the report draw the same series) --------------------


def quarter_series(by_quarter: Mapping[str, int]) -> list[tuple[dt.datetime, int]]:
    """``by_quarter_hour`` (local ISO time → arrivals) as a gapless series, in time order:
    quarters with no arrival between the first and the last one count 0."""
    points = sorted((dt.datetime.fromisoformat(k), int(v)) for k, v in by_quarter.items())
    if not points:
        return []
    counts = dict(points)
    out = []
    moment, last = points[0][0], points[-1][0]
    while moment <= last:
        out.append((moment, counts.get(moment, 0)))
        moment += dt.timedelta(minutes=15)
    return out


def day_series(
    by_quarter: Mapping[str, int], start: dt.datetime, end: dt.datetime
) -> tuple[list[tuple[dt.datetime, int]], int]:
    """The quarters of the edition's day, every one present (0 when nobody came), and the
    arrivals of other days.  The day spans the opening hours ``start``–``end`` (local, as
    the keys), widened to the day's own early or late arrivals (exhibitors setting up at
    7:30): a stray scan the evening before never stretches the day's chart."""
    counts = {dt.datetime.fromisoformat(k): int(v) for k, v in by_quarter.items()}
    same_day = [m for m in counts if m.date() == start.date()]
    if same_day:
        start = min(start, min(same_day))
        end = max(end, max(same_day) + dt.timedelta(minutes=15))
    first = start.replace(minute=start.minute - start.minute % 15, second=0, microsecond=0)
    out = []
    moment = first
    while moment < end:
        out.append((moment, counts.pop(moment, 0)))
        moment += dt.timedelta(minutes=15)
    return out, sum(counts.values())


def quarter_label(moment: dt.datetime) -> str:
    """« 9h », « 9h15 »: how a French timetable writes a time."""
    return f"{moment.hour}h" if moment.minute == 0 else f"{moment.hour}h{moment.minute:02d}"


def percent(part: int, whole: int) -> str:
    """« 62 % » (French spacing, no decimals); « — » when there is nothing to divide."""
    if not whole:
        return "—"
    return f"{round(100 * part / whole)} %"
