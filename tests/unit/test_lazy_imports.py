"""The app starts without its heavy libraries (issue 28.4): OpenCV, NumPy, reportlab,
openpyxl, XlsxWriter, zxing-cpp and Alembic are imported when first used, not by the modules
that build the window and its pages.  Checked in a fresh interpreter (``sys.modules``), so
that what other tests imported does not count."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("cv2", "numpy", "reportlab", "openpyxl", "xlsxwriter", "zxingcpp", "alembic")

#: what ``itday gui`` imports before its first page is painted
STARTUP_MODULES = (
    "itday.cli",
    "itday.ui.app",
    "itday.ui.main_window",
    "itday.ui.context",
    "itday.db.engine",
    "itday.db.migrate",
    "itday.db.repo",
    "itday.ui.pages.checkin",
    "itday.ui.pages.plan",
    "itday.ui.pages.stats",
    "itday.ui.pages.exhibitors",
    "itday.ui.pages.visitors",
)


def heavy_after(code: str) -> list[str]:
    """The heavy libraries in ``sys.modules`` after running ``code`` in a new process."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    loaded = json.loads(out.splitlines()[-1])
    return sorted({name.split(".")[0] for name in loaded} & set(HEAVY))


def test_the_modules_of_the_start_import_no_heavy_library():
    imports = "\n".join(f"import {name}" for name in STARTUP_MODULES)
    assert heavy_after(imports) == []


def test_the_probe_sees_a_heavy_library_when_one_is_imported():
    """The check can fail: the camera module does bring OpenCV and NumPy."""
    assert heavy_after("import itday.services.camera") == ["cv2", "numpy", "zxingcpp"]
