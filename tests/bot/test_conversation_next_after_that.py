"""Whole conversations on the sample railway where, after a journey's trains and the next of
them, the traveller asks for "the next one after that" ("uske baad agli wali", "उसके बाद अगली
वाली"): the train after the one last shown each time, down the whole list past its first page,
never the next train again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    "asked", ["the next one after that", "uske baad agli wali", "उसके बाद अगली वाली"]
)
async def test_the_next_one_after_that_moves_on_from_the_train_last_shown(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from new delhi to ghaziabad in next 4 hours")
        first = text_of(await user.say("the next one"))
        second = text_of(await user.say(asked))
        third = text_of(await user.say(asked))
    assert "64419 New Delhi Ghaziabad MEMU" in first  # 18:15, the next at 16:36
    assert "64421 New Delhi Ghaziabad MEMU" in second and "64419" not in second
    assert "64423 New Delhi Ghaziabad MEMU" in third and "64421" not in third


async def test_after_the_last_of_the_list_the_next_one_after_that_is_the_next_days_first(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from new delhi to ghaziabad in next 4 hours")
        await user.say("the next one")
        await user.say("the next one after that")
        await user.say("the next one after that")  # 64423 at 22:15, the list's last
        answer = text_of(await user.say("the next one after that"))
    assert "That was the last train of the list." in answer
    assert "(tomorrow)" in answer and "64401 New Delhi Ghaziabad MEMU" in answer


async def test_the_next_one_after_that_of_a_board_picked_by_where_it_goes(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from NDLS next 4 hours")
        await user.say("ghaziabad wali")
        first = text_of(await user.say("the next one"))
        answer = text_of(await user.say("the next one after that"))
    assert first.startswith("🚆 64419") and answer.startswith("🚆 64421")
