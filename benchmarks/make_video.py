"""Render a synthetic webcam video of a check-in queue, for ``itday replay`` and tests.

    itday attendees --json > people.json
    python -m benchmarks.make_video --codes-json people.json --count 40 --out video.avi

One person after another holds a badge up to the camera: the card enters from a side, moves
in (blurred by the motion), wobbles and tilts while it is held 1–2 s (slightly out of focus
at first), then leaves; a few frames show nobody between two people.  The video is MJPG in
an AVI file, 1280×720 at 15 fps.  ``video.expected.json`` (next to ``video.avi``) lists the
codes shown, in order.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

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


def expected_path(out_path: str | Path) -> Path:
    out = Path(out_path)
    return out.with_name(out.stem + ".expected.json")


def _smooth(u: float) -> float:
    u = min(1.0, max(0.0, u))
    return u * u * (3 - 2 * u)


def _person_track(rng: random.Random, fps: float) -> list[dict]:
    """Poses of one card, frame by frame: enter, hold, leave."""
    side = rng.choice(("left", "right", "bottom"))
    target = (WIDTH / 2 + rng.uniform(-180, 180), HEIGHT / 2 + rng.uniform(-80, 80))
    start = {
        "left": (-250.0, target[1] + rng.uniform(-100, 100)),
        "right": (WIDTH + 250.0, target[1] + rng.uniform(-100, 100)),
        "bottom": (target[0] + rng.uniform(-150, 150), HEIGHT + 350.0),
    }[side]
    end_side = rng.choice(("left", "right", "bottom"))
    end = {
        "left": (-250.0, target[1]),
        "right": (WIDTH + 250.0, target[1]),
        "bottom": (target[0], HEIGHT + 350.0),
    }[end_side]
    card_w = rng.uniform(90, 170) / qr_fraction()
    n_in = int(rng.uniform(0.4, 0.7) * fps)
    n_hold = int(rng.uniform(1.0, 2.0) * fps)
    n_out = int(rng.uniform(0.4, 0.7) * fps)
    angle0, tilt_x0, tilt_y0 = rng.uniform(-12, 12), rng.uniform(-20, 20), rng.uniform(-20, 20)
    phase = rng.uniform(0, 2 * math.pi)
    poses = []
    for i in range(n_in + n_hold + n_out):
        if i < n_in:
            u = _smooth((i + 1) / n_in)
            centre = (start[0] + (target[0] - start[0]) * u, start[1] + (target[1] - start[1]) * u)
            focus = 2.5
        elif i < n_in + n_hold:
            t = (i - n_in) / fps
            centre = (
                target[0] + 12 * math.sin(2.1 * t + phase),
                target[1] + 8 * math.sin(3.3 * t + phase),
            )
            focus = max(0.0, 2.5 - 6.0 * t)  # the camera refocuses in about 0.4 s
        else:
            u = _smooth((i - n_in - n_hold + 1) / n_out)
            centre = (target[0] + (end[0] - target[0]) * u, target[1] + (end[1] - target[1]) * u)
            focus = 1.5
        t = i / fps
        poses.append(
            {
                "centre": centre,
                "width_px": card_w,
                "angle_deg": angle0 + 5 * math.sin(1.7 * t + phase),
                "tilt_x_deg": tilt_x0 + 8 * math.sin(1.3 * t),
                "tilt_y_deg": tilt_y0 + 8 * math.cos(1.1 * t + phase),
                "focus": focus,
            }
        )
    return poses


def make_video(
    people: list[dict], out_path: str | Path, seed: int = 0, fps: float = 15
) -> list[str]:
    """Write the video of ``people`` (dicts with ``code`` and names) showing their badges in
    turn; returns the codes in the order shown (also written to ``*.expected.json``)."""
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = cv2.VideoWriter(str(out), cv2.VideoWriter_fourcc(*"MJPG"), fps, (WIDTH, HEIGHT))
    if not writer.isOpened():
        raise OSError(f"impossible d'écrire la vidéo : {out}")
    writer.set(cv2.VIDEOWRITER_PROP_QUALITY, 80)  # a webcam's MJPG, and a smaller file
    background = make_background(rng)
    # a handful of sensor-noise fields, cycled: drawing fresh noise each frame is slow
    noises = [nprng.normal(0, 3, (HEIGHT, WIDTH, 3)).astype(np.int16) for _ in range(6)]
    frame_no = 0

    def emit(frame: np.ndarray) -> None:
        nonlocal frame_no
        noisy = frame.astype(np.int16) + noises[frame_no % len(noises)]
        writer.write(np.clip(noisy, 0, 255).astype(np.uint8))
        frame_no += 1

    codes: list[str] = []
    try:
        for _ in range(int(rng.uniform(0.5, 1.0) * fps)):  # nobody at first
            emit(background)
        for person in people:
            code = str(person["code"])
            codes.append(code)
            card = make_card(code, rng, person=person)
            torso = (rng.randrange(20, 90),) * 3
            previous = None
            for pose in _person_track(rng, fps):
                frame = background.copy()
                cx, cy = pose["centre"]
                # the person holding the badge: a dark torso behind the card
                cv2.ellipse(frame, (int(cx), int(cy + 330)), (250, 300), 0, 0, 360, torso, -1)
                place_card(
                    frame,
                    card,
                    pose["centre"],
                    pose["width_px"],
                    pose["angle_deg"],
                    pose["tilt_x_deg"],
                    pose["tilt_y_deg"],
                )
                # blur only around the card: the rest of the scene is static and in focus
                quad = card_quad(card.shape[:2], pose["centre"], pose["width_px"],
                                 pose["angle_deg"], pose["tilt_x_deg"], pose["tilt_y_deg"])  # fmt: skip
                x0, y0 = np.maximum(quad.min(axis=0).astype(int) - 50, 0)
                x1, y1 = np.minimum(quad.max(axis=0).astype(int) + 50, (WIDTH, HEIGHT))
                if x1 > x0 and y1 > y0:
                    roi = frame[y0:y1, x0:x1]
                    if pose["focus"] > 0.6:
                        roi = defocus(roi, pose["focus"])
                    if previous is not None:
                        dx, dy = cx - previous[0], cy - previous[1]
                        speed = math.hypot(dx, dy) * 0.5  # the shutter is open half the frame
                        if speed > 1.5:
                            angle = math.degrees(math.atan2(dy, dx))
                            roi = motion_blur(roi, min(speed, 40), angle)
                    frame[y0:y1, x0:x1] = roi
                previous = (cx, cy)
                emit(frame)
            for _ in range(int(rng.uniform(0.3, 1.0) * fps)):  # nobody between two people
                emit(background)
    finally:
        writer.release()
    expected_path(out).write_text(json.dumps(codes, indent=1), encoding="utf-8")
    return codes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render a synthetic check-in queue video.")
    parser.add_argument("--codes-json", required=True, help="output of `itday attendees --json`")
    parser.add_argument("--count", type=int, default=40, help="people in the queue")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--fps", type=float, default=15)
    parser.add_argument("--out", default="video.avi")
    args = parser.parse_args(argv)
    try:
        people = json.loads(Path(args.codes_json).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"erreur : impossible de lire {args.codes_json} : {exc}", file=sys.stderr)
        return 1
    people = [p for p in people if isinstance(p, dict) and p.get("code")]
    if not people:
        print(f"erreur : aucun code dans {args.codes_json}", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    if args.count <= len(people):
        queue = rng.sample(people, args.count)
    else:
        queue = [people[i % len(people)] for i in range(args.count)]
    codes = make_video(queue, args.out, seed=args.seed, fps=args.fps)
    print(f"{args.out}: {len(codes)} badges; attendu : {expected_path(args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
