"""Numbers, money, dates and durations as each language writes them."""

from __future__ import annotations

import datetime as dt

from app.i18n import formats

SAT = dt.date(2026, 11, 28)


def test_numbers_and_money_use_indian_grouping_in_both_languages() -> None:
    for language in ("en", "hi"):
        assert formats.number(language, 123456) == "1,23,456"
        assert formats.money(language, 1234567) == "₹12,34,567"
        assert formats.money(language, 1234.5) == "₹1,234.50"


def test_dates_use_each_languages_month_and_day_names() -> None:
    assert formats.day_date("en", SAT) == "Sat 28 Nov"
    assert formats.day_date("hi", SAT) == "शनि, 28 नवंबर"
    assert formats.day_date("hi", dt.date(2027, 1, 2), SAT) == "शनि, 2 जनवरी 2027"
    assert formats.short_date("hi", SAT) == "28 नवंबर"


def test_near_days_have_names() -> None:
    assert formats.relative_day("en", SAT, SAT) == "Today"
    assert formats.relative_day("hi", SAT + dt.timedelta(days=1), SAT) == "कल"
    assert formats.relative_day("hi", SAT + dt.timedelta(days=2), SAT) == "परसों"
    assert formats.relative_day("en", SAT + dt.timedelta(days=2), SAT) == "Mon 30 Nov"


def test_run_days_and_weekdays() -> None:
    assert formats.run_days("en", ("FRI", "MON", "WED")) == "Mon Wed Fri"
    assert formats.run_days("hi", ("MON", "WED", "FRI")) == "सोम बुध शुक्र"
    everyday = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
    assert formats.run_days("hi", everyday) == "रोज़"
    assert formats.run_days("en", None) == ""


def test_durations_and_delays() -> None:
    assert formats.duration("en", 940) == "15h 40m"
    assert formats.duration("hi", 940) == "15 घंटे 40 मिनट"
    assert formats.delay("en", 0) == "on time"
    assert formats.delay("hi", 25) == "25 मिनट लेट"
    assert formats.delay("en", -5) == "5 min early"
    assert formats.delay("hi", 65) == "1 घंटे 5 मिनट लेट"
    assert formats.delay("en", None) == ""


def test_a_moment_shows_its_day_unless_it_is_today() -> None:
    now = dt.datetime(2026, 11, 28, 9, 0)
    assert formats.moment("en", dt.datetime(2026, 11, 28, 8, 5), now) == "08:05"
    assert formats.moment("hi", dt.datetime(2026, 11, 27, 10, 42), now) == "27 नवंबर, 10:42"
