"""RailRadar v1 (`https://api.railradar.in/v1`), mapped into our models.

Every call is a GET with `Authorization: Bearer <key>`; station codes and train numbers go in path
segments. Every answer is an envelope: `{"success": true, "data": ..., "meta": {...}}`, or
`{"success": false, "error": {"code", "message", "details"}}` with an HTTP status that says what
kind of failure it is. A 200 with `success: false`, or without `data`, is a failure too.

Errors in the domain's terms:

- `…NOT_FOUND` codes (the docs say `NOT_FOUND`, production sends `TRAIN_NOT_FOUND`,
  `STATION_NOT_FOUND`...) and 404: not found; for a PNR, `PnrNotFound` (never existed, or flushed).
- 400 `VALIDATION_ERROR`: the upstream refused the arguments.
- 401 and 403: the key is refused, the operator's problem: logged loudly, `UpstreamAuthError`.
- 429: the provider's rate or quota window is spent: every process stops calling it (the call
  budget is paused) and `UpstreamRateLimited` lets the cache serve what it knows.
- 503 `PRS:MAINTENANCE`: the railway's PNR system in its nightly window; `ServiceMaintenance`
  carries when it is back (`error.details.retryAfter`).
- other 5xx, timeouts: `UpstreamUnavailable`.

Shapes are read tolerantly, as recorded from real answers: keys are often absent rather than
null, run days come in either case, a board's `source`/`destination` are bare codes while other
answers give `{code, name}` objects, and times the provider predicts (`provenance: "predicted"`,
every time of a run not started) are kept apart from what happened.

RailRadar has no list of cancelled or rescheduled trains by date: per train, `live_status` says
(`status` and `exceptions[]`); the lists raise `NotOffered`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import time
from collections.abc import Mapping
from difflib import SequenceMatcher
from typing import Any, Final

import httpx

from app.errors import (
    ClassNotOnTrain,
    ConfigurationError,
    FareUnknown,
    InvalidArgument,
    InvalidPnr,
    NotFound,
    NotOffered,
    NotRunningOnDate,
    PnrNotFound,
    RailwayError,
    ServiceMaintenance,
    StationUnknownToProvider,
    UpstreamUnavailable,
)
from app.railways import vocabulary
from app.railways.budget import CallBudget, refused_for_rate
from app.railways.http import (
    DEADLINE_S,
    DELAY_MINUTES,
    RUN_DAYS,
    JsonObject,
    Sleep,
    UpstreamClient,
    amount,
    calendar_date,
    clock_time,
    decimal,
    flag,
    instant,
    integer,
    items,
    key_refused,
    kilometres,
    nearest,
    percent_text,
    pick,
    retry_after_s,
    text,
    the_train_asked,
)
from app.railways.models import (
    WEEKDAYS,
    BerthStatus,
    BoardState,
    CancelledTrain,
    ConfirmationChance,
    CurrentLocation,
    Departure,
    ExceptionKind,
    Fare,
    LiveStatus,
    LiveStop,
    Passenger,
    PnrStatus,
    RescheduledTrain,
    RouteStop,
    RunException,
    RunState,
    SeatAvailability,
    SeatDay,
    Sourced,
    Station,
    StationBoard,
    StatusKind,
    StopState,
    Train,
    TrainBetween,
    TrainRoute,
)
from app.railways.provider import TRAIN_SEARCH_LIMIT
from app.railways.railwayapi import INDIA, board_order
from app.railways.spelling import sound_key
from app.railways.status import inherit_berth, parse_status, seat_day
from app.store import Clock

log = logging.getLogger(__name__)

NAME: Final = "railradar"
DEFAULT_URL: Final = "https://api.railradar.in/v1"
# The station board's windows; a request is rounded up to the next one, then filtered.
BOARD_WINDOWS: Final = (2, 4, 6, 8)
# The only `limit` values the search endpoints take.
SEARCH_LIMITS: Final = (5, 10, 20, 50)
# Statuses whose bodies say what went wrong (everything else is a plain failure).
_ERROR_STATUSES: Final = (400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504)
# The endpoints whose 404 is a station RailRadar does not know (its path's codes came from
# RailBot's own directory): the trains between two stations, a station's board.
_STATION_ENDPOINTS: Final = frozenset({"between", "station_live"})

_RUN_STATES: Final[dict[str, RunState]] = {
    "running": RunState.RUNNING,
    "active": RunState.RUNNING,
    "not-started": RunState.NOT_STARTED,
    "not_started": RunState.NOT_STARTED,
    "notstarted": RunState.NOT_STARTED,
    "scheduled": RunState.NOT_STARTED,
    "completed": RunState.COMPLETED,
    "arrived": RunState.COMPLETED,
    "terminated": RunState.COMPLETED,
    "cancelled": RunState.CANCELLED,
    "canceled": RunState.CANCELLED,
    "partially-cancelled": RunState.PARTIALLY_CANCELLED,
    "partially_cancelled": RunState.PARTIALLY_CANCELLED,
    "partiallycancelled": RunState.PARTIALLY_CANCELLED,
    "diverted": RunState.DIVERTED,
    "rescheduled": RunState.RESCHEDULED,
}
_EXCEPTION_KINDS: Final[dict[str, ExceptionKind]] = {
    "CANCELLED": ExceptionKind.CANCELLED,
    "CANCELED": ExceptionKind.CANCELLED,
    "FULLY_CANCELLED": ExceptionKind.CANCELLED,
    "PARTIALLY_CANCELLED": ExceptionKind.PARTIALLY_CANCELLED,
    "PARTIALLY-CANCELLED": ExceptionKind.PARTIALLY_CANCELLED,
    "DIVERTED": ExceptionKind.DIVERTED,
    "RESCHEDULED": ExceptionKind.RESCHEDULED,
}
# What a run's announced change makes of a state the provider left as plain "running" or none.
_STATE_OF_EXCEPTION: Final[dict[ExceptionKind, RunState]] = {
    ExceptionKind.CANCELLED: RunState.CANCELLED,
    ExceptionKind.PARTIALLY_CANCELLED: RunState.PARTIALLY_CANCELLED,
    ExceptionKind.DIVERTED: RunState.DIVERTED,
    ExceptionKind.RESCHEDULED: RunState.RESCHEDULED,
}
_STOP_STATES: Final[dict[str, StopState]] = {
    **{state.value: state for state in StopState},
    # the words other answers (and clients) use for the same states
    "arrived": StopState.AT_STATION,
    "halted": StopState.AT_STATION,
    "passed": StopState.DEPARTED,
    "left": StopState.DEPARTED,
    "canceled": StopState.CANCELLED,
    "scheduled": StopState.UPCOMING,
}
# A live run's stations the railway changed: cancelled, left out or put on by a diversion.
_CHANGED_STOPS: Final = frozenset({StopState.CANCELLED, StopState.SKIPPED, StopState.DIVERTED})
_BOARD_STATES: Final[dict[str, BoardState]] = {
    **{state.value: state for state in BoardState},
    "canceled": BoardState.CANCELLED,
    "arrived": BoardState.AT_STATION,
}
_SEAT_KINDS: Final[dict[str, StatusKind]] = {
    "AVAILABLE": StatusKind.AVAILABLE,
    "WAITLIST": StatusKind.WL,
    "RAC": StatusKind.RAC,
    "REGRET": StatusKind.REGRET,
    "NOT_AVAILABLE": StatusKind.NOT_AVAILABLE,
}


# A calendar day's words when it gives only its `statusCode`.
_SEAT_WORDS: Final[dict[str, str]] = {
    "AVAILABLE": "AVAILABLE",
    "WAITLIST": "WL",
    "RAC": "RAC",
    "REGRET": "REGRET",
    "NOT_AVAILABLE": "NOT AVAILABLE",
}


class RailRadarProvider:
    """`Provider` over RailRadar v1."""

    name = NAME
    # Its `date` on trains-between only keeps the trains that run that day (each row carries its
    # run days and the day of its run it leaves the station): one undated answer, filtered here,
    # answers every date (app.railways.cache).
    between_by_run_day = True
    # Its fare takes no age (the adult fare): one answer serves every age (app.railways.cache).
    fare_by_age = False
    # Its seats answer is a calendar of about two weeks from the date asked: a fresh one answers
    # the later days it holds too (app.railways.cache).
    seats_calendar = True
    # Its board is one call for any window up to 8 hours: the widest, asked once, answers every
    # narrower question at that station while it is fresh (app.railways.cache).
    board_any_width_one_call = True

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        client: httpx.AsyncClient | None = None,
        clock: Clock = time.time,
        tz: dt.tzinfo = INDIA,
        deadline_s: float = DEADLINE_S,
        sleep: Sleep = asyncio.sleep,
        budget: CallBudget | None = None,
    ) -> None:
        key = api_key.strip()
        if not key:
            raise ConfigurationError("railradar needs RAILWAY_API_KEY")
        self._base = base_url.rstrip("/")
        self._clock = clock
        self._tz = tz
        self._budget = budget
        self._http = UpstreamClient(
            self.name,
            client=client,
            headers={"Authorization": f"Bearer {key}"},
            secrets=[key],
            deadline_s=deadline_s,
            sleep=sleep,
            budget=budget,
        )

    # --- PNR ------------------------------------------------------------------------------

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        number = vocabulary.require_pnr(pnr)
        data = _object(await self._call("pnr", f"/pnr/{number}", missing=PnrNotFound))
        train = _object(pick(data, "train"))
        train_number = text(pick(train, "number", "trainNumber"))
        journey_date = _journey_date(data, train)
        origin = _station(pick(train, "source"))
        destination = _station(pick(train, "destination"))
        boarding = _station(pick(train, "boardingPoint"))
        upto = _station(pick(train, "reservationUpto"))
        origin, destination = origin or boarding, destination or upto
        # The date may be missing (or null): the booking is still told, undated.
        if train_number is None or origin is None or destination is None:
            raise UpstreamUnavailable("railradar sent an incomplete PNR answer")
        charting = pick(data, "charting")
        passengers = tuple(
            _passenger(item, index)
            for index, item in enumerate(items(pick(data, "passengers")), start=1)
        )
        status = PnrStatus(
            # The number asked, not the echo: RailRadar may send it back with digits masked.
            pnr=number,
            train=Train(number=train_number, name=text(pick(train, "name")) or ""),
            journey_date=journey_date,
            from_station=origin,
            to_station=destination,
            boarding=boarding,
            upto=upto,
            journey_class=_upper(pick(train, "journeyClass", "class")),
            chart_prepared=_charted(charting),
            fare=amount(pick(train, "bookingFare", "ticketFare")),
            passengers=passengers,
        )
        return self._sourced(status)

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        number = vocabulary.require_pnr(pnr)
        data = _object(
            await self._call("pnr_prediction", f"/pnr/{number}/prediction", missing=PnrNotFound)
        )
        given, share = pick(data, "probabilityPercent"), pick(data, "probability")
        # The percent as a number or as text ("50", "50%"); else the share, which is 0-1 unless
        # it is written with its percent sign ("50%").
        percent = integer(given)
        if percent is None:
            percent = percent_text(given)
        if percent is None:
            percent = percent_text(share)
        if percent is None and (fraction := decimal(share)) is not None:
            percent = round(fraction * 100)
        if percent is not None and not 0 <= percent <= 100:
            percent = None
        chance = ConfirmationChance(
            percent=percent,
            grade=_upper(pick(data, "probabilityStatus", "status")),
            header=text(pick(data, "header")),
        )
        if chance.percent is None and chance.grade is None:
            raise UpstreamUnavailable("railradar sent a prediction without a chance")
        return self._sourced(chance)

    # --- stations and trains ----------------------------------------------------------------

    async def station_by_name(self, name: str) -> Sourced[list[Station]]:
        query = vocabulary.require_station_name(name)
        stations = [s for s in await self._search_stations(query) if _named_like(query, s)]
        if not stations:
            raise NotFound("no station by that name")
        return self._sourced(stations)

    async def station_by_code(self, code: str) -> Sourced[Station]:
        wanted = vocabulary.require_station_code(code)
        for station in await self._search_stations(wanted, active_only=False):
            if station.code == wanted:
                return self._sourced(station)
        raise NotFound("no station with that code")

    async def station_directory(self) -> Sourced[list[Station]]:
        data = await self._call("station_directory", "/lookup/stations")
        stations = _directory(data)
        if not stations:
            raise UpstreamUnavailable("railradar sent an empty station directory")
        return self._sourced(stations)

    async def search_trains(
        self, query: str, limit: int = TRAIN_SEARCH_LIMIT
    ) -> Sourced[list[Train]]:
        wanted = vocabulary.require_train_query(query)
        params = {"q": wanted, "limit": str(_search_limit(limit))}
        data = await self._call("search_trains", "/lookup/search/trains", params)
        trains = [train for item in items(data) if (train := _found_train(item)) is not None]
        if not trains:
            raise NotFound("no train by that name or number")
        return self._sourced(trains[: max(1, limit)])

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        number = vocabulary.require_train_number(train)
        data = _object(await self._call("schedule", f"/trains/{number}", {"haltsOnly": "true"}))
        the_train_asked(self.name, number, _train_number(data))
        stops: list[RouteStop] = []
        for item in items(pick(data, "route")):
            station = _station(pick(item, "station")) or _station_of_stop(item)
            if station is None:
                continue
            arrives, leaves = clock_time(pick(item, "arrival")), clock_time(pick(item, "departure"))
            arrival_day = integer(pick(item, "arrivalDay"), RUN_DAYS)
            departure_day = integer(pick(item, "departureDay"), RUN_DAYS)
            stops.append(
                RouteStop(
                    seq=len(stops) + 1,
                    station=station,
                    arrival=arrives,
                    departure=leaves,
                    day=max(1, arrival_day or departure_day or 1),
                    distance_km=kilometres(pick(item, "distance")),
                    halt_min=_halt(arrives, arrival_day, leaves, departure_day),
                    platform=_platform(pick(item, "platform")),
                    is_halt=flag(pick(item, "isHalt")) is not False,
                )
            )
        # Asked for halts only; a provider that sends every pass-through as well keeps the halts.
        halts = [stop for stop in stops if stop.is_halt]
        if len(halts) >= 2:
            stops = [stop.model_copy(update={"seq": n}) for n, stop in enumerate(halts, 1)]
        if not stops:
            raise UpstreamUnavailable("railradar sent a schedule without stops")
        info = _train(pick(data, "train")) or Train(number=number)
        info = info.model_copy(
            update={
                "from_code": info.from_code or stops[0].station.code,
                "to_code": info.to_code or stops[-1].station.code,
            }
        )
        return self._sourced(TrainRoute(train=info, stops=tuple(stops)))

    # --- live -------------------------------------------------------------------------------

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        code = vocabulary.require_station_code(station)
        asked = vocabulary.require_hours(hours)
        window = next((w for w in BOARD_WINDOWS if w >= asked), BOARD_WINDOWS[-1])
        data = _object(
            await self._call("station_live", f"/stations/{code}/live", {"hours": str(window)})
        )
        _require(data, "trains", what="a station board")
        now = self._now()
        until = now + dt.timedelta(hours=min(asked, window))
        board: list[Departure] = []
        for item in items(pick(data, "trains")):
            entry = self._board_entry(item, now)
            if entry is not None and _still_to_come(entry, now, until):
                board.append(entry)
        board.sort(key=lambda d: board_order(d) or now)
        here = _station(pick(data, "station")) or Station(code=code, name=code)
        shown = StationBoard(station=here, hours=min(asked, window), departures=tuple(board))
        return self._sourced(shown)

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        number = vocabulary.require_train_number(train)
        start = vocabulary.require_journey_date(start_date)
        data = _object(
            await self._call("live", f"/trains/{number}/live", {"date": start.isoformat()})
        )
        the_train_asked(self.name, number, _train_number(data))
        exceptions = tuple(
            exception
            for item in items(pick(data, "exceptions"))
            if (exception := _exception(item, self._tz)) is not None
        )
        state = _run_state(text(pick(data, "status")), exceptions)
        ran_from = calendar_date(pick(data, "startDate")) or start
        if (
            ran_from > self._now().date()
            and state in (RunState.RUNNING, RunState.COMPLETED, RunState.UNKNOWN)
            and items(pick(data, "route"))
        ):
            # A run that starts on a later day cannot have begun, whatever its answer says:
            # never "running", "reached" nor "on time" for it, only its timetable.
            state = RunState.NOT_STARTED
        not_started = state is RunState.NOT_STARTED
        stops = tuple(
            stop
            for item in items(pick(data, "route"))
            if (stop := _live_stop(item, not_started, start)) is not None
        )
        leaves = stops[0].scheduled_departure if stops else None
        exceptions = tuple(_moved_by_message(e, start, leaves, self._tz) for e in exceptions)
        exceptions, state = _cancelled_by_route(exceptions, state, stops)
        exceptions = tuple(_cut_by_route(e, stops) for e in exceptions)
        location = _location(pick(data, "currentLocation"))
        tracking = (text(pick(data, "trackingMode")) or "").lower()
        delay = _run_delay(data, stops)
        if not stops and location is None and delay is None and state is RunState.UNKNOWN:
            # Nothing of the run at all (`data` null or `{}`): no run to say is on its way, and
            # no "not cancelled" from silence.
            raise UpstreamUnavailable("railradar sent a run without anything of it")
        status = LiveStatus(
            train=_train(pick(data, "train"))
            or Train(number=number, name=text(pick(data, "trainName")) or ""),
            start_date=ran_from,
            current_station=location.station if location is not None else None,
            # A run not started echoes the timetable with a delay of 0: that is no "on time".
            delay_min=None if not_started else delay,
            updated_at=_moment(pick(data, "lastUpdatedAt")),
            stops=stops,
            state=state,
            estimated=flag(pick(data, "isLive")) is False
            or tracking not in ("", "real-time", "realtime"),
            location=location,
            exceptions=exceptions,
        )
        return self._sourced(status)

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        raise NotOffered("rescheduled_trains", self.name)

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        raise NotOffered("cancelled_trains", self.name)

    # --- journeys ---------------------------------------------------------------------------

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        origin = vocabulary.require_station_code(from_code)
        destination = vocabulary.require_station_code(to_code)
        if origin == destination:
            raise InvalidArgument(
                "the start and the end of the journey are the same station", problem="same_station"
            )
        params: dict[str, str] = {}
        if on is not None:
            params["date"] = vocabulary.require_journey_date(on).isoformat()
        if by_city:
            params["byCity"] = "true"
        data = _object(
            await self._call("between", f"/trains/between/{origin}/{destination}", params)
        )
        _require(data, "trains", what="trains between")
        top_from = _station(pick(data, "from")) or Station(code=origin, name=origin)
        top_to = _station(pick(data, "to")) or Station(code=destination, name=destination)
        trains = [
            between
            for item in items(pick(data, "trains"))
            if (between := _between(item, top_from, top_to)) is not None
        ]
        trains.sort(key=lambda t: (t.departure, t.train.number))
        return self._sourced(trains)

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
        number = vocabulary.require_train_number(train)
        params = self._journey(from_code, to_code, on, journey_class, quota)
        vocabulary.require_age(age)
        data = _object(
            await self._call("fare", f"/trains/{number}/fare", params, missing=ClassNotOnTrain)
        )
        breakdown = _object(pick(data, "breakdown"))
        parts = _fare_parts(breakdown)
        total = amount(pick(breakdown, "totalFare", "total"))
        if total is None:
            total = amount(pick(data, "totalFare", "fare"))
        if total is None and _has_base_fare(parts):
            # No total sent (its field names drift): the parts it did send add up to it. Never
            # without the base fare, whose charges alone are no fare.
            total = sum(parts.values())
        if total is None:
            raise FareUnknown("railradar sent a fare with neither a total nor its parts")
        if total < 0:
            raise UpstreamUnavailable("railradar sent a fare below nothing")
        if total == 0:
            # No fare is nothing: a class or a pair it does not sell, as its 404 says, never "₹0".
            raise ClassNotOnTrain(f"railradar priced {params['classCode']} at nothing")
        fare = Fare(
            train=Train(number=number, name=text(pick(data, "trainName")) or ""),
            from_station=Station(code=params["source"], name=params["source"]),
            to_station=Station(code=params["destination"], name=params["destination"]),
            journey_class=params["classCode"],
            quota=params["quotaCode"],
            total=total,
            breakdown=parts,
            # Premium Tatkal is priced dynamically: what is quoted now can change.
            approximate=params["quotaCode"] == "PT",
        )
        return self._sourced(fare)

    async def seat_availability(
        self,
        train: str,
        from_code: str,
        to_code: str,
        on: dt.date,
        journey_class: str,
        quota: str,
    ) -> Sourced[SeatAvailability]:
        number = vocabulary.require_train_number(train)
        params = self._journey(from_code, to_code, on, journey_class, quota)
        data = _object(
            await self._call("seats", f"/trains/{number}/seats", params, missing=ClassNotOnTrain)
        )
        _require(data, "calendar", "avlDayList", "availability", what="seat availability")
        days = [
            day
            for item in items(pick(data, "calendar", "avlDayList", "availability"))
            if (day := _seat_day(item)) is not None
        ]
        if not days:
            raise NotFound("no availability for this journey")
        days.sort(key=lambda day: day.date)
        availability = SeatAvailability(
            train=Train(number=number, name=text(pick(data, "trainName")) or ""),
            from_station=Station(code=params["source"], name=params["source"]),
            to_station=Station(code=params["destination"], name=params["destination"]),
            journey_class=params["classCode"],
            quota=_upper(pick(data, "quotaCode")) or params["quotaCode"],
            days=tuple(days),
        )
        return self._sourced(availability)

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- plumbing ---------------------------------------------------------------------------

    async def _call(
        self,
        endpoint: str,
        path: str,
        params: Mapping[str, str] | None = None,
        *,
        missing: type[RailwayError] = NotFound,
    ) -> Any:
        """The `data` of a successful answer, else the domain error its failure means."""
        answer = await self._http.get(
            self._base + path,
            endpoint=endpoint,
            params=params,
            accept_status=_ERROR_STATUSES,
        )
        body = answer.body
        if answer.status == 200 and body.get("success") is True and "data" in body:
            return body["data"]
        error = pick(body, "error")
        code = (text(pick(error, "code")) or "").upper()
        message = text(pick(error, "message")) or text(pick(body, "message")) or ""
        status = answer.status
        if code.startswith("PRS:MAINTENANCE") or code.startswith("PRS_MAINTENANCE"):
            back = instant(pick(pick(error, "details"), "retryAfter"))
            raise ServiceMaintenance(
                "the railway's PNR system is in its nightly maintenance",
                back_at=back,
                pnr=endpoint.startswith("pnr"),
            )
        if status in (401, 403):
            raise key_refused(self.name, endpoint, f"HTTP {status}")
        if status == 429:
            wait = retry_after_s(answer.headers, self._now())
            await refused_for_rate(self._budget, self.name, message, wait, self._now())
        if code.endswith("NOT_FOUND") or status == 404:
            if endpoint in _STATION_ENDPOINTS:
                # A station RailBot knows and RailRadar does not: its gap, not "no trains".
                raise StationUnknownToProvider("railradar does not know that station")
            if "CLASS" in code:
                raise ClassNotOnTrain("the train has no such class")
            raise missing("railradar has no data for this query")
        if "NOT_RUNNING" in code or "NOT_RUN" in code:
            raise NotRunningOnDate("the train does not run on that date")
        if code == "VALIDATION_ERROR" or status in (400, 422):
            if endpoint.startswith("pnr"):  # the only argument is the PNR: its digits are wrong
                raise InvalidPnr("railradar refused the PNR")
            raise InvalidArgument("railradar refused the arguments", refused_by=self.name)
        raise UpstreamUnavailable(
            f"railradar could not answer (HTTP {status}{', ' + code if code else ''})"
        )

    async def _search_stations(self, query: str, *, active_only: bool = True) -> list[Station]:
        params = {"q": query, "limit": "10"}
        data = await self._call("search_stations", "/lookup/search/stations", params)
        stations = [station for item in items(data) if (station := _station(item)) is not None]
        # Codes kept for history but no longer served are not offered to travellers.
        return [s for s in stations if s.active is not False] if active_only else stations

    def _journey(
        self, from_code: str, to_code: str, on: dt.date, journey_class: str, quota: str
    ) -> dict[str, str]:
        origin = vocabulary.require_station_code(from_code)
        destination = vocabulary.require_station_code(to_code)
        return {
            "source": origin,
            "destination": destination,
            "journeyDate": vocabulary.require_journey_date(on).isoformat(),
            "classCode": vocabulary.require_journey_class(journey_class),
            "quotaCode": vocabulary.require_quota(quota),
        }

    def _board_entry(self, item: JsonObject, now: dt.datetime) -> Departure | None:
        train = _train(pick(item, "train"))
        if train is None:
            return None
        stop = _object(pick(item, "stop"))
        live = _object(pick(item, "live"))
        start = calendar_date(pick(live, "startDate"))
        day = max(1, integer(pick(stop, "day", "arrivalDay", "departureDay"), RUN_DAYS) or 1)
        arrives, leaves = clock_time(pick(stop, "arrival")), clock_time(pick(stop, "departure"))
        scheduled_arrival = self._on_day(start, day, arrives, now)
        scheduled_departure = self._on_day(start, day, leaves, now)
        if (
            scheduled_arrival is not None
            and scheduled_departure is not None
            and scheduled_departure < scheduled_arrival
        ):
            scheduled_departure += dt.timedelta(days=1)
        if scheduled_arrival is None and scheduled_departure is None:
            return None
        delay = integer(pick(live, "delayMinutes"), DELAY_MINUTES)
        state = _BOARD_STATES.get(_state_word(pick(live, "type")), BoardState.UNKNOWN)
        if not live:
            state = BoardState.SCHEDULED
        expected_arrival = _moment(pick(live, "expectedArrivalTime"))
        expected_departure = _moment(pick(live, "expectedDepartureTime"))
        if state is BoardState.CANCELLED:  # it will not come: no time to expect it at
            expected_arrival = expected_departure = None
            delay = None
        if delay is not None:
            # Some boards send only the delay: the expected time is the timetable's plus it.
            later = dt.timedelta(minutes=delay)
            if expected_arrival is None and scheduled_arrival is not None:
                expected_arrival = scheduled_arrival + later
            if expected_departure is None and scheduled_departure is not None:
                expected_departure = scheduled_departure + later
        return Departure(
            train=train,
            scheduled_arrival=scheduled_arrival,
            scheduled_departure=scheduled_departure,
            expected_arrival=expected_arrival,
            expected_departure=expected_departure,
            # Before its run starts a train's "delay" is the timetable echoed back (0); a late
            # start the source expects (a delay, and a later expected time) is a delay.
            delay_min=None if state is BoardState.NOT_STARTED and not delay else delay,
            platform=_platform(pick(stop, "platform")),
            from_code=train.from_code,
            to_code=train.to_code,
            state=state,
            departed_at=_moment(pick(live, "departedAt")),
            start_date=start,
        )

    def _on_day(
        self, start: dt.date | None, day: int, at: dt.time | None, now: dt.datetime
    ) -> dt.datetime | None:
        """A board time on its run's day; without the run's start date, the day nearest now."""
        if at is None:
            return None
        if start is not None:
            return dt.datetime.combine(start + dt.timedelta(days=day - 1), at, tzinfo=self._tz)
        return nearest(at, now)

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock(), self._tz)

    def _sourced(self, data: Any) -> Sourced[Any]:
        return Sourced(data=data, source=self.name, as_of=self._now())


# --- reading RailRadar's shapes ---------------------------------------------------------------


def _state_word(value: Any) -> str:
    """A state as RailRadar's lower-case, hyphenated words: "AT_STATION", "At Station" and
    "at-station" alike."""
    return re.sub(r"[\s_]+", "-", (text(value) or "").strip().lower())


def _object(value: Any) -> JsonObject:
    return value if isinstance(value, dict) else {}


def _require(data: JsonObject, *keys: str, what: str) -> None:
    """An answer whose list is missing altogether (`data` null or `{}`) is a broken answer, not
    an empty list: never "no trains" or "no seats" from it. A list sent empty (or null) is."""
    if not any(key in data for key in keys):
        raise UpstreamUnavailable(f"railradar sent {what} without its list")


def _upper(value: Any) -> str | None:
    word = text(value)
    return word.upper() if word else None


def _station(value: Any) -> Station | None:
    """A station given as `{code, name, city, lat, lng, isActive}` or as a bare code."""
    if isinstance(value, str):
        bare = vocabulary.parse_station_code(value)
        return Station(code=bare, name=bare) if bare else None
    code = _upper(pick(value, "code", "stationCode"))
    if code is None:
        return None
    return Station(
        code=code,
        name=text(pick(value, "name", "stationName")) or code,
        city=text(pick(value, "city")),
        lat=decimal(pick(value, "lat")),
        lng=decimal(pick(value, "lng", "lon")),
        active=flag(pick(value, "isActive", "active")),
    )


def _station_of_stop(item: JsonObject) -> Station | None:
    code = _upper(pick(item, "stationCode"))
    if code is None:
        return None
    return Station(
        code=code,
        name=text(pick(item, "stationName")) or code,
        lat=decimal(pick(item, "lat")),
        lng=decimal(pick(item, "lng")),
    )


# How close a station's name (a word of it, or its city) must sound to the name searched for it
# to be that station: RailRadar's search ranks weakly and answers a name it does not know with
# stations of other names (§1.8), never to be told as the station asked.
_NAMED_LIKE: Final = 0.6


def _named_like(query: str, station: Station) -> bool:
    """Whether `station` is one the name `query` may mean: its code, or a name or city that
    sounds like the query, whole or word for word ("bangalore" for KSR Bengaluru, "egmore" for
    Chennai Egmore); not "xyzq" for Chennai Egmore."""
    if query.strip().upper() == station.code.upper():
        return True
    said = _sounded_words(query)
    if not said:
        return True
    known = _sounded_words(f"{station.name} {station.city or ''}")
    asked = {"".join(_sounded_words_in_order(query))} | said
    names = known | {"".join(_sounded_words_in_order(station.name))}
    return any(
        word in name or SequenceMatcher(None, word, name).ratio() >= _NAMED_LIKE
        for word in asked
        for name in names
    )


def _sounded_words_in_order(text: str) -> list[str]:
    """The words of `text` of three letters or more, lower case, each as it sounds."""
    return [sound_key(word) for word in re.split(r"[^a-z]+", text.lower()) if len(word) >= 3]


def _sounded_words(text: str) -> set[str]:
    return set(_sounded_words_in_order(text))


def _run_days(value: Any) -> tuple[str, ...] | None:
    """`["mon", "tue"]` or `["MON"]` (either case), or a `{mon: true}` map."""
    if isinstance(value, dict):
        running = {str(k).strip().upper()[:3] for k, v in value.items() if flag(v)}
    elif isinstance(value, list):
        running = {v.strip().upper()[:3] for v in value if isinstance(v, str)}
    elif isinstance(value, str) and value.strip():
        if value.strip().lower() == "daily":
            return WEEKDAYS
        running = {part.strip().upper()[:3] for part in re.split(r"[,\s]+", value)}
    else:
        return None
    return tuple(day for day in WEEKDAYS if day in running)


def _classes(value: Any) -> tuple[str, ...]:
    listed = value if isinstance(value, list) else []
    return tuple(code for item in listed if (code := _upper(item)))


def _train_number(data: Any) -> Any:
    """The number of the train an answer is about: its `train`'s, else its own `trainNumber`."""
    return pick(pick(data, "train"), "number", "trainNumber") or pick(data, "trainNumber")


def _train(value: Any) -> Train | None:
    number = text(pick(value, "number", "trainNumber"))
    if number is None:
        return None
    source, destination = pick(value, "source"), pick(value, "destination", "dest")
    origin, terminus = _station(source), _station(destination)
    return Train(
        number=number,
        name=text(pick(value, "name", "trainName")) or "",
        type=text(pick(value, "type")),
        run_days=_run_days(pick(value, "runDays")),
        classes=_classes(pick(value, "availableClasses", "classes")),
        coach_position=text(pick(value, "coachPosition")),
        from_code=origin.code if origin else None,
        to_code=terminus.code if terminus else None,
        from_name=origin.name if origin and origin.name != origin.code else None,
        to_name=terminus.name if terminus and terminus.name != terminus.code else None,
    )


def _found_train(item: JsonObject) -> Train | None:
    """A train search hit: `{number, name, source, sourceName, dest, destName, type}` (the spec
    says `destination`; production sends `dest`)."""
    number = text(pick(item, "number", "trainNumber"))
    if number is None:
        return None
    return Train(
        number=number,
        name=text(pick(item, "name", "trainName")) or "",
        type=text(pick(item, "type")),
        from_code=_code_text(pick(item, "source")),
        to_code=_code_text(pick(item, "dest", "destination")),
        from_name=text(pick(item, "sourceName")),
        to_name=text(pick(item, "destName", "destinationName")),
    )


def _code_text(value: Any) -> str | None:
    if isinstance(value, dict):
        return _upper(pick(value, "code"))
    return _upper(value)


def _directory(data: Any) -> list[Station]:
    """The bulk directory: a `{code: name}` map, or `{code: {name, isActive, city}}`, or a list
    of station objects."""
    stations: list[Station] = []
    if isinstance(data, dict):
        entries = pick(data, "stations")
        if isinstance(entries, (dict, list)):
            return _directory(entries)
        for code, value in data.items():
            parsed = vocabulary.parse_station_code(str(code))
            if parsed is None:
                continue
            if isinstance(value, str):
                name = text(value)
                if name:
                    stations.append(Station(code=parsed, name=name))
            elif isinstance(value, dict):
                station = _station({"code": parsed, **value})
                if station is not None:
                    stations.append(station)
    elif isinstance(data, list):
        stations = [station for item in items(data) if (station := _station(item)) is not None]
    return stations


def _search_limit(limit: int) -> int:
    return next((allowed for allowed in SEARCH_LIMITS if allowed >= limit), SEARCH_LIMITS[-1])


def _platform(value: Any) -> str | None:
    word = text(value)
    if word is None or word in ("0", "-", "--"):
        return None
    return word


def _halt(
    arrives: dt.time | None, arrival_day: int | None, leaves: dt.time | None, leave_day: int | None
) -> int | None:
    if arrives is None or leaves is None:
        return None
    minutes = (leaves.hour * 60 + leaves.minute) - (arrives.hour * 60 + arrives.minute)
    minutes += ((leave_day or 1) - (arrival_day or 1)) * 24 * 60
    if minutes < 0:
        minutes += 24 * 60
    return minutes


_DATE_KEYS: Final = ("journeyDate", "dateOfJourney", "boardingDate", "trainDate", "date")


def _journey_date(data: JsonObject, train: JsonObject) -> dt.date | None:
    """A booking's day of journey: the train's `journeyDate`, else any other date the answer
    gives of it (a boarding date, on the train, its boarding point or the answer itself); None
    when it gives none (RailRadar's answer without `journeyDate`)."""
    boarding = _object(pick(train, "boardingPoint"))
    for where in (train, data, boarding):
        day = calendar_date(pick(where, *_DATE_KEYS))
        if day is not None:
            return day
    return None


def _charted(charting: Any) -> bool:
    """Whether the chart is prepared: `charting.isPrepared`, else its `status` words ("Chart
    Prepared", "Chart Not Prepared")."""
    prepared = flag(pick(charting, "isPrepared", "prepared"))
    if prepared is not None:
        return prepared
    words = (text(pick(charting, "status")) or "").lower()
    return "prepared" in words and "not" not in words


def _passenger(item: JsonObject, index: int) -> Passenger:
    booking = _berth(pick(item, "booking"))
    current = _berth(pick(item, "current"))
    if current.kind is StatusKind.UNKNOWN and flag(pick(item, "isCancelled")):
        current = BerthStatus(raw=current.raw or "CAN", kind=StatusKind.CAN)
    return Passenger(
        number=integer(pick(item, "serialNumber", "number")) or index,
        booking=booking,
        current=inherit_berth(booking, current),
    )


def _berth(value: Any) -> BerthStatus:
    """A passenger status from `{status, quota, berthNo, formatted}` (the values' formats are not
    recorded: "CNF/B1/23/LB", "B1 23", "RAC 12", "WL 45", "CNF", numbers, nulls): the formatted
    text when it reads as something, else the status with the berth number; a confirmed or RAC
    status without its seat takes it from `berthNo`."""
    formatted = text(pick(value, "formatted"))
    status = text(pick(value, "status")) or ""
    berth_no = text(pick(value, "berthNo", "berth"))
    quota = _upper(pick(value, "quota"))
    parsed = parse_status(formatted or "")
    for said in (" ".join(part for part in (status, berth_no) if part), status, berth_no):
        if parsed.kind is not StatusKind.UNKNOWN:
            break
        if said:
            parsed = parse_status(said)
    if parsed.kind is StatusKind.UNKNOWN:
        # Words the railway said are shown as they are; a bare number or a placeholder says
        # nothing (the booking's status then stands in).
        words = next((said for said in (formatted, status) if said and _has_letters(said)), "")
        parsed = BerthStatus(raw=words, kind=StatusKind.UNKNOWN)
    parsed = _seat_from(parsed, berth_no)
    if quota and parsed.quota is None and quota in vocabulary.QUOTAS:
        parsed = parsed.model_copy(update={"quota": quota})
    return parsed


def _has_letters(words: str) -> bool:
    return any(character.isalpha() for character in words)


def _seat_from(parsed: BerthStatus, berth_no: str | None) -> BerthStatus:
    """A confirmed or RAC status that does not say its seat, given it by `berthNo` ("23",
    "B1/23/LB", "S4 33"); a berth 0 is no berth."""
    if parsed.berth == 0:
        parsed = parsed.model_copy(update={"berth": None})
    seatless = parsed.berth is None and parsed.position is None
    if parsed.kind not in (StatusKind.CNF, StatusKind.RAC) or not seatless or not berth_no:
        return parsed
    seat = parse_status(f"{parsed.kind.value} {berth_no}")
    if seat.kind is not parsed.kind or not (seat.berth or seat.position):
        return parsed
    return parsed.model_copy(
        update={
            "coach": parsed.coach or seat.coach,
            "berth": seat.berth or None,
            "berth_type": parsed.berth_type or seat.berth_type,
            "position": seat.position,
        }
    )


def _run_state(status: str | None, exceptions: tuple[RunException, ...]) -> RunState:
    word = (status or "").strip().lower().replace(" ", "-")
    state = _RUN_STATES.get(word, RunState.UNKNOWN)
    if state in (RunState.RUNNING, RunState.UNKNOWN, RunState.NOT_STARTED):
        for exception in exceptions:
            announced = _STATE_OF_EXCEPTION.get(exception.kind)
            if announced is RunState.CANCELLED:
                return announced
            if announced is not None and state is not RunState.NOT_STARTED:
                return announced
    return state


def _moment(
    value: Any,
    start: dt.date | None = None,
    day: int | None = None,
    near: dt.datetime | None = None,
) -> dt.datetime | None:
    """A moment RailRadar gives: full ISO-8601 with its offset (as recorded); one without an
    offset, in India's time (RailRadar speaks of Indian trains only); or a bare "HH:MM": the
    one nearest `near` (a late arrival past midnight is the next day), else on the run's `day`
    (1-based) from its `start`."""
    moment = instant(value)
    if moment is not None or not isinstance(value, str):
        return moment
    try:
        naive = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        naive = None
    if naive is not None and naive.tzinfo is None and len(value.strip()) > 10:
        return naive.replace(tzinfo=INDIA)
    at = clock_time(value)
    if at is not None and near is not None:
        return nearest(at, near)
    if at is None or start is None:
        return None
    return dt.datetime.combine(start + dt.timedelta(days=max(1, day or 1) - 1), at, tzinfo=INDIA)


def _live_stop(item: JsonObject, not_started: bool, start: dt.date) -> LiveStop | None:
    station = _station_of_stop(item) or _station(pick(item, "station"))
    if station is None:
        return None
    state = _STOP_STATES.get(_state_word(pick(item, "status")), StopState.UNKNOWN)
    predicted = not_started or (text(pick(item, "provenance")) or "").lower() == "predicted"
    reached = not predicted and state in (StopState.DEPARTED, StopState.AT_STATION)
    departed = not predicted and state is StopState.DEPARTED
    arrival_day = integer(pick(item, "arrivalDay"), RUN_DAYS)
    departure_day = integer(pick(item, "departureDay"), RUN_DAYS) or arrival_day
    due_in = _moment(pick(item, "scheduledArrival"), start, arrival_day)
    due_out = _moment(pick(item, "scheduledDeparture"), start, departure_day)
    arrival = _moment(pick(item, "actualArrival"), start, arrival_day, due_in or due_out)
    departure = _moment(pick(item, "actualDeparture"), start, departure_day, due_out or due_in)
    late_arrival, late_departure = (
        integer(pick(item, "delayArrival"), DELAY_MINUTES),
        integer(pick(item, "delayDeparture"), DELAY_MINUTES),
    )
    delay = late_departure if departed or late_arrival is None else late_arrival
    return LiveStop(
        station=station,
        day=max(1, integer(pick(item, "arrivalDay", "departureDay"), RUN_DAYS) or 1),
        distance_km=kilometres(pick(item, "distance")),
        scheduled_arrival=due_in,
        scheduled_departure=due_out,
        actual_arrival=arrival if reached else None,
        actual_departure=departure if departed else None,
        expected_arrival=None if reached else arrival,
        expected_departure=None if departed else departure,
        has_arrived=reached,
        has_departed=departed,
        delay_min=None if not_started else delay,
        platform=_platform(pick(item, "platform")),
        is_halt=flag(pick(item, "isHalt")) is not False,
        # A run not started is ahead everywhere, except where the railway changed its stations.
        state=StopState.UPCOMING if not_started and state not in _CHANGED_STOPS else state,
    )


def _run_delay(data: JsonObject, stops: tuple[LiveStop, ...]) -> int | None:
    """How late the run is: its `delayMinutes`, else its current location's (both REAL), else
    the delay at the last station it got to; None when nothing says."""
    delay = integer(pick(data, "delayMinutes"), DELAY_MINUTES)
    if delay is None:
        delay = integer(pick(pick(data, "currentLocation"), "delayMinutes"), DELAY_MINUTES)
    if delay is None:
        reached = [stop for stop in stops if stop.has_arrived or stop.has_departed]
        delay = reached[-1].delay_min if reached else None
    return delay


def _location(value: Any) -> CurrentLocation | None:
    station = _station_of_stop(value) if isinstance(value, dict) else None
    if station is None:
        return None
    where = _object(pick(value, "coordinates"))
    return CurrentLocation(
        station=station,
        at_station=_STOP_STATES.get(_state_word(pick(value, "status"))) is StopState.AT_STATION,
        is_halt=flag(pick(value, "isHalt")),
        distance_from_origin_km=decimal(pick(value, "distanceFromOriginKm")),
        distance_from_station_km=decimal(pick(value, "distanceFromLastStationKm")),
        lat=decimal(pick(where, "lat")),
        lng=decimal(pick(where, "lng")),
    )


def _stations(value: Any) -> tuple[Station, ...]:
    found = [_station(item) for item in (value if isinstance(value, list) else [])]
    return tuple(station for station in found if station is not None)


def _exception(item: JsonObject, tz: dt.tzinfo) -> RunException | None:
    """One of `exceptions[]`: `{type, message, diverted{from, to, divertedStations[],
    skippedStations[]}, partiallyCancelled, rescheduled}`. The inner shapes of the last two were
    never seen; the likely spellings are read, and the message is kept either way."""
    word = (text(pick(item, "type")) or "").upper().replace(" ", "_")
    kind = _EXCEPTION_KINDS.get(word) or _exception_kind(word)
    diverted = _object(pick(item, "diverted"))
    partial = _object(pick(item, "partiallyCancelled", "partialCancellation"))
    moved = _object(pick(item, "rescheduled"))
    new_departure = instant(
        pick(moved, "newDepartureTime", "newDeparture", "rescheduledTime", "departure")
    )
    if new_departure is None:
        new_day = calendar_date(pick(moved, "newDate", "rescheduledDate", "date"))
        new_time = clock_time(pick(moved, "newTime", "time", "rescheduledTime"))
        if new_day is not None and new_time is not None:
            new_departure = dt.datetime.combine(new_day, new_time, tzinfo=tz)
    return RunException(
        kind=kind,
        message=text(pick(item, "message")),
        diverted_from=_station(pick(diverted, "from")),
        diverted_to=_station(pick(diverted, "to")),
        via=_stations(pick(diverted, "divertedStations")),
        skipped=_stations(pick(diverted, "skippedStations")),
        cancelled_from=_station(pick(partial, "from", "fromStation", "cancelledFrom")),
        cancelled_to=_station(pick(partial, "to", "toStation", "cancelledTo")),
        new_departure=new_departure,
        delay_min=integer(pick(moved, "delayMinutes", "byMinutes", "delay"), DELAY_MINUTES),
    )


# An exception's type in words the docs do not list, by what it does to the run: a run cut
# short at either end ("SHORT_TERMINATED", "SHORT_ORIGINATED", "PARTIAL_CANCELLATION") is
# cancelled in part, never "not cancelled".
_EXCEPTION_STEMS: Final = (
    (("SHORT", "PARTIAL", "PART_"), ExceptionKind.PARTIALLY_CANCELLED),
    (("CANCEL", "CANCL"), ExceptionKind.CANCELLED),
    (("DIVERT", "DIVERSION"), ExceptionKind.DIVERTED),
    (("RESCHED", "DELAYED_START"), ExceptionKind.RESCHEDULED),
)


def _exception_kind(word: str) -> ExceptionKind:
    for stems, kind in _EXCEPTION_STEMS:
        if any(stem in word for stem in stems):
            return kind
    return ExceptionKind.OTHER


# "Rescheduled to leave Thiruvananthapuram Central at 09:45, 180 min late": RailRadar's words
# for a moved start, when it gives no `rescheduled` object.
_MOVED_AT: Final = re.compile(r"\bat\s+(\d{1,2}):(\d{2})\b")
_MOVED_BY: Final = re.compile(r"\b(\d{1,4})\s*min(?:ute)?s?\s+late\b", re.IGNORECASE)


def _moved_by_message(
    exception: RunException, start: dt.date, leaves: dt.datetime | None, tz: dt.tzinfo
) -> RunException:
    """A reschedule whose new start is only in its message: the time (and delay) it names, on
    the run's start date, or the day after when that is before the run's own start (`leaves`)."""
    if exception.kind is not ExceptionKind.RESCHEDULED or exception.new_departure is not None:
        return exception
    said = exception.message or ""
    at = _MOVED_AT.search(said)
    if at is None or int(at.group(1)) > 23 or int(at.group(2)) > 59:
        return exception
    by = _MOVED_BY.search(said)
    late = int(by.group(1)) if by else exception.delay_min
    new = dt.datetime.combine(start, dt.time(int(at.group(1)), int(at.group(2))), tzinfo=tz)
    if leaves is not None and new < leaves:
        new += dt.timedelta(days=1)  # moved past midnight
    if late is None and leaves is not None and new > leaves:
        # "Rescheduled to depart at 22:00 instead of 19:15": how late follows from its own start
        late = int((new - leaves).total_seconds() // 60)
    return exception.model_copy(update={"new_departure": new, "delay_min": late})


def _cancelled_by_route(
    exceptions: tuple[RunException, ...], state: RunState, stops: tuple[LiveStop, ...]
) -> tuple[tuple[RunException, ...], RunState]:
    """A run whose stations say `cancelled` where neither its status nor its exceptions do:
    cancelled in part (some of them), or whole (every one)."""
    said = {e.kind for e in exceptions}
    if state in (RunState.CANCELLED, RunState.PARTIALLY_CANCELLED) or said & {
        ExceptionKind.CANCELLED,
        ExceptionKind.PARTIALLY_CANCELLED,
    }:
        return exceptions, state
    gone = sum(1 for stop in stops if stop.state is StopState.CANCELLED)
    if not gone:
        return exceptions, state
    if gone == len(stops):
        return exceptions, RunState.CANCELLED
    return (*exceptions, RunException(kind=ExceptionKind.PARTIALLY_CANCELLED)), state


def _cut_by_route(exception: RunException, stops: tuple[LiveStop, ...]) -> RunException:
    """A part-cancellation that does not name its stretch ("SHORT_TERMINATED" with only a
    message), given it by the run's own stations marked `cancelled`: cut short at the end, from
    the last station served to the last cancelled; at the start, from the first cancelled to the
    first served."""
    if exception.kind is not ExceptionKind.PARTIALLY_CANCELLED or (
        exception.cancelled_from is not None and exception.cancelled_to is not None
    ):
        return exception
    gone = [n for n, stop in enumerate(stops) if stop.state is StopState.CANCELLED]
    if not gone or len(gone) == len(stops):
        return exception
    first, last = gone[0], gone[-1]
    if first > 0:  # served up to the station before the first cancelled one
        start, end = stops[first - 1], stops[last]
    else:  # cut at its start: runs from the station after the last cancelled one
        start, end = stops[first], stops[min(last + 1, len(stops) - 1)]
    return exception.model_copy(
        update={"cancelled_from": start.station, "cancelled_to": end.station}
    )


def _still_to_come(entry: Departure, now: dt.datetime, until: dt.datetime) -> bool:
    """Whether a board entry is a train that has not left and leaves (or, ending here, arrives)
    within the window asked for: expected then, or due then by the timetable though running
    late. One standing at the platform past its time has not left, nor has one whose run
    RailRadar still has not started past its time (a late start it knows no new time for: the
    traveller waiting for it looks for it on the board)."""
    if entry.has_left:
        return False
    moment = board_order(entry)
    if moment is None:
        return False
    due = entry.scheduled_departure or entry.scheduled_arrival or moment
    if entry.state in (BoardState.AT_STATION, BoardState.NOT_STARTED):
        return min(moment, due) <= until
    return now <= moment and min(moment, due) <= until


def _between(item: JsonObject, top_from: Station, top_to: Station) -> TrainBetween | None:
    train = _train(pick(item, "train"))
    leg_from, leg_to = _object(pick(item, "from")), _object(pick(item, "to"))
    leaves, arrives = clock_time(pick(leg_from, "departure")), clock_time(pick(leg_to, "arrival"))
    if train is None or leaves is None or arrives is None:
        return None
    # Per train the stations are those it really uses (with `byCity`); else the ones asked for.
    origin = _station(leg_from) or top_from
    destination = _station(leg_to) or top_to
    from_day, to_day = (
        integer(pick(leg_from, "day"), RUN_DAYS),
        integer(pick(leg_to, "day"), RUN_DAYS),
    )
    duration = integer(pick(item, "duration"))
    if from_day is not None and to_day is not None and to_day >= from_day:
        offset = to_day - from_day
    elif duration is not None:
        offset = (leaves.hour * 60 + leaves.minute + duration) // (24 * 60)
    else:
        offset = 1 if arrives < leaves else 0
    return TrainBetween(
        train=train,
        from_station=origin,
        to_station=destination,
        departure=leaves,
        arrival=arrives,
        duration_min=duration,
        arrival_day_offset=offset,
        departure_day=from_day,
        distance_km=kilometres(pick(item, "distance")),
        halts_between=integer(pick(item, "totalHaltsBetween")),
    )


def _fare_parts(breakdown: JsonObject) -> dict[str, int]:
    """The parts of a fare's `breakdown` that make up its `totalFare`: never a total itself
    (`totalFare`, `totalCollectibleAmount`), a concession as a negative part, and no payment or
    insurance charge, which the railway adds on top of the ticket's fare (`wpServiceCharge`,
    `travelInsuranceCharge`)."""
    parts: dict[str, int] = {}
    for key, value in breakdown.items():
        rupees = amount(value)
        name = re.sub(r"[^a-z]", "", str(key).lower())
        if rupees is None or name.startswith(("wp", "travelinsurance")):
            continue
        if "concession" in name:
            parts["concession"] = -abs(rupees)
        elif name == "total" or name.startswith("total"):
            continue
        else:
            parts[str(key)] = rupees
    return parts


def _has_base_fare(parts: dict[str, int]) -> bool:
    """Whether a fare's parts hold its base fare, priced: what the other charges add to."""
    return any(
        re.sub(r"[^a-z]", "", key.lower()).startswith("base") and rupees > 0
        for key, rupees in parts.items()
    )


def _seat_day(item: JsonObject) -> SeatDay | None:
    day = calendar_date(pick(item, "date", "availablityDate", "availabilityDate"))
    if day is None:
        day = calendar_date(pick(item, "rawDate"))
    code = (text(pick(item, "statusCode")) or "").upper()
    words = text(pick(item, "status", "availablityStatus", "availabilityStatus"))
    # A day without its words (absent, null) is read from its documented code alone.
    words = words or _SEAT_WORDS.get(code)
    if day is None or words is None:
        return None
    parsed = seat_day(day, words)
    kind = _SEAT_KINDS.get(code)
    if kind is StatusKind.WL and parsed.kind.is_waitlist:
        kind = parsed.kind  # keep RLWL / GNWL when the words say which list
    if parsed.kind is StatusKind.CAN:
        kind = parsed.kind  # "TRAIN CANCELLED" under NOT_AVAILABLE: the run, not a full list
    count = integer(pick(item, "availableSeats")) if kind is StatusKind.AVAILABLE else None
    if count is None:
        count = integer(pick(item, "waitlistNumber")) if kind is not StatusKind.AVAILABLE else None
    return parsed.model_copy(
        update={
            "kind": kind or parsed.kind,
            "count": count if count is not None else parsed.count,
        }
    )
