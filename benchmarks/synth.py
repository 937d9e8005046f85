"""Synthetic webcam frames of badges, for measuring and testing the QR decoder.

Each frame is 1280×720 BGR: a cluttered background (desk, posters, text, shadows) with zero,
one or two badge cards on it.  A card is a white rectangle with a coloured band, the event
name, a person's name and company, and the badge's QR code (the smallest QR version that
holds the text, error correction Q, as printed badges have).  Degradations imitate a cheap
webcam at the entrance desk: defocus, a small far badge, tilt and rotation, dim light with
sensor noise, motion blur, heavy JPEG compression, two badges at once, no badge.

Everything is deterministic for a given seed.  ``make_set(n_per_kind, seed)`` returns
``[(name, frame, expected_codes)]``; ``benchmarks/make_video.py`` reuses the building blocks.

Run ``python -m benchmarks.synth OUT_DIR`` to write a sample of frames as PNG files.
"""

from __future__ import annotations

import math
import random
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np
import qrcode
import qrcode.constants

from itday.core.badge import code_from_seed

WIDTH, HEIGHT = 1280, 720

KINDS = (
    "clean",
    "blur",
    "small",
    "tilt",
    "dim",
    "motion",
    "jpeg",
    "two",
    "negative",
    "mixed",
)
#: the hard families of issue 15: a badge waved at the camera (mostly horizontal motion blur
#: of about 7 px), a badge held far (QR modules of 1.5–2 px) and two badges in view (one of
#: them smaller, further, tilted: a couple at the desk)
HARD_KINDS = ("waved", "far", "couple")
ALL_KINDS = KINDS + HARD_KINDS
#: the hard frames of issue 24.16: a badge further away (about 3 px per module), dim,
#: slightly blurred and rotated; a badge turned away from the camera, seen at a slant so
#: that perspective squeezes its QR code to about half its width; two badges, one so turned
SLANT_KINDS = ("remote", "turned", "pairturn")

_FIRST = ["Camille", "Léa", "Hugo", "Théo", "Manon", "Lucas", "Chloé", "Nathan", "Inès", "Jules"]
_LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Garcia", "Roux", "Fournier", "Moreau", "Faure"]
_COMPANY = ["Airbus", "Sopra Steria", "CNES", "Capgemini", "Magellium", "Continental", "Atos"]
_BAND_COLOURS = [(180, 90, 20), (40, 120, 200), (60, 160, 60), (140, 50, 140), (30, 30, 180)]


def ascii_text(text: str) -> str:
    """OpenCV's Hershey fonts only draw ASCII: drop the accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


# --------------------------------------------------------------------------- building blocks


def qr_modules(text: str) -> np.ndarray:
    """The QR symbol as a boolean matrix (True = dark), with its 4-module quiet zone."""
    qr = qrcode.QRCode(
        version=None, error_correction=qrcode.constants.ERROR_CORRECT_Q, box_size=1, border=4
    )
    qr.add_data(text)
    qr.make(fit=True)
    return np.array(qr.get_matrix(), dtype=bool)


def make_card(
    text: str | None,
    rng: random.Random,
    person: dict | None = None,
    width: int = 420,
) -> np.ndarray:
    """A portrait badge card (BGR).  ``text=None`` draws a card without a QR code."""
    height = int(width * 1.45)
    card = np.full((height, width, 3), 250, np.uint8)
    band = rng.choice(_BAND_COLOURS)
    cv2.rectangle(card, (0, 0), (width, int(height * 0.13)), band, -1)
    font = cv2.FONT_HERSHEY_SIMPLEX
    s = width / 420
    cv2.putText(card, "INNOVATION IT DAY", (int(20 * s), int(52 * s)), font, 0.9 * s,
                (255, 255, 255), max(1, int(2 * s)), cv2.LINE_AA)  # fmt: skip
    if person is None:
        person = {
            "first_name": rng.choice(_FIRST),
            "last_name": rng.choice(_LAST),
            "company": rng.choice(_COMPANY),
            "category": "visitor",
        }
    name = ascii_text(f"{person.get('first_name', '')} {person.get('last_name', '')}".strip())
    company = ascii_text(str(person.get("company") or ""))
    cv2.putText(card, name[:22], (int(20 * s), int(125 * s)), font, 1.0 * s, (20, 20, 20),
                max(1, int(2 * s)), cv2.LINE_AA)  # fmt: skip
    cv2.putText(card, company[:26], (int(20 * s), int(165 * s)), font, 0.75 * s, (70, 70, 70),
                max(1, int(2 * s)), cv2.LINE_AA)  # fmt: skip
    qr_side = int(width * 0.62)
    top = int(height * 0.36)
    left = (width - qr_side) // 2
    if text is not None:
        modules = qr_modules(text)
        img = np.where(modules, 0, 255).astype(np.uint8)
        img = cv2.resize(img, (qr_side, qr_side), interpolation=cv2.INTER_NEAREST)
        card[top : top + qr_side, left : left + qr_side] = img[:, :, None]
    else:  # a logo-like pattern where the code would be: a trap for false positives
        for _ in range(12):
            x, y = rng.randrange(left, left + qr_side - 20), rng.randrange(top, top + qr_side - 20)
            cv2.rectangle(card, (x, y), (x + rng.randrange(10, 60), y + rng.randrange(10, 60)),
                          (rng.randrange(0, 120),) * 3, -1)  # fmt: skip
    label = str(person.get("category") or "visitor").upper()
    cv2.putText(card, ascii_text(label), (int(20 * s), height - int(25 * s)), font, 0.8 * s,
                band, max(1, int(2 * s)), cv2.LINE_AA)  # fmt: skip
    return card


def qr_fraction(card_width: int = 420) -> float:
    """Width of the QR symbol (quiet zone included) as a fraction of the card's width."""
    return int(card_width * 0.62) / card_width


def make_background(rng: random.Random, width: int = WIDTH, height: int = HEIGHT) -> np.ndarray:
    """A cluttered, webcam-like scene: gradient wall, furniture, posters, text, cables."""
    nprng = np.random.default_rng(rng.randrange(2**32))
    base = np.array([rng.randrange(60, 200) for _ in range(3)], np.float32)
    gx = np.linspace(-1, 1, width, dtype=np.float32)[None, :, None]
    gy = np.linspace(-1, 1, height, dtype=np.float32)[:, None, None]
    frame = base + 40 * gx * rng.uniform(-1, 1) + 40 * gy * rng.uniform(-1, 1)
    frame = np.clip(frame, 0, 255).astype(np.uint8)
    for _ in range(rng.randrange(8, 16)):  # furniture, posters, people's clothes
        colour = tuple(rng.randrange(0, 256) for _ in range(3))
        x, y = rng.randrange(-100, width), rng.randrange(-100, height)
        w, h = rng.randrange(40, 420), rng.randrange(40, 420)
        if rng.random() < 0.6:
            cv2.rectangle(frame, (x, y), (x + w, y + h), colour, -1)
        else:
            cv2.ellipse(frame, (x, y), (w // 2, h // 2), rng.uniform(0, 180), 0, 360, colour, -1)
    for _ in range(rng.randrange(3, 8)):  # poster text and stripes
        colour = tuple(rng.randrange(0, 256) for _ in range(3))
        cv2.putText(frame, "".join(rng.choice("ABCDEFGHIJ 0123") for _ in range(10)),
                    (rng.randrange(0, width - 200), rng.randrange(30, height)),
                    cv2.FONT_HERSHEY_SIMPLEX, rng.uniform(0.6, 2.0), colour, 2, cv2.LINE_AA)  # fmt: skip
    for _ in range(rng.randrange(2, 6)):  # cables, table edges
        colour = tuple(rng.randrange(0, 256) for _ in range(3))
        cv2.line(frame, (rng.randrange(width), rng.randrange(height)),
                 (rng.randrange(width), rng.randrange(height)), colour, rng.randrange(2, 9))  # fmt: skip
    if rng.random() < 0.5:  # a checkerboard-ish shelf: high-contrast clutter
        x, y = rng.randrange(0, width - 200), rng.randrange(0, height - 200)
        cell = rng.randrange(8, 20)
        for i in range(8):
            for j in range(8):
                if (i + j) % 2:
                    cv2.rectangle(frame, (x + i * cell, y + j * cell),
                                  (x + (i + 1) * cell, y + (j + 1) * cell), (20, 20, 20), -1)  # fmt: skip
    frame = cv2.GaussianBlur(frame, (0, 0), 1.2)
    noise = nprng.normal(0, 4, frame.shape).astype(np.float32)
    return np.clip(frame.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def card_quad(
    card_shape: tuple[int, int],
    centre: tuple[float, float],
    width_px: float,
    angle_deg: float = 0.0,
    tilt_x_deg: float = 0.0,
    tilt_y_deg: float = 0.0,
    focal: float = 900.0,
) -> np.ndarray:
    """Where the card's corners land in the frame: rotated in its plane, tilted, projected."""
    h, w = card_shape
    scale = width_px / w
    half_w, half_h = w * scale / 2, h * scale / 2
    pts = np.array([[-half_w, -half_h, 0], [half_w, -half_h, 0], [half_w, half_h, 0],
                    [-half_w, half_h, 0]], np.float64)  # fmt: skip
    a, tx, ty = map(math.radians, (angle_deg, tilt_x_deg, tilt_y_deg))
    rz = np.array([[math.cos(a), -math.sin(a), 0], [math.sin(a), math.cos(a), 0], [0, 0, 1]])
    rx = np.array([[1, 0, 0], [0, math.cos(tx), -math.sin(tx)], [0, math.sin(tx), math.cos(tx)]])
    ry = np.array([[math.cos(ty), 0, math.sin(ty)], [0, 1, 0], [-math.sin(ty), 0, math.cos(ty)]])
    pts = pts @ (ry @ rx @ rz).T
    depth = focal + pts[:, 2]
    proj = pts[:, :2] * (focal / depth)[:, None]
    return (proj + np.array(centre)).astype(np.float32)


def place_card(
    frame: np.ndarray,
    card: np.ndarray,
    centre: tuple[float, float],
    width_px: float,
    angle_deg: float = 0.0,
    tilt_x_deg: float = 0.0,
    tilt_y_deg: float = 0.0,
    shade: float = 1.0,
) -> np.ndarray:
    """Paste ``card`` into ``frame`` (in place) at the given pose; returns the frame."""
    # Shrink first with INTER_AREA (a camera averages light over each pixel), then warp.
    target_w = max(8, int(round(width_px)))
    small = cv2.resize(card, (target_w, max(8, int(card.shape[0] * target_w / card.shape[1]))),
                       interpolation=cv2.INTER_AREA)  # fmt: skip
    quad = card_quad(small.shape[:2], centre, target_w, angle_deg, tilt_x_deg, tilt_y_deg)
    h, w = small.shape[:2]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(src, quad)
    x0, y0 = np.floor(quad.min(axis=0)).astype(int)
    x1, y1 = np.ceil(quad.max(axis=0)).astype(int)
    x0, y0 = max(x0, 0), max(y0, 0)
    x1, y1 = min(x1, frame.shape[1]), min(y1, frame.shape[0])
    if x1 <= x0 or y1 <= y0:
        return frame
    shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64)
    m = shift @ m
    size = (x1 - x0, y1 - y0)
    warped = cv2.warpPerspective(small, m, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, size, flags=cv2.INTER_LINEAR)
    alpha = (mask.astype(np.float32) / 255.0)[:, :, None]
    roi = frame[y0:y1, x0:x1].astype(np.float32)
    roi = roi * (1 - alpha) + warped.astype(np.float32) * shade * alpha
    frame[y0:y1, x0:x1] = np.clip(roi, 0, 255).astype(np.uint8)
    return frame


def defocus(frame: np.ndarray, radius: float) -> np.ndarray:
    """Out-of-focus blur: convolution with a disc."""
    if radius <= 0.5:
        return frame
    r = int(math.ceil(radius))
    kernel = np.zeros((2 * r + 1, 2 * r + 1), np.float32)
    cv2.circle(kernel, (r, r), r, 1.0, -1, cv2.LINE_AA)
    kernel /= kernel.sum()
    return cv2.filter2D(frame, -1, kernel)


def motion_blur(frame: np.ndarray, length: float, angle_deg: float) -> np.ndarray:
    """Blur along a line, as a badge moving during the exposure."""
    if length < 1.5:
        return frame
    k = int(math.ceil(length)) | 1
    kernel = np.zeros((k, k), np.float32)
    c = k // 2
    dx, dy = (
        math.cos(math.radians(angle_deg)) * length / 2,
        math.sin(math.radians(angle_deg)) * length / 2,
    )
    cv2.line(kernel, (int(round(c - dx)), int(round(c - dy))),
             (int(round(c + dx)), int(round(c + dy))), 1.0, 1, cv2.LINE_AA)  # fmt: skip
    kernel /= kernel.sum()
    return cv2.filter2D(frame, -1, kernel)


def dim(frame: np.ndarray, gain: float, noise_sigma: float, rng: random.Random) -> np.ndarray:
    """Low light: compressed dynamic range, then sensor noise."""
    nprng = np.random.default_rng(rng.randrange(2**32))
    out = frame.astype(np.float32) * gain + 8
    out += nprng.normal(0, noise_sigma, frame.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def sensor_noise(frame: np.ndarray, sigma: float, rng: random.Random) -> np.ndarray:
    nprng = np.random.default_rng(rng.randrange(2**32))
    out = frame.astype(np.float32) + nprng.normal(0, sigma, frame.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def jpeg(frame: np.ndarray, quality: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


# --------------------------------------------------------------------------- frames


def _qr_px_to_card_width(qr_px: float) -> float:
    return qr_px / qr_fraction()


def _pose(rng: random.Random, qr_px: tuple[float, float], angle: float, tilt: float):
    card_w = _qr_px_to_card_width(rng.uniform(*qr_px))
    cx = rng.uniform(WIDTH * 0.3, WIDTH * 0.7)
    cy = rng.uniform(HEIGHT * 0.4, HEIGHT * 0.6)
    return dict(
        centre=(cx, cy),
        width_px=card_w,
        angle_deg=rng.uniform(-angle, angle),
        tilt_x_deg=rng.uniform(-tilt, tilt),
        tilt_y_deg=rng.uniform(-tilt, tilt),
    )


def _turned(rng: random.Random, qr_px: tuple[float, float]) -> dict:
    """A badge turned away about its vertical (or, one time in four, horizontal) axis by
    57–66°: perspective squeezes the code to about half its width (or height)."""
    pose = _pose(rng, qr_px, 12, 0)
    turn = rng.uniform(57, 66) * rng.choice((-1, 1))
    if rng.random() < 0.25:
        pose["tilt_x_deg"], pose["tilt_y_deg"] = turn, rng.uniform(-8, 8)
    else:
        pose["tilt_y_deg"], pose["tilt_x_deg"] = turn, rng.uniform(-8, 8)
    return pose


def make_frame(kind: str, rng: random.Random, codes: Sequence[str]) -> tuple[np.ndarray, list[str]]:
    """One frame of the given degradation ``kind`` showing ``codes`` (one or two are used)."""
    frame = make_background(rng)
    code = codes[0]
    expected = [code]
    if kind == "negative":
        expected = []
        if rng.random() < 0.6:  # a card without a code, or nothing at all
            place_card(frame, make_card(None, rng), **_pose(rng, (120, 200), 15, 15))
    elif kind == "two":
        second = codes[1]
        expected = [code, second]
        for text, cx in ((code, rng.uniform(300, 420)), (second, rng.uniform(860, 980))):
            pose = _pose(rng, (100, 150), 12, 15)
            pose["centre"] = (cx, rng.uniform(300, 420))
            place_card(frame, make_card(text, rng), **pose)
    elif kind == "small":
        place_card(frame, make_card(code, rng), **_pose(rng, (60, 90), 10, 10))
    elif kind == "tilt":
        pose = _pose(rng, (110, 180), 180, 45)
        place_card(frame, make_card(code, rng), **pose)
    elif kind == "far":
        # 33 modules with the quiet zone (version 2) at 1.5–2 px each
        place_card(frame, make_card(code, rng), **_pose(rng, (50, 66), 10, 10))
    elif kind == "couple":
        second = codes[1]
        expected = [code, second]
        near_left = rng.random() < 0.5
        x_left, x_right = rng.uniform(250, 500), rng.uniform(780, 1030)
        for i, (text, cx) in enumerate(((code, x_left), (second, x_right))):
            near = (i == 0) == near_left
            pose = _pose(rng, (120, 180) if near else (70, 110), 20, 25)
            pose["centre"] = (cx, rng.uniform(250, 470))
            place_card(frame, make_card(text, rng), **pose, shade=rng.uniform(0.7, 1.0))
    elif kind == "waved":
        place_card(frame, make_card(code, rng), **_pose(rng, (110, 200), 10, 12))
    elif kind == "remote":  # 33–37 modules (quiet zone included) at 2.2–3 px, rotated
        place_card(frame, make_card(code, rng), **_pose(rng, (75, 105), 30, 15))
    elif kind == "turned":
        place_card(frame, make_card(code, rng), **_turned(rng, (95, 170)))
    elif kind == "pairturn":
        second = codes[1]
        expected = [code, second]
        x_left, x_right = rng.uniform(250, 480), rng.uniform(800, 1030)
        turned_left = rng.random() < 0.5
        for i, (text, cx) in enumerate(((code, x_left), (second, x_right))):
            pose = _turned(rng, (100, 160)) if (i == 0) == turned_left else (
                _pose(rng, (100, 160), 15, 15))  # fmt: skip
            pose["centre"] = (cx, rng.uniform(260, 460))
            place_card(frame, make_card(text, rng), **pose)
    else:
        place_card(frame, make_card(code, rng), **_pose(rng, (110, 200), 10, 12))

    if kind == "blur":
        frame = defocus(frame, rng.uniform(2.0, 4.0))
    elif kind == "motion":
        frame = motion_blur(frame, rng.uniform(5, 12), rng.uniform(0, 180))
    elif kind == "dim":
        frame = dim(frame, rng.uniform(0.12, 0.25), rng.uniform(3, 7), rng)
    elif kind == "jpeg":
        frame = sensor_noise(frame, 3, rng)
        frame = jpeg(frame, rng.randrange(30, 51))
    elif kind == "waved":  # waved sideways: a mostly horizontal blur, a little defocus
        frame = defocus(frame, rng.uniform(0.5, 1.2))
        frame = motion_blur(frame, rng.uniform(6.5, 10), rng.uniform(-12, 12))
        frame = sensor_noise(frame, 2.5, rng)
    elif kind == "remote":  # far from the desk's lamp: dim, a little out of focus
        frame = defocus(frame, rng.uniform(1.0, 1.8))
        frame = dim(frame, rng.uniform(0.25, 0.45), rng.uniform(3, 5), rng)
    elif kind == "couple":  # the further badge is a little out of focus
        frame = defocus(frame, rng.uniform(0.5, 1.5))
        frame = sensor_noise(frame, 2.5, rng)
    elif kind == "mixed":
        frame = defocus(frame, rng.uniform(1.0, 2.5))
        frame = motion_blur(frame, rng.uniform(2, 7), rng.uniform(0, 180))
        frame = dim(frame, rng.uniform(0.3, 0.6), rng.uniform(2, 5), rng)
        frame = jpeg(frame, rng.randrange(40, 70))
    else:  # every webcam softens and adds a little noise
        frame = defocus(frame, rng.uniform(0.0, 1.2))
        frame = sensor_noise(frame, 2.5, rng)
    return frame, expected


def make_set(n_per_kind: int, seed: int = 0, kinds: Sequence[str] = KINDS):
    """``[(name, frame, expected_codes)]``: ``n_per_kind`` frames of each degradation kind."""
    rng = random.Random(seed)
    out = []
    for kind in kinds:
        for i in range(n_per_kind):
            codes = [code_from_seed(rng), code_from_seed(rng)]
            frame, expected = make_frame(kind, rng, codes)
            out.append((f"{kind}-{i:03d}", frame, expected))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out_dir = Path(argv[0] if argv else "synth_frames")
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, frame, expected in make_set(2, seed=1):
        cv2.imwrite(str(out_dir / f"{name}.png"), frame)
        print(name, " ".join(expected))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
