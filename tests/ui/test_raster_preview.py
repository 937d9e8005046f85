"""The booth signs' print preview (95 pages): rasterised in a worker whatever the backend,
with « Aperçu : page n / N » progress, and cancellable from the progress dialog."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from itday.services.exhibitor_docs import booth_signs
from itday.services.pdf import raster
from itday.ui.exhibitors.preview import LARGE_DPI


@pytest.fixture
def page(exhibitors_page):
    return exhibitors_page


@pytest.fixture
def spy(monkeypatch):
    """Wraps raster.render_pages: records the thread it runs in.  The worker reports its
    first page only once ``start`` is set (the test connects its receivers first: a queued
    signal emitted before a connection never reaches it); ``gate`` (if set) is a page number
    after which it sets ``reached`` and waits for ``resume``."""
    real = raster.render_pages
    record = {
        "threads": set(),
        "start": threading.Event(),
        "gate": None,
        "reached": threading.Event(),
        "resume": threading.Event(),
    }

    def wrapped(pdf, dpi=150, *, progress=None, **kw):
        record["threads"].add(threading.get_ident())
        record["dpi"] = dpi
        first = [True]

        def step(done, total):
            if first[0]:
                first[0] = False
                record["start"].wait(30)
            progress(done, total)
            if done == record["gate"]:
                record["reached"].set()
                record["resume"].wait(30)

        return real(pdf, dpi, progress=step, **kw)

    monkeypatch.setattr(raster, "render_pages", wrapped)
    return record


@pytest.mark.parametrize("backend", ["qtpdf", "pdftoppm"])
def test_booth_signs_preview_is_rendered_in_a_worker_with_progress(
    qtbot, page, demo_ctx, spy, monkeypatch, backend
):
    if backend == "pdftoppm":
        if raster.shutil.which("pdftoppm") is None:
            pytest.skip("no pdftoppm")
        monkeypatch.setattr(raster, "_qtpdf", lambda: None)  # QtPdf "not installed"
    with demo_ctx.db.session() as s:
        signs = len(booth_signs(demo_ctx.event_id, session=s))
    assert signs >= 90
    page.preview = None
    task = page.print_document("signs")
    texts = []
    task.signals.progressed.connect(lambda d, t, text: texts.append(text))
    spy["start"].set()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=60_000)
    preview = page.preview
    assert preview.page_count() == signs
    assert threading.main_thread().ident not in spy["threads"] and spy["threads"]
    assert spy["dpi"] == LARGE_DPI
    # A4 landscape (297 × 210 mm) at LARGE_DPI (pdftoppm rounds up one pixel)
    w, h = round(297 / 25.4 * LARGE_DPI), round(210 / 25.4 * LARGE_DPI)
    sizes = {(i.width(), i.height()) for i in preview.images}
    assert sizes <= {(w, h), (w + 1, h), (w, h + 1), (w + 1, h + 1)}, sizes
    assert f"Aperçu : page {signs} / {signs}" in texts
    first = 1 if backend == "qtpdf" else raster.CHUNK  # pdftoppm: a few pages at a time
    assert texts.index(f"Aperçu : page {first} / {signs}") < texts.index(
        f"Aperçu : page {signs} / {signs}"
    )
    preview.close()


def test_booth_signs_preview_can_be_cancelled(qtbot, page, spy):
    # Widgets left behind by an earlier (failed) test are collected here, on the GUI thread,
    # not by a garbage collection that the worker's allocations would trigger.
    gc.collect()
    spy["gate"] = 2  # the worker stops after page 2 until the test has clicked « Annuler »
    page.preview = None
    shown = []
    task = page.print_document("signs")
    task.signals.finished.connect(shown.append)
    texts = []
    task.signals.progressed.connect(lambda d, t, text: texts.append(text))
    spy["start"].set()
    qtbot.waitUntil(spy["reached"].is_set, timeout=60_000)
    qtbot.waitUntil(lambda: any(t.startswith("Aperçu : page 2 /") for t in texts), timeout=10_000)
    dialog = page.findChildren(QProgressDialog)[-1]
    [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Annuler"]
    button.click()
    spy["resume"].set()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)  # ended (cancelled), whatever signal
    qtbot.wait(200)  # a preview would have been built by now
    assert task.state.cancelled
    assert page.preview is None and shown == []
    assert not any(t.startswith("Aperçu : page 3 /") for t in texts)
