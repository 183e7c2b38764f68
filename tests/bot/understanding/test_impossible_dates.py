"""A day no calendar has ("30 feb", "on 31 april", "31st april") is no date of the journey: never
read again, by the looser "on 30", as the 30th of this month, a day the traveller did not ask."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 7)


def read(text: str, index: StationIndex) -> dict[str, object]:
    return dict(understand(text, today=TODAY, index=index).slots)


@pytest.mark.parametrize(
    "text",
    [
        "3a seats 12951 mmct ndls on 30 feb",
        "fare 12951 on 31 april",
        "trains delhi to mumbai on 30 february",
        "12951 kab chalegi on 31st april",
    ],
)
def test_a_day_no_calendar_has_is_never_another_day_of_this_month(
    text: str, index: StationIndex
) -> None:
    date = read(text, index).get("date")
    assert date is None or not str(date).startswith("2026-12-3"), (text, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [("delhi to mumbai on 30th", "2026-12-30"), ("delhi to mumbai on 5 may", "2027-05-05")],
)
def test_a_day_on_the_calendar_is_still_read(text: str, date: str, index: StationIndex) -> None:
    assert read(text, index)["date"] == date
