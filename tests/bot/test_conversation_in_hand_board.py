"""Whole conversations on the sample railway where the next message leans on the train of a
board or a booking in hand: how long the board's MEMU takes to where it goes ("how long does
the memu take to ghaziabad?", "ghaziabad tak kitna time"), never "Which station?"; seats "in
it" after no other trains were found than the booked one."""

from __future__ import annotations

import datetime as dt

import pytest

from app.store import Store
from tests.bot.harness import TZ, sample_chat, text_of
from tests.conftest import FakeClock

_FRIDAY_EVENING = dt.datetime(2026, 12, 11, 19, 45, tzinfo=TZ)


@pytest.mark.parametrize(
    ("between", "asked"),
    [
        ((), "how long does the memu take to ghaziabad?"),
        ((), "how long to ghaziabad"),
        ((), "memu ghaziabad tak kitna time leti hai"),
    ],
)
async def test_how_long_the_boards_train_takes_to_where_it_goes(
    store: Store, between: tuple[str, ...], asked: str
) -> None:
    clock = FakeClock(_FRIDAY_EVENING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say("what trains leave new delhi in the next 2 hours?")
        for said in between:
            await user.say(said)
        answer = text_of(await user.say(asked))
    assert "64421" in answer and "45m" in answer and "Which station" not in answer


async def test_seats_in_it_after_no_other_trains_are_the_booked_trains(store: Store) -> None:
    clock = FakeClock(_FRIDAY_EVENING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4523456789")  # 12952 on Wed 16 Dec
        await user.say("are there other trains from delhi to mumbai that day?")
        seats = text_of(await user.say("check 2A seats in it on the same day"))
    assert "12952" in seats and "2A" in seats and "Wed 16 Dec" in seats
