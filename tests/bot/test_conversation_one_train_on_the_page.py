"""Whole conversations on the sample railway where a page shows exactly one train after another
train was in hand: that train becomes the subject, so "how long does it take", "kitna time
lagega" next are of it, never of the train looked at before (12627's 37h 55m)."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

# 21:00 on Wed 18 Nov: the next 2 hours out of New Delhi are one train, the 22:15 MEMU.
AT_NINE = 4 * 3600 + 24 * 60


@pytest.mark.parametrize(
    ("asked", "takes"),
    [
        ("how long does it take", "64423 New Delhi Ghaziabad MEMU takes about 45m"),
        ("kitna time lagega", "64423 New Delhi Ghaziabad MEMU takes about 45m"),
        ("कितना समय लगेगा", "64423 New Delhi Ghaziabad MEMU"),
    ],
)
async def test_after_a_board_of_one_train_its_time_is_that_trains(
    store: Store, clock: FakeClock, asked: str, takes: str
) -> None:
    clock.advance(AT_NINE)
    async with sample_chat(store, clock) as user:
        await user.say("12627 kaha hai")
        board = text_of(await user.say("trains from ndls next 2 hours"))
        answer = text_of(await user.say(asked))
    assert "1 train" in board and "64423" in board, board
    assert answer.startswith(takes), answer
    assert "12627" not in answer, answer


async def test_after_a_list_of_one_train_its_time_is_that_trains(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 kaha hai")
        await user.say("trains from bangalore to nizamuddin")
        answer = text_of(await user.say("kitna time lagega"))
    assert answer.startswith("22691 Bengaluru Rajdhani takes about 33h 30m"), answer
