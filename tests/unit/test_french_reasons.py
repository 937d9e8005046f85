"""Issue 23.9: the system's and SQLite's reasons in French, names on one line."""

from __future__ import annotations

import argparse
import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from itday import cli
from itday.core.text import clean_label, has_control
from itday.errors import db_reason, os_reason


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.EEXIST, "existe déjà"),
        (errno.ENOENT, "introuvable"),
        (errno.EROFS, "lecture seule"),
        (errno.ENOSPC, "disque plein"),
        (errno.ENOTDIR, "pas un dossier"),
        (errno.EIO, "disque"),
        (errno.EACCES, "accès refusé"),
        (9999, "code 9999"),
    ],
)
def test_os_reasons_are_french(number, words):
    exc = OSError(number, "English words", "/tmp/x")
    assert words in os_reason(exc) and "English" not in os_reason(exc)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("disk I/O error", "disque"),
        ("database or disk is full", "disque plein"),
        ("attempt to write a readonly database", "lecture seule"),
        ("database is locked", "verrouillée"),
        ("file is not a database", "pas une base"),
        ("*** in database main ***\nPage 5: btree page\nrow 3 missing", "endommagée"),
        ("something SQLite never said", "erreur de la base"),
    ],
)
def test_sqlite_reasons_are_french_and_one_line(text, words):
    reason = db_reason(sqlite3.OperationalError(text))
    assert words in reason and "\n" not in reason and text.split("\n")[0] not in reason
    wrapped = OperationalError("INSERT …", {}, sqlite3.OperationalError(text))
    assert db_reason(wrapped) == reason


def test_an_sqlite_error_reaching_the_command_line_is_one_french_line(monkeypatch, capsys):
    def broken(_args):
        raise OperationalError("UPDATE …", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setitem(cli.COMMANDS, "about", broken)
    assert cli._dispatch(argparse.Namespace(command="about")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "disk I/O" not in err and "inattendue" not in err

    def gone(_args):
        raise FileExistsError(errno.EEXIST, "File exists", "/tmp/x")

    monkeypatch.setitem(cli.COMMANDS, "about", gone)
    assert cli._dispatch(argparse.Namespace(command="about")) == 1
    err = capsys.readouterr().err
    assert "existe déjà" in err and "File exists" not in err


def test_names_keep_one_line():
    assert has_control("a\nb") and has_control("a\x1b[31m") and has_control("a\u202eb")
    assert not has_control("Innovation IT Day — Diagora, Labège")
    assert clean_label(" Salon\x1b[31m\nRouge\t ") == "Salon [31m Rouge"
    assert clean_label("abc\u202edef") == "abc def"


def test_a_reason_in_a_message_is_translated_with_it():
    from itday.errors import ItdayError

    english = {
        "disque plein": "disk full",
        "Impossible d'écrire {name} ({reason}).": "Cannot write {name} ({reason}).",
    }
    error = ItdayError("Impossible d'écrire {name} ({reason}).", name="disque plein.pdf",
                       reason=os_reason(OSError(errno.ENOSPC, "x")))  # fmt: skip
    assert str(error) == "Impossible d'écrire disque plein.pdf (disque plein)."
    assert error.translated(lambda _c, t: english.get(t, t)) == (
        "Cannot write disque plein.pdf (disk full)."
    )
