"""Which of several trains of one name a reply means, by the way it says the train runs."""

from __future__ import annotations

import datetime as dt

from app.bot.handlers.context import Context
from app.bot.handlers.names import chosen_by_way
from app.bot.requests import Fare, LiveStatus
from app.railways.sample import SampleProvider
from app.store import MemoryStore
from tests.bot.harness import INDEX, TZ
from tests.conftest import FakeClock

NOW = dt.datetime(2026, 12, 3, 8, 0, tzinfo=TZ)
KARNATAKA = ("12627", "12628")  # SBC → NDLS, NDLS → SBC
RAJDHANI = ("12951", "12952")  # MMCT → NDLS, NDLS → MMCT (calling at Borivali on the way in)
BENGALURU = ("SBC", "YPR", "BNC")
MUMBAI = ("CSMT", "MMCT", "BVI")


def context(origin: tuple[str, ...] = (), destination: tuple[str, ...] = ()) -> Context:
    clock = FakeClock(NOW.timestamp())
    provider = SampleProvider(MemoryStore(clock), index=INDEX, clock=clock, tz=TZ)
    return Context(provider, INDEX, NOW, "u", journey=(origin, destination))


async def test_the_one_train_that_runs_that_way_is_chosen_and_said() -> None:
    chosen = await chosen_by_way(context(destination=("NDLS",)), LiveStatus(), KARNATAKA)
    assert chosen is not None
    request, said = chosen
    assert request == LiveStatus(train="12627")
    assert said == (
        "12627 Karnataka Express, the one from KSR Bengaluru City Jn (SBC) to New Delhi (NDLS):"
    )


async def test_of_two_trains_through_a_city_the_one_that_starts_there_is_chosen() -> None:
    chosen = await chosen_by_way(context(origin=MUMBAI), LiveStatus(), RAJDHANI)
    assert chosen is not None and chosen[0] == LiveStatus(train="12951")
    chosen = await chosen_by_way(context(origin=BENGALURU), LiveStatus(), KARNATAKA)
    assert chosen is not None and chosen[0] == LiveStatus(train="12627")


async def test_a_stop_both_trains_make_chooses_none() -> None:
    assert await chosen_by_way(context(origin=("BPL",)), LiveStatus(), KARNATAKA) is None


async def test_no_way_said_chooses_none() -> None:
    assert await chosen_by_way(context(), LiveStatus(), KARNATAKA) is None


async def test_the_way_said_is_the_journey_of_a_request_that_has_one() -> None:
    chosen = await chosen_by_way(context(origin=BENGALURU), Fare(), KARNATAKA)
    assert chosen is not None and chosen[0] == Fare().with_slots({"train": "12627", "from": "SBC"})
