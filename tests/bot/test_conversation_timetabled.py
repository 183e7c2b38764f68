"""Whole conversations on the sample railway where a question about the train in hand asks its
timetable, not where today's run is: what day it reaches and how many days the journey takes
are the day of its run it gets there and the hours it takes; the stop after a station named
("next stop after Agra?", "आगरा के बाद?") is the halt after it on the route, never the run's next
stop; and a station asked of one train is not carried to where another train is."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "takes", "reaches"),
    [
        ("What day does it reach?", "takes about 37h 55m", "arrives 09:15 (day 3)"),
        ("how many days does the journey take?", "takes about 37h 55m", "(day 3)"),
        ("kitne din lagte hai", "takes about 37h 55m", "arrives 09:15 (day 3)"),
        ("kis din pahunchti hai?", "takes about 37h 55m", "arrives 09:15 (day 3)"),
        ("कितने दिन लगते हैं", "लगभग 37 घंटे 55 मिनट", "09:15 बजे पहुँचती है (दिन 3)"),
    ],
)
async def test_the_days_a_journey_takes_are_its_timetable_not_its_live_status(
    store: Store, clock: FakeClock, asked: str, takes: str, reaches: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 status")
        answer = text_of(await user.say(asked))
    assert takes in answer and reaches in answer
    assert "Started" not in answer and "📍" not in answer and "चली" not in answer


async def test_which_day_it_reaches_a_station_is_that_stops_day_of_the_run(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 route")
        answer = text_of(await user.say("which day does it reach bhopal?"))
    assert "Bhopal Jn (BPL)" in answer and "(day 2)" in answer
    assert "📍" not in answer


@pytest.mark.parametrize(
    ("then", "next_halt"),
    [
        ("Next stop after Agra?", "After Agra Cantt (AGC), 12627 Karnataka Express stops next at"),
        ("and after agra?", "After Agra Cantt (AGC), 12627 Karnataka Express stops next at"),
        ("agra ke baad kahan rukegi", "stops next at Mathura Jn (MTJ)"),
        ("आगरा के बाद कहाँ रुकेगी", "Agra Cantt (AGC) के बाद 12627 Karnataka Express अगली बार"),
        ("आगरा के बाद?", "अगली बार Mathura Jn (MTJ) पर रुकती है"),
    ],
)
async def test_the_stop_after_a_station_named_is_the_routes_not_the_runs_next(
    store: Store, clock: FakeClock, then: str, next_halt: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 status")  # under way, next at Itarsi
        await user.say("next stop?")
        answer = text_of(await user.say(then))
    assert next_halt in answer and ("Mathura Jn (MTJ)" in answer)
    assert "Itarsi" not in answer and "📍" not in answer and "🛤" not in answer


async def test_where_another_train_is_after_a_stop_asked_is_its_card_not_that_stop(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12628 kahan hai")
        await user.say("next stop after agra?")
        answer = text_of(await user.say("12951 kahan hai"))
    assert "🚆 12951 Mumbai Rajdhani" in answer
    assert "doesn't stop at" not in answer and "Gwalior" not in answer


@pytest.mark.parametrize(
    ("asked", "after"),
    [
        ("what's the next stop after kota", "After Kota Jn (KOTA), 12952 Mumbai Rajdhani stops"),
        ("kota ke baad agla station?", "stops next at Ratlam Jn (RTM)"),
        ("कोटा के बाद अगला स्टेशन", "Kota Jn (KOTA) के बाद 12952 Mumbai Rajdhani अगली बार"),
    ],
)
async def test_the_stop_after_kota_is_the_station_not_the_quota(
    store: Store, clock: FakeClock, asked: str, after: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12952 kahan hai")
        answer = text_of(await user.say(asked))
    assert after in answer and "Ratlam Jn (RTM)" in answer
    assert "Quota" not in answer and "only know Indian Railways" not in answer
