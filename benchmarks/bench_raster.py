"""Measure PDF rasterising (itday.services.pdf.raster): QtPdf vs pdftoppm, in pages/s, for
the demo's booth signs (A4 landscape, at the preview's 100 dpi for long documents) and for
900 A6 badges (at the badge preview's 200 dpi).  Prints a table; asserts nothing about time.

    /work/venv/bin/python benchmarks/bench_raster.py [--badges N]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_pdf import EVENT, make_badges  # noqa: E402
from benchmarks.common import demo_database, print_table  # noqa: E402
from itday.services.exhibitor_docs import render_document  # noqa: E402
from itday.services.pdf import badges as B  # noqa: E402
from itday.services.pdf import raster  # noqa: E402
from itday.ui.badge_printing import PRINT_DPI as BADGE_DPI  # noqa: E402
from itday.ui.exhibitors.preview import LARGE_DPI  # noqa: E402

BATCH = 50  # pages rendered per call: 900 badges at 200 dpi would hold 3.3 GB at once


def rate(pdf: Path, dpi: int, backend: str) -> tuple[int, float, int]:
    """(pages, seconds, megabytes of images for the whole document) for one full
    rasterisation, in batches of ``BATCH`` pages whose images are dropped as it goes."""
    total = raster.page_count(pdf)
    pages = held = 0
    start = time.perf_counter()
    for first in range(0, total, BATCH):
        images = raster.render_pages(
            pdf, dpi, pages=range(first, min(total, first + BATCH)), backend=backend
        )
        pages += len(images)
        held += sum(i.sizeInBytes() for i in images)
    seconds = time.perf_counter() - start
    return pages, seconds, held // 2**20


def rows_for(what: str, pdf: Path, dpi: int) -> list[tuple[str, str, str]]:
    backends = ["qtpdf"] + (["pdftoppm"] if shutil.which("pdftoppm") else [])
    rows = []
    for backend in backends:
        pages, seconds, held = rate(pdf, dpi, backend)
        rows.append(
            (
                f"{what}, {pages} p. at {dpi} dpi, {backend}",
                f"{pages / seconds:.1f} pages/s",
                f"{seconds:.1f} s, {held} MB of images",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--badges", type=int, default=900)
    args = parser.parse_args(argv)
    import random

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db, event_id = demo_database(tmp)
        signs = tmp / "signs.pdf"
        render_document(db, event_id, signs, "signs")
        db.dispose()
        badges = tmp / "badges.pdf"
        B.render_badges(badges, make_badges(args.badges, random.Random(7)), EVENT, "a6")
        rows = rows_for("demo booth signs", signs, LARGE_DPI)
        rows += rows_for("A6 badges", badges, BADGE_DPI)
        print_table("PDF → images (render_pages), one thread", rows)


if __name__ == "__main__":
    main(sys.argv[1:])
