"""Whole conversations on the sample railway where a list of trains between two places holds a
train the railway cancelled on that stretch that day (16021 Kaveri Express, cancelled from
KSR Bengaluru City Jn to Mysuru Jn): its line says so, and no fare or seats button is offered
for it; the trains that run keep theirs."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("trains from bengaluru to mysuru", "❌ Doesn't run on this stretch on Wed 18 Nov"),
        ("bengaluru se mysuru ki train", "❌ Doesn't run on this stretch on Wed 18 Nov"),
        ("बेंगलुरु से मैसूर की ट्रेन", "❌ बुध, 18 नवंबर को इस हिस्से पर नहीं चलेगी"),
    ],
)
async def test_no_fare_or_seats_buttons_for_a_train_cancelled_on_the_stretch(
    store: Store, clock: FakeClock, asked: str, said: str
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say(asked)
    offered = " ".join(chips(replies))
    assert "16021 Kaveri Express" in text_of(replies)
    assert said in text_of(replies)
    assert "16021" not in offered
    assert "12007" in offered  # the train that runs keeps its fare and seats
