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
        without the command line's hint)."""
        return _fill(translate(CONTEXT, self.template), self.params)

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
