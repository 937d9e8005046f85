"""Issue 23.7: a PIN is ASCII digits 0–9 (what a keypad types); full-width digits are read as
those digits, other « digits » are refused."""

from __future__ import annotations

import pytest

from itday.core.pin import BAD_PIN, check_pin, hash_pin, normalise_pin, valid_new_pin


@pytest.mark.parametrize("pin", ["1234", "０１２３４５", " 2468 ", "123456789012"])
def test_ascii_and_full_width_digits_are_accepted(pin):
    assert valid_new_pin(pin) is None


@pytest.mark.parametrize(
    "pin", ["²³⁴⁵", "١٢٣٤", "۱۲۳۴", "१२३४", "12a4", "123", "1234567890123", "", "12 34", "①②③④"]
)
def test_digits_a_keypad_cannot_type_are_refused(pin):
    assert valid_new_pin(pin) == BAD_PIN


def test_a_full_width_pin_is_the_ascii_pin():
    assert normalise_pin("１２３４") == "1234"
    stored = hash_pin(normalise_pin("１２３４"))
    assert check_pin("1234", stored) and check_pin("１２３４", stored)
    assert not check_pin("²³⁴⁵", hash_pin("2345"))


def test_a_pin_stored_full_width_by_an_older_version_still_opens():
    stored = hash_pin("１２３４")
    assert check_pin("１２３４", stored)
