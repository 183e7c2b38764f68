"""Trains between two places that a live provider lists for another journey (a wrong or stale
recording) are never shown as the journey's: RailRadar's recorded between shape through respx,
the chain dropping what goes between other places, and the timetable standing in when nothing
is left."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import respx

from app.errors import TimetableNotLoaded
from app.railways.chain import ProviderChain
from app.railways.journey_match import journey_trains
from app.railways.models import Sourced, Station, Train, TrainBetween
from app.railways.railradar import RailRadarProvider
from app.railways.stations import StationIndex
from tests.conftest import FakeClock
from tests.railways.test_chain import Scripted

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "railradar"
BASE = "https://rr.test/v1"
AS_OF = dt.datetime(2026, 12, 14, 19, 0, tzinfo=dt.UTC)
INDEX = StationIndex.build()
RAJDHANI = TrainBetween(
    train=Train(number="12951", name="Mumbai Rajdhani"),
    from_station=Station(code="BCT", name="Mumbai Central"),
    to_station=Station(code="NDLS", name="New Delhi"),
    departure=dt.time(17, 0),
    arrival=dt.time(8, 32),
)


def recorded(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return body


class Timetable(Scripted):
    """The offline timetable, knowing the Mumbai Rajdhani between Mumbai and Delhi."""

    def __init__(self, loaded: bool = True) -> None:
        super().__init__("offline", failure=None if loaded else TimetableNotLoaded("no data"))

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        return await self._answer("trains_between", [RAJDHANI])


@pytest.fixture
async def railradar(clock: FakeClock) -> AsyncIterator[RailRadarProvider]:
    clock.now = AS_OF.timestamp()

    async def no_sleep(_: float) -> None:
        return None

    client = RailRadarProvider(BASE, "rr_key", clock=clock, sleep=no_sleep)
    yield client
    await client.aclose()


def between(respx_mock: respx.MockRouter, recording: str) -> respx.Route:
    """RailRadar answering `recording` whatever pair it is asked, as a stale fake would."""
    return respx_mock.get(url__startswith=f"{BASE}/trains/between/").respond(
        json=recorded(recording)
    )


async def test_a_recording_of_another_journey_gives_way_to_the_timetable_naming_railradar(
    railradar: RailRadarProvider, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    asked = between(respx_mock, "between_SBC_ERS_by_city")  # Bengaluru → Kochi's trains
    chain = ProviderChain([railradar], Timetable(), INDEX)

    with caplog.at_level(logging.WARNING, logger="app.railways.chain"):
        answer = await chain.trains_between("MMCT", "NDLS", None, by_city=True)

    assert asked.called
    assert [item.train.number for item in answer.data] == ["12951"]
    assert answer.source == "offline" and answer.mismatched == "railradar"
    (record,) = [r for r in caplog.records if "another journey" in r.getMessage()]
    assert (record.__dict__["provider"], record.__dict__["listed"], record.__dict__["kept"]) == (
        "railradar",
        3,
        0,
    )
    assert record.__dict__["from_code"] == "MMCT" and record.__dict__["to_code"] == "NDLS"


async def test_with_no_timetable_the_answer_is_none_and_says_whose_did_not_match(
    railradar: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    between(respx_mock, "between_SBC_ERS_by_city")
    chain = ProviderChain([railradar], Timetable(loaded=False), INDEX)

    answer = await chain.trains_between("MMCT", "NDLS", None, by_city=True)

    assert answer.data == [] and answer.source == "railradar"
    assert answer.mismatched == "railradar"


async def test_the_journey_s_own_trains_pass_and_the_timetable_is_not_asked(
    railradar: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    between(respx_mock, "between_SBC_ERS_by_city")
    timetable = Timetable()
    chain = ProviderChain([railradar], timetable, INDEX)

    # Bengaluru's SMVB and Kochi's ERN are the asked cities' stations, by the station index
    answer = await chain.trains_between("SBC", "ERS", None, by_city=True)

    assert [item.train.number for item in answer.data] == ["12677", "16526", "22643"]
    assert answer.source == "railradar" and answer.mismatched is None
    assert timetable.asked == []


async def test_a_station_pair_answered_without_per_train_stations_is_its_own(
    railradar: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    between(respx_mock, "between_NDLS_MMCT")  # 12952 names no stations: the pair's are its

    answer = await ProviderChain([railradar], Timetable(), INDEX).trains_between(
        "NDLS", "BCT", None
    )

    assert [item.train.number for item in answer.data] == ["12952", "12954"]
    assert answer.mismatched is None


def listed(number: str, origin: str, destination: str, city: str | None = None) -> TrainBetween:
    return TrainBetween(
        train=Train(number=number),
        from_station=Station(code=origin, name=origin),
        to_station=Station(code=destination, name=destination, city=city),
        departure=dt.time(6, 0),
        arrival=dt.time(12, 0),
    )


def test_only_trains_of_another_journey_altogether_are_dropped() -> None:
    trains = [
        listed("1", "NZM", "BVI"),  # Delhi's and Mumbai's other stations: the journey's
        listed("2", "SBC", "ERS"),  # another journey altogether
        listed("3", "VAPI", "BVI"),  # boarded nearest (RailRadar's documented Vapi → Borivali)
        listed("4", "NDLS", "XBVX", city="Mumbai"),  # a suburb the provider says is Mumbai's
        listed("5", "ndls", "bct"),  # lower case, and Mumbai Central's old code
        listed("6", "HWH", "MAS"),  # neither end asked
    ]

    kept = journey_trains(INDEX, trains, "NDLS", "MMCT")

    assert [item.train.number for item in kept] == ["1", "3", "4", "5"]


async def test_railradar_s_documented_train_boarded_nearest_the_asked_city_is_listed(
    railradar: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    # LIVE_PROVIDERS.md §1.7's documented answer for New Delhi → Mumbai Central: 22946 listed
    # from Vapi to Borivali (Mumbai); one end at an asked place is the journey's, not another's
    respx_mock.get(url__startswith=f"{BASE}/trains/between/").respond(
        json={
            "success": True,
            "data": {
                "from": {"code": "NDLS", "name": "New Delhi"},
                "to": {"code": "MMCT", "name": "Mumbai Central"},
                "count": 1,
                "trains": [
                    {
                        "train": {"number": "22946", "name": "Saurashtra Mail", "runDays": ["mon"]},
                        "from": {
                            "code": "VAPI",
                            "name": "Vapi",
                            "city": "Vapi",
                            "departure": "01:40",
                            "day": 2,
                            "sequence": 138,
                        },
                        "to": {
                            "code": "BVI",
                            "name": "Borivali",
                            "city": "Mumbai",
                            "arrival": "03:12",
                            "day": 3,
                            "sequence": 341,
                        },
                        "distance": 138.5,
                        "duration": 127,
                        "totalHaltsBetween": 1,
                    }
                ],
            },
        }
    )

    answer = await ProviderChain([railradar], Timetable(), INDEX).trains_between(
        "NDLS", "MMCT", None
    )

    assert [item.train.number for item in answer.data] == ["22946"]
    assert answer.source == "railradar" and answer.mismatched is None
