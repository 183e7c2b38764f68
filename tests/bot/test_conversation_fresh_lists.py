"""Whole conversations on the sample railway where, after a question about one train, the day's
cancelled or rescheduled trains are asked for as a list ("rescheduled today", "cancelled
today?", "आज रद्द ट्रेनें"): the list is a fresh request, never a yes or no about the train
asked before; and "it", "why?" next are of the list's train (the only one of the list), the
newest subject, never the train before it."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("train", "rescheduled", "why", "lists"),
    [
        ("where is 12627", "rescheduled today", "why?", {"Cancelled today", "Rescheduled today"}),
        ("12627 kahan hai", "rescheduled today", "kyun?", {"Cancelled today"}),
        ("12627 कहाँ है", "आज जिनका समय बदला", "क्यों?", {"आज रद्द ट्रेनें"}),
    ],
)
async def test_the_days_rescheduled_trains_after_a_train_are_the_list_and_then_its_train(
    store: Store, clock: FakeClock, train: str, rescheduled: str, why: str, lists: set[str]
) -> None:
    # the sample's one rescheduled train today is 12002 Bhopal Shatabdi
    async with sample_chat(store, clock) as user:
        await user.say(train)
        listed = text_of(await user.say(rescheduled))
        replies = await user.say(why)
    reason = text_of(replies)
    assert "12002 Bhopal Shatabdi" in listed and "12627" not in listed, listed
    assert "12002" in reason and "12627" not in reason, reason
    assert lists <= set(chips(replies)), chips(replies)  # the day's lists still a tap away


@pytest.mark.parametrize(
    ("train", "cancelled", "of_it"),
    [
        ("where is 12627", "cancelled today?", "is it cancelled today?"),
        ("12627 kahan hai", "cancelled today", "aaj cancel hai kya"),
    ],
)
async def test_the_days_cancelled_trains_asked_alone_are_the_list_asked_of_it_its_own(
    store: Store, clock: FakeClock, train: str, cancelled: str, of_it: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(train)
        listed = text_of(await user.say(cancelled))
        await user.say(train)
        own = text_of(await user.say(of_it))
    assert "12626 Kerala Express" in listed and "12627" not in listed, listed
    assert own.startswith("No, 12627 Karnataka Express is not cancelled"), own
