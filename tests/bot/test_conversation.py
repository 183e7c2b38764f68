"""Whole conversations through `Bot.respond`: the real NLU, station index and v2 client behind
the cache, conversation state on the memory twin and on Redis, the upstream mocked."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bot.conversation import Bot
from app.bot.incoming import Incoming
from app.railways.models import Sourced, TrainRoute
from app.store import MemoryStore, Store
from tests.bot.harness import (
    INDEX,
    RAJDHANI,
    RAJDHANI_STOPS,
    TODAY,
    TZ,
    arrivals_body,
    assert_phone_friendly,
    between_body,
    chat,
    chips,
    fare_body,
    live_body,
    ok,
    path,
    pnr_body,
    route_body,
    seats_body,
    text_of,
)
from tests.conftest import FakeClock

SORRY = "something went wrong on my side"


def fare_url(cls: str, day: str = "18-11-2026") -> str:
    return path(
        "fare", "train", "12951", "source", "NDLS", "dest", "MMCT", "age", "30",
        "pref", cls, "quota", "GN", "date", day,
    )  # fmt: skip


def seats_url(day: str, cls: str = "3A") -> str:
    return path(
        "check-seat", "train", "12951", "source", "NDLS", "dest", "MMCT",
        "date", day, "pref", cls, "quota", "GN",
    )  # fmt: skip


# --- questions answered at once ----------------------------------------------------------------


async def test_typed_pnr_gets_the_status(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(
            path("pnr-status", "pnr", "4512345678"),
            pnr_body(TODAY + dt.timedelta(days=2), ("CNF/S6/71/GN", "CNF/S6/71/GN")),
        )
        replies = await user.say("pnr 4512345678")
    assert_phone_friendly(replies)
    assert "P1 CNF S6/71" in text_of(replies)


async def test_hinglish_where_is_my_train_gets_the_run_on_its_way(
    store: Store, clock: FakeClock
) -> None:
    # 16:36 on the 18th: the run that left Bengaluru on the 17th at 19:20 is the one on its way.
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12627"), route_body())
        user.answers(
            path("live", "train", "12627", "date", "17-11-2026"),
            live_body(TODAY - dt.timedelta(days=1), 3, 15),
        )
        replies = await user.say("12627 kaha hai")
    assert "Last: Dharmavaram Jn (DMM)" in text_of(replies)


async def test_greeting_introduces_the_bot_with_the_main_features(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        typed = await user.say("hi")
        tapped = await user.tap("GET_STARTED", "Get Started")
    for replies in (typed, tapped):
        assert_phone_friendly(replies)
        assert "I'm RailBot" in text_of(replies)
        offered = chips(replies)
        assert offered["PNR status"] == "MENU_PNR"
        assert offered["Live status"] == "MENU_LIVE"
        assert offered["Trains between"] == "MENU_BETWEEN"
        assert offered["Help"] == "HELP"


async def test_thanks_gets_a_kind_word(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.say("thank you")
    assert "Happy journey" in text_of(replies)


async def test_help_lists_what_the_bot_can_do(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.say("help")
    assert "pnr 4512345678" in text_of(replies) and "12627 kaha hai" in text_of(replies)


async def test_asked_who_it_is_the_bot_says_it_is_railbot_a_bot_and_what_it_checks(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        named = await user.say("what is your name")
        robot = await user.say("are you a robot or a real person")
    for replies in (named, robot):
        assert "I'm RailBot" in text_of(replies) and "a bot, not a person" in text_of(replies)
        assert "PNR status" in text_of(replies)
        assert chips(replies)["PNR status"] == "MENU_PNR"


async def test_told_it_is_useless_the_bot_apologises_and_shows_how_to_ask(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        replies = await user.say("you are useless")
    text = text_of(replies)
    assert text.startswith("Sorry I couldn't help you better") and "pnr 4512345678" in text
    assert chips(replies)["Help"] == "HELP"


# --- follow-ups ---------------------------------------------------------------------------------


async def test_a_city_is_answered_for_its_main_stations_with_the_others_as_buttons(
    store: Store, clock: FakeClock
) -> None:
    # The v2 API cannot search a whole city: the main stations answer, and the city's other
    # stations are buttons, never a question that holds the answer back.
    async with chat(store, clock) as user:
        user.answers(path("cancelled", "date", "19-11-2026"), ok(total=0, trains=[]))
        user.answers(path("rescheduled", "date", "19-11-2026"), ok(total=0, trains=[]))
        user.answers(
            path("between", "source", "NDLS", "dest", "CSMT", "date", "19-11-2026"),
            between_body(("12138", "PUNJAB MAIL", "NDLS", "CSMT", "05:15", "07:35", "26:20")),
        )
        user.answers(
            path("between", "source", "NDLS", "dest", "MMCT", "date", "19-11-2026"),
            between_body(("12951", "MUMBAI RAJDHANI", "NDLS", "MMCT", "16:55", "08:35", "15:40")),
        )
        first = await user.say("delhi se mumbai kal")
        assert_phone_friendly(first)
        assert "Which" not in text_of(first)
        assert "New Delhi (NDLS) → Mumbai CSMT (CSMT) on Thu 19 Nov" in text_of(first)
        assert "12138 Punjab Mail" in text_of(first)
        assert "Other Mumbai stations: tap one below." in text_of(first)
        assert chips(first)["MMCT Mumbai Central"] == "BETWEEN:NDLS:MMCT:2026-11-19:0"
        replies = await user.tap_titled("MMCT Mumbai Central")
    assert "New Delhi (NDLS) → Mumbai Central (MMCT) on Thu 19 Nov" in text_of(replies)
    assert "12951 Mumbai Rajdhani" in text_of(replies)


async def test_a_city_typed_as_the_missing_end_is_answered_at_once(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(path("cancelled", "date", "19-11-2026"), ok(total=0, trains=[]))
        user.answers(path("rescheduled", "date", "19-11-2026"), ok(total=0, trains=[]))
        user.answers(
            path("between", "source", "PUNE", "dest", "CSMT", "date", "19-11-2026"),
            between_body(("12124", "DECCAN QUEEN", "PUNE", "CSMT", "07:15", "10:25", "03:10")),
        )
        user.answers(
            path("between", "source", "PUNE", "dest", "MMCT", "date", "19-11-2026"),
            between_body(("11302", "UDYAN EXPRESS", "PUNE", "MMCT", "06:35", "10:05", "03:30")),
        )
        question = await user.say("kal ki train pune se")
        assert "Which station are you going to?" in text_of(question)
        answer = await user.say("mumbai")
        assert "Pune Jn (PUNE) → Mumbai CSMT (CSMT) on Thu 19 Nov" in text_of(answer)
        assert "12124 Deccan Queen" in text_of(answer)
        replies = await user.tap_titled("MMCT Mumbai Central")
    assert "Pune Jn (PUNE) → Mumbai Central (MMCT) on Thu 19 Nov" in text_of(replies)
    assert "11302 Udyan Express" in text_of(replies)


async def test_a_typed_station_code_answers_where_to(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(
            path("between", "source", "NDLS", "dest", "MMCT", "date", "18-11-2026"),
            between_body(("12951", "MUMBAI RAJDHANI", "NDLS", "MMCT", "16:55", "08:35", "15:40")),
        )
        # an undated list asked today flags today's cancellations
        user.answers(path("cancelled", "date", "18-11-2026"), ok(total=0, trains=[]))
        user.answers(path("rescheduled", "date", "18-11-2026"), ok(total=0, trains=[]))
        question = await user.say("trains between ndls and")
        assert "Which station are you going to?" in text_of(question)
        replies = await user.say("MMCT")
    assert "12951 Mumbai Rajdhani" in text_of(replies)


async def test_fare_without_class_asks_then_answers_after_tap(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12951"), route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(fare_url("3A"), fare_body("12951", "3A", 2940))
        question = await user.say("fare of 12951 from NDLS to MMCT")
        assert "Which class?" in text_of(question)
        replies = await user.tap_titled("3A AC 3 Tier")
    assert "💰 ₹2,940 · 3A (AC 3 Tier)" in text_of(replies)


async def test_fare_without_class_answers_a_typed_class(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12951"), route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(fare_url("2A"), fare_body("12951", "2A", 4125))
        await user.say("fare of 12951 from NDLS to MMCT")
        replies = await user.say("2a")
    assert "💰 ₹4,125 · 2A (AC 2 Tier)" in text_of(replies)


async def test_seats_without_date_asks_then_answers_after_tap(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.runs_unchanged("12951", route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(
            seats_url("20-11-2026"),
            seats_body("3A", (TODAY + dt.timedelta(days=2), "AVAILABLE 40")),
        )
        question = await user.say("seats in 12951 from NDLS to MMCT in 3A")
        assert set(chips(question)) == {"Today", "Tomorrow", "Fri 20 Nov"}
        replies = await user.tap_titled("Fri 20 Nov")
    assert "Fri 20 Nov: AVAILABLE 40 ✅" in text_of(replies)


async def test_seats_without_date_answers_a_typed_date(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.runs_unchanged("12951", route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(
            seats_url("19-11-2026"),
            seats_body("3A", (TODAY + dt.timedelta(days=1), "GNWL 12/WL 5")),
        )
        await user.say("seats in 12951 from NDLS to MMCT in 3A")
        replies = await user.say("tomorrow")
    assert "Thu 19 Nov: GNWL 12/WL 5" in text_of(replies)


async def test_route_without_a_train_asks_then_takes_the_number(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12627"), route_body())
        question = await user.tap("MENU_ROUTE")
        assert "Which train's route?" in text_of(question)
        replies = await user.say("12627")
    assert "12627 Karnataka Exp: stops 1–15 of 21" in text_of(replies)


async def test_route_pagination_follows_the_more_stops_button(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12627"), route_body())
        first = await user.say("route of 12627")
        second = await user.tap_titled("More stops")
    assert "stops 1–15 of 21" in text_of(first)
    assert "stops 16–21 of 21" in text_of(second)
    assert "21. New Delhi (NDLS) arr 09:15, day 3" in text_of(second)


async def test_wrong_length_pnr_is_explained_then_the_right_one_answered(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        user.answers(
            path("pnr-status", "pnr", "4512345678"),
            pnr_body(TODAY, ("CNF/S6/71/GN", "CNF/S6/71/GN")),
        )
        question = await user.say("pnr 12345")
        assert_phone_friendly(question)
        assert "12345 has 5 digits" in text_of(question)
        replies = await user.say("4512345678")
    assert "PNR 4512345678" in text_of(replies)


async def test_cancel_mid_flow_forgets_the_question(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12951"), route_body(RAJDHANI_STOPS, RAJDHANI))
        fare = user.answers(fare_url("3A"), fare_body("12951", "3A", 2940))
        await user.say("fare of 12951 from NDLS to MMCT")
        cancelled = await user.say("cancel")
        assert "start over" in text_of(cancelled)
        later = await user.tap("CLASS:3A")
    assert not fare.called
    assert "expired" in text_of(later)


@pytest.mark.parametrize("words", ["reset", "stop", "band karo", "Cancel!"])
async def test_every_way_of_saying_stop_clears_a_pending_question(
    store: Store, clock: FakeClock, words: str
) -> None:
    async with chat(store, clock) as user:
        await user.tap("MENU_LIVE")
        replies = await user.say(words)
        assert "start over" in text_of(replies)
        after = await user.tap("TRAIN:12627")
    assert "expired" in text_of(after)


async def test_a_new_question_overrides_a_pending_one(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12951"), route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(
            path("pnr-status", "pnr", "4512345678"),
            pnr_body(TODAY, ("CNF/S6/71/GN", "CNF/S6/71/GN")),
        )
        fare = user.answers(fare_url("3A"), fare_body("12951", "3A", 2940))
        await user.say("fare of 12951 from NDLS to MMCT")
        replies = await user.say("pnr 4512345678")
        assert "PNR 4512345678" in text_of(replies)
        later = await user.tap("CLASS:3A")
    assert not fare.called
    assert "expired" in text_of(later)


async def test_an_unrelated_reply_repeats_the_question(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(path("route", "train", "12951"), route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(fare_url("SL"), fare_body("12951", "SL", 805))
        await user.say("fare of 12951 from NDLS to MMCT")
        again = await user.say("hmm")
        assert "Sorry, I didn't get that.\nWhich class?" in text_of(again)
        assert "3A AC 3 Tier" in chips(again)
        replies = await user.tap("CLASS:SL")
    assert "₹805" in text_of(replies)


async def test_a_question_left_for_fifteen_minutes_expires(clock: FakeClock) -> None:
    # The memory twin follows the fake clock; Redis's own expiry is pinned in test_state.
    async with chat(MemoryStore(clock=clock), clock) as user:
        user.answers(path("route", "train", "12951"), route_body(RAJDHANI_STOPS, RAJDHANI))
        await user.say("fare of 12951 from NDLS to MMCT")
        clock.advance(16 * 60)
        replies = await user.tap("CLASS:3A")
    assert "expired" in text_of(replies)


async def test_conversations_of_two_users_do_not_mix(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        await user.tap("MENU_LIVE")
        other = await user.send(Incoming(user_id="psid-2002", payload="TRAIN:12627"))
    assert "expired" in text_of(other)


# --- whatever people send -----------------------------------------------------------------------


BAD_INPUT = [
    "x" * 5000,
    "pnr " + "4" * 4990,
    "🚆🚆🚆😀",
    "😀",
    "'; DROP TABLE users; --",
    "SELECT * FROM pnr WHERE 1=1",
    "pnr 12345",
    "12345678901234",
    "trains from XYZQ to QQQQ",
    "route 99",
    "   ",
    "\u200b\u200b",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "fare %2F%2E%2E 12951",
    "नमस्ते",
    "१२६२७ कहाँ है",
    "pnr 451-234-5678-9",
]


@pytest.mark.parametrize("text", BAD_INPUT)
async def test_bad_input_gets_a_short_helpful_reply(
    store: Store, clock: FakeClock, text: str
) -> None:
    async with chat(store, clock) as user:
        user.upstream.route().respond(200, json={"response_code": 404, "debit": 1})
        replies = await user.say(text)
    assert_phone_friendly(replies)
    assert SORRY not in text_of(replies)


async def test_forged_payload_gets_a_polite_reply(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        for payload in ("PNR:../../x", "ROUTE:12627:-1", "DROP TABLE", "STN:via:NDLS", "x" * 2000):
            replies = await user.tap(payload)
            assert_phone_friendly(replies)
            assert "that button doesn't work any more" in text_of(replies)


async def test_a_tap_answering_no_question_says_it_expired(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.tap("DATE:2026-11-20")
    assert "That question has expired" in text_of(replies)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(max_size=300))
async def test_any_text_gets_an_answer_and_never_an_apology(text: str) -> None:
    clock = FakeClock()
    async with chat(MemoryStore(clock=clock), clock) as user:
        user.upstream.route().respond(200, json={"response_code": 404, "debit": 1})
        replies = await user.say(text)
    assert_phone_friendly(replies)
    assert SORRY not in text_of(replies)


# --- when something inside breaks ---------------------------------------------------------------


class BrokenProvider:
    """A provider with a bug: every call raises something that is not a railway error."""

    name = "broken"

    def __getattr__(self, feature: str) -> Any:
        async def fail(*args: object) -> Sourced[TrainRoute]:
            raise RuntimeError("bug while looking up 4512345678")

        return fail

    async def aclose(self) -> None:
        return None


async def test_a_bug_gets_an_apology_and_an_error_log_without_the_pnr(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    store = MemoryStore(clock=clock)
    bot = Bot(BrokenProvider(), INDEX, store, clock=clock, tz=TZ)
    caplog.set_level(logging.INFO)
    replies = await bot.respond(Incoming(user_id="psid-1", payload="PNR:4512345678"))
    assert_phone_friendly(replies)
    assert SORRY in text_of(replies)
    errors = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert errors and "RuntimeError" in errors[0].getMessage()
    assert "4512345678" not in caplog.text
    assert "4512345678" not in str(errors[0].__dict__)


# --- the other features, typed --------------------------------------------------------------------


async def test_typed_departures_question_uses_the_hours_asked(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        board = user.answers(
            path("arrivals", "station", "NDLS", "hours", "2"),
            arrivals_body(("12951", "MUMBAI RAJDHANI", "16:55", "17:10", "00:15")),
        )
        replies = await user.say("NDLS se agle 2 ghante ki trains")
    assert board.called
    assert "🚉 New Delhi (NDLS), next 2 h" in text_of(replies)


async def test_typed_cancelled_and_rescheduled_questions(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(path("cancelled", "date", "18-11-2026"), ok(total=0, trains=[]))
        user.answers(path("rescheduled", "date", "18-11-2026"), ok(total=0, trains=[]))
        user.answers(path("rescheduled", "date", "19-11-2026"), ok(total=0, trains=[]))
        cancelled = await user.say("cancelled trains today")
        rescheduled = await user.say("rescheduled trains kal")
    assert "No cancelled trains reported today." in text_of(cancelled)
    assert "No rescheduled trains reported tomorrow." in text_of(rescheduled)


async def test_typed_station_questions_by_name_and_by_code(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        by_name = await user.say("code of howrah")
        by_code = await user.say("NDLS")
    assert "🚉 Howrah Jn: code HWH" in text_of(by_name)
    assert "🚉 NDLS is New Delhi" in text_of(by_code)


async def test_typed_fare_and_seats_with_everything_given(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.runs_unchanged("12951", route_body(RAJDHANI_STOPS, RAJDHANI))
        user.answers(fare_url("3A"), fare_body("12951", "3A", 2940))
        user.answers(seats_url("19-11-2026"), seats_body("3A", (TODAY, "AVAILABLE 9")))
        fare = await user.say("fare 12951 NDLS MMCT 3A")
        seats = await user.say("seats 12951 NDLS MMCT 3A tomorrow")
    assert "💰 ₹2,940" in text_of(fare)
    assert "AVAILABLE 9" in text_of(seats)
