"""Label badges for a 300 dpi printer: every QR module is a whole number of dots."""

from __future__ import annotations

import datetime
import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image

from itday.services.pdf import badges as B
from itday.services.pdf.qr import qr_matrix, snap_to_dots

EVENT = B.EventInfo("Innovation IT Day 2017", datetime.date(2017, 6, 29), "Diagora, Labège")
BADGE = B.BadgeData("Amélie", "Aubry", "Météo-France", "visitor", "ITD-SSMJPLFLOAIFWTAMNA")

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")


def qr_runs(pdf, layout: str, tmp_path, snapped: bool, dpi: int = 300):
    """Lengths of the dark runs (rows and columns) of the QR code printed at ``dpi`` with
    no anti-aliasing, as a thermal printer prints, and the module's width in dots."""
    stem = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-aa", "no", "-aaVector", "no", "-singlefile",
         "-png", str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    page = np.array(Image.open(f"{stem}.png").convert("L")) < 128
    w, h = B.LAYOUTS[layout].page_size
    g = B._geometry(w, h)
    n = qr_matrix(BADGE.code).shape[0]
    x, y, size = g.qr_x, g.qr_y, g.qr_size
    if snapped:
        x, y, size = snap_to_dots(x, y, size, n, dpi, h)
    k = dpi / 72
    left, top, side = round(x * k), round((h - y - size) * k), round(size * k)
    square = page[top : top + side + 1, left : left + side + 1]
    runs = []
    for line in [*square, *square.T]:
        edges = np.diff(np.concatenate([[0], line.astype(np.int8), [0]]))
        runs += list(np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1))
    return runs, size * k / n


@pytest.mark.parametrize("layout", ["label54x90", "label62x100"])
def test_qr_modules_fall_on_whole_dots(layout, tmp_path):
    pdf = tmp_path / "badge.pdf"
    B.render_badges(pdf, [BADGE], EVENT, layout, dpi=300)
    runs, module = qr_runs(pdf, layout, tmp_path, snapped=True)
    assert module == pytest.approx(round(module)) and module >= 6
    # every run is a whole number of modules (plus the rasteriser's constant dot gain)
    assert len(runs) > 200 and len({r % round(module) for r in runs}) == 1
    # Without the printer's resolution the modules alternate between two widths.
    plain = tmp_path / "plain.pdf"
    B.render_badges(plain, [BADGE], EVENT, layout)
    runs, module = qr_runs(plain, layout, tmp_path, snapped=False)
    assert len({r % round(module) for r in runs}) > 1


def test_snap_keeps_the_code_centred_and_not_larger():
    x, y, size = snap_to_dots(40.3, 33.7, 76.51, 33, 300, 255.118)
    dot = 72 / 300
    assert size <= 76.51 and round(size / dot) % 33 == 0
    assert abs((x + size / 2) - (40.3 + 76.51 / 2)) <= dot
    top = 255.118 - (y + size)
    assert abs(top / dot - round(top / dot)) < 1e-6  # the top edge on the dot grid
    assert abs(x / dot - round(x / dot)) < 1e-6
