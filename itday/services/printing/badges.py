"""Badges to the station's printer: print on arrival, the print queue, retries.

``BadgePrintService`` is what the command line (``itday checkin --print``, ``itday badges
--print``), the Accueil page and the kiosk use.  It is blocking and has no widgets: the GUI
calls it from ``ctx.tasks`` workers, one short call at a time (``send``, then ``check``
until the badge is out), never a long wait on a pool thread.

The flow of one badge:

1. ``enqueue`` writes a ``pending`` row in ``print_job`` (committed: from here on the badge
   is never lost, whatever the printer or the app does);
2. ``send`` renders the badge PDF (from the cache when it was rendered in advance) at the
   printer's resolution and label size, and hands it to the backend: the row becomes
   ``sent`` with the job id, or ``failed`` with the problem (no printer, unknown printer,
   queue refusing jobs, server unreachable);
3. ``check`` asks where the job is: ``printed`` once the queue processed it (the row gets
   its line in the print log), ``queued`` while the printer is paused, off, out of labels…
   (the job waits in the printer's queue and comes out when it is fixed), ``failed`` if the
   queue aborted or cancelled it;
4. ``retry`` sends again (cancelling the old job if it is still waiting, so that one badge
   never prints twice); ``dismiss`` takes a badge off the list.

The arrival rule (``on_admission``): only a first admission prints, and a person's arrival
prints once (an undone and redone admission does not print a second badge).  Re-entries and
refused scans print nothing; reprints go through ``print_badges(reason="reprint")``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from itday.core import printing as rules
from itday.core.enums import ScanResult
from itday.core.printing import ALREADY, FAILED, PRINTED, PRINTING, QUEUED, Problem
from itday.db import print_queue
from itday.errors import ItdayError
from itday.services.printing import PrintBackend, PrintFailure

if TYPE_CHECKING:  # reportlab, NumPy and the QR tables come with the first badge rendered
    from itday.services.pdf.badges import BadgeData, EventInfo

DEFAULT_LAYOUT = "label54x90"
DEFAULT_DPI = 300
DEFAULT_WAIT_S = 10.0
#: a row written this recently and not sent yet is being sent (not a forgotten badge)
SENDING_GRACE = dt.timedelta(seconds=30)

#: problems that do not go away by waiting a few seconds: stop waiting, say it now
_DEFINITE = frozenset(
    {
        Problem.PAUSED,
        Problem.MEDIA_EMPTY,
        Problem.MEDIA_JAM,
        Problem.DOOR_OPEN,
        Problem.STOPPED,
    }
)


@dataclass(frozen=True)
class PrintSettings:
    """The station's badge printer: name ("" = the system's default printer), layout,
    resolution (dots per inch), media keyword ("" = the layout's size) and how long a
    blocking print waits for the badge to come out."""

    printer: str = ""
    layout: str = DEFAULT_LAYOUT
    dpi: int = DEFAULT_DPI
    media: str = ""
    wait_s: float = DEFAULT_WAIT_S

    @property
    def media_keyword(self) -> str:
        if self.media:
            return self.media
        from itday.services.pdf.badges import LAYOUTS

        spec = LAYOUTS.get(self.layout)
        return rules.media_name(*spec.page_size) if spec else ""


@dataclass(frozen=True)
class PrintStatus:
    """Where a badge (or a batch sent as one job) is: plain data for threads and JSON."""

    items: tuple[int, ...]  # print_job ids
    attendee_ids: tuple[int, ...]
    outcome: str  # printed, queued, failed, or printing (sent, not out yet)
    problem: str = ""
    printer: str = ""
    job_id: int | None = None
    detail: str = ""

    @property
    def badge(self) -> str | None:
        """What ``itday checkin --print`` says: printed, queued, failed, or None when the
        person's badge had been printed before (nothing printed now)."""
        if self.outcome == ALREADY:
            return None
        return QUEUED if self.outcome == PRINTING else self.outcome

    @property
    def final(self) -> bool:
        """Nothing more will change by itself soon (printed, failed, or a real problem)."""
        return self.outcome in (PRINTED, FAILED, ALREADY) or self.problem in _DEFINITE

    def notice(self) -> ItdayError:
        """The message, as a translatable template (``str()`` is the French line)."""
        return ItdayError(
            rules.template(self.outcome, self.problem or None),
            printer=self.printer or "?",
            detail=self.detail or self.problem or "?",
            job=self.job_id if self.job_id is not None else "?",
            cli=rules.COMMAND_LINE_HINTS.get(self.problem, "") if self.problem else "",
        )

    @property
    def message(self) -> str:
        """The French line of the command line and of JSON (with the option to use)."""
        return str(self.notice())

    def to_json(self) -> dict:
        return {"badge": self.badge, "badge_message": self.message}


def _status_of(rows: list[dict], outcome: str | None = None, **changes) -> PrintStatus:
    first = rows[0]
    if outcome is None:
        states = {r["state"] for r in rows}
        if states <= {print_queue.PRINTED}:
            outcome = PRINTED
        elif print_queue.FAILED in states:
            outcome = FAILED
        elif print_queue.PENDING in states:  # written, never handed over (app closed?)
            outcome, changes = FAILED, {"problem": Problem.NOT_SENT.value, **changes}
        elif first["problem"]:
            outcome = QUEUED
        else:
            outcome = PRINTING
    status = PrintStatus(
        items=tuple(r["id"] for r in rows),
        attendee_ids=tuple(r["attendee_id"] for r in rows),
        outcome=outcome,
        problem=first["problem"],
        printer=first["printer"],
        job_id=first["job_id"],
        detail=first["detail"],
    )
    return replace(status, **changes) if changes else status


class BadgePrintService:
    """Badges of one station to its printer; see the module docstring."""

    def __init__(
        self,
        db,
        backend: PrintBackend,
        *,
        station: str,
        settings: PrintSettings | None = None,
        cache_dir: str | Path | None = None,
        poll_s: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.db = db
        self.backend = backend
        self.station = station
        self.settings = settings or PrintSettings()
        self.poll_s = poll_s
        self.clock = clock
        self.sleep = sleep
        self._own_cache = cache_dir is None
        self.cache_dir = Path(cache_dir or tempfile.mkdtemp(prefix="itday-badges-"))
        self._events: dict[int, EventInfo] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        """Remove the rendered badges (when the cache folder is the service's own)."""
        if self._own_cache:
            shutil.rmtree(self.cache_dir, ignore_errors=True)

    # -- rendering ------------------------------------------------------------------------
    def _event(self, event_id: int, session) -> EventInfo:
        with self._lock:
            info = self._events.get(event_id)
        if info is None:
            from itday.services.badges import event_info

            info = event_info(event_id, session=session)
            with self._lock:
                self._events[event_id] = info
        return info

    def _key(self, info: EventInfo, badges: list[BadgeData]) -> str:
        s = self.settings
        text = repr((s.layout, s.dpi, info, [tuple(b.__dict__.values()) for b in badges]))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]

    def badge_pdf(self, event_id: int, attendee_ids: Iterable[int]) -> Path:
        """The PDF of these badges (one page each, in the order given), rendered now or
        taken from the cache when the same badges were rendered before."""
        from itday.services.badges import badge_people
        from itday.services.pdf.badges import render_badges

        ids = list(attendee_ids)
        with self.db.session() as session:
            info = self._event(event_id, session)
            people = dict(badge_people(event_id, session=session, ids=ids))
        badges = [people[i] for i in ids if i in people]
        if not badges:
            raise PrintFailure(Problem.RENDER, "inscription annulée ou inconnue")
        path = self.cache_dir / f"{self._key(info, badges)}.pdf"
        if not path.exists():
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            try:
                render_badges(path, badges, info, self.settings.layout, dpi=self.settings.dpi)
            except (ValueError, OSError) as exc:
                raise PrintFailure(Problem.RENDER, str(exc)) from None
        return path

    def warm_up(self) -> None:
        """Load fonts and QR tables now (the first badge otherwise takes ~0.5 s more)."""
        from itday.services.pdf.badges import BadgeData, EventInfo, render_badges

        sample = BadgeData("Warm", "Up", "itday", "visitor", "ITD-WARMUPWARMUPWARMUP")
        event = EventInfo("itday", dt.date.today())
        path = self.cache_dir / "warm-up.pdf"
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        render_badges(path, [sample], event, self.settings.layout, dpi=self.settings.dpi)

    def prefetch(self, event_id: int, attendee_ids: Iterable[int], cancelled=lambda: False) -> int:
        """Render these people's badges in advance (e.g. those expected and not arrived
        yet); returns how many were rendered."""
        done = 0
        for attendee_id in attendee_ids:
            if cancelled():
                break
            try:
                self.badge_pdf(event_id, [attendee_id])
            except PrintFailure:
                continue
            done += 1
        return done

    # -- the printer ----------------------------------------------------------------------
    def printer_name(self) -> str:
        """The station's printer, else the system's default; ``PrintFailure`` if none."""
        name = self.settings.printer.strip()
        if not name:
            name = self.backend.default_printer() or ""
        if not name:
            raise PrintFailure(Problem.NO_PRINTER)
        return name

    # -- the workflow -----------------------------------------------------------------------
    def on_admission(self, event_id: int, outcome) -> PrintStatus | None:
        """Send the badge of a first admission (``outcome`` of ``record_scan`` or of the
        station); None when nothing is to print (re-entry, refusal), an ``ALREADY`` status
        when the person's badge was printed before (print once: reprints are asked for)."""
        if outcome.result is not ScanResult.ADMITTED or not outcome.attendee:
            return None
        attendee_id = outcome.attendee["id"]
        with self.db.session() as session:
            if print_queue.badge_already_made(attendee_id, session=session):
                return PrintStatus((), (attendee_id,), ALREADY)
        items = self.enqueue(event_id, [attendee_id], reason="arrival")
        return self.send(items)

    def print_badges(
        self,
        event_id: int,
        attendee_ids: Iterable[int],
        *,
        reason: str,
        wait: float | None = None,
    ) -> PrintStatus:
        """Print these badges (one job) and, with ``wait``, wait up to that many seconds
        for them to come out."""
        items = self.enqueue(event_id, attendee_ids, reason=reason)
        status = self.send(items)
        return self.wait(status, wait) if wait else status

    def enqueue(self, event_id: int, attendee_ids: Iterable[int], *, reason: str) -> list[int]:
        ids = list(attendee_ids)
        with self.db.session() as session:
            return print_queue.add(
                event_id,
                ids,
                session=session,
                reason=reason,
                station=self.station,
                printer=self.settings.printer,
                layout=self.settings.layout,
            )

    def send(self, items: Iterable[int]) -> PrintStatus:
        """Render and hand the badges of these queue rows to the printer, as one job."""
        items = list(items)
        with self.db.session() as session:
            rows = print_queue.get(items, session=session)
        if not rows:
            raise ItdayError("file d'impression : badge introuvable")
        event_id = rows[0]["event_id"]
        printer = ""
        try:
            printer = self.printer_name()
            pdf = self.badge_pdf(event_id, [r["attendee_id"] for r in rows])
            title = (
                f"itday-badge-{rows[0]['attendee_id']}"
                if len(rows) == 1
                else f"itday-badges-{len(rows)}"
            )
            job_id = self.backend.submit(
                printer, pdf, title=title, media=self.settings.media_keyword
            )
        except PrintFailure as exc:
            with self.db.session() as session:
                print_queue.mark_failed(
                    items, exc.problem.value, exc.detail, printer, session=session
                )
                rows = print_queue.get(items, session=session)
            return _status_of(rows, FAILED)
        with self.db.session() as session:
            print_queue.mark_sent(items, job_id, printer, session=session)
        return self.check(items)

    def check(self, items: Iterable[int], *, waited_out: bool = False) -> PrintStatus:
        """Ask the printer where the job of these rows is, and write down the answer."""
        items = list(items)
        with self.db.session() as session:
            rows = print_queue.get(items, session=session)
        if not rows:
            raise ItdayError("file d'impression : badge introuvable")
        first = rows[0]
        if first["state"] != print_queue.SENT or first["job_id"] is None:
            return _status_of(rows)
        printer, job_id = first["printer"], first["job_id"]
        try:
            job = self.backend.job(printer, job_id)
            info = self.backend.printer(printer)
        except PrintFailure as exc:
            if exc.problem in (Problem.UNREACHABLE, Problem.AUTH, Problem.REFUSED):
                # the job was accepted; we cannot see it now: it is still waiting there
                return _status_of(rows, QUEUED, problem=exc.problem.value, detail=exc.detail)
            with self.db.session() as session:
                print_queue.mark_failed(items, exc.problem.value, exc.detail, session=session)
                return _status_of(print_queue.get(items, session=session), FAILED)
        outcome, problem = rules.classify_job(job.state, info.state, info.reasons, waited_out)
        detail = job.message or info.message or ", ".join(rules.serious_reasons(info.reasons))
        with self.db.session() as session:
            if outcome == PRINTED:
                print_queue.mark_printed(items, session=session)
            elif outcome == FAILED:
                print_queue.mark_failed(items, problem.value, detail, session=session)
            else:  # still at the printer: its problem now (none once it is fixed)
                problem_key = problem.value if problem else ""
                if problem_key != first["problem"]:
                    print_queue.mark_waiting(
                        items, problem_key, detail if problem else "", session=session
                    )
            rows = print_queue.get(items, session=session)
        return _status_of(rows, outcome)

    def wait(self, status: PrintStatus, timeout: float | None = None) -> PrintStatus:
        """Ask again until the badge is out, a real problem shows, or ``timeout`` seconds
        (the station's ``wait_s``) have passed: then a job still waiting is ``queued``."""
        timeout = self.settings.wait_s if timeout is None else timeout
        deadline = self.clock() + timeout
        if status.outcome in (PRINTING, QUEUED) and status.items:
            status = self.check(status.items)  # the status given may be old news
        while not status.final and status.outcome in (PRINTING, QUEUED):
            if self.clock() >= deadline:
                return self.check(status.items, waited_out=True)
            self.sleep(self.poll_s)
            status = self.check(status.items)
        return status

    def retry(self, items: Iterable[int]) -> PrintStatus:
        """Send these badges again; a job of theirs still waiting at the printer is
        cancelled first, so that the badge does not come out twice."""
        items = list(items)
        with self.db.session() as session:
            rows = print_queue.get(items, session=session)
        for job in {(r["printer"], r["job_id"]) for r in rows if r["state"] == "sent"}:
            if job[1] is not None:
                try:
                    self.backend.cancel(*job)
                except PrintFailure:
                    pass
        open_items = [r["id"] for r in rows if r["state"] in print_queue.OPEN]
        if not open_items:
            return _status_of(rows)
        return self.send(open_items)

    def dismiss(self, items: Iterable[int]) -> None:
        """Take badges off the list (their job, if still waiting at the printer, is
        cancelled): the clerk wrote the badge by hand, or the person left."""
        with self.db.session() as session:
            before = print_queue.cancel(list(items), session=session)
        for row in before:
            if row["state"] == print_queue.SENT and row["job_id"] is not None:
                try:
                    self.backend.cancel(row["printer"], row["job_id"])
                except PrintFailure:
                    pass

    def open_items(self, event_id: int) -> list[dict]:
        """This station's badges still to print, oldest first, each with its ``outcome``
        and French ``message``."""
        with self.db.session() as session:
            rows = print_queue.open_jobs(event_id, session=session, station=self.station)
        now = dt.datetime.now(dt.UTC)
        for row in rows:
            status = _status_of([row])
            if row["state"] == print_queue.PENDING and now - row["created_at"] < SENDING_GRACE:
                status = replace(status, outcome=PRINTING, problem="")  # being sent now
            row["outcome"] = status.badge
            row["notice"] = status.notice()
            row["message"] = status.message
        return rows

    def refresh(self, event_id: int) -> list[dict]:
        """Ask the printer about every badge of this station still on its way, then
        ``open_items``: a paused printer put back in service turns them into printed."""
        with self.db.session() as session:
            rows = print_queue.open_jobs(event_id, session=session, station=self.station)
        jobs: dict[tuple[str, int], list[int]] = {}
        for row in rows:
            if row["state"] == print_queue.SENT and row["job_id"] is not None:
                jobs.setdefault((row["printer"], row["job_id"]), []).append(row["id"])
        for items in jobs.values():
            self.check(items)
        return self.open_items(event_id)
