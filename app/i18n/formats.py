"""Numbers, money, dates, times and durations as each language writes them.

Both languages group digits the Indian way (1,23,456) and keep the digits 0-9, which is how
Indian Railways prints train numbers, PNRs and fares in Hindi too. Month and weekday names come
from Babel's locale data (CLDR): "Sat 28 Nov" in English, "शनि, 28 नवंबर" in Hindi. Times are on
the 24-hour clock in both, as on tickets and station boards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import Final

from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal

from app.i18n.catalog import N_, nt, t
from app.i18n.language import LOCALES, Language

# Date patterns (CLDR): the weekday short, the month short in English and whole in Hindi, whose
# short months ("नव॰") are not how anyone writes them in a chat.
_DAY_DATE: Final[dict[Language, str]] = {"en": "EEE d MMM", "hi": "EEE, d MMMM"}
_DATE: Final[dict[Language, str]] = {"en": "d MMM", "hi": "d MMMM"}
_WEEKDAYS: Final = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
_NEAR_DAYS: Final = {
    0: N_("day.today"),
    1: N_("day.tomorrow"),
    2: N_("day.after_tomorrow"),
    -1: N_("day.yesterday"),
}
# The near days each language says as a date instead of a word: English's "day after tomorrow"
# is long, and Hindi's कल is both yesterday and tomorrow, so yesterday is said by its date.
_DATED_NEAR_DAYS: Final[dict[Language, frozenset[int]]] = {
    "en": frozenset({2}),
    "hi": frozenset({-1}),
}
# How far from today a day's month and date alone tell which year it is in.
_YEAR_CLEAR_DAYS: Final = 180
# A Monday: `_WEEKDAYS[n]` falls on this date plus n days.
_A_MONDAY: Final = dt.date(2024, 1, 1)


def number(language: Language, value: int | float | Decimal) -> str:
    """`1,23,456` (Indian grouping)."""
    return format_decimal(value, locale=LOCALES[language])


def money(language: Language, amount: int | float | Decimal) -> str:
    """`₹1,23,456`, or `₹1,234.50` when there are paise."""
    whole = float(amount).is_integer()
    shown = format_decimal(
        amount, format="#,##,##0" if whole else "#,##,##0.00", locale=LOCALES[language]
    )
    return f"₹{shown}"


def clock_time(value: dt.time | dt.datetime | None) -> str:
    """`16:55`, or `--:--` when the time is unknown (the same in every language)."""
    return value.strftime("%H:%M") if value is not None else "--:--"


@lru_cache(maxsize=2048)
def day_date(language: Language, day: dt.date, today: dt.date | None = None) -> str:
    """`Sat 28 Nov` / `शनि, 28 नवंबर`, with the year when it is not this year's."""
    pattern = _DAY_DATE[language]
    if today is not None and day.year != today.year:
        pattern += " y"
    return format_date(day, pattern, locale=LOCALES[language])


@lru_cache(maxsize=2048)
def short_date(language: Language, day: dt.date, today: dt.date | None = None) -> str:
    """`28 Nov` / `28 नवंबर`, with the year when it is not this year's."""
    pattern = _DATE[language]
    if today is not None and day.year != today.year:
        pattern += " y"
    return format_date(day, pattern, locale=LOCALES[language])


def relative_day(language: Language, day: dt.date, today: dt.date) -> str:
    """`Today`, `Tomorrow`, `Yesterday` (`आज`, `कल`, `परसों`), else the date."""
    return day_word(language, day, today) or day_date(language, day, today)


def sentence_day(language: Language, day: dt.date, today: dt.date) -> str:
    """A day inside a sentence, as in "expected at 09:27 (tomorrow)": `today`, `tomorrow`,
    else `Sat 28 Nov` / `आज`, `कल`, else `शनि, 28 दिसंबर`."""
    word = day_word(language, day, today)
    return word.lower() if word else day_date(language, day, today)


def dated_sentence_day(language: Language, day: dt.date, today: dt.date) -> str:
    """A day inside a sentence with its date written even when near ("which day?" asked of a
    time said "tomorrow"): `tomorrow, Thu 19 Nov` / `कल, गुरु, 19 नवंबर`, else `Sat 28 Nov`."""
    word = sentence_day(language, day, today)
    date = day_date(language, day, today)
    return date if word == date else t(language, "day.near_dated", word=word, date=date)


def chip_day(language: Language, day: dt.date, today: dt.date) -> str:
    """A day as a button says it, within its 20 characters: `Tomorrow`, `Fri 11 Dec` / `कल`,
    `11 दिसंबर` (Hindi's weekday and whole month name would not fit beside another word, nor
    would a year: a button's day is within months of today, so its year goes without saying)."""
    near = day_word(language, day, today)
    if near:
        return near
    if language == "hi":
        return short_date(
            language, day, None if abs((day - today).days) < _YEAR_CLEAR_DAYS else today
        )
    return day_date(language, day, today)


def on_day(language: Language, day: dt.date, today: dt.date) -> str:
    """A day in a sentence: `today`, `yesterday`, else `on Sat 28 Nov` / `आज`, `परसों`, else
    `शनि, 28 नवंबर को`."""
    word = day_word(language, day, today)
    return word.lower() if word else t(language, "day.on", day=day_date(language, day, today))


def day_word(language: Language, day: dt.date, today: dt.date) -> str:
    """The word for a day near `today` in `language`, or "" when it is said as a date."""
    offset = (day - today).days
    key = _NEAR_DAYS.get(offset)
    if key is None or offset in _DATED_NEAR_DAYS[language]:
        return ""
    return t(language, key)


def weekday(language: Language, code: str) -> str:
    """The short name of a weekday given as `MON`...`SUN`: `Mon` / `सोम`."""
    at = _WEEKDAYS.index(code.upper()[:3])
    return format_date(_A_MONDAY + dt.timedelta(days=at), "EEE", locale=LOCALES[language])


def run_days(language: Language, days: Iterable[str] | None, *, in_sentence: bool = False) -> str:
    """A train's running days as a person says them; empty when not known.

    On a line of its own: `Daily`, `Daily except Wed`, `Mon, Wed, Fri` / `रोज़`,
    `बुधवार को छोड़कर रोज़`, `सोम, बुध, शुक्र`. Inside a sentence ("it runs …"): `daily`,
    `daily except Wed`, `on Mon, Wed, Fri` / `रोज़`, `बुधवार को छोड़कर रोज़`,
    `सोमवार, बुधवार और शुक्रवार को` (Hindi has room for whole day names there)."""
    given = {day.upper()[:3] for day in days or ()}
    known = [day for day in _WEEKDAYS if day in given]
    if not known:
        return ""
    if len(known) == len(_WEEKDAYS):
        return t(language, N_("days.daily_in_sentence") if in_sentence else N_("days.daily"))
    if len(known) == len(_WEEKDAYS) - 1:
        (missing,) = (day for day in _WEEKDAYS if day not in given)
        key = N_("days.daily_except_in_sentence") if in_sentence else N_("days.daily_except")
        return t(language, key, day=_except_day(language, missing))
    if not in_sentence:
        return ", ".join(weekday(language, day) for day in known)
    if language == "hi":
        whole = [_whole_weekday(language, day) for day in known]
        named = format_list(whole, locale=LOCALES[language])
    else:
        named = ", ".join(weekday(language, day) for day in known)
    return t(language, "days.on_days", days=named)


def _except_day(language: Language, code: str) -> str:
    """The one day a train does not run, as "daily except …" names it: `Wed` / `बुधवार`."""
    return _whole_weekday(language, code) if language == "hi" else weekday(language, code)


def _whole_weekday(language: Language, code: str) -> str:
    """The whole name of a weekday given as `MON`...`SUN`: `Monday` / `सोमवार`."""
    at = _WEEKDAYS.index(code.upper()[:3])
    return format_date(_A_MONDAY + dt.timedelta(days=at), "EEEE", locale=LOCALES[language])


def duration(language: Language, minutes: int) -> str:
    """`15h 40m`, `45m`, `2h` / `15 घंटे 40 मिनट`, `1 घंटा 5 मिनट`."""
    hours, mins = divmod(max(0, minutes), 60)
    if hours and mins:
        return nt(language, "duration.hours_minutes", hours, hours=hours, minutes=mins)
    if hours:
        return nt(language, "duration.hours", hours, hours=hours)
    return t(language, "duration.minutes", minutes=mins)


def delay(language: Language, minutes: int | None) -> str:
    """`on time`, `25 min late`, `1h 5m late`, `5 min early`; empty when unknown."""
    if minutes is None:
        return ""
    if minutes == 0:
        return t(language, "delay.on_time")
    amount = abs(minutes)
    if amount < 60:
        key = N_("delay.minutes_late") if minutes > 0 else N_("delay.minutes_early")
        return nt(language, key, amount, minutes=amount)
    key = N_("delay.late") if minutes > 0 else N_("delay.early")
    return t(language, key, duration=duration(language, amount))


def moment(language: Language, when: dt.datetime, now: dt.datetime) -> str:
    """`10:42` today, else `27 Nov, 10:42`, in the time zone of `now`."""
    local = when.astimezone(now.tzinfo) if now.tzinfo else when
    if local.date() == now.date():
        return clock_time(local)
    return dated_moment(language, local, now)


def dated_moment(language: Language, when: dt.datetime, now: dt.datetime) -> str:
    """`1 Jan, 05:30` / `1 जनवरी, 05:30` even today, in the time zone of `now`: a moment said
    as a day ("they return on ..."), as a month's calls are said to return at 05:30 on the 1st
    in India (midnight UTC), which is still that very day just after India's midnight."""
    local = when.astimezone(now.tzinfo) if now.tzinfo else when
    return f"{short_date(language, local.date())}, {clock_time(local)}"
