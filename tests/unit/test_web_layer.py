"""The stands' pages are a front end like ``itday.ui``: they never import Qt or the GUI."""

import json
import subprocess
import sys


def test_the_web_package_imports_neither_qt_nor_the_gui():
    code = (
        "import importlib, json, sys, pkgutil, itday.web\n"
        "for m in pkgutil.iter_modules(itday.web.__path__):\n"
        "    importlib.import_module('itday.web.' + m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6') "
        "or m.startswith('itday.ui') or m.startswith('itday.cli'))\n"
        "print(json.dumps(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []
