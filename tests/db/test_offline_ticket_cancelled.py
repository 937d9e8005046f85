"""Issue 24.1 at a station without the shared base: its local copy knows why a person is
cancelled, so a refunded ticket is refused offline as « billet annulé / remboursé » too; a
copy made by an earlier version gains the column."""

from __future__ import annotations

import datetime as dt
import sqlite3

from itday.core.checkin import message
from itday.core.enums import ScanResult
from itday.services.station import LocalCopy

NOW = dt.datetime(2027, 6, 24, 9, 0, tzinfo=dt.UTC)
REFUNDED, BY_HAND = "1234567890123456789002", "1234567890123456789003"


def _row(n: int, code: str, reason: str) -> tuple:
    return (code, n, 1, "visitor", True, None, None, "Claire", "Martin", "", reason)


def test_a_refunded_ticket_is_refused_with_its_reason_offline(tmp_path):
    copy = LocalCopy(tmp_path / "station.sqlite")
    try:
        copy.replace_attendees([_row(1, REFUNDED, "ticket"), _row(2, BY_HAND, "")])
        _, refunded, _ = copy.record_offline(1, REFUNDED, "Accueil 1", NOW, "u1")
        _, by_hand, _ = copy.record_offline(1, BY_HAND, "Accueil 1", NOW, "u2")
    finally:
        copy.close()
    assert (refunded.result, refunded.reason) == (ScanResult.CANCELLED, "ticket_cancelled")
    assert message(refunded) == "billet annulé / remboursé"
    assert (by_hand.result, by_hand.reason) == (ScanResult.CANCELLED, "cancelled")


def test_a_copy_from_an_earlier_version_gains_the_column(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as old:
        old.execute(
            "CREATE TABLE attendee (code TEXT PRIMARY KEY, id INTEGER NOT NULL, "
            "event_id INTEGER NOT NULL, category TEXT NOT NULL, cancelled INTEGER NOT NULL, "
            "checked_in_at TEXT, checked_in_station TEXT, first_name TEXT NOT NULL DEFAULT '', "
            "last_name TEXT NOT NULL DEFAULT '', company TEXT NOT NULL DEFAULT '')"
        )
        old.execute(
            "INSERT INTO attendee VALUES (?,2,1,'visitor',1,NULL,NULL,'','','')", (BY_HAND,)
        )
    old.close()
    copy = LocalCopy(path)
    try:
        _, decision, _ = copy.record_offline(1, BY_HAND, "Accueil 1", NOW, "u1")
    finally:
        copy.close()
    assert (decision.result, decision.reason) == (ScanResult.CANCELLED, "cancelled")
