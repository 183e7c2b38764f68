"""Whole conversations on the sample railway where seats are asked of a train for a day with no
class ("12952 seats kal"), also while its fare waits for "Which class?" ("seats kitni hai
kal?", "कल सीटें कितनी हैं?"): each of its classes that day on one card, the class to look at
further a tap away, never the same "Which class?" again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("before", "seats", "rows"),
    [
        ((), "12952 seats kal", ("3A: REGRET ❌", "2A: RAC 14", "1A: GNWL56/WL51")),
        (("12952 fare",), "seats kitni hai kal?", ("3A: REGRET ❌", "2A: RAC 14")),
        (("12952 का किराया",), "कल सीटें कितनी हैं?", ("2A: आरएसी 14", "1A: वेटिंग (GNWL56/WL51)")),
    ],
)
async def test_seats_with_no_class_are_each_class_that_day(
    store: Store, clock: FakeClock, before: tuple[str, ...], seats: str, rows: tuple[str, ...]
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        for said in before:
            await user.say(said)
        replies = await user.say(seats)
    answer = text_of(replies)
    assert "12952 Mumbai Rajdhani" in answer, answer
    for row in rows:
        assert row in answer, answer
    assert "Which class?" not in answer and "कौन सी क्लास" not in answer, answer
    assert "SEATS:12952:NDLS:MMCT:2026-12-09:3A" in chips(replies).values(), chips(replies)
