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


def wiener(gray: np.ndarray, psf: np.ndarray, nsr: float = 0.01) -> np.ndarray:
    """Wiener deconvolution of ``gray`` by ``psf`` (noise-to-signal ratio ``nsr``).

    The crop is padded by reflection first so that its borders do not ring into the code.
    """
    h, w = gray.shape
    pad = max(psf.shape) + 4
    big_h = cv2.getOptimalDFTSize(h + 2 * pad)
    big_w = cv2.getOptimalDFTSize(w + 2 * pad)
    padded = cv2.copyMakeBorder(
        gray, pad, big_h - h - pad, pad, big_w - w - pad, cv2.BORDER_REFLECT
    ).astype(np.float32)
    kernel = np.zeros((big_h, big_w), np.float32)
    kh, kw = psf.shape
    kernel[:kh, :kw] = psf
    kernel = np.roll(kernel, (-(kh // 2), -(kw // 2)), (0, 1))
    image_f = np.fft.rfft2(padded)
    kernel_f = np.fft.rfft2(kernel)
    restored = image_f * np.conj(kernel_f) / (np.abs(kernel_f) ** 2 + nsr)
    out = np.fft.irfft2(restored, s=(big_h, big_w))[pad : pad + h, pad : pad + w]
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


def enlarge(gray: np.ndarray, scale: float) -> np.ndarray:
    if scale <= 1.05:
        return gray
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)


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
