"""Whole conversations on the sample railway where the traveller, after a journey's trains, asks
for the way back with "back" alone beside a day or the place they went to ("and back on monday
from delhi?", "aur wapas somvar ko delhi se?", "और सोमवार को दिल्ली से वापस?", "wapas kab aa sakte
hain"): the journey reversed, on the first such day after the onward one, never the same station
given twice nor "Which station are you going to?"."""

from __future__ import annotations

import datetime as dt

import pytest

from app.store import Store
from tests.bot.harness import TZ, sample_chat, text_of
from tests.conftest import FakeClock

# Monday 7 December 2026, 09:00 in India: Friday is the 11th, the Monday after it the 14th.
_MONDAY_MORNING = dt.datetime(2026, 12, 7, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("onward", "back", "shown"),
    [
        (
            "bangalore to delhi friday",
            "and back on monday from delhi?",
            "Delhi (all stations) → Bengaluru (all stations) on Mon 14 Dec",
        ),
        (
            "bangalore se delhi shukravar",
            "aur wapas somvar ko delhi se?",
            "Delhi (all stations) → Bengaluru (all stations) on Mon 14 Dec",
        ),
        (
            "बेंगलुरु से दिल्ली शुक्रवार",
            "और सोमवार को दिल्ली से वापस?",
            "Delhi (सभी स्टेशन) → Bengaluru (सभी स्टेशन), सोम, 14 दिसंबर",
        ),
        (
            "delhi to mumbai on 10 dec",
            "back on 12 dec?",
            "Mumbai (all stations) → Delhi (all stations) on Sat 12 Dec",
        ),
    ],
)
async def test_back_said_alone_with_a_day_or_the_place_gone_to_is_the_journey_reversed(
    store: Store, onward: str, back: str, shown: str
) -> None:
    clock = FakeClock(_MONDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say(onward)
        answer = text_of(await user.say(back))
    assert shown in answer
    assert "twice" not in answer and "दो बार" not in answer
    assert "Which station" not in answer and "कौन सा स्टेशन" not in answer


async def test_when_one_can_come_back_asks_the_day_back(store: Store) -> None:
    clock = FakeClock(_MONDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say("mumbai se delhi kal")
        answer = text_of(await user.say("wapas kab aa sakte hain"))
    assert "Delhi (all stations) → Mumbai (all stations)" in answer
    assert "12952 Mumbai Rajdhani" in answer and "Which date are you coming back?" in answer


@pytest.mark.parametrize(
    ("onward", "next_one", "shown", "not_shown"),
    [
        # the place gone to said again, its own way: not the way back
        (
            "bangalore to delhi friday",
            "and on monday to delhi?",
            "Bengaluru (all stations) → Delhi (all stations) on Mon 7 Dec",
            "→ Bengaluru",
        ),
        # another place, no "back": that place, as before
        (
            "delhi to mumbai on 10 dec",
            "and from bangalore?",
            "Bengaluru (all stations) to Mumbai (all stations)",
            "Mumbai (all stations) → Delhi",
        ),
    ],
)
async def test_a_day_or_a_place_without_back_keeps_its_reading(
    store: Store, onward: str, next_one: str, shown: str, not_shown: str
) -> None:
    clock = FakeClock(_MONDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say(onward)
        answer = text_of(await user.say(next_one))
    assert shown in answer
    assert not_shown not in answer
