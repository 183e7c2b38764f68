"""Whole conversations on the sample railway where a fare is asked with no class of a train that
has only two (12639 Brindavan Express: CC and 2S; the Shatabdis: CC and EC): both fares at once,
never "Which class?"; a train of many classes is still asked which."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("asked", "first", "second"),
    [
        ("12639 fare", "CC (AC Chair Car)", "2S (Second Sitting)"),
        ("12639 ka kiraya kitna hai", "CC (AC Chair Car)", "2S (Second Sitting)"),
        ("12639 का किराया", "CC (एसी चेयर कार)", "2S (सेकंड सिटिंग)"),
    ],
)
async def test_a_fare_of_a_train_of_two_classes_is_both_fares(
    store: Store, clock: FakeClock, asked: str, first: str, second: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        fares = text_of(await user.say(asked))
    assert f"₹526 · {first}" in fares, fares
    assert f"₹139 · {second}" in fares, fares
    assert "Which class?" not in fares and "कौन सी क्लास" not in fares, fares


async def test_after_both_fares_a_class_then_a_party_stay_on_that_train(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore kal")
        both = text_of(await user.say("brindavan ka fare"))
        party = text_of(await user.say("3 log"))
    assert "CC (AC Chair Car)" in both and "2S (Second Sitting)" in both, both
    assert "Wed 9 Dec" in both, both
    assert "₹1,578 for 3" in party and "₹526 per person" in party, party


async def test_a_fare_of_a_train_of_many_classes_still_asks_which(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        asked = text_of(await user.say("12627 fare"))
    assert "Which class?" in asked, asked
