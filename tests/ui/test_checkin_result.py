"""What the result panel says for each refusal: a misread code of ours is never "not ours"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from itday.core import checkin
from itday.core.checkin import Decision
from itday.core.enums import ScanResult
from itday.ui.checkin.result import ResultPanel, describe
from itday.ui.i18n import install_translators, remove_translators


def _outcome(raw: str):
    decision = checkin.decide(raw, None, event_id=1)
    return SimpleNamespace(result=decision.result, decision=decision, attendee=None)


DAMAGED = "ITD-AAAAAAAAAAAAAAAAAA"  # our prefix, wrong check characters
FOREIGN = "https://example.org/agenda"


def test_damaged_code_says_misread_not_foreign(qtbot):
    info = describe(_outcome(DAMAGED))
    assert info["headline"] == "CODE MAL LU"  # its one name (issue 24.7)
    assert "PAS UN BADGE" not in info["headline"]
    assert info["detail"].startswith("Code abîmé ou mal lu")
    assert info["tone"] == "refused"  # same colour as before: not admitted, rescan


def test_a_foreign_code_says_not_an_itday_badge_and_another_edition_says_which(qtbot):
    foreign = describe(_outcome(FOREIGN))
    assert foreign["headline"] == "PAS UN BADGE itday"
    assert foreign["detail"].startswith("QR code étranger")
    other = SimpleNamespace(
        result=ScanResult.INVALID,
        decision=Decision(ScanResult.INVALID, checkin.REASON_OTHER_EDITION, 7),
        attendee=None,
    )
    assert describe(other)["headline"] == "BADGE D'UNE AUTRE ÉDITION"
    assert describe(other)["tone"] == "refused"


def test_panel_shows_the_misread_headline(qtbot):
    panel = ResultPanel()
    qtbot.addWidget(panel)
    panel.show_outcome(_outcome(DAMAGED))
    assert panel.tone == "refused"
    assert "CODE MAL LU" in panel.texts()
    assert "PAS UN BADGE" not in panel.texts()


@pytest.fixture
def english(qapp):
    assert install_translators(qapp, "en") == "en"
    yield
    remove_translators(qapp)


def test_damaged_code_in_english(qtbot, english):
    info = describe(_outcome(DAMAGED))
    assert info["headline"] == "CODE MISREAD"
    assert info["detail"] == "Damaged or misread code: scan again or search by name"
    assert describe(_outcome(FOREIGN))["headline"] == "NOT AN itday BADGE"


def test_an_unknown_ticket_says_look_up_the_name_not_foreign(qtbot):
    from PySide6.QtWidgets import QApplication

    info = describe(_outcome("1700012345678"))
    assert info["headline"] == "BILLET INCONNU"
    assert "PAS UN BADGE" not in info["headline"]
    assert info["tone"] == "refused"
    vcard = describe(_outcome("BEGIN:VCARD\nFN:Jean Dupont\nEND:VCARD"))
    assert vcard["headline"] == "PAS UN BADGE itday"
    install_translators(QApplication.instance(), "en")
    try:
        english = describe(_outcome("1700012345678"))
        assert english["headline"] == "UNKNOWN TICKET"
        assert english["detail"] == "Ticket not in the imported list: look the person up by name"
    finally:
        remove_translators(QApplication.instance())


def _refunded(cancel_reason: str):
    holder = checkin.KnownAttendee(7, 1, "visitor", True, None, None, cancel_reason=cancel_reason)
    decision = checkin.decide("1234567890123456789002", holder, event_id=1)
    return SimpleNamespace(result=decision.result, decision=decision, attendee=None)


def test_a_refunded_ticket_says_so_in_french_and_english(qtbot):
    """Issue 24.1: the import's reason, not « inscription annulée », nor a foreign code."""
    from PySide6.QtWidgets import QApplication

    info = describe(_refunded("ticket"))
    assert info["headline"] == "BILLET ANNULÉ / REMBOURSÉ" and info["tone"] == "refused"
    assert info["detail"] == "Entrée refusée : voir l'organisation"
    assert describe(_refunded(""))["headline"] == "INSCRIPTION ANNULÉE"
    install_translators(QApplication.instance(), "en")
    try:
        english = describe(_refunded("ticket"))
        assert english["headline"] == "TICKET CANCELLED / REFUNDED"
        assert english["detail"] == "Entry refused: see the organisers"
    finally:
        remove_translators(QApplication.instance())
