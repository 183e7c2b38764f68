"""Whole conversations on the sample railway where the bot has just shown one train, or offered
the next step about one ("Today's run", "Fare 22691", the trains back and which day), and the
traveller asks "कल चलेगी?", "kal chalegi?" or "will it run tomorrow?": whether that train runs
tomorrow, the one in focus, never another train shown earlier in the conversation."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TOMORROW = ("Thu 19 Nov", "गुरु, 19 नवंबर")


@pytest.mark.parametrize(
    ("before", "in_focus", "not_this"),
    [
        (("12627 kahan hai", "12951 kahan hai"), "12951 Mumbai Rajdhani", "12627"),
        (("12627 kahan hai", "trains from bangalore to delhi", "dusri wali"), "22691", "12627"),
        (("12952 kahan hai", "and the return train?"), "12951 Mumbai Rajdhani", "12952"),
        (("delhi se mumbai ki train", "12627 ka route"), "12627 Karnataka Express", "12952"),
        (("pnr 4512345678", "12951 ka fare 3A"), "12951 Mumbai Rajdhani", "12627"),
    ],
)
@pytest.mark.parametrize("asked", ["कल चलेगी?", "kal chalegi?", "will it run tomorrow?"])
async def test_runs_tomorrow_is_asked_of_the_train_in_focus(
    store: Store,
    clock: FakeClock,
    before: tuple[str, ...],
    in_focus: str,
    not_this: str,
    asked: str,
) -> None:
    async with sample_chat(store, clock) as user:
        for said in before:
            await user.say(said)
        answer = text_of(await user.say(asked))
    assert in_focus in answer and any(day in answer for day in TOMORROW)
    assert not_this not in answer


async def test_runs_tomorrow_after_a_trains_fare_tapped_from_a_list_is_that_trains(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from bangalore to delhi")
        await user.tap_titled("Fare 22691")
        await user.say("3A")
        answer = text_of(await user.say("कल चलेगी?"))
    assert answer.startswith("हाँ, 22691 Bengaluru Rajdhani गुरु, 19 नवंबर को")
    assert "12627" not in answer
