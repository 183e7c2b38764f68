"""Whole conversations on the sample railway where the day is said after a journey's trains
("tomorrow morning", "kal subah", "कल सुबह"): the journey's trains that day, and the day kept for
what is asked next (a train's fare named then is that day's), never "I only know Indian Railways"
nor today's date."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

# Wed 9 Dec 2026, 13:10 in India: 12007 does not run on Wednesdays; tomorrow is Thu 10 Dec.
WEDNESDAY_1310 = 1_796_802_000.0


@pytest.mark.parametrize(
    ("later", "day"),
    [
        ("tomorrow morning", "Thu 10 Dec"),
        ("and tomorrow morning?", "Thu 10 Dec"),
        ("kal subah", "Thu 10 Dec"),
        ("कल सुबह", "10 दिसंबर"),
    ],
)
async def test_a_day_said_after_the_trains_stays_for_the_train_named_next(
    store: Store, clock: FakeClock, later: str, day: str
) -> None:
    clock.now = WEDNESDAY_1310
    async with sample_chat(store, clock) as user:
        await user.say("chennai to mysuru")
        listed = text_of(await user.say(later))
        fare = text_of(await user.say("12007 fare"))
    assert "Indian Railways" not in listed and "भारतीय रेल" not in listed
    assert day in listed and "12007" in listed
    assert "Thu 10 Dec" in fare or "10 दिसंबर" in fare
    assert "Wed 9 Dec" not in fare and "9 दिसंबर" not in fare


async def test_a_day_said_with_another_topic_stays_outside_railways(
    store: Store, clock: FakeClock
) -> None:
    clock.now = WEDNESDAY_1310
    async with sample_chat(store, clock) as user:
        await user.say("chennai to mysuru")
        answer = text_of(await user.say("weather tomorrow morning"))
    assert "Indian Railways" in answer
