"""A check-in station's own SQLite file (``LocalCopy``): the copy of the attendee list it
decides against when the shared database is away, the edition's re-entry rules, and the
journal of its scans waiting to be sent (see ``itday.services.station``).

The copy knows, per person, whether they were scanned out at the entrance since they last
came in (``exited``: from the shared database at each synchronisation, then from this
station's own scans), so the re-entry rule « ré-entrée après une sortie scannée » is applied
offline as online; exits scanned offline go to the journal like any scan.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from itday.core import tickets
from itday.core.checkin import (
    REASON_REENTRY,
    REASON_REENTRY_AFTER_EXIT,
    Decision,
    KnownAttendee,
    ScannedCode,
    decide,
    read_scan,
)
from itday.core.enums import ScanResult
from itday.db.types import utcnow
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, db_reason
from itday.services import outfile
from itday.services.checkin import EXIT_NOT_IN, EXIT_RECORDED, EXIT_UNKNOWN, ExitOutcome

EXIT = "exit"  # an exit scan's result (``itday.db.visits.EXIT``)
#: the reasons of a re-entry that let the person in again (an admission has none)
LET_IN_AGAIN = (REASON_REENTRY, REASON_REENTRY_AFTER_EXIT)

_LOCAL_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS attendee (
    code TEXT PRIMARY KEY,
    id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    category TEXT NOT NULL,
    cancelled INTEGER NOT NULL,
    checked_in_at TEXT,
    checked_in_station TEXT,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    cancel_reason TEXT NOT NULL DEFAULT '',
    exited INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    event_id INTEGER NOT NULL,
    raw TEXT NOT NULL,
    code TEXT NOT NULL,
    station TEXT NOT NULL,
    scanned_at TEXT NOT NULL,
    result TEXT NOT NULL,
    reason TEXT NOT NULL,
    attendee_id INTEGER,
    replayed_at TEXT,
    server_result TEXT
);
CREATE INDEX IF NOT EXISTS ix_journal_pending ON journal (replayed_at, seq);
CREATE INDEX IF NOT EXISTS ix_attendee_id ON attendee (id);
CREATE TABLE IF NOT EXISTS ticket (
    code TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    attendee_id INTEGER NOT NULL,
    PRIMARY KEY (code, event_id)
);
"""


def local_file(local_dir: str | Path, station: str) -> Path:
    # (kept as it was: a queue written by an older itday must be found again; the prefix
    # makes a reserved name such as CON impossible, the length is bounded for Windows)
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", station)[:80].strip("._") or "station"
    return Path(local_dir) / f"station-{slug}.sqlite"


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.astimezone(dt.UTC).isoformat() if moment is not None else None


def _parse(text: str | None) -> dt.datetime | None:
    if text is None:
        return None
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    uid: str
    event_id: int
    raw: str
    code: str
    station: str
    scanned_at: dt.datetime
    result: str
    reason: str
    attendee_id: int | None


class LocalCopy:
    """The station's own SQLite file: attendee copy, meta data and scan journal."""

    def __init__(self, path: Path) -> None:
        self.path = path
        outfile.make_folder(path.parent)  # one line if a file has its name
        self._lock = threading.RLock()
        try:
            self._conn = sqlite3.connect(
                path, timeout=10, isolation_level=None, check_same_thread=False
            )
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.executescript(_LOCAL_SCHEMA)
            self._add_missing_columns()
        except sqlite3.Error as exc:
            raise ItdayError(
                QT_TRANSLATE_NOOP(
                    "errors", "Impossible d'ouvrir la copie locale du poste {path} : {reason}"
                ),
                path=path,
                reason=db_reason(exc),
            ) from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- meta -----------------------------------------------------------------------
    def get(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, value),
            )

    def _add_missing_columns(self) -> None:
        """A copy made by an earlier version lacks ``attendee.cancel_reason`` (issue 24.1)
        and ``attendee.exited`` (24.8): added empty; the next copy from the server fills
        them."""
        columns = {r[1] for r in self._conn.execute("PRAGMA table_info(attendee)")}
        if "cancel_reason" not in columns:
            self._conn.execute(
                "ALTER TABLE attendee ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT ''"
            )
        if "exited" not in columns:
            self._conn.execute("ALTER TABLE attendee ADD COLUMN exited INTEGER NOT NULL DEFAULT 0")

    def reentry_policy(self, event_id: int) -> dict | None:
        """The edition's re-entry rules as the shared database had them at the last copy."""
        text = self.get(f"reentry:{event_id}")
        try:
            policy = json.loads(text) if text else None
        except ValueError:
            return None
        return policy if isinstance(policy, dict) else None

    # -- attendee copy --------------------------------------------------------------
    def replace_attendees(
        self,
        rows: list[tuple],
        ticket_rows: list[tuple] = (),
        *,
        exited: set[int] | frozenset = frozenset(),
        reentry: tuple[int, dict] | None = None,
    ) -> None:
        """Replace the copy by the server's rows (attendees, and their ticket codes as
        ``(code, event_id, attendee_id)``), keeping this station's pending scans.

        ``exited``: the ids of the people scanned out since they last came in;
        ``reentry``: ``(event_id, policy)``, the edition's re-entry rules."""
        with self._lock:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                c.execute("DELETE FROM attendee")
                c.execute("DELETE FROM ticket")
                c.executemany(
                    "INSERT INTO attendee (code, id, event_id, category, cancelled, "
                    "checked_in_at, checked_in_station, first_name, last_name, company, "
                    "cancel_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [(r[0], r[1], r[2], r[3], int(bool(r[4])), _iso(r[5]), *r[6:]) for r in rows],
                )
                c.executemany(
                    "INSERT OR IGNORE INTO ticket (code, event_id, attendee_id) VALUES (?,?,?)",
                    [tuple(r) for r in ticket_rows],
                )
                c.execute(
                    "UPDATE attendee SET checked_in_at = j.scanned_at, "
                    "checked_in_station = j.station FROM (SELECT attendee_id, MIN(scanned_at) "
                    "AS scanned_at, station FROM journal WHERE replayed_at IS NULL "
                    "AND result = ? AND attendee_id IS NOT NULL GROUP BY attendee_id) AS j "
                    "WHERE attendee.id = j.attendee_id AND attendee.checked_in_at IS NULL",
                    (ScanResult.ADMITTED.value,),
                )
                self._mark_exited(exited)
                if reentry is not None:
                    c.execute(
                        "INSERT INTO meta(key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                        (f"reentry:{reentry[0]}", json.dumps(reentry[1])),
                    )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    def _mark_exited(self, exited) -> None:
        """Who is out: the server's word, then this station's pending scans in or out (the
        last one of each person wins).  Inside the caller's transaction."""
        c = self._conn
        c.executemany("UPDATE attendee SET exited=1 WHERE id=?", [(i,) for i in exited])
        marks = ",".join("?" * len(LET_IN_AGAIN))
        c.execute(
            "UPDATE attendee SET exited = (j.result = ?) FROM (SELECT attendee_id, result, "
            "MAX(seq) FROM journal WHERE replayed_at IS NULL AND attendee_id IS NOT NULL "
            f"AND (result IN (?, ?) OR reason IN ({marks})) GROUP BY attendee_id) AS j "
            "WHERE attendee.id = j.attendee_id",
            (EXIT, EXIT, ScanResult.ADMITTED.value, *LET_IN_AGAIN),
        )

    def attendee_count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT COUNT(*) FROM attendee").fetchone()[0]

    def ticket_count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT COUNT(*) FROM ticket").fetchone()[0]

    def note_admission(self, attendee_id: int, moment: dt.datetime, station: str) -> None:
        """An online admission by this station (badge or ticket): the copy knows it at once."""
        with self._lock:
            self._conn.execute(
                "UPDATE attendee SET checked_in_at=?, checked_in_station=?, exited=0 "
                "WHERE id=? AND checked_in_at IS NULL",
                (_iso(moment), station, attendee_id),
            )

    def note_in_or_out(self, attendee_id: int, out: bool) -> None:
        """An online re-entry (``out`` False) or exit scan (True) by this station."""
        with self._lock:
            self._conn.execute("UPDATE attendee SET exited=? WHERE id=?", (int(out), attendee_id))

    _ATTENDEE = (
        "SELECT id, event_id, category, cancelled, checked_in_at, checked_in_station, "
        "first_name, last_name, company, code, cancel_reason, exited FROM attendee"
    )

    def _holder(self, code: str, scanned: ScannedCode, event_id: int) -> tuple[tuple | None, str]:
        """The copy's row of whoever holds ``code`` (badge code, else ticket code: this
        edition first), and the code as stored.  Inside the caller's transaction."""
        c = self._conn
        row = c.execute(self._ATTENDEE + " WHERE code=?", (code,)).fetchone()
        if row is not None or not code or not scanned.may_be_ticket:
            return row, code
        readings = tickets.candidates(code)
        marks = ",".join("?" * len(readings))
        found = c.execute(
            f"SELECT attendee_id, code, event_id FROM ticket WHERE code IN ({marks})",
            readings,
        ).fetchall()
        if not found:
            return None, code
        found.sort(key=lambda r: (r[2] != event_id, readings.index(r[1])))
        row = c.execute(self._ATTENDEE + " WHERE id=?", (found[0][0],)).fetchone()
        return row, found[0][1]

    # -- offline decision + journal, one local transaction --------------------------
    def record_offline(
        self, event_id: int, raw: str, station: str, moment: dt.datetime, uid: str
    ) -> tuple[str, Decision, dict | None]:
        """Decide on ``raw`` as the shared database would (the edition's re-entry rules,
        who was scanned out) and journal the scan, in one local transaction."""
        scanned = read_scan(raw)
        code = scanned.code[:512]
        policy = self.reentry_policy(event_id)
        with self._lock:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                row, code = self._holder(code, scanned, event_id)
                known = None
                if row is not None:
                    known = KnownAttendee(
                        *row[:4], _parse(row[4]), row[5], bool(row[11]), cancel_reason=row[10]
                    )
                decision = decide(scanned, known, event_id, policy)
                checked = row[4] if row else None
                if decision.result is ScanResult.ADMITTED:
                    c.execute(
                        "UPDATE attendee SET checked_in_at=?, checked_in_station=?, exited=0 "
                        "WHERE id=? AND checked_in_at IS NULL",
                        (_iso(moment), station, row[0]),
                    )
                    checked = _iso(moment)
                elif decision.reason in LET_IN_AGAIN:  # in again: the next needs a new exit
                    c.execute("UPDATE attendee SET exited=0 WHERE id=?", (row[0],))
                self._journal(
                    uid, event_id, raw, code, station, moment, decision.result.value,
                    decision.reason, decision.attendee_id,
                )  # fmt: skip
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        return code, decision, _who(row, checked)

    def record_exit_offline(
        self, event_id: int, raw: str, station: str, moment: dt.datetime, uid: str
    ) -> ExitOutcome:
        """An exit scan at the entrance, as ``record_exit`` answers it online: journaled
        for someone of the edition who came in; for anyone else nothing is written."""
        scanned = read_scan(raw)
        code = scanned.code[:512]
        with self._lock:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                row, code = self._holder(code, scanned, event_id)
                if row is None or row[1] != event_id:
                    c.execute("ROLLBACK")
                    return ExitOutcome(code, None, False, EXIT_UNKNOWN, offline=True)
                if row[4] is None:
                    c.execute("ROLLBACK")
                    return ExitOutcome(code, _who(row, None), False, EXIT_NOT_IN, offline=True)
                c.execute("UPDATE attendee SET exited=1 WHERE id=?", (row[0],))
                self._journal(uid, event_id, raw, code, station, moment, EXIT, "", row[0])
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        return ExitOutcome(code, _who(row, row[4]), True, EXIT_RECORDED, offline=True)

    def _journal(self, uid, event_id, raw, code, station, moment, result, reason, who) -> None:
        self._conn.execute(
            "INSERT INTO journal (uid, event_id, raw, code, station, scanned_at, "
            "result, reason, attendee_id) VALUES (?,?,?,?,?,?,?,?,?)",
            (uid, event_id, raw, code, station, _iso(moment), result, reason, who),
        )

    # -- journal --------------------------------------------------------------------
    def pending_count(self) -> int:
        with self._lock:
            return self._conn.execute(
                "SELECT COUNT(*) FROM journal WHERE replayed_at IS NULL"
            ).fetchone()[0]

    def pending(self, limit: int = 500) -> list[JournalEntry]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, uid, event_id, raw, code, station, scanned_at, result, reason, "
                "attendee_id FROM journal WHERE replayed_at IS NULL ORDER BY seq LIMIT ?",
                (limit,),
            ).fetchall()
        return [JournalEntry(*r[:6], _parse(r[6]), *r[7:]) for r in rows]

    def mark_replayed(self, uid: str, server_result: str) -> None:
        with self._lock:
            self._conn.execute(
                "UPDATE journal SET replayed_at=?, server_result=? WHERE uid=?",
                (_iso(utcnow()), server_result, uid),
            )

    def journal_size(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT COUNT(*) FROM journal").fetchone()[0]

    def integrity_check(self) -> str:
        with self._lock:
            return self._conn.execute("PRAGMA integrity_check").fetchone()[0]


def _who(row: tuple | None, checked: str | None) -> dict | None:
    """The person of a copy's row, as the outcome shows them."""
    if row is None:
        return None
    return {
        "id": row[0],
        "first_name": row[6],
        "last_name": row[7],
        "company": row[8],
        "category": row[2],
        "code": row[9],
        "checked_in_at": checked,
    }
