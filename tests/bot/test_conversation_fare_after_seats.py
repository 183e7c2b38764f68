"""Whole conversations on the sample railway where the fare is asked straight after a train's
seats, with a party ("fare for 2", "and the price for 3?", "2 लोगों का किराया"): the fare only,
per person and for the party, labelled; never the seats' answer sent again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("seats", "fare", "priced", "headline"),
    [
        ("12628 seats 3a kal", "fare for 2", "₹3,052 per person · ₹6,104 for 2 · 3A",
         "37 seats available"),
        ("12628 seats 3a kal", "and the price for 3?", "₹3,052 per person · ₹9,156 for 3 · 3A",
         "37 seats available"),
        ("12628 की 3A सीटें कल", "2 लोगों का किराया", "प्रति व्यक्ति ₹3,052 · 2 लोगों का ₹6,104",
         "37 सीटें उपलब्ध"),
    ],
)  # fmt: skip
async def test_the_fare_after_seats_is_the_fare_only(
    store: Store, clock: FakeClock, seats: str, fare: str, priced: str, headline: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        shown = text_of(await user.say(seats))
        answer = text_of(await user.say(fare))
    assert headline in shown, shown
    assert priced in answer, answer
    assert headline not in answer, answer
