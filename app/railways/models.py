"""The railway domain: what every provider returns and what the bot words for travellers.

Times are the railway's local wall-clock times (Asia/Kolkata); `day` numbers are 1-based days of
the journey counted from the train's start at its origin.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class Station(Model):
    code: str
    name: str
    state: str | None = None
    zone: str | None = None
    lat: float | None = None
    lng: float | None = None
    city: str | None = None  # the city a station serves ("Mumbai" for BVI), when the source says
    # False for a code the railway keeps but no longer serves; None when the source does not say.
    active: bool | None = None


class Train(Model):
    number: str
    name: str = ""
    type: str | None = None
    # Days the train leaves its origin ("MON".."SUN"); None when the source does not say.
    run_days: tuple[str, ...] | None = None
    # Class codes the train carries ("1A", "2A", "3A", "SL"...); empty when unknown.
    classes: tuple[str, ...] = ()
    from_code: str | None = None
    to_code: str | None = None
    # Its coaches in order from the engine as it leaves its origin, as the source writes them
    # ("ENG-LPR-B1-A1-H1-LPR-VP"); None when the source does not give them (most do not).
    coach_position: str | None = None
    # Whether a pantry car runs with it; None when the source does not say (most do not).
    has_pantry: bool | None = None
    from_name: str | None = None  # the origin's and destination's names, when the source gives
    to_name: str | None = None


class StatusKind(StrEnum):
    """The kind of a booking or current status string such as `CNF/B2/34/GN` or `RLWL 16`."""

    CNF = "CNF"
    RAC = "RAC"
    WL = "WL"
    GNWL = "GNWL"
    RLWL = "RLWL"
    PQWL = "PQWL"
    TQWL = "TQWL"
    RSWL = "RSWL"
    RQWL = "RQWL"
    CKWL = "CKWL"
    NOSB = "NOSB"
    CAN = "CAN"
    MOD = "MOD"
    REGRET = "REGRET"
    # Not open for booking at all, no waiting list to join ("NOT AVAILABLE"): not a full one.
    NOT_AVAILABLE = "NOT AVAILABLE"
    AVAILABLE = "AVAILABLE"
    UNKNOWN = "UNKNOWN"

    @property
    def is_waitlist(self) -> bool:
        return self.value.endswith("WL")


class BerthStatus(Model):
    """A parsed status: its kind, and coach/berth (confirmed) or position (RAC, waiting list)."""

    raw: str
    kind: StatusKind
    coach: str | None = None
    berth: int | None = None
    berth_type: str | None = None  # LB, MB, UB, SL, SU... when the source gives it
    position: int | None = None
    quota: str | None = None


class Passenger(Model):
    number: int
    booking: BerthStatus
    current: BerthStatus


class PnrStatus(Model):
    pnr: str
    train: Train
    # None when the provider's answer gives no date of the journey (RailRadar without
    # `train.journeyDate`): the booking is shown undated, and no alert is timed by it.
    journey_date: dt.date | None
    from_station: Station
    to_station: Station
    boarding: Station | None = None
    upto: Station | None = None
    journey_class: str | None = None
    chart_prepared: bool = False
    train_cancelled: bool = False
    departure: dt.time | None = None
    passengers: tuple[Passenger, ...] = ()
    fare: int | None = None  # rupees, as booked

    @property
    def waiting(self) -> bool:
        """Whether any passenger is still on a waiting list or in RAC (a confirmation chance
        is worth asking for)."""
        return any(
            p.current.kind.is_waitlist or p.current.kind is StatusKind.RAC for p in self.passengers
        )


class ConfirmationChance(Model):
    """A provider's estimate of how likely a waitlisted or RAC booking is to be confirmed: the
    provider's own prediction, to be worded as such ("71% likely to confirm, RailRadar's
    estimate"), never as a fact."""

    percent: int | None = None  # 0..100
    grade: str | None = None  # the provider's word for it: "HIGH", "MEDIUM", "LOW"
    header: str | None = None  # what the estimate is about, e.g. "Waiting List #28"


class RouteStop(Model):
    seq: int
    station: Station
    arrival: dt.time | None = None  # None at the origin
    departure: dt.time | None = None  # None at the destination
    day: int = 1
    distance_km: int | None = None
    halt_min: int | None = None
    platform: str | None = None
    is_halt: bool = True  # False for a station the train passes without stopping


class TrainRoute(Model):
    train: Train
    stops: tuple[RouteStop, ...]

    @property
    def codes(self) -> list[str]:
        """The codes of its stations, in the order the train calls."""
        return [stop.station.code for stop in self.stops]

    def stop_at(self, code: str | None) -> RouteStop | None:
        """Its stop at the station `code` (in any case); None when it has none there."""
        wanted = (code or "").strip().upper()
        return next((stop for stop in self.stops if stop.station.code.upper() == wanted), None)


class BoardState(StrEnum):
    """Where a train on a station board is in its run, as the source reports it."""

    NOT_STARTED = "not-started"  # its run has not begun at its origin
    UPCOMING = "upcoming"  # on its way here
    AT_STATION = "at-station"  # standing at this station
    DEPARTED = "departed"  # has left this station
    SCHEDULED = "scheduled"  # only the timetable is known
    CANCELLED = "cancelled"  # its run (or its call here) is cancelled
    UNKNOWN = "unknown"


class Departure(Model):
    """A train at a station board within the next N hours."""

    train: Train
    scheduled_arrival: dt.datetime | None = None
    scheduled_departure: dt.datetime | None = None
    expected_arrival: dt.datetime | None = None
    expected_departure: dt.datetime | None = None
    delay_min: int | None = None  # None when only the timetable is known
    platform: str | None = None
    from_code: str | None = None
    to_code: str | None = None
    state: BoardState = BoardState.SCHEDULED
    departed_at: dt.datetime | None = None  # when it left this station, once it has
    start_date: dt.date | None = None  # the date its run started at its origin, when known

    @property
    def has_left(self) -> bool:
        """Whether the train has already left this station (on the source's word)."""
        return self.state is BoardState.DEPARTED or self.departed_at is not None


class StationBoard(Model):
    station: Station
    hours: int
    departures: tuple[Departure, ...]


class StopState(StrEnum):
    """A stop of a live run: passed, being served, still ahead, or taken out of the run."""

    DEPARTED = "departed"
    AT_STATION = "at-station"
    UPCOMING = "upcoming"
    DIVERTED = "diverted"  # on the diversion's new path
    CANCELLED = "cancelled"  # in a cancelled part of the run
    SKIPPED = "skipped"  # left out by a diversion
    UNKNOWN = "unknown"


class LiveStop(Model):
    """One station of a live run. `actual_*` are events that happened; `expected_*` are
    predictions for what has not happened yet (never shown as events)."""

    station: Station
    day: int = 1
    distance_km: int | None = None
    scheduled_arrival: dt.datetime | None = None
    scheduled_departure: dt.datetime | None = None
    actual_arrival: dt.datetime | None = None
    actual_departure: dt.datetime | None = None
    expected_arrival: dt.datetime | None = None
    expected_departure: dt.datetime | None = None
    has_arrived: bool = False
    has_departed: bool = False
    delay_min: int | None = None
    platform: str | None = None
    is_halt: bool = True  # False for a station passed without stopping
    state: StopState = StopState.UNKNOWN


class RunState(StrEnum):
    """A live run as a whole."""

    RUNNING = "running"
    NOT_STARTED = "not-started"  # not left its origin yet: its times are the timetable's
    COMPLETED = "completed"  # reached its destination
    CANCELLED = "cancelled"  # the whole run
    PARTIALLY_CANCELLED = "partially-cancelled"
    DIVERTED = "diverted"
    RESCHEDULED = "rescheduled"
    UNKNOWN = "unknown"


class ExceptionKind(StrEnum):
    CANCELLED = "cancelled"
    PARTIALLY_CANCELLED = "partially-cancelled"
    DIVERTED = "diverted"
    RESCHEDULED = "rescheduled"
    OTHER = "other"


class RunException(Model):
    """Something the railway changed about one run: a cancellation (whole or part), a diversion
    or a rescheduled start. Fields a source does not give stay empty; `message` is the source's
    own words."""

    kind: ExceptionKind
    message: str | None = None
    # A diversion: between which stations the run leaves its usual path, the stations it takes
    # instead, and the usual stations it skips.
    diverted_from: Station | None = None
    diverted_to: Station | None = None
    via: tuple[Station, ...] = ()
    skipped: tuple[Station, ...] = ()
    # A partial cancellation: the part of the run that does not run.
    cancelled_from: Station | None = None
    cancelled_to: Station | None = None
    # A reschedule: the new start from the origin, and how late that is.
    new_departure: dt.datetime | None = None
    delay_min: int | None = None


class CurrentLocation(Model):
    """Where the train is now: at a station, or past the last one it passed."""

    station: Station  # the station at or last passed (a pass-through station counts)
    at_station: bool = False
    is_halt: bool | None = None
    distance_from_origin_km: float | None = None
    distance_from_station_km: float | None = None  # how far past `station` it is
    lat: float | None = None
    lng: float | None = None


class LiveStatus(Model):
    train: Train
    start_date: dt.date
    position: str = ""  # the provider's one-line summary, when it gives one
    current_station: Station | None = None
    delay_min: int | None = None
    updated_at: dt.datetime | None = None
    stops: tuple[LiveStop, ...] = ()
    state: RunState = RunState.UNKNOWN
    # True when the position is worked out from the timetable rather than tracked (no GPS or
    # NTES report behind it): say "estimated".
    estimated: bool = False
    location: CurrentLocation | None = None
    exceptions: tuple[RunException, ...] = ()

    def exception(self, kind: ExceptionKind) -> RunException | None:
        """The first change of `kind` to this run, if the railway announced one."""
        return next((e for e in self.exceptions if e.kind is kind), None)

    @property
    def cancelled(self) -> bool:
        """Whether the whole run is cancelled."""
        return self.state is RunState.CANCELLED or any(
            e.kind is ExceptionKind.CANCELLED for e in self.exceptions
        )

    @property
    def partially_cancelled(self) -> bool:
        return self.state is RunState.PARTIALLY_CANCELLED or any(
            e.kind is ExceptionKind.PARTIALLY_CANCELLED for e in self.exceptions
        )

    @property
    def rescheduled(self) -> bool:
        return self.state is RunState.RESCHEDULED or any(
            e.kind is ExceptionKind.RESCHEDULED for e in self.exceptions
        )

    @property
    def diverted(self) -> bool:
        return self.state is RunState.DIVERTED or any(
            e.kind is ExceptionKind.DIVERTED for e in self.exceptions
        )


class CancelledTrain(Model):
    train: Train
    source: Station | None = None
    destination: Station | None = None
    start_time: str | None = None
    kind: str | None = None  # "Fully Cancelled", "Partially Cancelled"... as the source words it


class RescheduledTrain(Model):
    train: Train
    source: Station | None = None
    destination: Station | None = None
    new_date: dt.date | None = None
    new_time: dt.time | None = None
    delay_min: int | None = None


class TrainBetween(Model):
    """A train from one station to another. Searched by city, the stations are the ones this
    train uses in those cities (Borivali for "Mumbai"), each with its `city`."""

    train: Train
    from_station: Station
    to_station: Station
    departure: dt.time
    arrival: dt.time
    duration_min: int | None = None
    arrival_day_offset: int = 0  # days after the departure day the train arrives
    # The day of its run (1 = the day it leaves its origin) the train leaves `from_station`:
    # a date asked for is the date it leaves there.
    departure_day: int | None = None
    distance_km: int | None = None
    halts_between: int | None = None


class Fare(Model):
    train: Train
    from_station: Station
    to_station: Station
    journey_class: str
    quota: str = "GN"
    total: int  # rupees
    breakdown: dict[str, int] = Field(default_factory=dict)
    approximate: bool = False


class SeatDay(Model):
    date: dt.date
    status: str  # as the railway words it: "AVAILABLE 12", "RLWL12/WL8", "REGRET"
    kind: StatusKind = StatusKind.UNKNOWN
    count: int | None = None  # berths available, or waiting-list position


class SeatAvailability(Model):
    train: Train
    from_station: Station
    to_station: Station
    journey_class: str
    quota: str = "GN"
    days: tuple[SeatDay, ...]


class Pause(Model):
    """A live provider that may not be called for a long while: it refused calls for hours (a
    429 with a long Retry-After) or RailBot's budget for it is spent (the month's calls, or a
    pause a refusal set). `since` is when that was known, `until` when live answers return."""

    provider: str
    since: dt.datetime
    until: dt.datetime
    monthly: bool = False


class Sourced(BaseModel, Generic[T]):
    """An answer with where it came from and how old it is."""

    model_config = ConfigDict(frozen=True)

    data: T
    source: str  # "railradar", "irctc1", "railwayapi", "sample", "offline", "builtin"
    as_of: dt.datetime  # when the source produced it (timezone-aware)
    stale: bool = False  # served from cache because the source failed
    # Set when the answer is not live because a provider is paused for long (a stale one, or
    # the timetable's): when live answers return.
    paused: Pause | None = None
    # Set on the timetable's answer when a live provider before it failed for a moment (an
    # outage, a timeout, a busy minute): which one, so the traveller hears why it is not live.
    unanswered: str | None = None
    # Set, with `stale` or `unanswered`, when the provider refused RailBot's API key: the
    # operator's to fix, not a failure that passes in minutes, so no "ask again in a few minutes".
    key_refused: bool = False
    # Set, with `unanswered`, when every provider named refused the question as asked (its HTTP
    # 400): not a failure that passes in minutes, so no "ask again in a few minutes".
    not_accepted: bool = False
    # Set when a live provider's trains between two places all went between other places (a
    # wrong or stale recording), so this answer is another's (the timetable's), or none: which.
    mismatched: str | None = None
    # Set on a stale answer given while the railway's PNR system is in its nightly maintenance,
    # with when it is expected back (`back_at`, when the source said): not "in a few minutes".
    maintenance: bool = False
    back_at: dt.datetime | None = None

    @property
    def is_live(self) -> bool:
        return self.source not in {"offline", "builtin", "sample"} and not self.stale

    def age(self, now: dt.datetime) -> dt.timedelta:
        return now - self.as_of
