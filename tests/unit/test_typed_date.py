"""Issue 24.13: a date typed by hand reads day first, with or without separators."""

from __future__ import annotations

import datetime as dt

import pytest

from itday.core.typed_date import parse_day_first

TODAY = dt.date(2026, 12, 7)
JUNE_24 = dt.date(2027, 6, 24)


@pytest.mark.parametrize(
    "text",
    ["24/06/2027", "24-06-2027", "24.06.2027", "24 06 2027", "24/6/27", "24062027", "240627",
     "24 juin 2027", "24 JUIN 2027", "24 june 2027", "2027-06-24", " 24/06/2027 "],
)  # fmt: skip
def test_day_first_with_or_without_separators(text):
    assert parse_day_first(text, TODAY) == JUNE_24


def test_day_and_month_alone_mean_this_year():
    assert parse_day_first("24/06", TODAY) == dt.date(2026, 6, 24)
    assert parse_day_first("2406", TODAY) == dt.date(2026, 6, 24)


@pytest.mark.parametrize("text", ["", "31/02/2027", "13/13/2027", "24/06/207", "demain", "1/2/3/4",
                                  "2406202", "24 juinet 2027"])  # fmt: skip
def test_what_is_not_a_date_reads_as_none(text):
    assert parse_day_first(text, TODAY) is None
