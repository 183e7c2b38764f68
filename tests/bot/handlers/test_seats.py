"""Seat availability per class and date; a missing date is asked as Today/Tomorrow/Day after."""

from __future__ import annotations

import datetime as dt

import pytest

from app.store import Store
from tests.bot.harness import (
    RAJDHANI,
    RAJDHANI_STOPS,
    TODAY,
    assert_phone_friendly,
    chat,
    chips,
    path,
    railradar_chat,
    refusal,
    route_body,
    sample_chat,
    seats_body,
    text_of,
)
from tests.conftest import FakeClock


def seats_url(day: str, cls: str = "3A") -> str:
    return path(
        "check-seat", "train", "12951", "source", "NDLS", "dest", "MMCT",
        "date", day, "pref", cls, "quota", "GN",
    )  # fmt: skip


async def test_seats_without_date_asks_then_answers_after_tap(
    store: Store, clock: FakeClock
) -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    async with chat(store, clock) as user:
        user.runs_unchanged("12951", route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(
            seats_url("19-11-2026"),
            seats_body(
                "3A",
                (tomorrow, "AVAILABLE 12"),
                (tomorrow + dt.timedelta(days=1), "RLWL12/WL8"),
                (tomorrow + dt.timedelta(days=2), "REGRET"),
            ),
        )
        question = await user.tap("SEATS:12951:NDLS:MMCT:-:3A")
        assert "Which date?" in text_of(question)
        assert chips(question) == {
            "Today": "DATE:2026-11-18",
            "Tomorrow": "DATE:2026-11-19",
            "Fri 20 Nov": "DATE:2026-11-20",
        }
        replies = await user.tap_titled("Tomorrow")
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert "🎫 Seats · 12951 Mumbai Rajdhani" in text
    assert "3A · General quota" in text
    assert "Thu 19 Nov: AVAILABLE 12 ✅" in text
    assert "Fri 20 Nov: RLWL12/WL8" in text
    assert "Sat 21 Nov: REGRET ❌" in text
    assert "railwayapi.com · just now" in text
    assert chips(replies)["Fare 3A"] == "FARE:12951:NDLS:MMCT:2026-11-19:3A"


async def test_seats_without_class_are_each_of_the_trains_classes_that_day(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.runs_unchanged("12951", route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(path("route", "train", "12951"), route_body(RAJDHANI_STOPS, RAJDHANI))
        for cls in ("1A", "2A", "3A"):
            day = TODAY + dt.timedelta(days=1)
            user.answers(seats_url("19-11-2026", cls), seats_body(cls, (day, "AVAILABLE 3")))
        each = text_of(await user.tap("SEATS:12951:NDLS:MMCT:2026-11-19"))
        assert "Which class?" not in each, each
        assert "2A: AVAILABLE 3" in each and "3A: AVAILABLE 3" in each, each
        replies = await user.tap("SEATS:12951:NDLS:MMCT:2026-11-19:2A")
    assert "2A · General quota" in text_of(replies)


async def test_a_date_in_the_past_is_asked_again(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.tap("SEATS:12951:NDLS:MMCT:2026-11-01:3A")
    assert "Sun 1 Nov has passed.\nWhich date?" in text_of(replies)


async def test_a_date_the_railway_refuses_is_asked_again(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.runs_unchanged("12951", route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(seats_url("20-03-2027"), refusal(230))
        replies = await user.tap("SEATS:12951:NDLS:MMCT:2027-03-20:3A")
    # the provider that refused the date is named: RailBot asked it, not Indian Railways
    assert "railwayapi.com didn't accept Sat 20 Mar 2027 for this train.\nWhich date?" in (
        text_of(replies)
    )
    assert chips(replies)["Tomorrow"] == "DATE:2026-11-19"


async def test_a_date_beyond_the_booking_window_is_said_plainly_and_asked_again(
    store: Store, clock: FakeClock
) -> None:
    # the sample railway's own check, before any seat is looked up: what is wrong with the date,
    # never "Indian Railways didn't accept it" (nobody was asked)
    async with sample_chat(store, clock) as user:
        replies = await user.tap("SEATS:12627:SBC:NDLS:2027-03-20:SL")
    text = text_of(replies)
    assert text.startswith("Booking for that date isn't open yet — please pick an earlier date.")
    assert "Which date?" in text and "Indian Railways" not in text, text
    assert chips(replies)["Tomorrow"] == "DATE:2026-11-19"


async def test_seats_on_a_run_railradar_reports_cancelled_say_so_first_and_show_no_seats(
    store: Store, clock: FakeClock
) -> None:
    # The railway's availability says "TRAIN CANCELLED" for the day, which leaves the run in
    # doubt: RailRadar's /live for it has status "cancelled" and a CANCELLED exception.
    async with railradar_chat(store, clock) as (user, railradar):
        replies = await user.tap("SEATS:12626:MMCT:NDLS:2026-11-19:3A")
    text = text_of(replies)
    assert text.startswith("🚫 12626 ")
    assert "is cancelled on Thu 19 Nov." in text
    assert "TRAIN CANCELLED" not in text and "Seats ·" not in text
    assert railradar.paths("/trains/12626/live")
    assert "Other trains" in chips(replies)


async def test_seats_on_a_day_the_railway_takes_bookings_for_cost_no_look_at_the_run(
    store: Store, clock: FakeClock
) -> None:
    # A day with seats, RAC or a waiting list to join is a run the railway has not cancelled.
    async with railradar_chat(store, clock) as (user, railradar):
        available = await user.tap("SEATS:12951:MMCT:NDLS:2026-11-19:3A")
        waiting = await user.tap("SEATS:12951:MMCT:NDLS:2026-11-21:2A")
        regret = await user.tap("SEATS:12951:MMCT:NDLS:2026-11-22:1A")
    assert text_of(available).startswith("Yes, 34 seats available in 3A on Thu 19 Nov.")
    assert text_of(waiting).startswith("No, 2A is waitlisted on Sat 21 Nov: GNWL45/WL32.")
    assert "Sun 22 Nov: REGRET ❌" in text_of(regret)
    # Only the regret leaves it open, and the run (not cancelled) is looked at then.
    assert railradar.paths("/trains/12951/live") == ["/trains/12951/live"]


async def test_a_day_not_open_for_booking_is_explained_in_plain_words_in_english_and_hindi(
    store: Store, clock: FakeClock
) -> None:
    # "NOT AVAILABLE": no seats, and no waiting list to join either; not a full train.
    tomorrow = TODAY + dt.timedelta(days=1)
    async with chat(store, clock) as user:
        user.runs_unchanged("12951", route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(seats_url("19-11-2026"), seats_body("3A", (tomorrow, "NOT AVAILABLE")))
        english = text_of(await user.tap("SEATS:12951:NDLS:MMCT:2026-11-19:3A"))
        hindi = text_of(await user.say("12951 कल 3A सीट NDLS से MMCT"))
    assert english.startswith(
        "No, 3A on Thu 19 Nov is not available for booking (NOT AVAILABLE): there is no waiting"
        " list open to join. Try another class, day or train."
    ), english
    assert "Thu 19 Nov: NOT AVAILABLE (no waiting list open) ❌" in english, english
    assert hindi.startswith("नहीं, ") and "बुकिंग के लिए उपलब्ध नहीं है" in hindi, hindi
    assert "कोई वेटिंग लिस्ट भी नहीं खुली" in hindi, hindi
    assert "उपलब्ध नहीं (NOT AVAILABLE), वेटिंग भी नहीं ❌" in hindi, hindi


async def test_seats_on_a_day_the_train_does_not_run_show_its_next_runs_seats(
    store: Store, clock: FakeClock
) -> None:
    # 12007 does not run on Wednesdays (today): said so, then Thursday's seats, not a question
    async with sample_chat(store, clock) as user:
        english = text_of(await user.say("CC seats in 12007 today"))
        await user.say("reset")
        hinglish = text_of(await user.say("12007 me aaj CC seat hai kya"))
        await user.say("reset")
        await user.say("हिंदी")
        hindi = text_of(await user.say("आज 12007 में CC सीट है?"))
    for text in (english, hinglish):
        assert text.startswith("12007 Chennai Mysuru Shatabdi doesn't run on Wed 18 Nov")
        assert "on Thu 19 Nov" in text.splitlines()[1], text  # the answer is for its next run
        assert "🎫 Seats · 12007 Chennai Mysuru Shatabdi" in text
        assert "Which date?" not in text
    assert "नहीं चलती" in hindi and "🎫 सीटें · 12007" in hindi, hindi
    assert "कौन सी तारीख" not in hindi


@pytest.mark.parametrize(
    ("language", "today", "tomorrow", "gone"),
    [
        (
            "en",
            "seats in 12951 from MMCT to NDLS in 3A today",
            "seats in 12951 from MMCT to NDLS in 3A tomorrow",
            "⌛ 12951 was due to leave Mumbai Central (MMCT) at 17:00 today: that time has passed.",
        ),
        (
            "hi",
            "12951 में सीट मुंबई सेंट्रल से नई दिल्ली 3A आज",
            "12951 में सीट मुंबई सेंट्रल से नई दिल्ली 3A कल",
            "⌛ 12951 को आज 17:00 बजे Mumbai Central (MMCT) से चलना था: वह समय निकल चुका है।",
        ),
    ],
)
async def test_todays_seats_on_a_train_gone_from_the_start_say_it_has_left_not_yes(
    store: Store, clock: FakeClock, language: str, today: str, tomorrow: str, gone: str
) -> None:
    # 18:36, the Rajdhani (RailRadar's recorded timetable) left Mumbai Central at 17:00: the
    # source's calendar may still say AVAILABLE for today, but that train cannot be boarded.
    clock.advance(2 * 3600)
    async with railradar_chat(store, clock) as (user, _):
        said_today = text_of(await user.say(today))
        said_tomorrow = text_of(await user.say(tomorrow))

    assert said_today.startswith(gone), said_today
    assert gone not in said_tomorrow, said_tomorrow


@pytest.mark.parametrize(
    ("at", "said"),
    [
        # 07:40: past 06:00 and its hour's grace, but the railway moved its start to 08:30
        (dt.time(7, 40), "Yes, "),
        # 10:40: the rescheduled run has left too
        (dt.time(10, 40), "⌛ 12002 was due to leave New Delhi (NDLS) at 06:00 today"),
    ],
)
async def test_todays_seats_on_a_train_rescheduled_later_are_not_said_gone_before_it_leaves(
    store: Store, clock: FakeClock, at: dt.time, said: str
) -> None:
    # The sample railway's 12002 is rescheduled from 06:00 to 08:30 every day: its live card
    # says "not started yet" at 07:40, and the seats answer must not say it has gone.
    moment = dt.datetime.combine(TODAY, at, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    clock.now = moment.timestamp()
    async with sample_chat(store, clock) as user:
        text = text_of(await user.say("seats in 12002 cc today"))
    assert text.startswith(said), text
