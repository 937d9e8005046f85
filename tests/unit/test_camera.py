import random
import threading

import cv2
import numpy as np
import pytest

from benchmarks import synth
from benchmarks.make_video import expected_path, make_video
from itday.core.badge import code_from_seed
from itday.core.debounce import Debouncer
from itday.services.camera import (
    CameraError,
    CameraSource,
    CaptureWorker,
    FailingSource,
    FrameSource,
    ImageSequenceSource,
    VideoFileSource,
    list_cameras,
)

TIMEOUT = 20.0


def _badge_frame(code: str, seed: int = 0) -> np.ndarray:
    rng = random.Random(seed)
    frame = synth.make_background(rng)
    synth.place_card(frame, synth.make_card(code, rng), (640, 360), 250, 4, 6, -5)
    return frame


class Recorder:
    """Collects the worker's callbacks; events let tests wait without sleeping."""

    def __init__(self):
        self.codes: list[tuple[list[str], int, float]] = []
        self.states: list[tuple[str, str]] = []
        self.stopped = threading.Event()
        self.lost = threading.Event()
        self.back = threading.Event()
        self.got_code = threading.Event()

    def on_codes(self, codes, frame_id, t_frame):
        self.codes.append((codes, frame_id, t_frame))
        self.got_code.set()

    def on_state(self, state, message):
        assert isinstance(message, str) and message
        self.states.append((state, message))
        if state == "lost":
            self.lost.set()
        elif state == "running" and self.lost.is_set():
            self.back.set()
        elif state == "stopped":
            self.stopped.set()


def _worker(source, rec, **kw):
    return CaptureWorker(source, rec.on_codes, rec.on_state, **kw)


def test_sources_follow_the_protocol(tmp_path):
    assert isinstance(ImageSequenceSource([]), FrameSource)
    assert isinstance(VideoFileSource(tmp_path / "x.avi"), FrameSource)
    assert isinstance(CameraSource(0), FrameSource)


def test_same_badge_in_20_frames_is_delivered_once():
    code = code_from_seed(random.Random(1))
    frames = [_badge_frame(code)] * 20
    rec = Recorder()
    worker = _worker(ImageSequenceSource(frames, fps=15), rec)
    worker.start()
    assert rec.stopped.wait(TIMEOUT)
    worker.stop()
    assert [c for c, _, _ in rec.codes] == [[code]]
    assert rec.codes[0][1] == 1  # delivered from the first frame
    assert worker.frames_read == 20
    assert [s for s, _ in rec.states] == ["running", "stopped"]
    frame_id, frame = worker.latest()
    assert frame_id == 20 and frame.shape == (720, 1280, 3)


def test_badge_shown_again_after_the_window_counts_again():
    rng = random.Random(2)
    a, b = code_from_seed(rng), code_from_seed(rng)
    empty = synth.make_background(random.Random(9))
    fa, fb = _badge_frame(a, 1), _badge_frame(b, 2)
    # at 10 fps: A for 1 s, nobody for 4 s, A again, then B
    frames = [fa] * 10 + [empty] * 40 + [fa] * 5 + [fb] * 5
    rec = Recorder()
    worker = _worker(ImageSequenceSource(frames, fps=10), rec, debouncer=Debouncer(3.0))
    worker.start()
    assert rec.stopped.wait(TIMEOUT)
    worker.stop()
    assert [c for c, _, _ in rec.codes] == [[a], [a], [b]]
    assert [round(t, 1) for _, _, t in rec.codes] == [0.0, 5.0, 5.5]


def test_failing_source_reports_lost_then_running_again():
    code = code_from_seed(random.Random(3))
    frame = _badge_frame(code)
    inner = ImageSequenceSource([frame], loop=True)
    source = FailingSource(inner, fail_after=3, recover_after=2)
    rec = Recorder()
    worker = _worker(source, rec, retry_interval_s=0.01, lost_after_reads=3, idle_wait_s=0.001)
    worker.start()
    try:
        assert rec.lost.wait(TIMEOUT)
        assert rec.back.wait(TIMEOUT)
    finally:
        worker.stop()
    assert rec.stopped.is_set() and not worker.is_alive()
    states = [s for s, _ in rec.states]
    assert states == ["running", "lost", "running", "stopped"]
    assert source.failed_opens == 2
    assert worker.error is None
    assert rec.codes[0][0] == [code]


def test_source_that_never_opens_keeps_retrying_until_stopped():
    class Absent:
        name = "Caméra 7"
        attempts = 0
        retried = threading.Event()

        def open(self):
            self.attempts += 1
            if self.attempts >= 3:
                self.retried.set()
            raise CameraError("Caméra 7 indisponible")

        def read(self):
            return None

        def close(self):
            pass

    source = Absent()
    rec = Recorder()
    worker = _worker(source, rec, retry_interval_s=0.01)
    worker.start()
    assert source.retried.wait(TIMEOUT)
    worker.stop()
    assert not worker.is_alive()
    assert [s for s, _ in rec.states] == ["lost", "stopped"]
    assert "indisponible" in rec.states[0][1]


def test_a_crashing_callback_does_not_kill_the_worker():
    code = code_from_seed(random.Random(4))
    stopped = threading.Event()

    def on_codes(codes, frame_id, t):
        raise RuntimeError("bug in the UI")

    worker = CaptureWorker(
        ImageSequenceSource([_badge_frame(code)] * 3),
        on_codes,
        lambda s, m: s == "stopped" and stopped.set(),
    )
    worker.start()
    assert stopped.wait(TIMEOUT)
    assert worker.error is None and worker.frames_read == 3


def test_video_file_source_on_a_tiny_video(tmp_path):
    rng = random.Random(5)
    people = [
        {"code": code_from_seed(rng), "first_name": "Léa", "last_name": "Faure",
         "company": "CNES", "category": "visitor"}
        for _ in range(2)
    ]  # fmt: skip
    out = tmp_path / "queue.avi"
    codes = make_video(people, out, seed=1)
    assert codes == [p["code"] for p in people]
    assert expected_path(out).read_text(encoding="utf-8").count("ITD-") == 2

    source = VideoFileSource(out)
    source.open()
    first = source.read()
    assert first is not None and first.shape == (720, 1280, 3)
    assert source.fps == pytest.approx(15)
    source.close()

    rec = Recorder()
    worker = _worker(VideoFileSource(out), rec)
    worker.start()
    assert rec.stopped.wait(TIMEOUT)
    worker.stop()
    assert [c for batch, _, _ in rec.codes for c in batch] == codes
    assert "fin" in rec.states[-1][1]


def test_missing_video_and_bad_image_raise_camera_error(tmp_path):
    with pytest.raises(CameraError, match="introuvable"):
        VideoFileSource(tmp_path / "absent.avi").open()
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(CameraError, match="illisible"):
        ImageSequenceSource([bad]).open()


def test_image_sequence_from_paths(tmp_path):
    path = tmp_path / "frame.png"
    cv2.imwrite(str(path), np.full((10, 20, 3), 7, np.uint8))
    source = ImageSequenceSource([path, path])
    source.open()
    assert source.read().shape == (10, 20, 3)
    assert source.read() is not None
    assert source.read() is None and source.finished


def test_list_cameras_returns_quickly_without_camera():
    found = list_cameras(max_index=3)
    assert isinstance(found, list) and all(isinstance(i, int) for i in found)


def test_camera_source_without_device_raises_camera_error():
    index = 63  # no machine running the tests has 64 webcams
    with pytest.raises(CameraError, match="Caméra 63"):
        CameraSource(index).open()
