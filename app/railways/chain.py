"""Several providers as one: each question goes down the chain until one answers.

`RAILWAY_PROVIDER=railradar,irctc1` asks RailRadar first. A provider that does not offer the
feature (`NotOffered`) or cannot answer now (`UpstreamUnavailable`: an outage, a refused key, the
PNR system's maintenance, a spent call budget) hands the question to the next one, and the offline
timetable ends every chain. So does a provider that refuses a timetable question as asked (its
HTTP 400 for a route, a board or the trains between two stations: `InvalidArgument.refused_by`):
the timetable answers it, saying whose refusal it stands in for. A provider's real answer ends
the search, and so does what is a fact about the question itself (no such PNR, no such train, a
class the train does not have). A live provider's trains between two places that all go between
other places (a wrong or stale recording) are no answer either: the question goes on down the
chain, and the answer given names the provider passed over (`Sourced.mismatched`).

An answer served stale (the provider failed; its cache still knew) is kept while the providers
after it are asked for a fresh one; if none has one, the stale answer is given, with its age,
rather than the timetable's. When nobody can answer, the traveller hears the most telling
failure: a provider's outage or maintenance before "not offered", and before the timetable's own
"not loaded" or "not found" (the timetable is years old: it not knowing a train proves little).
Every answer keeps the `source` of whichever provider gave it, and one given while a provider is
paused for long (its 429 asked for hours, or its month's calls are spent) says until when
(`Sourced.paused`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from app.errors import (
    InvalidArgument,
    NotFound,
    NotInSample,
    NotOffered,
    RailwayError,
    UpstreamAuthError,
    UpstreamUnavailable,
)
from app.railways.journey_match import journey_trains
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
from app.railways.pause import pause_of
from app.railways.provider import TRAIN_SEARCH_LIMIT, Provider
from app.railways.stations import StationIndex

log = logging.getLogger(__name__)


class _OtherJourney(NotOffered):
    """A live provider's trains between two places all went between others: asked down the
    chain as a feature it does not offer is."""

T = TypeVar("T")
Ask = Callable[[Provider], Awaitable[Sourced[T]]]


class ProviderChain:
    """`Provider` over live providers in order, with the offline timetable (if any) last."""

    def __init__(
        self,
        live: Sequence[Provider],
        offline: Provider | None = None,
        index: StationIndex | None = None,
    ) -> None:
        """`index`: the stations and their cities, to tell a live provider's trains between
        other places than those asked (`journey_trains`); unchecked without it."""
        if not live and offline is None:
            raise ValueError("a provider chain needs at least one provider")
        self.live = tuple(live)
        self.offline = offline
        self.index = index
        everyone = [*self.live, *([offline] if offline is not None else [])]
        self.name = "+".join(provider.name for provider in everyone)

    # --- features -------------------------------------------------------------------------

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        return await self._ask("pnr_status", lambda p: p.pnr_status(pnr))

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        return await self._ask("pnr_prediction", lambda p: p.pnr_prediction(pnr))

    async def station_by_name(self, name: str) -> Sourced[list[Station]]:
        return await self._ask("station_by_name", lambda p: p.station_by_name(name))

    async def station_by_code(self, code: str) -> Sourced[Station]:
        return await self._ask("station_by_code", lambda p: p.station_by_code(code))

    async def station_directory(self) -> Sourced[list[Station]]:
        return await self._ask("station_directory", lambda p: p.station_directory())

    async def search_trains(
        self, query: str, limit: int = TRAIN_SEARCH_LIMIT
    ) -> Sourced[list[Train]]:
        return await self._ask("search_trains", lambda p: p.search_trains(query, limit))

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        return await self._ask("train_route", lambda p: p.train_route(train), timetable_too=True)

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        return await self._ask(
            "departures", lambda p: p.departures(station, hours), timetable_too=True
        )

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        return await self._ask("live_status", lambda p: p.live_status(train, start_date))

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        return await self._ask("rescheduled_trains", lambda p: p.rescheduled_trains(on))

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        return await self._ask("cancelled_trains", lambda p: p.cancelled_trains(on))

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        """A live provider's trains that go between other places than those asked are dropped;
        when none is left, its answer is passed over as if it did not offer the question, and the
        answer given instead (the timetable's, or an empty one when nobody has one) names it."""
        passed_over: list[Sourced[list[TrainBetween]]] = []

        async def ask(provider: Provider) -> Sourced[list[TrainBetween]]:
            answer = await provider.trains_between(from_code, to_code, on, by_city)
            if provider is self.offline or self.index is None or not answer.data:
                return answer
            kept = journey_trains(self.index, answer.data, from_code, to_code)
            if len(kept) < len(answer.data):
                log.warning(
                    "provider listed trains of another journey; dropped",
                    extra={
                        "provider": provider.name,
                        "feature": "trains_between",
                        "from_code": from_code,
                        "to_code": to_code,
                        "by_city": by_city,
                        "listed": len(answer.data),
                        "kept": len(kept),
                    },
                )
            if kept:
                return answer.model_copy(update={"data": kept})
            passed_over.append(answer.model_copy(update={"data": []}))
            raise _OtherJourney("trains_between", provider.name)

        try:
            found = await self._ask("trains_between", ask, timetable_too=True)
        except RailwayError:
            if not passed_over:
                raise
            found = passed_over[0]  # nobody else has the journey's trains: none, said why
        if not passed_over:
            return found
        names = "+".join(dict.fromkeys(answer.source for answer in passed_over))
        return found.model_copy(update={"mismatched": names})

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
        return await self._ask(
            "fare", lambda p: p.fare(train, from_code, to_code, journey_class, quota, age, on)
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
        return await self._ask(
            "seat_availability",
            lambda p: p.seat_availability(train, from_code, to_code, on, journey_class, quota),
        )

    async def aclose(self) -> None:
        failures: list[BaseException] = []
        for provider in (*self.live, *([self.offline] if self.offline is not None else [])):
            try:
                await provider.aclose()
            except Exception as exc:  # close the others all the same
                failures.append(exc)
        if failures:
            raise failures[0]

    # --- down the chain -----------------------------------------------------------------------

    async def _ask(self, feature: str, ask: Ask[T], *, timetable_too: bool = False) -> Sourced[T]:
        """`timetable_too`: a live provider's "no data" for a timetable question (IRCTC1's "No
        data found" for a train's schedule) is no proof while the timetable has the answer, so
        the timetable is asked before the traveller hears "couldn't find it"."""
        stale: Sourced[T] | None = None
        outage: UpstreamUnavailable | None = None
        refusal: InvalidArgument | None = None
        missing: NotOffered | None = None
        outages: list[tuple[str, UpstreamUnavailable]] = []
        failed: list[str] = []  # the providers that failed or refused, in the chain's order
        for provider in self.live:
            try:
                answer = await ask(provider)
            except NotOffered as exc:
                missing = missing or exc
                continue
            except NotFound as exc:
                if not timetable_too or isinstance(exc, NotInSample) or self.offline is None:
                    raise
                try:
                    return await ask(self.offline)
                except RailwayError:
                    raise exc from None
            except UpstreamUnavailable as exc:
                log.info(
                    "provider could not answer; asking the next",
                    extra={
                        "provider": provider.name,
                        "feature": feature,
                        "error": type(exc).__name__,
                    },
                )
                outage = outage or exc
                outages.append((provider.name, exc))
                failed.append(provider.name)
                continue
            except InvalidArgument as exc:
                if not timetable_too or not exc.refused_by:
                    raise
                log.info(
                    "provider refused the question; asking the next",
                    extra={"provider": provider.name, "feature": feature},
                )
                refusal = refusal or exc
                failed.append(provider.name)
                continue
            if not answer.stale:
                return answer
            stale = stale or answer
        if stale is not None:
            return stale
        timetable_failed = False
        if self.offline is not None:
            try:
                return _fallen_back(await ask(self.offline), outages, failed)
            except NotOffered as exc:
                missing = missing or exc
            except RailwayError:
                if outage is None and refusal is None:
                    raise
                timetable_failed = True
        if outage is not None:
            # Whether the traveller may be told that timetable questions still work.
            outage.timetable_answers = not timetable_failed and self._timetable_ready()
            # Who did not answer, so the traveller hears them named.
            outage.unanswered = "+".join(dict.fromkeys(provider for provider, _ in outages))
            raise outage
        if refusal is not None:
            raise refusal  # the provider's refusal, named: the timetable could not stand in
        raise missing or NotOffered(feature, self.name)

    def _timetable_ready(self) -> bool:
        """Whether the offline timetable can answer timetable questions (one is loaded)."""
        if self.offline is None:
            return False
        ready = getattr(self.offline, "ready", None)
        return bool(ready()) if callable(ready) else True


def _fallen_back(
    answer: Sourced[T], outages: Sequence[tuple[str, UpstreamUnavailable]], failed: Sequence[str]
) -> Sourced[T]:
    """The timetable's answer given because live providers failed or refused the question: with
    when live answers return when one is paused for long (the first such, in the chain's order),
    else with every one that did not answer, in order (`failed`, "railradar+irctc1": never only
    the first, as if the others had not been asked), and whether they all refused RailBot's key,
    or all refused the question as asked (`not_accepted`); as it is when none was asked (no live
    provider, or none offers the feature)."""
    pause = next(filter(None, (pause_of(exc) for _, exc in outages)), None)
    if pause is not None:
        return answer.model_copy(update={"paused": pause})
    if failed:
        names = "+".join(dict.fromkeys(failed))
        every_outage = len(outages) == len(failed)  # no refusal of the question among them
        refused = every_outage and all(isinstance(exc, UpstreamAuthError) for _, exc in outages)
        update = {"unanswered": names, "key_refused": refused, "not_accepted": not outages}
        return answer.model_copy(update=update)
    return answer
