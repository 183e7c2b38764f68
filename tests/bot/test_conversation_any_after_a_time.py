"""Whole conversations on the sample railway where a journey's list is on screen and the
traveller asks whether any train leaves after a time: yes first, with every listed train that
leaves after it (a cancelled one said so), never a pick of one train over others that also do;
an hour that reads two ways ("after 8") is left to the list."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "yes"),
    [
        ("is there a train after 7 pm?", "Yes, after 19:00 on this list: 12627"),
        ("sham 7 baje ke baad koi train hai?", "Yes, after 19:00 on this list: 12627"),
        ("क्या शाम 7 बजे के बाद कोई ट्रेन है?", "हाँ, इस सूची में 19:00 के बाद: 12627"),
    ],
)
async def test_any_train_after_a_time_is_yes_with_every_one_that_leaves_after_it(
    store: Store, clock: FakeClock, asked: str, yes: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("bangalore to delhi")
        replies = await user.say(asked)
    text = text_of(replies)
    assert text.startswith(yes)
    assert "22691 Bengaluru Rajdhani (20:00)" in text  # the other one leaving after it too
    assert len(chips(replies)) == 2


async def test_an_hour_read_two_ways_is_left_to_the_list(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("bangalore to delhi")
        replies = await user.say("8 ke baad koi train hai?")
    assert "on this list" not in text_of(replies)
