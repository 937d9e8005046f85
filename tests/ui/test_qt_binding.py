"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did)."""

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references"
