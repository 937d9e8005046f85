"""Fixtures shared by the UI tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def exhibitors_page(qtbot, demo_ctx):
    """The Exposants page on the demo edition, shown and loaded."""
    from itday.ui.pages.exhibitors import ExhibitorsPage

    widget = ExhibitorsPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitUntil(widget.is_ready)
    return widget
