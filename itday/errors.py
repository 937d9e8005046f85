"""Errors a user can act on: each carries one line that says what is wrong and what to do."""

from __future__ import annotations


class ItdayError(Exception):
    """An error shown to the user as one line, without a traceback."""

    exit_code = 1


class DatabaseError(ItdayError):
    pass
