"""Whole conversations on the sample railway where, while the bot asks a detail of one train of a
list ("which class?" for its fare), the traveller turns to another train of the same list by
when it leaves ("the night one", "raat wali", "सुबह वाली"): the question is then of that train,
on the list's journey and day, with what was already said kept; never the old train's question
asked again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("trains", "fare", "morning", "cls"),
    [
        ("trains from chennai to mysore tomorrow", "fare of the night one", "the morning one",
         "3A"),
        ("kal chennai se mysore ki trains", "raat wali ka kiraya", "subah wali", "3A"),
        ("कल चेन्नई से मैसूर की ट्रेनें", "रात वाली का किराया", "सुबह वाली", "3A"),
    ],
)  # fmt: skip
async def test_another_listed_train_said_by_its_time_of_day_takes_the_open_question(
    store: Store, clock: FakeClock, trains: str, fare: str, morning: str, cls: str
) -> None:
    # the list: 12007 Shatabdi at 06:00 (CC, EC), 16021 Kaveri Express at 21:15 (2A 3A SL 2S)
    async with sample_chat(store, clock) as user:
        listed = text_of(await user.say(trains))
        assert "12007" in listed and "16021" in listed, listed
        asked = await user.say(fare)
        assert "CLASS:3A" in chips(asked).values(), text_of(asked)  # 16021's classes
        # turned to the morning one: its fare, of two classes, both shown; no question left
        switched = text_of(await user.say(morning))
        assert "12007" in switched and "CC" in switched and "EC" in switched, switched
        assert "16021" not in switched, switched
        await user.say(fare)
        # (the sample's 16021 is cancelled from Bengaluru on: its answer says so, of 16021)
        answered = text_of(await user.say(cls))
    assert "16021 Kaveri Express" in answered and "12007" not in answered, answered
    assert "Thu 19 Nov" in answered or "19 नवंबर" in answered, answered  # the list's day
