"""Cancelled and rescheduled trains for a date: the list a page at a time, or none reported."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.bot.format import delay
from app.i18n import t
from app.store import Store
from tests.bot.harness import (
    assert_phone_friendly,
    chat,
    chips,
    ok,
    path,
    railradar_chat,
    refusal,
    sample_chat,
    station,
    text_of,
)
from tests.conftest import FakeClock
from tests.support.railradar_fake import fixture, moved

IST = ZoneInfo("Asia/Kolkata")
CANCELLED_URL = path("cancelled", "date", "18-11-2026")
RESCHEDULED_URL = path("rescheduled", "date", "18-11-2026")


def cancelled(count: int) -> dict[str, object]:
    return ok(
        total=count,
        trains=[
            {
                "number": f"{14000 + n}",
                "name": f"PASSENGER {n}",
                "type": "Fully Cancelled",
                "start_time": "06:00",
                "source": station("LKO", "LUCKNOW"),
                "dest": station("CNB", "KANPUR CENTRAL"),
            }
            for n in range(count)
        ],
    )


async def test_cancelled_trains_today_are_listed_a_page_at_a_time(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(CANCELLED_URL, cancelled(12))
        first = await user.tap("CANCELLED:2026-11-18")
        second = await user.tap_titled("More")
    assert_phone_friendly(first)
    assert "❌ Cancelled trains today: 1–10 of 12" in text_of(first)
    assert "• 14000 Passenger 0 (LKO → CNB), fully cancelled" in text_of(first)
    assert "railwayapi.com · just now" in text_of(first)
    assert chips(first)["Rescheduled today"] == "RESCHEDULED:2026-11-18:0"
    assert "11–12 of 12" in text_of(second)
    assert "More" not in chips(second)


async def test_a_day_with_no_cancellations_says_none_reported(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(path("cancelled", "date", "20-11-2026"), ok(total=0, trains=[]))
        replies = await user.tap("CANCELLED:2026-11-20")
    assert "No cancelled trains reported on Fri 20 Nov." in text_of(replies)


async def test_no_data_from_the_railway_also_means_none_reported(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(CANCELLED_URL, refusal(404))
        replies = await user.tap("CANCELLED:2026-11-18")
    assert "No cancelled trains reported today." in text_of(replies)
    assert chips(replies)["Tomorrow"] == "CANCELLED:2026-11-19:0"


async def test_rescheduled_trains_show_the_new_time_and_delay(
    store: Store, clock: FakeClock
) -> None:
    body = ok(
        total=1,
        trains=[
            {
                "number": "12429",
                "name": "BANGALORE RAJDHANI",
                "from_station": station("SBC", "KSR BENGALURU"),
                "to_station": station("NZM", "H NIZAMUDDIN"),
                "rescheduled_date": "18-11-2026",
                "rescheduled_time": "23:30",
                "time_diff": "03:30",
            }
        ],
    )
    async with chat(store, clock) as user:
        user.answers(RESCHEDULED_URL, body)
        replies = await user.tap("RESCHEDULED:2026-11-18")
    text = text_of(replies)
    assert "🕒 Rescheduled trains today: 1" in text
    assert (
        "• 12429 Bangalore Rajdhani (SBC → NZM): now leaves Wed 18 Nov 23:30, 3h 30m late" in text
    )


# --- one train: a train no source knows, and one with no live data -------------------------------

UNKNOWN_RUN_URL = path("live", "train", "12301", "date", "18-11-2026")
KNOWN_RUN_URL = path("live", "train", "12627", "date", "18-11-2026")


async def test_a_train_no_source_knows_is_said_not_to_be_found_as_its_route_says_it(
    store: Store, clock: FakeClock
) -> None:
    """ "12301 rescheduled?" of a train the railway has no timetable for: not found, as "route
    of 12301" says, never that its live data is missing."""
    async with chat(store, clock) as user:
        user.answers(UNKNOWN_RUN_URL, refusal(404))
        user.answers(path("route", "train", "12301"), refusal(404))
        rescheduled = text_of(await user.say("12301 rescheduled?"))
        cancelled = text_of(await user.say("12301 रद्द है क्या"))
        route = text_of(await user.say("route of 12301"))
    assert rescheduled == t("en", "route.no_train", train="12301") == route, rescheduled
    assert cancelled == t("hi", "route.no_train", train="12301"), cancelled


async def test_a_known_train_with_no_live_data_and_no_list_says_it_cannot_tell(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(KNOWN_RUN_URL, refusal(404))
        user.fails(RESCHEDULED_URL)
        said = text_of(await user.say("12627 rescheduled today?"))
    assert said == t("en", "run.unknown", train="12627", when="today"), said


@pytest.mark.parametrize(
    ("asked", "lead"),
    [
        ("is any train cancelled from delhi today?", "Yes, starting or ending in Delhi"),
        ("koi train cancel hai delhi se aaj", "Yes, starting or ending in Delhi"),
        ("is any train cancelled from chennai today?", "No train starting or ending in Chennai"),
        ("कोई ट्रेन आज चेन्नई से रद्द है क्या?", "Chennai से चलने या वहाँ तक जाने वाली कोई ट्रेन"),
    ],
)
async def test_any_train_cancelled_at_a_place_says_yes_or_no_first_over_the_days_list(
    store: Store, clock: FakeClock, asked: str, lead: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627")  # a train in hand is not what "any train" asks of
        replies = await user.say(asked)
    text = text_of(replies)
    assert text.startswith(lead)
    assert "12626 Kerala Express (NDLS → TVC)" in text  # the day's list, under it
    assert "12627 Karnataka Express is not cancelled" not in text


def _moved_start_without_a_delay(today: dt.date) -> dict[str, object]:
    """RailRadar's rescheduled run (the recorded shape) whose words name the new time and the
    old one, but no minutes late: "Rescheduled to depart at 22:00 instead of 19:15"."""
    body = moved(fixture("live_rescheduled"), today)
    data = body["data"]
    data["exceptions"][0]["message"] = "Rescheduled to depart at 22:00 instead of 19:15"
    first = data["route"][0]
    first["scheduledDeparture"] = first["actualDeparture"] = f"{today.isoformat()}T19:15:00+05:30"
    return body


@pytest.mark.parametrize(
    ("language", "question"),
    [("en", "is 12512 rescheduled today?"), ("hi", "क्या 12512 आज रीशेड्यूल है?")],
)
async def test_a_start_moved_in_words_only_says_how_late_and_never_empty_brackets(
    store: Store, clock: FakeClock, language: str, question: str
) -> None:
    async with railradar_chat(store, clock) as (user, railradar):
        today = dt.datetime.fromtimestamp(clock(), IST).date()
        railradar.overrides["/trains/12512/live"] = (200, _moved_start_without_a_delay(today))
        said = text_of(await user.say(question))

    assert "()" not in said and "( )" not in said
    assert "22:00" in said
    # 19:15 → 22:00: the delay follows from the run's own start
    assert delay(language, 165) in said, said
