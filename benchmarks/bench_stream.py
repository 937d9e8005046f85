"""A phone camera over Wi-Fi, simulated on 127.0.0.1: stream latency and reconnection.

    python -m benchmarks.bench_stream [--people 12] [--fps 15]

1. An HTTP MJPEG stream (as IP Webcam or DroidCam serve it) of badges rendered by itday:
   latency from the first frame showing a badge leaving the server to its code delivered by
   the capture thread (``NetworkStreamSource`` live + decoding + debounce), and how many
   frames the pump dropped because the decoder was busy.
2. The stream cut for 1, 4 and 10 s, then back: time from the stream's return to the
   station seeing it again, with the desk's backoff (1, 2, 4, then every 8 s).

Prints measured figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

from benchmarks.common import demo_database, print_table  # noqa: E402
from benchmarks.mjpeg import MjpegServer, badge_images, desk_frame  # noqa: E402


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=12)
    parser.add_argument("--fps", type=float, default=15.0)
    parser.add_argument("--downtimes", default="1,4,10", help="seconds the stream is cut")
    args = parser.parse_args(argv)

    from PySide6.QtGui import QGuiApplication

    from itday.db import repo
    from itday.services.camera import LOST, RUNNING, CaptureWorker, NetworkStreamSource
    from itday.ui.pages.checkin import CAMERA_RETRY

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts)
    tmp = Path(tempfile.mkdtemp(prefix="itday-bench-stream-"))
    try:
        db, event_id = demo_database(tmp)
        with db.session() as s:
            rows = repo.attendee_rows(event_id, session=s)
        people = [r for r in rows if not r["cancelled"]][: args.people]
        badges = badge_images(db, event_id, [p["id"] for p in people], tmp)
        empty = desk_frame()
        frames, first_frame = [empty] * 5, {}
        for person in people:
            first_frame[person["code"]] = len(frames)
            frames += [desk_frame(badges[person["id"]])] * 6 + [empty] * 6

        # 1. latency of a live stream
        delivered: dict[str, float] = {}
        done = threading.Event()

        def on_codes(codes, _frame_id, _t):
            now = time.perf_counter()
            for code in codes:
                delivered.setdefault(code, now)
            if len(delivered) >= len(people):
                done.set()

        with MjpegServer(frames, fps=args.fps) as server:
            source = NetworkStreamSource(server.url)
            worker = CaptureWorker(source, on_codes, **CAMERA_RETRY)
            worker.start()
            done.wait(len(frames) / args.fps + 20)
            worker.stop()
            latencies = [
                (delivered[code] - server.sent_at[index]) * 1000
                for code, index in first_frame.items()
                if code in delivered and index in server.sent_at
            ]
            decode = sorted(worker.decode_ms)
        print_table(
            f"Flux MJPEG local ({args.fps:g} images/s, 1280×720, badges rendus par itday)",
            [
                ("badges read / shown", f"{len(delivered)} / {len(people)}", "all"),
                ("frame sent → code delivered, p50", f"{pct(latencies, 50):.0f} ms", ""),
                ("frame sent → code delivered, p95", f"{pct(latencies, 95):.0f} ms", ""),
                ("decode per frame (median)", f"{pct(decode, 50):.1f} ms", ""),
                ("frames dropped by the pump", str(source.frames_dropped), ""),
            ],
        )

        # 2. reconnection after a cut
        rows = []
        for down in [float(x) for x in args.downtimes.split(",") if x.strip()]:
            states: list[tuple[str, float]] = []
            back = threading.Event()
            lost = threading.Event()

            def on_state(state, _message, states=states, back=back, lost=lost):
                states.append((state, time.perf_counter()))
                if state == LOST:
                    lost.set()
                elif state == RUNNING and lost.is_set():
                    back.set()

            server = MjpegServer([empty], fps=args.fps).start()
            worker = CaptureWorker(
                NetworkStreamSource(server.url, timeout_s=5.0),
                None,
                on_state,
                **CAMERA_RETRY,
            )
            worker.start()
            time.sleep(1.0)
            cut = time.perf_counter()
            server.stop()
            lost.wait(10)
            noticed = next((t for s, t in states if s == LOST), float("nan")) - cut
            time.sleep(max(0.0, down - (time.perf_counter() - cut)))
            tries = worker.failures
            restarted = time.perf_counter()
            server.restart()
            back.wait(30)
            again = next((t for s, t in states[1:] if s == RUNNING), float("nan")) - restarted
            worker.stop()
            server.stop()
            rows.append((f"cut {down:g} s: loss noticed after", f"{noticed * 1000:.0f} ms", ""))
            rows.append((f"cut {down:g} s: back after the stream returns", f"{again:.1f} s", ""))
            rows.append((f"cut {down:g} s: failed tries meanwhile", str(tries), ""))
        print_table("Coupure du flux puis retour (reprise automatique, backoff 1→8 s)", rows)
        db.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
