"""Boxes in a camera frame for the QR decoder (``itday.services.decoding``): where a badge
may be (the most textured regions, the symbols zxing-cpp saw but could not read), how boxes
overlap and merge, crops around them, and the motion-blur lengths to try."""

from __future__ import annotations

import math

import cv2
import numpy as np

from itday.services.enhance import finder_patterns, stretch


def motion_lengths(blur_px: float | None, defaults) -> tuple[float, ...]:
    """Blur lengths to try: from the badge's motion between frames first (the shutter is
    open for half to all of a frame), then the usual ones, none within 1.5 px of another."""
    moved = ()
    if blur_px is not None and blur_px >= 6.0:
        moved = tuple(round(min(40.0, blur_px * f), 1) for f in (0.5, 0.75, 1.0))
    return distinct((*moved, *defaults), gap=1.5)


def angle_gap(a: float, b: float) -> float:
    """Degrees between two directions of a line (180° apart is the same line)."""
    gap = abs(a - b) % 180.0
    return min(gap, 180.0 - gap)


def distinct(lengths, gap: float = 1.0) -> tuple[float, ...]:
    """``lengths`` in order, without None and without one within ``gap`` of an earlier one."""
    kept: list[float] = []
    for length in lengths:
        if length is not None and all(abs(length - k) >= gap for k in kept):
            kept.append(length)
    return tuple(kept)


def middle(box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2.0, (box[1] + box[3]) / 2.0


def distance(a, b) -> float:
    (ax, ay), (bx, by) = middle(a), middle(b)
    return math.hypot(ax - bx, ay - by)


def same_box(a, b, tolerance: float = 0.1) -> bool:
    side = max(a[2] - a[0], a[3] - a[1], 1.0)
    return all(abs(p - q) <= tolerance * side for p, q in zip(a, b, strict=True))


def crop_around(gray: np.ndarray, box, margin_ratio: float):
    """``(crop, (x0, y0))`` around ``box`` with a margin, or None if too small."""
    h, w = gray.shape
    x0, y0, x1, y1 = box
    side = max(x1 - x0, y1 - y0)
    margin = margin_ratio * side + 8
    cx0, cy0 = int(max(0, x0 - margin)), int(max(0, y0 - margin))
    cx1, cy1 = int(min(w, x1 + margin)), int(min(h, y1 + margin))
    if cx1 - cx0 < 16 or cy1 - cy0 < 16:
        return None
    return gray[cy0:cy1, cx0:cx1], (float(cx0), float(cy0))


def textured_regions(gray: np.ndarray, limit: int = 3) -> list[tuple[float, float, float, float]]:
    """Boxes (frame pixels) of the blobs richest in edges of both directions, best first.

    A QR symbol is a dense patch of horizontal and vertical edges; text has mostly one
    kind per stroke and large areas of clutter have few.  Computed on a half-size frame.
    """
    small = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    gx = cv2.convertScaleAbs(cv2.Sobel(small, cv2.CV_16S, 1, 0, ksize=3))
    gy = cv2.convertScaleAbs(cv2.Sobel(small, cv2.CV_16S, 0, 1, ksize=3))
    ex = cv2.blur(gx, (9, 9))
    ey = cv2.blur(gy, (9, 9))
    energy = cv2.min(ex, ey)
    peak = float(energy.max())
    if peak < 6:
        return []
    mask = (energy >= max(6.0, 0.45 * peak)).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    # findContours is ~10× faster than connectedComponentsWithStats here
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    integral = cv2.integral(energy)  # edge energy summed over each blob's box
    blobs = []
    for contour in contours:
        x, y, bw, bh = cv2.boundingRect(contour)
        if bw < 10 or bh < 10 or bw > 3 * bh or bh > 3 * bw:
            continue
        area = cv2.contourArea(contour)
        box = bw * bh
        total = (
            integral[y + bh, x + bw] - integral[y, x + bw] - integral[y + bh, x] + integral[y, x]
        )
        # mean edge energy over the box, times how much of the box the blob fills
        score = float(total) / box * area / box
        blobs.append((score, (2.0 * x, 2.0 * y, 2.0 * (x + bw), 2.0 * (y + bh))))
    blobs.sort(key=lambda b: -b[0])
    return [b for _, b in blobs[:limit]]


def overlap(a, b) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return inter / smaller if smaller > 0 else 0.0


def merge_boxes(boxes: list, shape: tuple[int, ...]) -> list:
    """``boxes`` that could hold a badge, without those mostly inside an earlier one."""
    merged: list = []
    for box in boxes:
        if plausible(box, shape) and not any(overlap(box, m) > 0.5 for m in merged):
            merged.append(box)
    return merged


def plausible(box, shape: tuple[int, ...]) -> bool:
    """Whether a symbol zxing-cpp saw but could not read may be a badge: not a sliver nor
    a span across the frame (one such box, 1145×367 px, cost 50 ms a frame to crop, and
    the tracker then followed it for eight frames while the badge went by)."""
    w, h = box[2] - box[0], box[3] - box[1]
    if w <= 0 or h <= 0:
        return False
    return max(w, h) <= 0.75 * min(shape[:2]) and max(w, h) <= 2.5 * min(w, h)


def squeeze_of(box) -> tuple[float, str]:
    """How much longer the box is than wide (or the reverse), and the short axis: a badge
    turned away from the camera is squeezed along it (``(2.0, "x")`` at 60° about its
    vertical axis)."""
    w, h = max(box[2] - box[0], 1.0), max(box[3] - box[1], 1.0)
    return (h / w, "x") if w <= h else (w / h, "y")


def finders_in(gray: np.ndarray, box, margin_ratio: float = 0.2) -> int:
    """The finder patterns in a crop around ``box`` (at most 3); a squeezed box is also
    looked at stretched back to a square, where a turned badge's patterns are round again."""
    cropped = crop_around(gray, box, margin_ratio)
    if cropped is None:
        return 0
    crop = cropped[0]
    count = finder_patterns(crop)
    ratio, axis = squeeze_of(box)
    if count < 2 and ratio >= 1.4:
        ratio = min(ratio, 3.0)
        square = stretch(crop, ratio, 1.0) if axis == "x" else stretch(crop, 1.0, ratio)
        count = max(count, finder_patterns(square))
    return min(count, 3)
