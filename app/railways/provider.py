"""The one interface every source of railway answers implements (live clients, offline store,
cache, composition). Arguments are already validated and normalised by the caller: station codes
upper-case, train numbers 5 digits, PNRs 10 digits, class and quota codes upper-case."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from app.railways.models import (
    CancelledTrain,
    Fare,
    LiveStatus,
    PnrStatus,
    RescheduledTrain,
    SeatAvailability,
    Sourced,
    Station,
    StationBoard,
    TrainBetween,
    TrainRoute,
)


class Provider(Protocol):
    """An async method per feature. Failures raise the errors in `app.errors`."""

    name: str

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]: ...

    async def station_by_name(self, name: str) -> Sourced[list[Station]]: ...

    async def station_by_code(self, code: str) -> Sourced[Station]: ...

    async def train_route(self, train: str) -> Sourced[TrainRoute]: ...

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]: ...

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]: ...

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]: ...

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]: ...

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None
    ) -> Sourced[list[TrainBetween]]: ...

    async def fare(
        self,
        train: str,
        from_code: str,
        to_code: str,
        journey_class: str,
        quota: str,
        age: int,
        on: dt.date,
    ) -> Sourced[Fare]: ...

    async def seat_availability(
        self,
        train: str,
        from_code: str,
        to_code: str,
        on: dt.date,
        journey_class: str,
        quota: str,
    ) -> Sourced[SeatAvailability]: ...

    async def aclose(self) -> None: ...
