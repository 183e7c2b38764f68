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
