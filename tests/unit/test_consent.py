"""Reading a registration file's consent column: yes, no, empty, or a value to warn about."""

from __future__ import annotations

import pytest

from itday.core.consent import parse_consent


@pytest.mark.parametrize(
    "text", ["oui", "OUI", " Oui ", "yes", "Y", "1", 1, 1.0, "true", "TRUE", "x", "X", "vrai"]
)
def test_yes(text):
    assert parse_consent(text) is True


@pytest.mark.parametrize("text", ["non", "Non", "no", "N", "0", 0, "false", "False", "faux"])
def test_no(text):
    assert parse_consent(text) is False


@pytest.mark.parametrize("text", [None, "", "   "])
def test_empty_is_never_asked(text):
    assert parse_consent(text) is None


@pytest.mark.parametrize("text", ["peut-être", "2", 2, "oui/non"])
def test_anything_else_is_refused(text):
    with pytest.raises(ValueError):
        parse_consent(text)
