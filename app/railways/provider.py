"""The one interface every source of railway answers implements (live clients, offline store,
sample railway, cache, chain). Arguments are already validated and normalised by the caller:
station codes upper-case, train numbers 5 digits, PNRs 10 digits, class and quota codes
upper-case. A source that cannot answer a feature at all raises `NotOffered`, so that a chain
asks the next one."""

from __future__ import annotations

import datetime as dt
from typing import Final, Protocol

from app.railways.models import (
    CancelledTrain,
    ConfirmationChance,
    Fare,
    LiveStatus,
    PnrStatus,
    RescheduledTrain,
    SeatAvailability,
    Sourced,
    Station,
    StationBoard,
    Train,
    TrainBetween,
    TrainRoute,
)

# How many trains a train search returns unless asked for fewer or more.
TRAIN_SEARCH_LIMIT: Final = 10


class Provider(Protocol):
    """An async method per feature. Failures raise the errors in `app.errors`."""

    name: str

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]: ...

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        """The provider's estimate that a waitlisted or RAC booking will be confirmed."""
        ...

    async def station_by_name(self, name: str) -> Sourced[list[Station]]: ...

    async def station_by_code(self, code: str) -> Sourced[Station]: ...

    async def station_directory(self) -> Sourced[list[Station]]:
        """Every station code the source knows, with names and whether each is in service (for
        the local station index; one call instead of one per lookup)."""
        ...

    async def search_trains(
        self, query: str, limit: int = TRAIN_SEARCH_LIMIT
    ) -> Sourced[list[Train]]:
        """Trains whose number starts with `query` or whose name matches it ("mumbai rajdhani"),
        best first."""
        ...

    async def train_route(self, train: str) -> Sourced[TrainRoute]: ...

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        """Trains at `station` in the next `hours`: those still to leave, each saying whether
        it has started its run, and its expected times when known."""
        ...

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        """The run of `train` that starts from its origin on `start_date`: where it is, its
        state (not started, running, cancelled...) and the railway's changes to it."""
        ...

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        """The list of trains rescheduled on a date. Sources with no such list raise
        `NotOffered`: per train, `live_status` tells (never an invented list)."""
        ...

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        """The list of trains cancelled on a date; `NotOffered` as for `rescheduled_trains`."""
        ...

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        """Trains from one station to another (leaving on `on`, when given). With `by_city`,
        every station of the two stations' cities counts, so that "bangalore to kochi" is one
        question; each answer names the stations the train actually uses."""
        ...

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
