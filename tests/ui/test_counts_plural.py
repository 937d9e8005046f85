"""Issue 24.15: the window's counts agree with their numbers (« 1 entrés » once), in French
(0 and 1 singular) and English (1 singular)."""

from __future__ import annotations

import pytest

from itday.db import repo
from itday.ui.app import build_window

COUNTS = {"checked_in": 1, "attendees": 1, "exhibitors": 0, "booths": 2}
EXPECTED = {
    "fr": "1 entré / 1 inscrit  ·  0 exposant  ·  2 stands",
    "en": "1 admitted / 1 registered  ·  0 exhibitors  ·  2 booths",
}


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    from itday.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, request.param) == request.param
    yield request.param
    remove_translators(qapp)


def test_counts_take_the_singular_or_plural_of_their_number(
    qtbot, db, event_id, language, monkeypatch
):
    window = build_window(db, event_id)
    qtbot.addWidget(window)
    monkeypatch.setattr(repo, "counts", lambda _event_id, session: dict(COUNTS))
    window.refresh_counts()
    assert window.counts_label.text() == EXPECTED[language]
