"""Whole conversations on the sample railway where a question about a train is corrected to the
train the other way ("no, I meant the one coming back", "nahi, wapas aane wali", "नहीं, वापसी
वाली"): the same question of that train (is it late, where it is), never "I only know Indian
Railways" nor a list of trains; "return train?" with no correction is still the train back's
timetable, and "no" alone changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from app.store import Store
from tests.bot.harness import TZ, sample_chat, text_of
from tests.conftest import FakeClock

# Monday 7 December 2026, 09:00 in India: 12628 of Sunday runs 25 min late past Bhopal.
_NINE_AM = dt.datetime(2026, 12, 7, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("asked", "corrected", "answer_starts"),
    [
        ("is 12627 late?", "no i meant the one coming back", "Yes, it is running 25 min late."),
        ("is 12627 late?", "no, the one going back", "Yes, it is running 25 min late."),
        ("12627 kitni late hai", "nahi, wapas aane wali", "Running 25 min late."),
        ("12627 कहाँ है", "नहीं, वापसी वाली", "🚆 12628 Karnataka Express\nरवि, 6 दिसंबर को चली"),
    ],
)
async def test_a_correction_to_the_train_back_asks_the_same_of_it(
    store: Store, asked: str, corrected: str, answer_starts: str
) -> None:
    clock = FakeClock(_NINE_AM.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say(asked)
        answer = text_of(await user.say(corrected))
    assert answer.startswith(answer_starts)
    assert "12628 Karnataka Express" in answer
    assert "Indian Railways" not in answer and "भारतीय रेल" not in answer
    assert "1 train" not in answer


async def test_the_return_train_uncorrected_is_still_its_timetable(store: Store) -> None:
    clock = FakeClock(_NINE_AM.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say("12627 kahan hai")
        answer = text_of(await user.say("return train?"))
    assert "New Delhi (NDLS) 20:15 → KSR Bengaluru City Jn (SBC) 09:40 (day 3)" in answer
    assert "Started Sun 6 Dec" not in answer


async def test_no_alone_after_a_trains_lateness_is_not_the_train_back(store: Store) -> None:
    clock = FakeClock(_NINE_AM.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say("is 12627 late?")
        answer = text_of(await user.say("no"))
    assert "12628" not in answer
