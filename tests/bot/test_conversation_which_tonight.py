"""Whole conversations on the sample railway where a train of a list is pointed at by the part of
the day it leaves in and more than one leaves then ("tonight's one" of Karnataka Express at
19:20 and Bengaluru Rajdhani at 20:00): which one is asked, each named briefly with its time as a
quick reply, never one picked silently; with one alone leaving then, it is that one."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST
TWO_TONIGHT = "trains from bangalore to delhi today"  # 12627 at 19:20, 22691 at 20:00


@pytest.mark.parametrize("asked", ["tonight's one fare 3A", "tonight's one", "aaj raat wali"])
async def test_tonights_one_of_two_leaving_tonight_asks_which_naming_both_with_times(
    store: Store, clock: FakeClock, asked: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(TWO_TONIGHT)
        replies = await user.say(asked)
    text = text_of(replies)
    assert "Which one?" in text, text
    assert "19:20 12627 Karnataka Express" in text, text
    assert "20:00 22691 Bengaluru Rajdhani" in text, text
    assert list(chips(replies)) == ["19:20 12627 Karnata…", "20:00 22691 Bengalu…"]
    assert "💰" not in text, text


async def test_tonights_one_asked_in_hindi_asks_which_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(TWO_TONIGHT)
        text = text_of(await user.say("आज रात वाली"))
    assert "कौन सी?" in text, text
    assert "19:20 12627" in text and "20:00 22691" in text, text


async def test_the_train_tapped_or_typed_gets_what_was_asked_of_tonights_one(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(TWO_TONIGHT)
        await user.say("tonight's one fare 3A")
        tapped = text_of(await user.tap_titled("20:00 22691 Bengalu…"))
        await user.say("tonight's one fare 3A")
        typed = text_of(await user.say("12627"))
    assert "3A (AC 3 Tier)" in tapped and "22691 Bengaluru Rajdhani" in tapped, tapped
    assert "Tue 8 Dec" in tapped, tapped
    assert "3A (AC 3 Tier)" in typed and "12627 Karnataka Express" in typed, typed


async def test_tonights_one_when_one_alone_runs_tonight_is_that_one(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("trains from delhi to agra today")  # 12626 at 20:10 is cancelled
        fare = text_of(await user.say("tonight's one fare 3A"))
    assert "12628 Karnataka Express" in fare and "3A (AC 3 Tier)" in fare, fare
    assert "Which one?" not in fare, fare
