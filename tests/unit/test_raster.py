"""itday.services.pdf.raster: page count and pixel size, QR badges read back, errors,
cancellation, the pdftoppm fallback and rendering in a worker thread (no Qt app needed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading

import pytest
import zxingcpp
from PIL import Image
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from itday.core.badge import new_code
from itday.errors import ItdayError
from itday.services.pdf import Cancelled, raster
from itday.services.pdf import badges as B
from tests.unit.test_pdf_badges import EVENT

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="no pdftoppm")
BACKENDS = ["qtpdf", pytest.param("pdftoppm", marks=needs_poppler)]


def make_pdf(path, pages: int = 3, sizes=None):
    """A PDF of ``pages`` pages (A4 portrait unless ``sizes`` says otherwise), each with a
    black square in its top-left corner."""
    c = Canvas(str(path), pagesize=A4)
    for i in range(pages):
        size = sizes[i] if sizes else A4
        c.setPageSize(size)
        c.rect(0, size[1] - 72, 72, 72, stroke=0, fill=1)
        c.drawString(100, 100, f"Page {i + 1}")
        c.showPage()
    c.save()
    return path


def colour(image, x, y) -> str:
    return image.pixelColor(x, y).name()


@pytest.mark.parametrize("backend", BACKENDS)
def test_page_count_and_pixel_size_follow_the_dpi(tmp_path, backend):
    pdf = make_pdf(tmp_path / "doc.pdf", 3, [A4, landscape(A4), A4])
    images = raster.render_pages(pdf, 72, backend=backend)
    assert len(images) == 3 == raster.page_count(pdf)
    # A4 is 595.28 × 841.89 pt: QtPdf rounds, pdftoppm rounds up (596).
    width = 595 if backend == "qtpdf" else 596
    assert [(i.width(), i.height()) for i in images] == [
        (width, 842),
        (842, width),
        (width, 842),
    ]
    [big] = raster.render_pages(pdf, 150, pages=[1], backend=backend)
    assert big.height() == 1240 + (backend == "pdftoppm") and big.width() == 1754
    assert round(big.dotsPerMeterX() * 0.0254) == 150
    # white paper (not transparent black), black square top left
    assert colour(big, big.width() - 5, big.height() // 2) == "#ffffff"
    assert colour(big, 10, 10) == "#000000"


def test_pages_out_of_range_is_a_clear_error(tmp_path):
    pdf = make_pdf(tmp_path / "doc.pdf", 2)
    with pytest.raises(ItdayError, match="n'a que 2 page"):
        raster.render_pages(pdf, 72, pages=[2])


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_badge_qr_code_decodes_to_the_attendees_code(tmp_path, backend):
    code = new_code()
    badge = B.BadgeData("Zoë", "Lefèvre-Ğül", "Thales Alenia Space", "visitor", code, "")
    pdf = tmp_path / "badge.pdf"
    B.render_badges(pdf, [badge], EVENT, "a6")
    [image] = raster.render_pages(pdf, 150, backend=backend)
    png = tmp_path / "badge.png"
    assert image.save(str(png))
    codes = [r.text for r in zxingcpp.read_barcodes(Image.open(png).convert("L"))]
    assert codes == [code]


@pytest.mark.parametrize("backend", BACKENDS)
def test_corrupt_or_missing_pdf_raises_itday_error(tmp_path, backend):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 200)
    with pytest.raises(ItdayError, match="PDF illisible « broken.pdf »"):
        raster.render_pages(bad, 72, backend=backend)
    with pytest.raises(ItdayError, match="introuvable"):
        raster.render_pages(tmp_path / "absent.pdf", 72, backend=backend)
    truncated = tmp_path / "half.pdf"
    whole = make_pdf(tmp_path / "whole.pdf", 2).read_bytes()
    truncated.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(ItdayError):
        raster.render_pages(truncated, 72, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_cancelled_stops_the_rendering(tmp_path, backend):
    pdf = make_pdf(tmp_path / "doc.pdf", 9)
    seen = []
    with pytest.raises(Cancelled):
        raster.render_pages(
            pdf, 36, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: bool(seen),
            backend=backend,
        )  # fmt: skip
    # one page (QtPdf) or one chunk of pages (pdftoppm) was done, then it stopped
    assert seen == ([(1, 9)] if backend == "qtpdf" else [(raster.CHUNK, 9)])
    done = []
    images = raster.render_pages(pdf, 36, progress=lambda d, t: done.append(d), backend=backend)
    assert len(images) == 9 and done[-1] == 9 and done == sorted(done)


@needs_poppler
def test_without_qtpdf_it_falls_back_to_pdftoppm(tmp_path, monkeypatch):
    pdf = make_pdf(tmp_path / "doc.pdf", 2)
    monkeypatch.setitem(sys.modules, "PySide6.QtPdf", None)  # import PySide6.QtPdf fails
    assert raster.available_backend() == "pdftoppm"
    calls = []
    real_run = subprocess.run
    monkeypatch.setattr(
        raster.subprocess, "run", lambda args, **kw: calls.append(args[0]) or real_run(args, **kw)
    )
    images = raster.render_pages(pdf, 72)
    assert [(i.width(), i.height()) for i in images] == [(596, 842)] * 2
    assert any(str(c).endswith("pdftoppm") for c in calls)
    monkeypatch.setenv("PATH", str(tmp_path))  # and with no pdftoppm either: a clear error
    assert raster.available_backend() is None
    with pytest.raises(ItdayError, match="ni le module QtPdf"):
        raster.render_pages(pdf, 72)


def test_renders_in_a_worker_thread(tmp_path):
    pdf = make_pdf(tmp_path / "doc.pdf", 4)
    main = threading.get_ident()
    result, threads = {}, set()

    def work():
        try:
            result["images"] = raster.render_pages(
                pdf, 50, progress=lambda d, t: threads.add(threading.get_ident())
            )
        except Exception as exc:  # reported to the test below
            result["error"] = exc

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert "error" not in result, result.get("error")
    images = result["images"]
    assert len(images) == 4 and threads and main not in threads
    assert all(not i.isNull() and colour(i, 5, 5) == "#000000" for i in images)
    assert colour(images[0], images[0].width() - 3, images[0].height() - 3) == "#ffffff"


def test_write_png_is_atomic_and_readable(tmp_path):
    pdf = make_pdf(tmp_path / "doc.pdf", 2, [A4, landscape(A4)])
    out = raster.write_png(pdf, tmp_path / "p2.png", 72, page=1)
    assert Image.open(out).size == (842, 595)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
    with pytest.raises(ItdayError):
        raster.write_png(pdf, tmp_path / "absent-dir" / "p.png", 72)
    assert not (tmp_path / "absent-dir").exists()
