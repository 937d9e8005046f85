"""The check-in decision: what a scanned code means at the entrance (pure rules).

A scan is read once, at the edge: ``read_scan(raw)`` looks at the text alone and gives a
``ScannedCode`` — a badge code of ours, a ticket code, a foreign code or a malformed one of
ours — with the code as it is logged and looked up.  ``decide`` takes that value and what the
database knows about the code — the person holding it, found by their itday badge code or by
one of their ticket codes (``itday.core.tickets``) — and returns the ``Decision`` the station
shows and logs.  A code nobody holds is an unknown badge of ours, a misread one of ours, an
unknown ticket (« billet inconnu — chercher le nom ») or a foreign QR code (« pas un badge
itday »).  The database layer makes the admission itself atomic (see
``itday.services.checkin``).
"""

from __future__ import annotations

import datetime as dt
import enum
import unicodedata
from dataclasses import dataclass

from itday.core import badge, tickets
from itday.core.badge import CodeKind
from itday.core.enums import Category, ScanResult
from itday.errors import QT_TRANSLATE_NOOP

# Machine-readable reasons written to the scan log.
REASON_NOT_OURS = "not_ours"
REASON_DAMAGED = "damaged"
REASON_OTHER_EDITION = "other_edition"
REASON_NOT_REGISTERED = "not_registered"
REASON_CANCELLED = "cancelled"
REASON_TICKET_CANCELLED = "ticket_cancelled"  # the import cancelled them: ticket's status
REASON_REENTRY = "reentry"
REASON_UNKNOWN_TICKET = "unknown_ticket"  # looks like a ticketing service's code, not ours
# Re-entry (issue 24.8): the rule of the edition for the person's category, as applied
REASON_REENTRY_AFTER_EXIT = "reentry_after_exit"  # let in again: they were scanned out
REASON_REENTRY_REFUSED = "reentry_refused"  # the rule: no re-entry
REASON_NOT_EXITED = "not_exited"  # the rule: re-entry after an exit scan, and there was none


class Reentry(enum.StrEnum):
    """What a second scan of someone already in does, by edition and category."""

    ALLOWED = "allowed"  # let in again (a trade show's usual rule)
    REFUSED = "refused"  # one entry only
    AFTER_EXIT = "after_exit"  # let in again once scanned out at the entrance


#: the re-entry rules' names (French, marked for translation; the command line's values)
REENTRY_WORDS = {
    Reentry.ALLOWED: QT_TRANSLATE_NOOP("checkin", "ré-entrée autorisée"),
    Reentry.REFUSED: QT_TRANSLATE_NOOP("checkin", "pas de ré-entrée"),
    Reentry.AFTER_EXIT: QT_TRANSLATE_NOOP("checkin", "ré-entrée après une sortie scannée"),
}
#: a re-entry that does not let the person in: refused (red) though already admitted
REENTRY_REFUSALS = (REASON_REENTRY_REFUSED, REASON_NOT_EXITED)


def reentry_rule(policy: dict | None, category: str) -> Reentry:
    """The rule for ``category`` in an edition's policy (``{"default": …, category: …}``);
    re-entry allowed where nothing is said."""
    policy = policy or {}
    try:
        return Reentry(policy.get(category) or policy.get("default") or Reentry.ALLOWED)
    except ValueError:
        return Reentry.ALLOWED


#: One wording per answer, everywhere (issue 24.7): the screen's headline (in capitals), the
#: Journal, the export's files and ``itday checkin`` all say the same words.  French, marked
#: for translation (context "checkin"); the documents' English is in ``core.doc_text``.
#:
#: what the scan came to, by result: admitted, already in, or refused (any refusal)
RESULT_WORDS = {
    ScanResult.ADMITTED: QT_TRANSLATE_NOOP("checkin", "admis(e)"),
    ScanResult.ALREADY_ADMITTED: QT_TRANSLATE_NOOP("checkin", "déjà entré(e)"),
    ScanResult.UNKNOWN: QT_TRANSLATE_NOOP("checkin", "refusé"),
    ScanResult.INVALID: QT_TRANSLATE_NOOP("checkin", "refusé"),
    ScanResult.CANCELLED: QT_TRANSLATE_NOOP("checkin", "refusé"),
    "exit": QT_TRANSLATE_NOOP("checkin", "sortie"),  # an exit scan at the entrance
}
#: why, by reason: the one name of each refusal (and of the re-entry rule applied)
REASON_WORDS = {
    REASON_REENTRY: QT_TRANSLATE_NOOP("checkin", "ré-entrée autorisée"),
    REASON_NOT_REGISTERED: QT_TRANSLATE_NOOP("checkin", "badge inconnu"),
    REASON_UNKNOWN_TICKET: QT_TRANSLATE_NOOP("checkin", "billet inconnu"),
    REASON_NOT_OURS: QT_TRANSLATE_NOOP("checkin", "pas un badge itday"),
    REASON_DAMAGED: QT_TRANSLATE_NOOP("checkin", "code mal lu"),
    REASON_OTHER_EDITION: QT_TRANSLATE_NOOP("checkin", "badge d'une autre édition"),
    REASON_CANCELLED: QT_TRANSLATE_NOOP("checkin", "inscription annulée"),
    REASON_TICKET_CANCELLED: QT_TRANSLATE_NOOP("checkin", "billet annulé / remboursé"),
    REASON_REENTRY_AFTER_EXIT: QT_TRANSLATE_NOOP("checkin", "ré-entrée après sortie"),
    REASON_REENTRY_REFUSED: QT_TRANSLATE_NOOP("checkin", "ré-entrée refusée"),
    REASON_NOT_EXITED: QT_TRANSLATE_NOOP("checkin", "sortie non scannée"),
}
#: what the desk does next, by reason (after the name: « code mal lu — rescannez »)
HINTS = {
    REASON_NOT_REGISTERED: QT_TRANSLATE_NOOP("checkin", "chercher le nom"),
    REASON_UNKNOWN_TICKET: QT_TRANSLATE_NOOP("checkin", "chercher le nom"),
    REASON_DAMAGED: QT_TRANSLATE_NOOP("checkin", "rescannez"),
    REASON_OTHER_EDITION: QT_TRANSLATE_NOOP("checkin", "chercher le nom"),
    REASON_CANCELLED: QT_TRANSLATE_NOOP("checkin", "voir l'organisation"),
    REASON_REENTRY_REFUSED: QT_TRANSLATE_NOOP("checkin", "une seule entrée"),
    REASON_NOT_EXITED: QT_TRANSLATE_NOOP("checkin", "la sortie n'a pas été scannée"),
}
#: the whole answer in one line, by reason (by result when there is none): the name and
#: what to do; ``itday checkin`` prints it, the Journal shows it
MESSAGES = {
    ScanResult.ADMITTED: QT_TRANSLATE_NOOP("checkin", "entrée validée"),
    **{
        reason: f"{word} — {HINTS[reason]}" if reason in HINTS else word
        for reason, word in REASON_WORDS.items()
    },
}
MESSAGES[REASON_REENTRY] = QT_TRANSLATE_NOOP("checkin", "déjà entré(e) — ré-entrée autorisée")
MESSAGES[REASON_REENTRY_AFTER_EXIT] = QT_TRANSLATE_NOOP(
    "checkin", "déjà entré(e) — ré-entrée après sortie"
)

# What the result means for the queue: green, amber, red.
TONE = {
    ScanResult.ADMITTED: "ok",
    ScanResult.ALREADY_ADMITTED: "warning",
    ScanResult.UNKNOWN: "refused",
    ScanResult.INVALID: "refused",
    ScanResult.CANCELLED: "refused",
}


@dataclass(frozen=True)
class KnownAttendee:
    """What the decision needs to know about the badge's owner."""

    id: int
    event_id: int
    category: str
    cancelled: bool
    checked_in_at: dt.datetime | None
    checked_in_station: str | None
    exited: bool = False  # scanned out at the entrance since they last came in
    #: why they are cancelled: ``tickets.CANCEL_REASON_TICKET`` (the import, from the
    #: ticket's status) or "" (by hand)
    cancel_reason: str = ""


@dataclass(frozen=True)
class Decision:
    result: ScanResult
    reason: str = ""
    attendee_id: int | None = None
    first_at: dt.datetime | None = None  # first admission (for "already admitted")
    first_station: str | None = None

    @property
    def tone(self) -> str:
        return "refused" if self.reason in REENTRY_REFUSALS else TONE[self.result]

    @property
    def admits(self) -> bool:
        """May the person walk in? (a re-entry: as the edition's rule says)"""
        if self.reason in REENTRY_REFUSALS:
            return False
        return self.result in (ScanResult.ADMITTED, ScanResult.ALREADY_ADMITTED)


SCANNER_SUFFIXES = "\r\n\t"  # what a keyboard-wedge scanner may add after a code


def unreadable(raw: str) -> str:
    """Why ``raw`` is no scan at all (empty, control characters), or "" when it may be logged.

    A scanner in the wrong keyboard mode, a terminal escape or a stray key gives such input:
    it is refused before anything is written, never stored as a scan."""
    code = raw.strip(SCANNER_SUFFIXES + " ")
    if not code:
        return "code vide"
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in code):
        return "caractères de contrôle dans le code"
    return ""


def shown(raw: str) -> str:
    """``raw`` safe to print on a terminal: control characters as ``\\xNN`` escapes."""
    return "".join(
        ch
        if unicodedata.category(ch) not in ("Cc", "Cs")
        else f"\\x{ord(ch):02x}"
        if ord(ch) < 0x100
        else f"\\u{ord(ch):04x}"
        for ch in raw
    )


class CodeType(enum.StrEnum):
    """What a scanned text is, from the text alone."""

    BADGE = "badge"  # one of our badge codes
    TICKET = "ticket"  # not ours, shaped like a ticketing service's code (digits, length)
    FOREIGN = "foreign"  # not ours nor shaped like a ticket: a URL, a vCard, a sentence
    MALFORMED = "malformed"  # our prefix, misread (length or check characters)


@dataclass(frozen=True)
class ScannedCode:
    """A scan read once: what it is, and the code as logged and looked up (our codes
    upper-cased and stripped, anything else stripped)."""

    type: CodeType
    code: str

    @property
    def may_be_ticket(self) -> bool:
        """Worth looking up among ticket codes: not one of our badge codes, damaged or not
        (a ticket code need not look like one to be found)."""
        return self.type in (CodeType.TICKET, CodeType.FOREIGN)


def read_scan(raw: str) -> ScannedCode:
    """What a scanner or camera read, as the rules read it (parsed once, here)."""
    parsed = badge.parse(raw)
    if parsed.kind is CodeKind.OURS:
        return ScannedCode(CodeType.BADGE, parsed.code)
    if parsed.kind is CodeKind.DAMAGED:
        return ScannedCode(CodeType.MALFORMED, parsed.code)
    if tickets.looks_like_ticket(parsed.code):
        return ScannedCode(CodeType.TICKET, parsed.code)
    return ScannedCode(CodeType.FOREIGN, parsed.code)


def normalise(raw: str) -> str:
    """The code as logged (``read_scan(raw).code``, for callers that need nothing else)."""
    return read_scan(raw).code


def may_be_ticket(raw: str) -> bool:
    """``read_scan(raw).may_be_ticket``, for callers that need nothing else."""
    return read_scan(raw).may_be_ticket


def decide(
    scan: ScannedCode | str,
    attendee: KnownAttendee | None,
    event_id: int,
    reentry: dict | None = None,
) -> Decision:
    """The decision before the write; ``ADMITTED`` means "admit if nobody did meanwhile".

    ``scan`` is the value ``read_scan`` gave (a text is read first); ``attendee`` is whoever
    holds the code: by their badge code, or by a ticket code (then the code is not one of
    ours, and the same rules apply as for a badge).  ``reentry``: the edition's re-entry
    policy (``reentry_rule``); someone already in gets ``ALREADY_ADMITTED`` with the rule
    applied as the reason — let in again, let in after an exit scan, or refused."""
    if isinstance(scan, str):
        scan = read_scan(scan)
    if scan.type is CodeType.MALFORMED:  # misread: never written to anybody
        return Decision(ScanResult.INVALID, REASON_DAMAGED)
    if attendee is None:
        if scan.type is CodeType.BADGE:
            return Decision(ScanResult.UNKNOWN, REASON_NOT_REGISTERED)
        if scan.type is CodeType.TICKET:
            return Decision(ScanResult.UNKNOWN, REASON_UNKNOWN_TICKET)
        return Decision(ScanResult.INVALID, REASON_NOT_OURS)
    if attendee.event_id != event_id:
        return Decision(ScanResult.INVALID, REASON_OTHER_EDITION, attendee.id)
    if attendee.cancelled:
        ticket = attendee.cancel_reason == tickets.CANCEL_REASON_TICKET
        reason = REASON_TICKET_CANCELLED if ticket else REASON_CANCELLED
        return Decision(ScanResult.CANCELLED, reason, attendee.id)
    if attendee.checked_in_at is not None:
        rule = reentry_rule(reentry, attendee.category)
        if rule is Reentry.REFUSED:
            reason = REASON_REENTRY_REFUSED
        elif rule is Reentry.AFTER_EXIT:
            reason = REASON_REENTRY_AFTER_EXIT if attendee.exited else REASON_NOT_EXITED
        else:
            reason = REASON_REENTRY
        return Decision(
            ScanResult.ALREADY_ADMITTED,
            reason,
            attendee.id,
            attendee.checked_in_at,
            attendee.checked_in_station,
        )
    return Decision(ScanResult.ADMITTED, "", attendee.id)


def message(decision: Decision) -> str:
    """What the desk says about the scan, in French: the answer's name and what to do."""
    return message_for(decision.result, decision.reason)


def message_for(result: ScanResult | str, reason: str = "") -> str:
    """``message`` from a logged scan's result and reason (the Journal, the export)."""
    return MESSAGES.get(reason) or MESSAGES.get(result, "") or RESULT_WORDS.get(result, reason)


def reason_word(result: ScanResult | str, reason: str = "") -> str:
    """The one name of a refusal (or of the re-entry rule), French; "" for an entry."""
    if reason in REASON_WORDS:
        return REASON_WORDS[reason]
    if result == ScanResult.ALREADY_ADMITTED:  # scans logged before the reason was written
        return REASON_WORDS[REASON_REENTRY]
    return reason


def shows_category(category: str) -> bool:
    """Exhibitor staff, speakers, press, VIPs and organisers get their category shown big."""
    return category != Category.VISITOR
