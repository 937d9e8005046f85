"""A scan is read once, at the edge (issue 28.3): ``read_scan`` turns the text into one value
(a badge code, a ticket code, a foreign code or a malformed one) that the rules then read."""

from __future__ import annotations

from itday.core import badge
from itday.core.badge import new_code
from itday.core.checkin import CodeType, decide, read_scan
from itday.core.enums import ScanResult
from itday.services.checkin import record_scan


def test_each_kind_of_text_becomes_one_value():
    code = new_code()
    damaged = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert read_scan(f"  {code.lower()}\r\n") == read_scan(code)
    assert read_scan(code).type is CodeType.BADGE and read_scan(code).code == code
    assert read_scan(damaged).type is CodeType.MALFORMED
    assert read_scan(" 1700012345692 ").type is CodeType.TICKET
    assert read_scan(" 1700012345692 ").code == "1700012345692"
    assert read_scan("https://example.com/").type is CodeType.FOREIGN
    assert [read_scan(t).may_be_ticket for t in (code, damaged, "1700012345692", "x y")] == [
        False,
        False,
        True,
        True,  # a ticket code need not look like one to be found
    ]


def test_the_rules_read_the_value():
    assert decide(read_scan(new_code()), None, 1).reason == "not_registered"
    assert decide(read_scan("1700012345692"), None, 1).reason == "unknown_ticket"
    assert decide(read_scan("BEGIN:VCARD\nEND:VCARD"), None, 1).reason == "not_ours"
    damaged = decide(read_scan("ITD-AAAAAAAAAAAAAAAAAA"), None, 1)
    assert (damaged.result, damaged.reason) == (ScanResult.INVALID, "damaged")


def test_one_scan_at_the_desk_parses_its_text_once(db, event_id, monkeypatch):
    calls = []
    parse = badge.parse
    monkeypatch.setattr(badge, "parse", lambda raw: calls.append(raw) or parse(raw))
    with db.session() as s:
        for text in (new_code(), "1700012345692", "https://example.com/"):
            calls.clear()
            record_scan(s, event_id, text, "Accueil 1")
            assert calls == [text], text
