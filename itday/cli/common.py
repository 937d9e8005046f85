"""What the commands share: the registry of command functions, the database and edition a
command works on, JSON output, and the types of the arguments (a bad value is bad usage:
argparse says it and exits with status 2)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections.abc import Callable

from itday.errors import QT_TRANSLATE_NOOP, ItdayError, UsageError

#: the function that runs each command, by name (filled by ``@command`` in the families)
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str):
    """Registers the decorated function as the one that runs ``itday NAME``."""

    def register(fn):
        COMMANDS[name] = fn
        return fn

    return register


# -- the database and the edition -------------------------------------------------------


def open_db(args, *, create: bool = False, readonly: bool = False):
    """The database of ``--db``; only ``init``, ``demo`` and ``import`` (``create=True``) may
    create it: every other command refuses a missing SQLite file and creates nothing.
    Commands that only read (``readonly=True``) open it read-only and refuse anything that is
    not an itday database, leaving the file as it was."""
    from itday.db.engine import Database

    return Database.open(args.db, create=create, readonly=readonly)


def current_event_id(args, session) -> int:
    """``--event ID`` if given, else the latest edition; a clear error when there is none."""
    from itday.db import repo

    if getattr(args, "event", None) is not None:
        event = repo.get_event(args.event, session=session)
        if event is None:
            raise ItdayError(f"Aucune édition n° {args.event} dans cette base.")
        return event.id
    event = repo.latest_event(session=session)
    if event is None:
        raise ItdayError(
            "Cette base ne contient aucune édition : créez-en une avec "
            "« itday init --name … --date AAAA-MM-JJ » ou « itday demo »."
        )
    return event.id


def event_of(args, db) -> int:
    """The edition the command works on, read in a session of its own."""
    with db.session() as session:
        return current_event_id(args, session)


def query_event(args, query):
    """Run ``query(event_id, session)`` on the edition the command works on (read-only)."""
    db = open_db(args, readonly=True)
    with db.session() as session:
        return query(current_event_id(args, session), session)


# -- output -------------------------------------------------------------------------------


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
    sys.stdout.flush()


def category_value(text: str | None) -> str | None:
    """The category a command-line option names: its key (« press »), or its label on
    screen in French or English (« Presse », « Press »), any case or accents; bad usage,
    with the valid names, otherwise."""
    from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category
    from itday.core.text import fold

    if text is None:
        return None
    names = {fold(c.value): c.value for c in Category}
    names |= {fold(label): c.value for c, label in CATEGORY_LABELS_FR.items()}
    names |= {fold(label): c.value for c, label in CATEGORY_LABELS_EN.items()}
    value = names.get(fold(text.strip()))
    if value is None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "Catégorie inconnue « {text} » : choisissez parmi {names}."
            ),
            text=text,
            names=", ".join(f"« {CATEGORY_LABELS_FR[c]} »" for c in Category),
        )
    return value


def category_label(value: str) -> str:
    """« Visiteur » for "visitor" in text output (JSON keeps the stable keys)."""
    from itday.core.enums import CATEGORY_LABELS_FR, Category

    try:
        return CATEGORY_LABELS_FR[Category(value)]
    except (ValueError, KeyError):
        return value


# -- types of the arguments -----------------------------------------------------------------

INT_MAX = 2**63 - 1  # SQLite's integers: anything larger is a typo, not an id


def date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide « {value} » (attendu AAAA-MM-JJ)"
        ) from None


def time(value: str) -> dt.time:
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"heure invalide « {value} » (attendu HH:MM)") from None


def moment(value: str) -> dt.datetime:
    """A time of day with its date, in Europe/Paris unless it says its offset."""
    from zoneinfo import ZoneInfo

    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"heure invalide « {value} » (attendu AAAA-MM-JJTHH:MM)"
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=ZoneInfo("Europe/Paris"))
    return when


def port(text: str) -> int:
    """A TCP port, 0 (any free port) to 65535."""
    value = count(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un port (0 à 65535)")
    return value


def count(text: str) -> int:
    """A whole number ≥ 0 that the database can hold (ids, counts, sizes): bad usage else."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre entier") from None
    if not 0 <= value <= INT_MAX:
        raise argparse.ArgumentTypeError(f"« {text} » : nombre hors limites")
    return value


def screen_size(text: str) -> str:
    """« 1366x768 »: a screen's width and height, 200 to 10000 pixels each."""
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"taille invalide « {text} » (attendu LARGEURxHAUTEUR, par ex. 1600x900)"
        ) from None
    if not (200 <= w <= 10_000 and 200 <= h <= 10_000):
        raise argparse.ArgumentTypeError(f"« {text} » : de 200 à 10000 pixels de côté")
    return text


def seconds(text: str) -> float:
    """A wait in seconds: a finite number from 0 to an hour (``-1``, ``nan``, ``inf`` are bad
    usage: a desk would never stop waiting, or never wait)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre de secondes") from None
    if not (math.isfinite(value) and 0 <= value <= 3600):
        raise argparse.ArgumentTypeError(f"« {text} » : de 0 à 3600 secondes")
    return value


#: printers' resolutions, in dots per inch (label printers 203–600, office printers ≤ 2400)
DPI_RANGE = (50, 2400)


def dpi(text: str) -> int:
    """A printer's resolution (a whole number of dots per inch, 50 to 2400)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre entier") from None
    low, high = DPI_RANGE
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(
            f"« {text} » : une résolution de {low} à {high} points par pouce"
        )
    return value


def label(text: str) -> str:
    """A name shown on badges, lists and screens (an edition's, its venue's, a station's):
    one line, no control character (bad usage: the text is never echoed as it is)."""
    from itday.core.text import has_control

    if has_control(text):
        raise argparse.ArgumentTypeError(
            "le nom contient un caractère de contrôle (saut de ligne, tabulation, échappement…) "
            "ou d'inversion du sens du texte : écrivez-le sur une ligne, en texte simple"
        )
    return text.strip()


def positive_float(text: str) -> float:
    """A finite number above zero (``nan``, ``inf``, 0 and less are bad usage)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"« {text} » : un nombre positif est attendu")
    return value
