"""Trains leaving a station soon: scheduled and expected times, delay, a page at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.format import delay
from app.store import Store
from tests.bot.harness import (
    TZ,
    arrivals_body,
    assert_phone_friendly,
    chat,
    chips,
    path,
    railradar_chat,
    text_of,
)
from tests.conftest import FakeClock
from tests.support.railradar_fake import error, fixture, moved

BOARD_URL = path("arrivals", "station", "NDLS", "hours", "4")


async def test_board_shows_scheduled_and_expected_times_with_delay(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(
            BOARD_URL,
            arrivals_body(
                ("12951", "MUMBAI RAJDHANI", "16:55", "17:10", "00:15"),
                ("12301", "HOWRAH RAJDHANI", "16:50", "16:50", "RIGHT TIME"),
            ),
        )
        replies = await user.tap("DEPS:NDLS:4")
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert "🚉 New Delhi (NDLS), next 4 h: 2 trains" in text
    assert text.index("12301 Howrah Rajdhani") < text.index("12951 Mumbai Rajdhani")
    assert "16:55 12951 Mumbai Rajdhani\n   exp 17:10 · 15 min late" in text
    assert "16:50 12301 Howrah Rajdhani\n   on time" in text
    assert "railwayapi.com · just now" in text
    # the run that is at this station that day, not whichever run is on the move
    assert chips(replies)["Live 12951"] == "LIVE:12951:2026-11-18:NDLS"


async def test_long_board_is_paginated(store: Store, clock: FakeClock) -> None:
    trains = [
        (f"1240{n}", f"EXPRESS {n}", f"17:{10 + n * 4:02d}", f"17:{10 + n * 4:02d}", "RIGHT TIME")
        for n in range(10)
    ]
    async with chat(store, clock) as user:
        user.answers(BOARD_URL, arrivals_body(*trains))
        first = await user.tap("DEPS:NDLS:4")
        second = await user.tap_titled("More trains")
    assert "1–8 of 10" in text_of(first)
    assert "9–10 of 10" in text_of(second)
    assert "12409 Express 9" in text_of(second)


DAY_BOARD_URL = path("arrivals", "station", "NDLS", "hours", "24")


async def test_empty_board_offers_the_next_train_after_its_hours(
    store: Store, clock: FakeClock
) -> None:
    # It is 16:36: nothing leaves in the next 4 hours; the next train of the day ahead is shown,
    # its live status and the day's board to tap (and "the first one" next is that train:
    # first_after_an_empty_board.txt).
    async with chat(store, clock) as user:
        user.answers(BOARD_URL, arrivals_body())
        user.answers(
            DAY_BOARD_URL,
            arrivals_body(("12951", "MUMBAI RAJDHANI", "22:55", "22:55", "RIGHT TIME")),
        )
        replies = await user.tap("DEPS:NDLS:4")
    text = text_of(replies)
    assert "No trains leave New Delhi (NDLS) in the next 4 hours." in text
    assert "The next one to leave:\n22:55 12951 Mumbai Rajdhani" in text
    assert chips(replies) == {
        "Live 12951": "LIVE:12951:2026-11-18:NDLS",
        "Next 24 hours": "DEPS:NDLS:24:0",
    }


async def test_empty_day_ahead_offers_no_wider_window_that_shows_none(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(BOARD_URL, arrivals_body())
        user.answers(DAY_BOARD_URL, arrivals_body())
        replies = await user.tap("DEPS:NDLS:4")
    assert "No trains leave New Delhi (NDLS) in the next 4 hours." in text_of(replies)
    assert "Next 8 hours" not in chips(replies)


async def test_a_city_board_the_railway_answers_for_another_of_its_stations_offers_the_main_one(
    store: Store, clock: FakeClock
) -> None:
    # Asked for Chennai, whose main station is Chennai Central, RailRadar answers with Chennai
    # Egmore's board: that board is said to be Egmore's, never claimed as Central's nor as "none
    # at Central", and Central is among the city's other stations offered.
    async with railradar_chat(store, clock) as (user, railradar):
        egmore = moved(fixture("station_live_MS"), railradar.today())  # for Central, asked
        railradar.overrides["/stations/MAS/live"] = (200, egmore)
        replies = await user.say("trains from chennai")
    text, offered = text_of(replies), chips(replies)
    assert railradar.paths("/stations/MAS/live")
    assert "🚉 Chennai Egmore (MS)" in text
    assert (
        "The railway answered with the board of Chennai Egmore (MS), not of Chennai Central"
        " (MAS), which was asked:" in text
    ), text
    assert "No trains leave Chennai Central" not in text
    assert "MAS Chennai Central" in offered
    assert "MS Chennai Egmore" not in offered


def _late_starter_before_midnight(today: dt.date) -> dict[str, object]:
    """Chennai Egmore's board (the recorded shape) at 23:58: the Vaigai due out at 23:18 has not
    started, and RailRadar expects it 70 minutes late, at 00:28 the next day."""
    body = moved(fixture("station_live_MS"), today)
    vaigai = next(row for row in body["data"]["trains"] if row["train"]["number"] == "12635")
    vaigai["stop"]["departure"] = "23:18"
    tomorrow = today + dt.timedelta(days=1)
    vaigai["live"] = {
        "type": "not-started",
        "startDate": today.isoformat(),
        "expectedDepartureTime": f"{tomorrow.isoformat()}T00:28:00+05:30",
        "delayMinutes": 70,
    }
    body["data"]["trains"] = [vaigai]
    return body


@pytest.mark.parametrize(
    ("language", "question", "expected"),
    [
        ("en", "trains from chennai egmore in next 2 hours", "exp 00:28 (tomorrow)"),
        ("hi", "चेन्नई एग्मोर से अगले 2 घंटे में ट्रेनें", "अनुमानित 00:28 (कल)"),
    ],
)
async def test_a_late_start_past_midnight_says_the_day_and_how_late(
    store: Store, clock: FakeClock, language: str, question: str, expected: str
) -> None:
    clock.advance(7 * 3600 + 21 * 60 + 20)  # 23:58 in India
    async with railradar_chat(store, clock) as (user, railradar):
        board = _late_starter_before_midnight(railradar.today())
        railradar.overrides["/stations/MS/live"] = (200, board)
        text = text_of(await user.say(question))

    assert "23:18 12635" in text, text
    assert expected in text, text
    assert delay(language, 70) in text, text  # a late start, not the timetable echoed


async def test_a_day_two_trains_live_button_opens_its_run_even_without_its_timetable(
    store: Store,
) -> None:
    # Chennai Egmore's board (the recorded shape) at 10:45: 19419 is due there at 15:10 on day
    # 2 of the run that started yesterday. Its button carries that start date beside the day it
    # is at Egmore, so that the run opened is yesterday's even when RailRadar cannot give its
    # timetable (which would turn the day at Egmore into the start date).
    at_10_45 = dt.datetime(2026, 11, 18, 10, 45, tzinfo=TZ).timestamp()
    clock = FakeClock(at_10_45)
    async with railradar_chat(store, clock) as (user, railradar):
        replies = await user.say("trains from chennai egmore in next 8 hours")
        button = chips(replies)["Live 19419"]
        railradar.overrides["/trains/19419"] = error(503, "error_degraded")
        refreshed = chips(await user.tap(button))["Refresh"]
        clock.advance(5 * 60)  # past the cache: the run asked again
        await user.tap(refreshed)
        asked = [
            call.request.url.params.get("date")
            for call in user.upstream.calls
            if call.request.url.path.endswith("/trains/19419/live")
        ]
    assert button == "LIVE:19419:2026-11-18:MS:2026-11-17"
    assert asked == ["2026-11-17", "2026-11-17"]
    assert refreshed == button
