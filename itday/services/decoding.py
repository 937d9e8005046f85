"""QR decoding for the check-in station: a fast first pass, then cheap second chances.

The settings below were chosen by measurement with ``benchmarks/bench_decode.py`` on
synthetic 1280×720 webcam frames (``benchmarks/synth.py``):

* First pass: zxing-cpp restricted to QR codes, on the grayscale frame, ``LocalAverage``
  binarizer (``GlobalHistogram`` lost about a quarter of the frames: dim light, blur),
  ``try_rotate=False`` (a QR code is found in any orientation anyway; rotation only matters
  for linear barcodes) and ``try_invert=False`` (badges are dark on light): same success
  rate, about 1.5 ms instead of 13 ms for zxing-cpp with every format and option.
  ``try_downscale`` stays on: about 0.3 ms more, and it reads badges held very close and
  out of focus (18/30 against 15/30 with a 550–700 px code and heavy defocus).
  ``return_errors=True`` gives, for free, where a symbol was seen but not read.
* Second chances, only when the first pass read nothing: the whole frame sharpened
  (unsharp mask: rescues defocus), the whole frame with ``FixedThreshold`` (better than
  ``LocalAverage`` on motion blur, useless in dim light: hence a second chance, not the
  first pass), then crops around likely code regions (the symbols zxing saw but could not
  read, plus the most textured blob of a half-size edge map), each contrast-stretched,
  sharpened and enlarged (small, far badges), read with both binarizers.
  Every second chance has a small fixed cost, so a frame with no code at all (most frames
  at a station) stays under about 10 ms.
* When some codes were read and other symbols only seen (two badges in view), crops of the
  unread ones are tried too.
* Motion blur is undone by Wiener deconvolution along the direction of the weakest
  gradients, with the blur's length measured on the crop (``blur_length``, its cepstrum)
  tried first, then the usual lengths: a badge moved 12–13 px while the shutter was open
  is read only with the measured length (``test_a_long_blur_is_undone_with_the_length_measured``).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from itday.core.badge import CodeKind
from itday.core.badge import parse as parse_code
from itday.services.enhance import (
    Deconvolution,
    blur_length,
    disk_psf,
    enlarge,
    finder_patterns,
    line_psf,
    motion_direction,
    stretch,
    unsharp,
)
from itday.services.regions import (
    angle_gap,
    crop_around,
    distance,
    finders_in,
    merge_boxes,
    middle,
    motion_lengths,
    overlap,
    same_box,
    squeeze_of,
    textured_regions,
)

_QR = zxingcpp.BarcodeFormat.QRCode


@dataclass(frozen=True)
class Found:
    text: str
    x: float  # centre of the symbol in frame pixels
    y: float
    box: tuple[float, float, float, float] | None = None  # (x0, y0, x1, y1), frame pixels
    processed: bool = False  # read on a deblurred, sharpened or enlarged crop


@dataclass(frozen=True)
class Motion:
    """What the live station knows of the badge it tracks: how far it moved between the
    last frames (``dx``, ``dy``: pixels per frame, image axes, y down) and its size."""

    dx: float
    dy: float
    side: float

    @property
    def length(self) -> float:
        return math.hypot(self.dx, self.dy)

    @property
    def angle(self) -> float:
        """Direction of the motion, degrees (image axes)."""
        return math.degrees(math.atan2(self.dy, self.dx))


def to_gray(frame: np.ndarray) -> np.ndarray:
    """Grayscale uint8 view of a BGR, BGRA or grayscale frame."""
    if not isinstance(frame, np.ndarray) or frame.size == 0:
        raise ValueError("image vide ou invalide")
    if frame.dtype != np.uint8:
        frame = np.clip(frame, 0, 255).astype(np.uint8)
    if frame.ndim == 2:
        return np.ascontiguousarray(frame)
    if frame.ndim == 3 and frame.shape[2] == 1:
        return np.ascontiguousarray(frame[:, :, 0])
    if frame.ndim == 3 and frame.shape[2] == 3:
        return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    if frame.ndim == 3 and frame.shape[2] == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY)
    raise ValueError(f"format d'image non pris en charge : {frame.shape}")


def _centre(position) -> tuple[float, float]:
    pts = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    return sum(p.x for p in pts) / 4.0, sum(p.y for p in pts) / 4.0


def _box(position) -> tuple[float, float, float, float]:
    pts = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    xs, ys = [p.x for p in pts], [p.y for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


class QRDecoder:
    """Finds the QR codes in a camera frame.

    Cheap to create; use one instance per thread (``last_stage`` is per-call state).
    ``budget_ms``: second chances stop once the frame has taken that long (the live
    station's time box; ``None``: no limit, for files and benchmarks).
    """

    def __init__(
        self,
        *,
        second_chances: bool = True,
        max_regions: int = 3,
        max_textured: int = 1,
        try_downscale: bool = True,
        budget_ms: float | None = None,
    ) -> None:
        self.second_chances = second_chances
        self.max_regions = max_regions
        self.max_textured = max_textured
        self.try_downscale = try_downscale
        self.budget_ms = budget_ms
        self.hint_share = 0.5  # of the time box for the regions the tracker predicts
        la, fixed = zxingcpp.Binarizer.LocalAverage, zxingcpp.Binarizer.FixedThreshold
        self.crop_variants = [(1.0, 1.0, la), (2.0, 2.0, la), (2.0, 2.0, fixed)]
        self.full_fixed = True
        self.crop_target_px = 300.0
        # motion blur: Wiener deconvolution along the measured direction, for these
        # lengths (pixels), when the crop's gradients are this anisotropic
        self.motion_lengths = (8.0, 10.5, 6.0)
        self.motion_anisotropy = 0.3
        # far badges (crops smaller than this): deconvolved for a slight defocus (a disc),
        # enlarged 2× (2 px modules become 4 px); then sharpened hard
        self.far_crop_px = 220.0
        self.tiny_crop_px = 130.0  # these start with it
        # (disc radius px, noise ratio, binarizer), in the order tried
        self.far_deconvolved = [(1.5, 0.003, fixed), (1.0, 0.003, fixed), (1.5, 0.01, la)]
        self.far_variants = [(3.0, fixed)]
        # turned badges: a crop whose box is this much longer than wide is also read
        # stretched back along its short axis
        self.unsqueeze_from = 1.3
        # two badges: with ``look_around``, the most textured regions beside the codes read
        # that hold finder patterns are read too (about 2 ms: the live station does it
        # every few frames, not on every frame)
        self.other_textured = 3
        self.last_stage = ""  # which pass read the last frame: for benchmarks and logs
        self.last_boxes: list[tuple[float, float, float, float]] = []  # regions looked at
        # whether the last frame was searched for QR-like regions (not when its time ran out
        # on the tracked region): the tracker tells a region that stayed put from one that
        # was not looked for
        self.searched = False
        self._deadline = math.inf
        self._start = 0.0
        self._lengths = self.motion_lengths
        self._moving = False
        self._motion: Motion | None = None
        self._avoid: list = []

    # -- public API -------------------------------------------------------------------
    def decode(
        self,
        frame: np.ndarray,
        hints=(),
        look_around: bool = True,
        motion: Motion | None = None,
        avoid=(),
    ) -> list[str]:
        """Distinct texts of the QR codes in ``frame``, left to right (then top to bottom).

        ``hints``: boxes (frame pixels) where a code is likely, tried first when the first
        pass reads nothing (the live station passes where the last frame's code was).
        ``look_around``: when a code is read, also look for other QR-like regions (a
        second badge zxing-cpp did not even see, one turned away); about 1–2 ms, so the
        live station (``TrackingDecoder``) does it every third frame only.  ``motion``: how the tracked badge moved
        since the last frame, when known: the motion deblur tries its direction and lengths
        from it first.  ``avoid``: boxes of clutter (textured regions that stayed put,
        unread): the search for QR-like regions passes over them to the next ones."""
        return [f.text for f in self.decode_found(frame, hints, look_around, motion, avoid)]

    def decode_found(
        self,
        frame: np.ndarray,
        hints=(),
        look_around: bool = False,
        motion: Motion | None = None,
        avoid=(),
    ) -> list[Found]:
        gray = to_gray(frame)
        start = time.perf_counter()
        self._deadline = start + self.budget_ms / 1000.0 if self.budget_ms else math.inf
        self._start = start
        found: dict[str, Found] = {}
        regions: list[tuple[float, float, float, float]] = []
        self.last_boxes = []
        self.searched = False
        blur_px = motion.length if motion is not None else None
        self._lengths = motion_lengths(blur_px, self.motion_lengths)
        self._moving = blur_px is not None and blur_px >= 6.0
        self._motion = motion
        self._avoid = list(avoid)
        self.last_stage = "first"
        self._read(gray, found, regions, try_downscale=self.try_downscale)
        if self.second_chances:
            if not found:
                self._second_chances(gray, found, regions, list(hints))
            else:
                self._other_symbols(gray, found, regions, look_around)
        if not found:
            self.last_stage = "none"
        return sorted(found.values(), key=lambda f: (f.x, f.y, f.text))

    def _out_of_time(self) -> bool:
        return time.perf_counter() > self._deadline

    # -- passes -----------------------------------------------------------------------
    def _read(
        self,
        gray: np.ndarray,
        found: dict[str, Found],
        regions: list | None,
        *,
        try_downscale: bool = False,
        offset: tuple[float, float] = (0.0, 0.0),
        scale: float | tuple[float, float] = 1.0,
        binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage,
        checked: bool = False,
    ) -> bool:
        """zxing-cpp on ``gray``; valid codes go to ``found`` (in frame coordinates), the
        boxes of symbols seen but not read go to ``regions``.  True if something was read.

        ``checked``: a second chance on a processed image; a text with our prefix whose
        check characters are wrong is dropped there (never a guess)."""
        results = zxingcpp.read_barcodes(
            gray,
            formats=_QR,
            try_rotate=False,
            try_invert=False,
            try_downscale=try_downscale,
            return_errors=regions is not None,
            binarizer=binarizer,
        )
        ok = False
        sx, sy = scale if isinstance(scale, tuple) else (scale, scale)
        for r in results:
            x0, y0, x1, y1 = _box(r.position)
            box = (
                offset[0] + x0 / sx,
                offset[1] + y0 / sy,
                offset[0] + x1 / sx,
                offset[1] + y1 / sy,
            )
            if r.valid and r.text:
                if checked and parse_code(r.text).kind is CodeKind.DAMAGED:
                    continue
                if r.text not in found:
                    cx, cy = _centre(r.position)
                    found[r.text] = Found(
                        r.text, offset[0] + cx / sx, offset[1] + cy / sy, box, checked
                    )
                ok = True
            elif regions is not None:
                regions.append(box)
        return ok

    def _second_chances(
        self, gray: np.ndarray, found: dict[str, Found], regions: list, hints: list
    ) -> None:
        # 0. Where the last frames saw a code (live station): crops first, cheapest; with
        # part of the time box only, so that the frame is searched too (where the badge is
        # now tells the tracker how fast it goes).
        deadline = self._deadline
        if self.budget_ms and hints:
            self._deadline = min(deadline, self._start + self.hint_share * self.budget_ms / 1e3)
        try:
            for box in hints[:2]:
                if self._read_crop(gray, box, found):
                    self.last_stage = f"tracked {self.last_stage}"
                    return
                if self._out_of_time():
                    break
        finally:
            self._deadline = deadline
        if self._out_of_time():
            return
        # 1. The whole frame, sharpened: defocus and slight motion blur.
        self.last_stage = "sharpened"
        if self._read(unsharp(gray, 1.5, 1.0), found, regions):
            return
        if self.full_fixed and not self._out_of_time():
            self.last_stage = "fixed"
            if self._read(gray, found, regions, binarizer=zxingcpp.Binarizer.FixedThreshold):
                return
        # 2. Crops around likely symbols: enlarged, sharpened, deblurred.
        candidates = [("seen", b, True) for b in merge_boxes(regions, gray.shape)]
        if self.max_textured:
            candidates += [("textured", b, n > 0) for b, n in self._qr_like(gray)]
        self.searched = True
        tried: list[tuple[float, float, float, float]] = []
        for source, box, qr_like in candidates:
            if len(tried) >= self.max_regions or self._out_of_time():
                break
            if any(overlap(box, t) > 0.5 for t in tried) or any(
                same_box(box, h) for h in hints[:2]
            ):  # a hint is a prediction: the region found in this frame may sit better
                continue
            tried.append(box)
            if self._read_crop(gray, box, found, qr_like=qr_like):
                self.last_stage = f"{source} {self.last_stage}"
                return

    def _qr_like(self, gray: np.ndarray) -> list[tuple[tuple[float, float, float, float], int]]:
        """The ``max_textured`` most textured regions, those holding finder patterns first:
        ``[(box, finder patterns found, at most 2)]``."""
        boxes = self._textured(gray, self.max_textured + 1)

        def patterns(box) -> int:
            return min(2, finders_in(gray, box))

        counted = [(i, box, patterns(box)) for i, box in enumerate(boxes)]
        counted.sort(key=lambda ibp: (-ibp[2], ibp[0]))
        return [(box, n) for _, box, n in counted[: self.max_textured]]

    def _textured(self, gray: np.ndarray, limit: int) -> list:
        """The ``limit`` most textured regions that are not clutter to avoid."""
        boxes = textured_regions(gray, limit + len(self._avoid))
        kept = [b for b in boxes if not any(overlap(b, a) > 0.5 for a in self._avoid)]
        return kept[:limit]

    def _other_symbols(
        self, gray: np.ndarray, found: dict[str, Found], regions: list, look_around: bool
    ) -> None:
        """Some codes were read: other symbols seen but not read, and other QR-like regions
        (finder patterns), are read one by one (two badges in view)."""
        done = [f.box for f in found.values() if f.box is not None]
        for box in merge_boxes(regions, gray.shape)[: self.max_regions]:
            if any(overlap(box, d) > 0.3 for d in done) or self._out_of_time():
                continue  # the same symbol, read at another scale
            done.append(box)
            self._read_crop(gray, box, found)
        if not look_around or not self.other_textured or self._out_of_time():
            return
        sides = [max(d[2] - d[0], d[3] - d[1]) for d in done] or [0.0]
        for box in self._textured(gray, self.other_textured):
            if any(overlap(box, d) > 0.3 for d in done) or self._out_of_time():
                continue
            side = max(box[2] - box[0], box[3] - box[1])
            if side < 0.25 * min(sides) or side > 3 * max(sides) + 40:
                continue
            if finders_in(gray, box) < 2:
                continue
            done.append(box)
            self._read_crop(gray, box, found)

    def _read_crop(
        self, gray: np.ndarray, box, found: dict[str, Found], *, qr_like: bool = True
    ) -> bool:
        """Read a crop around ``box``: contrast-stretched and sharpened, deblurred along the
        motion when its gradients say so, and when ``qr_like`` (zxing-cpp saw a symbol
        there, or it holds finder patterns) deconvolved and enlarged as a far badge."""
        cropped = crop_around(gray, box, 0.35)
        if cropped is None:
            return False
        crop, offset = cropped
        self.last_boxes.append(box)
        crop = cv2.normalize(crop, None, 0, 255, cv2.NORM_MINMAX)
        scale = float(np.clip(self.crop_target_px / max(crop.shape), 1.0, 4.0))
        if scale <= 1.05:
            scale = 1.0
        attempts = self._attempts(crop, scale, qr_like, squeeze_of(box))
        for stage, img, img_scale, binarizer in attempts:
            self.last_stage = stage
            if self._read(
                img, found, None, offset=offset, scale=img_scale, binarizer=binarizer,
                checked=True,
            ):  # fmt: skip
                return True
            if self._out_of_time():
                return False
        return False

    def _deblur_psfs(self, crop: np.ndarray, angles: tuple[float, ...]):
        """``(length, angle)`` of the line blurs to deconvolve with, best bets first.

        Two estimates of the blur, each whole: the live station's (the direction the badge
        was seen moving, ``angles[0]`` when there are two, and half its displacement since
        the last frame: the shutter is open about half a frame), then the crop's own (the
        direction of its gradients, the last of ``angles``, and the length measured along
        it by ``blur_length``); then each one's length along the other's direction; then
        the usual lengths.  Measurements (about 0.5 ms each) are made only when needed."""
        tried: dict[float, list[float]] = {angle: [] for angle in angles}

        def fresh(length: float | None, angle: float) -> bool:
            done = tried[angle]
            if length is None or any(abs(length - k) < 1.0 for k in done):
                return False
            done.append(length)
            return True

        measured: dict[float, float | None] = {}

        def length_along(angle: float) -> float | None:
            if angle not in measured:
                measured[angle] = blur_length(crop, angle)
            return measured[angle]

        moved = self._lengths[0] if self._moving else None
        own = angles[-1]
        pairs = [(lambda: moved, angles[0]), (lambda: length_along(own), own)]
        for angle in angles:  # the other pairings
            pairs += [(lambda: moved, angle), (lambda a=angle: length_along(a), angle)]
        for length_of, angle in pairs:
            length = length_of()
            if fresh(length, angle):
                yield length, angle
        for length in self._lengths[1:] if self._moving else self._lengths:
            yield from ((length, angle) for angle in angles if fresh(length, angle))

    def _deblur_angles(self, measured: float) -> tuple[float, ...]:
        """Directions to deconvolve along: the one the live station saw the badge move in
        first, when known, then the one measured on the crop's gradients.  The gradients
        lean toward the symbol's own rows and columns (a badge moving 12° off the
        horizontal measured at 5°: the line blur drawn at 5° is flat, and nothing reads)."""
        if not self._moving or self._motion is None:
            return (measured,)
        tracked = self._motion.angle % 180.0
        if angle_gap(tracked, measured) < 3.0:
            return (measured,)
        return (tracked, measured)

    def _attempts(self, crop: np.ndarray, scale: float, qr_like: bool, squeeze=(1.0, "x")):
        """``(stage, image, scale, binarizer)`` to read, best bets first, made lazily.

        A tiny crop (a far badge: 1.5–2 px modules) starts with the defocus deconvolution,
        enlarged 2×; a larger one with the plain contrast-stretched, sharpened crop; then
        the motion deblur when the gradients are anisotropic (first of all when the live
        station saw the badge move); then, for a QR-like crop, the far-badge treatment."""
        la = zxingcpp.Binarizer.LocalAverage
        side = max(crop.shape)
        tiny = side <= self.tiny_crop_px
        deconvolve = Deconvolution(crop)  # the crop's spectrum shared by every attempt

        def far():
            for radius, nsr, binarizer in self.far_deconvolved:
                sharp = enlarge(deconvolve(disk_psf(radius), nsr), 2.0)
                yield f"far:defocus {radius:g}/{nsr:g}/{binarizer.name}", sharp, 2.0, binarizer
            big = enlarge(crop, 2.0)
            for amount, binarizer in self.far_variants:
                yield f"far:{amount:g}/{binarizer.name}", unsharp(big, 1.6, amount), 2.0, binarizer

        def deblur():
            # motion blur: deconvolve along the motion, at native resolution
            measured, anisotropy = motion_direction(crop)
            if anisotropy < self.motion_anisotropy:
                return
            for length, angle in self._deblur_psfs(crop, self._deblur_angles(measured)):
                img = deconvolve(line_psf(length, angle), 0.01)
                yield f"deblur:{length:g}@{angle:.0f}", enlarge(img, scale), scale, la

        if self._moving:  # the badge moved between the last frames: its blur first
            yield from deblur()
        if tiny:
            yield from far()
        for sigma, amount, binarizer in self.crop_variants:
            # sharpen at native resolution (cheap), then enlarge for small codes
            img = unsharp(crop, sigma, amount) if amount else crop
            yield f"crop:{sigma}/{amount}/{binarizer.name}", enlarge(img, scale), scale, binarizer
        if not self._moving:
            yield from deblur()
        if not tiny and qr_like and side <= self.far_crop_px:
            yield from far()
        if squeeze[0] >= self.unsqueeze_from:
            yield from self._unsqueezed(crop, scale, *squeeze, deconvolve)

    def _unsqueezed(self, crop: np.ndarray, scale: float, ratio: float, axis: str, deconvolve):
        """A badge turned away from the camera: perspective squeezes its code along one
        axis (to half its width at 60°), below two pixels a module there, and its box is
        as much longer than wide.  The crop is stretched back along that axis so that
        zxing-cpp samples each module: sharpened, then deconvolved for a slight defocus."""
        factor = float(np.clip(ratio, 1.5, 3.0))
        sx, sy = (factor * scale, scale) if axis == "x" else (scale, factor * scale)
        la, fixed = zxingcpp.Binarizer.LocalAverage, zxingcpp.Binarizer.FixedThreshold
        yield (
            f"unsqueeze:{axis}{factor:.1f}",
            unsharp(stretch(crop, sx, sy), 1.2, 1.0),
            (sx, sy),
            la,
        )
        sharp = deconvolve(disk_psf(1.5), 0.003)
        yield f"unsqueeze:{axis}{factor:.1f}/defocus", stretch(sharp, sx, sy), (sx, sy), fixed


class TrackingDecoder:
    """The live station's decoder: consecutive frames help each other.

    * **Regions of interest tracked between frames.**  Where the last frame read a code,
      saw a symbol it could not read or found the most QR-like region, moved by the
      region's last displacement and widened by it, is tried first in the next frame (with
      every second chance: deblur, enlarge), before the whole-frame passes.  A badge waved
      across the view is thus looked at where it now is, not searched for afresh.  A
      region found farther than a badge moves in a frame starts a new track.  The tracked
      region gets half the time box (``QRDecoder.hint_share``): the frame is searched too,
      and where the badge is found tells how fast it goes.
    * **Deblurred along the motion seen.**  The direction and length of the badge's
      displacement between frames are the deblur's first guess, before the direction of
      the crop's gradients and the length measured on it (the gradients lean toward the
      symbol's own rows and columns: a badge moving 12° off the horizontal measured at 5°
      was first read after 300 ms, 67 ms with the direction seen).
    * **Clutter passed over.**  A textured region looked at and left unread, without
      moving, for ``still_frames`` frames (a poster, a keyboard, a price list) is passed
      over by the search for QR-like regions for ``clutter_frames`` frames, so that the
      next most QR-like region (the badge coming into view) is looked at instead.  Without
      it, 2 waved clips in 20 were first read after 0.7–1 s: the search kept choosing a
      patch of the background more textured than the blurred badge.
    * **Time box.**  Second chances stop after ``budget_ms`` per frame (25 ms: with the
      first pass's 2–3 ms a frame stays within the 33 ms between two frames at 30 frames/s),
      so decoding never falls behind the camera; what a frame had no time for is tried in
      the next one, where the tracked region comes first.  (15 ms, tried first, cut the
      deblurring that reads a waved badge: 19/20 waved clips read, p90 77 ms to the first
      read, against 20/20 and 12–36 ms at 25 ms, 0–1 frame dropped in 1,776.)
    * **Two badges.**  While a code is in view, every ``look_around_every``-th frame also
      reads the other QR-like regions (finder patterns) zxing-cpp did not see: the second
      badge of a couple is read within a few frames, at no cost to the other frames.
    * **Confirmation.**  A code of ours carries a check (a damaged one from a processed
      image is dropped by ``QRDecoder``).  Any other text (a ticket code, a URL) read only
      on a deblurred or enlarged crop is reported once a second frame among the last
      ``confirm_window`` reads it again; read by the plain first pass, at once.

    ``decode(frame)`` is what ``CaptureWorker`` and ``TimedDecoder`` call, frame after frame,
    from one thread.
    """

    def __init__(
        self,
        decoder: QRDecoder | None = None,
        *,
        budget_ms: float | None = 25.0,
        keep_frames: int = 8,
        confirm_window: int = 4,
        look_around_every: int = 3,
    ) -> None:
        self.decoder = decoder or QRDecoder()
        if budget_ms is not None:
            self.decoder.budget_ms = budget_ms
        self.keep_frames = keep_frames  # forget a region not seen for that many frames
        self.confirm_window = confirm_window
        self.look_around_every = look_around_every  # a second badge: every few frames
        self.frame_no = 0
        self.track: tuple[float, float, float, float] | None = None
        self.velocity = (0.0, 0.0)
        self._track_frame = 0
        self.max_step = 0.5  # at most this much of its size per frame: the same region
        self.still_frames = 4  # an unread region that has not moved for that many frames
        self._still = 0
        # unread regions that stayed put: passed over for clutter_frames (then looked at
        # again: what was clutter may since hide a badge)
        self.clutter_frames = 60
        self.max_clutter = 6
        self._clutter: list[tuple[tuple[float, float, float, float], int]] = []
        self._pending: dict[str, int] = {}  # unconfirmed text → frame number first read
        self.last_stage = ""

    def reset(self) -> None:
        self.track = None
        self.velocity = (0.0, 0.0)
        self._pending.clear()
        self._clutter.clear()

    def hints(self) -> list[tuple[float, float, float, float]]:
        """The predicted region of interest for the next frame (empty when none)."""
        if self.track is None or self.frame_no - self._track_frame > self.keep_frames:
            return []
        frames = self.frame_no - self._track_frame  # frame_no is the frame about to be read
        vx, vy = self.velocity
        dx, dy = vx * frames, vy * frames
        x0, y0, x1, y1 = self.track
        # widened by the motion, at most by the region's size: a region three times its
        # size is already a poor guess, and a larger crop costs more than it brings
        grow = min(0.5 * (abs(dx) + abs(dy)), max(x1 - x0, y1 - y0))
        return [(x0 + dx - grow, y0 + dy - grow, x1 + dx + grow, y1 + dy + grow)]

    def decode(self, frame: np.ndarray) -> list[str]:
        return [f.text for f in self.decode_found(frame)]

    def decode_found(self, frame: np.ndarray) -> list[Found]:
        self.frame_no += 1
        look_around = self.look_around_every > 0 and self.frame_no % self.look_around_every == 0
        hints = self.hints()
        motion = None
        if hints and self.track is not None:
            x0, y0, x1, y1 = self.track
            motion = Motion(*self.velocity, max(x1 - x0, y1 - y0))
        found = self.decoder.decode_found(frame, hints, look_around, motion, self.clutter())
        self.last_stage = self.decoder.last_stage
        self._follow(found, hints, frame)
        return [f for f in found if self._confirmed(f)]

    def _follow(self, found: list[Found], hints: list, frame: np.ndarray) -> None:
        """Move the tracked region to this frame's code, or to the region looked at that
        continues it (near where it was predicted).  A region that stays put unread for a
        few frames is clutter (a poster, a keyboard): dropped, and passed over by the
        search for QR-like regions for a while, so that a badge coming into view is looked
        at instead."""
        fresh = [f.box for f in found if f.box is not None]
        read = bool(fresh)
        if not fresh:
            clutter = self.clutter()
            fresh = [
                b for b in self.decoder.last_boxes
                if b not in hints and not any(overlap(b, c) > 0.5 for c in clutter)
            ]  # fmt: skip
        if not fresh:
            if (
                hints
                and self.track is not None
                and math.hypot(*self.velocity) < 2.0
                and self.decoder.searched
            ):
                # only the region where it was was looked at: the search found it again
                # there (when the time ran out before the search, nothing is known)
                self._track_frame = self.frame_no
                self._count_still(read, frame)
            return
        predicted = hints[0] if hints else None
        if predicted is not None and self.track is not None:
            box = min(fresh, key=lambda b: distance(b, predicted))
            side = max(self.track[2] - self.track[0], self.track[3] - self.track[1])
            frames = max(1, self.frame_no - self._track_frame)
            (ox, oy), (nx, ny) = middle(self.track), middle(box)
            velocity = ((nx - ox) / frames, (ny - oy) / frames)
            # the same badge: near where it was predicted, and not faster than a badge
            # moves (a hand waving crosses its own width in several frames)
            if (
                distance(box, predicted) <= 1.5 * side
                and math.hypot(*velocity) <= self.max_step * side
            ):
                self.velocity = velocity
                self.track, self._track_frame = box, self.frame_no
                if read or math.hypot(*self.velocity) >= 2.0:
                    self._still = 0
                else:
                    self._count_still(read, frame)
                return
        self.track, self._track_frame = fresh[0], self.frame_no
        self.velocity, self._still = (0.0, 0.0), 0

    def _count_still(self, read: bool, frame: np.ndarray) -> None:
        self._still += 1
        if read or self._still < self.still_frames or self.track is None:
            return
        cropped = crop_around(to_gray(frame), self.track, 0.2)
        if cropped is None or finder_patterns(cropped[0]) < 2:  # not a badge held still
            self._clutter.append((self.track, self.frame_no))
        self.track, self.velocity, self._still = None, (0.0, 0.0), 0

    def clutter(self) -> list[tuple[float, float, float, float]]:
        """Boxes of the clutter to pass over now (forgotten after ``clutter_frames``)."""
        self._clutter = [
            (box, when) for box, when in self._clutter
            if self.frame_no - when <= self.clutter_frames
        ][-self.max_clutter :]  # fmt: skip
        return [box for box, _ in self._clutter]

    def _confirmed(self, found: Found) -> bool:
        if not found.processed or parse_code(found.text).kind is CodeKind.OURS:
            return True
        for text, seen in list(self._pending.items()):
            if self.frame_no - seen >= self.confirm_window:
                del self._pending[text]
        if found.text in self._pending and self._pending[found.text] < self.frame_no:
            self._pending[found.text] = self.frame_no - 1  # stays confirmed while in view
            return True
        self._pending.setdefault(found.text, self.frame_no)
        return False


def decode_image_file(path: str | Path, decoder: QRDecoder | None = None) -> list[str]:
    """Codes found in an image file (for ``itday decode``).

    Raises ``ValueError`` with a one-line French message if the file is missing or is not an
    image OpenCV can read.
    """
    p = Path(path)
    if not p.is_file():
        raise ValueError(f"fichier introuvable : {p}")
    data = np.fromfile(str(p), dtype=np.uint8)  # works with non-ASCII paths on Windows too
    image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
    if image is None:
        raise ValueError(f"ce fichier n'est pas une image lisible : {p}")
    return (decoder or QRDecoder()).decode(image)


def timed_decode(decoder: QRDecoder, frame: np.ndarray) -> tuple[list[str], float]:
    """``(codes, milliseconds)``: what ``itday decode`` and ``itday replay`` report."""
    start = time.perf_counter()
    codes = decoder.decode(frame)
    return codes, (time.perf_counter() - start) * 1000.0
