"""RapidAPI "IRCTC" (host `irctc1.p.rapidapi.com`) mapped into our models.

Auth is two headers; parameters go in the query string; bodies are `{status, message, data}`.
A refused key (401/403) is an `UpstreamAuthError`. A refusal for its rate or quota (RapidAPI's
gateway answers 429: "You have exceeded the MONTHLY quota…", "…rate limit per second…") stops
every process from calling it until it may be called again (the call budget is paused: its
`Retry-After` or `x-ratelimit-requests-reset`, the month's end for the month's quota) and is an
`UpstreamRateLimited`, so that the chain asks the next provider and the traveller hears when to
ask again. Field names are partly unverified, so every field is read tolerantly, in the
snake_case, camelCase and PascalCase spellings its answers have been seen with. It has no list of
cancelled or rescheduled trains by date: those raise `NotOffered`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import time
from collections.abc import Mapping
from typing import Any, Final, NoReturn
from urllib.parse import urlsplit

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
    retry_after_s,
    text,
    the_train_asked,
)
from app.railways.models import (
    WEEKDAYS,
    BerthStatus,
    CancelledTrain,
    ConfirmationChance,
    CurrentLocation,
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
    StatusKind,
    Train,
    TrainBetween,
    TrainRoute,
)
from app.railways.provider import TRAIN_SEARCH_LIMIT
from app.railways.railwayapi import (
    INDIA,
    board_entry,
    board_order,
    chart_prepared,
    day_offset,
    expected_at,
    run_state,
    stop_state,
)
from app.railways.status import inherit_berth, parse_status, seat_day
from app.store import Clock

DEFAULT_HOST: Final = "irctc1.p.rapidapi.com"
# The live station board only knows these windows; a request is rounded up to the next one.
BOARD_WINDOWS: Final = (1, 2, 4, 8)
# liveTrainStatus takes the start day as "days ago"; it keeps a few days of runs.
MAX_START_DAYS_AGO: Final = 4
TATKAL_QUOTAS: Final = frozenset({"TQ", "PT", "CK"})
_MINUTES_PER_DAY: Final = 24 * 60

_REFUSED = re.compile(
    r"quota|not subscribed|api key|unauthori[sz]ed|too many requests|rate limit|forbidden", re.I
)
_NO_ENDPOINT = re.compile(r"endpoint\b.*(?:does ?n[o']t exist|not found)", re.I)
_FLUSHED = re.compile(r"flushed|journey (?:is )?(?:over|completed)", re.I)
_BAD_PNR = re.compile(
    r"pnr.*(?:invalid|not valid|does ?n[o']t exist|not found|not generated)", re.I
)
_NOT_RUNNING = re.compile(r"(?:does ?n[o']t|not) run", re.I)
_NO_CLASS = re.compile(r"class.*not (?:available|exist)|no such class", re.I)
_MISSING = re.compile(r"not found|no data|no record|no result|no train|does ?n[o']t exist", re.I)
_INVALID = re.compile(r"invalid|required|must be|missing param", re.I)
_CODE_IN_TEXT = re.compile(r"[\[(]\s*([A-Za-z]{1,5})\s*[\])]\s*$")
_CODE_ONLY = re.compile(r"[A-Za-z]{1,5}")


class Irctc1Provider:
    """`Provider` over RapidAPI's IRCTC1 service."""

    name = "irctc1"

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        host: str | None = None,
        client: httpx.AsyncClient | None = None,
        clock: Clock = time.time,
        tz: dt.tzinfo = INDIA,
        deadline_s: float = DEADLINE_S,
        sleep: Sleep = asyncio.sleep,
        budget: CallBudget | None = None,
    ) -> None:
        if not api_key.strip():
            raise ConfigurationError("irctc1 needs RAILWAY_API_KEY")
        self._base = base_url.rstrip("/")
        hostname = urlsplit(self._base).hostname or ""
        rapid_host = host or (hostname if hostname.endswith("rapidapi.com") else DEFAULT_HOST)
        self._clock = clock
        self._tz = tz
        self._budget = budget
        self._http = UpstreamClient(
            self.name,
            client=client,
            headers={"X-RapidAPI-Key": api_key.strip(), "X-RapidAPI-Host": rapid_host},
            secrets=[api_key.strip()],
            deadline_s=deadline_s,
            sleep=sleep,
            budget=budget,
        )

    # --- features -------------------------------------------------------------------------

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        number = vocabulary.require_pnr(pnr)
        data = await self._call(
            "pnr", "/api/v3/getPNRStatus", {"pnrNumber": number}, missing=InvalidPnr
        )
        if not isinstance(data, dict):
            raise UpstreamUnavailable("irctc1 sent a PNR answer without data")
        train_number = text(pick(data, "TrainNo", "trainNumber", "train_number"))
        journey_date = calendar_date(pick(data, "Doj", "dateOfJourney", "SourceDoj", "doj"))
        boarding = _coded(
            pick(data, "BoardingPoint", "boardingPoint"),
            pick(data, "BoardingStationName", "boardingStationName"),
        )
        upto = _coded(
            pick(data, "ReservationUpto", "reservationUpto"),
            pick(data, "ReservationUptoName", "reservationUptoName"),
        )
        origin = (
            _coded(
                pick(data, "From", "sourceStation", "fromStation"),
                pick(data, "SourceName", "sourceStationName"),
            )
            or boarding
        )
        destination = (
            _coded(
                pick(data, "To", "destinationStation", "toStation"),
                pick(data, "DestinationName", "destinationStationName"),
            )
            or upto
        )
        if train_number is None or journey_date is None or origin is None or destination is None:
            raise UpstreamUnavailable("irctc1 sent an incomplete PNR answer")
        passengers = tuple(
            _passenger(item, index)
            for index, item in enumerate(
                items(pick(data, "PassengerStatus", "passengerList", "passengers")), start=1
            )
        )
        status = PnrStatus(
            pnr=text(pick(data, "Pnr", "pnrNumber")) or number,
            train=Train(
                number=train_number,
                name=text(pick(data, "TrainName", "trainName")) or "",
                coach_position=text(pick(data, "CoachPosition", "coachPosition")),
                has_pantry=flag(pick(data, "HasPantry", "hasPantry")),
            ),
            journey_date=journey_date,
            from_station=origin,
            to_station=destination,
            boarding=boarding,
            upto=upto,
            journey_class=_upper(pick(data, "Class", "journeyClass")),
            chart_prepared=chart_prepared(pick(data, "ChartPrepared", "chartStatus")),
            train_cancelled=bool(flag(pick(data, "TrainCancelledFlag", "trainCancelledFlag"))),
            departure=clock_time(pick(data, "DepartureTime", "departureTime")),
            passengers=passengers,
        )
        return self._sourced(status)

    async def station_by_name(self, name: str) -> Sourced[list[Station]]:
        query = vocabulary.require_station_name(name)
        stations = await self._search_stations(query)
        if not stations:
            raise NotFound("no station by that name")
        return self._sourced(stations)

    async def station_by_code(self, code: str) -> Sourced[Station]:
        wanted = vocabulary.require_station_code(code)
        for station in await self._search_stations(wanted):
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
        data = await self._call("search_train", "/api/v1/searchTrain", {"query": wanted})
        trains: list[Train] = []
        for item in items(data):
            # A renumbered train answers under its new number.
            number = text(pick(item, "new_train_number")) or text(
                pick(item, "train_number", "trainNumber")
            )
            if number is None:
                continue
            name = text(pick(item, "eng_train_name", "train_name", "trainName")) or ""
            trains.append(Train(number=number, name=name))
        if not trains:
            raise NotFound("no train by that name or number")
        return self._sourced(trains[: max(1, limit)])

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        number = vocabulary.require_train_number(train)
        data = await self._call("schedule", "/api/v1/getTrainSchedule", {"trainNo": number})
        the_train_asked(self.name, number, pick(data, "trainNumber", "train_number"))
        route = items(pick(data, "route"))
        stops: list[RouteStop] = []
        kept = [item for item in route if flag(item.get("stop")) is not False]
        for index, item in enumerate(kept, start=1):
            station = _station(item)
            if station is None:
                continue
            arrive_at = _minute_of_run(pick(item, "sta_min"), pick(item, "sta"))
            leave_at = _minute_of_run(pick(item, "std_min"), pick(item, "std"))
            if index == 1 and not arrive_at:
                arrive_at = None
            if index == len(kept) and not leave_at:
                leave_at = None
            halt = leave_at - arrive_at if arrive_at and leave_at else None
            reference = arrive_at if arrive_at is not None else leave_at
            day = integer(pick(item, "day"), RUN_DAYS)
            if day is None and reference is not None:
                day = reference // _MINUTES_PER_DAY + 1
            stops.append(
                RouteStop(
                    seq=len(stops) + 1,
                    station=station,
                    arrival=_time_of_day(arrive_at),
                    departure=_time_of_day(leave_at),
                    day=max(1, day or 1),
                    distance_km=kilometres(pick(item, "distance_from_source", "distance")),
                    halt_min=halt if halt is not None and halt >= 0 else None,
                )
            )
        if not stops:
            raise UpstreamUnavailable("irctc1 sent a schedule without stops")
        train_info = Train(
            number=text(pick(data, "trainNumber", "train_number")) or number,
            name=text(pick(data, "trainName", "train_name")) or "",
            type=text(pick(data, "trainType", "train_type")),
            run_days=_run_days(pick(data, "runDays", "run_days")),
            classes=_classes(pick(data, "class", "classes", "class_type")),
            from_code=stops[0].station.code,
            to_code=stops[-1].station.code,
        )
        return self._sourced(TrainRoute(train=train_info, stops=tuple(stops)))

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        code = vocabulary.require_station_code(station)
        asked = vocabulary.require_hours(hours)
        window = next((w for w in BOARD_WINDOWS if w >= asked), BOARD_WINDOWS[-1])
        # Its "No data found" for a board says nothing of the station's trains (the board's
        # shape is not even on record): a gap in its data, for the next provider or the
        # timetable to fill, never "no trains leave".
        data = await self._call(
            "live_station",
            "/api/v3/getLiveStation",
            {"fromStationCode": code, "hours": str(window)},
            missing=StationUnknownToProvider,
        )
        now = self._now()
        board = []
        for item in items(data):
            number = text(pick(item, "train_number", "trainNumber", "trainNo"))
            if number is None:
                continue
            delay = minutes(pick(item, "delay", "delay_min"))
            entry = board_entry(
                Train(
                    number=number,
                    name=text(pick(item, "train_name", "trainName")) or "",
                    from_code=_upper(pick(item, "source_stn_code", "source", "train_src")),
                    to_code=_upper(pick(item, "dstn_stn_code", "destination", "train_dstn")),
                ),
                now=now,
                window=window,
                arrives=clock_time(pick(item, "sta")),
                leaves=clock_time(pick(item, "std")),
                expected_arrival=clock_time(pick(item, "eta")),
                expected_departure=clock_time(pick(item, "etd")),
                arrival_delay=delay,
                departure_delay=delay,
                platform=_platform(pick(item, "platform_number", "platform")),
            )
            if entry is not None:
                board.append(entry)
        board.sort(key=lambda d: board_order(d) or now)
        here = Station(code=code, name=code)
        return self._sourced(StationBoard(station=here, hours=window, departures=tuple(board)))

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        number = vocabulary.require_train_number(train)
        start = vocabulary.require_journey_date(start_date)
        days_ago = (self._now().date() - start).days
        if not 0 <= days_ago <= MAX_START_DAYS_AGO:
            raise InvalidArgument(
                "live status covers runs that started today or up to"
                f" {MAX_START_DAYS_AGO} days ago",
                problem="run_too_old",
            )
        data = await self._call(
            "live", "/api/v1/liveTrainStatus", {"trainNo": number, "startDay": str(days_ago)}
        )
        if not isinstance(data, dict):
            raise UpstreamUnavailable("irctc1 sent a live status without data")
        the_train_asked(self.name, number, pick(data, "train_number"))
        start = calendar_date(pick(data, "train_start_date")) or start
        current = _coded(pick(data, "current_station_code"), pick(data, "current_station_name"))
        stops: list[LiveStop] = [
            stop
            for item in items(pick(data, "previous_stations"))
            if (stop := self._live_stop(item, start, reached=True)) is not None
        ]
        if current is not None and all(s.station.code != current.code for s in stops):
            here = {
                "station_code": current.code,
                "station_name": current.name,
                "sta": pick(data, "cur_stn_sta"),
                "std": pick(data, "cur_stn_std"),
                "eta": pick(data, "eta"),
                "etd": pick(data, "etd"),
                "a_day": pick(data, "a_day"),
                "arrival_delay": pick(data, "delay"),
                "distance_from_source": pick(data, "distance_from_source"),
            }
            departed = (text(pick(data, "status")) or "").upper() == "D"
            stop = self._live_stop(here, start, reached=True, departed=departed)
            if stop is not None:
                stops.append(stop)
        stops.extend(
            stop
            for item in items(pick(data, "upcoming_stations"))
            if (stop := self._live_stop(item, start, reached=False)) is not None
        )
        position = _summary(data)
        location = _location(data, current)
        if not stops and not position and location is None:
            raise UpstreamUnavailable("irctc1 sent a live status without a position")
        train_info = Train(
            number=text(pick(data, "train_number")) or number,
            name=text(pick(data, "train_name")) or "",
            from_code=_upper(pick(data, "source")),
            to_code=_upper(pick(data, "destination")),
        )
        if start > self._now().date() and stops:
            # A run that starts on a later day cannot have begun, whatever its answer says (a
            # station reached, departures, a delay): only its timetable is told, never a
            # position, "on time" nor a delay.
            return self._sourced(
                LiveStatus(
                    train=train_info,
                    start_date=start,
                    updated_at=_updated_at(pick(data, "update_time"), self._tz),
                    stops=tuple(_as_timetabled(stop) for stop in stops),
                    state=RunState.NOT_STARTED,
                )
            )
        status = LiveStatus(
            train=train_info,
            start_date=start,
            position=position,
            current_station=current,
            location=location,
            delay_min=integer(pick(data, "delay"), DELAY_MINUTES),
            updated_at=_updated_at(pick(data, "update_time"), self._tz),
            stops=tuple(stops),
            state=run_state(tuple(stops)),
        )
        return self._sourced(status)

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        raise NotOffered("rescheduled_trains", self.name)

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        raise NotOffered("cancelled_trains", self.name)

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        # Its search is city-wide already (Borivali answers for Mumbai Central), so `by_city`
        # asks the same question.
        origin = vocabulary.require_station_code(from_code)
        destination = vocabulary.require_station_code(to_code)
        params: dict[str, str] = {"fromStationCode": origin, "toStationCode": destination}
        if on is None:
            data = await self._call("between", "/api/v2/trainBetweenStations", params)
        else:
            params["dateOfJourney"] = vocabulary.require_journey_date(on).isoformat()
            data = await self._call("between", "/api/v3/trainBetweenStations", params)
        trains: list[TrainBetween] = []
        for item in items(data):
            number = text(pick(item, "train_number", "trainNumber"))
            leaves = clock_time(pick(item, "from_std", "departureTime"))
            arrives = clock_time(pick(item, "to_sta", "arrivalTime"))
            if number is None or leaves is None or arrives is None:
                continue
            duration = minutes(pick(item, "duration"))
            from_day, to_day = (
                integer(pick(item, "from_day"), RUN_DAYS),
                integer(pick(item, "to_day"), RUN_DAYS),
            )
            offset = (
                to_day - from_day
                if from_day is not None and to_day is not None and to_day >= from_day
                else day_offset(leaves, arrives, duration)
            )
            from_here = _upper(pick(item, "from", "fromStationCode")) or origin
            to_there = _upper(pick(item, "to", "toStationCode")) or destination
            trains.append(
                TrainBetween(
                    train=Train(
                        number=number,
                        name=text(pick(item, "train_name", "trainName")) or "",
                        type=text(pick(item, "train_type", "trainType")),
                        run_days=_run_days(pick(item, "run_days", "runDays")),
                        classes=_classes(pick(item, "class_type", "classes")),
                        from_code=_upper(pick(item, "train_src")),
                        to_code=_upper(pick(item, "train_dstn")),
                    ),
                    from_station=Station(
                        code=from_here,
                        name=text(pick(item, "from_station_name")) or from_here,
                    ),
                    to_station=Station(
                        code=to_there, name=text(pick(item, "to_station_name")) or to_there
                    ),
                    departure=leaves,
                    arrival=arrives,
                    duration_min=duration,
                    arrival_day_offset=offset,
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
        vocabulary.require_age(age)
        vocabulary.require_journey_date(on)
        data = await self._call(
            "fare",
            "/api/v2/getFare",
            {"trainNo": number, "fromStationCode": origin, "toStationCode": destination},
        )
        table = "tatkal" if quota_code in TATKAL_QUOTAS else "general"
        rows = items(data) if isinstance(data, list) else items(pick(data, table))
        row = next(
            (r for r in rows if _upper(pick(r, "classType", "class_type", "class")) == cls), None
        )
        if row is None:
            raise ClassNotOnTrain("the train has no fare for that class")
        total = integer(pick(row, "fare", "totalFare", "total_fare"))
        if total is None or total < 0:
            raise UpstreamUnavailable("irctc1 sent a fare row without a fare")
        if total == 0:  # a row priced at nothing is a class it does not sell, never "₹0"
            raise ClassNotOnTrain("the train has no fare for that class")
        breakdown = {
            key: cost
            for part in items(pick(row, "breakup", "breakdown"))
            if (key := text(pick(part, "key", "title"))) is not None
            and key != "total"
            and (cost := integer(pick(part, "cost", "amount"))) is not None
        }
        fare = Fare(
            train=Train(number=number),
            from_station=Station(code=origin, name=origin),
            to_station=Station(code=destination, name=destination),
            journey_class=cls,
            quota=quota_code,
            total=total,
            breakdown=breakdown,
            # Premium Tatkal is priced dynamically; the table holds the Tatkal fare.
            approximate=quota_code == "PT",
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
        data = await self._call(
            "seats",
            "/api/v1/checkSeatAvailability",
            {
                "classType": cls,
                "fromStationCode": origin,
                "quota": quota_code,
                "toStationCode": destination,
                "trainNo": number,
                "date": vocabulary.require_journey_date(on).isoformat(),
            },
        )
        days = [
            seat_day(day, status)
            for item in items(data)
            if (day := calendar_date(pick(item, "date", "availablityDate"))) is not None
            and (status := text(pick(item, "current_status", "availablityStatus", "status")))
            is not None
        ]
        if not days:
            raise NotFound("no availability for this query")
        availability = SeatAvailability(
            train=Train(number=number),
            from_station=Station(code=origin, name=origin),
            to_station=Station(code=destination, name=destination),
            journey_class=cls,
            quota=quota_code,
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
        params: dict[str, str],
        *,
        missing: type[RailwayError] = NotFound,
    ) -> Any:
        answer = await self._http.get(
            self._base + path, endpoint=endpoint, params=params, accept_status=(400, 404, 422, 429)
        )
        body = answer.body
        message = text(pick(body, "message", "error")) or ""
        if answer.status == 429:
            await self._refused(answer.headers, message)
        if _REFUSED.search(message):
            raise key_refused(self.name, endpoint, "the key or its quota is refused")
        ok = flag(pick(body, "status", "success"))
        data = body.get("data")
        if ok is not False and data is not None:
            return data
        error = _error(message, missing)
        if isinstance(error, InvalidArgument):
            error.refused_by = self.name
        raise error

    async def _refused(self, headers: Mapping[str, str], message: str) -> NoReturn:
        """The gateway refused the call for the plan's rate or quota: pause the budget for as
        long as it said (the month for its monthly quota), then raise `UpstreamRateLimited`."""
        wait = retry_after_s(headers, self._now(), "x-ratelimit-requests-reset")
        await refused_for_rate(self._budget, self.name, message, wait, self._now())

    async def _search_stations(self, query: str) -> list[Station]:
        data = await self._call("search_station", "/api/v1/searchStation", {"query": query})
        return [station for item in items(data) if (station := _station(item)) is not None]

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock(), self._tz)

    def _sourced(self, data: Any) -> Sourced[Any]:
        return Sourced(data=data, source=self.name, as_of=self._now())

    def _live_stop(
        self, item: JsonObject, start: dt.date, *, reached: bool, departed: bool | None = None
    ) -> LiveStop | None:
        """One station of a live run. `a_day` (and `day`) are the day of the *expected* time,
        not of the timetable's: a train due at 23:32 and expected at 00:08 has `a_day` 1 on
        its first day. So the expected moment is fixed first (from `eta_a_min`, minutes after
        the start day's midnight, when given), and the timetable's time is placed on the day
        nearest that moment less the delay."""
        station = _station(item)
        if station is None:
            return None
        midnight = dt.datetime.combine(start, dt.time(), tzinfo=self._tz)
        offset = max(0, integer(pick(item, "a_day", "day"), RUN_DAYS) or 0)
        delay = integer(pick(item, "arrival_delay", "delay"), DELAY_MINUTES)
        eta, etd = clock_time(pick(item, "eta")), clock_time(pick(item, "etd"))
        eta_minute = integer(pick(item, "eta_a_min"))
        if eta_minute is not None and eta_minute >= 0:
            expected = midnight + dt.timedelta(minutes=eta_minute)
        elif eta is not None:
            expected = dt.datetime.combine(start + dt.timedelta(days=offset), eta, self._tz)
        else:
            expected = None
        arrives, leaves = clock_time(pick(item, "sta")), clock_time(pick(item, "std"))
        if expected is not None:
            anchor = expected - dt.timedelta(minutes=delay or 0)
        else:
            anchor = midnight + dt.timedelta(days=offset, hours=12)
        scheduled_arrival = nearest(arrives, anchor) if arrives is not None else None
        scheduled_departure = None
        if leaves is not None:
            scheduled_departure = (
                not_before(leaves, scheduled_arrival)
                if scheduled_arrival
                else nearest(leaves, anchor)
            )
        arrival = expected_at(eta, scheduled_arrival, delay)
        if expected is not None and eta_minute is not None:
            arrival = expected
        leaving = expected_at(etd, scheduled_departure, delay)
        has_departed = reached if departed is None else departed
        scheduled_day = (scheduled_arrival or scheduled_departure or anchor).date()
        return LiveStop(
            station=station,
            day=max(1, (scheduled_day - start).days + 1),
            distance_km=kilometres(pick(item, "distance_from_source", "distance")),
            scheduled_arrival=scheduled_arrival,
            scheduled_departure=scheduled_departure,
            actual_arrival=arrival if reached else None,
            actual_departure=leaving if has_departed else None,
            expected_arrival=None if reached else arrival,
            expected_departure=None if has_departed else leaving,
            has_arrived=reached,
            has_departed=has_departed,
            delay_min=delay,
            platform=_platform(pick(item, "platform_number", "platform")),
            state=stop_state(reached, has_departed),
        )


# --- reading the IRCTC1 shapes --------------------------------------------------------------------


def _error(message: str, missing: type[RailwayError]) -> RailwayError:
    if _NO_ENDPOINT.search(message):
        return UpstreamUnavailable("irctc1 does not know this endpoint (a changed API?)")
    if _FLUSHED.search(message):
        return FlushedPnr("the PNR is flushed: the journey is over")
    if _BAD_PNR.search(message):
        return InvalidPnr("no such PNR")
    if _NOT_RUNNING.search(message):
        return NotRunningOnDate("the train does not run on that date")
    if _NO_CLASS.search(message):
        return ClassNotOnTrain("the train has no such class")
    if _MISSING.search(message):
        return missing("no data for this query")
    if _INVALID.search(message):
        return InvalidArgument("the upstream refused the arguments")
    return UpstreamUnavailable("irctc1 could not answer")


def _as_timetabled(stop: LiveStop) -> LiveStop:
    """`stop` of a run not begun: its timetable only, nothing reached, expected nor late."""
    return stop.model_copy(
        update={
            "actual_arrival": None,
            "actual_departure": None,
            "expected_arrival": None,
            "expected_departure": None,
            "has_arrived": False,
            "has_departed": False,
            "delay_min": None,
            "platform": None,
            "state": stop_state(False, False),
        }
    )


def _station(item: Any) -> Station | None:
    code = _upper(pick(item, "station_code", "stationCode", "code"))
    if code is None:
        return None
    name = _name(pick(item, "station_name", "stationName", "eng_name", "name")) or code
    return Station(
        code=code,
        name=name,
        state=text(pick(item, "state_name", "state")),
        lat=decimal(pick(item, "lat", "station_lat")) or None,
        lng=decimal(pick(item, "lng", "station_lng")) or None,
    )


def _coded(value: Any, name: Any) -> Station | None:
    """A station given as a bare code ("CCT") or as "NAME (CODE)" / "NAME [CODE]"."""
    words = text(value)
    if words is None:
        return None
    if _CODE_ONLY.fullmatch(words):
        code = words.upper()
        return Station(code=code, name=_name(name) or code)
    match = _CODE_IN_TEXT.search(words)
    if match is None:
        return None
    code = match.group(1).upper()
    return Station(code=code, name=_name(name) or words[: match.start()].strip() or code)


def _name(value: Any) -> str | None:
    """A station name without the `~` NTES appends to some ("GOMATI NAGAR~")."""
    words = text(value)
    if words is None:
        return None
    return " ".join(words.replace("~", " ").split()) or None


def _passenger(item: JsonObject, index: int) -> Passenger:
    booking = _berth_status(item, "Booking")
    current = _berth_status(item, "Current")
    return Passenger(
        number=integer(pick(item, "Number", "passengerSerialNumber", "no")) or index,
        booking=booking,
        current=inherit_berth(booking, current),
    )


def _berth_status(item: JsonObject, which: str) -> BerthStatus:
    """A passenger's booking or current status, from the detailed string when there is one,
    completed with the separate coach and berth fields."""
    words = text(pick(item, f"{which}StatusDetails", f"{which}Status", f"{which}StatusNew")) or ""
    status = parse_status(words)
    coach = text(pick(item, f"{which}CoachId"))
    berth = integer(pick(item, f"{which}BerthNo"))
    berth_type = _upper(pick(item, f"{which}BerthCode"))
    if status.kind in (StatusKind.CNF, StatusKind.RAC) and status.coach is None and coach:
        status = status.model_copy(
            update={
                "coach": coach.upper(),
                "berth": berth if berth else status.berth,
                "berth_type": status.berth_type or berth_type,
            }
        )
    return status


def _upper(value: Any) -> str | None:
    word = text(value)
    return word.upper() if word else None


def _platform(value: Any) -> str | None:
    number = integer(value)
    if number is not None:
        return str(number) if number > 0 else None
    return text(value)


def _minute_of_run(minute: Any, clock: Any) -> int | None:
    """Minutes since midnight of the start day (`sta_min`), or a bare `HH:MM`."""
    value = integer(minute)
    if value is not None:
        return value if value >= 0 else None
    at = clock_time(clock)
    return at.hour * 60 + at.minute if at is not None else None


def _time_of_day(minute: int | None) -> dt.time | None:
    if minute is None:
        return None
    within = minute % _MINUTES_PER_DAY
    return dt.time(within // 60, within % 60)


def _run_days(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, dict):
        running = {str(k).upper()[:3] for k, v in value.items() if flag(v)}
    elif isinstance(value, list):
        running = {str(v).strip().upper()[:3] for v in value if isinstance(v, str)}
    elif isinstance(value, str):
        if value.strip().lower() == "daily":
            return WEEKDAYS
        running = {part.strip().upper()[:3] for part in re.split(r"[,\s]+", value)}
    else:
        return None
    return tuple(day for day in WEEKDAYS if day in running)


def _classes(value: Any) -> tuple[str, ...]:
    codes = []
    for item in value if isinstance(value, list) else []:
        code = _upper(pick(item, "value", "code")) if isinstance(item, dict) else _upper(item)
        if code:
            codes.append(code)
    return tuple(codes)


def _summary(data: JsonObject) -> str:
    """IRCTC1's own one-line summary of the run, when it sends one (in English)."""
    return text(pick(data, "new_message", "title", "position")) or ""


def _location(data: JsonObject, current: Station | None) -> CurrentLocation | None:
    """Where the train is, from `ahead_distance_text` ("At Station", "4 kms ahead") and
    `ahead_distance` beside the current station: kept as facts, never as IRCTC1's English words,
    so that each language says them its own way."""
    ahead = text(pick(data, "ahead_distance_text"))
    if current is None or ahead is None:
        return None
    if ahead.lower() == "at station":
        return CurrentLocation(station=current, at_station=True)
    km = decimal(pick(data, "ahead_distance"))
    return CurrentLocation(
        station=current, distance_from_station_km=km if km is not None and km > 0 else None
    )


def _updated_at(value: Any, tz: dt.tzinfo) -> dt.datetime | None:
    words = text(value)
    if words is None:
        return None
    for fmt in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            moment = dt.datetime.strptime(words, fmt)
        except ValueError:
            continue
        return moment if moment.tzinfo else moment.replace(tzinfo=tz)
    return None
