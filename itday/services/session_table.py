"""``sessions.csv`` of the export (issue 27): one line a talk session with its attendance.

Title, speakers, room and its capacity, start and end (aware times in the edition's zone),
the most people inside at once (``peak_inside``), the people who came (``distinct_people``)
and the entries (``arrivals``, a re-entry counted again).  No attendee is named; an
anonymised export leaves out the speakers' names too.  The figures are ``itday.db.rooms.attendance``'s, as in
``itday stats --json`` and the report.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from itday.db import rooms as db_rooms

SESSION_COLUMNS = (
    "session_id",
    "title",
    "speakers",
    "room",
    "capacity",
    "starts_at",
    "ends_at",
    "peak_inside",
    "distinct_people",
    "arrivals",
)


def session_rows(event_id: int, session: Session, tz) -> list[dict]:
    """The sessions in programme order, as rows of ``SESSION_COLUMNS``."""
    rows = []
    for item in db_rooms.attendance(event_id, session=session, tz=tz):
        rows.append(
            {
                "session_id": item["session_id"],
                "title": item["session"],
                "speakers": item["speakers"],
                "room": item["room"],
                "capacity": item["capacity"],
                "starts_at": dt.datetime.fromisoformat(item["starts_at"]).astimezone(tz),
                "ends_at": dt.datetime.fromisoformat(item["ends_at"]).astimezone(tz),
                "peak_inside": item["peak_inside"],
                "distinct_people": item["distinct_people"],
                "arrivals": item["entries"],
            }
        )
    return rows
