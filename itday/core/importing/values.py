"""Cleaning the values of a cell: names, e-mails, booths, ticket types and order numbers,
and the way a report quotes a value."""

from __future__ import annotations

import re
from collections.abc import Iterable

from itday.core.enums import CATEGORY_LABELS_FR, Category
from itday.core.importing.errors import ImportFileError
from itday.core.text import fold
from itday.errors import QT_TRANSLATE_NOOP

_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[a-z]{2,}")
_BOOTH_SPLIT = re.compile(r"[,;/\s]+")
_BOOTH_WORDS = {"stand", "stands", "booth", "booths", "n", "no", "n°", "nº", "et", "and", "&"}


def collapse(text: str) -> str:
    """Trim and collapse every run of whitespace (line breaks included) to one space."""
    words = text.split()
    return words[0] if len(words) == 1 else " ".join(words)


def clean_email(text: str) -> str:
    value = collapse(text).lower()
    if value.startswith("mailto:"):
        value = value[len("mailto:") :]
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    return value.strip()


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.fullmatch(value)) and ".." not in value


def split_full_name(text: str) -> tuple[str, str]:
    """(first, last) from a full name: "Dupont, Jean", "DUPONT Jean", "Jean DUPONT", "Jean Dupont"."""
    text = collapse(text)
    if not text:
        return "", ""
    if "," in text:
        last, _, first = text.partition(",")
        return collapse(first), collapse(last)
    words = text.split(" ")
    if len(words) == 1:
        return "", words[0]

    def shouting(word: str) -> bool:
        letters = [c for c in word if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    upper = [shouting(w) for w in words]
    if any(upper) and not all(upper):
        if upper[0]:  # "DUPONT Jean": French lists put the surname first, in capitals
            cut = upper.index(False)
            return " ".join(words[cut:]), " ".join(words[:cut])
        if upper[-1]:  # "Jean-Pierre DE LA TOUR"
            cut = len(words) - upper[::-1].index(False)
            return " ".join(words[:cut]), " ".join(words[cut:])
    return words[0], " ".join(words[1:])


# Ticket names → category: the first keyword found in the folded value wins.
_CATEGORY_WORDS: list[tuple[str, Category]] = [
    ("exhibitor_staff", Category.EXHIBITOR_STAFF),
    ("exposant", Category.EXHIBITOR_STAFF),
    ("exhibitor", Category.EXHIBITOR_STAFF),
    ("presse", Category.PRESS),
    ("press", Category.PRESS),
    ("journalist", Category.PRESS),
    ("media", Category.PRESS),
    ("intervenant", Category.SPEAKER),
    ("speaker", Category.SPEAKER),
    ("conferencier", Category.SPEAKER),
    ("orateur", Category.SPEAKER),
    ("organisat", Category.ORGANISER),
    ("organiser", Category.ORGANISER),
    ("organizer", Category.ORGANISER),
    ("staff", Category.ORGANISER),
    ("benevole", Category.ORGANISER),
    ("volunteer", Category.ORGANISER),
    ("visiteur", Category.VISITOR),
    ("visitor", Category.VISITOR),
    ("participant", Category.VISITOR),
    ("attendee", Category.VISITOR),
    ("general", Category.VISITOR),
    ("standard", Category.VISITOR),
]
_VIP = re.compile(r"\bvip\b")


def category_of(text: str) -> Category | None:
    """The category a ticket name means, or None if it is not recognised."""
    key = fold(text)
    if not key:
        return None
    if _VIP.search(key):
        return Category.VIP
    for word, category in _CATEGORY_WORDS:
        if word in key:
            return category
    return None


def split_booths(text: str) -> list[str]:
    codes: list[str] = []
    for token in _BOOTH_SPLIT.split(text.strip()):
        token = token.strip().upper()
        if not token or fold(token) in _BOOTH_WORDS or token in codes:
            continue
        codes.append(token)
    return codes


def shown_value(field_name: str, value: object, limit: int = 60) -> str:
    """A value as a report quotes it: one line, cut after ``limit`` characters, a category by
    its French label."""
    if value is None:
        return ""
    if isinstance(value, bool):  # the consent column's answer
        return "oui" if value else "non"
    text = str(value)
    if field_name == "category":
        try:
            text = CATEGORY_LABELS_FR[Category(text)]
        except ValueError:
            pass
    text = collapse(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: between the order numbers of one person registered by several orders
REF_SEPARATOR = ", "
_REF_SPLIT = REF_SEPARATOR.strip()


def split_refs(text: str | None) -> list[str]:
    """The order numbers an ``external_ref`` holds (one, or several merged)."""
    if not text:
        return []
    if _REF_SPLIT not in text:  # one order: the usual case
        text = text.strip()
        return [text] if text else []
    return [r.strip() for r in text.split(_REF_SPLIT) if r.strip()]


def join_refs(*texts: str | None) -> str:
    """Every order number of ``texts``, each once, in their order."""
    refs: list[str] = []
    for text in texts:
        refs += [r for r in split_refs(text) if r not in refs]
    return REF_SEPARATOR.join(refs)


def parse_ticket_categories(pairs: Iterable[str]) -> dict[str, str]:
    """« Étudiant=visitor » (or the French label: « Étudiant=Visiteur ») → folded type →
    category value; raises ``ImportFileError`` for an unknown category."""
    from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR

    names = {fold(c.value): c.value for c in Category}
    names |= {fold(label): c.value for c, label in CATEGORY_LABELS_FR.items()}
    names |= {fold(label): c.value for c, label in CATEGORY_LABELS_EN.items()}
    out: dict[str, str] = {}
    for pair in pairs:
        ticket, sep, category = pair.rpartition("=")
        value = names.get(fold(category))
        if not sep or not ticket.strip() or value is None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {pair} » : attendu TYPE=CATÉGORIE, par ex. « Étudiant=Visiteur » "
                    "(catégories : {names}).",
                ),
                pair=pair,
                names=", ".join(CATEGORY_LABELS_FR[c] for c in Category),
            )
        out[fold(ticket)] = value
    return out


def parse_ticket_statuses(pairs: Iterable[str]) -> dict[str, str]:
    """« Pending=annulé » (or « =inscrit », « =cancelled »…) → the status's key →
    ``tickets.CANCELLED`` or ``tickets.ATTENDING``; raises ``ImportFileError`` otherwise."""
    from itday.core import tickets

    out: dict[str, str] = {}
    for pair in pairs:
        status, sep, meaning = pair.rpartition("=")
        value = tickets.STATUS_MEANINGS.get(fold(meaning).strip())
        key = tickets.status_key(status)
        if not sep or not key or value is None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {pair} » : attendu STATUT=annulé ou STATUT=inscrit, par ex. "
                    "« Pending=annulé ».",
                ),
                pair=pair,
            )
        out[key] = value
    return out


def parse_columns(pairs: Iterable[str], fields: dict[str, str]) -> dict[str, str]:
    """« Référence billet=Code du billet » (the field by its label, its start, or its name:
    « ticket_code »; « ignorer » leaves the column out) → header key → field name ("" to
    ignore); raises ``ImportFileError`` for a field that is not one of ``fields``."""
    from itday.core.importing.mapping import header_key

    out: dict[str, str] = {}
    for pair in pairs:
        header, sep, wanted = pair.rpartition("=")
        key, want = header_key(header), header_key(wanted)
        names = [n for n in fields if want and want in (header_key(n), header_key(fields[n]))]
        names = names or [n for n in fields if want and header_key(fields[n]).startswith(want)]
        if want in ("ignorer", "ignore", "aucun", "none"):
            names = [""]
        if not sep or not key or len(names) != 1:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {pair} » : attendu EN-TÊTE=CHAMP, par ex. « Référence billet=Code du "
                    "billet » (champs : {names} ; « ignorer » pour laisser la colonne).",
                ),
                pair=pair,
                names=", ".join(fields.values()),
            )
        out[key] = names[0]
    return out
