"""Whole conversations on the sample railway about a coach's place and food on the train in
hand: "where will coach S6 stop?" says RailBot has no coach position for it (the platform's
coach-position boards, NTES), never the train's route or live status again; "is there food on
the train?", "train me khana milega?", "ट्रेन में खाना मिलेगा?" answer about its pantry car (not
known here), with e-catering as an aside, never "I can't order food" alone."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("train", "coach", "answer"),
    [
        ("12627 kaha hai", "where will coach S6 stop?", "I don't have the coach position"),
        ("12627 kaha hai", "S6 coach kahan rukega?", "I don't have the coach position"),
        ("12627 कहाँ है", "S6 डिब्बा कहाँ रुकेगा?", "की कोच पोज़ीशन मेरे पास नहीं है"),
    ],
)
async def test_where_a_coach_stops_is_said_unknown_with_where_to_look(
    store: Store, clock: FakeClock, train: str, coach: str, answer: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(train)
        said = text_of(await user.say(coach))
    assert answer in said
    assert "NTES" in said
    assert "13 stops" not in said and "13 स्टेशन" not in said and "Solapur" not in said


@pytest.mark.parametrize(
    ("train", "food", "answer"),
    [
        ("12627 kaha hai", "is there food on the train?", "has a pantry car"),
        ("12627 kaha hai", "train me khana milega?", "has a pantry car"),
        ("12627 कहाँ है", "ट्रेन में खाना मिलेगा?", "पैंट्री कार है या नहीं"),
    ],
)
async def test_food_on_the_train_in_hand_is_about_its_pantry_car(
    store: Store, clock: FakeClock, train: str, food: str, answer: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(train)
        said = text_of(await user.say(food))
    assert answer in said
    assert "12627" in said
    assert "can't order food" not in said and "ऑर्डर नहीं कर सकता" not in said
