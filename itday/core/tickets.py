"""Ticket codes of the ticketing services: where an export keeps them, and what one looks like.

Visitors register on a ticketing service and arrive with the QR code (or barcode) of the
e-ticket it e-mailed them.  The service's attendee export has that code in one column, whose
header is the service's own.  ``TICKET_COLUMNS`` keeps those headers as data, one row per
service, with where the name was found; ``itday.core.importing`` registers them as synonyms
of the ``ticket_code`` field, and the desk admits a ticket code like an itday badge code.

What the export headers are, as found (the import compares them case-, accent-, space- and
punctuation-insensitively, so « Code-barres », « Code barres » and « CODE_BARRES » are one):

* Weezevent: « Code-barres » (the participants export; the ticket's QR carries it; the
  participants manager searches « un numéro de billet ou un code-barres », so « Numéro de
  billet » is another, shorter number, not what is scanned).
* Eventbrite: « Barcode # » in the attendee report (beside « Attendee # » and « Order # »,
  which are not scanned); the French interface writes « N° de code-barres ».
* pretix: « Secret » in the check-in list export with its « secrets » option (the ticket's
  QR code is the position's secret); « Ticket secret » is the name of the field elsewhere.
* HelloAsso: « Code QR » / « Numéro de billet » in the participants export.
* Yurplan, Billetweb: « Code-barres » / « Code barre » (Billetweb's API field is ``barcode``).
* Eventzilla, Ticket Tailor and exports written by hand: « Barcode », « Ticket code »,
  « QR code », « Code du billet ».

Left out on purpose: « Ticket # » (after folding it is « Ticket », which is the ticket
*type* in many exports), « Voucher code » (a discount code in pretix, shared by many
people), « Attendee # » and « Order # » (internal numbers, not what the QR code carries),
and the « Security code » of WordPress Event Tickets (its QR code is a check-in URL).

``looks_like_ticket`` tells a code that may be a ticket of a ticketing service (digits and
letters of a ticket's length, at least one digit) from a foreign QR code (a URL, a vCard,
a sentence): the first is « billet inconnu — chercher le nom », the second « pas un badge
itday ».
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from itday.core.text import fold

#: the field of the visitor import that holds ticket codes
FIELD = "ticket_code"
#: ``attendee_code.kind`` of a ticket imported from a ticketing export
KIND_TICKET = "ticket"

#: shortest and longest ticket code kept (pretix secrets are 32 characters, signed ones
#: about 100; Eventbrite barcodes about 20 digits, Weezevent's 10–15)
MIN_LENGTH = 6
MAX_LENGTH = 128


@dataclass(frozen=True)
class TicketColumn:
    """The column of one service's export that holds the code printed in the ticket's QR."""

    service: str
    headers: tuple[str, ...]  # best first
    example: str  # what a code of that service looks like (tests, documentation)
    found: str  # where the header name comes from


TICKET_COLUMNS: tuple[TicketColumn, ...] = (
    TicketColumn(
        "Weezevent",
        ("Code-barres", "Code barre", "Code-barre"),
        "1234567890123",
        "participants export (Excel/CSV); support.weezevent.com « Gérer les participants »",
    ),
    TicketColumn(
        "Eventbrite",
        ("Barcode #", "N° de code-barres", "Numéro de code-barres"),
        "1234567890123456789001",
        "Attendee Summary report (CSV): Attendee #, Barcode #, Order Date, …",
    ),
    TicketColumn(
        "pretix",
        ("Secret", "Ticket secret", "Secret du billet"),
        "hdknu8p2jdnyfj6kyzy4ps3fwcr5hsjq",
        "pretix source, check-in list CSV export with secrets (« Secret » column)",
    ),
    TicketColumn(
        "HelloAsso",
        ("Code QR", "Numéro de billet"),
        "43210987",
        "participants export of a HelloAsso ticketing form",
    ),
    TicketColumn(
        "Yurplan",
        ("Code-barres", "N° de billet"),
        "6543210987654",
        "export of the participants list",
    ),
    TicketColumn(
        "Billetweb",
        ("Code barre", "Barcode"),
        "987654321012",
        "attendee export; API field « barcode »",
    ),
    TicketColumn(
        "",  # generic names: exports written by hand, Eventzilla, Ticket Tailor
        ("Barcode", "Ticket code", "QR code", "Code du billet", "Code billet", "Billet QR"),
        "TK-20170629-0042",
        "generic names of the ticket's scanned code",
    ),
)

#: words that, inside a header, mean "the scanned code of the ticket" (checked before the
#: words that mean the ticket *type*, such as « billet » and « ticket »)
CONTAINS: tuple[tuple[str, str], ...] = (
    ("codebarre", FIELD),
    ("barcode", FIELD),
    ("qrcode", FIELD),
    ("codeqr", FIELD),
    ("ticketsecret", FIELD),
)


def _key(header: str) -> str:
    """Compact form of a header, as ``itday.core.importing.header_key`` compares them."""
    return "".join(ch for ch in fold(header) if ch.isalnum())


def headers() -> list[tuple[str, int]]:
    """Every header name with its rank (0: the service's own column name, 1: a looser one)."""
    out: list[tuple[str, int]] = []
    for column in TICKET_COLUMNS:
        for position, name in enumerate(column.headers):
            out.append((name, 0 if position == 0 or column.service == "" else 1))
    return out


def services_of(header: str) -> str:
    """The service(s) whose export has this header, as stored with the codes (« Weezevent »,
    « Weezevent/Yurplan »), or « billetterie » when the name is a generic one."""
    key = _key(header)
    names = [c.service for c in TICKET_COLUMNS if c.service and key in map(_key, c.headers)]
    return "/".join(dict.fromkeys(names)) or "billetterie"


# -- codes --------------------------------------------------------------------------------

_SPLIT = re.compile(r"[\s,;|]+")
_TICKET = re.compile(r"[A-Za-z0-9_\-+/=]+")
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE][+-]?\d+$")

#: the digit row of a French (AZERTY) keyboard without Shift: what a scanner set up for a
#: US keyboard types on an AZERTY PC for the digits 1234567890
AZERTY_DIGITS = str.maketrans("&é\"'(-è_çà", "1234567890")


def split_codes(cell: str) -> list[str]:
    """The codes of one cell (some exports put a person's tickets in one cell)."""
    return [c for c in _SPLIT.split(cell.strip()) if c]


def one_code(cell: str) -> bool:
    """True if ``split_codes(cell)`` is ``[cell]``: a non-empty cell without separators."""
    return bool(cell) and _SPLIT.search(cell) is None


def mangled_by_spreadsheet(code: str) -> bool:
    """A long number that a spreadsheet turned into « 1,23457E+21 »: its digits are lost."""
    return bool(_SCIENTIFIC.match(code))


def storable(code: str) -> bool:
    """A code worth keeping: a ticket's length, printable, no blanks."""
    return MIN_LENGTH <= len(code) <= MAX_LENGTH and code.isprintable() and not code.isspace()


def candidates(text: str) -> list[str]:
    """What a read code may be as stored: as read, and — if a US-layout scanner typed it on
    an AZERTY PC — with the digit row read back (``&é"'(`` → ``12345``)."""
    text = (text or "").strip()
    if not text:
        return []
    out = [text]
    remapped = text.translate(AZERTY_DIGITS)
    if remapped != text:
        out.append(remapped)
    return out


def looks_like_ticket(text: str) -> bool:
    """True if ``text`` may be the code of a ticketing service's e-ticket: letters, digits
    (at least one) and ``-_+/=`` only, of a ticket's length.  A URL, a vCard, an e-mail or a
    sentence is not."""
    for candidate in candidates(text):
        if (
            MIN_LENGTH <= len(candidate) <= MAX_LENGTH
            and _TICKET.fullmatch(candidate)
            and any(ch.isdigit() for ch in candidate)
        ):
            return True
    return False


# -- statuses -----------------------------------------------------------------------------
#
# An attendee export also says whether each ticket still stands: a status of the attendee
# (Eventbrite « Attendee Status »), of the ticket or of the order (pretix, HelloAsso,
# Weezevent, Billetweb, Yurplan « Statut »).  A person whose ticket was cancelled, refunded,
# transferred to someone else or left unpaid until it expired is imported as *cancelled*:
# the desk refuses their codes (« billet annulé / remboursé »).  A value not listed here is
# imported as registered and named in a warning line by line; the organiser says what it
# means (the import's mapping step, ``itday import --status "VALEUR=annulé"``), remembered
# in the database for the next imports.

#: the field of the visitor import that holds the ticket's status
STATUS_FIELD = "status"
#: what a status means
ATTENDING = "attending"
CANCELLED = "cancelled"
#: ``attendee.cancel_reason`` of a person the import cancelled because every ticket of theirs
#: has a status meaning cancelled (refused at the door as « billet annulé / remboursé »);
#: "" for a registration cancelled by hand
CANCEL_REASON_TICKET = "ticket"


@dataclass(frozen=True)
class StatusColumn:
    """The status column of one service's export and what its values mean."""

    service: str
    headers: tuple[str, ...]
    attending: tuple[str, ...]
    cancelled: tuple[str, ...]
    found: str


STATUS_COLUMNS: tuple[StatusColumn, ...] = (
    StatusColumn(
        "Eventbrite",
        ("Attendee Status", "Statut du participant", "Order Status", "Statut de la commande"),
        ("Attending", "Checked In", "Participe", "Enregistré", "Présent"),
        (
            "Not Attending",
            "Ne participe pas",
            "Refunded",
            "Remboursé",
            "Cancelled",
            "Canceled",
            "Annulé",
            "Transferred",
            "Transféré",
            "Deleted",
            "Supprimé",
        ),
        "Attendee Summary report: « Attendee Status » (Attending / Not Attending / Checked In)",
    ),
    StatusColumn(
        "Weezevent",
        ("Statut", "Statut du billet", "État"),
        ("Validé", "Valide", "Payé", "Confirmé"),
        ("Annulé", "Remboursé", "Invalidé", "Invalide"),
        "participants export: « Statut » of the ticket",
    ),
    StatusColumn(
        "HelloAsso",
        ("Statut", "Statut de la commande", "Statut du paiement"),
        ("Validé", "Payé", "Autorisé", "Processed", "Authorized", "Registered"),
        (
            "Annulé",
            "Remboursé",
            "Refunded",
            "Canceled",
            "Refused",
            "Refusé",
            "Remboursement en cours",
        ),
        "participants export: « Statut » of the order / payment",
    ),
    StatusColumn(
        "Billetweb",
        ("Statut", "État"),
        ("Valide", "Validé", "Payé"),
        ("Annulé", "Remboursé", "Commande annulée", "Billet annulé"),
        "attendee export: « Statut »",
    ),
    StatusColumn(
        "pretix",
        ("Order status", "Statut de la commande", "Status", "Statut"),
        ("Paid", "Payée", "Payé", "Pending", "En attente"),
        (
            "Canceled",
            "Cancelled",
            "Annulée",
            "Annulé",
            "Expired",
            "Expirée",
            "Refunded",
            "Remboursée",
        ),
        "orders / check-in list export: « Order status » (paid, pending, canceled, expired)",
    ),
    StatusColumn(
        "Yurplan",
        ("Statut", "Statut du billet"),
        ("Confirmé", "Validé", "Payé"),
        ("Annulé", "Remboursé", "Transféré"),
        "export of the participants list: « Statut »",
    ),
)


status_key = _key


#: folded value → meaning, from every service above (no value means both)
STATUS_VALUES: dict[str, str] = {}
for _column in STATUS_COLUMNS:
    for _value in _column.attending:
        STATUS_VALUES.setdefault(status_key(_value), ATTENDING)
    for _value in _column.cancelled:
        STATUS_VALUES.setdefault(status_key(_value), CANCELLED)
del _column, _value


def status_headers() -> list[str]:
    """Every status column name of the services, each once."""
    return list(dict.fromkeys(h for c in STATUS_COLUMNS for h in c.headers))


# Some exports say it with a yes/no column instead of a status: « Supprimé » oui/non,
# « Annulé » 1/0, « Refunded » Yes/No (a ticket deleted or refunded when the answer is yes).
FLAG_HEADERS: tuple[str, ...] = (
    "Supprimé", "Annulé", "Remboursé", "Billet annulé", "Billet supprimé", "Billet remboursé",
    "Deleted", "Cancelled", "Canceled", "Refunded", "Is cancelled", "Is refunded",
)  # fmt: skip
_FLAG_KEYS = frozenset(status_key(h) for h in FLAG_HEADERS)
_FLAG_YES = frozenset(status_key(v) for v in ("oui", "yes", "1", "true", "vrai", "x", "o", "y"))
_FLAG_NO = frozenset(status_key(v) for v in ("non", "no", "0", "false", "faux", "n", "-"))


def is_flag_header(header: str) -> bool:
    """« Supprimé », « Refunded »…: a yes/no column saying the ticket no longer stands."""
    return status_key(header) in _FLAG_KEYS


def flag_meaning(value: str, chosen: dict[str, str] | None = None) -> str | None:
    """What a yes/no cell of such a column means (a blank: attending); None if neither."""
    key = status_key(value)
    if chosen and key in chosen:
        return chosen[key]
    if not key or key in _FLAG_NO:
        return ATTENDING
    return CANCELLED if key in _FLAG_YES else None


#: the words an organiser may give a status (``--status "VALEUR=annulé"``), folded
STATUS_MEANINGS: dict[str, str] = {
    "annule": CANCELLED,
    "annulee": CANCELLED,
    "cancelled": CANCELLED,
    "canceled": CANCELLED,
    "rembourse": CANCELLED,
    "refunded": CANCELLED,
    "inscrit": ATTENDING,
    "inscrite": ATTENDING,
    "valide": ATTENDING,
    "attending": ATTENDING,
    "registered": ATTENDING,
}


def status_meaning(value: str, chosen: dict[str, str] | None = None) -> str | None:
    """What a status cell means (``ATTENDING``, ``CANCELLED``), the organiser's choices
    (folded value → meaning) first; None when nobody knows; a blank cell is attending."""
    key = status_key(value)
    if not key:
        return ATTENDING
    if chosen and key in chosen:
        return chosen[key]
    return STATUS_VALUES.get(key)
