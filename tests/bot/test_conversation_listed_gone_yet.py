"""Whole conversations on the sample railway where, after a list of a few trains (or of one), a
loose yes or no asks whether one of them has left yet, the train said by when it leaves ("has
tonight's one gone yet?", "raat wali nikal gayi?", "रात वाली निकल गई?") or left unsaid when the
list has one train: that train's run is answered, yes or no first with the time it left, and
its live card a tap away; never "didn't get that" nor the list again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock

MONDAY_NIGHT = 1_796_659_200.0  # Mon 7 Dec 2026, 21:30 IST


@pytest.mark.parametrize(
    ("trains", "gone", "yes"),
    [
        ("trains from bangalore to delhi", "has tonight's one gone yet?", "Yes, it left"),
        ("bangalore se delhi trains", "raat wali nikal gayi?", "Yes, it left"),
        ("बेंगलुरु से दिल्ली की ट्रेनें", "रात वाली निकल गई?", "हाँ, यह"),
    ],
)
async def test_whether_the_listed_train_said_by_its_time_of_day_has_left(
    store: Store, clock: FakeClock, trains: str, gone: str, yes: str
) -> None:
    # 12627 leaves Bengaluru at 19:20, 22691 (the night one) at 20:00: both have left by 21:30
    clock.now = MONDAY_NIGHT
    async with sample_chat(store, clock) as user:
        listed = text_of(await user.say(trains))
        assert "12627" in listed and "22691" in listed, listed
        replies = await user.say(gone)
    text = text_of(replies)
    assert text.startswith(yes), text
    assert "(SBC)" in text.splitlines()[0] and "20:08" in text.splitlines()[0], text
    assert "22691" in text and "12627" not in text, text
    assert any(payload.startswith("LIVE:22691") for payload in chips(replies).values())


@pytest.mark.parametrize(
    ("trains", "gone", "yes"),
    [
        ("trains from delhi to mumbai", "has it gone yet?", "Yes, it left New Delhi (NDLS)"),
        ("delhi se mumbai ki train", "nikal gayi kya?", "Yes, it left New Delhi (NDLS)"),
        ("दिल्ली से मुंबई की ट्रेन", "निकल गई क्या?", "हाँ, यह 17:00 बजे"),
    ],
)
async def test_whether_the_only_listed_train_has_left(
    store: Store, clock: FakeClock, trains: str, gone: str, yes: str
) -> None:
    # the list has 12952 alone (16:55 from New Delhi, 5 min late today)
    clock.now = MONDAY_NIGHT
    async with sample_chat(store, clock) as user:
        await user.say(trains)
        text = text_of(await user.say(gone))
    assert text.startswith(yes), text
    assert "17:00" in text.splitlines()[0], text
    assert "12952 Mumbai Rajdhani" in text
