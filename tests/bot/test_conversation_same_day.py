"""Whole conversations on the sample railway where the traveller points at the day in hand
("same date", "isi din", "इसी तारीख को") after a booking: the booking's journey date, never
"Which date?", and a class corrected next keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

from app.store import Store
from tests.bot.harness import TZ, sample_chat, text_of
from tests.conftest import FakeClock

_TUESDAY_MORNING = dt.datetime(2026, 12, 8, 9, 30, tzinfo=TZ)


@pytest.mark.parametrize(
    ("asked", "corrected", "day"),
    [
        ("same date rajdhani in 2AC", "no, 1A", "Sun 13 Dec"),
        ("usi din rajdhani me 2AC", "nahi, first ac", "Sun 13 Dec"),
        ("इसी तारीख को राजधानी में सेकंड एसी", "नहीं, फर्स्ट एसी", "रवि, 13 दिसंबर"),
    ],
)
async def test_the_same_day_after_a_booking_is_its_journey_date(
    store: Store, asked: str, corrected: str, day: str
) -> None:
    clock = FakeClock(_TUESDAY_MORNING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4523456789")  # 12952 on Sun 13 Dec
        seats = text_of(await user.say(asked))
        first = text_of(await user.say(corrected))
    assert "12952" in seats and day in seats and "2A" in seats
    assert "12952" in first and day in first and "1A" in first
