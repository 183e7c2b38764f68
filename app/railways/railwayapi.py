"""The railwayapi.com v2 contract: the reference live provider.

Every path ends with `/apikey/<key>/`, everything is a GET, dates are `dd-mm-yyyy`, and the HTTP
status is 200 even for errors: the real status is the body's `response_code`. Fields are read
tolerantly (old and new spellings, missing values), since several services answered this
contract over the years.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from typing import Any, Final
from zoneinfo import ZoneInfo

import httpx

from app.errors import (
    ClassNotOnTrain,
    ConfigurationError,
    FlushedPnr,
    InvalidArgument,
    InvalidPnr,
    NotFound,
    NotOffered,
    NotRunningOnDate,
    RailwayError,
    UpstreamAuthError,
    UpstreamUnavailable,
)
from app.railways import vocabulary
from app.railways.budget import CallBudget
from app.railways.http import (
    DEADLINE_S,
    JsonObject,
    Sleep,
    UpstreamClient,
    calendar_date,
    clock_time,
    decimal,
    flag,
    integer,
    items,
    key_refused,
    kilometres,
    minutes,
    nearest,
    not_before,
    pick,
    text,
    the_class_asked,
    the_train_asked,
)
from app.railways.models import (
    WEEKDAYS,
    BoardState,
    CancelledTrain,
    ConfirmationChance,
    Departure,
    Fare,
    LiveStatus,
    LiveStop,
    Passenger,
    PnrStatus,
    RescheduledTrain,
    RouteStop,
    RunState,
    SeatAvailability,
    Sourced,
    Station,
    StationBoard,
    StopState,
    Train,
    TrainBetween,
    TrainRoute,
)
from app.railways.provider import TRAIN_SEARCH_LIMIT
from app.railways.status import inherit_berth, parse_status, seat_day
from app.store import Clock

INDIA: Final = ZoneInfo("Asia/Kolkata")

# response_code → the domain error it means (v2 answers HTTP 200 with the real status here).
_ERRORS: Final[dict[int, tuple[type[RailwayError], str]]] = {
    210: (NotRunningOnDate, "the train does not run on that date"),
    211: (ClassNotOnTrain, "the train has no such class"),
    220: (FlushedPnr, "the PNR is flushed: the journey is over"),
    221: (InvalidPnr, "no such PNR"),
    230: (InvalidArgument, "the date is not valid for this query"),
    404: (NotFound, "no data for this query"),
    405: (UpstreamUnavailable, "the railway's systems could not be reached"),
    500: (UpstreamAuthError, "the API key was refused"),
    501: (UpstreamAuthError, "the API account has expired"),
    502: (InvalidArgument, "the upstream refused the arguments"),
}


class RailwayApiProvider:
    """`Provider` over a railwayapi.com v2 compatible service."""

    name = "railwayapi"

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
        if not api_key.strip():
            raise ConfigurationError("railwayapi needs RAILWAY_API_KEY")
        self._base = base_url.rstrip("/")
        self._key = api_key.strip()
        self._clock = clock
        self._tz = tz
        self._http = UpstreamClient(
            self.name,
            client=client,
            secrets=[self._key],
            deadline_s=deadline_s,
            sleep=sleep,
            budget=budget,
        )

    # --- features -------------------------------------------------------------------------

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        number = vocabulary.require_pnr(pnr)
        body = await self._call("pnr-status", "pnr-status", "pnr", number)
        train = _train(body.get("train"))
        journey_date = calendar_date(body.get("doj"))
        boarding = _station(body.get("boarding_point"))
        upto = _station(body.get("reservation_upto"))
        origin = _station(body.get("from_station")) or boarding
        destination = _station(body.get("to_station")) or upto
        if train is None or journey_date is None or origin is None or destination is None:
            raise UpstreamUnavailable("railwayapi sent an incomplete PNR answer")
        passengers = tuple(
            _passenger(item, index)
            for index, item in enumerate(items(body.get("passengers")), start=1)
        )
        status = PnrStatus(
            pnr=text(body.get("pnr")) or number,
            train=train,
            journey_date=journey_date,
            from_station=origin,
            to_station=destination,
            boarding=boarding,
            upto=upto,
            journey_class=_code(body.get("journey_class")),
            chart_prepared=chart_prepared(body.get("chart_prepared")),
            train_cancelled=bool(flag(pick(body, "train_cancelled", "train_cancel_status"))),
            passengers=passengers,
        )
        return self._sourced(status)

    async def station_by_name(self, name: str) -> Sourced[list[Station]]:
        query = vocabulary.require_station_name(name)
        body = await self._call("name-to-code", "name-to-code", "station", query)
        stations = _stations(body.get("stations"))
        if not stations:
            raise NotFound("no station by that name")
        return self._sourced(stations)

    async def station_by_code(self, code: str) -> Sourced[Station]:
        wanted = vocabulary.require_station_code(code)
        body = await self._call("code-to-name", "code-to-name", "code", wanted)
        for station in _stations(body.get("stations")):
            if station.code == wanted:
                return self._sourced(station)
        raise NotFound("no station with that code")

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        raise NotOffered("pnr_prediction", self.name)

    async def station_directory(self) -> Sourced[list[Station]]:
        raise NotOffered("station_directory", self.name)

    async def search_trains(
        self, query: str, limit: int = TRAIN_SEARCH_LIMIT
    ) -> Sourced[list[Train]]:
        wanted = vocabulary.require_train_query(query)
        body = await self._call("suggest-train", "suggest-train", "train", wanted)
        trains = [train for item in items(body.get("trains")) if (train := _train(item))]
        if not trains:
            raise NotFound("no train by that name or number")
        return self._sourced(trains[: max(1, limit)])

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        number = vocabulary.require_train_number(train)
        body = await self._call("route", "route", "train", number)
        the_train_asked(self.name, number, pick(body.get("train"), "number"))
        stops: list[RouteStop] = []
        for index, item in enumerate(items(body.get("route")), start=1):
            station = _station(item.get("station"))
            if station is None:
                continue
            halt = minutes(item.get("halt"))
            stops.append(
                RouteStop(
                    seq=integer(item.get("no")) or index,
                    station=station,
                    arrival=clock_time(item.get("scharr")),
                    departure=clock_time(item.get("schdep")),
                    day=max(1, integer(item.get("day")) or 1),
                    distance_km=kilometres(item.get("distance")),
                    halt_min=halt if halt is not None and halt >= 0 else None,
                )
            )
        if not stops:
            raise UpstreamUnavailable("railwayapi sent a route without stops")
        route = TrainRoute(train=_train(body.get("train")) or Train(number=number), stops=stops)
        return self._sourced(route)

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        code = vocabulary.require_station_code(station)
        window = vocabulary.require_hours(hours)
        body = await self._call("arrivals", "arrivals", "station", code, "hours", str(window))
        now = self._now()
        board = [
            departure
            for item in items(body.get("trains"))
            if (departure := _departure(item, now, window)) is not None
        ]
        board.sort(key=lambda d: board_order(d) or now)
        here = _station(body.get("station")) or Station(code=code, name=code)
        return self._sourced(StationBoard(station=here, hours=window, departures=tuple(board)))

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        number = vocabulary.require_train_number(train)
        day = vocabulary.ddmmyyyy(start_date)
        body = await self._call("live", "live", "train", number, "date", day)
        the_train_asked(self.name, number, pick(body.get("train"), "number"))
        start = calendar_date(body.get("start_date")) or vocabulary.require_journey_date(start_date)
        stops = tuple(
            stop
            for item in items(body.get("route"))
            if (stop := self._live_stop(item, start)) is not None
        )
        position = text(body.get("position")) or ""
        if not stops and not position:
            raise UpstreamUnavailable("railwayapi sent a live status without a position")
        current = _station(body.get("current_station"))
        status = LiveStatus(
            train=_train(body.get("train")) or Train(number=number),
            start_date=start,
            position=position,
            current_station=current,
            delay_min=_current_delay(stops, current),
            stops=stops,
            state=run_state(stops),
        )
        return self._sourced(status)

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        body = await self._call("rescheduled", "rescheduled", "date", vocabulary.ddmmyyyy(on))
        trains = [
            RescheduledTrain(
                train=train,
                source=_station(item.get("from_station")),
                destination=_station(item.get("to_station")),
                new_date=calendar_date(item.get("rescheduled_date")),
                new_time=clock_time(item.get("rescheduled_time")),
                delay_min=minutes(item.get("time_diff")),
            )
            for item in items(body.get("trains"))
            if (train := _train(item)) is not None
        ]
        return self._sourced(trains)

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        body = await self._call("cancelled", "cancelled", "date", vocabulary.ddmmyyyy(on))
        trains = [
            CancelledTrain(
                train=train,
                source=_station(item.get("source")),
                destination=_station(item.get("dest")),
                start_time=text(item.get("start_time")),
                kind=text(item.get("type")),
            )
            for item in items(body.get("trains"))
            if (train := _train(item)) is not None
        ]
        return self._sourced(trains)

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        if by_city:
            raise NotOffered("trains_between_by_city", self.name)
        origin = vocabulary.require_station_code(from_code)
        destination = vocabulary.require_station_code(to_code)
        # The contract has no date-less form; "today" asks for the trains running today.
        day = vocabulary.ddmmyyyy(on if on is not None else self._now().date())
        body = await self._call(
            "between", "between", "source", origin, "dest", destination, "date", day
        )
        fallback_from = Station(code=origin, name=origin)
        fallback_to = Station(code=destination, name=destination)
        trains: list[TrainBetween] = []
        for item in items(body.get("trains")):
            train = _train(item)
            leaves = clock_time(item.get("src_departure_time"))
            arrives = clock_time(item.get("dest_arrival_time"))
            if train is None or leaves is None or arrives is None:
                continue
            duration = minutes(item.get("travel_time"))
            trains.append(
                TrainBetween(
                    train=train,
                    from_station=_station(item.get("from_station")) or fallback_from,
                    to_station=_station(item.get("to_station")) or fallback_to,
                    departure=leaves,
                    arrival=arrives,
                    duration_min=duration,
                    arrival_day_offset=day_offset(leaves, arrives, duration),
                )
            )
        trains.sort(key=lambda t: t.departure)
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
        origin = vocabulary.require_station_code(from_code)
        destination = vocabulary.require_station_code(to_code)
        cls = vocabulary.require_journey_class(journey_class)
        quota_code = vocabulary.require_quota(quota)
        body = await self._call(
            "fare",
            *("fare", "train", number, "source", origin, "dest", destination),
            *("age", str(vocabulary.require_age(age)), "pref", cls, "quota", quota_code),
            *("date", vocabulary.ddmmyyyy(on)),
        )
        total = integer(body.get("fare"))
        if total is None or total < 0:
            raise UpstreamUnavailable("railwayapi sent a fare answer without a fare")
        fare = Fare(
            train=_train(body.get("train")) or Train(number=number),
            from_station=_station(body.get("from_station")) or Station(code=origin, name=origin),
            to_station=_station(body.get("to_station"))
            or Station(code=destination, name=destination),
            journey_class=the_class_asked(self.name, cls, _code(body.get("journey_class"))),
            quota=_code(body.get("quota")) or quota_code,
            total=total,
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
        origin = vocabulary.require_station_code(from_code)
        destination = vocabulary.require_station_code(to_code)
        cls = vocabulary.require_journey_class(journey_class)
        quota_code = vocabulary.require_quota(quota)
        body = await self._call(
            "check-seat",
            *("check-seat", "train", number, "source", origin, "dest", destination),
            *("date", vocabulary.ddmmyyyy(on), "pref", cls, "quota", quota_code),
        )
        days = [
            seat_day(day, status)
            for item in items(body.get("availability"))
            if (day := calendar_date(item.get("date"))) is not None
            and (status := text(item.get("status"))) is not None
        ]
        if not days:
            raise NotFound("no availability for this query")
        availability = SeatAvailability(
            train=_train(body.get("train")) or Train(number=number),
            from_station=_station(body.get("from_station")) or Station(code=origin, name=origin),
            to_station=_station(body.get("to_station"))
            or Station(code=destination, name=destination),
            journey_class=the_class_asked(self.name, cls, _code(body.get("journey_class"))),
            quota=_code(body.get("quota")) or quota_code,
            days=tuple(days),
        )
        return self._sourced(availability)

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- plumbing ---------------------------------------------------------------------------

    async def _call(self, endpoint: str, *segments: str) -> JsonObject:
        path = "/".join(vocabulary.path_segment(part) for part in segments)
        url = f"{self._base}/{path}/apikey/{vocabulary.path_segment(self._key)}/"
        body = await self._http.get_json(url, endpoint=endpoint)
        code = integer(body.get("response_code"))
        if code is None:
            raise UpstreamUnavailable("railwayapi sent an answer without a response_code")
        if code != 200:
            error, message = _ERRORS.get(
                code, (UpstreamUnavailable, f"unexpected response_code {code}")
            )
            if error is UpstreamAuthError:
                raise key_refused(self.name, endpoint, message)
            if error is InvalidArgument:
                raise InvalidArgument(message, refused_by=self.name)
            raise error(message)
        return body

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock(), self._tz)

    def _sourced(self, data: Any) -> Sourced[Any]:
        return Sourced(data=data, source=self.name, as_of=self._now())

    def _live_stop(self, item: JsonObject, start: dt.date) -> LiveStop | None:
        station = _station(item.get("station"))
        if station is None:
            return None
        day = max(1, integer(item.get("day")) or 1)
        scheduled_day = calendar_date(item.get("scharr_date")) or start + dt.timedelta(day - 1)
        late = integer(item.get("latemin"))
        scheduled_arrival = self._at(scheduled_day, clock_time(item.get("scharr")))
        scheduled_departure = _following(clock_time(item.get("schdep")), scheduled_arrival)
        if scheduled_departure is None:
            scheduled_departure = self._at(scheduled_day, clock_time(item.get("schdep")))
        actual_day = calendar_date(item.get("actarr_date"))
        actual_arrival_time = clock_time(item.get("actarr"))
        if actual_day is not None:
            actual_arrival = self._at(actual_day, actual_arrival_time)
        else:
            actual_arrival = expected_at(actual_arrival_time, scheduled_arrival, late)
        actual_departure = _following(clock_time(item.get("actdep")), actual_arrival)
        if actual_departure is None:
            actual_departure = expected_at(
                clock_time(item.get("actdep")), scheduled_departure, late
            )
        arrived = bool(flag(item.get("has_arrived")))
        departed = bool(flag(item.get("has_departed")))
        # v2 writes its forecast for stations ahead in the same fields as what happened.
        return LiveStop(
            station=station,
            day=day,
            distance_km=kilometres(item.get("distance")),
            scheduled_arrival=scheduled_arrival,
            scheduled_departure=scheduled_departure,
            actual_arrival=actual_arrival if arrived or departed else None,
            actual_departure=actual_departure if departed else None,
            expected_arrival=None if arrived or departed else actual_arrival,
            expected_departure=None if departed else actual_departure,
            has_arrived=arrived,
            has_departed=departed,
            delay_min=late,
            state=stop_state(arrived, departed),
        )

    def _at(self, day: dt.date, at: dt.time | None) -> dt.datetime | None:
        return dt.datetime.combine(day, at, tzinfo=self._tz) if at is not None else None


# --- reading the v2 shapes ----------------------------------------------------------------------


def _station(obj: Any) -> Station | None:
    code = text(pick(obj, "code", "station_code"))
    if code is None:
        return None
    return Station(
        code=code.upper(),
        name=text(pick(obj, "name", "station_name")) or code.upper(),
        lat=decimal(pick(obj, "lat")),
        lng=decimal(pick(obj, "lng", "lon")),
    )


def _passenger(item: JsonObject, index: int) -> Passenger:
    booking = parse_status(text(pick(item, "booking_status")) or "")
    current = parse_status(text(pick(item, "current_status")) or "")
    return Passenger(
        number=integer(pick(item, "no", "number", "sr")) or index,
        booking=booking,
        current=inherit_berth(booking, current),
    )


def _stations(value: Any) -> list[Station]:
    return [station for item in items(value) if (station := _station(item)) is not None]


def _train(obj: Any) -> Train | None:
    number = text(pick(obj, "number", "train_number"))
    if number is None:
        return None
    return Train(
        number=number,
        name=text(pick(obj, "name", "train_name")) or "",
        run_days=_run_days(pick(obj, "days")),
        classes=_classes(pick(obj, "classes")),
    )


def _run_days(value: Any) -> tuple[str, ...] | None:
    days = items(value)
    if not days:
        return None
    running = set()
    for day in days:
        code = (text(pick(day, "code", "day-code", "day_code")) or "").upper()[:3]
        if code in WEEKDAYS and flag(pick(day, "runs")):
            running.add(code)
    return tuple(day for day in WEEKDAYS if day in running)


def _classes(value: Any) -> tuple[str, ...]:
    codes = []
    for item in items(value):
        code = text(pick(item, "code"))
        if code and flag(pick(item, "available")) is not False:
            codes.append(code.upper())
    return tuple(codes)


def _code(value: Any) -> str | None:
    code = text(pick(value, "code")) if isinstance(value, dict) else text(value)
    return code.upper() if code else None


def _departure(item: JsonObject, now: dt.datetime, window: int) -> Departure | None:
    number = text(pick(item, "number", "train_number"))
    if number is None:
        return None
    return board_entry(
        Train(number=number, name=text(pick(item, "name", "train_name")) or ""),
        now=now,
        window=window,
        arrives=clock_time(item.get("scharr")),
        leaves=clock_time(item.get("schdep")),
        expected_arrival=clock_time(item.get("actarr")),
        expected_departure=clock_time(item.get("actdep")),
        arrival_delay=minutes(item.get("delayarr")),
        departure_delay=minutes(item.get("delaydep")),
        platform=text(pick(item, "platform", "pf")),
    )


def board_entry(
    train: Train,
    *,
    now: dt.datetime,
    window: int,
    arrives: dt.time | None,
    leaves: dt.time | None,
    expected_arrival: dt.time | None = None,
    expected_departure: dt.time | None = None,
    arrival_delay: int | None = None,
    departure_delay: int | None = None,
    platform: str | None = None,
) -> Departure | None:
    """A station-board line from wall-clock times: each is placed on the day that, with the
    delay, falls nearest the board's window (a 00:30 train on a board read at 23:00 is
    tomorrow's; a 14:00 train running 8 h late on a board read at 21:00 is today's)."""
    delay = departure_delay if departure_delay is not None else arrival_delay
    anchor = now + dt.timedelta(hours=window / 2) - dt.timedelta(minutes=delay or 0)
    scheduled_arrival = nearest(arrives, anchor) if arrives else None
    scheduled_departure = _following(leaves, scheduled_arrival)
    if scheduled_departure is None and leaves is not None:
        scheduled_departure = nearest(leaves, anchor)
    if scheduled_arrival is None and scheduled_departure is None:
        return None
    return Departure(
        train=train,
        scheduled_arrival=scheduled_arrival,
        scheduled_departure=scheduled_departure,
        expected_arrival=expected_at(expected_arrival, scheduled_arrival, arrival_delay),
        expected_departure=expected_at(expected_departure, scheduled_departure, departure_delay),
        delay_min=delay,
        platform=platform,
        from_code=train.from_code,
        to_code=train.to_code,
        # These boards say how late a train is, not whether it has left.
        state=BoardState.UNKNOWN,
    )


def _following(at: dt.time | None, earlier: dt.datetime | None) -> dt.datetime | None:
    return not_before(at, earlier) if at is not None and earlier is not None else None


def expected_at(
    at: dt.time | None, scheduled: dt.datetime | None, delay: int | None
) -> dt.datetime | None:
    """An expected or actual time, placed on the day nearest its scheduled time plus delay
    (or, without a time, the scheduled time plus a known delay)."""
    if scheduled is None:
        return None
    anchor = scheduled + dt.timedelta(minutes=delay or 0)
    if at is not None:
        return nearest(at, anchor)
    return anchor if delay is not None else None


def board_order(departure: Departure) -> dt.datetime | None:
    return (
        departure.expected_departure
        or departure.scheduled_departure
        or departure.expected_arrival
        or departure.scheduled_arrival
    )


def stop_state(arrived: bool, departed: bool) -> StopState:
    if departed:
        return StopState.DEPARTED
    return StopState.AT_STATION if arrived else StopState.UPCOMING


def run_state(stops: tuple[LiveStop, ...]) -> RunState:
    """A run's state from its stops, for sources that give no state of their own."""
    if not stops:
        return RunState.UNKNOWN
    if not any(stop.has_arrived or stop.has_departed for stop in stops):
        return RunState.NOT_STARTED
    return RunState.COMPLETED if stops[-1].has_arrived else RunState.RUNNING


def _current_delay(stops: tuple[LiveStop, ...], current: Station | None) -> int | None:
    if current is not None:
        for stop in stops:
            if stop.station.code == current.code and stop.delay_min is not None:
                return stop.delay_min
    reached = [s for s in stops if (s.has_arrived or s.has_departed) and s.delay_min is not None]
    return reached[-1].delay_min if reached else None


def chart_prepared(value: Any) -> bool:
    """Chart flags come as true, "True", "Y", "YES" or words such as "Chart Prepared"."""
    answer = flag(value)
    if answer is not None:
        return answer
    words = (text(value) or "").lower()
    return "prepared" in words and "not" not in words


def day_offset(leaves: dt.time, arrives: dt.time, duration_min: int | None) -> int:
    """Days after the departure day that the train arrives."""
    if duration_min is not None and duration_min >= 0:
        return (leaves.hour * 60 + leaves.minute + duration_min) // (24 * 60)
    return 1 if arrives < leaves else 0
