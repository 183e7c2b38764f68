"""Whole conversations on the sample railway where a train just listed is named by a part of its
name ("will the mail run tomorrow?", "will the kerala run tomorrow?", "केरला कल चलेगी?"): the
trains just shown are matched first, so the one whose name has that word is answered, never
every listed train nor "no train by that name"; Hindi spellings meet the names ("केरला" is
Kerala)."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("listed", "runs"),
    [
        ("cancelled trains today", "will the kerala run tomorrow?"),
        ("aaj ki cancelled trains", "kerala kal chalegi?"),
        ("आज रद्द ट्रेनें", "केरला कल चलेगी?"),
    ],
)
async def test_a_changed_train_named_by_a_word_of_its_name_is_that_train(
    store: Store, clock: FakeClock, listed: str, runs: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        shown = text_of(await user.say(listed))
        answer = text_of(await user.say(runs))
    assert "12626" in shown and "16021" in shown
    assert "12626 Kerala Express" in answer
    assert "16021" not in answer
    assert "by that name" not in answer and "इस नाम की" not in answer


@pytest.mark.parametrize(
    "runs", ["will the mail run tomorrow?", "mail wali kal chalegi?", "क्या मेल वाली कल चलेगी?"]
)
async def test_a_kind_word_only_one_listed_train_has_is_its_name(
    store: Store, clock: FakeClock, runs: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("trains from chennai to bangalore")
        answer = text_of(await user.say(runs))
    assert "12657" in answer
    assert "12639" not in answer and "16021" not in answer
