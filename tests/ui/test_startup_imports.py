"""``itday gui --page …`` builds and shows its page without OpenCV, NumPy, reportlab,
openpyxl, XlsxWriter, zxing-cpp or Alembic (issue 28.4); the Accueil page's camera, started
once the page is painted, brings OpenCV and the decoder then.  In a fresh process each."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

HEAVY = ("cv2", "numpy", "reportlab", "openpyxl", "xlsxwriter", "zxingcpp", "alembic")

PROBE = r"""
import json, sys, time
from PySide6.QtCore import QCoreApplication, QSettings
from itday.ui.app import application, build_window
from itday.db.engine import Database
HEAVY = {heavy!r}
def heavy():
    return sorted({{name.split(".")[0] for name in sys.modules}} & set(HEAVY))
app = application("fr")
QSettings("itday", "itday").setValue("camera/source", "/no/such/video.avi")
window = build_window(Database.open({db!r}), page={page!r})
window.show()
shown = heavy()
deadline = time.monotonic() + 20
page = window.stack.currentWidget()
while time.monotonic() < deadline and not page.is_ready():
    QCoreApplication.processEvents()
    time.sleep(0.01)
print(json.dumps({{"shown": shown, "ready": page.is_ready(), "after": heavy()}}))
"""


@pytest.mark.parametrize("page", ["checkin", "plan", "stats", "exhibitors", "visitors"])
def test_a_page_is_shown_without_the_heavy_libraries(page, demo_template, tmp_path):
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    code = PROBE.format(heavy=HEAVY, db=str(db), page=page)
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["shown"] == []
    assert result["ready"]
    if page == "checkin":  # the camera started after the paint: OpenCV is there now
        assert "cv2" in result["after"]
