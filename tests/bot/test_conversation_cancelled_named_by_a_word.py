"""Whole conversations on the sample railway where, after the day's cancelled trains, the
traveller names one by a word of its name ("kerala", "the kerala one", "केरल वाली"): that train
is in hand, so "woh kitne baje chalti hai", "its 3A fare" next are about it, never "Which
train?" nor both listed trains."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("named", "cancelled"),
    [
        ("kerala", "Yes, 12626 Kerala Express is cancelled today."),
        ("the kerala one", "Yes, 12626 Kerala Express is cancelled today."),
        ("kerala wali", "Yes, 12626 Kerala Express is cancelled today."),
        ("केरल वाली", "हाँ, 12626 Kerala Express आज रद्द है।"),
    ],
)
async def test_a_cancelled_train_named_by_a_word_of_its_name_is_the_one_in_hand(
    store: Store, clock: FakeClock, named: str, cancelled: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("aaj kaun si train cancel hai")
        first = text_of(await user.say(named))
        when = text_of(await user.say("woh kitne baje chalti hai"))
        fare = text_of(await user.say("3A ka fare"))
    assert cancelled in first and "only know Indian Railways" not in first
    assert when.startswith("🚆 12626 Kerala Express") and "16021" not in when
    assert "12626 Kerala Express is cancelled on Wed 18 Nov." in fare and "3A (AC 3 Tier)" in fare
    assert "Which train" not in when + fare and "no train to give a fare for" not in fare


async def test_its_fare_in_english_after_the_kerala_one_is_of_it(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("cancelled trains today")
        await user.say("the kerala one")
        answer = text_of(await user.say("its 3A fare"))
    assert "12626 Kerala Express" in answer and "₹4,102 · 3A (AC 3 Tier)" in answer


@pytest.mark.parametrize("said", ["express wali", "kerala jana hai"])
async def test_a_word_no_single_listed_name_has_names_no_train(
    store: Store, clock: FakeClock, said: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("aaj kaun si train cancel hai")
        answer = text_of(await user.say(said))
    assert "Yes, 12626 Kerala Express is cancelled today." not in answer


async def test_a_cancelled_train_named_in_full_stays_in_hand_for_woh_and_its_fare(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("aaj kaun si train cancel hai")
        await user.say("kerala express kal chalegi?")
        when = text_of(await user.say("woh kitne baje chalti hai"))
        fare = text_of(await user.say("3A ka fare"))
    assert when.startswith("🚆 12626 Kerala Express") and "Which train" not in when
    assert "12626 Kerala Express" in fare and "3A (AC 3 Tier)" in fare
