"""Whole conversations on the sample railway where, after one train of a list was looked at, the
traveller asks for the one before it ("the one before that", "aur uske pehle wali?", "उससे पहले
वाली"): the listed train before the one in hand, never the list's first; "pehle wali" alone is
still the first."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "then"),
    [
        ("the one before that", "3. 16021 Kaveri Express"),
        ("aur uske pehle wali?", "3. 16021 Kaveri Express"),
        ("उससे पहले वाली", "3. 16021 Kaveri Express"),
        ("the previous one", "3. 16021 Kaveri Express"),
        ("pehle wali", "1. 12007 Chennai Mysuru Shatabdi"),
    ],
)
async def test_the_one_before_the_train_in_hand_is_the_listed_one_before_it(
    store: Store, clock: FakeClock, asked: str, then: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore kal")
        await user.say("the last one")
        answer = text_of(await user.say(asked))
    assert then in answer and answer.count(". ") >= 1
    assert "12657" not in answer


async def test_the_one_before_goes_on_back_one_at_a_time(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("chennai se bangalore kal")
        await user.say("4th one")
        await user.say("the one before that")
        answer = text_of(await user.say("and the one before that?"))
    assert "2. 12639 Brindavan Express" in answer and "16021" not in answer
