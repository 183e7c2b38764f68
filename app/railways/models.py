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
    journey_date: dt.date
    from_station: Station
    to_station: Station
    boarding: Station | None = None
    upto: Station | None = None
    journey_class: str | None = None
    chart_prepared: bool = False
    train_cancelled: bool = False
    departure: dt.time | None = None
    passengers: tuple[Passenger, ...] = ()


class RouteStop(Model):
    seq: int
    station: Station
    arrival: dt.time | None = None  # None at the origin
    departure: dt.time | None = None  # None at the destination
    day: int = 1
    distance_km: int | None = None
    halt_min: int | None = None


class TrainRoute(Model):
    train: Train
    stops: tuple[RouteStop, ...]


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


class StationBoard(Model):
    station: Station
    hours: int
    departures: tuple[Departure, ...]


class LiveStop(Model):
    station: Station
    day: int = 1
    distance_km: int | None = None
    scheduled_arrival: dt.datetime | None = None
    scheduled_departure: dt.datetime | None = None
    actual_arrival: dt.datetime | None = None
    actual_departure: dt.datetime | None = None
    has_arrived: bool = False
    has_departed: bool = False
    delay_min: int | None = None


class LiveStatus(Model):
    train: Train
    start_date: dt.date
    position: str = ""  # the provider's one-line summary, when it gives one
    current_station: Station | None = None
    delay_min: int | None = None
    updated_at: dt.datetime | None = None
    stops: tuple[LiveStop, ...] = ()


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
    train: Train
    from_station: Station
    to_station: Station
    departure: dt.time
    arrival: dt.time
    duration_min: int | None = None
    arrival_day_offset: int = 0  # days after the departure day the train arrives


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


class Sourced(BaseModel, Generic[T]):
    """An answer with where it came from and how old it is."""

    model_config = ConfigDict(frozen=True)

    data: T
    source: str  # "railwayapi", "irctc1", "offline", "builtin"
    as_of: dt.datetime  # when the source produced it (timezone-aware)
    stale: bool = False  # served from cache because the source failed

    @property
    def is_live(self) -> bool:
        return self.source not in {"offline", "builtin"} and not self.stale

    def age(self, now: dt.datetime) -> dt.timedelta:
        return now - self.as_of
