"""Issue 24.8: the re-entry rule, as a pure decision (no database)."""

from __future__ import annotations

import datetime as dt

from itday.core import checkin
from itday.core.checkin import KnownAttendee, Reentry, decide, reentry_rule
from itday.core.enums import ScanResult

IN = dt.datetime(2017, 6, 29, 7, 0, tzinfo=dt.UTC)


def _person(category="visitor", exited=False):
    return KnownAttendee(1, 1, category, False, IN, "Accueil 1", exited)


def test_the_rule_of_a_category_else_the_editions_else_allowed():
    policy = {"default": "after_exit", "press": "refused"}
    assert reentry_rule(policy, "press") is Reentry.REFUSED
    assert reentry_rule(policy, "visitor") is Reentry.AFTER_EXIT
    assert reentry_rule({}, "visitor") is Reentry.ALLOWED
    assert reentry_rule({"default": "nonsense"}, "visitor") is Reentry.ALLOWED


def test_each_rule_as_applied():
    code = "ITD-" + "A" * 10
    cases = [
        ({}, False, checkin.REASON_REENTRY, True),
        ({"default": "refused"}, True, checkin.REASON_REENTRY_REFUSED, False),
        ({"default": "after_exit"}, False, checkin.REASON_NOT_EXITED, False),
        ({"default": "after_exit"}, True, checkin.REASON_REENTRY_AFTER_EXIT, True),
    ]
    for policy, exited, reason, admits in cases:
        d = decide(checkin.ScannedCode(checkin.CodeType.BADGE, code), _person(exited=exited), 1,
                   policy)  # fmt: skip
        assert d.result is ScanResult.ALREADY_ADMITTED
        assert (d.reason, d.admits) == (reason, admits), policy
        assert d.tone == ("warning" if admits else "refused")
        assert checkin.REASON_WORDS[reason] in checkin.message(d)
