"""``itday gui`` paints its window and page before the database layer is loaded (issue 28.4):
at the page's first paint SQLAlchemy, SQLModel and ``itday.db.engine`` are not even
imported; the base opens afterwards, in a worker, and the page then shows its data.  A
base that cannot be opened is still said (a box over the window, the command's error), and
codes scanned at the Accueil while the base opens are recorded once it is."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from itday.core.debounce import Debouncer
from itday.core.enums import ScanResult
from itday.db import repo
from itday.services.camera import ImageSequenceSource
from itday.ui.context import AppContext
from itday.ui.pages.checkin import CheckinPage

CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
import itday.ui.main_window as mw
import itday.ui.opening as opening
out = {"boxes": []}
DB_LAYER = ("sqlalchemy", "sqlmodel", "itday.db.engine", "itday.db.models", "itday.db.repo")
def loaded():
    return sorted(name for name in DB_LAYER if name in sys.modules)
def clickable(window):
    from PySide6.QtCore import Qt
    mouse = Qt.WidgetAttribute.WA_TransparentForMouseEvents
    return window.header.isEnabled() and not window.stack.testAttribute(mouse)
def box(parent, title, text, *args, **kwargs):
    out["boxes"].append({"text": text, "over_window": parent is not None})
opening.QMessageBox.critical = staticmethod(box)
original_show = mw.MainWindow.show
def show(self):
    app, window = QApplication.instance(), self
    class Probe(QObject):
        def eventFilter(self, obj, event):
            page = window.stack.currentWidget()
            if (event.type() == QEvent.Type.Paint and "painted" not in out
                    and isinstance(obj, QWidget) and page is not None
                    and (obj is page or page.isAncestorOf(obj))):
                out["painted"] = {"db_layer": loaded(), "title": window.title_label.text(),
                                  "ready": page.is_ready(), "visible": window.isVisible(),
                                  "clicks": clickable(window)}
                QTimer.singleShot(0, check)
            return False
    def check():
        page = window.stack.currentWidget()
        if page.is_ready():
            out["ready"] = {"db_layer": loaded(), "title": window.title_label.text(),
                            "counts": window.counts_label.text(),
                            "welcome": window.welcome.isVisible(), "clicks": clickable(window)}
            app.quit()
        else:
            QTimer.singleShot(10, check)
    window._probe = Probe()
    app.installEventFilter(window._probe)
    return original_show(self)
mw.MainWindow.show = show
from itday.cli import main
out["rc"] = main(["gui", "--page", sys.argv[1], "--db", sys.argv[2], "--size", "1366x768"])
print("RESULT " + json.dumps(out), flush=True)
os._exit(0)
"""


def run_gui(page: str, db, tmp_path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, page, str(db)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-3000:]
    return json.loads(lines[-1][len("RESULT ") :]) | {"stderr": proc.stderr}


@pytest.mark.parametrize("page", ["checkin", "stats", "plan"])
def test_the_page_is_painted_before_the_database_layer_is_loaded(page, demo_template, tmp_path):
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    result = run_gui(page, db, tmp_path)
    painted, ready = result["painted"], result["ready"]
    assert painted["visible"] and painted["db_layer"] == []
    assert not painted["ready"]  # its data is not there yet: it says so
    assert not painted["clicks"] and ready["clicks"]  # no button to click on no base
    # then the base is open and the page shows the edition, as before
    assert set(ready["db_layer"]) == {
        "sqlalchemy", "sqlmodel", "itday.db.engine", "itday.db.models", "itday.db.repo"
    }  # fmt: skip
    assert "Innovation IT Day" in ready["title"] and "inscrits" in ready["counts"]
    assert not ready["welcome"]


def test_an_empty_base_shows_the_welcome_once_open(tmp_path):
    result = run_gui("checkin", tmp_path / "new.sqlite", tmp_path)
    assert result["painted"]["db_layer"] == []
    assert result["ready"]["welcome"] and result["ready"]["title"] == "Aucune édition"


def test_a_base_that_cannot_be_opened_is_said_over_the_window(tmp_path):
    other = tmp_path / "notes.sqlite"
    other.write_text("pas une base : les notes de quelqu'un\n", encoding="utf-8")
    result = run_gui("checkin", other, tmp_path)
    assert result["painted"]["db_layer"] == []  # the window came first…
    assert "ready" not in result  # …the page never claimed to be loaded
    assert result["rc"] == 1
    [box] = result["boxes"]
    assert box["over_window"] and "n'est pas une base SQLite" in box["text"]
    assert "n'est pas une base SQLite" in result["stderr"]  # the command's error line
    assert other.read_text(encoding="utf-8") == "pas une base : les notes de quelqu'un\n"


def test_codes_scanned_while_the_base_opens_are_recorded_once_it_is(qtbot, demo_db, tmp_path):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        person = next(
            r
            for r in repo.attendee_rows(event_id, session=s)
            if r["checked_in_at"] is None and not r["cancelled"]
        )
    code = person["code"]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(None, None, settings=settings, station="Accueil 2")
    page = CheckinPage(
        ctx,
        source_factory=lambda _index: ImageSequenceSource([], name="aucune"),
        debouncer=Debouncer(3.0),
    )
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    shown = []
    page.result_shown.connect(shown.append)
    page.submit_code(code)  # the scanner, before the base is open
    page.search.field.setText(person["last_name"])  # and a name typed in the search
    qtbot.wait(300)
    assert not shown and not page.is_ready() and page.search.list.count() == 0
    ctx.attach_database(demo_db, event_id)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: page.search.list.count() > 0, timeout=20_000)
    assert shown[0].result == ScanResult.ADMITTED
    with demo_db.session() as s:
        row = next(r for r in repo.attendee_rows(event_id, session=s) if r["code"] == code)
    assert row["checked_in_at"] is not None
    qtbot.waitUntil(page.is_ready, timeout=20_000)
    page.shutdown()
    ctx.tasks.wait_all(5000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
