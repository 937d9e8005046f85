"""Issue 24.9: every answer of the desk fits a reception laptop's screen — 1366 × 768 and
1280 × 720, in French and in English, with the longest texts and a 40-character name: each
line of the result panel is whole (not clipped, nothing under the panel's edge) and the
headline stays on one line."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication

from itday.core import checkin
from itday.core.checkin import Decision
from itday.core.enums import ScanResult
from itday.services.camera import ImageSequenceSource
from itday.ui.app import build_window

NAME = ("Marie-Christine", "Dupont-Delacroix-Leblanc")  # 40 characters with the space
COMPANY = "Caisse Régionale de Crédit Agricole Mutuel du Languedoc"
SIZES = [(1366, 768), (1280, 720)]
TASKBAR = 60  # the title bar and a task bar


def _answers():
    """(what, outcome) for every answer the panel can give."""
    person = {
        "id": 1, "first_name": NAME[0], "last_name": NAME[1], "company": COMPANY,
        "category": "exhibitor_staff", "code": "ITD-X",
    }  # fmt: skip
    assert len(" ".join(NAME)) == 40
    first = dt.datetime(2017, 6, 29, 9, 12, tzinfo=dt.UTC)
    decisions = {
        "admitted": Decision(ScanResult.ADMITTED, "", 1),
        "reentry": Decision(
            ScanResult.ALREADY_ADMITTED, checkin.REASON_REENTRY, 1, first, "Borne (Accueil 12)"
        ),
        **{
            reason: Decision(result, reason, 1 if result is ScanResult.CANCELLED else None)
            for reason, result in (
                (checkin.REASON_CANCELLED, ScanResult.CANCELLED),
                (checkin.REASON_NOT_REGISTERED, ScanResult.UNKNOWN),
                (checkin.REASON_UNKNOWN_TICKET, ScanResult.UNKNOWN),
                (checkin.REASON_NOT_OURS, ScanResult.INVALID),
                (checkin.REASON_DAMAGED, ScanResult.INVALID),
                (checkin.REASON_OTHER_EDITION, ScanResult.INVALID),
            )
        },
    }
    for what, decision in decisions.items():
        who = person if decision.attendee_id else None
        for offline in (False, True):
            yield (
                f"{what}{' offline' if offline else ''}",
                SimpleNamespace(
                    result=decision.result, decision=decision, attendee=who, offline=offline
                ),
            )


def _clipped(panel) -> list[str]:
    """The panel's lines that do not show whole."""
    problems = []
    inside = panel.contentsRect()
    for label in (panel.glyph, panel.headline, panel.detail, panel.name, panel.company,
                  panel.category):  # fmt: skip
        if not label.isVisible() or not label.text():
            continue
        box = label.geometry()
        needed = label.heightForWidth(box.width())
        if needed > box.height() or box.bottom() > inside.bottom() or box.top() < inside.top():
            problems.append(f"{label.objectName()} {box} needs {needed}: {label.text()!r}")
    headline = panel.headline
    if headline.fontMetrics().horizontalAdvance(headline.text()) > headline.contentsRect().width():
        problems.append(f"headline on two lines: {headline.text()!r}")
    return problems


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    from itday.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, request.param) == request.param
    yield request.param
    remove_translators(qapp)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_answer_fits(qtbot, demo_db, language, size):
    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.resize(size[0], size[1] - TASKBAR)
    window.show()
    window.show_page("checkin")
    page = window.pages["checkin"]
    page.source_factory = lambda _i: ImageSequenceSource([], name="aucune")
    try:
        problems = []
        for what, outcome in _answers():
            page.panel.show_outcome(outcome)
            QApplication.processEvents()
            problems += [f"{what}: {p}" for p in _clipped(page.panel)]
        # a walk-in's entry undone: the longest message of the desk
        page.walk_in_undo.registered(1)
        said = page.walk_in_undo.undone({"id": 1, "first_name": NAME[0], "last_name": NAME[1]})
        page.panel.show_message("warning", "↶", page.tr("ENTRÉE ANNULÉE"), said)
        QApplication.processEvents()
        problems += [f"walk-in undone: {p}" for p in _clipped(page.panel)]
        assert problems == [], "\n".join(problems)
    finally:
        page.shutdown()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_kiosk_answer_fits(qtbot, demo_ctx, language, size):
    """The kiosk, full screen: the welcome with a 40-character name and each badge line."""
    from PySide6.QtCore import QCoreApplication

    from itday.ui.kiosk import KioskWindow
    from itday.ui.pages.checkin import CheckinPage

    station = CheckinPage(demo_ctx, source_factory=lambda _i: ImageSequenceSource([], name="x"))
    kiosk = KioskWindow(demo_ctx, station)
    qtbot.addWidget(kiosk)
    kiosk.resize(*size)
    kiosk.show()
    welcome = kiosk.tr("Bienvenue %1 !").replace("%1", " ".join(NAME))
    try:
        problems = []
        for words in kiosk.BADGE_WORDS.values():
            kiosk._show("ok", welcome, QCoreApplication.translate("KioskWindow", words))
            QApplication.processEvents()
            for label in (kiosk.prompt, kiosk.hint, kiosk.answer, kiosk.detail):
                box = label.geometry()
                needed = label.heightForWidth(box.width()) if label.wordWrap() else 0
                if needed > box.height() or box.bottom() > kiosk.height():
                    problems.append(f"{label.objectName()} {box} needs {needed}: {label.text()}")
        assert problems == [], "\n".join(problems)
    finally:
        kiosk.leave()
