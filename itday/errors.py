"""Errors a user can act on: each carries one line that says what is wrong and what to do.

The line is written in French, as a template with named fields marked for Qt Linguist::

    raise ItdayError(QT_TRANSLATE_NOOP("errors", "Le fichier {name} est vide."), name=path.name)

``str(error)`` is the French line (the command line prints it); the interface shows
``error.translated(QCoreApplication.translate)``, the line in the interface's language (the
English templates are in ``resources/translations``).  A plain string still works: it is
shown as it is.  This module imports no Qt, so that ``itday.core`` may use it.

A template never quotes a command-line option: the interface shows it.  What the command
line adds (« --force », « --printer NOM ») is given apart, ``cli="…"`` (French, fields filled
too): ``str(error)`` ends with it, ``translated`` never does.
"""

from __future__ import annotations

from collections.abc import Callable

#: the Qt Linguist context of the messages
CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for translation without importing Qt; returns it unchanged."""
    return text


def _fill(template: str, params: dict) -> str:
    if not params:
        return template
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong field: say it anyway
        return template + " (" + ", ".join(f"{k}={v}" for k, v in params.items()) + ")"


class UserMessage:
    """Mixin for exceptions whose message is a translatable template with named fields."""

    def __init__(self, template: str = "", /, *, cli: str = "", **params) -> None:
        self.template = template
        self.params = params
        self.cli = cli
        line = _fill(template, params)
        super().__init__(f"{line} {_fill(cli, params)}" if cli else line)

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The message in the language of ``translate(context, source)`` (for the interface:
        without the command line's hint; a field holding one of the system's reasons below,
        « disque plein », is translated too)."""
        params = {
            k: translate(CONTEXT, v) if isinstance(v, str) and v in _REASON_TEXTS else v
            for k, v in self.params.items()
        }
        return _fill(translate(CONTEXT, self.template), params)

    def __reduce__(self):  # pickling keeps the fields (keyword arguments)
        return (_rebuild, (type(self), self.template, self.params, self.cli))


def _rebuild(cls, template: str, params: dict, cli: str = ""):
    return cls(template, cli=cli, **params)


class ItdayError(UserMessage, Exception):
    """An error shown to the user as one line, without a traceback."""

    exit_code = 1


class UsageError(ItdayError):
    """A command given the wrong way (exit status 2, as argparse's own usage errors)."""

    exit_code = 2


class DatabaseError(ItdayError):
    pass


# -- the system's own words, in French -----------------------------------------------------------
# An OSError's ``strerror`` and an SQLite message are in English (« File exists », « disk I/O
# error »): a line for the user says the same thing in its own words, from the error number.

_OS_REASONS = {
    "EACCES": QT_TRANSLATE_NOOP("errors", "accès refusé"),
    "EPERM": QT_TRANSLATE_NOOP("errors", "accès refusé"),
    "EROFS": QT_TRANSLATE_NOOP("errors", "support en lecture seule"),
    "ENOSPC": QT_TRANSLATE_NOOP("errors", "disque plein"),
    "EDQUOT": QT_TRANSLATE_NOOP("errors", "quota du disque atteint"),
    "EFBIG": QT_TRANSLATE_NOOP("errors", "fichier trop gros pour ce support"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("errors", "nom trop long"),
    "EEXIST": QT_TRANSLATE_NOOP("errors", "un fichier de ce nom existe déjà"),
    "ENOENT": QT_TRANSLATE_NOOP("errors", "fichier ou dossier introuvable"),
    "ENOTDIR": QT_TRANSLATE_NOOP("errors", "un élément du chemin n'est pas un dossier"),
    "EISDIR": QT_TRANSLATE_NOOP("errors", "c'est un dossier, pas un fichier"),
    "ENOTEMPTY": QT_TRANSLATE_NOOP("errors", "dossier non vide"),
    "EBUSY": QT_TRANSLATE_NOOP("errors", "fichier utilisé par un autre programme"),
    "ETXTBSY": QT_TRANSLATE_NOOP("errors", "fichier utilisé par un autre programme"),
    "EXDEV": QT_TRANSLATE_NOOP("errors", "déplacement impossible d'un disque à un autre"),
    "EIO": QT_TRANSLATE_NOOP(
        "errors", "erreur de lecture ou d'écriture du disque (support retiré ?)"
    ),
    "ENXIO": QT_TRANSLATE_NOOP("errors", "périphérique absent"),
    "ENODEV": QT_TRANSLATE_NOOP("errors", "périphérique absent"),
    "EINVAL": QT_TRANSLATE_NOOP("errors", "nom ou valeur refusé par le système"),
    "EMFILE": QT_TRANSLATE_NOOP("errors", "trop de fichiers ouverts"),
    "ENFILE": QT_TRANSLATE_NOOP("errors", "trop de fichiers ouverts"),
    "ELOOP": QT_TRANSLATE_NOOP("errors", "lien symbolique en boucle"),
}
_OTHER_OS_REASON = QT_TRANSLATE_NOOP("errors", "erreur du système (code {number})")

#: SQLite's messages (lower case, as found in them) → the reason in French
_SQLITE_REASONS = (
    ("database or disk is full", QT_TRANSLATE_NOOP("errors", "disque plein")),
    ("disk i/o error", QT_TRANSLATE_NOOP("errors", "erreur de lecture ou d'écriture du disque (support retiré ?)")),
    ("readonly database", QT_TRANSLATE_NOOP("errors", "base en lecture seule")),
    ("read-only", QT_TRANSLATE_NOOP("errors", "base en lecture seule")),
    ("database is locked", QT_TRANSLATE_NOOP("errors", "base verrouillée par un autre programme")),
    ("unable to open database file", QT_TRANSLATE_NOOP("errors", "fichier de la base impossible à ouvrir")),
    ("file is not a database", QT_TRANSLATE_NOOP("errors", "ce fichier n'est pas une base de données")),
    ("malformed", QT_TRANSLATE_NOOP("errors", "base endommagée")),
    ("corrupt", QT_TRANSLATE_NOOP("errors", "base endommagée")),
    ("*** in database", QT_TRANSLATE_NOOP("errors", "base endommagée")),  # integrity_check
    ("btree", QT_TRANSLATE_NOOP("errors", "base endommagée")),
    ("no such table", QT_TRANSLATE_NOOP("errors", "ce n'est pas une base itday")),
)  # fmt: skip
_OTHER_DB_REASON = QT_TRANSLATE_NOOP("errors", "erreur de la base de données")
#: the reasons a message's field may hold, translated with it
_REASON_TEXTS = frozenset(
    [*_OS_REASONS.values(), *(reason for _, reason in _SQLITE_REASONS), _OTHER_DB_REASON]
)


def os_reason(exc: BaseException, translate: Callable[[str, str], str] | None = None) -> str:
    """The reason of an ``OSError`` in French (or through ``translate``), never the
    system's English text."""
    import errno

    tr = translate or (lambda _context, text: text)
    number = getattr(exc, "errno", None)
    name = errno.errorcode.get(number or 0, "")
    if name in _OS_REASONS:
        return tr(CONTEXT, _OS_REASONS[name])
    if number is None:
        return db_reason(exc, translate)
    return _fill(tr(CONTEXT, _OTHER_OS_REASON), {"number": number})


def db_reason(exc: BaseException | str, translate: Callable[[str, str], str] | None = None) -> str:
    """The reason of an SQLite (or SQLAlchemy) error in French, one line, never its text."""
    tr = translate or (lambda _context, text: text)
    text = str(getattr(exc, "orig", None) or exc).lower()
    for words, reason in _SQLITE_REASONS:
        if words in text:
            return tr(CONTEXT, reason)
    return tr(CONTEXT, _OTHER_DB_REASON)
