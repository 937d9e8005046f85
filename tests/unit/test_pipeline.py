"""The station's scan pipeline without a database or Qt: frames → decoder → debounce →
recorder, with a fake recorder."""

import random
import threading
from dataclasses import dataclass

import numpy as np

from benchmarks import synth
from itday.core.debounce import Debouncer
from itday.services.camera import ImageSequenceSource
from itday.services.pipeline import CAMERA, SCANNER, ScanPipeline, TimedDecoder

CODE_A = "ITD-P25PD4HHMITPZOJSGF"
CODE_B = "ITD-B3AZGJ7WYSMZBJLW57"


def badge_frame(code: str, seed: int = 0, centre=(640, 360)) -> np.ndarray:
    rng = random.Random(seed)
    frame = synth.make_background(rng)
    synth.place_card(frame, synth.make_card(code, rng), centre, 250, 3, 5, -4)
    return frame


def blank_frame(seed: int = 1) -> np.ndarray:
    return synth.make_background(random.Random(seed))


@dataclass
class FakeOutcome:
    code: str
    result: str = "admitted"

    def to_json(self):
        return {"code": self.code, "result": self.result}


class FakeRecorder:
    def __init__(self):
        self.raws = []

    def scan(self, raw):
        self.raws.append(raw)
        return FakeOutcome(raw)


def test_decode_frame_debounces_on_the_given_time():
    pipeline = ScanPipeline(FakeRecorder(), debouncer=Debouncer(3.0))
    frame = badge_frame(CODE_A)
    assert pipeline.decode_frame(frame, 0.0) == [CODE_A]
    assert pipeline.decode_frame(frame, 0.5) == []  # still in view: one scan
    assert pipeline.decode_frame(blank_frame(), 1.0) == []
    assert pipeline.decode_frame(frame, 5.0) == [CODE_A]  # shown again later: a new scan
    assert len(pipeline.decoder.times_ms) == 4


def test_record_reports_stages_and_calls_back():
    seen = []
    recorder = FakeRecorder()
    pipeline = ScanPipeline(recorder, on_event=seen.append)
    event = pipeline.record("ITD-X", SCANNER)
    assert recorder.raws == ["ITD-X"]
    assert seen == [event] and event.source == SCANNER and event.code == "ITD-X"
    assert event.record_ms >= 0 and event.t_in > 0
    assert event.to_json()["source"] == SCANNER


def test_worker_feeds_sightings_to_the_recorder_once_per_badge():
    recorder = FakeRecorder()
    pipeline = ScanPipeline(recorder, debouncer=Debouncer(3.0))
    frames = [badge_frame(CODE_A)] * 3 + [blank_frame()] * 2 + [badge_frame(CODE_B, 2)] * 3
    source = ImageSequenceSource(frames, fps=2.0)  # media time: 0.5 s a frame
    done = threading.Event()
    sightings = []

    def sighted(s):
        sightings.append(s)
        pipeline.record_sighting(s)

    worker = pipeline.make_worker(
        source, sighted, lambda state, _m: state == "stopped" and done.set()
    )
    worker.start()
    assert done.wait(30)
    assert recorder.raws == [CODE_A, CODE_B]
    assert all(s.decode_ms > 0 and s.t_in > 0 for s in sightings)
    assert [e.source for e in pipeline.events] == [CAMERA, CAMERA]
    assert worker.frames_read == len(frames)


def test_timed_decoder_keeps_a_bounded_history():
    decoder = TimedDecoder(keep=2)
    for _ in range(3):
        assert decoder.decode(blank_frame()) == []
    assert len(decoder.times_ms) == 2 and decoder.last_ms > 0
