"""One `Provider` over a live provider (optional) and the offline timetable.

Static facts (stations, routes, station boards, trains between two stations) are asked of the
live provider first when there is one, and of the offline timetable when it is unreachable or
does not offer them; if the timetable cannot answer either, the live failure is reported. Live-
only facts (PNR, running status, seats, fares, cancellations, reschedulings) come from the live
provider, and its failures are reported as they are; without a live provider (or one lacking the
feature) they raise `NotOffered` naming the feature, unless the offline provider offers it. Every
answer keeps the `source` of whichever provider gave it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Final, TypeVar

from app.errors import NotOffered, TimetableNotLoaded, UpstreamUnavailable
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
from app.railways.provider import TRAIN_SEARCH_LIMIT, Provider

T = TypeVar("T")

# Features only a live source can answer (named as the Provider methods are).
LIVE_ONLY: Final = frozenset(
    {
        "pnr_status",
        "pnr_prediction",
        "station_directory",
        "live_status",
        "seat_availability",
        "fare",
        "cancelled_trains",
        "rescheduled_trains",
    }
)


class CompositeProvider:
    """Live first where it helps, the offline timetable where the live source cannot answer."""

    def __init__(self, live: Provider | None, offline: Provider) -> None:
        self.live = live
        self.offline = offline
        self.name = f"{live.name}+{offline.name}" if live is not None else offline.name

    # --- static facts: live first, offline behind it ----------------------------------------

    async def station_by_name(self, name: str) -> Sourced[list[Station]]:
        return await self._static(lambda p: p.station_by_name(name))

    async def station_by_code(self, code: str) -> Sourced[Station]:
        return await self._static(lambda p: p.station_by_code(code))

    async def search_trains(
        self, query: str, limit: int = TRAIN_SEARCH_LIMIT
    ) -> Sourced[list[Train]]:
        return await self._static(lambda p: p.search_trains(query, limit))

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        return await self._static(lambda p: p.train_route(train))

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        return await self._static(lambda p: p.departures(station, hours))

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        return await self._static(lambda p: p.trains_between(from_code, to_code, on, by_city))

    # --- live-only facts ------------------------------------------------------------------------

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        return await self._live_only("pnr_status", lambda p: p.pnr_status(pnr))

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        return await self._live_only("pnr_prediction", lambda p: p.pnr_prediction(pnr))

    async def station_directory(self) -> Sourced[list[Station]]:
        return await self._live_only("station_directory", lambda p: p.station_directory())

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        return await self._live_only("live_status", lambda p: p.live_status(train, start_date))

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        return await self._live_only("rescheduled_trains", lambda p: p.rescheduled_trains(on))

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        return await self._live_only("cancelled_trains", lambda p: p.cancelled_trains(on))

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
        return await self._live_only(
            "fare",
            lambda p: p.fare(train, from_code, to_code, journey_class, quota, age, on),
        )

    async def seat_availability(
        self,
        train: str,
        from_code: str,
        to_code: str,
        on: dt.date,
        journey_class: str,
        quota: str,
    ) -> Sourced[SeatAvailability]:
        return await self._live_only(
            "seat_availability",
            lambda p: p.seat_availability(train, from_code, to_code, on, journey_class, quota),
        )

    async def aclose(self) -> None:
        try:
            if self.live is not None:
                await self.live.aclose()
        finally:
            await self.offline.aclose()

    # --- routing --------------------------------------------------------------------------------

    async def _static(self, ask: Callable[[Provider], Awaitable[Sourced[T]]]) -> Sourced[T]:
        if self.live is None:
            return await ask(self.offline)
        try:
            return await ask(self.live)
        except (UpstreamUnavailable, NotOffered) as live_error:
            try:
                return await ask(self.offline)
            except (NotOffered, TimetableNotLoaded):
                # Nothing offline either: the live failure is what the traveller should hear.
                raise live_error from None

    async def _live_only(
        self, feature: str, ask: Callable[[Provider], Awaitable[Sourced[T]]]
    ) -> Sourced[T]:
        """The live provider's answer. The offline provider is consulted only when there is no
        live answer to be had at all (none configured, or it lacks the feature), so that an
        offline estimate, should it offer one, is used; otherwise `NotOffered` names the
        feature."""
        if self.live is not None:
            try:
                return await ask(self.live)
            except NotOffered as live_error:
                missing: NotOffered = live_error
        else:
            missing = NotOffered(feature, self.offline.name)
        try:
            return await ask(self.offline)
        except NotOffered:
            raise missing from None
