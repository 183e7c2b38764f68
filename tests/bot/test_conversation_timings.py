"""Whole conversations on the sample railway asking a train's time ("bhopal shatabdi ka time",
"timing of bhopal shatabdi") after today's run got to its last station: its times by the
timetable and the day of its next run, never the finished run's status as if it answered."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

# Tue 8 Dec 2026, 22:00 IST: 12002 (New Delhi 06:00, moved to 08:30 that day) reached Rani
# Kamlapati at 17:10; the next run leaves on Wednesday.
TUESDAY_NIGHT = 1_796_747_400.0


@pytest.mark.parametrize(
    ("asked", "times", "next_run"),
    [
        (
            "bhopal shatabdi ka time kya hai",
            "New Delhi (NDLS) 06:00 → Rani Kamlapati (RKMP) 14:40",
            "Next run: Wed 9 Dec, leaves New Delhi (NDLS) at 06:00.",
        ),
        (
            "aaj bhopal shatabdi ka time kya hai",
            "New Delhi (NDLS) 06:00 → Rani Kamlapati (RKMP) 14:40",
            "Next run: Wed 9 Dec, leaves New Delhi (NDLS) at 06:00.",
        ),
        (
            "भोपाल शताब्दी का टाइम क्या है",
            "New Delhi (NDLS) 06:00 → Rani Kamlapati (RKMP) 14:40",
            "अगली ट्रेन: बुध, 9 दिसंबर, New Delhi (NDLS) से 06:00 बजे चलेगी।",
        ),
    ],
)
async def test_a_trains_time_after_its_run_is_over_is_its_timetable_and_next_run(
    store: Store, clock: FakeClock, asked: str, times: str, next_run: str
) -> None:
    clock.now = TUESDAY_NIGHT
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert times in answer and next_run in answer
    assert answer.index(next_run) < answer.index("17:10")  # the run that got there comes after
    assert "Started Tue 8 Dec" not in answer and "8 दिसंबर को चली" not in answer


@pytest.mark.parametrize(
    "asked", ["timing of bhopal shatabdi", "bhopal shatabdi ki timing kya hai", "12002 timings"]
)
async def test_its_timings_asked_by_name_are_its_stops_and_next_run(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = TUESDAY_NIGHT
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
        route = text_of(await user.say("route of 12002"))
    assert "New Delhi (NDLS) dep 06:00" in answer and "Rani Kamlapati (RKMP) arr 14:40" in answer
    assert "Next run: Wed 9 Dec, leaves New Delhi (NDLS) at 06:00." in answer
    assert "Started Tue 8 Dec" not in answer
    assert "Next run" not in route  # its stops alone, asked as a route


@pytest.mark.parametrize("asked", ["where is bhopal shatabdi", "bhopal shatabdi ka status"])
async def test_its_status_after_its_run_is_over_is_still_that_runs_status(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = TUESDAY_NIGHT
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert "Reached Rani Kamlapati (RKMP) at 17:10" in answer and "Next run" not in answer


@pytest.mark.parametrize(
    ("asked", "next_run"),
    [
        ("time of bhopal shatabdi", "Next run: Wed 9 Dec, leaves New Delhi (NDLS) at 06:00."),
        ("12002 ka time", "Next run: Wed 9 Dec, leaves New Delhi (NDLS) at 06:00."),
        ("12002 का टाइम", "अगली ट्रेन: बुध, 9 दिसंबर, New Delhi (NDLS) से 06:00 बजे चलेगी।"),
    ],
)
async def test_its_time_said_with_the_train_alone_tells_its_next_run_as_its_timings_do(
    store: Store, clock: FakeClock, asked: str, next_run: str
) -> None:
    clock.now = TUESDAY_NIGHT
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
        timings = text_of(await user.say("timing of 12002"))
        alone = text_of(await user.say("12002"))
    assert "New Delhi (NDLS) 06:00 → Rani Kamlapati (RKMP) 14:40" in answer
    assert next_run in answer
    assert "Next run: Wed 9 Dec" in timings  # the same next run, asked as its timings
    assert "Next run" not in alone  # the train said alone: what it is, no time asked
