"""One PDF rasteriser for the whole app: PDF pages → ``QImage`` (white paper, RGB32).

Backends:

- **QtPdf** (``PySide6.QtPdf``, in the PySide6 wheel and in the bundle, so on Windows too):
  the primary one.  A ``QPdfDocument`` without parent is created in the calling thread and
  closed at the end, so ``render_pages`` is safe in a worker thread.  It needs no
  ``QCoreApplication``/``QGuiApplication`` at all (checked: the CLI renders with no app
  object; only ``QImage`` and a ``QPainter`` on it are used, never fonts or widgets).
- **pdftoppm** (poppler-utils): only when ``PySide6.QtPdf`` cannot be imported (a trimmed
  PySide6 build); pages are rendered a few at a time so progress and cancellation work.

``render_pages(pdf, dpi, pages=..., progress=..., cancelled=...)`` follows the services'
conventions: ``progress(done, total)`` after each page, ``cancelled()`` polled before each
page (→ ``itday.services.pdf.Cancelled``).  An unreadable PDF raises ``ItdayError``.
``write_png(pdf, out_png, dpi, page)`` writes one page as a PNG file, atomically.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter

from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services import outfile
from itday.services.pdf.output import Cancelled, IsCancelled, Progress, atomic_output

QTPDF = "qtpdf"
PDFTOPPM = "pdftoppm"
CHUNK = 4  # pdftoppm: pages per process (progress and cancellation between chunks)


def _qtpdf():
    """``QPdfDocument``, or None when Qt's PDF module is not installed."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return None
    return QPdfDocument


def available_backend() -> str | None:
    """The backend ``render_pages`` will use: ``"qtpdf"``, ``"pdftoppm"`` or None."""
    if _qtpdf() is not None:
        return QTPDF
    if shutil.which("pdftoppm"):
        return PDFTOPPM
    return None


_UNREADABLE = {
    "missing": QT_TRANSLATE_NOOP("errors", "PDF illisible « {name} » : fichier introuvable."),
    "invalid": QT_TRANSLATE_NOOP(
        "errors", "PDF illisible « {name} » : ce n'est pas un PDF valide."
    ),
    "password": QT_TRANSLATE_NOOP(
        "errors", "PDF illisible « {name} » : il est protégé par un mot de passe."
    ),
    "page": QT_TRANSLATE_NOOP(
        "errors", "PDF illisible « {name} » : la page {page} ne peut pas être rendue."
    ),
    "image": QT_TRANSLATE_NOOP("errors", "PDF illisible « {name} » : image de page illisible."),
}


def _unreadable(pdf, why: str, **params) -> ItdayError:
    return ItdayError(_UNREADABLE[why], name=Path(pdf).name, **params)


def _dots_per_metre(image: QImage, dpi: float) -> QImage:
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image


def _on_white(page: QImage, dpi: float) -> QImage:
    """QtPdf leaves the paper transparent: lay the page on white paper (RGB32)."""
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return _dots_per_metre(paper, dpi)


def page_count(pdf: str | os.PathLike) -> int:
    """Number of pages of ``pdf`` (QtPdf, else poppler's pdfinfo, else the page tree)."""
    if not Path(pdf).is_file():
        raise _unreadable(pdf, "missing")
    document_class = _qtpdf()
    if document_class is not None:
        doc = document_class()
        try:
            if doc.load(str(pdf)) != document_class.Error.None_:
                raise _unreadable(pdf, "invalid")
            return doc.pageCount()
        finally:
            doc.close()
    tool = shutil.which("pdfinfo")
    if tool:
        result = subprocess.run(  # (errors: a title in UTF-8 read in cp1252 on Windows)
            [tool, str(pdf)], capture_output=True, text=True, errors="replace", check=False
        )
        found = re.search(r"^Pages:\s+(\d+)", result.stdout, re.MULTILINE)
        if result.returncode != 0 or not found:
            raise _unreadable(pdf, "invalid")
        return int(found.group(1))
    data = Path(pdf).read_bytes()
    counts = [int(m) for m in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(m) for m in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    if not data.startswith(b"%PDF") or not counts:
        raise _unreadable(pdf, "invalid")
    return max(counts)


def render_pages(
    pdf: str | os.PathLike,
    dpi: float = 150,
    *,
    pages: Iterable[int] | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    backend: str | None = None,
) -> list[QImage]:
    """The pages of ``pdf`` as white-paper RGB32 images at ``dpi`` (their dots-per-metre
    set accordingly).

    ``pages``: 0-based page numbers (default: every page).  ``progress(done, total)`` is
    called after each page; ``cancelled()`` is polled before each page and stops the work
    with ``Cancelled``.  ``backend`` forces ``"qtpdf"`` or ``"pdftoppm"`` (benchmarks);
    by default QtPdf, and pdftoppm only when ``PySide6.QtPdf`` cannot be imported.
    Raises ``ItdayError`` when the PDF cannot be read or no backend is available.
    """
    chosen = backend or available_backend()
    if chosen is None:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Rendu du PDF impossible : ni le module QtPdf de PySide6 ni l'outil pdftoppm "
                "(poppler-utils) ne sont disponibles.",
            )
        )
    if not Path(pdf).is_file():
        raise _unreadable(pdf, "missing")
    wanted = None if pages is None else list(pages)
    if chosen == QTPDF:
        return _render_qtpdf(pdf, dpi, wanted, progress, cancelled)
    if chosen == PDFTOPPM:
        return _render_pdftoppm(pdf, dpi, wanted, progress, cancelled)
    raise ValueError(f"unknown backend {chosen!r}")


def _check_range(pdf, wanted: list[int] | None, count: int) -> list[int]:
    if wanted is None:
        return list(range(count))
    bad = [p for p in wanted if not 0 <= p < count]
    if bad:
        one = QT_TRANSLATE_NOOP("errors", "Le PDF « {name} » n'a qu'une page : pas de page {page}.")
        many = QT_TRANSLATE_NOOP(
            "errors", "Le PDF « {name} » n'a que {count} pages : pas de page {page}."
        )
        raise ItdayError(
            one if count == 1 else many,
            name=Path(pdf).name,
            count=count,
            page=bad[0] + 1,
        )
    return wanted


def _render_qtpdf(pdf, dpi, wanted, progress, cancelled) -> list[QImage]:
    document_class = _qtpdf()
    if document_class is None:
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "Le module QtPdf de PySide6 n'est pas installé.")
        )
    doc = document_class()  # no parent: it lives in this (possibly worker) thread
    try:
        error = doc.load(str(pdf))
        if error == document_class.Error.IncorrectPassword:
            raise _unreadable(pdf, "password")
        if error != document_class.Error.None_ or doc.status() != document_class.Status.Ready:
            raise _unreadable(pdf, "invalid")
        numbers = _check_range(pdf, wanted, doc.pageCount())
        images: list[QImage] = []
        for done, number in enumerate(numbers):
            if cancelled and cancelled():
                raise Cancelled()
            points = doc.pagePointSize(number)
            size = QSize(
                max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72))
            )
            page = doc.render(number, size)
            if page.isNull():
                raise _unreadable(pdf, "page", page=number + 1)
            images.append(_on_white(page, dpi))
            if progress:
                progress(done + 1, len(numbers))
        return images
    finally:
        doc.close()


def _runs(numbers: list[int], chunk: int) -> list[list[int]]:
    """Consecutive page numbers grouped in runs of at most ``chunk`` pages."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1 and len(runs[-1]) < chunk:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _render_pdftoppm(pdf, dpi, wanted, progress, cancelled) -> list[QImage]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "L'outil pdftoppm (poppler-utils) est introuvable.")
        )
    numbers = _check_range(pdf, wanted, page_count(pdf))
    images: list[QImage] = []
    with tempfile.TemporaryDirectory(prefix="itday-raster-") as tmp:
        for run in _runs(numbers, CHUNK):
            if cancelled and cancelled():
                raise Cancelled()
            prefix = Path(tmp) / f"r{run[0]:05d}"
            first, last = run[0] + 1, run[-1] + 1
            result = subprocess.run(
                [tool, "-r", str(dpi), "-png", "-f", str(first), "-l", str(last)]
                + [str(pdf), str(prefix)],
                capture_output=True,
                text=True,
                errors="replace",
                check=False,
            )
            files = sorted(Path(tmp).glob(f"{prefix.name}-*.png"))
            if result.returncode != 0 or len(files) != len(run):
                raise _unreadable(pdf, "invalid")
            for png in files:
                image = QImage(str(png))
                if image.isNull():
                    raise _unreadable(pdf, "image")
                images.append(_dots_per_metre(image, dpi))
                png.unlink()
            if progress:
                progress(len(images), len(numbers))
    return images


def write_png(
    pdf: str | os.PathLike, out_png: str | os.PathLike, dpi: float = 150, page: int = 0
) -> Path:
    """Page ``page`` (0-based) of ``pdf`` as a PNG file at ``dpi``; the file appears only
    once complete.  Raises ``ItdayError`` on an unreadable PDF or an unwritable target."""
    [image] = render_pages(pdf, dpi, pages=[page])
    out = Path(out_png)
    try:
        with atomic_output(out, "png") as tmp:
            image.setText("Software", outfile.SOFTWARE)  # what tells it is ours to replace
            if not image.save(str(tmp), "PNG"):
                raise OSError("QImage.save")
    except OSError:
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "Impossible d'écrire l'image « {out} »."), out=out
        ) from None
    return out
