"""Whole conversations on the sample railway that ask when a train on its way "reaches" the station
its run started from ("when does it reach bangalore?" of 12627 out of Bengaluru): it is going away
from there, when it left, and where and when its run ends; never only when it left."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

# Wed 9 Dec 2026, 13:10 in India: Tuesday's 12627 left Bengaluru at 19:32 and is past Solapur,
# 12 min late, due at New Delhi tomorrow at 09:15, expected at 09:27.
WEDNESDAY_1310 = 1_796_802_000.0


@pytest.mark.parametrize(
    ("asked", "away", "ends"),
    [
        (
            "when does it reach bangalore?",
            "going away from there: it left at 19:32 (yesterday)",
            "Expected at New Delhi (NDLS) at 09:27 (tomorrow), due 09:15.",
        ),
        (
            "bengaluru kab pahunchegi?",
            "going away from there: it left at 19:32 (yesterday)",
            "Expected at New Delhi (NDLS) at 09:27 (tomorrow), due 09:15.",
        ),
        (
            "बेंगलुरु कब पहुंचेगी?",
            "वहाँ से दूर जा रही है",
            "New Delhi (NDLS) पर 09:27 बजे (कल) पहुँचने की उम्मीद है",
        ),
    ],
)
async def test_reaching_where_the_run_started_is_going_away_and_where_it_ends(
    store: Store, clock: FakeClock, asked: str, away: str, ends: str
) -> None:
    clock.now = WEDNESDAY_1310
    async with sample_chat(store, clock) as user:
        await user.say("12627 kaha hai")
        answer = text_of(await user.say(asked))
    assert away in answer and ends in answer


async def test_reaching_a_stop_ahead_is_still_when_it_gets_there(
    store: Store, clock: FakeClock
) -> None:
    clock.now = WEDNESDAY_1310
    async with sample_chat(store, clock) as user:
        await user.say("12627 kaha hai")
        answer = text_of(await user.say("when does it reach bhopal?"))
    assert "Expected at Bhopal Jn (BPL) at 22:17" in answer and "going away" not in answer
