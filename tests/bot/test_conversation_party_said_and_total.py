"""Whole conversations on the sample railway where a party is said in words of its own ("we are
5 going", "5 of us", "for five people", "family of four", "hum 5 log"), then its total asked
("what's the total?", "total kitna hua?", "कुल कितना हुआ?"): the answers are for that party,
and the total is the party's fare in that class, never "I only know Indian Railways"."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("trip", "count"),
    [
        ("we are 5 going from mumbai to delhi tomorrow in 2A", "5"),
        ("we are five travelling from mumbai to delhi tomorrow in 2A", "5"),
        ("5 of us going from mumbai to delhi tomorrow in 2A", "5"),
        ("family of four mumbai to delhi tomorrow 2A", "4"),
        ("hum 5 log mumbai se delhi kal 2A mein", "5"),
        ("हम 5 लोग मुंबई से दिल्ली कल 2A में", "5"),
    ],
)
async def test_a_party_said_in_words_is_kept_for_the_seats_and_fare(
    store: Store, clock: FakeClock, trip: str, count: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        seats = text_of(await user.say(trip))
    assert "12951" in seats
    assert "₹3,159" in seats
    total = {"5": "₹15,795", "4": "₹12,636"}[count]
    assert total in seats


@pytest.mark.parametrize(
    ("trip", "total"),
    [
        ("we are 5 going from mumbai to delhi tomorrow in 2A", "what's the total?"),
        ("fare for five people mumbai to delhi tomorrow in 2A", "what's the total?"),
        ("hum 5 log mumbai se delhi kal 2A mein", "total kitna hua?"),
        ("5 log mumbai se delhi kal 2A ka kiraya", "total kitna hua?"),
        ("हम 5 लोग मुंबई से दिल्ली कल 2A में", "कुल कितना हुआ?"),
        ("5 लोग मुंबई से दिल्ली कल 2A का किराया", "कुल कितना हुआ?"),
    ],
)
async def test_the_total_after_a_partys_answer_is_the_partys_fare(
    store: Store, clock: FakeClock, trip: str, total: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(trip)
        summed = text_of(await user.say(total))
    assert "₹15,795" in summed
    assert "₹3,159" in summed
    assert "12951" in summed
    assert "Indian Railways" not in summed and "भारतीय रेल" not in summed


@pytest.mark.parametrize("total", ["what's the total?", "total kitna hua?", "कुल कितना हुआ?"])
async def test_the_total_after_a_fare_for_one_asks_how_many(
    store: Store, clock: FakeClock, total: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("mumbai to delhi tomorrow 2A fare")
        asked = text_of(await user.say(total))
    assert "Indian Railways" not in asked and "भारतीय रेल" not in asked
    assert "₹" not in asked
