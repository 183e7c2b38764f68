"""Whole conversations on the sample railway where seats are asked with a count of them ("one
seat in 3A", "ek seat 3A mein") after a train was shown: the seats of that train in that class,
never the class taken as the fare's nor "didn't get that"."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize("asked", ["one seat in 3A", "ek seat 3A mein", "2 seats in 3A"])
async def test_one_seat_in_a_class_after_a_fare_is_that_trains_seats_in_that_class(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12627 fare SL tomorrow")
        seats = text_of(await user.say(asked))
    assert "🎫 Seats · 12627 Karnataka Express" in seats, seats
    assert "3A · General quota" in seats, seats
    assert "Wed 9 Dec" in seats, seats
    assert "💰" not in seats and "didn't get that" not in seats, seats


async def test_one_seat_in_a_class_in_hindi_is_that_trains_seats(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12627 कल स्लीपर का किराया")
        seats = text_of(await user.say("3A में एक सीट"))
    assert "12627" in seats and "3A" in seats, seats
    assert "💰" not in seats and "समझ नहीं" not in seats, seats


async def test_one_seat_in_a_class_after_the_trains_card_asks_only_the_day(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("12627")
        asked = text_of(await user.say("one seat in 3A"))
        seats = text_of(await user.say("tomorrow"))
    assert "Which date?" in asked, asked
    assert "🎫 Seats · 12627 Karnataka Express" in seats, seats
    assert "3A · General quota" in seats, seats
