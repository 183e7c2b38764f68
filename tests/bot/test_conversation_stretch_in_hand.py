"""Whole conversations on the sample railway where a train's status was asked with a journey on
it ("12627 from Bengaluru to Bhopal"): "how long does it take?", "kitna time lagta hai", "कितना
समय लगता है" next is the time between those two stations, never the train's whole run."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("first", "asked", "stretch"),
    [
        (
            "12627 from Bengaluru to Bhopal",
            "how long does it take?",
            "takes about 26h 45m from KSR Bengaluru City Jn (SBC) to Bhopal Jn (BPL).",
        ),
        (
            "12627 bengaluru se bhopal",
            "kitna time lagta hai",
            "takes about 26h 45m from KSR Bengaluru City Jn (SBC) to Bhopal Jn (BPL).",
        ),
        (
            "12627 बेंगलुरु से भोपाल",
            "कितना समय लगता है",
            "KSR Bengaluru City Jn (SBC) से Bhopal Jn (BPL) तक लगभग 26 घंटे 45 मिनट लगते हैं।",
        ),
    ],
)
async def test_how_long_after_a_trains_status_on_a_journey_is_that_stretch(
    store: Store, clock: FakeClock, first: str, asked: str, stretch: str
) -> None:
    async with sample_chat(store, clock) as user:
        shown = text_of(await user.say(first))
        answer = text_of(await user.say(asked))
    assert "🚆 12627 Karnataka Express" in shown  # its live status first
    assert stretch in answer
    assert "37h 55m" not in answer and "37 घंटे 55 मिनट" not in answer  # never its whole run


async def test_the_stretch_stays_while_the_same_trains_status_is_asked_again(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 bengaluru se bhopal")
        await user.say("12627 status")
        answer = text_of(await user.say("kitne stops hai"))
    assert "between KSR Bengaluru City Jn (SBC) and Bhopal Jn (BPL)" in answer


async def test_another_train_after_the_journey_is_its_own_whole_run(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 bengaluru se bhopal")
        await user.say("12628")
        answer = text_of(await user.say("kitna time lagta hai"))
    assert "12628 Karnataka Express takes about 37h 25m" in answer
