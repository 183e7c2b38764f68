"""Whole conversations on the sample railway where the traveller names what the answer must be
about: the day after a date named is the day after that date, never after today."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("then", "day"),
    [
        ("the day after", "Sun 13 Dec"),
        ("and the day after?", "Sun 13 Dec"),
        ("uske agle din", "Sun 13 Dec"),
        ("उसके अगले दिन", "रवि, 13 दिसंबर"),
    ],
)
async def test_the_day_after_a_date_named_is_the_day_after_that_date(
    store: Store, clock: FakeClock, then: str, day: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from delhi to mumbai on 12 dec")
        answer = text_of(await user.say(then))
    assert day in answer and "12952" in answer
    assert "20 Nov" not in answer and "20 नवंबर" not in answer


async def test_the_day_after_with_no_day_in_hand_is_the_day_after_tomorrow(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from delhi to mumbai")
        answer = text_of(await user.say("the day after"))
    assert "Fri 20 Nov" in answer
