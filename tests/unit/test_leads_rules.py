"""The pure rules of exhibitors' leads: codes, which person, consent, merging edits."""

from __future__ import annotations

import datetime as dt

import pytest

from itday.core import badge
from itday.core import leads as rules
from itday.core.leads import Holder, LeadCodeKind, LeadResult
from itday.core.ratelimit import FailureLimiter

T0 = dt.datetime(2017, 6, 29, 8, 0, tzinfo=dt.UTC)


def test_tokens_carry_at_least_128_random_bits_and_are_url_safe():
    tokens = {rules.new_token() for _ in range(200)}
    assert len(tokens) == 200
    for token in tokens:
        assert rules.looks_like_token(token)
        assert len(token) * 6 >= 128
    assert not rules.looks_like_token("short")
    assert not rules.looks_like_token("../../etc/passwd" + "a" * 30)


def test_short_codes_read_back_as_typed_on_a_phone():
    code = rules.new_short_code()
    assert len(code) == 9 and code[4] == "-"
    assert rules.normalise_short_code(code.lower().replace("-", " ")) == code
    # I, L read as 1 and O as 0 (Crockford): a code never holds them
    assert rules.normalise_short_code("k7pm-2xqo") == "K7PM-2XQ0"
    assert rules.normalise_short_code("K7PM-2XQ") is None
    assert rules.normalise_short_code("K7PM-2XQ!!") is None


def test_link_url_is_the_pairing_path_under_the_base():
    assert rules.link_url("http://192.168.1.20:8080/", "abc") == "http://192.168.1.20:8080/p/abc"


def test_badge_short_code_is_typed_back_to_the_code_prefix():
    code = badge.new_code()
    short = rules.badge_short_code(code)
    assert len(short) == 9
    parsed = rules.parse_lead_code(short.lower(), typed=True)
    assert parsed.kind is LeadCodeKind.BADGE_SHORT
    assert code.startswith(parsed.value)
    # a badge body has no 0, 1 or 8: typed, they mean O, I and B
    body = "OIBAAAAA"
    assert rules.parse_lead_code("0 1 8 A A A A A", typed=True).value == "ITD-" + body
    with pytest.raises(ValueError):
        rules.badge_short_code("https://example.org")


def test_codes_read_from_a_photo_are_told_apart():
    code = badge.new_code()
    assert rules.parse_lead_code(code).kind is LeadCodeKind.BADGE
    assert rules.parse_lead_code(code[:-1] + ("A" if code[-1] != "A" else "B")).kind is (
        LeadCodeKind.DAMAGED
    )
    assert rules.parse_lead_code("https://example.org/x").kind is LeadCodeKind.FOREIGN
    assert rules.parse_lead_code("1234567890123").kind is LeadCodeKind.TICKET
    assert rules.parse_lead_code("  ").kind is LeadCodeKind.EMPTY
    # a short code only counts when typed: read from a photo it is somebody else's QR code
    assert rules.parse_lead_code("ABCDEFGH").kind is LeadCodeKind.FOREIGN


@pytest.mark.parametrize(
    ("code", "holders", "known", "expected"),
    [
        (None, [], False, LeadResult.UNREADABLE),
        ("badge", [], False, LeadResult.UNKNOWN),
        ("foreign", [], False, LeadResult.NOT_OURS),
        ("ticket", [], False, LeadResult.NOT_OURS),
        ("badge", [Holder(1, 2, False)], False, LeadResult.OTHER_EDITION),
        ("badge", [Holder(1, 1, True)], False, LeadResult.CANCELLED),
        ("badge", [Holder(1, 1, False)], False, LeadResult.NEW),
        ("badge", [Holder(1, 1, False)], True, LeadResult.AGAIN),
        ("short", [Holder(1, 1, False), Holder(2, 1, False)], False, LeadResult.AMBIGUOUS),
        ("damaged", [], False, LeadResult.DAMAGED),
    ],
)
def test_which_person(code, holders, known, expected):
    text = {
        "badge": badge.new_code(),
        "foreign": "WIFI:S:hall;T:WPA;P:x;;",
        "ticket": "1234567890123",
        "short": "ABCD-EFGH",
        "damaged": "ITD-AAAA",
    }
    parsed = None
    if code is not None:
        parsed = rules.parse_lead_code(text[code], typed=code == "short")
    decision = rules.decide(parsed, holders, 1, known=known)
    assert decision.result is expected
    assert decision.result.is_lead == (expected in (LeadResult.NEW, LeadResult.AGAIN))


def test_a_typed_ticket_nobody_holds_is_unknown_not_foreign():
    parsed = rules.parse_lead_code("1234567890123", typed=True)
    assert rules.decide(parsed, [], 1).result is LeadResult.UNKNOWN


PERSON = {
    "first_name": "Léa",
    "last_name": "Roux",
    "company": "CNES",
    "category": "visitor",
    "email": "lea@cnes.fr",
    "phone": "06 12 34 56 78",
    "job_title": "Ingénieure",
}


@pytest.mark.parametrize("consent", [None, False])
def test_without_consent_a_stand_sees_only_the_badge(consent):
    seen = rules.visible(PERSON, consent)
    assert seen["first_name"] == "Léa" and seen["company"] == "CNES"
    assert seen["email"] == seen["phone"] == seen["job_title"] == ""
    assert seen["consent"] is False


def test_with_consent_a_stand_sees_the_contact_details():
    seen = rules.visible(PERSON, True)
    assert seen["email"] == "lea@cnes.fr" and seen["phone"] and seen["job_title"]
    assert seen["consent"] is True


SETTINGS = rules.make_settings(
    ["démo demandée", "devis", " devis ", ""], ["Budget ?", "", "Délai ?"]
)


def test_settings_are_cleaned_and_round_trip():
    assert SETTINGS.tags == ("démo demandée", "devis")
    assert [q.key for q in SETTINGS.questions] == ["q1", "q2"]
    assert rules.LeadSettings.from_json(SETTINGS.to_json()) == SETTINGS
    assert rules.LeadSettings.from_json("not json") == rules.LeadSettings()
    many = rules.make_settings([], ["a", "b", "c", "d"])
    assert len(many.questions) == rules.MAX_QUESTIONS
    # a reworded question keeps its key (its answers stay with it)
    again = rules.make_settings([], ["Délai ?", "Budget annuel ?"], ["q2", "q1"])
    assert [(q.key, q.text) for q in again.questions] == [
        ("q2", "Délai ?"),
        ("q1", "Budget annuel ?"),
    ]


def test_an_edit_is_checked_against_the_edition():
    edit = rules.parse_edit(
        {
            "edited_at": int(T0.timestamp() * 1000),
            "rating": "hot",
            "tags": ["devis", "inconnue", 3],
            "note": "x" * 10_000,
            "answers": {"q1": "10 k€", "q9": "?", "q2": 4},
        },
        SETTINGS,
        T0,
    )
    assert edit.edited_at == T0 and edit.rating == "hot" and edit.tags == ("devis",)
    assert len(edit.note) == rules.MAX_NOTE_LENGTH and edit.answers == {"q1": "10 k€"}


def test_an_edit_without_a_time_is_refused_and_a_phone_ahead_of_time_is_capped():
    with pytest.raises(rules.EditError):
        rules.parse_edit({"rating": "hot"}, SETTINGS, T0)
    with pytest.raises(rules.EditError):
        rules.parse_edit({"edited_at": "tomorrow"}, SETTINGS, T0)
    ahead = rules.parse_edit({"edited_at": "2030-01-01T00:00:00Z"}, SETTINGS, T0)
    assert ahead.edited_at == T0 + rules.CLOCK_SKEW
    assert (
        rules.parse_edit(
            {"edited_at": "2017-06-29T10:00:00", "rating": "tepid"}, SETTINGS, T0
        ).rating
        is None
    )


def test_the_last_edit_wins_and_a_retry_changes_nothing():
    empty = rules.Qualification()
    first = rules.LeadEdit(T0, "warm", ("devis",), "a", {})
    merged = rules.merge(empty, first)
    assert merged.rating == "warm" and merged.edited_at == T0
    assert rules.merge(merged, first) is None  # the same edit sent again
    older = rules.LeadEdit(T0 - dt.timedelta(seconds=5), "cold", (), "", {})
    assert rules.merge(merged, older) is None  # another phone's older edit
    newer = rules.LeadEdit(T0 + dt.timedelta(seconds=5), None, (), "b", {})
    assert rules.merge(merged, newer).note == "b"


def test_upload_ids():
    assert rules.valid_uid("0f8fad5bd9cb469fa16570867728950e")
    assert not rules.valid_uid("a b")
    assert not rules.valid_uid("x" * 65)


# -- rate limiting --------------------------------------------------------------------------


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_failures_past_the_limit_make_the_address_wait_until_the_window_slides():
    clock = Clock()
    limiter = FailureLimiter(limit=3, window=60, overall=100, clock=clock)
    for _ in range(3):
        assert limiter.wait("10.0.0.5") == 0
        limiter.failed("10.0.0.5")
        clock.now += 1
    assert limiter.wait("10.0.0.5") == pytest.approx(57)
    assert limiter.wait("10.0.0.6") == 0  # another phone is not slowed
    clock.now += 57
    assert limiter.wait("10.0.0.5") == 0


def test_a_guesser_changing_address_meets_the_overall_limit():
    clock = Clock()
    limiter = FailureLimiter(limit=3, window=60, overall=10, clock=clock)
    for i in range(10):
        limiter.failed(f"10.0.0.{i}")
    assert limiter.wait("10.0.0.99") == pytest.approx(60)
