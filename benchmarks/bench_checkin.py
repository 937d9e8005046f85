"""Scan-to-result latency of the Accueil page, and ``itday replay`` on a synthetic queue.

    python -m benchmarks.bench_checkin [--people 40] [--fps 30] [--video-people 12]

1. Camera path: the real ``CheckinPage`` (offscreen) reads a paced fake webcam (a queue of
   people, each showing a badge for a few frames); latency = from the frame entering the
   decoder (in the capture thread) to the result painted on the page (GUI thread), through
   the queued signal, the worker that records the scan in SQLite, and the repaint.
2. Scanner path: ``submit_code`` (what the USB scanner filter calls) → result painted.
3. ``itday replay`` (the same pipeline, in-process) on a synthetic webcam video of badges.

Prints measured figures; asserts nothing about time.  Targets: p95 latency ≤ 100 ms; median
decode ≤ 10 ms per 720p frame.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

from benchmarks import synth  # noqa: E402
from benchmarks.common import print_table  # noqa: E402


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


class PacedSource:
    """A fake webcam: frames at ``fps`` in real time, with media timestamps."""

    def __init__(self, frames: list[np.ndarray], fps: float) -> None:
        self.frames, self.fps, self.name = frames, fps, "webcam simulée"
        self.finished = False
        self.last_timestamp: float | None = None
        self._i = 0
        self._start = 0.0

    def open(self) -> None:
        self._start = time.perf_counter()

    def read(self):
        if self._i >= len(self.frames):
            self.finished = True
            return None
        delay = self._start + self._i / self.fps - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        self.last_timestamp = self._i / self.fps
        frame = self.frames[self._i]
        self._i += 1
        return frame

    def close(self) -> None:
        pass


def queue_frames(people: list[dict], seed: int, per_badge: int, gap: int) -> list[np.ndarray]:
    rng = random.Random(seed)
    background = synth.make_background(rng)
    frames = [background] * gap
    for person in people:
        frame = background.copy()
        card = synth.make_card(person["code"], rng, person=person)
        synth.place_card(
            frame,
            card,
            (640 + rng.uniform(-150, 150), 360 + rng.uniform(-60, 60)),
            rng.uniform(230, 300),
            rng.uniform(-10, 10),
            rng.uniform(-15, 15),
            rng.uniform(-15, 15),
        )
        frames += [frame] * per_badge + [background] * gap
    return frames


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--fps", type=float, default=30)
    parser.add_argument("--video-people", type=int, default=12)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from benchmarks.make_video import make_video
    from itday.db import repo
    from itday.db.engine import Database
    from itday.services.demo import create_demo
    from itday.services.pipeline import DirectRecorder, ScanPipeline, replay_video
    from itday.ui.context import AppContext
    from itday.ui.pages.checkin import CheckinPage
    from itday.ui.style import STYLE

    tmp = Path(tempfile.mkdtemp(prefix="itday-bench-checkin-"))
    try:
        db = Database.open(tmp / "demo.sqlite")
        with db.session() as s:
            event_id = create_demo(s, seed=2017).id
        with db.session() as s:
            rows = repo.attendee_rows(event_id, session=s)
        waiting = [r for r in rows if r["checked_in_at"] is None and not r["cancelled"]]
        camera_people = waiting[: args.people]
        scanner_people = waiting[args.people : 2 * args.people]
        video_people = waiting[2 * args.people : 2 * args.people + args.video_people]

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setStyleSheet(STYLE)
        settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("sound/enabled", False)
        ctx = AppContext(db, event_id, settings=settings, station="Banc")
        page = CheckinPage(ctx, source_factory=lambda _i: PacedSource([], args.fps))
        page.resize(1400, 800)
        page.show()

        def spin(cond, timeout: float) -> bool:
            end = time.perf_counter() + timeout
            while time.perf_counter() < end:
                app.processEvents()
                if cond():
                    return True
                time.sleep(0.001)
            return False

        spin(page.is_ready, 20)
        # 1. camera → result painted
        frames = queue_frames(camera_people, args.seed, per_badge=4, gap=4)
        shown: list = []
        page.result_shown.connect(shown.append)
        stopped = threading.Event()
        page.camera_state_changed.connect(lambda st: st == "stopped" and stopped.set())
        page.use_source(PacedSource(frames, args.fps))
        spin(lambda: stopped.is_set() and len(shown) >= len(camera_people), 30 + len(frames) / 10)
        spin(lambda: False, 0.5)
        camera = [(e.extra["painted"] - e.t_in) * 1000 for e in shown]
        decode = [e.decode_ms for e in shown]
        record = [e.record_ms for e in shown]
        admitted = sum(1 for e in shown if e.result.value == "admitted")
        all_decodes = list(page.pipeline.decoder.times_ms)
        # 2. scanner → result painted (one at a time, as a clerk would)
        shown.clear()
        for person in scanner_people:
            before = len(shown)
            page.submit_code(person["code"])
            spin(lambda before=before: len(shown) > before, 10)
        scanner = [(e.extra["painted"] - e.t_in) * 1000 for e in shown]
        page.shutdown()
        ctx.tasks.wait_all(5000)

        print_table(
            "Accueil : du badge au résultat affiché (page réelle, SQLite, hors écran)",
            [
                ("camera scans (admitted / shown)", f"{admitted} / {len(camera_people)}", "all"),
                ("camera latency p50", f"{pct(camera, 50):.1f} ms", ""),
                ("camera latency p95", f"{pct(camera, 95):.1f} ms", "≤ 100 ms"),
                ("camera latency max", f"{max(camera, default=float('nan')):.1f} ms", ""),
                ("  of which decode (median)", f"{statistics.median(decode):.1f} ms", ""),
                ("  of which record_scan (median)", f"{statistics.median(record):.1f} ms", ""),
                (
                    "decode, every frame (median)",
                    f"{statistics.median(all_decodes):.1f} ms",
                    "≤ 10 ms",
                ),
                ("decode, every frame (p95)", f"{pct(all_decodes, 95):.1f} ms", ""),
                ("scanner latency p50", f"{pct(scanner, 50):.1f} ms", ""),
                ("scanner latency p95", f"{pct(scanner, 95):.1f} ms", "≤ 100 ms"),
            ],
        )

        # 3. itday replay on a synthetic video
        video = tmp / "queue.avi"
        t = time.perf_counter()
        codes = make_video(video_people, video, seed=args.seed, fps=15)
        made = time.perf_counter() - t
        summary = replay_video(video, ScanPipeline(DirectRecorder(db, event_id, "replay")))
        ok = summary["admitted_codes"] == codes
        print_table(
            f"itday replay : vidéo synthétique de {len(codes)} badges (rendue en {made:.1f} s)",
            [
                ("frames", str(summary["frames"]), ""),
                ("results", str(summary["results"]), f"{len(codes)} admitted"),
                ("every badge admitted once, in order", "yes" if ok else "NO", "yes"),
                ("decode ms/frame (median)", f"{summary['ms_per_frame']:.1f} ms", "≤ 10 ms"),
                ("decode ms/frame (p95)", f"{summary['ms_per_frame_p95']:.1f} ms", ""),
                ("replay speed", f"{summary['frames'] / summary['wall_s']:.0f} frames/s", "≥ 15"),
            ],
        )
        db.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
