"""Formula injection and pseudonyms of the export (pure rules)."""

import datetime as dt
import hashlib
import hmac

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itday.core import export_rules as rules


@pytest.mark.parametrize(
    "value",
    ['=HYPERLINK("http://x","y")', "+33 6 12", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1"],
)
def test_dangerous_cells_get_a_leading_quote(value):
    assert rules.neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["Dupont", "Jean-Marie", "a=b", "", "'=déjà", 42, 3.5, None])
def test_harmless_cells_are_unchanged(value):
    assert rules.neutralise(value) == value


@given(st.text())
def test_no_neutralised_text_starts_like_a_formula(text):
    out = rules.neutralise(text)
    assert not out.startswith(rules.FORMULA_STARTS)
    assert out.endswith(text)


def test_table_rows_orders_columns_and_blanks_none():
    rows = list(rules.table_rows(("a", "b"), [{"b": "=1", "a": None}]))
    assert rows == [["", "'=1"]]


def test_pseudonyms_are_stable_within_an_export_and_differ_across_exports():
    k1, k2 = rules.new_key(), rules.new_key()
    assert rules.pseudonym(k1, 17) == rules.pseudonym(k1, 17)
    assert rules.pseudonym(k1, 17) != rules.pseudonym(k1, 18)
    assert rules.pseudonym(k1, 17) != rules.pseudonym(k2, 17)
    assert rules.pseudonym(k1, None) is None
    # The id cannot be read back: the pseudonym is the keyed hash, not the number (a fixed
    # key: a random 16-hex-digit hash contains "17" one time in twenty).
    fixed = bytes(range(32))
    assert (
        rules.pseudonym(fixed, 17) == "P-" + hmac.new(fixed, b"17", hashlib.sha256).hexdigest()[:16]
    )
    assert "17" not in rules.pseudonym(fixed, 17)[2:]


def test_anonymised_attendee_keeps_only_non_personal_columns():
    row = {
        "id": 5,
        "first_name": "Léa",
        "last_name": "Martin",
        "email": "lea@x.fr",
        "phone": "06",
        "job_title": "DSI",
        "company": "ACME",
        "external_ref": "CMD-1",
        "code": "ITD-XYZ",
        "category": "visitor",
        "checked_in_at": "2017-06-29T09:00:00+02:00",
    }
    out = rules.anonymise_attendee(row, rules.new_key())
    assert set(out) == {"id", "category", "checked_in_at"}
    assert out["id"].startswith("P-")


def test_quarter_series_fills_gaps_in_time_order():
    series = rules.quarter_series({"2017-06-29T09:30:00+02:00": 3, "2017-06-29T09:00:00+02:00": 5})
    assert [(rules.quarter_label(t), n) for t, n in series] == [
        ("9h", 5),
        ("9h15", 0),
        ("9h30", 3),
    ]
    assert rules.quarter_series({}) == []
    assert rules.percent(1, 3) == "33 %" and rules.percent(0, 0) == "—"
    assert dt.datetime.fromisoformat("2017-06-29T09:00:00+02:00") == series[0][0]
