"""The check-in decision: what a scanned code means at the entrance (pure rules).

``classify`` looks at the text alone (ours, damaged, foreign).  ``decide`` takes what the
database knows about the code and returns the ``Decision`` the station shows and logs.
The database layer makes the admission itself atomic (see ``itday.services.checkin``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from itday.core import badge
from itday.core.badge import CodeKind
from itday.core.enums import Category, ScanResult

# Machine-readable reasons written to the scan log.
REASON_NOT_OURS = "not_ours"
REASON_DAMAGED = "damaged"
REASON_OTHER_EDITION = "other_edition"
REASON_NOT_REGISTERED = "not_registered"
REASON_CANCELLED = "cancelled"
REASON_REENTRY = "reentry"

# What the result means for the queue: green, amber, red.
TONE = {
    ScanResult.ADMITTED: "ok",
    ScanResult.ALREADY_ADMITTED: "warning",
    ScanResult.UNKNOWN: "refused",
    ScanResult.INVALID: "refused",
    ScanResult.CANCELLED: "refused",
}


@dataclass(frozen=True)
class KnownAttendee:
    """What the decision needs to know about the badge's owner."""

    id: int
    event_id: int
    category: str
    cancelled: bool
    checked_in_at: dt.datetime | None
    checked_in_station: str | None


@dataclass(frozen=True)
class Decision:
    result: ScanResult
    reason: str = ""
    attendee_id: int | None = None
    first_at: dt.datetime | None = None  # first admission (for "already admitted")
    first_station: str | None = None

    @property
    def tone(self) -> str:
        return TONE[self.result]

    @property
    def admits(self) -> bool:
        """May the person walk in? (re-entry is allowed at a trade show)"""
        return self.result in (ScanResult.ADMITTED, ScanResult.ALREADY_ADMITTED)


def normalise(raw: str) -> str:
    """The code as logged: our codes upper-cased and stripped, anything else stripped."""
    return badge.parse(raw).code


def decide(raw: str, attendee: KnownAttendee | None, event_id: int) -> Decision:
    """The decision before the write; ``ADMITTED`` means "admit if nobody did meanwhile"."""
    parsed = badge.parse(raw)
    if parsed.kind is CodeKind.FOREIGN:
        return Decision(ScanResult.INVALID, REASON_NOT_OURS)
    if parsed.kind is CodeKind.DAMAGED:
        return Decision(ScanResult.INVALID, REASON_DAMAGED)
    if attendee is None:
        return Decision(ScanResult.UNKNOWN, REASON_NOT_REGISTERED)
    if attendee.event_id != event_id:
        return Decision(ScanResult.INVALID, REASON_OTHER_EDITION, attendee.id)
    if attendee.cancelled:
        return Decision(ScanResult.CANCELLED, REASON_CANCELLED, attendee.id)
    if attendee.checked_in_at is not None:
        return Decision(
            ScanResult.ALREADY_ADMITTED,
            REASON_REENTRY,
            attendee.id,
            attendee.checked_in_at,
            attendee.checked_in_station,
        )
    return Decision(ScanResult.ADMITTED, "", attendee.id)


def shows_category(category: str) -> bool:
    """Exhibitor staff, speakers, press, VIPs and organisers get their category shown big."""
    return category != Category.VISITOR
