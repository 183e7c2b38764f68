"""Whole conversations on the sample railway where another train is named, or any train asked
of, right after one train's answer: a train named by its name ("कावेरी एक्सप्रेस कहाँ है?") is
that train, never the one in hand; "koi gaadi reschedule hui hai?", "कोई गाड़ी री-शेड्यूल हुई
है?" is the day's list of rescheduled trains, never whether the train in hand was. A train named
by one word of its name alone ("is the kaveri late?", "कावेरी लेट है?") is the train so named
when the word names one train only; which of them when it names several ("is the karnataka
late?" after the Kaveri Express); the focus kept when the word is its own name's."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


async def _answer_after(store: Store, clock: FakeClock, first: str, then: str) -> str:
    """What the bot says to `then`, said on Tuesday evening right after `first`."""
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(first)
        return text_of(await user.say(then))


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
    answer = await _answer_after(store, clock, first, anyone)
    assert listed in answer
    assert "12002 Bhopal Shatabdi" in answer
    assert "12627" not in answer


@pytest.mark.parametrize(
    ("first", "named"),
    [
        ("where is 12627", "where is the kaveri express?"),
        ("12627 kaha hai", "kaveri express kaha hai"),
        ("12627 कहाँ है", "कावेरी एक्सप्रेस कहाँ है?"),
        # by one word of its name that names one train only
        ("where is 12627", "is the kaveri late?"),
        ("12627 kaha hai", "kaveri kahan hai?"),
        ("12627 kaha hai", "kaveri late hai kya"),
        ("12627 कहाँ है", "कावेरी लेट है?"),
    ],
)
async def test_a_train_named_after_another_trains_answer_is_the_one_named(
    store: Store, clock: FakeClock, first: str, named: str
) -> None:
    answer = await _answer_after(store, clock, first, named)
    assert "16021 Kaveri Express" in answer
    assert "12627" not in answer and "12 min" not in answer and "12 मिनट" not in answer


@pytest.mark.parametrize(
    ("first", "named"),
    [
        ("where is 16021", "is the karnataka late?"),
        ("16021 kahan hai", "karnataka late hai kya?"),
        ("16021 कहाँ है", "कर्नाटक लेट है?"),
        ("12627 kaha hai", "rajdhani kahan hai?"),
    ],
)
async def test_a_name_word_of_several_trains_asks_which(
    store: Store, clock: FakeClock, first: str, named: str
) -> None:
    asked = await _answer_after(store, clock, first, named)
    kinds = ("12627", "12628") if "rajdhani" not in named else ("12951", "12952")
    assert all(number in asked for number in kinds)
    assert "12 min" not in asked and "30 min" not in asked


@pytest.mark.parametrize(
    ("first", "own"),
    [
        ("where is 12627", "is the karnataka late?"),
        ("12627 kaha hai", "karnataka late hai kya?"),
    ],
)
async def test_a_name_word_of_the_train_in_focus_keeps_it(
    store: Store, clock: FakeClock, first: str, own: str
) -> None:
    answer = await _answer_after(store, clock, first, own)
    assert "12 min" in answer
    assert "Which" not in answer and "12628" not in answer
