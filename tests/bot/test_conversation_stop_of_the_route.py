"""Whole conversations on the sample railway that ask about one stop of a train right after its
route or timetable ("and Jhansi?", "aur gwalior?", "और झांसी?"): the time at that stop, as its run
on the way expects it, never the station's own card nor the train's first and last times."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

# Wed 9 Dec 2026, 13:10 in India: today's 12002 (rescheduled to leave New Delhi at 08:30) is
# 2h 30m late, past Gwalior and due at Jhansi at 10:45, expected at 13:15.
WEDNESDAY_1310 = 1_796_802_000.0


@pytest.mark.parametrize(
    ("shown", "asked", "expected"),
    [
        ("12002 route", "and Jhansi?", "Expected at Jhansi Jn (VGLJ) at 13:15"),
        ("12002 timings", "what about jhansi?", "Expected at Jhansi Jn (VGLJ) at 13:15"),
        ("12002 route", "aur bhopal?", "Expected at Bhopal Jn (BPL) at 16:55"),
        ("12002 का रूट", "और झांसी?", "Jhansi Jn (VGLJ) पर 13:15 बजे (आज) पहुँचने की उम्मीद"),
    ],
)
async def test_a_stop_named_after_the_route_is_when_the_train_is_there(
    store: Store, clock: FakeClock, shown: str, asked: str, expected: str
) -> None:
    clock.now = WEDNESDAY_1310
    async with sample_chat(store, clock) as user:
        await user.say(shown)
        answer = text_of(await user.say(asked))
    assert expected in answer
    assert "🚉" not in answer  # not the station's own card
    assert "14:40" not in answer  # not where the train ends


async def test_how_long_to_a_stop_after_how_long_it_takes_stays_a_stretch(
    store: Store, clock: FakeClock
) -> None:
    clock.now = WEDNESDAY_1310
    async with sample_chat(store, clock) as user:
        await user.say("how long does 12627 take")
        answer = text_of(await user.say("and jhansi?"))
    assert "to Jhansi Jn (VGLJ)" in answer and "31h 10m" in answer
