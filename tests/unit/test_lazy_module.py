"""``lazy_module``: the module is imported on first use, and what is set on it (a test's
``monkeypatch``) is set on the module itself."""

from __future__ import annotations

import sys

from itday.core.lazy import lazy_module


def test_the_module_is_imported_on_first_use_and_set_through(monkeypatch):
    monkeypatch.delitem(sys.modules, "itday.core.filenames", raising=False)
    module = lazy_module("itday.core.filenames")
    assert "itday.core.filenames" not in sys.modules
    assert module.__name__ == "itday.core.filenames"  # looked up: imported now
    real = sys.modules["itday.core.filenames"]
    monkeypatch.setattr(module, "MARK", "posé", raising=False)
    assert real.MARK == "posé" and module.MARK == "posé"
    monkeypatch.undo()
    assert not hasattr(real, "MARK")
