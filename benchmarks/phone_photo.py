"""A phone's photo of a badge at arm's length, as exhibitors' phones take them (issue 25).

12 megapixels (4000×3000), JPEG quality 85: a cluttered stand (``synth.make_background``
drawn at the photo's size), the badge (``synth.make_card``: event, name, company, the QR
code of the badge's code) about 60 cm away — some 600 px wide, its QR modules about 11 px —
turned by a few degrees and tilted, with a little defocus and sensor noise.  Deterministic
for a seed.

``python -m benchmarks.phone_photo OUT.jpg [CODE]`` writes one.
"""

from __future__ import annotations

import random
import sys

import cv2
import numpy as np

from benchmarks import synth
from itday.core.badge import code_from_seed

WIDTH, HEIGHT = 4000, 3000


def make_phone_photo(
    code: str,
    person: dict | None = None,
    seed: int = 0,
    *,
    width: int = WIDTH,
    height: int = HEIGHT,
    card_px: float | None = None,
    quality: int = 85,
) -> bytes:
    """The JPEG bytes of a photo of ``code``'s badge."""
    rng = random.Random(seed)
    scale = width / WIDTH
    # the clutter of a stand, drawn at a webcam's scale then enlarged to the sensor's (a
    # frame drawn at 4000×3000 directly would be a few small objects on a bare wall)
    small = synth.make_background(rng, max(64, width // 3), max(48, height // 3))
    frame = cv2.resize(small, (width, height), interpolation=cv2.INTER_CUBIC)
    card = synth.make_card(code, rng, person, width=840)
    size = (card_px or rng.uniform(520, 680)) * scale
    centre = (width * rng.uniform(0.4, 0.6), height * rng.uniform(0.42, 0.58))
    synth.place_card(
        frame,
        card,
        centre,
        size,
        angle_deg=rng.uniform(-12, 12),
        tilt_x_deg=rng.uniform(-15, 15),
        tilt_y_deg=rng.uniform(-15, 15),
        shade=rng.uniform(0.85, 1.0),
    )
    frame = cv2.GaussianBlur(frame, (0, 0), 1.0 * scale + 0.3)
    # sensor noise: what makes a phone's JPEG weigh 3–5 MB rather than 1
    noise = np.random.default_rng(seed).normal(0, 7, frame.shape).astype(np.float32)
    frame = np.clip(frame.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return data.tobytes()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m benchmarks.phone_photo OUT.jpg [CODE]", file=sys.stderr)
        return 2
    code = args[1] if len(args) > 1 else code_from_seed(random.Random(1))
    with open(args[0], "wb") as fh:
        fh.write(make_phone_photo(code))
    print(f"{args[0]}: {code}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
