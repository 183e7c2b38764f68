"""Whole conversations on the sample railway where the journey time between two places is asked
right after one train's answer ("how long from bhopal to agra?", "bhopal se agra kitna time
lagega?", "भोपाल से आगरा कितना समय लगेगा?"): that train's time between those two of its stops
(12627: about 7h, 22:15 → 05:15), never every train between the two places."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("train", "how_long", "takes"),
    [
        ("12627 kaha hai", "how long from bhopal to agra?", "takes about 7h"),
        ("12627 kaha hai", "bhopal se agra kitna time lagega?", "takes about 7h"),
        ("12627 कहाँ है", "भोपाल से आगरा कितना समय लगेगा?", "लगभग 7 घंटे"),
    ],
)
async def test_how_long_between_two_stops_is_the_train_in_hands_time(
    store: Store, clock: FakeClock, train: str, how_long: str, takes: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(train)
        answer = text_of(await user.say(how_long))
    assert "12627 Karnataka Express" in answer and takes in answer
    assert "22:15" in answer and "05:15" in answer
    assert "22691" not in answer and "2 trains" not in answer


async def test_how_long_after_a_list_is_still_each_listed_trains(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("trains from delhi to bhopal")
        answer = text_of(await user.say("how long from delhi to agra?"))
    assert "12002" in answer and "12628" in answer
