"""Issue 24.4: app-wide signals (the bridge's, ``settings_changed``) outlive the dialogs and
pages that listen to them.  Qt disconnects a bound method of a widget when the widget is
deleted, never a lambda: a lambda left behind calls into a deleted view (« Internal C++
object already deleted »).  So those signals are connected to methods only."""

from __future__ import annotations

import re
from pathlib import Path

import itday

UI = Path(itday.__file__).parent / "ui"
LAMBDA_ON_APP_SIGNAL = re.compile(
    r"(bridge\.\w+|settings_changed|stands_server\.\w+|aboutToQuit)\.connect\(\s*(lambda|partial)"
)
#: whose listener lives exactly as long as the signal's owner
ALLOWED = {"main_window.py"}


def test_app_wide_signals_are_connected_to_methods_only():
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name not in ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LAMBDA_ON_APP_SIGNAL.search(line)
    ]
    assert found == []
