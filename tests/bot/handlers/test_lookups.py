"""Which of a city's stations a train is asked about there: one rule for every question; and
the trains between two stations, asked once more city-wide when the stations have none."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import cast

import pytest

from app.bot.handlers.context import Context
from app.bot.handlers.lookups import city_stop, trains_between_pair
from app.errors import NotOffered, RailwayError
from app.railways.models import Sourced, Station, Train, TrainBetween
from app.railways.provider import Provider
from tests.bot.harness import INDEX, TZ

NOW = dt.datetime(2026, 12, 3, 8, 0, tzinfo=TZ)

BENGALURU = ("SBC", "YPR", "SMVB", "BNC")


def test_the_citys_main_station_where_the_train_calls_there() -> None:
    # 12628 comes in by Yesvantpur and ends at KSR Bengaluru City
    assert city_stop(BENGALURU, ["NDLS", "BPL", "YPR", "SBC"]) == "SBC"


def test_else_the_first_of_the_citys_stations_in_its_order_not_the_first_passed() -> None:
    # 12952 passes Borivali before Mumbai Central: Mumbai Central, the city's next station
    mumbai = ("CSMT", "MMCT", "LTT", "BVI")
    assert city_stop(mumbai, ["NDLS", "KOTA", "BVI", "MMCT"]) == "MMCT"
    assert city_stop(BENGALURU, ["NDLS", "BPL", "BNC", "SMVB"]) == "SMVB"


def test_none_where_the_train_calls_at_none_of_them() -> None:
    assert city_stop(BENGALURU, ["NDLS", "BPL", "KOTA"]) is None
    assert city_stop((), ["NDLS"]) is None


def mumbai_rajdhani(origin: str) -> TrainBetween:
    return TrainBetween(
        train=Train(number="12952", name="MUMBAI RAJDHANI"),
        from_station=Station(code=origin, name=origin),
        to_station=Station(code="MMCT", name="Mumbai Central"),
        departure=dt.time(16, 55),
        arrival=dt.time(8, 35),
    )


@dataclass
class Between:
    """A railway whose only train between the two stations asked is one of their cities'
    (none at BDTS itself), searched city-wide when `by_city_too`; each search asked recorded."""

    by_city_too: bool = True
    asked: list[tuple[str, str, bool]] = field(default_factory=list)
    name: str = "railradar"

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        self.asked.append((from_code, to_code, by_city))
        if by_city and not self.by_city_too:
            raise NotOffered("trains between cities", self.name)
        found = [mumbai_rajdhani(from_code)] if by_city or to_code == "MMCT" else []
        return Sourced(data=found, source="railradar", as_of=NOW)


def ctx_of(railway: Between) -> Context:
    return Context(provider=cast(Provider, railway), index=INDEX, now=NOW, user_id="u")


async def test_stations_with_no_train_between_them_are_asked_once_more_city_wide() -> None:
    railway = Between()
    found, city_wide = await trains_between_pair(ctx_of(railway), "NDLS", "BDTS", None)
    assert [item.train.number for item in found.data] == ["12952"] and city_wide
    assert railway.asked == [("NDLS", "BDTS", False), ("NDLS", "BDTS", True)]


async def test_stations_with_trains_between_them_are_asked_once() -> None:
    railway = Between()
    found, city_wide = await trains_between_pair(ctx_of(railway), "NDLS", "MMCT", None)
    assert found.data and not city_wide
    assert railway.asked == [("NDLS", "MMCT", False)]


async def test_a_railway_that_cannot_search_a_city_leaves_the_stations_answer() -> None:
    railway = Between(by_city_too=False)
    found, city_wide = await trains_between_pair(ctx_of(railway), "NDLS", "BDTS", None)
    assert (found.data, city_wide) == ([], False)
    assert railway.asked == [("NDLS", "BDTS", False), ("NDLS", "BDTS", True)]
    # asked city-wide from the start, it is asked between the stations instead
    railway.asked.clear()
    await trains_between_pair(ctx_of(railway), "NDLS", "BDTS", None, by_city=True)
    assert railway.asked == [("NDLS", "BDTS", True), ("NDLS", "BDTS", False)]


async def test_a_failed_first_search_is_the_callers_to_word() -> None:
    class Down(Between):
        async def trains_between(
            self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
        ) -> Sourced[list[TrainBetween]]:
            raise RailwayError("down")

    with pytest.raises(RailwayError):
        await trains_between_pair(ctx_of(Down()), "NDLS", "BDTS", None)
