"""Time to first read of a badge waved across the camera's view, at 30 frames/s.

    python -m benchmarks.bench_waved [--clips 20] [--seed 3] [--fps 30]

Each clip is a short generated video (1280×720, webcam-like: slight defocus, sensor noise,
MJPG compression): a badge crosses the view sideways at 300–700 px/s (``--speed``), wobbling
a little, blurred by its motion (the shutter is open half a frame: 5–12 px of blur).  The clock
starts when the whole QR symbol is in view.

The camera is simulated as it behaves live: a frame comes every 1/fps s, and a decoder
still busy when the next frame comes misses it (the camera keeps only the latest frame).
Time to first read = when the decode that first returns the badge's code ends, minus when
the symbol came into view; decoding times are measured, so a slow decoder pays for them.

Decoders: zxing-cpp alone (the first pass's options), the per-frame pipeline
(``QRDecoder``, each frame on its own), and the live station's ``TrackingDecoder`` (regions
tracked between frames, clutter passed over, second chances time-boxed, confirmation).
Each decoder decodes a few frames before the clock runs (a station decodes all day).
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import time
from collections.abc import Callable

import cv2
import numpy as np

from benchmarks.synth import (
    HEIGHT,
    WIDTH,
    card_quad,
    defocus,
    make_background,
    make_card,
    motion_blur,
    place_card,
    qr_fraction,
)
from itday.core.badge import code_from_seed
from itday.services.decoding import QRDecoder, TrackingDecoder


def waved_clip(rng: random.Random, fps: float = 30.0, speeds=(300.0, 700.0), **fixed):
    """``(frames, code, t_in_view)``: a badge crossing the view, one frame per 1/fps s.

    ``fixed`` sets some of the motion's parameters instead of drawing them (``qr_px``,
    ``speed`` in px/s, negative right to left, ``y0`` as a fraction of the height,
    ``angle0``, ``tilt_x``, ``tilt_y``, ``phase``): a test replays a clip found hard."""
    code = code_from_seed(rng)
    nprng = np.random.default_rng(rng.randrange(2**32))
    background = make_background(rng)
    card = make_card(code, rng)
    drawn = {
        "qr_px": rng.uniform(110, 180),
        "speed": rng.uniform(*speeds) * rng.choice((-1, 1)),  # px/s, sideways
        "y0": rng.uniform(0.4, 0.6),
        "angle0": rng.uniform(-10, 10),
        "tilt_x": rng.uniform(-15, 15),
        "tilt_y": rng.uniform(-15, 15),
        "phase": rng.uniform(0, 2 * math.pi),
    }
    drawn.update(fixed)
    qr_px, speed, phase = drawn["qr_px"], drawn["speed"], drawn["phase"]
    angle0, tilt_x, tilt_y = drawn["angle0"], drawn["tilt_x"], drawn["tilt_y"]
    y0 = drawn["y0"] * HEIGHT
    card_w = qr_px / qr_fraction()
    x_start = -card_w / 2 if speed > 0 else WIDTH + card_w / 2
    n = int((WIDTH + card_w) / abs(speed) * fps)
    noises = [nprng.normal(0, 2.5, (HEIGHT, WIDTH, 3)).astype(np.int16) for _ in range(4)]
    frames, t_in_view, previous = [], None, None
    for i in range(n):
        t = i / fps
        cx = x_start + speed * t
        cy = y0 + 25 * math.sin(5.0 * t + phase)
        pose = {
            "centre": (cx, cy),
            "width_px": card_w,
            "angle_deg": angle0 + 4 * math.sin(3.0 * t + phase),
            "tilt_x_deg": tilt_x,
            "tilt_y_deg": tilt_y,
        }
        frame = background.copy()
        place_card(frame, card, **pose)
        quad = card_quad(card.shape[:2], **pose)
        x0, y0q = np.maximum(quad.min(axis=0).astype(int) - 40, 0)
        x1, y1q = np.minimum(quad.max(axis=0).astype(int) + 40, (WIDTH, HEIGHT))
        if x1 > x0 and y1q > y0q:
            roi = defocus(frame[y0q:y1q, x0:x1], rng.uniform(0.5, 1.2))
            if previous is not None:
                dx, dy = cx - previous[0], cy - previous[1]
                roi = motion_blur(roi, math.hypot(dx, dy) * 0.5, math.degrees(math.atan2(dy, dx)))
            frame[y0q:y1q, x0:x1] = roi
        previous = (cx, cy)
        noisy = np.clip(frame.astype(np.int16) + noises[i % len(noises)], 0, 255).astype(np.uint8)
        ok, buf = cv2.imencode(".jpg", noisy, [cv2.IMWRITE_JPEG_QUALITY, 80])
        frames.append(cv2.imdecode(buf, cv2.IMREAD_COLOR))
        # the symbol is in view once its 25 modules (not the quiet zone) are in the frame
        half_qr = qr_px / 2 * 25 / 33
        if t_in_view is None and half_qr <= cx <= WIDTH - half_qr:
            t_in_view = t
    return frames, code, t_in_view if t_in_view is not None else 0.0


def live_run(decode: Callable[[np.ndarray], list[str]], frames, code: str, fps: float) -> dict:
    """Feed ``frames`` as a live camera would; when the code is first read, and how."""
    now, i, n = 0.0, 0, len(frames)
    times, dropped, wrong, first_read = [], 0, 0, None
    while i < n:
        start = max(now, i / fps)
        j = max(i, min(n - 1, int(start * fps + 1e-9)))  # the newest frame at that time
        dropped += j - i
        t0 = time.perf_counter()
        got = decode(frames[j])
        ms = (time.perf_counter() - t0) * 1000.0
        times.append(ms)
        now = start + ms / 1000.0
        wrong += sum(1 for c in got if c != code)
        if code in got and first_read is None:
            first_read = now
        i = j + 1
    return {"first_read": first_read, "times": times, "dropped": dropped, "wrong": wrong}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=20)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--fps", type=float, default=30.0)
    parser.add_argument("--speed", default="300,700", help="px/s range, e.g. 300,700")
    args = parser.parse_args(argv)
    speeds = tuple(float(v) for v in args.speed.split(","))
    rng = random.Random(args.seed)
    clips = [waved_clip(rng, args.fps, speeds) for _ in range(args.clips)]
    n_frames = sum(len(c[0]) for c in clips)
    print(f"{len(clips)} clips of a badge waved across the view at {args.speed} px/s, "
          f"{n_frames} frames, {args.fps:g} fps, 1280x720 MJPG")  # fmt: skip
    first_pass = QRDecoder(second_chances=False)
    makers: dict[str, Callable[[], Callable]] = {
        "zxing-cpp alone (first pass)": lambda: first_pass.decode,
        "itday per frame (QRDecoder)": lambda: QRDecoder().decode,
        "itday live (TrackingDecoder)": lambda: TrackingDecoder().decode,
    }
    head = (f"{'decoder':30s}{'read':>6s}{'wrong':>6s}{'ttfr med':>10s}{'p90':>7s}{'max':>7s}"
            f"{'ms med':>8s}{'p95':>6s}{'max':>7s}{'dropped':>9s}")  # fmt: skip
    print(head)
    print("-" * len(head))
    for name, make in makers.items():
        warm = make()  # a station decodes all day: first calls (allocations) not counted
        for frame in clips[0][0][:5]:
            warm(frame)
        ttfr, times, dropped, wrong, read = [], [], 0, 0, 0
        for frames, code, t_in in clips:
            r = live_run(make(), frames, code, args.fps)
            times += r["times"]
            dropped += r["dropped"]
            wrong += r["wrong"]
            if r["first_read"] is not None:
                read += 1
                ttfr.append(max(0.0, r["first_read"] - t_in) * 1000.0)
            else:
                ttfr.append(math.inf)
        finite = sorted(ttfr)
        p90 = finite[min(len(finite) - 1, int(0.9 * len(finite)))]

        def fmt(v: float) -> str:
            return "never" if math.isinf(v) else f"{v:.0f}"

        print(f"{name[:30]:30s}{read:>3d}/{len(clips):<2d}{wrong:6d}"
              f"{fmt(statistics.median(ttfr)):>10s}{fmt(p90):>7s}{fmt(max(ttfr)):>7s}"
              f"{statistics.median(times):8.1f}{float(np.percentile(times, 95)):6.1f}"
              f"{max(times):7.1f}{dropped:9d}", flush=True)  # fmt: skip
    print(
        "\nttfr: time to first read (ms) from when the whole symbol is in view; "
        "dropped: frames the decoder was too busy to see"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
