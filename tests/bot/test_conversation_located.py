"""Whole conversations on the sample railway after the traveller shares where they are: the
nearest station just shown is the place in hand, "there" and "here" and where a journey asked
next starts ("trains from there", "yahan se mysore", "यहाँ से अगले 2 घंटे में"), never
"Which station?"."""

from __future__ import annotations

import datetime as dt

import pytest

from app.store import Store
from tests.bot.harness import TZ, sample_chat, text_of
from tests.conftest import FakeClock

# Beside New Delhi station (NDLS first), and beside KSR Bengaluru City (SBC first).
_NEW_DELHI = (28.6431, 77.2197)
_BENGALURU = (12.9779, 77.5713)
_FRIDAY_EVENING = dt.datetime(2026, 12, 11, 19, 45, tzinfo=TZ)


@pytest.mark.parametrize(
    "asked",
    [
        "trains from there in the next 2 hours",
        "yahan se agle 2 ghante me kaun si trains hai",
        "यहाँ से अगले 2 घंटे में कौन सी गाड़ियाँ हैं?",
    ],
)
async def test_the_board_from_there_is_the_nearest_stations(store: Store, asked: str) -> None:
    clock = FakeClock(_FRIDAY_EVENING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.share_location(*_NEW_DELHI)
        board = text_of(await user.say(asked))
    assert "New Delhi (NDLS)" in board and "64421" in board
    assert "Which station" not in board and "कौन सा स्टेशन" not in board


async def test_when_a_train_of_that_board_arrives_is_its_arrival_not_another_board(
    store: Store,
) -> None:
    clock = FakeClock(_FRIDAY_EVENING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.share_location(*_NEW_DELHI)
        await user.say("यहाँ से अगले 2 घंटे में कौन सी गाड़ियाँ हैं?")
        arrival = text_of(await user.say("गाज़ियाबाद वाली कितने बजे पहुँचेगी?"))
    assert "21:00" in arrival and "64421" in arrival


@pytest.mark.parametrize(
    "asked", ["trains from here to mysore tomorrow", "yahan se mysore ke liye kal ki trains"]
)
async def test_a_journey_from_here_starts_at_the_nearest_station(store: Store, asked: str) -> None:
    clock = FakeClock(_FRIDAY_EVENING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.share_location(*_BENGALURU)
        trains = text_of(await user.say(asked))
        fare = text_of(await user.say("the first one, fare in chair car"))
    assert "KSR Bengaluru City Jn (SBC) → Mysuru Jn (MYS) on Sat 12 Dec" in trains
    assert "12007" in fare and "CC" in fare and "starting from" not in fare


async def test_the_fare_after_the_board_from_there_is_from_the_nearest_station(
    store: Store,
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 8, 9, 30, tzinfo=TZ).timestamp())
    async with sample_chat(store, clock) as user:
        await user.share_location(*_NEW_DELHI)
        await user.say("trains from there in the next 2 hours")
        fare = text_of(await user.say("fare?"))
    assert "New Delhi (NDLS) → Ghaziabad Jn (GZB)" in fare
