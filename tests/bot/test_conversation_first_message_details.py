"""Whole conversations on the sample railway where the first message gives the class and the
party with the journey ("2 log sleeper mein chennai se bangalore kal", "3a fare delhi to bhopal
tomorrow for 2", "दिल्ली से भोपाल कल 3AC में सीटें"): the journey's trains, each with its seats
that day in that class and its fare (per person, and for the party in total), never a bare
"Which train?" with the details dropped; what is asked next keeps them."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("first", "head", "priced"),
    [
        ("2 log sleeper mein chennai se bangalore kal", "SL (Sleeper) for 2 on Wed 9 Dec",
         "12657 Chennai Bengaluru Mail · AVAILABLE 15 ✅ · ₹224 per person, ₹448 for 2"),
        ("3a fare delhi to bhopal tomorrow for 2", "3A (AC 3 Tier) for 2 on Wed 9 Dec",
         "12628 Karnataka Express · AVAILABLE 37 ✅ · ₹1,046 per person, ₹2,092 for 2"),
        ("दिल्ली से भोपाल कल 3AC में सीटें", "बुध, 9 दिसंबर को 3A (थर्ड एसी)",
         "12628 Karnataka Express · 37 सीटें उपलब्ध ✅ · ₹1,046"),
    ],
)  # fmt: skip
async def test_the_first_message_class_and_party_price_each_train(
    store: Store, clock: FakeClock, first: str, head: str, priced: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(first))
    assert head in answer, answer
    assert priced in answer, answer
    assert "Which train?" not in answer and "कौन सी ट्रेन" not in answer, answer


async def test_a_train_of_the_list_asked_next_keeps_the_class_and_the_party(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("2 log sleeper mein chennai se bangalore kal")
        fare = text_of(await user.say("12657 ka fare"))
    assert "₹224 per person · ₹448 for 2 · SL (Sleeper)" in fare, fare
    assert "Which class?" not in fare, fare


async def test_one_train_of_the_journey_is_its_seats_then_the_partys_fare(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        seats = text_of(await user.say("2 log 3AC mein delhi se mumbai kal"))
        fare = text_of(await user.say("fare?"))
    assert "12952 Mumbai Rajdhani" in seats and "3A" in seats, seats
    assert "₹2,349 per person · ₹4,698 for 2 · 3A" in fare, fare
    assert "No, none in 3A" not in fare, fare  # the fare only, not the seats' answer again


async def test_two_classes_asked_of_a_journey_price_each_train_in_each(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("bangalore se delhi 3A and 2A fare"))
    assert "12627 Karnataka Express · RAC 21 · ₹3,052" in answer, answer
    assert "22691 Bengaluru Rajdhani · AVAILABLE 17 ✅ · ₹3,684" in answer, answer
    assert "₹4,317 · 2A" in answer and "₹5,061 · 2A" in answer, answer
    assert "Which train?" not in answer, answer
