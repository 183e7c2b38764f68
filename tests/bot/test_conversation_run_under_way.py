"""Whole conversations on the sample railway about which run of a train a question means: "is it
running on time today?" is the run out there now, not today's run before it leaves; a traveller
waiting at a station is asked about the run due there next, not the one that just left its
origin a day behind it."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_MORNING = 1_796_702_400.0  # Tue 8 Dec 2026, 09:30 IST
FRIDAY_EVENING = 1_796_997_300.0  # Fri 11 Dec 2026, 19:45 IST


@pytest.mark.parametrize(
    "asked",
    ["is it running on time today", "aaj time pe chal rahi hai?", "क्या आज समय पर चल रही है?"],
)
async def test_running_on_time_today_is_the_run_under_way(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = TUESDAY_MORNING
    async with sample_chat(store, clock) as user:
        await user.say("how long does 22691 take")
        await user.say("what time does it reach bhopal")
        answer = text_of(await user.say(asked))
    assert "8 min" in answer or "8 मिनट" in answer
    assert "Mon 7 Dec" in answer or "7 दिसंबर" in answer


async def test_todays_run_asked_by_name_is_todays_run(store: Store, clock: FakeClock) -> None:
    clock.now = TUESDAY_MORNING
    async with sample_chat(store, clock) as user:
        await user.say("how long does 22691 take")
        answer = text_of(await user.say("is today's run on time"))
    assert "Tue 8 Dec" in answer and "Started Mon 7 Dec" not in answer


@pytest.mark.parametrize(
    ("waiting", "then"),
    [
        (
            "I'm at Bhopal station waiting for 12627, where is it now?",
            "what time will it reach bhopal?",
        ),
        ("bhopal station pe 12627 ka wait kar raha hu, kahan hai?", "bhopal kab pahunchegi?"),
    ],
)
async def test_a_traveller_waiting_at_a_station_gets_the_run_due_there_next(
    store: Store, clock: FakeClock, waiting: str, then: str
) -> None:
    clock.now = FRIDAY_EVENING
    async with sample_chat(store, clock) as user:
        where = text_of(await user.say(waiting))
        reach = text_of(await user.say(then))
    assert "Started Thu 10 Dec" in where and "Started Fri 11 Dec" not in where
    assert "22:17" in reach and "(tomorrow)" not in reach


@pytest.mark.parametrize(
    ("asked", "run", "due"),
    [
        (
            "when does 12627 reach delhi",
            "The run that left KSR Bengaluru City Jn (SBC) on Tue 17 Nov",
            "is due there on Thu 19 Nov at 09:15",
        ),
        (
            "12627 delhi kitne baje pahunchti hai",
            "The run that left KSR Bengaluru City Jn (SBC) on Tue 17 Nov",
            "is due there on Thu 19 Nov at 09:15",
        ),
        (
            "what time does 12627 reach bhopal",
            "The run that left KSR Bengaluru City Jn (SBC) on Tue 17 Nov",
            "is due there on Wed 18 Nov at 22:05",
        ),
        (
            "12627 दिल्ली कब पहुँचती है",
            "मंगल, 17 नवंबर को KSR Bengaluru City Jn (SBC) से चली ट्रेन",
            "गुरु, 19 नवंबर को 09:15 बजे",
        ),
    ],
)
async def test_when_a_running_train_reaches_a_station_ahead_is_the_run_on_its_way_there(
    store: Store, clock: FakeClock, asked: str, run: str, due: str
) -> None:
    # Wed 18 Nov, 16:36: the run that left on Tuesday is past Solapur, today's leaves at 19:20
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert run in answer and due in answer
    assert "Fri 20 Nov" not in answer and "next run leaves" not in answer


async def test_when_it_reaches_a_station_every_run_has_passed_is_the_next_run_leaving(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("when does 12627 reach solapur"))
    assert "Its next run leaves KSR Bengaluru City Jn (SBC) on Wed 18 Nov at 19:20" in answer
    assert "gets there on Thu 19 Nov at 07:10" in answer


@pytest.mark.parametrize(
    ("asked", "passed", "next_run"),
    [
        (
            "what platform at yesvantpur for 12627",
            "12627 has already passed Yesvantpur Jn (YPR): it left at 19:50 (yesterday)",
            "Its next run leaves KSR Bengaluru City Jn (SBC) on Wed 18 Nov at 19:20 and gets"
            " there on Wed 18 Nov at 19:36.",
        ),
        (
            "12627 yesvantpur kab pahunchegi",
            "It has already passed Yesvantpur Jn (YPR): it got there at 19:48 (yesterday)",
            "Its next run leaves KSR Bengaluru City Jn (SBC) on Wed 18 Nov at 19:20 and gets"
            " there on Wed 18 Nov at 19:36.",
        ),
        (
            "when will 12627 reach guntakal",
            "It has already passed Guntakal Jn (GTL): it got there at 00:52 (today)",
            "Its next run leaves KSR Bengaluru City Jn (SBC) on Wed 18 Nov at 19:20 and gets"
            " there on Thu 19 Nov at 00:40.",
        ),
    ],
)
async def test_a_station_the_run_out_there_passed_is_answered_for_the_run_due_there_next_too(
    store: Store, clock: FakeClock, asked: str, passed: str, next_run: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert answer.startswith(passed)  # which run passed it, and when, first
    assert next_run in answer


async def test_when_it_reached_a_station_passed_is_that_run_alone(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 kahan hai")
        answer = text_of(await user.say("kitni late pahunchi guntakal?"))
    assert "Guntakal Jn (GTL)" in answer and "next run" not in answer
