"""A visitor's consent to exhibitors receiving their details beyond the badge.

The badge shows a name, a company and a category; an e-mail, a phone or a job title reach
an exhibitor's stand only if the person said yes.  The answer is stored with its time and
where it was given (``Attendee.consent``, ``consent_at``, ``consent_source``): ``None``
means never asked, which counts as no.  Withdrawing it sets it to ``False``: every stand's
export respects it from then on (``itday.core.leads.visible`` applies it).
"""

from __future__ import annotations

import enum

from itday.core.text import fold


class ConsentSource(enum.StrEnum):
    IMPORT = "import"  # a column of the registration file
    WALK_IN = "walk_in"  # the box of the walk-in form at the desk
    DESK = "desk"  # changed or withdrawn at the desk (Visiteurs, Accueil)


#: words of a registration file's consent column (folded: no accents, lower case)
YES = frozenset(
    {"oui", "o", "yes", "y", "1", "1.0", "true", "vrai", "x", "ok", "accepte", "d'accord"}
)
NO = frozenset({"non", "n", "no", "0", "0.0", "false", "faux", "refuse", "-"})


def parse_consent(text: object) -> bool | None:
    """The answer written in a registration file's cell: True, False, or None when the
    cell is empty.  A value that is neither yes nor no raises ``ValueError`` (the import
    warns and stores no answer: never asked, which counts as no)."""
    if text is None:
        return None
    if isinstance(text, bool):
        return text
    if isinstance(text, int | float):
        if text in (0, 1):
            return bool(text)
        raise ValueError(str(text))
    word = fold(str(text)).strip()
    if not word:
        return None
    if word in YES:
        return True
    if word in NO:
        return False
    raise ValueError(str(text))
