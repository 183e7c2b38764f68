"""Whole conversations on the sample railway where a journey with only one train that day is asked
in a class for a party ("hum 5 log mumbai se delhi 15 dec ko, 2A mein"): that train's seats in the
class, with its fare per person and for the party under them, as each train of a longer list has
(the seats said once: the fare's line does not say them again); the class and the party stay for
what is asked next ("seat hai?" in 2A, "total kitna lagega" for 5)."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_MORNING = 1_796_702_400.0  # Tue 8 Dec 2026, 09:30 IST


@pytest.mark.parametrize(
    ("asked", "seats", "total", "party_price", "status"),
    [
        (
            "hum 5 log mumbai se delhi 15 dec ko, 2A mein",
            "seat hai?",
            "total kitna lagega",
            "Fare in 2A (AC 2 Tier): ₹3,159 per person, ₹15,795 for 5",
            "AVAILABLE 26",
        ),
        (
            "trains mumbai to delhi on 15 dec in 2A for 5 people",
            "any seats?",
            "how much in total?",
            "Fare in 2A (AC 2 Tier): ₹3,159 per person, ₹15,795 for 5",
            "AVAILABLE 26",
        ),
        (
            "मुंबई से दिल्ली 15 दिसंबर 2A में 5 लोग",
            "सीट है?",
            "कुल कितना लगेगा",
            "2A (सेकंड एसी) का किराया: प्रति व्यक्ति ₹3,159, 5 लोगों का ₹15,795",
            "26 सीटें उपलब्ध ✅",
        ),
    ],
)
async def test_the_one_train_in_the_class_for_the_party(
    store: Store,
    clock: FakeClock,
    asked: str,
    seats: str,
    total: str,
    party_price: str,
    status: str,
) -> None:
    clock.now = TUESDAY_MORNING
    async with sample_chat(store, clock) as user:
        first = text_of(await user.say(asked))
        again = text_of(await user.say(seats))
        priced = text_of(await user.say(total))
    assert "12951 Mumbai Rajdhani" in first and "2A" in first and party_price in first, first
    assert first.count(status) == 1, first  # the day's seats said once, in the seats answer
    assert "2A" in again and "1A" not in again and "3A" not in again
    assert "₹15,795" in priced
