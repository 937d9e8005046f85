"""QR matrices for badges, drawn as vector rectangles.

The matrix comes from the ``qrcode`` library (error correction Q, smallest version, 4 quiet
modules).  ``qrcode`` picks the mask by building all eight candidates in pure Python, which
costs about 2 ms a code: too slow for 900 badges.  We let it build the symbol once with mask
0, derive the seven other candidates with numpy (same data bits, other mask, other format
information) and score them with the ISO/IEC 18004 penalty rules, vectorised.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import qrcode
from qrcode import util as qr_util
from qrcode.constants import ERROR_CORRECT_Q

BORDER = 4  # quiet zone, in modules


@lru_cache(maxsize=8)
def _tables(version: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For one version: data-module map, the 8 mask patterns, the 8 function-module layers."""
    n = version * 4 + 17
    q = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_Q, border=0)
    q.modules_count = n
    functions = np.zeros((8, n, n), dtype=bool)
    data = None
    for k in range(8):
        q.modules = [[None] * n for _ in range(n)]
        q.setup_position_probe_pattern(0, 0)
        q.setup_position_probe_pattern(n - 7, 0)
        q.setup_position_probe_pattern(0, n - 7)
        q.setup_position_adjust_pattern()
        q.setup_timing_pattern()
        q.setup_type_info(False, k)
        if version >= 7:
            q.setup_type_number(False)
        data = np.array([[cell is None for cell in row] for row in q.modules])
        functions[k] = np.array([[bool(cell) for cell in row] for row in q.modules])
    i, j = np.indices((n, n))
    masks = np.array(
        [np.vectorize(qr_util.mask_func(k))(i, j).astype(bool) for k in range(8)], dtype=bool
    )
    return data, masks, functions


def _run_penalty(a: np.ndarray) -> np.ndarray:
    """Rule 1 along the last axis: each run of ≥ 5 same-colour modules costs its length − 2."""
    eq = a[..., 1:] == a[..., :-1]
    win = eq[..., :-3] & eq[..., 1:-2] & eq[..., 2:-1] & eq[..., 3:]  # uniform 5-windows
    starts = win.copy()
    starts[..., 1:] &= ~eq[..., :-4]  # windows that begin a run
    return win.sum(axis=(1, 2)) + 2 * starts.sum(axis=(1, 2))


_FINDER_1 = np.array([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], dtype=bool)
_FINDER_2 = _FINDER_1[::-1].copy()


def _finder_penalty(a: np.ndarray) -> np.ndarray:
    """Rule 3 along the last axis: 1:1:3:1:1 patterns with 4 light modules beside, 40 each."""
    n = a.shape[-1]
    span = n - 10
    m1 = np.ones(a.shape[:-1] + (span,), dtype=bool)
    m2 = m1.copy()
    for t in range(11):
        window = a[..., t : t + span]
        m1 &= window == _FINDER_1[t]
        m2 &= window == _FINDER_2[t]
    return 40 * (m1.sum(axis=(1, 2)) + m2.sum(axis=(1, 2)))


def penalties(candidates: np.ndarray) -> np.ndarray:
    """ISO/IEC 18004 mask penalty of each of the (k, n, n) candidate symbols."""
    k = candidates.shape[0]
    both = np.concatenate([candidates, candidates.transpose(0, 2, 1)])  # rows, then columns
    lines = _run_penalty(both) + _finder_penalty(both)
    score = lines[:k] + lines[k:]
    c = candidates
    blocks = (c[:, :-1, :-1] == c[:, 1:, :-1]) & (c[:, :-1, :-1] == c[:, :-1, 1:])
    blocks &= c[:, :-1, :-1] == c[:, 1:, 1:]
    score += 3 * blocks.sum(axis=(1, 2))
    dark = candidates.mean(axis=(1, 2)) * 100
    score += 10 * (np.abs(dark - 50) // 5).astype(int)
    return score


def qr_symbol(payload: str) -> tuple[np.ndarray, int]:
    """(matrix without quiet zone, chosen mask) for ``payload``; True is a dark module."""
    q = qrcode.QRCode(version=None, error_correction=ERROR_CORRECT_Q, border=0, mask_pattern=0)
    q.add_data(payload)
    q.make(fit=True)
    data, masks, functions = _tables(q.version)
    m0 = np.array(q.modules, dtype=bool)
    bits = m0 ^ masks[0]  # unmasked data bits (meaningful on data modules only)
    candidates = np.where(data, bits ^ masks, functions)
    best = int(np.argmin(penalties(candidates)))
    return candidates[best], best


def qr_matrix(payload: str) -> np.ndarray:
    """The QR matrix of ``payload`` with its 4-module quiet zone (True is dark)."""
    symbol, _ = qr_symbol(payload)
    return np.pad(symbol, BORDER)


def dark_runs(matrix: np.ndarray) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (row, first column, length)."""
    n_rows, n_cols = matrix.shape
    padded = np.zeros((n_rows, n_cols + 2), dtype=np.int8)
    padded[:, 1:-1] = matrix
    edges = np.diff(padded.ravel())
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    width = n_cols + 2
    rows = starts // width
    cols = starts % width  # padded index of the first dark module, minus 1 → its column
    return list(zip(rows.tolist(), cols.tolist(), (ends - starts).tolist(), strict=True))


def snap_to_dots(
    x: float, y: float, size: float, modules: int, dpi: float, page_height: float
) -> tuple[float, float, float]:
    """The square (x, y, size) shrunk and moved so that each module is a whole number of
    printer dots at ``dpi``, its edges on the dot grid (counted from the page's top-left
    corner, where printers and rasterisers start), centred where it was."""
    dot = 72.0 / dpi
    per_module = max(1, math.floor(size / modules / dot + 1e-6))
    new = per_module * modules * dot
    left = round((x + (size - new) / 2) / dot) * dot
    top = round((page_height - (y + (size + new) / 2)) / dot) * dot
    return left, page_height - top - new, new


def draw_qr(
    canvas,
    x: float,
    y: float,
    size: float,
    payload: str,
    *,
    dpi: float | None = None,
    page_height: float | None = None,
) -> None:
    """Draw the QR code of ``payload`` (quiet zone included) in the square at (x, y, size).

    With ``dpi`` (and the page's height) the modules are whole printer dots: a 300 dpi label
    printer then prints every module the same width instead of alternating 9 and 10 dots."""
    matrix = qr_matrix(payload)
    n = matrix.shape[0]
    if dpi and page_height:
        x, y, size = snap_to_dots(x, y, size, n, dpi, page_height)
    ops = [f"{c} {n - 1 - r} {length} 1 re" for r, c, length in dark_runs(matrix)]
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.translate(x, y)
    canvas.scale(size / n, size / n)
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()
