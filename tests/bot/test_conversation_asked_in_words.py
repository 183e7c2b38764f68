"""Whole conversations on the sample railway whose follow-ups are railway questions worded
conversationally, never "I only know Indian Railways": the "Other direction" button asked for in
words ("flip it", "ulta wala", "उल्टा कर दो") turns the journey around as the button does; a past
stop of the train being followed asked in the past tense ("what time was it at vadodara?",
"vadodara kitne baje thi?") is when that run was there, not the timetable."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock

# Wed 9 Dec 2026, 13:10 in India.
WEDNESDAY_1310 = 1_796_802_000.0
# Wed 9 Dec 2026, 02:10 in India: Tuesday's 12951 is past Ratlam, on time; it left Vadodara at
# 21:46 yesterday.
WEDNESDAY_0210 = 1_796_762_400.0


@pytest.mark.parametrize("asked", ["flip it", "reverse it please", "ulta wala", "उल्टा कर दो"])
async def test_the_other_direction_asked_in_words_acts_like_the_button(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = WEDNESDAY_1310
    async with sample_chat(store, clock) as user:
        first = await user.say("trains from mysuru to chennai today")
        flipped = text_of(await user.say(asked))
    assert any(title in chips(first) for title in ("Other direction", "उल्टी दिशा में"))
    assert "Indian Railways" not in flipped and "भारतीय रेल" not in flipped
    assert "→ Mysuru Jn (MYS)" in flipped and "16021 Kaveri Express" in flipped


async def test_flip_it_with_nothing_to_flip_stays_outside_railways(
    store: Store, clock: FakeClock
) -> None:
    clock.now = WEDNESDAY_1310
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("flip it"))
    assert "Indian Railways" in answer


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("what time was it at vadodara?", "it got there at 21:36 (yesterday)"),
        ("at what time was it in ratlam", "it got there at 00:30 (today)"),
        ("vadodara kitne baje thi?", "it got there at 21:36 (yesterday)"),
        ("वडोदरा में कितने बजे थी?", "वहाँ 21:36 बजे"),
    ],
)
async def test_a_past_stop_of_the_run_followed_is_when_that_run_was_there(
    store: Store, clock: FakeClock, asked: str, expected: str
) -> None:
    clock.now = WEDNESDAY_0210
    async with sample_chat(store, clock) as user:
        await user.say("12951 kaha hai")
        answer = text_of(await user.say(asked))
    assert expected in answer
    assert "by the timetable" not in answer and "समय सारणी" not in answer
