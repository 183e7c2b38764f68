"""A day said as an English ordinal word before its month ("first of january", "second jan",
"the twenty-first of december") is that date; "first may i know" is no date."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


def read(text: str, index: StationIndex) -> dict[str, object]:
    return dict(understand(text, today=TODAY, index=index).slots)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("trains from lucknow to delhi on the first of january", "2027-01-01"),
        ("delhi to patna second jan", "2027-01-02"),
        ("kanpur to agra on the twenty-first of december", "2026-12-21"),
    ],
)
def test_a_day_said_as_an_english_ordinal_before_its_month_is_the_journeys_date(
    text: str, date: str, index: StationIndex
) -> None:
    assert read(text, index).get("date") == date


def test_first_may_i_know_is_no_date(index: StationIndex) -> None:
    assert "date" not in read("first may i know the trains from kanpur to agra", index)
