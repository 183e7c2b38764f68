"""Whole conversations on the sample railway where a station's board is asked for in so many
words ("next 6 hours from NDLS", "ndls se agle 6 ghante") after a journey or a train was talked
about: that station's departures for those hours, never the journey or the train in hand."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_736_600.0  # Tue 8 Dec 2026, 19:00 IST


@pytest.mark.parametrize(
    ("before", "asked", "board"),
    [
        ("delhi to bhopal trains", "next 6 hours from NDLS", "New Delhi (NDLS), next 6 h"),
        ("sleeper fare 12628 ndls to bpl", "next 6 hrs from ndls", "New Delhi (NDLS), next 6 h"),
        ("where is 12952", "ndls se agle 6 ghante", "New Delhi (NDLS), next 6 h"),
        ("12952 kahan hai", "aur ndls se next 6 hours?", "New Delhi (NDLS), next 6 h"),
        ("दिल्ली से भोपाल ट्रेन", "एनडीएलएस से अगले 6 घंटे", "New Delhi (NDLS), अगले 6 घंटे"),
        ("12628 कहाँ है", "नई दिल्ली से अगले 6 घंटे", "New Delhi (NDLS), अगले 6 घंटे"),
    ],
)
async def test_a_board_asked_after_a_journey_or_a_train_is_that_stations_board(
    store: Store, clock: FakeClock, before: str, asked: str, board: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(before)
        answer = text_of(await user.say(asked))
    assert board in answer
    assert "64423 New Delhi Ghaziabad MEMU" in answer  # 22:15, within the six hours
    assert "Started" not in answer and "चली" not in answer  # no train's run in its place
    assert "₹" not in answer and "→ Bhopal" not in answer


@pytest.mark.parametrize(
    ("board", "asked", "going"),
    [
        ("departures from new delhi", "next one to ghaziabad", "Going to Ghaziabad Jn (GZB):"),
        ("new delhi departures", "next train to ghaziabad", "Going to Ghaziabad Jn (GZB):"),
        ("नई दिल्ली से जाने वाली ट्रेनें", "गाज़ियाबाद जाने वाली अगली ट्रेन", "Ghaziabad Jn (GZB) जाने वाली"),
    ],
)
async def test_the_next_one_to_a_place_after_a_board_is_the_boards_trains_going_there(
    store: Store, board: str, asked: str, going: str
) -> None:
    async with sample_chat(store, FakeClock(TUESDAY_EVENING)) as user:
        await user.say(board)
        answer = text_of(await user.say(asked))
    assert going in answer
    assert "New Delhi (NDLS) → Ghaziabad Jn (GZB) on" not in answer  # not the whole day's
