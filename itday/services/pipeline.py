"""The check-in station's whole scan pipeline, without Qt.

    frames → TrackingDecoder → Debouncer → recorder (record_scan or ResilientRecorder) → outcome

The same objects serve the Accueil page, ``itday decode`` and ``itday replay``:

* ``ScanPipeline.make_worker(source, on_sighting, on_state)`` builds the ``CaptureWorker``
  (camera thread: keeps the latest frame, decodes every new frame with the pipeline's
  decoder, debounces with the pipeline's debouncer).  ``on_sighting`` receives a
  ``Sighting`` (new codes of one frame, with the time the frame came in and its decode time).
* ``ScanPipeline.record(raw, ...)`` decides and commits one scan (camera code, USB scanner,
  manual pick) and returns a ``ScanEvent`` with the time spent in each stage.  Scans are
  recorded one at a time (a lock), in the caller's thread: the GUI calls it from a worker
  thread (``ctx.tasks``), ``itday replay`` from the capture thread itself.
* ``replay_video(path, pipeline)`` runs the worker on a video file as fast as it can, the
  debounce following the video's own time.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from itday.core.debounce import Debouncer
from itday.errors import ItdayError

if TYPE_CHECKING:  # OpenCV, NumPy and zxing-cpp come with the first frame, not at start
    import numpy as np

    from itday.services.camera import CaptureWorker, FrameSource
    from itday.services.decoding import QRDecoder, TrackingDecoder

# Sources of a scan, for logs and timing.
CAMERA = "camera"
SCANNER = "scanner"
MANUAL = "manual"


class Recorder(Protocol):
    def scan(self, raw: str) -> Any:
        """Decide on ``raw``, make the scan durable, return an outcome with ``to_json()``."""


class DirectRecorder:
    """``record_scan`` on the database (SQLite file, or a server without offline fallback)."""

    online = True
    pending = 0

    def __init__(self, db, event_id: int, station: str, *, clock=None) -> None:
        self.db = db
        self.event_id = event_id
        self.station = station
        self.clock = clock  # () -> aware datetime of the scan; None: now

    #: how many times a scan is decided again when the base's WAL was replaced meanwhile
    ATTEMPTS = 3

    def scan(self, raw: str):
        """Decide and commit; the outcome is returned (acknowledged) only once the scan is
        in the base this process now uses.  When another program deleted the base's WAL
        meanwhile (see ``Database``), the commit is refused or found missing after the base
        was reopened: the scan is decided again there, with its moment and id, so that a
        person another desk admitted in the meantime is not admitted twice."""
        import uuid

        from itday.db.engine import WAL_REPLACED_RETRY, WalReplaced
        from itday.db.types import utcnow
        from itday.services.checkin import record_scan

        scanned_at = self.clock() if self.clock is not None else utcnow()
        uid = str(uuid.uuid4())
        for _attempt in range(self.ATTEMPTS):
            try:
                with self.db.session() as session:
                    outcome = record_scan(
                        session, self.event_id, raw, self.station, scanned_at=scanned_at, uid=uid
                    )
            except WalReplaced:
                continue  # nothing written: the next unit of work reopens the base
            if self.db.wal_is_ours() or self._recorded(uid):
                return outcome
        raise WalReplaced(WAL_REPLACED_RETRY, where=self.db.display_name)

    def exit(self, raw: str):
        """An exit scan at the entrance (``record_exit``); its ``ExitOutcome``."""
        from itday.services.checkin import record_exit

        with self.db.session() as session:
            scanned_at = self.clock() if self.clock is not None else None
            return record_exit(session, self.event_id, raw, self.station, scanned_at=scanned_at)

    def _recorded(self, uid: str) -> bool:
        """Is the scan ``uid`` in the base (as reopened if its WAL was replaced)?"""
        from sqlmodel import select

        from itday.db.models import Scan

        with self.db.session() as session:
            return session.exec(select(Scan.id).where(Scan.uid == uid)).first() is not None

    def close(self) -> None:
        pass


class StationRecorder:
    """The recorder a station should use, made on first use (in a worker thread).

    A SQLite file: ``record_scan`` directly (``DirectRecorder``).  A server URL: a
    ``ResilientRecorder`` with its local copy and journal in ``offline_dir``, so the desk
    keeps admitting when the network goes away.  Starting it may wait for the server
    (a few seconds): never on the GUI thread.
    """

    def __init__(self, db, event_id: int, station: str, offline_dir=None, listener=None) -> None:
        self.db = db
        self.event_id = event_id
        self.station = station
        self.offline_dir = offline_dir
        self.listener = listener
        self.inner = None
        self._lock = threading.Lock()

    @property
    def resilient(self) -> bool:
        return not self.db.is_sqlite

    def start(self):
        with self._lock:
            if self.inner is None:
                if not self.resilient:
                    self.inner = DirectRecorder(self.db, self.event_id, self.station)
                else:
                    from itday.services.station import ResilientRecorder

                    inner = ResilientRecorder(
                        self.db.url, self.station, self.offline_dir, event_id=self.event_id
                    )
                    if self.listener is not None:
                        inner.add_listener(self.listener)
                    self.inner = inner.start()
                    if self.listener is not None:
                        self.listener(inner.online, inner.pending)
            return self.inner

    @property
    def online(self) -> bool:
        return bool(getattr(self.inner, "online", True))

    def scan(self, raw: str):
        return self.start().scan(raw)

    def exit(self, raw: str):
        """An exit scan through the station (its journal when the shared base is away)."""
        return self.start().exit(raw)

    def close(self) -> None:
        with self._lock:
            inner, self.inner = self.inner, None
        if inner is not None:
            inner.close()


class TimedDecoder:
    """Wraps a ``QRDecoder``: remembers when each decode started and how long it took.

    Used from the capture thread only; ``last_start``/``last_ms`` are read by the
    ``on_codes`` callback, which the worker calls in that same thread right after decoding.
    """

    def __init__(
        self, decoder: QRDecoder | TrackingDecoder | None = None, keep: int | None = 1000
    ) -> None:
        self._decoder = decoder
        self.times_ms: deque[float] = deque(maxlen=keep)
        self.last_start = 0.0
        self.last_ms = 0.0

    @property
    def decoder(self) -> QRDecoder | TrackingDecoder:
        """The decoder; the default ``TrackingDecoder`` is made when first asked for (by the
        capture thread, with the first frame), so that a station starts without importing it."""
        if self._decoder is None:
            from itday.services.decoding import TrackingDecoder

            self._decoder = TrackingDecoder()
        return self._decoder

    def decode(self, frame: np.ndarray) -> list[str]:
        self.last_start = time.perf_counter()
        codes = self.decoder.decode(frame)
        self.last_ms = (time.perf_counter() - self.last_start) * 1000.0
        self.times_ms.append(self.last_ms)
        return codes


@dataclass(frozen=True)
class Sighting:
    """New (debounced) codes seen in one frame."""

    codes: list[str]
    frame_id: int
    t_frame: float  # media time or monotonic clock (what the debouncer used)
    t_in: float  # perf_counter when the frame entered the decoder
    decode_ms: float


@dataclass
class ScanEvent:
    """One recorded scan and how long each stage took (milliseconds)."""

    outcome: Any  # ScanOutcome or StationOutcome
    source: str
    t_in: float  # perf_counter when the frame came in (or the code was typed)
    decode_ms: float = 0.0
    record_ms: float = 0.0
    extra: dict = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.outcome.code

    @property
    def result(self):
        return self.outcome.result

    def to_json(self) -> dict:
        data = self.outcome.to_json()
        data.update(source=self.source, decode_ms=self.decode_ms, record_ms=self.record_ms)
        return data


class ScanPipeline:
    """Decoder, debouncer and recorder of one station."""

    def __init__(
        self,
        recorder: Recorder,
        *,
        decoder: QRDecoder | TrackingDecoder | None = None,
        debouncer: Debouncer | None = None,
        on_event: Callable[[ScanEvent], None] | None = None,
    ) -> None:
        self.recorder = recorder
        self.decoder = TimedDecoder(decoder)
        self.debouncer = debouncer or Debouncer()
        self.on_event = on_event
        self._lock = threading.Lock()
        self.events: deque[ScanEvent] = deque(maxlen=1000)
        self.media_time = 0.0  # video time of the frame being recorded (replay)

    # -- camera -----------------------------------------------------------------------
    def make_worker(
        self,
        source: FrameSource,
        on_sighting: Callable[[Sighting], None] | None,
        on_state: Callable[[str, str], None] | None = None,
        **worker_options,
    ) -> CaptureWorker:
        """The capture thread for ``source`` using this pipeline's decoder and debouncer."""
        timed = self.decoder

        def on_codes(codes: list[str], frame_id: int, t_frame: float) -> None:
            if on_sighting is not None:
                on_sighting(
                    Sighting(list(codes), frame_id, t_frame, timed.last_start, timed.last_ms)
                )

        from itday.services.camera import CaptureWorker

        return CaptureWorker(
            source,
            on_codes,
            on_state,
            decoder=timed,
            debouncer=self.debouncer,
            **worker_options,
        )

    def decode_frame(self, frame: np.ndarray, t_frame: float) -> list[str]:
        """Decode and debounce one frame in the caller's thread (tests, tools)."""
        codes = self.decoder.decode(frame)
        return [c for c in codes if self.debouncer.accept(c, t_frame)]

    # -- recording --------------------------------------------------------------------
    def record(
        self,
        raw: str,
        source: str = SCANNER,
        *,
        t_in: float | None = None,
        decode_ms: float = 0.0,
    ) -> ScanEvent:
        """Decide and commit one scan (blocking: never call it on the GUI thread)."""
        if t_in is None:
            t_in = time.perf_counter()
        with self._lock:
            start = time.perf_counter()
            outcome = self.recorder.scan(raw)
            record_ms = (time.perf_counter() - start) * 1000.0
        event = ScanEvent(outcome, source, t_in, decode_ms, record_ms)
        self.events.append(event)
        if self.on_event is not None:
            self.on_event(event)
        return event

    def record_sighting(self, sighting: Sighting) -> list[ScanEvent]:
        return [
            self.record(code, CAMERA, t_in=sighting.t_in, decode_ms=sighting.decode_ms)
            for code in sighting.codes
        ]


class OrderedGate:
    """Lets numbered jobs run in the order of their numbers, whatever thread runs them.

    The GUI numbers each scan when it is submitted; ``with gate.turn(n):`` in the worker
    waits until every earlier scan is done, so results are committed and shown in the
    order the badges were presented, even from a pool of threads.
    """

    def __init__(self) -> None:
        self._next = 1
        self._issued = 0
        self._cond = threading.Condition()

    def take(self) -> int:
        with self._cond:
            self._issued += 1
            return self._issued

    class _Turn:
        def __init__(self, gate: OrderedGate, number: int) -> None:
            self.gate, self.number = gate, number

        def __enter__(self):
            with self.gate._cond:
                self.gate._cond.wait_for(lambda: self.gate._next >= self.number, timeout=10)

        def __exit__(self, *exc):
            with self.gate._cond:
                self.gate._next = max(self.gate._next, self.number + 1)
                self.gate._cond.notify_all()

    def turn(self, number: int) -> OrderedGate._Turn:
        return OrderedGate._Turn(self, number)


def undo_admission(db, event_id: int, uid: str) -> dict | None:
    """Undo the admission recorded as scan ``uid``; the attendee (dict), or None if that
    scan is unknown, not an admission, or already undone."""
    from sqlmodel import select

    from itday.db import repo
    from itday.db.models import Attendee, Scan
    from itday.services.checkin import undo_scan

    with db.session() as session:
        scan = session.exec(select(Scan).where(Scan.event_id == event_id, Scan.uid == uid)).first()
        if scan is None or not undo_scan(session, scan.id):
            return None
        attendee = session.get(Attendee, scan.attendee_id) if scan.attendee_id else None
        return repo.attendee_dict(attendee) if attendee is not None else {"code": scan.code}


def median(values) -> float:
    values = list(values)
    return round(statistics.median(values), 3) if values else 0.0


def replay_video(
    path: str | Path,
    pipeline: ScanPipeline,
    *,
    on_event: Callable[[ScanEvent], None] | None = None,
    source: FrameSource | None = None,
) -> dict:
    """Run the station's pipeline on a video file, as fast as possible, in this thread.

    The debounce follows the video's time (``VideoFileSource.last_timestamp``), so a badge
    held 2 s in front of the camera is one scan however fast the replay runs.  ``source``:
    another frame source instead of the file (a stream URL or a camera, see
    ``itday.services.camera.open_source``); the replay ends when it does.
    """
    from itday.services.camera import VideoFileSource

    source = source if source is not None else VideoFileSource(path)
    source.open()  # a missing or unreadable file is a CameraError here, not a retry loop
    source.close()
    pipeline.decoder.times_ms = deque(maxlen=None)
    events: list[ScanEvent] = []
    failures: list[str] = []  # scans that could not be written (the database refused them)

    def sighted(sighting: Sighting) -> None:
        pipeline.media_time = sighting.t_frame  # the video's clock, for a replay's scan times
        for code in sighting.codes:
            try:
                event = pipeline.record(
                    code, CAMERA, t_in=sighting.t_in, decode_ms=sighting.decode_ms
                )
            except ItdayError as exc:
                failures.append(str(exc))
                continue
            events.append(event)
            if on_event is not None:
                on_event(event)

    worker = pipeline.make_worker(source, sighted, None, retry_interval_s=0.0)
    start = time.perf_counter()
    worker.run()  # the capture loop itself, in this thread: ends with the file
    wall = time.perf_counter() - start
    if worker.error is not None:
        raise worker.error
    results = Counter(e.result.value for e in events)
    admitted = [e.code for e in events if e.result.value == "admitted"]
    times = list(pipeline.decoder.times_ms)
    return {
        "video": str(path),
        "frames": worker.frames_read,
        "scans": len(events),
        "results": dict(sorted(results.items())),
        "admitted_codes": admitted,
        "ms_per_frame": median(times),
        "ms_per_frame_p95": _p95(times),
        "record_ms_median": median(e.record_ms for e in events),
        "wall_s": round(wall, 3),
        "failed": len(failures),
        "error": failures[0] if failures else None,
    }


def _p95(times: list[float]) -> float:
    import numpy as np

    return round(float(np.percentile(times, 95)), 3) if times else 0.0
