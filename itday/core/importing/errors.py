"""What an import says when it cannot go on."""

from __future__ import annotations

from itday.errors import UserMessage


class ImportFileError(UserMessage, Exception):
    """The file cannot be imported at all; the message is one French sentence for the user
    (a template with named fields, translated by the interface: see ``itday.errors``)."""


class ImportCancelled(Exception):
    """The user cancelled the import; nothing was written."""
