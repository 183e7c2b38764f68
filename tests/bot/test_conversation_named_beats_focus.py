"""Whole conversations on the sample railway where another train is named, or any train asked
of, right after one train's answer: a train named by its name ("कावेरी एक्सप्रेस कहाँ है?") is
that train, never the one in hand; "koi gaadi reschedule hui hai?", "कोई गाड़ी री-शेड्यूल हुई
है?" is the day's list of rescheduled trains, never whether the train in hand was."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("first", "anyone", "listed"),
    [
        ("where is 12627", "was any train rescheduled?", "Rescheduled trains today: 1"),
        ("12627 kaha hai", "koi gaadi reschedule hui hai?", "Rescheduled trains today: 1"),
        ("12627 कहाँ है", "कोई गाड़ी री-शेड्यूल हुई है?", "आज जिन ट्रेनों का समय बदला: 1"),
    ],
)
async def test_any_train_rescheduled_after_one_trains_answer_is_the_days_list(
    store: Store, clock: FakeClock, first: str, anyone: str, listed: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say(anyone))
    assert listed in answer
    assert "12002 Bhopal Shatabdi" in answer
    assert "12627" not in answer


@pytest.mark.parametrize(
    ("first", "named"),
    [
        ("where is 12627", "where is the kaveri express?"),
        ("12627 kaha hai", "kaveri express kaha hai"),
        ("12627 कहाँ है", "कावेरी एक्सप्रेस कहाँ है?"),
    ],
)
async def test_a_train_named_after_another_trains_answer_is_the_one_named(
    store: Store, clock: FakeClock, first: str, named: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say(named))
    assert "16021 Kaveri Express" in answer
    assert "12627" not in answer
