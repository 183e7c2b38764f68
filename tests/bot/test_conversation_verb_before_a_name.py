"""Whole conversations on the sample railway where a verb of what a train does ("chalegi",
"chalti", "jayegi", "ruk", "चलेगी") comes just before a listed train's kind: the verb is never
a word of the train's name ("No train called Chalegi Shatabdi"); after Chennai → Mysuru the
listed Shatabdi is matched and tomorrow's run answered (12007 runs daily except Wednesdays)."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("journey", "asked", "answer"),
    [
        ("chennai to mysuru", "will run tomorrow the shatabdi?", "Wed 9 Dec"),
        ("chennai se mysuru", "kal chalegi shatabdi?", "Wed 9 Dec"),
        ("chennai se mysuru", "kal chalti shatabdi?", "Wed 9 Dec"),
        ("chennai se mysuru", "kal jayegi shatabdi?", "Wed 9 Dec"),
        ("चेन्नई से मैसूर", "कल चलेगी शताब्दी?", "9 दिसंबर"),
    ],
)
async def test_a_verb_before_a_listed_trains_kind_is_not_part_of_its_name(
    store: Store, clock: FakeClock, journey: str, asked: str, answer: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        listed = text_of(await user.say(journey))
        run = text_of(await user.say(asked))
    assert "12007" in listed
    assert "12007" in run and answer in run  # tomorrow's run of the Shatabdi listed
    assert "Chalegi" not in run and "Chalti" not in run and "Jayegi" not in run
    assert "No train called" not in run
