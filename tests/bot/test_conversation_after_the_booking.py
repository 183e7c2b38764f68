"""Whole conversations on the sample railway where the trip of a booking just shown is the
context of the next question: "next train after mine" is the trains of its journey on its day
leaving after its train, and trains onward from where it ends are those of the day the booked
run gets there, after it does."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST
BOOKED = "pnr 4512345678"  # 12627 SBC → NDLS, Wed 9 Dec, leaves 19:20, there Fri 11 Dec 09:15


@pytest.mark.parametrize(
    "asked",
    ["next train after mine", "next train after this one", "the one after that",
     "uske baad wali train"],
)  # fmt: skip
async def test_the_next_train_after_a_booked_one_is_of_its_journey_and_day_after_it(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(BOOKED)
        after = text_of(await user.say(asked))
    assert "Bengaluru (all stations) → Delhi (all stations) on Wed 9 Dec" in after, after
    assert "Leaving after 19:20" in after, after
    assert "22691 Bengaluru Rajdhani" in after, after
    assert "12627" not in after and "didn't get that" not in after, after


async def test_the_next_train_after_a_booked_one_in_hindi(store: Store, clock: FakeClock) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(BOOKED)
        after = text_of(await user.say("मेरी ट्रेन के बाद वाली ट्रेन"))
    assert "बुध, 9 दिसंबर" in after, after
    assert "19:20 के बाद चलने वाली" in after, after
    assert "22691 Bengaluru Rajdhani" in after, after


@pytest.mark.parametrize(
    ("asked", "leaving"),
    [
        ("onward train from delhi to agra", "Leaving after 09:15"),
        ("दिल्ली से आगरा की ट्रेन", "09:15 के बाद चलने वाली"),
    ],
)
async def test_trains_onward_from_where_a_booking_ends_are_of_the_day_it_gets_there(
    store: Store, clock: FakeClock, asked: str, leaving: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(BOOKED)
        onward = text_of(await user.say(asked))
    assert "11 Dec" in onward or "11 दिसंबर" in onward, onward
    assert leaving in onward, onward
    assert "12628 Karnataka Express" in onward, onward
    assert "12002" not in onward, onward  # Delhi's 06:00 train: gone before the booking gets there
