"""File names made from people's texts are valid on Windows (issue 28.5), checked by the
rules Windows applies (``core.filenames.valid_on_windows``), not by running Windows."""

from __future__ import annotations

import datetime as dt

import pytest

from itday.core.filenames import is_reserved, name_part, valid_on_windows
from itday.services.export import backup_name
from itday.services.leads_export import file_stem
from itday.services.stand_reports import file_name
from itday.services.station import local_file

NASTY = [
    "CON",
    "con",
    "Nul",
    "COM1",
    "lpt9",
    "AUX.txt",
    'a<b>c:d"e/f\\g|h?i*j',
    "Fin. ",
    "trailing dot.",
    "  ",
    "...",
    "Société Générale – Île-de-France « Pôle »",
    "日本語",
    "x" * 400,
    "tab\tand\nnewline",
]


@pytest.mark.parametrize("text", NASTY)
def test_every_builder_gives_a_windows_name(text):
    when = dt.datetime(2026, 12, 7, 18, 30)
    for name in (
        name_part(text, default="x"),
        name_part(text, default="x", lower=False, limit=80),
        file_name(text),
        file_stem(text, 12) + ".csv",
        backup_name(text, when),
        local_file("queues", text).name,  # the offline queue of a station named so
    ):
        assert valid_on_windows(name), (text, name)
        assert len(name) <= 100


def test_reserved_names_are_recognised_as_windows_does():
    assert is_reserved("CON") and is_reserved("con.pdf") and is_reserved("Com1.tar.gz")
    assert is_reserved("NUL ") and is_reserved("lpt¹")
    assert (
        not is_reserved("console") and not is_reserved("com10") and not is_reserved("rapport-con")
    )
    assert name_part("CON", default="x") == "con_"
    assert name_part("Société Générale", default="x") == "societe-generale"
    assert name_part("Société Générale", default="x", lower=False) == "Societe-Generale"
    assert name_part("???", default="exposant") == "exposant"


def test_the_check_itself_refuses_what_windows_refuses():
    for bad in ("a:b", "a?", "x.", "x ", "NUL", "aux.txt", "", "a\x01b", "y" * 256):
        assert not valid_on_windows(bad), bad
    assert valid_on_windows("Société Générale (2017).pdf")
