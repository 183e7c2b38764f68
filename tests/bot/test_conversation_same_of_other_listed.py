"""Whole conversations on the sample railway where, after a fare or seats question about one
train of a journey's list, another listed train is named ("what about the rajdhani?", "aur
rajdhani ka?", "और राजधानी का?"): the same question of it (its class, party and day kept),
on the journey it makes on the list, never its live status."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_MORNING = 1_796_702_400.0  # Tue 8 Dec 2026, 09:30 IST


@pytest.mark.parametrize(
    ("trains", "fare", "party", "other"),
    [
        (
            "bengaluru to delhi 15 dec",
            "fare of 12627 in 3A",
            "fare for 4?",
            "what about the rajdhani?",
        ),
        (
            "bengaluru se delhi 15 dec ki trains",
            "12627 ka 3A kiraya",
            "4 log ka kitna?",
            "aur rajdhani ka?",
        ),
        (
            "बेंगलुरु से दिल्ली 15 दिसंबर",
            "12627 का 3A किराया",
            "4 लोगों का कितना?",
            "और राजधानी का?",
        ),
    ],
)
async def test_the_fare_for_a_party_asked_of_another_listed_train(
    store: Store, clock: FakeClock, trains: str, fare: str, party: str, other: str
) -> None:
    clock.now = TUESDAY_MORNING
    async with sample_chat(store, clock) as user:
        await user.say(trains)
        await user.say(fare)
        await user.say(party)
        answer = text_of(await user.say(other))
    assert "22691" in answer and "₹" in answer and "3A" in answer
    assert "₹14,736" in answer  # ₹3,684 each, for 4
    assert "15 " in answer  # the list's day (Tue 15 Dec)
    assert "(SBC)" in answer


@pytest.mark.parametrize(
    ("trains", "seats", "other"),
    [
        ("bengaluru to delhi 15 dec", "3A seats on 12627?", "what about the rajdhani?"),
        ("bengaluru se delhi 15 dec ki trains", "12627 me 3A seat hai?", "aur rajdhani ka?"),
    ],
)
async def test_seats_asked_of_another_listed_train(
    store: Store, clock: FakeClock, trains: str, seats: str, other: str
) -> None:
    clock.now = TUESDAY_MORNING
    async with sample_chat(store, clock) as user:
        await user.say(trains)
        await user.say(seats)
        answer = text_of(await user.say(other))
    assert "22691" in answer and "3A" in answer and "15 Dec" in answer
    assert "₹" not in answer.split("\n")[0]
