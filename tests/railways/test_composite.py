"""Composition of a live provider and the offline timetable: who answers what, and what the
traveller is told when nobody can."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest

from app.errors import (
    NotFound,
    NotOffered,
    TimetableNotLoaded,
    UpstreamAuthError,
    UpstreamUnavailable,
)
from app.railways.composite import LIVE_ONLY, CompositeProvider
from app.railways.models import (
    CancelledTrain,
    ConfirmationChance,
    Fare,
    LiveStatus,
    PnrStatus,
    RescheduledTrain,
    RouteStop,
    SeatAvailability,
    Sourced,
    Station,
    StationBoard,
    Train,
    TrainBetween,
    TrainRoute,
)
from app.railways.provider import Provider

T = TypeVar("T")
DAY = dt.date(2026, 12, 14)
AS_OF = dt.datetime(2026, 12, 14, 19, 0, tzinfo=dt.UTC)
SBC = Station(code="SBC", name="KSR BENGALURU")
NDLS = Station(code="NDLS", name="NEW DELHI")
TRAIN = Train(number="12627", name="KARNATAKA EXP")


class Scripted:
    """A provider that answers everything, or raises `failures[feature]` (or `failure`)."""

    def __init__(
        self,
        name: str,
        failure: Exception | None = None,
        failures: dict[str, Exception] | None = None,
    ) -> None:
        self.name = name
        self.failure = failure
        self.failures = failures or {}
        self.asked: list[str] = []
        self.closed = False

    async def _answer(self, feature: str, data: T) -> Sourced[T]:
        self.asked.append(feature)
        failure = self.failures.get(feature, self.failure)
        if failure is not None:
            raise failure
        return Sourced(data=data, source=self.name, as_of=AS_OF)

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        status = PnrStatus(
            pnr=pnr, train=TRAIN, journey_date=DAY, from_station=SBC, to_station=NDLS
        )
        return await self._answer("pnr_status", status)

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        return await self._answer("pnr_prediction", ConfirmationChance(percent=50))

    async def station_by_name(self, name: str) -> Sourced[list[Station]]:
        return await self._answer("station_by_name", [NDLS])

    async def station_directory(self) -> Sourced[list[Station]]:
        return await self._answer("station_directory", [NDLS])

    async def search_trains(self, query: str, limit: int = 10) -> Sourced[list[Train]]:
        return await self._answer("search_trains", [TRAIN])

    async def station_by_code(self, code: str) -> Sourced[Station]:
        return await self._answer("station_by_code", NDLS)

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        route = TrainRoute(train=TRAIN, stops=(RouteStop(seq=1, station=SBC),))
        return await self._answer("train_route", route)

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        return await self._answer(
            "departures", StationBoard(station=SBC, hours=hours, departures=())
        )

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        return await self._answer("live_status", LiveStatus(train=TRAIN, start_date=start_date))

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        return await self._answer("rescheduled_trains", [])

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        return await self._answer("cancelled_trains", [])

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        return await self._answer("trains_between", [])

    async def fare(
        self,
        train: str,
        from_code: str,
        to_code: str,
        journey_class: str,
        quota: str,
        age: int,
        on: dt.date,
    ) -> Sourced[Fare]:
        fare = Fare(
            train=TRAIN,
            from_station=SBC,
            to_station=NDLS,
            journey_class=journey_class,
            total=1285,
            approximate=self.name == "offline",
        )
        return await self._answer("fare", fare)

    async def seat_availability(
        self,
        train: str,
        from_code: str,
        to_code: str,
        on: dt.date,
        journey_class: str,
        quota: str,
    ) -> Sourced[SeatAvailability]:
        seats = SeatAvailability(
            train=TRAIN, from_station=SBC, to_station=NDLS, journey_class="SL", days=()
        )
        return await self._answer("seat_availability", seats)

    async def aclose(self) -> None:
        self.closed = True


def offline(**failures: Exception) -> Scripted:
    """The offline timetable: no live-only feature, unless a test says otherwise."""
    refusals: dict[str, Exception] = {f: NotOffered(f, "offline") for f in LIVE_ONLY}
    refusals.update(failures)
    return Scripted("offline", failures=refusals)


Ask = Callable[[Provider], Awaitable[Sourced[Any]]]

STATIC: dict[str, Ask] = {
    "station_by_name": lambda p: p.station_by_name("new delhi"),
    "station_by_code": lambda p: p.station_by_code("NDLS"),
    "train_route": lambda p: p.train_route("12627"),
    "departures": lambda p: p.departures("SBC", 2),
    "trains_between": lambda p: p.trains_between("SBC", "NDLS", DAY),
    "search_trains": lambda p: p.search_trains("rajdhani"),
}
LIVE: dict[str, Ask] = {
    "pnr_status": lambda p: p.pnr_status("4512345678"),
    "pnr_prediction": lambda p: p.pnr_prediction("4512345678"),
    "station_directory": lambda p: p.station_directory(),
    "live_status": lambda p: p.live_status("12627", DAY),
    "seat_availability": lambda p: p.seat_availability("12627", "SBC", "NDLS", DAY, "SL", "GN"),
    "fare": lambda p: p.fare("12627", "SBC", "NDLS", "3A", "GN", 30, DAY),
    "cancelled_trains": lambda p: p.cancelled_trains(DAY),
    "rescheduled_trains": lambda p: p.rescheduled_trains(DAY),
}


def test_the_live_only_features_are_the_ones_only_a_live_source_knows() -> None:
    assert set(LIVE) == LIVE_ONLY


@pytest.mark.parametrize("feature", STATIC)
async def test_static_facts_come_from_the_live_provider_when_it_answers(feature: str) -> None:
    live, timetable = Scripted("railwayapi"), offline()

    answer = await STATIC[feature](CompositeProvider(live, timetable))

    assert answer.source == "railwayapi"
    assert timetable.asked == []


@pytest.mark.parametrize("feature", STATIC)
@pytest.mark.parametrize(
    "failure",
    [UpstreamUnavailable("down"), UpstreamAuthError("quota"), NotOffered("x", "irctc1")],
    ids=["unavailable", "auth", "not-offered"],
)
async def test_static_facts_fall_back_to_offline_when_live_cannot_answer(
    feature: str, failure: Exception
) -> None:
    composite = CompositeProvider(Scripted("railwayapi", failure=failure), offline())

    answer = await STATIC[feature](composite)

    assert answer.source == "offline"


@pytest.mark.parametrize("feature", STATIC)
async def test_static_facts_come_from_offline_when_no_live_provider_is_configured(
    feature: str,
) -> None:
    answer = await STATIC[feature](CompositeProvider(None, offline()))

    assert answer.source == "offline"


async def test_a_live_not_found_is_the_answer_not_a_reason_to_fall_back() -> None:
    timetable = offline()
    composite = CompositeProvider(Scripted("railwayapi", failure=NotFound("no such")), timetable)

    with pytest.raises(NotFound):
        await composite.station_by_name("atlantis")

    assert timetable.asked == []


@pytest.mark.parametrize(
    "offline_failure",
    [NotOffered("departures", "offline"), TimetableNotLoaded("run `python -m app data fetch`")],
    ids=["not-offered", "not-loaded"],
)
async def test_when_live_is_down_and_offline_cannot_answer_the_outage_is_reported(
    offline_failure: Exception,
) -> None:
    timetable = offline(departures=offline_failure)
    composite = CompositeProvider(
        Scripted("railwayapi", failure=UpstreamUnavailable("down")), timetable
    )

    with pytest.raises(UpstreamUnavailable):
        await composite.departures("SBC", 2)


async def test_an_offline_miss_after_a_live_outage_is_reported_as_not_found() -> None:
    timetable = offline(station_by_code=NotFound("not in the 2016 data"))
    composite = CompositeProvider(
        Scripted("railwayapi", failure=UpstreamUnavailable("down")), timetable
    )

    with pytest.raises(NotFound):
        await composite.station_by_code("SMVB")


@pytest.mark.parametrize("feature", LIVE)
async def test_live_only_facts_come_from_the_live_provider(feature: str) -> None:
    live, timetable = Scripted("railwayapi"), offline()

    answer = await LIVE[feature](CompositeProvider(live, timetable))

    assert answer.source == "railwayapi"
    assert live.asked == [feature]
    assert timetable.asked == []


@pytest.mark.parametrize("feature", LIVE)
async def test_live_only_facts_without_a_live_provider_are_not_offered_by_name(
    feature: str,
) -> None:
    with pytest.raises(NotOffered) as refused:
        await LIVE[feature](CompositeProvider(None, offline()))

    assert (refused.value.feature, refused.value.provider) == (feature, "offline")


@pytest.mark.parametrize("feature", LIVE)
async def test_a_live_outage_on_a_live_only_fact_is_reported_as_an_outage(feature: str) -> None:
    timetable = offline()
    composite = CompositeProvider(
        Scripted("railwayapi", failure=UpstreamUnavailable("down")), timetable
    )

    with pytest.raises(UpstreamUnavailable):
        await LIVE[feature](composite)

    assert timetable.asked == []


async def test_a_live_provider_lacking_a_feature_says_so_by_its_own_name() -> None:
    irctc1 = Scripted(
        "irctc1", failures={"cancelled_trains": NotOffered("cancelled_trains", "irctc1")}
    )
    composite = CompositeProvider(irctc1, offline())

    with pytest.raises(NotOffered) as refused:
        await composite.cancelled_trains(DAY)

    assert (refused.value.feature, refused.value.provider) == ("cancelled_trains", "irctc1")


async def test_an_offline_estimate_is_used_when_there_is_no_live_provider() -> None:
    timetable = offline()
    del timetable.failures["fare"]  # this timetable can estimate fares

    answer = await CompositeProvider(None, timetable).fare(
        "12627", "SBC", "NDLS", "3A", "GN", 30, DAY
    )

    assert (answer.source, answer.data.approximate) == ("offline", True)


async def test_closing_closes_both_providers() -> None:
    live, timetable = Scripted("railwayapi"), offline()

    await CompositeProvider(live, timetable).aclose()

    assert live.closed and timetable.closed


def test_the_name_says_what_is_composed() -> None:
    assert CompositeProvider(Scripted("railwayapi"), offline()).name == "railwayapi+offline"
    assert CompositeProvider(None, offline()).name == "offline"
