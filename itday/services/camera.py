"""Frame sources (webcam, video file, network stream, images) and the station's capture thread.

Every source has the same small interface (``FrameSource``) so that tests and
``itday replay`` feed images or a video file where the station uses a webcam.

What the camera setting holds is a *source text* (``parse_source``): a device index (``0``,
or ``/dev/video2`` on Linux), a video file, or a network stream URL — RTSP or HTTP MJPEG, as
served by a phone camera app (IP Webcam: ``http://PHONE:8080/video``, DroidCam:
``http://PHONE:4747/video``) or an IP camera.  ``open_source(text)`` builds the source.
``NetworkStreamSource`` reads the stream through OpenCV's FFmpeg backend, with open and read
timeouts; at the desk (``live=True``) a pump thread keeps only the newest frame, so a
stream never lags behind the queue whatever the decoding costs.

``CaptureWorker`` is a plain ``threading.Thread`` (no Qt here): it reads the source, keeps
only the latest frame for the screen to pull, decodes every new frame, debounces the codes
and reports them through a callback.  When the camera goes away (unplugged, taken by another
program, a stream dropped by the Wi-Fi) it reports ``"lost"`` and tries to open it again,
``retry_interval_s`` after the loss, then doubling the wait up to ``retry_max_s`` (backoff),
until it is stopped; the state message says when the next try is and its number.  The UI
wraps the callbacks in Qt signals.

Optional source attributes, read with ``getattr``: ``finished`` (True once a file or an image
list is exhausted: the worker then stops) and ``last_timestamp`` (media time in seconds of
the frame just read, used instead of the wall clock so that a video replayed faster than
real time is debounced as if it were live).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

# FFmpeg (network streams) would print every dropped connection on stderr: the station
# says it in its own words.  Read when the FFmpeg backend starts; the user's value wins.
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from itday.core.debounce import Debouncer  # noqa: E402
from itday.services.camera_spec import (  # noqa: E402, F401 (here for the callers)
    DEVICE,
    FILE,
    STREAM,
    STREAM_SCHEMES,
    CameraError,
    SourceSpec,
    display_url,
    parse_source,
)
from itday.services.decoding import QRDecoder, TrackingDecoder  # noqa: E402

log = logging.getLogger(__name__)

RUNNING = "running"
LOST = "lost"
STOPPED = "stopped"


@runtime_checkable
class FrameSource(Protocol):
    name: str

    def open(self) -> None:
        """Open the source; raise ``CameraError`` with a clear message if unavailable."""

    def read(self) -> np.ndarray | None:
        """The next frame (BGR or gray uint8), or None when there is no frame this time."""

    def close(self) -> None:
        """Release the device or file; safe to call twice."""


# --------------------------------------------------------------------------- sources


def _default_backend() -> int:
    if sys.platform.startswith("linux") and hasattr(cv2, "CAP_V4L2"):
        return cv2.CAP_V4L2
    return cv2.CAP_ANY


class CameraSource:
    """A webcam through OpenCV's ``VideoCapture`` (V4L2 on Linux)."""

    def __init__(self, index: int, width: int = 1280, height: int = 720) -> None:
        self.index = index
        self.width = width
        self.height = height
        self.name = f"Caméra {index}"
        self._cap: cv2.VideoCapture | None = None

    def open(self) -> None:
        self.close()
        if sys.platform.startswith("linux") and not Path(f"/dev/video{self.index}").exists():
            raise CameraError(f"{self.name} introuvable (/dev/video{self.index} absent)")
        cap = cv2.VideoCapture(self.index, _default_backend())
        if not cap.isOpened():
            cap.release()
            raise CameraError(
                f"{self.name} indisponible (débranchée ou utilisée par un autre programme)"
            )
        # MJPG lets a USB 2 webcam deliver 1280×720 at full rate; a 1-frame buffer keeps
        # the picture live instead of showing what happened a second ago.
        cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        self._cap = cap

    def read(self) -> np.ndarray | None:
        if self._cap is None:
            return None
        ok, frame = self._cap.read()
        return frame if ok and frame is not None and frame.size else None

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


def list_cameras(max_index: int = 5) -> list[int]:
    """Indices of the webcams that can be opened, probed cheaply.

    On Linux only existing ``/dev/videoN`` nodes are tried, so this returns at once on a
    machine with no camera.
    """
    found = []
    for index in range(max_index + 1):
        if sys.platform.startswith("linux") and not Path(f"/dev/video{index}").exists():
            continue
        cap = cv2.VideoCapture(index, _default_backend())
        try:
            if cap.isOpened():
                found.append(index)
        finally:
            cap.release()
    return found


def open_source(text: str | int | SourceSpec, *, live: bool = True) -> FrameSource:
    """The frame source of a camera setting (not opened yet).

    ``live``: for the desk — a video file plays at its own pace, a stream keeps only its
    newest frame and a dropped stream is lost (then reconnected).  ``live=False`` (``itday
    replay``): every frame as fast as it comes, and the end of a stream is its end."""
    spec = text if isinstance(text, SourceSpec) else parse_source(text)
    if spec.kind == DEVICE:
        return CameraSource(spec.index)
    if spec.kind == FILE:
        return VideoFileSource(spec.value, realtime=live)
    return NetworkStreamSource(spec.value, live=live)


def _quiet_opencv() -> Callable[[], None]:
    """Silence OpenCV's « can't be used to capture by name » warning of a refused stream
    for one call; returns what puts the log level back."""
    logging_ = getattr(getattr(cv2, "utils", None), "logging", None)
    if logging_ is None:
        return lambda: None
    before = logging_.getLogLevel()
    logging_.setLogLevel(min(before, logging_.LOG_LEVEL_ERROR))
    return lambda: logging_.setLogLevel(before)


class NetworkStreamSource:
    """An RTSP or HTTP (MJPEG) stream through OpenCV's FFmpeg backend.

    Opening and reading time out after ``timeout_s`` (a phone gone from the Wi-Fi must not
    freeze the capture thread).  ``live``: a pump thread reads the stream continuously and
    keeps only the newest frame, so what is decoded is what the camera sees now; a read
    that fails raises ``CameraError`` (the worker reports the stream lost and reconnects).
    Not ``live``: frames are read in order, and the end of the stream is ``finished``.
    """

    network = True
    _options_lock = threading.Lock()

    def __init__(self, url: str, *, live: bool = True, timeout_s: float = 5.0) -> None:
        self.url = url
        self.live = live
        self.timeout_s = timeout_s
        self.name = f"flux {display_url(url)}"
        self.finished = False
        self.last_timestamp: float | None = None
        self.frames_dropped = 0
        self._cap: cv2.VideoCapture | None = None
        self._pump: threading.Thread | None = None
        self._cond = threading.Condition()
        self._latest: np.ndarray | None = None
        self._fresh = False
        self._failed = False
        self._stopped = threading.Event()  # this opening's pump must stop (set by close)

    def open(self) -> None:
        self.close()
        ms = int(self.timeout_s * 1000)
        params = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, ms, cv2.CAP_PROP_READ_TIMEOUT_MSEC, ms]
        with self._options_lock:
            # RTSP over TCP: UDP loses packets on a busy Wi-Fi and smears the picture.
            key = "OPENCV_FFMPEG_CAPTURE_OPTIONS"
            added = self.url.lower().startswith("rtsp") and key not in os.environ
            if added:
                os.environ[key] = "rtsp_transport;tcp"
            quiet = _quiet_opencv()
            try:
                cap = cv2.VideoCapture(self.url, cv2.CAP_FFMPEG, params)
            finally:
                quiet()
                if added:
                    os.environ.pop(key, None)
        if not cap.isOpened():
            cap.release()
            raise CameraError(
                f"{self.name} injoignable (adresse, réseau ou application de la caméra)"
            )
        self._cap = cap
        self.finished = False
        self._failed = self._fresh = False
        self._stopped = stopped = threading.Event()  # a pump of an earlier opening keeps its own
        self._latest = None
        if self.live:
            self._pump = threading.Thread(
                target=self._run_pump, args=(cap, stopped), name="stream-pump", daemon=True
            )
            self._pump.start()

    def _run_pump(self, cap: cv2.VideoCapture, stopped: threading.Event) -> None:
        try:
            while not stopped.is_set():
                try:
                    ok, frame = cap.read()
                except cv2.error:
                    ok, frame = False, None
                with self._cond:
                    if stopped.is_set():  # closed while this read waited: not ours any more
                        return
                    if not ok or frame is None or not frame.size:
                        self._failed = True
                        self._cond.notify_all()
                        return
                    if self._fresh:
                        self.frames_dropped += 1  # the decoder was busy: the newest counts
                    self._latest, self._fresh = frame, True
                    self._cond.notify_all()
        finally:
            if stopped.is_set():  # close() did not wait for this read: release it here
                cap.release()

    def interrupt(self) -> None:
        """Stop waiting for a frame now (the worker is stopping: another source was chosen)."""
        with self._cond:
            self._stopped.set()
            self._cond.notify_all()

    def read(self) -> np.ndarray | None:
        if self._cap is None or self.finished:
            return None
        if not self.live:
            ok, frame = self._cap.read()
            if ok and frame is not None and frame.size:
                return frame
            self.finished = True
            return None
        with self._cond:
            self._cond.wait_for(
                lambda: self._fresh or self._failed or self._stopped.is_set(),
                timeout=self.timeout_s,
            )
            if self._stopped.is_set():
                return None
            if self._fresh:
                self._fresh = False
                return self._latest
            if self._failed:
                raise CameraError(f"{self.name} interrompu")
        raise CameraError(f"{self.name} : plus d'image depuis {self.timeout_s:g} s")

    def close(self) -> None:
        with self._cond:
            self._stopped.set()
            self._cond.notify_all()
        cap, self._cap = self._cap, None
        pump, self._pump = self._pump, None
        if pump is not None:
            pump.join(0.5)
            if pump.is_alive():
                # stuck in a read (a frozen stream): it releases the capture when its read
                # times out; never release it under a read in progress
                return
        if cap is not None:
            cap.release()


class LimitedSource:
    """A source that ends after ``max_frames`` frames or ``max_seconds`` (``itday replay``
    of a camera or a live stream)."""

    def __init__(
        self, inner: FrameSource, max_frames: int | None = None, max_seconds: float | None = None
    ) -> None:
        self.inner = inner
        self.name = inner.name
        self.max_frames = max_frames
        self.max_seconds = max_seconds
        self.frames = 0
        self._start = 0.0
        self._done = False

    @property
    def finished(self) -> bool:
        return self._done or bool(getattr(self.inner, "finished", False))

    @property
    def last_timestamp(self) -> float | None:
        return getattr(self.inner, "last_timestamp", None)

    def open(self) -> None:
        self.inner.open()
        self.frames = 0
        self._done = False
        self._start = time.monotonic()

    def read(self) -> np.ndarray | None:
        if self.max_frames is not None and self.frames >= self.max_frames:
            self._done = True
        if self.max_seconds is not None and time.monotonic() - self._start >= self.max_seconds:
            self._done = True
        if self._done:
            return None
        frame = self.inner.read()
        if frame is not None:
            self.frames += 1
        return frame

    def close(self) -> None:
        self.inner.close()


class VideoFileSource:
    """Frames of a video file; ``realtime`` paces them at the file's frame rate."""

    def __init__(self, path: str | Path, loop: bool = False, realtime: bool = False) -> None:
        self.path = Path(path)
        self.loop = loop
        self.realtime = realtime
        self.name = self.path.name
        self.fps = 15.0
        self.finished = False
        self.last_timestamp: float | None = None
        self._cap: cv2.VideoCapture | None = None
        self._index = 0  # frames delivered since open, across loops
        self._start = 0.0

    def open(self) -> None:
        self.close()
        if not self.path.is_file():
            raise CameraError(f"vidéo introuvable : {self.path}")
        cap = cv2.VideoCapture(str(self.path))
        if not cap.isOpened():
            cap.release()
            raise CameraError(f"vidéo illisible : {self.path}")
        fps = cap.get(cv2.CAP_PROP_FPS)
        self.fps = fps if fps and 1.0 <= fps <= 240.0 else 15.0
        self._cap = cap
        self._index = 0
        self.finished = False
        self._start = time.monotonic()

    def read(self) -> np.ndarray | None:
        if self._cap is None or self.finished:
            return None
        ok, frame = self._cap.read()
        if not ok and self.loop and self._index > 0:
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._cap.read()
        if not ok or frame is None:
            self.finished = True
            return None
        self.last_timestamp = self._index / self.fps
        self._index += 1
        if self.realtime:
            delay = self._start + self.last_timestamp - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        return frame

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class ImageSequenceSource:
    """Frames from a list of arrays or image files; ``fps`` gives them media timestamps."""

    def __init__(
        self,
        items: Sequence[np.ndarray | str | Path],
        loop: bool = False,
        fps: float | None = None,
        name: str = "images",
    ) -> None:
        self.items = list(items)
        self.loop = loop
        self.fps = fps
        self.name = name
        self.finished = False
        self.last_timestamp: float | None = None
        self._frames: list[np.ndarray] | None = None
        self._index = 0

    def open(self) -> None:
        frames = []
        for item in self.items:
            if isinstance(item, np.ndarray):
                frames.append(item)
                continue
            image = cv2.imread(str(item), cv2.IMREAD_COLOR)
            if image is None:
                raise CameraError(f"image illisible : {item}")
            frames.append(image)
        self._frames = frames
        self._index = 0
        self.finished = not frames

    def read(self) -> np.ndarray | None:
        if not self._frames or self.finished:
            return None
        position = self._index % len(self._frames)
        if not self.loop and self._index >= len(self._frames):
            self.finished = True
            return None
        self.last_timestamp = self._index / self.fps if self.fps else None
        self._index += 1
        return self._frames[position]

    def close(self) -> None:
        self._frames = None


class FailingSource:
    """Test double: wraps a source, loses it after ``fail_after`` frames, then refuses
    ``recover_after`` attempts to open it again before it comes back (once)."""

    def __init__(self, inner: FrameSource, fail_after: int, recover_after: int) -> None:
        self.inner = inner
        self.fail_after = fail_after
        self.recover_after = recover_after
        self.name = f"{inner.name} (défaillante)"
        self.frames_served = 0
        self.open_attempts = 0
        self.failed_opens = 0
        self._failing = False
        self._has_failed = False
        self._opened_once = False

    @property
    def finished(self) -> bool:
        return bool(getattr(self.inner, "finished", False))

    @property
    def last_timestamp(self) -> float | None:
        return getattr(self.inner, "last_timestamp", None)

    def open(self) -> None:
        self.open_attempts += 1
        if self._failing:
            if self.failed_opens < self.recover_after:
                self.failed_opens += 1
                raise CameraError(f"{self.inner.name} indisponible (panne simulée)")
            self._failing = False
            return  # the inner source was never closed: frames resume where they were
        if not self._opened_once:
            self.inner.open()
            self._opened_once = True

    def read(self) -> np.ndarray | None:
        if self._failing:
            return None
        if not self._has_failed and self.frames_served >= self.fail_after:
            self._failing = self._has_failed = True
            return None
        frame = self.inner.read()
        if frame is not None:
            self.frames_served += 1
        return frame

    def close(self) -> None:
        # While "unplugged" the inner source is kept, so frames resume after recovery.
        if not self._failing:
            self.inner.close()
            self._opened_once = False


# --------------------------------------------------------------------------- worker

CodesCallback = Callable[[list[str], int, float], None]
StateCallback = Callable[[str, str], None]


class CaptureWorker(threading.Thread):
    """Reads a frame source in its own thread, decodes and debounces what it sees.

    ``on_codes(codes, frame_id, t_frame)`` is called (in this thread) with the codes that
    count as new scans; ``on_state(state, message)`` with ``"running"``, ``"lost"`` or
    ``"stopped"`` each time the state changes.  ``latest()`` returns the newest frame for
    display, safe to call from any thread.
    """

    def __init__(
        self,
        source: FrameSource,
        on_codes: CodesCallback | None = None,
        on_state: StateCallback | None = None,
        *,
        decoder: QRDecoder | TrackingDecoder | None = None,
        debouncer: Debouncer | None = None,
        retry_interval_s: float = 2.0,
        retry_max_s: float | None = None,
        lost_after_reads: int = 20,
        idle_wait_s: float = 0.01,
        clock: Callable[[], float] = time.monotonic,
        decode: bool = True,
    ) -> None:
        super().__init__(name=f"capture-{source.name}", daemon=True)
        self.source = source
        self.on_codes = on_codes
        self.on_state = on_state
        self.decoder = decoder or TrackingDecoder()
        self.debouncer = debouncer or Debouncer()
        self.retry_interval_s = retry_interval_s
        self.retry_max_s = max(retry_interval_s, retry_max_s or retry_interval_s)
        self.failures = 0  # tries in a row that found no frame (the backoff's exponent)
        self.lost_after_reads = lost_after_reads
        self.idle_wait_s = idle_wait_s
        self.clock = clock
        self.decode_enabled = decode
        self.state = ""
        self.error: BaseException | None = None
        self.lost_reason = ""
        self.message = ""  # the latest state message (each reconnection try has its own)
        self.next_try_at: float | None = None  # monotonic time of the next try, when lost
        self.frames_read = 0
        self.decode_ms: list[float] = []  # last 100 decode times, for the status bar
        self._lock = threading.Lock()
        self._latest: tuple[int, np.ndarray] | None = None
        self._stop_event = threading.Event()

    # -- API for other threads -------------------------------------------------------
    def latest(self) -> tuple[int, np.ndarray] | None:
        with self._lock:
            return self._latest

    def stop(self, timeout: float | None = 5.0) -> None:
        self._stop_event.set()
        interrupt = getattr(self.source, "interrupt", None)
        if callable(interrupt):  # a stream waiting for its next frame: no need to wait
            interrupt()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout)

    @property
    def stopping(self) -> bool:
        return self._stop_event.is_set()

    # -- thread body ------------------------------------------------------------------
    def next_delay(self) -> float:
        """Seconds before the next try: the interval, doubled after each failed try."""
        exponent = max(0, self.failures - 1)
        return min(self.retry_max_s, self.retry_interval_s * (2 ** min(exponent, 16)))

    def _retry(self, reason: str) -> None:
        """Say that the source is lost, when the next try is and its number; wait for it.

        ``on_state`` hears of the loss once; the message of each later try is in
        ``message`` (and ``next_try_at``), for the screen to pull."""
        self.failures += 1
        delay = self.next_delay()
        attempt = f" (essai {self.failures + 1})" if self.failures > 1 else ""
        self.next_try_at = time.monotonic() + delay
        self._set_state(LOST, f"{reason} ; nouvel essai dans {delay:g} s{attempt}")
        self._stop_event.wait(delay)

    def run(self) -> None:
        message = "arrêt demandé"
        try:
            while not self._stop_event.is_set():
                try:
                    self.source.open()
                except CameraError as exc:
                    self._retry(str(exc))
                    continue
                self._set_state(RUNNING, f"{self.source.name} active")
                end = self._read_until_lost()
                if end is not None:
                    message = end
                    break
                self._safe_close()
                if not self._stop_event.is_set():
                    self._retry(self.lost_reason or f"{self.source.name} perdue")
        except Exception as exc:  # never die silently: log it and say so
            log.exception("capture thread failed")
            self.error = exc
            message = f"erreur de capture : {exc}"
        finally:
            self._safe_close()
            self._set_state(STOPPED, message)

    def _read_until_lost(self) -> str | None:
        """Read frames until the source is lost (returns None) or ends / is stopped
        (returns the stop message)."""
        misses = 0
        frame_id = self._latest[0] if self._latest else 0
        self.lost_reason = ""
        while not self._stop_event.is_set():
            try:
                frame = self.source.read()
            except Exception as exc:  # a driver error is a lost camera, not a crash
                expected = isinstance(exc, CameraError)  # a stream dropped: said on screen
                (log.info if expected else log.warning)(
                    "frame source %s failed: %s", self.source.name, exc
                )
                self.lost_reason = str(exc) if expected else ""
                return None
            if frame is None:
                if getattr(self.source, "finished", False):
                    return f"fin de {self.source.name}"
                misses += 1
                if misses >= self.lost_after_reads:
                    return None
                self._stop_event.wait(self.idle_wait_s)
                continue
            misses = 0
            self.failures = 0  # frames again: the next loss starts the backoff afresh
            media_time = getattr(self.source, "last_timestamp", None)
            t_frame = float(media_time) if media_time is not None else self.clock()
            frame_id += 1
            self.frames_read += 1
            with self._lock:
                self._latest = (frame_id, frame)
            if self.decode_enabled:
                self._decode(frame, frame_id, t_frame)
        return "arrêt demandé"

    def _decode(self, frame: np.ndarray, frame_id: int, t_frame: float) -> None:
        start = time.perf_counter()
        codes = self.decoder.decode(frame)
        self.decode_ms.append((time.perf_counter() - start) * 1000.0)
        del self.decode_ms[:-100]
        # every sighting goes through the debouncer: it refreshes the code's timestamp
        new = [code for code in codes if self.debouncer.accept(code, t_frame)]
        if new and self.on_codes is not None:
            try:
                self.on_codes(new, frame_id, t_frame)
            except Exception:
                log.exception("on_codes callback failed")

    def _set_state(self, state: str, message: str) -> None:
        self.message = message
        if state != LOST:
            self.next_try_at = None
        if state == self.state:
            return
        self.state = state
        log.info("capture %s: %s (%s)", self.source.name, state, message)
        if self.on_state is not None:
            try:
                self.on_state(state, message)
            except Exception:
                log.exception("on_state callback failed")

    def _safe_close(self) -> None:
        try:
            self.source.close()
        except Exception:
            log.exception("closing %s failed", self.source.name)
