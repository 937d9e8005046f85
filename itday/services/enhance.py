"""Image operations behind the decoder's second chances: deblurring along the motion,
enlarging and sharpening small crops, and a finder-pattern test for QR-like regions.

Pure numpy/OpenCV on grayscale ``uint8`` crops (a few hundred pixels a side: each call
costs well under a millisecond there; none of them is meant for a whole 720p frame).
"""

from __future__ import annotations

import math

import cv2
import numpy as np


def unsharp(gray: np.ndarray, sigma: float, amount: float) -> np.ndarray:
    blurred = cv2.GaussianBlur(gray, (0, 0), sigma)
    return cv2.addWeighted(gray, 1.0 + amount, blurred, -amount, 0)


def line_psf(length: float, angle_deg: float) -> np.ndarray:
    """The point spread function of a straight motion of ``length`` pixels."""
    k = int(math.ceil(length)) | 1
    kernel = np.zeros((k, k), np.float32)
    c = k // 2
    dx = math.cos(math.radians(angle_deg)) * length / 2
    dy = math.sin(math.radians(angle_deg)) * length / 2
    cv2.line(kernel, (int(round(c - dx)), int(round(c - dy))),
             (int(round(c + dx)), int(round(c + dy))), 1.0, 1, cv2.LINE_AA)  # fmt: skip
    return kernel / kernel.sum()


def disk_psf(radius: float) -> np.ndarray:
    """The point spread function of a lens out of focus: a disc of ``radius`` pixels."""
    r = int(math.ceil(radius))
    kernel = np.zeros((2 * r + 1, 2 * r + 1), np.float32)
    cv2.circle(kernel, (r, r), max(1, int(round(radius))), 1.0, -1, cv2.LINE_AA)
    return kernel / kernel.sum()


class Deconvolution:
    """Wiener deconvolutions of one crop by several point spread functions (the blur
    lengths and directions tried one after the other), ``Deconvolution(crop)(psf, nsr)``.

    The crop is padded by reflection first so that its borders do not ring into the code;
    the padded crop's spectrum is computed once per padding (rounded up to 8 px, so that
    nearby lengths share it), a quarter of each deconvolution's cost."""

    def __init__(self, gray: np.ndarray) -> None:
        self.gray = gray
        self._spectra: dict[int, np.ndarray] = {}

    def _spectrum(self, pad: int) -> np.ndarray:
        if pad not in self._spectra:
            h, w = self.gray.shape
            big_h = cv2.getOptimalDFTSize(h + 2 * pad)
            big_w = cv2.getOptimalDFTSize(w + 2 * pad)
            padded = cv2.copyMakeBorder(
                self.gray, pad, big_h - h - pad, pad, big_w - w - pad, cv2.BORDER_REFLECT
            ).astype(np.float32)
            # OpenCV's transforms: about twice as fast as numpy's on these sizes
            self._spectra[pad] = cv2.dft(padded, flags=cv2.DFT_COMPLEX_OUTPUT)
        return self._spectra[pad]

    def __call__(self, psf: np.ndarray, nsr: float = 0.01) -> np.ndarray:
        h, w = self.gray.shape
        pad = -(-(max(psf.shape) + 4) // 8) * 8
        image_f = self._spectrum(pad)
        big_h, big_w = image_f.shape[:2]
        kernel = np.zeros((big_h, big_w), np.float32)
        kh, kw = psf.shape
        kernel[:kh, :kw] = psf
        kernel = np.roll(kernel, (-(kh // 2), -(kw // 2)), (0, 1))
        kernel_f = cv2.dft(kernel, flags=cv2.DFT_COMPLEX_OUTPUT)
        restored = cv2.mulSpectrums(image_f, kernel_f, 0, conjB=True)
        restored /= (kernel_f[..., 0] ** 2 + kernel_f[..., 1] ** 2 + nsr)[..., None]
        out = cv2.idft(restored, flags=cv2.DFT_SCALE | cv2.DFT_REAL_OUTPUT)
        out = out[pad : pad + h, pad : pad + w]
        return np.clip(out, 0, 255).astype(np.uint8)


def motion_direction(gray: np.ndarray) -> tuple[float, float]:
    """``(angle_deg, anisotropy)`` of the blur in ``gray``.

    A QR symbol has as much edge across as along any direction; a motion blurs away the
    edges across its path, so the weakest gradient direction of the structure tensor is
    the motion's.  ``anisotropy`` is 0 for no preferred direction, near 1 for a strong blur.
    """
    gx = cv2.Sobel(gray, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(gray, cv2.CV_32F, 0, 1, ksize=3)
    jxx, jyy, jxy = (
        float(np.dot(gx.ravel(), gx.ravel())),
        float(np.dot(gy.ravel(), gy.ravel())),
        float(np.dot(gx.ravel(), gy.ravel())),
    )
    trace = jxx + jyy
    if trace <= 0:
        return 0.0, 0.0
    spread = math.sqrt(max(0.0, (jxx - jyy) ** 2 / 4 + jxy * jxy))
    strongest = 0.5 * math.degrees(math.atan2(2 * jxy, jxx - jyy))
    return (strongest + 90.0) % 180.0, 2 * spread / trace


def blur_length(gray: np.ndarray, angle_deg: float, longest: int = 40) -> float | None:
    """Length in pixels of a motion blur along ``angle_deg`` in ``gray``, or None.

    A straight motion of L pixels multiplies the spectrum along its path by a sinc whose
    zeros fall every 1/L: the log spectrum ripples with period 1/L, and its inverse
    transform (the cepstrum) has a deep negative peak at L.  The crop is turned so that
    the motion runs along the rows, whose spectra are averaged.  The symbol's modules make
    a dip at their own period, in every direction: a dip that the columns' cepstrum shows
    too is theirs, and the next one along the rows is taken.  About 0.5 ms on a 150-pixel
    crop.
    Only meaningful on a crop whose gradients say it is blurred; None for a crop too small.
    """
    h, w = gray.shape
    side = min(h, w) * 2 // 3  # the middle: the turned corners are reflections
    low, high = 4, min(longest, side // 2)
    if high - low < 4:
        return None
    turn = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle_deg, 1.0)
    turned = cv2.warpAffine(gray, turn, (w, h), flags=cv2.INTER_LINEAR,
                            borderMode=cv2.BORDER_REFLECT)  # fmt: skip
    y0, x0 = (h - side) // 2, (w - side) // 2
    middle = turned[y0 : y0 + side, x0 : x0 + side].astype(np.float32)
    along = _row_cepstrum(middle)[low:high]
    across = _row_cepstrum(np.ascontiguousarray(middle.T))[low:high]
    k, module = int(np.argmin(along)), int(np.argmin(across))
    if abs(k - module) <= 1:  # the modules' period, seen across the motion as well
        along[max(0, module - 1) : module + 2] = np.inf
        k = int(np.argmin(along))
    return float(low + k)


def _row_cepstrum(rows: np.ndarray) -> np.ndarray:
    """The cepstrum of the rows' mean power spectrum (each row windowed, zero-padded)."""
    n = rows.shape[1]
    rows = (rows - rows.mean(axis=1, keepdims=True)) * np.hanning(n).astype(np.float32)
    padded = cv2.copyMakeBorder(rows, 0, 0, 0, n, cv2.BORDER_CONSTANT)
    spectra = cv2.dft(padded, flags=cv2.DFT_ROWS | cv2.DFT_COMPLEX_OUTPUT)[:, : n + 1]
    power = (spectra[..., 0] ** 2 + spectra[..., 1] ** 2).mean(axis=0)
    return np.fft.irfft(np.log(power + 1e-3))


def enlarge(gray: np.ndarray, scale: float) -> np.ndarray:
    if scale <= 1.05:
        return gray
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)


def stretch(gray: np.ndarray, fx: float, fy: float) -> np.ndarray:
    """``gray`` resized by ``fx`` across and ``fy`` down (cubic)."""
    return cv2.resize(gray, None, fx=fx, fy=fy, interpolation=cv2.INTER_CUBIC)


FINDER_SIDE_PX = 240.0


def finder_patterns(gray: np.ndarray) -> int:
    """How many QR finder patterns (a dark square ring around a dark square, nested
    three contours deep, about square) a crop holds; crops of small codes are enlarged
    first so that the 3-module centre survives thresholding."""
    side = max(gray.shape)
    img = enlarge(gray, min(4.0, FINDER_SIDE_PX / side)) if side < FINDER_SIDE_PX else gray
    binary = cv2.adaptiveThreshold(
        img, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 5
    )
    contours, hierarchy = cv2.findContours(binary, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return 0
    tree = hierarchy[0]
    child = tree[:, 2]
    has_child = child >= 0
    grandchild = np.full(len(tree), -1)
    grandchild[has_child] = tree[child[has_child], 2]
    count = 0
    for i in np.flatnonzero(grandchild >= 0):  # ring, gap, centre: few of these
        x, y, w, h = cv2.boundingRect(contours[i])
        if w < 6 or h < 6 or w > 2 * h or h > 2 * w:
            continue
        _, _, cw, ch = cv2.boundingRect(contours[grandchild[i]])
        if not (0.15 < cw / w < 0.7 and 0.15 < ch / h < 0.7):
            continue
        count += 1
    return count
