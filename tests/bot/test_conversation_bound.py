"""Whole conversations on the sample railway where a train and its return were both shown
(12627 Bengaluru → Delhi, 12628 Delhi → Bengaluru) and the traveller picks one by where it goes:
a place with a word of heading ("the Delhi-bound one", "delhi jaane wali", "दिल्ली की तरफ
वाली") is the train going to that place; a place alone ("delhi wali") is the one starting
there, as when the bot asks which Karnataka Express."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TO_DELHI = "12627 Karnataka Express, the one from KSR Bengaluru City Jn (SBC) to New Delhi (NDLS):"
TO_DELHI_HI = "12627 Karnataka Express, जो KSR Bengaluru City Jn (SBC) से New Delhi (NDLS) जाती है:"
FROM_DELHI = (
    "12628 Karnataka Express, the one from New Delhi (NDLS) to KSR Bengaluru City Jn (SBC):"
)


@pytest.mark.parametrize(
    ("asked", "picked"),
    [
        ("the Delhi-bound one", TO_DELHI),
        ("the one going to delhi", TO_DELHI),
        ("delhi jaane wali", TO_DELHI),
        ("delhi ki taraf wali", TO_DELHI),
        ("दिल्ली की तरफ वाली", TO_DELHI_HI),
        ("bengaluru bound one", FROM_DELHI),
        ("delhi se aane wali", FROM_DELHI),
        ("delhi wali", FROM_DELHI),
    ],
)
async def test_one_of_a_train_and_its_return_asked_together_picked_by_its_way(
    store: Store, clock: FakeClock, asked: str, picked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 and 12628")
        answer = text_of(await user.say(asked))
    assert answer.startswith(picked)
    assert answer.count("🚆") == 1  # that train's status alone, never both again
    assert "Which station" not in answer and "भारतीय रेल के बारे में" not in answer


async def test_the_delhi_bound_one_of_two_trains_looked_at_one_after_the_other(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627")
        await user.say("12628")
        answer = text_of(await user.say("दिल्ली जाने वाली"))
    assert answer.startswith(TO_DELHI_HI)


async def test_the_delhi_bound_one_when_asked_which_karnataka_express(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("karnataka express")
        answer = text_of(await user.say("the Delhi-bound one"))
    assert answer.startswith(TO_DELHI)
