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


@pytest.mark.parametrize(
    ("board", "arrival", "after"),
    [
        ("departures in the next 2 hours", "when will the ghaziabad one reach?", "the next one?"),
        (
            "departures in the next 2 hours",
            "when does the ghaziabad one get there?",
            "the next one?",
        ),
        (
            "departures in the next 2 hours",
            "when does the ghaziabad one reach ghaziabad?",
            "the next one?",
        ),
        ("agle 2 ghante ki departures", "ghaziabad wali kab pahunchegi", "uske baad wali?"),
        ("अगले 2 घंटे की ट्रेनें", "गाज़ियाबाद वाली कब पहुँचेगी", "उसके बाद वाली?"),
    ],
)
async def test_the_one_after_the_one_train_going_to_a_place_goes_there_too(
    store: Store, clock: FakeClock, board: str, arrival: str, after: str
) -> None:
    """The board's one train to Ghaziabad picked by where it goes (64421, 20:15), then "the
    next one": the next train from New Delhi to Ghaziabad after it (64423, 22:15, past the
    board's hours), never the board's next row (12628 to Bengaluru)."""
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("NDLS")
        await user.say(board)
        reached = text_of(await user.say(arrival))
        following = text_of(await user.say(after))
    assert "64421" in reached and "21:00" in reached
    assert "64423" in following and "22:15" in following
    assert "12628" not in following and "Karnataka" not in following
