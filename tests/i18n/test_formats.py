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
    assert formats.relative_day("en", SAT - dt.timedelta(days=1), SAT) == "Yesterday"


def test_hindi_says_yesterday_by_its_date_since_kal_is_also_tomorrow() -> None:
    friday = SAT - dt.timedelta(days=1)
    assert formats.relative_day("hi", friday, SAT) == "शुक्र, 27 नवंबर"
    assert formats.day_word("hi", friday, SAT) == ""


def test_a_day_in_a_sentence_is_a_word_or_takes_its_postposition() -> None:
    assert formats.on_day("en", SAT, SAT) == "today"
    assert formats.on_day("en", SAT - dt.timedelta(days=1), SAT) == "yesterday"
    assert formats.on_day("en", SAT + dt.timedelta(days=2), SAT) == "on Mon 30 Nov"
    assert formats.on_day("hi", SAT + dt.timedelta(days=2), SAT) == "परसों"
    assert formats.on_day("hi", SAT - dt.timedelta(days=1), SAT) == "शुक्र, 27 नवंबर को"


def test_a_day_in_brackets_inside_a_sentence_is_lower_case_or_a_date() -> None:
    assert formats.sentence_day("en", SAT + dt.timedelta(days=1), SAT) == "tomorrow"
    assert formats.sentence_day("en", SAT - dt.timedelta(days=1), SAT) == "yesterday"
    assert formats.sentence_day("en", SAT + dt.timedelta(days=2), SAT) == "Mon 30 Nov"
    assert formats.sentence_day("hi", SAT, SAT) == "आज"
    assert formats.sentence_day("hi", SAT - dt.timedelta(days=1), SAT) == "शुक्र, 27 नवंबर"


def test_a_day_on_a_button_fits_beside_a_word() -> None:
    later = dt.date(2026, 12, 11)
    assert formats.chip_day("en", later, SAT) == "Fri 11 Dec"
    assert formats.chip_day("hi", later, SAT) == "11 दिसंबर"
    assert formats.chip_day("hi", SAT + dt.timedelta(days=1), SAT) == "कल"
    # next year's day within months: a Hindi button has no room for a year it need not say
    new_year = dt.date(SAT.year + 1, 1, 7)
    assert formats.chip_day("hi", new_year, SAT) == "7 जनवरी"
    assert len(f"{formats.chip_day('hi', new_year, SAT)} की सीटें") <= 20


EVERY_DAY = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
NOT_WEDNESDAY = ("MON", "TUE", "THU", "FRI", "SAT", "SUN")


def test_running_days_on_a_line_are_said_as_a_person_says_them() -> None:
    assert formats.run_days("en", EVERY_DAY) == "Daily"
    assert formats.run_days("hi", EVERY_DAY) == "रोज़"
    assert formats.run_days("en", NOT_WEDNESDAY) == "Daily except Wed"
    assert formats.run_days("hi", NOT_WEDNESDAY) == "बुधवार को छोड़कर रोज़"
    assert formats.run_days("en", ("FRI", "MON", "WED")) == "Mon, Wed, Fri"  # week order
    assert formats.run_days("hi", ("fri", "Mon", "WED")) == "सोम, बुध, शुक्र"
    assert formats.run_days("en", None) == "" and formats.run_days("hi", ()) == ""


def test_running_days_inside_a_sentence() -> None:
    assert formats.run_days("en", EVERY_DAY, in_sentence=True) == "daily"
    assert formats.run_days("hi", EVERY_DAY, in_sentence=True) == "रोज़"
    assert formats.run_days("en", NOT_WEDNESDAY, in_sentence=True) == "daily except Wed"
    assert formats.run_days("hi", NOT_WEDNESDAY, in_sentence=True) == "बुधवार को छोड़कर रोज़"
    assert formats.run_days("en", ("WED", "MON"), in_sentence=True) == "on Mon, Wed"
    # a sentence has room for Hindi's whole day names, joined as Hindi joins a list
    said = formats.run_days("hi", ("MON", "WED", "FRI"), in_sentence=True)
    assert said == "सोमवार, बुधवार और शुक्रवार को"
    assert formats.run_days("hi", ("SUN",), in_sentence=True) == "रविवार को"


def test_durations_and_delays() -> None:
    assert formats.duration("en", 940) == "15h 40m"
    assert formats.duration("hi", 940) == "15 घंटे 40 मिनट"
    assert formats.duration("hi", 117) == "1 घंटा 57 मिनट"  # one hour is घंटा, never "1 घंटे"
    assert formats.duration("hi", 60) == "1 घंटा" and formats.duration("en", 60) == "1h"
    assert formats.delay("en", 0) == "on time"
    assert formats.delay("hi", 25) == "25 मिनट लेट"
    assert formats.delay("en", -5) == "5 min early"
    assert formats.delay("hi", -5) == "5 मिनट जल्दी"  # "5 मिनट पहले" is "5 minutes ago"
    assert formats.delay("hi", -65) == "1 घंटा 5 मिनट जल्दी"
    assert formats.delay("hi", 0) == "समय पर"
    assert formats.delay("hi", 65) == "1 घंटा 5 मिनट लेट"
    assert formats.delay("en", None) == ""


def test_a_moment_shows_its_day_unless_it_is_today() -> None:
    now = dt.datetime(2026, 11, 28, 9, 0)
    assert formats.moment("en", dt.datetime(2026, 11, 28, 8, 5), now) == "08:05"
    assert formats.moment("hi", dt.datetime(2026, 11, 27, 10, 42), now) == "27 नवंबर, 10:42"
