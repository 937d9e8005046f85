"""A ticket-code column under a header nobody here knows, found by its values.

Exports differ by service, language, version and by the columns the organiser chose, so the
column holding the code printed in each ticket's QR may come under a name the import does
not recognise.  When no column is mapped to the ticket code, ``CodeColumnGuess`` watches the
unmapped columns row by row (one pass, as the rows stream by) and keeps those whose every
value may be a ticket's code: distinct from row to row, 8 to 128 letters and digits (``-``
and ``_`` allowed inside) with at least one digit, and not an e-mail, a phone number, a
date or an amount; a column whose header says it is an order or attendee number is left
out.  The import names it (``hint``); the GUI's mapping step pre-selects it.
"""

from __future__ import annotations

import re

from itday.core import tickets
from itday.core.importing.mapping import Mapping, header_key
from itday.core.importing.reading import Row

MIN_LENGTH = 8
MAX_LENGTH = tickets.MAX_LENGTH

_CODE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_\-]*[A-Za-z0-9])?")
_PHONE = re.compile(r"(?:0|33|0033)[1-9]\d{8}")
_DATE = re.compile(r"\d{1,4}[-_]\d{1,2}[-_]\d{1,4}(?:[T_ -]?\d.*)?|\d{8}|\d{12}|\d{14}")
#: header words of a number that is not the scanned code (compact, folded)
_NOT_CODE_HEADERS = (
    "commande", "order", "attendee", "participant", "inscription", "registration",
    "facture", "invoice", "transaction", "paiement", "payment", "siret", "siren", "tva",
    "postal", "zip", "iban", "date", "telephone", "phone", "mobile", "mail",
)  # fmt: skip
#: header words that make a column a better guess when several qualify
_CODE_HEADER_WORDS = ("code", "billet", "ticket", "qr", "secret", "barre", "bar")


def may_be_code(value: str) -> bool:
    """A value a ticket's code may be (not an e-mail, a phone, a date, an amount)."""
    return (
        MIN_LENGTH <= len(value) <= MAX_LENGTH
        and bool(_CODE.fullmatch(value))
        and any(ch.isdigit() for ch in value)
        and not _PHONE.fullmatch(value)
        and not _DATE.fullmatch(value)
    )


class CodeColumnGuess:
    """Feed it every row (``add``); ``column`` is then the unmapped column that looks like
    ticket codes, or None."""

    def __init__(self, mapping: Mapping) -> None:
        self.headers = mapping.headers
        self.watched: dict[int, set[str]] = {}  # column → values seen
        if mapping.kind == "visitors" and mapping.column_of(tickets.FIELD) is None:
            # « Référence billet » was taken for the ticket type by its word « billet »: a
            # type column whose every value is another code is no type
            unmapped = [*mapping.unknown_columns, mapping.column_of("category")]
            self.watched = {
                i: set()
                for i in unmapped
                if i is not None
                and i not in mapping.ignored  # the organiser said: not imported
                and not any(word in header_key(self.headers[i]) for word in _NOT_CODE_HEADERS)
            }
        self.category = mapping.column_of("category")
        self.rows = 0

    def add(self, row: Row) -> None:
        if not self.watched:
            return
        self.rows += 1
        for index in list(self.watched):
            value = row.cells[index].strip() if index < len(row.cells) else ""
            if not value:
                continue
            seen = self.watched[index]
            if value in seen or not may_be_code(value):
                del self.watched[index]
            else:
                seen.add(value)

    @property
    def column(self) -> int | None:
        """The best column left: filled on most rows, its header naming a code if several."""
        filled = [
            i
            for i, seen in self.watched.items()
            if seen and len(seen) * 2 >= self.rows and (i != self.category or len(seen) >= 3)
        ]
        if not filled:
            return None

        def score(index: int) -> tuple[int, int]:
            key = header_key(self.headers[index])
            return (-any(w in key for w in _CODE_HEADER_WORDS), index)

        return min(filled, key=score)

    def hint(self) -> str | None:
        """The report's line about the column, if one looks like ticket codes."""
        column = self.column
        if column is None:
            return None
        header = self.headers[column]
        return (
            f"aucune colonne reconnue comme code du billet, mais « {header} » en a l'air "
            "(une valeur différente par ligne, lettres et chiffres) : si c'est le code scanné "
            "à l'entrée, choisissez « Code du billet » pour elle à l'étape des colonnes, ou "
            f'ajoutez --column "{header}=Code du billet"'
        )
