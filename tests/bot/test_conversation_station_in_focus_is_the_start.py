"""Whole conversations on the sample railway where the station talked about (its code, its
departures) is where a trip to another place starts: "tomorrow morning to agra?" after New
Delhi's code and board is New Delhi to Agra tomorrow morning, never "which station are you
starting from?" again, and the part of the day said is kept."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("code", "board", "trip"),
    [
        ("code of new delhi", "departures from there", "tomorrow morning to agra?"),
        ("new delhi ka code kya hai", "wahan se kaunsi trains hai", "kal subah agra ke liye?"),
        ("नई दिल्ली का कोड क्या है", "वहाँ से कौन सी ट्रेनें हैं", "कल सुबह आगरा के लिए?"),
    ],
)
async def test_a_trip_after_a_stations_board_starts_at_that_station(
    store: Store, clock: FakeClock, code: str, board: str, trip: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(code)
        await user.say(board)
        trains = text_of(await user.say(trip))
    assert "New Delhi (NDLS) → Agra" in trains
    assert "12002" in trains and "12628" not in trains  # the morning's only
    assert "starting from" not in trains


@pytest.mark.parametrize(
    ("code", "trip", "header"),
    [
        ("NDLS", "tomorrow evening to bhopal?", "New Delhi (NDLS) → Bhopal"),
        ("code of chennai central", "tomorrow morning to bangalore?", "Chennai Central (MAS) →"),
    ],
)
async def test_a_trip_after_a_stations_code_starts_at_that_station(
    store: Store, clock: FakeClock, code: str, trip: str, header: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say(code)
        trains = text_of(await user.say(trip))
    assert header in trains
    assert "starting from" not in trains
