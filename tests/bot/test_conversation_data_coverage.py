"""Whole conversations on the sample railway about trains and journeys it does not have: a
well-known train asked by its name, and a journey between cities it has no train for, are said
to be outside what the sample railway covers (as a train number it lacks already is), never
asserted as "no train of this name" or "no direct trains" as if the railway had none."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        (
            "where is the duronto express",
            "No train called Duronto Express is in the sample railway",
        ),
        (
            "gitanjali express kahan hai",
            "No train called Gitanjali Express is in the sample railway",
        ),
        ("गीतांजलि एक्सप्रेस कहाँ है", "नाम की कोई ट्रेन नमूना रेलवे में नहीं है"),
    ],
)
async def test_a_train_name_the_sample_lacks_is_said_not_covered(
    store: Store, clock: FakeClock, asked: str, said: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert said in answer
    assert "could not find a train by that name" not in answer


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("trains from kolkata to patna tomorrow", "The sample railway doesn't cover"),
        ("kolkata se patna kal", "The sample railway doesn't cover"),
        ("कोलकाता से पटना कल", "नमूना रेलवे में"),
    ],
)
async def test_a_journey_the_sample_lacks_is_said_not_covered(
    store: Store, clock: FakeClock, asked: str, said: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert said in answer
    assert "no direct trains" not in answer and "कोई सीधी ट्रेन नहीं मिली" not in answer


async def test_a_journey_the_sample_has_but_not_that_day_says_none_that_day(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("trains from chennai to mysore on wednesday"))
    assert "doesn't cover" not in answer
