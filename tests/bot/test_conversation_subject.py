"""Whole conversations on the sample railway where the next message takes what was just shown
for granted: the train, the PNR, the journey, the class, the day."""

from __future__ import annotations

import datetime as dt

import pytest

from app.constants import STATE_PREFIX
from app.store import Store
from tests.bot.harness import (
    TODAY,
    chat,
    chips,
    path,
    pnr_body,
    refusal,
    route_body,
    sample_chat,
    text_of,
)
from tests.conftest import FakeClock


async def test_after_a_pnr_is_it_late_fare_and_alert_are_about_that_booking(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        late = text_of(await user.say("is it late?"))
        fare = text_of(await user.say("fare"))
        alert = text_of(await user.say("alert bhi laga do"))
    assert "12627 Karnataka Express" in late
    assert "SL (Sleeper)" in fare and "KSR Bengaluru City Jn (SBC) → New Delhi (NDLS)" in fare
    assert "4512345678" in alert and "12627" in alert


async def test_what_about_another_class_asks_the_same_fare_again(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("fare 12952 ndls mmct 3a")
        second = await user.say("what about 2A")
    assert "2A (AC 2 Tier)" in text_of(second) and "12952" in text_of(second)
    assert "Fare 3A" in chips(second)


async def test_a_fare_question_answered_with_three_details_at_once(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        asked = text_of(await user.say("fare"))
        train = await user.say("12627")
        answer = text_of(await user.say("sbc ndls 3a"))
    assert "starting from" in asked
    assert "Which class?" in text_of(train)  # the train's whole run, unless said otherwise
    assert "3A (AC 3 Tier)" in answer and "(SBC) → New Delhi (NDLS)" in answer


async def test_forgetting_me_forgets_the_subject_too(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        assert await store.get(STATE_PREFIX + user.user) is not None
        await user.say("forget me")
        await user.tap_titled("Yes, delete it")
        assert await store.get(STATE_PREFIX + user.user) is None
        late = text_of(await user.say("is it late?"))
    assert "Which train?" in late


async def test_starting_over_forgets_the_subject(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("route 12627")
        await user.say("cancel")
        asked = text_of(await user.say("live status"))
    assert "Which train?" in asked


# --- where and when the traveller boards --------------------------------------------------------

IN_TWO_DAYS = TODAY + dt.timedelta(days=2)
PNR_URL = path("pnr-status", "pnr", "4512345678")
RUN_URL = path("live", "train", "12627", "date", IN_TWO_DAYS.strftime("%d-%m-%Y"))


async def _after_a_booking_two_days_out(store: Store, clock: FakeClock, asked: str) -> str:
    """What the bot answers `asked` after the card of a booking on 12627 two days out, a run to
    come that has no live status yet."""
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(IN_TWO_DAYS, ("CNF/S6/71/GN", "CNF/S6/71/GN")))
        user.answers(path("route", "train", "12627"), route_body())
        user.answers(RUN_URL, refusal(404))
        await user.say("pnr 4512345678")
        return text_of(await user.say(asked))


@pytest.mark.parametrize(
    "asked",
    ["where do i board", "boarding station?", "train kahan se pakadni hai", "kitne baje niklegi"],
)
async def test_after_a_pnr_where_to_board_is_its_boarding_station_and_when_the_train_leaves_it(
    store: Store, clock: FakeClock, asked: str
) -> None:
    text = await _after_a_booking_two_days_out(store, clock, asked)
    assert "Your boarding station: Yesvantpur Jn (YPR)." in text
    assert "12627 Karnataka Exp leaves Yesvantpur Jn (YPR) at 19:35 (Fri 20 Nov)." in text


async def test_in_hindi_when_it_leaves_after_a_pnr_is_answered_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    text = await _after_a_booking_two_days_out(store, clock, "कितने बजे निकलेगी")
    assert "आपका बोर्डिंग स्टेशन: Yesvantpur Jn (YPR)।" in text
    assert "12627 Karnataka Exp Yesvantpur Jn (YPR) से 19:35 बजे (परसों) चलेगी।" in text


async def test_a_run_to_come_is_said_to_start_on_its_day_not_to_lack_live_status(
    store: Store, clock: FakeClock
) -> None:
    text = await _after_a_booking_two_days_out(store, clock, "kab pahunchegi")
    assert "12627 Karnataka Exp starts on Fri 20 Nov: leaves KSR Bengaluru (SBC) at 19:20." in text
    assert "Due at Yesvantpur Jn (YPR) 19:33 on day 1 (Fri 20 Nov)." in text
    assert "Due at New Delhi (NDLS) 09:15 on day 3 (Sun 22 Nov)." in text
    assert "isn't available" not in text
