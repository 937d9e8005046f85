"""A module imported the first time one of its names is used (issue 28.4).

``repo = lazy_module("itday.db.repo")`` at the top of a window's module stands for
``from itday.db import repo``, without importing it (nor SQLAlchemy behind it) until a name
is looked up: the window and its page are painted before the database layer is loaded.
The import checks (``tests/unit/test_import_circles.py``) count it as an import.
"""

from __future__ import annotations

import importlib
from types import ModuleType


class LazyModule:
    """Stands for the module ``name``: names are read from it (and set on it: a test's
    ``monkeypatch``), importing it on first use (thread-safe: Python's import lock)."""

    __slots__ = ("_lazy_name", "_lazy_module")

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_lazy_name", name)
        object.__setattr__(self, "_lazy_module", None)

    def _load(self) -> ModuleType:
        module = self._lazy_module
        if module is None:
            module = importlib.import_module(self._lazy_name)
            object.__setattr__(self, "_lazy_module", module)
        return module

    def __getattr__(self, attr: str):
        return getattr(self._load(), attr)

    def __setattr__(self, attr: str, value) -> None:
        setattr(self._load(), attr, value)

    def __delattr__(self, attr: str) -> None:
        delattr(self._load(), attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._lazy_name!r}>"


def lazy_module(name: str) -> ModuleType:
    """``name`` (a dotted module name, written out: the import checks read it)."""
    return LazyModule(name)  # type: ignore[return-value]
