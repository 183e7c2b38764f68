"""Whole conversations on the sample railway after a station's board and the arrival somewhere of
the board's train going there ("agra wali kitne baje pahunchegi"): "uske baad wali?" is the
next train going to that same place, never the board's next row elsewhere, and "kal subah
bhopal ke liye?" is a trip from the station in focus, never "which station are you starting
from?"."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("board", "arrival", "after"),
    [
        ("departures in the next 2 hours", "when does the agra one reach agra?", "the next one?"),
        ("agle 2 ghante ki departures", "agra wali kitne baje pahunchegi", "uske baad wali?"),
        ("अगले 2 घंटे की ट्रेनें", "आगरा वाली कितने बजे पहुँचेगी", "उसके बाद वाली?"),
    ],
)
async def test_the_one_after_an_arrival_asked_by_place_goes_to_that_place(
    store: Store, clock: FakeClock, board: str, arrival: str, after: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("NDLS")
        await user.say(board)
        reached = text_of(await user.say(arrival))
        following = text_of(await user.say(after))
    assert "12628" in reached and "Agra Cantt (AGC)" in reached
    # the trains from New Delhi to Agra after the last of them (none more tonight), never the
    # board's next row to Ghaziabad
    assert "New Delhi (NDLS) → Agra" in following
    assert "20:16" in following and "12628" in following
    assert "64421" not in following and "Ghaziabad" not in following


@pytest.mark.parametrize(
    ("arrival", "trip"),
    [
        ("when does the agra one reach agra?", "tomorrow morning to bhopal?"),
        ("agra wali kitne baje pahunchegi", "kal subah bhopal ke liye?"),
        ("आगरा वाली कितने बजे पहुँचेगी", "कल सुबह भोपाल के लिए?"),
    ],
)
async def test_a_trip_after_an_arrival_starts_at_the_station_in_focus(
    store: Store, clock: FakeClock, arrival: str, trip: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("NDLS")
        await user.say("departures in the next 2 hours")
        await user.say(arrival)
        trains = text_of(await user.say(trip))
    assert "New Delhi (NDLS) → Bhopal" in trains or "नई दिल्ली (NDLS) → भोपाल" in trains
    assert "12002" in trains
    assert "starting from" not in trains
