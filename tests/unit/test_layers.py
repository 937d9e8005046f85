"""The domain layer stays free of Qt and of the database (checked in a clean interpreter)."""

import json
import pkgutil
import subprocess
import sys

import itday.core


def test_core_imports_neither_qt_nor_database():
    modules = [f"itday.core.{m.name}" for m in pkgutil.iter_modules(itday.core.__path__)]
    assert modules, "no core module found"
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'sqlalchemy', 'sqlmodel', 'alembic') "
        "or m.startswith('itday.db') or m.startswith('itday.ui') or m.startswith('itday.services'))\n"
        "print(json.dumps(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []
