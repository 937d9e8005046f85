"""Issue 24.15: at 1366 × 768 the header shows the edition's name and date whole (it once read
« Innovation IT Day 2027 · 24 ju… »), in French and English, in organiser mode too."""

from __future__ import annotations

import datetime as dt

import pytest

from itday.db import repo
from itday.ui.app import build_window


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    from itday.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, request.param) == request.param
    yield request.param
    remove_translators(qapp)


@pytest.fixture
def app_style(qapp):
    """The app's own style sheet (fonts of the header), as ``itday gui`` sets it."""
    from itday.ui.style import STYLE

    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLE)
    yield
    qapp.setStyleSheet(before)


@pytest.mark.parametrize("organiser", [False, True])
def test_the_header_shows_name_and_date_whole(qtbot, demo_db, language, organiser, app_style):
    with demo_db.session() as s:
        event = repo.create_event(
            "Innovation IT Day 2027", dt.date(2027, 6, 24), "Diagora, Labège", session=s
        )
        s.commit()
        event_id = event.id
    window = build_window(demo_db, event_id)
    qtbot.addWidget(window)
    window.ctx.set_organiser(organiser)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.event_combo.isVisible()  # two editions: the list to switch
    shown = window.title_label.shown_text()
    date = "24 juin 2027" if language == "fr" else "24 June 2027"
    assert "Innovation IT Day 2027" in shown and date in shown and "…" not in shown, shown
    assert "Diagora" in window.title_label.toolTip()  # the whole title, venue included
    assert window.minimumSizeHint().width() <= 1366
