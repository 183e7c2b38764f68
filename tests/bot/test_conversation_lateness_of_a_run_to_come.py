"""Whole conversations on the sample railway where "is it late?" is asked of a run days ahead:
the plain answer comes first (it has not started, when it leaves, and that lateness is known
once it runs), never the run's timetable card again word for word with no yes or no."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("run", "late", "answer"),
    [
        (
            "12007 on friday",
            "is it late?",
            "It hasn't started yet: it leaves on Fri 11 Dec at 06:00",
        ),
        (
            "12007 friday ko",
            "late hai kya?",
            "It hasn't started yet: it leaves on Fri 11 Dec at 06:00",
        ),
        ("12007 शुक्रवार को", "क्या यह लेट है?", "ट्रेन अभी चली नहीं है: शुक्र, 11 दिसंबर को 06:00 बजे"),
    ],
)
async def test_is_it_late_of_a_run_days_ahead_says_it_has_not_started_first(
    store: Store, clock: FakeClock, run: str, late: str, answer: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        card = text_of(await user.say(run))
        first = text_of(await user.say(late))
    assert "Fri 11 Dec" in card or "11 दिसंबर" in card
    assert first.startswith(answer)
    assert "once it runs" in first or "चलने के बाद ही" in first
    assert first != card
