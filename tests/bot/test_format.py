"""How times, delays, names and the age of an answer read on a phone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.bot.format import (
    chip,
    day_date,
    delay,
    duration,
    fit,
    proper,
    railway_note,
    run_days,
    source_note,
)
from app.railways.models import Pause, Sourced

TZ = ZoneInfo("Asia/Kolkata")
NOW = dt.datetime(2026, 11, 18, 16, 36, tzinfo=TZ)


@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (0, "on time"),
        (15, "15 min late"),
        (65, "1h 5m late"),
        (120, "2h late"),
        (-5, "5 min early"),
    ],
)
def test_delay_wording(minutes: int, words: str) -> None:
    assert delay("en", minutes) == words


def test_duration_wording() -> None:
    assert [duration("en", m) for m in (45, 60, 940)] == ["45m", "1h", "15h 40m"]


def test_run_days_in_week_order_or_daily() -> None:
    assert run_days("en", ("FRI", "MON", "WED")) == "Mon, Wed, Fri"
    assert run_days("en", ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) == "Daily"
    assert run_days("en", ("MON", "TUE", "WED", "THU", "FRI", "SAT")) == "Daily except Sun"
    assert run_days("en", ("MON", "BAD", "FRI"), in_sentence=True) == "on Mon, Fri"
    assert run_days("en", None) == ""


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("NEW DELHI", "New Delhi"),
        ("KSR BENGALURU", "KSR Bengaluru"),
        ("DELHI JN", "Delhi Jn"),
        ("MAS SBC SHATABDI", "MAS SBC Shatabdi"),
        ("GOA EXP", "Goa Exp"),
        ("Already Mixed Case", "Already Mixed Case"),
    ],
)
def test_capitalised_railway_names_are_shown_as_names(raw: str, shown: str) -> None:
    assert proper(raw) == shown


def test_dates_carry_the_year_only_when_it_is_not_this_one() -> None:
    assert day_date("en", dt.date(2026, 11, 28), NOW.date()) == "Sat 28 Nov"
    assert day_date("en", dt.date(2027, 1, 2), NOW.date()) == "Sat 2 Jan 2027"


def test_a_fresh_live_answer_names_its_provider_and_says_just_now() -> None:
    answer: Sourced[int] = Sourced(data=1, source="railradar", as_of=NOW - dt.timedelta(seconds=20))
    assert source_note("en", answer, NOW) == "RailRadar · just now"
    assert source_note("hi", answer, NOW) == "RailRadar · अभी-अभी"


def test_a_cached_answer_names_its_provider_and_how_long_ago_with_its_time() -> None:
    answer: Sourced[int] = Sourced(data=1, source="irctc1", as_of=NOW - dt.timedelta(minutes=4))
    assert source_note("en", answer, NOW) == "IRCTC1 (RapidAPI) · 4m ago (16:32)"
    hours: Sourced[int] = Sourced(data=1, source="railradar", as_of=NOW - dt.timedelta(hours=2))
    assert source_note("en", hours, NOW) == "RailRadar · 2h ago (14:36)"


def test_an_answer_older_than_hours_gives_its_moment_not_a_count_of_hours() -> None:
    answer: Sourced[int] = Sourced(data=1, source="railradar", as_of=NOW - dt.timedelta(hours=20))
    assert source_note("en", answer, NOW) == "RailRadar · as of 17 Nov, 20:36"


def test_a_stale_answer_names_the_provider_that_did_not_answer() -> None:
    answer: Sourced[int] = Sourced(
        data=1, source="railradar", as_of=NOW - dt.timedelta(hours=20), stale=True
    )
    assert source_note("en", answer, NOW) == (
        "⚠️ Stale: RailRadar didn't answer, this is from 17 Nov, 20:36, 20h ago. Ask again in "
        "a few minutes for a live answer."
    )
    assert source_note("hi", answer, NOW) == (
        "⚠️ पुरानी जानकारी: RailRadar से जवाब नहीं आया, यह 17 नवंबर, 20:36 बजे (20 घंटे पहले) की है। "
        "लाइव जवाब के लिए कुछ मिनट बाद फिर पूछें।"
    )


def test_a_stale_answer_while_its_provider_is_paused_says_when_live_answers_return() -> None:
    pause = Pause(provider="railradar", since=NOW, until=NOW + dt.timedelta(hours=3))
    answer: Sourced[int] = Sourced(
        data=1, source="railradar", as_of=NOW - dt.timedelta(hours=2), stale=True, paused=pause
    )
    assert source_note("en", answer, NOW) == (
        "⏸️ Live data is paused: RailRadar's limit is reached. Live answers return at about "
        "19:36. This answer is from 14:36, 2h ago."
    )
    assert source_note("hi", answer, NOW) == (
        "⏸️ लाइव जानकारी अभी रुकी है: RailRadar की सीमा पूरी हो गई है। लाइव जवाब लगभग 19:36 बजे से "
        "फिर मिलेंगे। यह जवाब 14:36 बजे (2 घंटे पहले) का है।"
    )


def test_the_timetable_while_a_provider_is_paused_for_the_month_says_when_it_returns() -> None:
    until = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    pause = Pause(provider="railradar", since=NOW, until=until, monthly=True)
    answer: Sourced[int] = Sourced(
        data=1, source="offline", as_of=dt.datetime(2026, 11, 27, 9, 0, tzinfo=TZ), paused=pause
    )
    assert source_note("en", answer, NOW) == (
        "Timetable from the open data, imported 27 Nov.\n⏸️ Live data is paused: RailBot's "
        "calls to RailRadar for this month are used up. Live answers return on 1 Dec, 05:30."
    )


def test_a_month_paused_just_after_midnight_in_india_says_the_day_live_answers_return() -> None:
    # 00:15 IST on 1 Jan is still December in UTC: the calls return at 05:30 that same day.
    now = dt.datetime(2027, 1, 1, 0, 15, tzinfo=TZ)
    until = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    pause = Pause(provider="railradar", since=now, until=until, monthly=True)
    answer: Sourced[int] = Sourced(
        data=1, source="railradar", as_of=now - dt.timedelta(hours=13), stale=True, paused=pause
    )
    assert "for this month are used up. Live answers return on 1 Jan, 05:30." in source_note(
        "en", answer, now
    )
    assert "लाइव जवाब 1 जनवरी, 05:30 बजे से फिर मिलेंगे।" in source_note("hi", answer, now)


def test_offline_answer_names_the_open_data_and_its_import_day() -> None:
    answer: Sourced[int] = Sourced(
        data=1, source="offline", as_of=dt.datetime(2026, 11, 27, 9, 0, tzinfo=TZ)
    )
    assert source_note("en", answer, NOW) == "Timetable from the open data, imported 27 Nov."


def test_chip_titles_fit_twenty_characters() -> None:
    assert chip("Hazrat Nizamuddin Junction", "X").title == "Hazrat Nizamuddin J…"


def test_long_text_is_cut_at_a_line_within_the_limit() -> None:
    text = "\n".join(f"line {n} " + "x" * 50 for n in range(100))
    cut = fit(text)
    assert len(cut) <= 2000 and cut.endswith("\n…")


def test_hindi_wording_of_dates_delays_and_provenance() -> None:
    assert day_date("hi", dt.date(2026, 11, 28), NOW.date()) == "शनि, 28 नवंबर"
    assert delay("hi", 65) == "1 घंटा 5 मिनट लेट"
    assert run_days("hi", ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) == "रोज़"
    answer = Sourced(data=[], source="railwayapi", as_of=NOW - dt.timedelta(minutes=20))
    assert source_note("hi", answer, NOW) == "railwayapi.com · 20 मिनट पहले (16:16)"


@pytest.mark.parametrize(
    ("note", "hindi"),
    [
        ("Cancelled due to heavy rainfall", "रेलवे ने इसकी वजह बताई: ख़राब मौसम।"),
        ("Cancelled due to dense fog", "रेलवे ने इसकी वजह बताई: कोहरा।"),
        ("Cancelled due to line block for track works", "रेलवे ने इसकी वजह बताई: ट्रैक पर चल रहा काम।"),
        # "Train" names no rain, "network" no works, "stormy" is a storm's start but "brainstorm"
        # no storm: a reason is a word of the note, never letters inside another word.
        ("Train 12626 is cancelled for its run starting 02 Oct 2026", ""),
        ("Cancelled: network issue at the brainstorm", ""),
    ],
)
def test_the_railway_s_reason_in_a_note_the_language_cannot_read_is_a_word_of_it(
    note: str, hindi: str
) -> None:
    assert railway_note("hi", note) == hindi
    assert railway_note("en", note) == f"“{note}”"  # English reads the note as it is
