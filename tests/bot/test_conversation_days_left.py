"""Whole conversations on the sample railway where the traveller asks how many days are left
until the journey in hand ("how many days until my journey", "yatra me kitne din baki hai",
"कितने दिन बचे हैं"): the days to go until the date the conversation holds (the seats' date, a
booking's journey), with that date; never the journey's length in hours nor the days the train
runs. How long the journey takes ("how many days does the journey take") keeps its reading."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

# FakeClock's today in India: Wednesday 18 November 2026.


@pytest.mark.parametrize(
    "asked",
    ["how many days until my journey", "how many days left for my trip?",
     "yatra me kitne din baki hai", "days to go for my journey", "how many days left?"],
)  # fmt: skip
async def test_days_left_until_the_date_asked_about(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12952 3A seats on 23 nov")
        answer = text_of(await user.say(asked))
    assert answer == "5 days to go: your journey is on Mon 23 Nov."


async def test_days_left_until_a_booking_in_hindi(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4523456789")  # the sample's waitlisted booking, 5 days ahead
        answer = text_of(await user.say("कितने दिन बचे हैं मेरी यात्रा में"))
    assert answer == "5 दिन बाकी: आपका सफ़र सोम, 23 नवंबर को है।"


async def test_the_kind_of_question_before_it_goes_on_after_it(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12952 3A seats on 23 nov")
        await user.say("how many days until my journey")
        answer = text_of(await user.say("2A then?"))
    assert "2A" in answer and "🎫 Seats · 12952 Mumbai Rajdhani" in answer and "₹" not in answer


async def test_a_journey_tomorrow_is_one_day_and_no_date_in_hand_says_how_to_give_it(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        none = text_of(await user.say("how many days until my journey"))
        await user.say("chennai se bangalore kal")
        one = text_of(await user.say("how many days left for my trip"))
    assert "send your PNR" in none
    assert one == "1 day to go: your journey is on Thu 19 Nov."


@pytest.mark.parametrize(
    "asked", ["how many days does the journey take", "how long is the journey"]
)
async def test_how_long_the_journey_takes_keeps_its_reading(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12952 3A seats on 23 nov")
        answer = text_of(await user.say(asked))
    assert "takes about 15h 40m" in answer and "to go" not in answer


async def test_days_left_until_another_day_is_not_the_journeys(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12952 3A seats on 23 nov")
        answer = text_of(await user.say("diwali me kitne din baki hai"))
    assert "to go" not in answer and "बाकी" not in answer
