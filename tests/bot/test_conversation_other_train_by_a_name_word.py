"""Whole conversations on the sample railway where, while one train is in focus, another train
is named by one word of its name alone ("is the kaveri late?", "kaveri kahan hai?", "कावेरी
लेट है?"): the train so named when the word names one train only; which of them when it names
several ("is the karnataka late?" after the Kaveri Express); the focus kept when the word is
its own name's ("is the karnataka late?" after 12627)."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("first", "named"),
    [
        ("where is 12627", "is the kaveri late?"),
        ("12627 kaha hai", "kaveri kahan hai?"),
        ("12627 kaha hai", "kaveri late hai kya"),
        ("12627 कहाँ है", "कावेरी लेट है?"),
    ],
)
async def test_a_name_word_of_one_other_train_is_that_train(
    store: Store, clock: FakeClock, first: str, named: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say(named))
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
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(first)
        asked = text_of(await user.say(named))
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
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(first)
        answer = text_of(await user.say(own))
    assert "12 min" in answer
    assert "Which" not in answer and "12628" not in answer
