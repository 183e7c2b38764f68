"""Whole conversations on the sample railway that follow one run of a train: once its live status
was shown, the next questions ("platform?", "when does it reach Kota?") are about that run, never
another run of the train that the timetable would pick for a first question."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

# Tue 8 Dec 2026 in India. At 08:00 two runs of 12628 are out: Sunday's nears Bengaluru, Monday's
# is past Bhopal.
TUESDAY_0800 = 1_796_697_000.0


@pytest.mark.parametrize(
    ("shown", "asked"),
    [
        ("where is 12628", "which platform at bengaluru?"),
        ("live status of 12628 on 7 dec", "platform at ksr bengaluru?"),
        ("12628 kahan hai", "bengaluru me kaunsa platform pe aayegi?"),
        ("12628 कहाँ है", "बेंगलुरु में कौन सा प्लेटफॉर्म?"),
    ],
)
async def test_the_platform_after_a_run_was_shown_is_that_runs(
    store: Store, clock: FakeClock, shown: str, asked: str
) -> None:
    clock.now = TUESDAY_0800
    async with sample_chat(store, clock) as user:
        first = text_of(await user.say(shown))
        platform = text_of(await user.say(asked))
    assert "Mon 7 Dec" in first or "7 दिसंबर" in first
    assert "Platform" in platform or "प्लेटफ़ॉर्म" in platform
    assert "Started Mon 7 Dec" in platform or "सोम, 7 दिसंबर को चली" in platform
    assert "6 Dec" not in platform and "6 दिसंबर" not in platform


async def test_a_plain_platform_after_the_run_shown_stays_on_that_run(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_0800
    async with sample_chat(store, clock) as user:
        await user.say("where is 12628")
        await user.say("platform?")
        again = text_of(await user.say("and at bengaluru?"))
    assert "Started Mon 7 Dec" in again and "Sun 6 Dec" not in again
