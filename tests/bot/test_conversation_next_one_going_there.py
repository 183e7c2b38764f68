"""Whole conversations on the sample railway where "the next one" follows where the traveller is
going: after a board's train asked about by where it goes ("platform of the ghaziabad one?"),
"the next one?" is the next train going there (22:15 64423), never the board's next row to
elsewhere."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("board", "platform", "next_one"),
    [
        ("departures from new delhi", "platform of the ghaziabad one?", "the next one?"),
        ("departures from NDLS", "ghaziabad wali ka platform?", "agli wali?"),
        ("नई दिल्ली से जाने वाली ट्रेनें", "गाज़ियाबाद वाली का प्लेटफ़ॉर्म?", "अगली वाली?"),
    ],
)
async def test_the_next_one_after_a_boards_train_to_a_place_is_the_next_going_there(
    store: Store, clock: FakeClock, board: str, platform: str, next_one: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(board)
        first = text_of(await user.say(platform))
        after = text_of(await user.say(next_one))
    assert "64421" in first
    assert "64423" in after and "22:15" in after
    assert "12626" not in after and "12628" not in after

