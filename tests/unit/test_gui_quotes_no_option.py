"""Issue 24.10: the interface never quotes a command-line option (« --printer NOM »).

A message shared by the command line and the interface keeps its option apart
(``ItdayError(..., cli=...)``): ``str()`` — the command line's line — ends with it, the
interface's ``translated`` never does."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from itday.core import printing
from itday.errors import ItdayError
from itday.services import editions, export

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "itday_en.ts"
OPTION = re.compile(r"(^|[\s(«])--[a-z]")
#: a whole command to type in a terminal, quoted as such, is not an option of the window
COMMAND = re.compile(r"« itday [^»]*»")


def _sources():
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            yield name, message.findtext("source") or ""


def test_the_windows_own_texts_quote_no_option():
    found = [
        (name, text)
        for name, text in _sources()
        if name != "errors" and OPTION.search(COMMAND.sub("", text))
    ]
    assert found == []


#: messages of the "errors" context that may quote an option: the command line's own usage
#: errors (never shown by the window: they start with the option they are about, or are
#: listed here), and opening a database given by --db (left as they are)
COMMAND_LINE_ONLY = ("--", "Donnez soit un fichier PDF, soit --print")
OPENING_A_BASE = "(--db)", "vérifiez --db"


def test_shared_error_messages_quote_no_option():
    found = [
        text
        for name, text in _sources()
        if name == "errors"
        and OPTION.search(COMMAND.sub("", text))
        and not text.startswith(COMMAND_LINE_ONLY)
        and not any(mark in text for mark in OPENING_A_BASE)
    ]
    assert found == []


def test_shared_messages_keep_their_option_for_the_command_line():
    for problem, template in printing.TEMPLATES.items():
        assert not OPTION.search(template), problem
    shared = [
        (printing.TEMPLATES[printing.Problem.NO_PRINTER], printing.COMMAND_LINE_HINTS[
            printing.Problem.NO_PRINTER], {}),
        (editions.DUPLICATE, editions.DUPLICATE_CLI,
         {"name": "IT Day", "date": "29/06/2017", "event_id": 1}),
        (editions.NO_NAME, editions.NO_NAME_CLI, {}),
        (export.OTHER_EDITION, export.OTHER_EDITION_CLI,
         {"out": "x", "other_id": 2, "other_name": "Y"}),
    ]  # fmt: skip
    for template, cli, fields in shared:
        error = ItdayError(template, cli=cli, **fields)
        assert not OPTION.search(error.translated(lambda _c, source: source)), template
        assert OPTION.search(str(error)), template  # the command line still says which
