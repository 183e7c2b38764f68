"""Whole conversations on the sample railway where a train's live status is asked without a day
after a day to come was talked about: "12627 kahan hai" is where the train runs now (the run on
its way), never tomorrow's run that has not started."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST; Monday's 12627 is on its way


@pytest.mark.parametrize(
    "before", ["12627 seats 3A tomorrow", "trains from bangalore to delhi tomorrow"]
)
async def test_where_is_the_train_after_tomorrows_journey_is_the_run_on_its_way(
    store: Store, clock: FakeClock, before: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(before)
        where = text_of(await user.say("12627 kahan hai"))
    assert "Started Mon 7 Dec" in where, where
    assert "past Solapur (SUR)" in where, where
    assert "not started yet" not in where, where


async def test_where_is_the_train_in_hindi_after_tomorrows_seats_is_the_run_on_its_way(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12627 seats 3A tomorrow")
        where = text_of(await user.say("12627 कहाँ है"))
    assert "सोम, 7 दिसंबर को चली" in where, where


async def test_where_is_the_train_tomorrow_is_still_tomorrows_run(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("trains from bangalore to delhi tomorrow")
        where = text_of(await user.say("kal 12627 kahan hogi"))
    assert "Run of Wed 9 Dec: not started yet" in where, where


@pytest.mark.parametrize("asked", ["when did 12627 reach guntakal", "12627 guntakal kab pahunchi"])
async def test_when_did_it_reach_a_station_asked_fresh_is_the_run_that_got_there(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        reached = text_of(await user.say(asked))
    assert "it got there at 00:52 (today), 12 min late" in reached, reached
    assert "by the timetable" not in reached and "next run" not in reached, reached


async def test_when_did_it_reach_a_station_its_run_on_the_way_has_not_is_the_run_before(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING  # Monday's run is short of Agra; Sunday's got there today
    async with sample_chat(store, clock) as user:
        reached = text_of(await user.say("when did 12627 reach agra"))
    assert "The run of Sun 6 Dec" in reached, reached
    assert "it got there at 05:27 (today)" in reached, reached
    assert "Expected" not in reached, reached


async def test_when_did_it_reach_in_hindi_is_the_run_that_got_there(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        reached = text_of(await user.say("12627 आगरा कब पहुँची"))
    assert "रवि, 6 दिसंबर वाली ट्रेन" in reached, reached
    assert "05:27 बजे (आज) पहुँची थी" in reached, reached
