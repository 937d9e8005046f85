"""Issue 24.1: a person the import cancelled for their ticket's status is refused at the door
as « billet annulé / remboursé », one wording everywhere; cancelled by hand stays « inscription
annulée — voir l'organisation »."""

from __future__ import annotations

from itday.core import checkin, doc_text, tickets
from itday.core.enums import ScanResult

CODE = "1234567890123456789002"


def _holder(cancel_reason: str) -> checkin.KnownAttendee:
    return checkin.KnownAttendee(
        id=7,
        event_id=1,
        category="visitor",
        cancelled=True,
        checked_in_at=None,
        checked_in_station=None,
        cancel_reason=cancel_reason,
    )


def test_a_ticket_cancelled_by_the_import_is_refused_with_its_own_reason():
    decision = checkin.decide(CODE, _holder(tickets.CANCEL_REASON_TICKET), 1)
    assert decision.result is ScanResult.CANCELLED  # --json keeps result "cancelled"
    assert decision.reason == checkin.REASON_TICKET_CANCELLED
    assert decision.tone == "refused" and not decision.admits
    assert checkin.message(decision) == "billet annulé / remboursé"
    assert checkin.reason_word(decision.result, decision.reason) == "billet annulé / remboursé"
    # the Journal and the export read the logged result and reason
    assert checkin.message_for("cancelled", "ticket_cancelled") == "billet annulé / remboursé"
    assert doc_text.REASONS_FR["ticket_cancelled"] == "Billet annulé / remboursé"
    assert doc_text.file_value("reason", "ticket_cancelled", "en") == "Ticket cancelled / refunded"


def test_a_registration_cancelled_by_hand_keeps_the_generic_wording():
    decision = checkin.decide(CODE, _holder(""), 1)
    assert (decision.result, decision.reason) == (ScanResult.CANCELLED, "cancelled")
    assert checkin.message(decision) == "inscription annulée — voir l'organisation"
