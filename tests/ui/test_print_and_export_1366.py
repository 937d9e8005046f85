"""Issue 24.14: print previews no taller than the screen, the exhibitor-list preview closes
once printed, the progress box goes when its work is done, an export into the base's folder
comes back to its dialog on « Non », and one clock (the edition's, Paris) in every name."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from itday.db import repo
from itday.services.pdf import raster
from itday.ui.context import AppContext
from itday.ui.tasks import TaskRunner


def _available():
    return QGuiApplication.primaryScreen().availableGeometry()


def _small_pdf(path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    painter = QPainter(printer)
    painter.drawText(100, 100, "Liste des exposants")
    painter.end()


def test_print_previews_fit_the_screen(qtbot, demo_ctx, tmp_path):
    from itday.ui.exhibitors.preview import PdfPreviewDialog
    from itday.ui.pages.plan import PlanPage

    area = _available()
    assert area.width() < 1200 or area.height() < 900  # the test screen is smaller than both
    pdf = tmp_path / "liste.pdf"
    _small_pdf(pdf)
    images = raster.render_pages(pdf, 50)
    preview = PdfPreviewDialog(pdf, images, "Liste", ctx=demo_ctx)
    qtbot.addWidget(preview)
    assert preview.width() <= area.width() and preview.height() <= area.height()
    page = PlanPage(demo_ctx)
    qtbot.addWidget(page)
    dialog = page.show_print_preview(
        str(tmp_path / "plan.pdf"), [QImage(40, 30, QImage.Format.Format_RGB32)], exec_dialog=False
    )
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    dialog.reject()


def test_a_preview_fits_a_1366_by_768_laptop(qtbot):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialog

    from itday.ui.printing import fit_to_screen

    laptop = QRect(0, 0, 1366, 768 - 40)  # less its task bar
    dialog = QDialog()  # (a QPrintPreviewDialog without its own printer crashes when deleted)
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, 1200, 900, available=laptop)
    assert dialog.width() == 1200 and dialog.height() + 48 <= laptop.height()


def test_the_progress_box_is_gone_when_the_result_comes(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    seen = []

    def done(result):  # what a result handler finds: a preview must not open under the box
        seen.append([d for d in parent.findChildren(QProgressDialog) if d.isVisible()])

    runner.run_with_progress(parent, "Impression", lambda state: 1, on_done=done)
    for box in parent.findChildren(QProgressDialog):
        box.show()  # as after its minimum duration
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [[]]
    runner.wait_all(5000)
    # the box's deletion while this test's runner and box still exist (done after the test
    # returned, it crashed the process once another page's tests had run before this one)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_the_exhibitor_list_preview_closes_once_printed(qtbot, demo_ctx, tmp_path):
    from itday.ui.exhibitors.preview import PdfPreviewDialog

    pdf = tmp_path / "liste.pdf"
    _small_pdf(pdf)
    preview = PdfPreviewDialog(pdf, raster.render_pages(pdf, 50), "Liste", ctx=demo_ctx)
    qtbot.addWidget(preview)
    preview.show()
    paper = tmp_path / "paper.pdf"
    preview.printer_.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    preview.printer_.setOutputFileName(str(paper))
    task = preview.print_to(preview.printer_)
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=5000)
    assert paper.exists() and raster.page_count(paper) == 1
    assert not [d for d in preview.findChildren(QProgressDialog) if d.isVisible()]


@pytest.fixture
def stats(qtbot, demo_db, tmp_path):
    from itday.ui.pages.stats import StatsPage

    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(demo_db, event_id, settings=settings)
    ctx.set_organiser(True)
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    yield page
    ctx.tasks.wait_all(30_000)


def test_an_export_into_the_base_s_folder_comes_back_to_its_dialog(qtbot, stats, monkeypatch):
    from itday.ui.pages import stats as stats_module
    from itday.ui.stats.dialogs import ExportDialog

    answers = [False, True]
    questions = []

    def ask(_parent, _title, text):
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(stats_module, "ask_yes_no", ask)
    base_folder = str(stats.ctx.db.path.parent)
    stats.ask_export()
    [dialog] = [d for d in stats.findChildren(ExportDialog) if d.isVisible()]
    dialog.folder.edit.setText(base_folder)
    dialog.buttons.accepted.emit()  # « Exporter »: into the base's folder? « Non »
    assert len(questions) == 1 and dialog.isVisible()  # back to the dialog, nothing written
    with qtbot.waitSignal(stats.export_finished, timeout=60_000) as finished:
        dialog.buttons.accepted.emit()  # « Oui »: a new folder inside it
    assert not [d for d in stats.findChildren(ExportDialog) if d.isVisible()]
    out = finished.args[0]
    assert out.startswith(base_folder) and out != base_folder
    # one clock: the folder's name and the copy's inside tell the same Paris time
    folder_time = re.search(r"(\d{4}-\d\d-\d\d_\d{4})$", out).group(1)
    [copy] = [p.name for p in Path(out).iterdir() if p.suffix == ".sqlite"]
    copy_time = re.search(r"_(\d{4}-\d\d-\d\d_\d{4})\.sqlite$", copy).group(1)
    paris = dt.datetime.now(ZoneInfo("Europe/Paris"))
    assert (
        abs(
            (
                dt.datetime.strptime(folder_time, "%Y-%m-%d_%H%M")
                - dt.datetime.strptime(copy_time, "%Y-%m-%d_%H%M")
            ).total_seconds()
        )
        <= 60
    )
    assert abs((paris.replace(tzinfo=None) - dt.datetime.strptime(folder_time, "%Y-%m-%d_%H%M"))
               .total_seconds()) <= 180  # fmt: skip
