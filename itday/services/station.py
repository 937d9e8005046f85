"""A check-in station that keeps admitting when the shared database goes away.

``ResilientRecorder`` (alias ``StationLink``) wraps the shared database of several desks
(PostgreSQL on the organiser's laptop, or one SQLite file).  Each ``scan()``:

* **online**: ``record_scan`` on the shared database — the decision and its write in one
  transaction, admission by conditional UPDATE, so two desks never admit one badge twice;
* **offline** (the shared database refused the connection, timed out or dropped it): the
  decision is taken against the station's **local copy** (a SQLite file per station holding
  the attendee list and their ticket codes, synchronised at start and every
  ``sync_interval`` seconds, plus this station's own admissions) and the scan goes to the
  local **journal** in the same local transaction (``synchronous=FULL``: on disk when
  ``scan()`` returns), with a unique uid and the real scan time.  A ticket code admits its
  holder offline as it does online, once.

A background thread probes the shared database every ``retry_interval`` seconds, replays
the journal when it is back, re-synchronises the copy and writes the heartbeat
(``station.last_seen``).  Replay is idempotent: a uid already in ``scan`` is skipped.

**Replay rule.**  An offline *admission* is replayed through ``record_scan`` (same conditional
UPDATE, with the real scan time): if nobody admitted the badge meanwhile it is admitted;
if another desk did, the replayed scan is logged ``already_admitted`` (one admission per
badge, always).  The attendee's ``checked_in_at`` (first arrival) is then set to the
**earliest real admission time** — if the offline admission happened before the one that
won on the server, ``checked_in_at``/``checked_in_station`` move back to the offline scan
(``UPDATE … WHERE checked_in_at > t``, idempotent).  Offline *refusals* (unknown, invalid,
cancelled, already admitted) are logged as the desk decided them: the log says what the
clerk was shown.

**Re-entry.**  The copy holds the edition's re-entry rules per category and, per person,
whether they were scanned out since they last came in (``station_copy``): an offline desk
lets in, refuses or asks for the exit scan exactly as the shared database would, and its
exits (``exit()``) are journaled and replayed like its scans.

``online``, ``pending`` and ``add_listener(fn(online, pending))`` let a page show the state;
listeners are called from whichever thread noticed the change (a Qt wrapper must pass them
on through a signal).  No Qt here.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlmodel import col, select

from itday import __version__
from itday.core.checkin import Decision, message
from itday.core.enums import ScanResult
from itday.db.types import utcnow
from itday.errors import QT_TRANSLATE_NOOP, DatabaseError, ItdayError
from itday.services.checkin import ExitOutcome, storable
from itday.services.station_copy import LET_IN_AGAIN, JournalEntry, LocalCopy, _iso, local_file

__all__ = ["JournalEntry", "LocalCopy", "ResilientRecorder", "StationLink", "local_file"]

log = logging.getLogger(__name__)

# Seconds: how long a station waits for the shared database before going offline.
CONNECT_TIMEOUT = 3
# libpq: drop a connection whose sent data stays unacknowledged this long (network gone).
TCP_USER_TIMEOUT_MS = 4000

Listener = Callable[[bool, int], None]

_DISCONNECTS = (DatabaseError, OperationalError, InterfaceError)


def _is_disconnect(exc: BaseException) -> bool:
    if isinstance(exc, _DISCONNECTS):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def with_timeouts(url: str) -> str:
    """A PostgreSQL URL with a short connect timeout and TCP user timeout (if not given)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return url
    query = dict(parsed.query)
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
    query.setdefault("tcp_user_timeout", str(TCP_USER_TIMEOUT_MS))
    query.setdefault("keepalives_idle", "5")
    query.setdefault("keepalives_interval", "2")
    query.setdefault("keepalives_count", "2")
    return parsed.set(query=query).render_as_string(hide_password=False)


@dataclass(frozen=True)
class StationOutcome:
    """A scan that is durable (committed on the shared database, or in the local journal)."""

    uid: str
    code: str
    decision: Decision
    attendee: dict | None
    scanned_at: dt.datetime
    offline: bool

    @property
    def result(self) -> ScanResult:
        return self.decision.result

    def to_json(self) -> dict:
        d = self.decision
        return {
            "code": self.code,
            "result": d.result.value,
            "reason": d.reason,
            "attendee": self.attendee,
            "scanned_at": self.scanned_at.isoformat(),
            "first_at": d.first_at.isoformat() if d.first_at else None,
            "first_station": d.first_station,
            "uid": self.uid,
            "offline": self.offline,
            "message": message(d),
        }


class ResilientRecorder:
    """One station's link to the shared database, with its offline fallback."""

    def __init__(
        self,
        url: str,
        station: str,
        local_dir: str | Path,
        *,
        event_id: int | None = None,
        version: str = __version__,
        retry_interval: float = 2.0,
        sync_interval: float = 60.0,
        heartbeat_interval: float = 15.0,
        background: bool = True,
    ) -> None:
        self.url = with_timeouts(url)
        self.where = make_url(url).set(query={}).render_as_string(hide_password=True)
        self.station = station
        self.version = version
        self.retry_interval = retry_interval
        self.sync_interval = sync_interval
        self.heartbeat_interval = heartbeat_interval
        self.local = LocalCopy(local_file(local_dir, station))
        self.event_id = event_id
        self._db = None
        self._online = False
        self._listeners: list[Listener] = []
        self._replay_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._background = background
        self._last_sync = 0.0
        self._last_heartbeat = 0.0
        self._last_state: tuple[bool, int] | None = None
        self.last_error = ""
        self._closed_pending: int | None = None

    # -- state ----------------------------------------------------------------------
    @property
    def online(self) -> bool:
        return self._online

    @property
    def pending(self) -> int:
        """Scans in the journal not yet on the shared database."""
        if self._closed_pending is not None:
            return self._closed_pending
        return self.local.pending_count()

    def add_listener(self, fn: Listener) -> None:
        """``fn(online, pending)`` after each change of either (from any thread)."""
        self._listeners.append(fn)

    def _notify(self) -> None:
        state = (self._online, self.pending)
        if state == self._last_state:
            return
        self._last_state = state
        for fn in list(self._listeners):
            try:
                fn(*state)
            except Exception:  # a listener must not break the station
                log.exception("station listener failed")

    def _went_offline(self, exc: BaseException) -> None:
        text = str(getattr(exc, "orig", None) or exc).strip() or type(exc).__name__
        self.last_error = text.replace(self.url, self.where).splitlines()[0][:160]
        if self._online:
            log.warning("station %s offline: %s", self.station, self.last_error)
        self._online = False
        self._notify()

    # -- life -----------------------------------------------------------------------
    def start(self) -> ResilientRecorder:
        """Connect (or not), synchronise the copy, replay, start the background thread.

        Raises ``ItdayError`` only when the shared database is unreachable *and* there is no
        local copy to decide against (first start of a station without the network).
        """
        source = self.local.get("source")
        if source is not None and source != self.where:
            if self.local.pending_count():
                raise ItdayError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "La copie locale {path} a des scans en attente pour une autre "
                        "base ({source}) : utilisez un autre dossier hors ligne.",
                    ),
                    path=self.local.path,
                    source=source,
                )
            self.local.replace_attendees([])
        self.local.set("source", self.where)
        self._try_connect()
        if self._online:
            self.tick(force=True)
        if self.event_id is None:
            stored = self.local.get("event_id")
            if stored is None:
                raise ItdayError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Base partagée injoignable ({reason}) et aucune copie locale "
                        "pour ce poste : connectez-le une première fois au réseau.",
                    ),
                    reason=self.last_error,
                )
            self.event_id = int(stored)
        self._notify()
        if self._background:
            self._thread = threading.Thread(
                target=self._run, name=f"itday-station-{self.station}", daemon=True
            )
            self._thread.start()
        return self

    def close(self, *, flush: bool = True) -> None:
        """Stop the background thread; with ``flush``, one last replay if online."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if flush:
            if not self._online:
                self._try_connect()
            if self._online:
                self.replay()
        if self._db is not None:
            self._db.dispose()
            self._db = None
        self._closed_pending = self.local.pending_count()
        self.local.close()

    def __enter__(self) -> ResilientRecorder:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def _run(self) -> None:
        while not self._stop.wait(self.retry_interval):
            try:
                self.tick()
            except Exception:  # keep the thread alive whatever happens
                log.exception("station background tick failed")

    def _try_connect(self) -> bool:
        from itday.db.engine import Database

        try:
            if self._db is None:
                self._db = Database.open(self.url)
            else:
                with self._db.engine.connect() as conn:
                    conn.exec_driver_sql("SELECT 1")
            if self.event_id is None:
                from itday.db import repo

                with self._db.session() as s:
                    event = repo.latest_event(session=s)
                if event is None:
                    raise ItdayError(
                        QT_TRANSLATE_NOOP("errors", "La base partagée ne contient aucune édition.")
                    )
                self.event_id = event.id
        except DatabaseError as exc:
            if self._db is None and "plus récente" in str(exc):
                raise
            self._went_offline(exc)
            return False
        except Exception as exc:
            if not _is_disconnect(exc):
                raise
            self._went_offline(exc)
            return False
        if not self._online:
            self._online = True
            self.last_error = ""
            self._notify()
        return True

    def tick(self, *, force: bool = False) -> None:
        """One round of the background work: probe, replay, synchronise, heartbeat."""
        if not self._online and not self._try_connect():
            return
        if self.local.pending_count():
            self.replay()
        now = time.monotonic()
        if self._online and (force or now - self._last_sync >= self.sync_interval):
            self.sync()
        if self._online and (force or now - self._last_heartbeat >= self.heartbeat_interval):
            self.heartbeat()

    # -- the shared database ----------------------------------------------------------
    def sync(self) -> int:
        """Copy the attendee list from the shared database, with the edition's re-entry
        rules and who was scanned out; returns the rows copied."""
        from itday.db import repo
        from itday.db.models import Attendee, AttendeeCode

        if self._db is None:
            return 0
        try:
            with self._db.session() as s:
                ticket_rows = s.exec(
                    select(AttendeeCode.code, AttendeeCode.event_id, AttendeeCode.attendee_id)
                ).all()
                rows = s.exec(
                    select(
                        Attendee.code,
                        Attendee.id,
                        Attendee.event_id,
                        Attendee.category,
                        Attendee.cancelled,
                        Attendee.checked_in_at,
                        Attendee.checked_in_station,
                        Attendee.first_name,
                        Attendee.last_name,
                        Attendee.company,
                        Attendee.cancel_reason,
                    )
                ).all()
                policy = repo.reentry_policy(self.event_id, session=s)
                exited = repo.exited_attendees(self.event_id, session=s)
        except Exception as exc:
            if not _is_disconnect(exc):
                raise
            self._went_offline(exc)
            return 0
        self.local.replace_attendees(
            [tuple(r) for r in rows],
            [tuple(r) for r in ticket_rows],
            exited=exited,
            reentry=(self.event_id, policy),
        )
        self.local.set("event_id", str(self.event_id))
        self.local.set("synced_at", _iso(utcnow()))
        self._last_sync = time.monotonic()
        return len(rows)

    def heartbeat(self) -> None:
        from itday.db.stations import heartbeat

        if self._db is None:
            return
        try:
            with self._db.session() as s:
                heartbeat(self.station, self.version, session=s)
        except Exception as exc:
            if not _is_disconnect(exc):
                raise
            self._went_offline(exc)
            return
        self._last_heartbeat = time.monotonic()

    def replay(self) -> int:
        """Send the journal to the shared database, oldest first; returns scans sent."""
        sent = 0
        with self._replay_lock:
            while self._online and self._db is not None:
                batch = self.local.pending()
                if not batch:
                    break
                for entry in batch:
                    try:
                        with self._db.session() as s:
                            result = _replay_one(s, entry)
                    except Exception as exc:
                        if not _is_disconnect(exc):
                            raise
                        self._went_offline(exc)
                        break
                    self.local.mark_replayed(entry.uid, result)
                    sent += 1
        self._notify()
        return sent

    # -- scanning -------------------------------------------------------------------
    def _on_shared(self, record, raw: str, moment: dt.datetime, uid: str):
        """``record(session, event, raw, station, …)`` on the shared database, committed;
        None when it is away (then or already: the scan goes to the journal with the same
        uid, and the replay dedups)."""
        if not (self._online and self._db is not None):
            return None
        try:
            with self._db.session() as s:
                return record(s, self.event_id, raw, self.station, scanned_at=moment, uid=uid)
        except Exception as exc:
            if not _is_disconnect(exc):
                raise
            self._went_offline(exc)
            return None

    def scan(self, raw: str, *, scanned_at: dt.datetime | None = None) -> StationOutcome:
        """Decide on ``raw`` and make the scan durable (shared database or journal)."""
        from itday.services.checkin import record_scan

        raw = storable(raw)  # the journal keeps what the server will accept
        moment = scanned_at or utcnow()
        uid = str(uuid.uuid4())
        out = self._on_shared(record_scan, raw, moment, uid)
        if out is not None:
            who = out.decision.attendee_id
            if out.result is ScanResult.ADMITTED and who is not None:
                self.local.note_admission(who, moment, self.station)
            elif out.decision.reason in LET_IN_AGAIN and who is not None:
                self.local.note_in_or_out(who, out=False)
            return StationOutcome(uid, out.code, out.decision, out.attendee, moment, False)
        code, decision, who = self.local.record_offline(
            self.event_id, raw, self.station, moment, uid
        )
        self._notify()
        return StationOutcome(uid, code, decision, who, moment, True)

    def exit(self, raw: str, *, scanned_at: dt.datetime | None = None) -> ExitOutcome:
        """Scan someone out at the entrance (« ré-entrée après une sortie scannée »): on the
        shared database, or in the journal when it is away (replayed like any scan)."""
        from itday.services.checkin import record_exit

        raw = storable(raw)
        moment = scanned_at or utcnow()
        uid = str(uuid.uuid4())
        out = self._on_shared(record_exit, raw, moment, uid)
        if out is not None:
            if out.recorded and out.attendee is not None:
                self.local.note_in_or_out(out.attendee["id"], out=True)
            return out
        out = self.local.record_exit_offline(self.event_id, raw, self.station, moment, uid)
        self._notify()
        return out


StationLink = ResilientRecorder


def _replay_one(session, entry: JournalEntry) -> str:
    """Write one journal entry to the shared database (idempotent); the server's result."""
    from itday.db.models import Attendee, Scan
    from itday.services.checkin import record_scan

    existing = session.exec(select(Scan.result).where(Scan.uid == entry.uid)).first()
    if existing is not None:
        result = existing
    elif entry.result == ScanResult.ADMITTED.value:
        out = record_scan(
            session,
            entry.event_id,
            entry.raw,
            entry.station,
            scanned_at=entry.scanned_at,
            uid=entry.uid,
        )
        result = out.result.value
    else:
        scan = Scan(
            uid=entry.uid,
            event_id=entry.event_id,
            code=entry.code,
            attendee_id=entry.attendee_id,
            result=entry.result,
            reason=entry.reason,
            station=entry.station,
            scanned_at=entry.scanned_at,
        )
        session.add(scan)
        try:
            session.commit()
        except IntegrityError:  # the attendee was deleted meanwhile
            session.rollback()
            scan.attendee_id = None
            session.add(scan)
            session.commit()
        result = entry.result
    if entry.result == ScanResult.ADMITTED.value and entry.attendee_id is not None:
        # First arrival = earliest real admission time, whichever desk's scan won.
        session.execute(
            update(Attendee)
            .where(
                col(Attendee.id) == entry.attendee_id,
                col(Attendee.checked_in_at) > entry.scanned_at,
            )
            .values(checked_in_at=entry.scanned_at, checked_in_station=entry.station)
        )
        session.commit()
    return result
