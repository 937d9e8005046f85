"""Any camera: source texts, a real HTTP MJPEG stream on 127.0.0.1, loss and backoff."""

from __future__ import annotations

import random
import threading

import pytest

from benchmarks.mjpeg import MjpegServer, desk_frame, qr_picture
from itday.core.badge import code_from_seed
from itday.services.camera import (
    DEVICE,
    FILE,
    LOST,
    RUNNING,
    STREAM,
    CameraError,
    CameraSource,
    CaptureWorker,
    ImageSequenceSource,
    LimitedSource,
    NetworkStreamSource,
    VideoFileSource,
    display_url,
    open_source,
    parse_source,
)

TIMEOUT = 30.0


def test_source_texts():
    assert parse_source("0") == parse_source(0) == parse_source(" 0 ")
    assert parse_source("2").kind == DEVICE and parse_source("2").index == 2
    assert parse_source("/dev/video3").index == 3
    assert parse_source("rtsp://10.0.0.5:8554/live").kind == STREAM
    assert parse_source("http://192.168.1.20:8080/video").kind == STREAM
    assert parse_source("HTTPS://cam.local/mjpg").kind == STREAM
    assert parse_source("/tmp/queue.mp4") == parse_source("/tmp/queue.mp4")
    assert parse_source("/tmp/queue.mp4").kind == FILE
    assert parse_source(r"C:\Users\accueil\queue.mp4").kind == FILE  # a Windows path
    assert (
        parse_source("rtsp://admin:s3cret@10.0.0.5/live").label == "rtsp://admin:***@10.0.0.5/live"
    )
    assert "s3cret" not in display_url("rtsp://admin:s3cret@10.0.0.5:554/h264")
    assert display_url("http://192.168.1.20:8080/video") == "http://192.168.1.20:8080/video"
    for bad, words in (
        ("", "aucune caméra"),
        ("ftp://example.org/x", "non prise en charge"),
        ("http:///video", "incomplète"),
    ):
        with pytest.raises(CameraError, match=words):
            parse_source(bad)


def test_open_source_builds_the_right_source(tmp_path):
    assert isinstance(open_source("1"), CameraSource)
    assert isinstance(open_source(str(tmp_path / "q.avi")), VideoFileSource)
    stream = open_source("rtsp://10.0.0.5/live")
    assert isinstance(stream, NetworkStreamSource) and stream.live
    assert not open_source("http://10.0.0.5/video", live=False).live
    assert open_source(str(tmp_path / "q.avi")).realtime  # at the desk: its own pace


def test_backoff_doubles_up_to_its_ceiling():
    worker = CaptureWorker(ImageSequenceSource([]), retry_interval_s=1.0, retry_max_s=15.0)
    delays = []
    for failures in range(1, 8):
        worker.failures = failures
        delays.append(worker.next_delay())
    assert delays == [1.0, 2.0, 4.0, 8.0, 15.0, 15.0, 15.0]
    fixed = CaptureWorker(ImageSequenceSource([]), retry_interval_s=2.0)
    fixed.failures = 5
    assert fixed.next_delay() == 2.0  # no ceiling given: the old fixed interval


def _wait_until(condition, timeout: float = TIMEOUT) -> bool:
    """Poll ``condition`` (a worker's counters have no event to wait on)."""
    tick = threading.Event()
    for _ in range(int(timeout / 0.02)):
        if condition():
            return True
        tick.wait(0.02)
    return condition()


def _frames(codes, per_code=4, gap=4):
    empty = desk_frame()
    frames = [empty] * gap
    for code in codes:
        frames += [desk_frame(qr_picture(code))] * per_code + [empty] * gap
    return frames


class Calls:
    def __init__(self):
        self.codes: list[str] = []
        self.states: list[tuple[str, str]] = []
        self.events = {RUNNING: threading.Event(), LOST: threading.Event()}
        self.enough = threading.Event()
        self.wanted = 0

    def on_codes(self, codes, _frame_id, _t):
        self.codes += codes
        if len(self.codes) >= self.wanted:
            self.enough.set()

    def on_state(self, state, message):
        self.states.append((state, message))
        if state in self.events:
            self.events[state].set()


def test_worker_reads_the_codes_of_an_mjpeg_stream():
    rng = random.Random(3)
    codes = [code_from_seed(rng) for _ in range(3)]
    with MjpegServer(_frames(codes), fps=12) as server:
        calls = Calls()
        calls.wanted = len(codes)
        worker = CaptureWorker(
            NetworkStreamSource(server.url), calls.on_codes, calls.on_state, retry_interval_s=0.2
        )
        worker.start()
        try:
            assert calls.enough.wait(TIMEOUT), calls.states
        finally:
            worker.stop()
    assert calls.codes == codes
    assert calls.states[0] == (RUNNING, f"flux {server.url} active")
    assert worker.frames_read > 0


def test_a_dropped_stream_is_reported_then_reconnected_with_backoff():
    rng = random.Random(4)
    first, second = code_from_seed(rng), code_from_seed(rng)
    server = MjpegServer(_frames([first]), fps=12).start()
    calls = Calls()
    calls.wanted = 1
    worker = CaptureWorker(
        NetworkStreamSource(server.url, timeout_s=2.0),
        calls.on_codes,
        calls.on_state,
        retry_interval_s=0.1,
        retry_max_s=0.4,
    )
    worker.start()
    try:
        assert calls.enough.wait(TIMEOUT)
        server.stop()  # the phone leaves the Wi-Fi mid-stream
        assert calls.events[LOST].wait(TIMEOUT)
        lost = next(m for s, m in calls.states if s == LOST)
        assert "interrompu" in lost and "nouvel essai dans" in lost
        # it keeps trying, each try further apart (capped), and says which try it is
        assert _wait_until(lambda: worker.failures >= 3)
        assert "(essai" in worker.message and worker.next_try_at is not None
        calls.events[RUNNING].clear()
        calls.enough.clear()
        calls.wanted = 2
        server.restart(_frames([second]))  # the camera app is back, same address
        assert calls.events[RUNNING].wait(TIMEOUT)
        assert calls.enough.wait(TIMEOUT)
    finally:
        worker.stop()
        server.stop()
    assert calls.codes == [first, second]
    assert [s for s, _ in calls.states][:3] == [RUNNING, LOST, RUNNING]
    assert worker.failures == 0  # frames again: the backoff starts afresh next time
    assert worker.error is None


def test_an_unreachable_stream_says_so():
    source = NetworkStreamSource("http://127.0.0.1:9/video", timeout_s=1.0)
    with pytest.raises(CameraError, match="injoignable"):
        source.open()


def test_a_stream_read_to_its_end_for_a_replay():
    rng = random.Random(5)
    codes = [code_from_seed(rng) for _ in range(2)]
    frames = _frames(codes)
    with MjpegServer(frames, fps=30) as server:
        source = LimitedSource(open_source(server.url, live=False), max_frames=len(frames))
        calls = Calls()
        done = threading.Event()
        worker = CaptureWorker(
            source, calls.on_codes, lambda s, m: s == "stopped" and done.set(), retry_interval_s=0
        )
        worker.start()
        assert done.wait(TIMEOUT)
        worker.stop()
    assert calls.codes == codes and worker.frames_read == len(frames)


def test_stopping_does_not_wait_for_a_stalled_stream():
    # one frame, then nothing for a long while (the phone froze): stop() must not wait
    # for the stream's read timeout (60 s here) to end the capture thread
    with MjpegServer([desk_frame()], fps=0.02) as server:
        calls = Calls()
        worker = CaptureWorker(
            NetworkStreamSource(server.url, timeout_s=60.0), None, calls.on_state
        )
        worker.start()
        assert calls.events[RUNNING].wait(TIMEOUT)
        assert _wait_until(lambda: worker.frames_read >= 1)
        worker.stop(timeout=10.0)
        assert not worker.is_alive()
    assert calls.states[-1][0] == "stopped"
