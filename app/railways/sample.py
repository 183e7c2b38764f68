"""The sample railway: a small hand-made railway that answers every feature, for a first run.

With no provider key and no Page token, RailBot answers from this railway so that a newcomer sees
what it does: PNR status (a confirmed booking, a waitlisted one with a confirmation chance, one on
a cancelled train, and one whose status moves when asked, for alerts), live running status, routes,
departures, trains between (by city too), fares, seats, cancellations and reschedules. It is a
`Provider` like any other, behind the same cache, and every answer says `source="sample"` so that
the bot marks it as sample data.

Everything here is made up by hand on real station codes (the built-in major stations), with real
train numbers and names but approximate times. Dates follow the clock: every train runs every day
it runs in the timetable, a running train's position moves with the time of day (each train keeps
its own small delay), tomorrow's seats are tomorrow's, and the sample bookings travel a day or a
few days from today. Station lookups are left to the built-in station list (`NotOffered` here).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from dataclasses import dataclass
from typing import Final, TypeVar

from rapidfuzz import fuzz

from app.constants import SAMPLE_STEP_PREFIX, SAMPLE_STEP_TTL_S
from app.errors import (
    ClassNotOnTrain,
    InvalidArgument,
    NotFound,
    NotInSample,
    NotOffered,
    NotRunningOnDate,
    PnrNotInSample,
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
from app.railways.stations import StationIndex
from app.railways.status import seat_day
from app.store import Clock, Store

T = TypeVar("T")

PROVIDER_NAME: Final = "sample"
DAILY: Final = WEEKDAYS
MINUTES_PER_DAY: Final = 24 * 60
MAX_BOARD_HOURS: Final = 24
SEAT_DAYS: Final = 6  # dates in one seat availability answer, from the one asked for
BOOKING_WINDOW_DAYS: Final = 60  # seats can be asked for up to this many days ahead
LIVE_PAST_DAYS: Final = 4  # runs that started this many days ago still have a live status
MAX_CITY_STATIONS: Final = 8


# --- the timetable --------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleStop:
    code: str
    arrival: int | None  # minutes from midnight of the day the train leaves its origin
    departure: int | None
    km: int


@dataclass(frozen=True)
class SampleTrain:
    train: Train
    stops: tuple[SampleStop, ...]
    delay_min: int  # how late its runs are, from the origin on (0: on time)

    @property
    def number(self) -> str:
        return self.train.number


def _minutes(text: str | None) -> int | None:
    """`"19:20"` → 1160; `"+1 00:40"` (the next day) → 1480; None stays None."""
    if text is None:
        return None
    days, _, clock = text.rpartition(" ")
    hours, minutes = clock.split(":")
    return int(days or 0) * MINUTES_PER_DAY + int(hours) * 60 + int(minutes)


def _train(
    number: str,
    name: str,
    kind: str,
    classes: tuple[str, ...],
    stops: tuple[tuple[str, str | None, str | None, int], ...],
    *,
    delay_min: int = 0,
    run_days: tuple[str, ...] = DAILY,
) -> SampleTrain:
    made = tuple(SampleStop(code, _minutes(a), _minutes(d), km) for code, a, d, km in stops)
    train = Train(
        number=number,
        name=name,
        type=kind,
        run_days=run_days,
        classes=classes,
        from_code=made[0].code,
        to_code=made[-1].code,
    )
    return SampleTrain(train, made, delay_min)


SLEEPER_TRAIN: Final = ("1A", "2A", "3A", "SL")
RAJDHANI: Final = ("1A", "2A", "3A")
SHATABDI: Final = ("EC", "CC")

# fmt: off
_LONG_DISTANCE: Final[tuple[SampleTrain, ...]] = (
    _train("12627", "Karnataka Express", "SF", SLEEPER_TRAIN, (
        ("SBC", None, "19:20", 0),
        ("YPR", "19:36", "19:38", 6),
        ("DMM", "22:03", "22:05", 173),
        ("ATP", "23:13", "23:15", 221),
        ("GTL", "+1 00:40", "+1 00:45", 285),
        ("SUR", "+1 07:10", "+1 07:15", 644),
        ("ET", "+1 19:55", "+1 20:05", 1378),
        ("BPL", "+1 22:05", "+1 22:15", 1470),
        ("VGLJ", "+2 02:30", "+2 02:38", 1761),
        ("GWL", "+2 03:40", "+2 03:43", 1858),
        ("AGC", "+2 05:15", "+2 05:20", 1976),
        ("MTJ", "+2 06:10", "+2 06:12", 2030),
        ("NDLS", "+2 09:15", None, 2171),
    ), delay_min=12),
    _train("12628", "Karnataka Express", "SF", SLEEPER_TRAIN, (
        ("NDLS", None, "20:15", 0),
        ("MTJ", "22:05", "22:07", 141),
        ("AGC", "23:00", "23:05", 195),
        ("GWL", "+1 00:45", "+1 00:48", 313),
        ("VGLJ", "+1 02:05", "+1 02:13", 410),
        ("BPL", "+1 06:50", "+1 07:00", 701),
        ("ET", "+1 08:50", "+1 09:00", 793),
        ("SUR", "+1 21:30", "+1 21:35", 1527),
        ("GTL", "+2 04:05", "+2 04:10", 1886),
        ("ATP", "+2 05:20", "+2 05:22", 1950),
        ("DMM", "+2 06:20", "+2 06:22", 1998),
        ("YPR", "+2 09:20", "+2 09:22", 2165),
        ("SBC", "+2 09:40", None, 2171),
    ), delay_min=25),
    _train("12951", "Mumbai Rajdhani", "RAJ", RAJDHANI, (
        ("MMCT", None, "17:00", 0),
        ("BVI", "17:22", "17:24", 30),
        ("ST", "19:53", "19:58", 263),
        ("BRC", "21:36", "21:46", 392),
        ("RTM", "+1 00:30", "+1 00:33", 653),
        ("KOTA", "+1 03:35", "+1 03:45", 918),
        ("NDLS", "+1 08:32", None, 1386),
    )),
    _train("12952", "Mumbai Rajdhani", "RAJ", RAJDHANI, (
        ("NDLS", None, "16:55", 0),
        ("KOTA", "21:30", "21:40", 465),
        ("RTM", "+1 00:55", "+1 00:58", 733),
        ("BRC", "+1 03:54", "+1 04:04", 994),
        ("ST", "+1 05:39", "+1 05:44", 1123),
        ("BVI", "+1 08:00", "+1 08:02", 1356),
        ("MMCT", "+1 08:35", None, 1386),
    ), delay_min=5),
    _train("12007", "Chennai Mysuru Shatabdi", "SHT", SHATABDI, (
        ("MAS", None, "06:00", 0),
        ("KPD", "07:23", "07:25", 129),
        ("BNC", "10:28", "10:30", 357),
        ("SBC", "10:55", "11:05", 362),
        ("MYS", "13:00", None, 500),
    ), run_days=("MON", "TUE", "THU", "FRI", "SAT", "SUN")),
    _train("12639", "Brindavan Express", "SF", ("CC", "2S"), (
        ("MAS", None, "07:40", 0),
        ("KPD", "09:28", "09:30", 129),
        ("JTJ", "10:40", "10:42", 214),
        ("KJM", "13:10", "13:11", 350),
        ("SBC", "13:55", None, 362),
    ), delay_min=10),
    _train("12657", "Chennai Bengaluru Mail", "SF", SLEEPER_TRAIN, (
        ("MAS", None, "22:40", 0),
        ("PER", "22:52", "22:54", 5),
        ("KPD", "+1 00:28", "+1 00:30", 129),
        ("JTJ", "+1 01:53", "+1 01:55", 214),
        ("KJM", "+1 04:08", "+1 04:10", 350),
        ("SBC", "+1 04:50", None, 362),
    ), delay_min=18),
    _train("16021", "Kaveri Express", "MEX", ("2A", "3A", "SL", "2S"), (
        ("MAS", None, "21:15", 0),
        ("PER", "21:27", "21:29", 5),
        ("KPD", "23:13", "23:15", 129),
        ("JTJ", "+1 00:45", "+1 00:50", 214),
        ("BNC", "+1 04:23", "+1 04:25", 357),
        ("SBC", "+1 04:55", "+1 05:10", 362),
        ("MYS", "+1 07:35", None, 500),
    ), delay_min=30),
    _train("22691", "Bengaluru Rajdhani", "RAJ", RAJDHANI, (
        ("SBC", None, "20:00", 0),
        ("ATP", "22:52", "22:54", 221),
        ("SC", "+1 05:50", "+1 06:00", 640),
        ("NGP", "+1 13:35", "+1 13:45", 1221),
        ("BPL", "+1 19:25", "+1 19:35", 1611),
        ("VGLJ", "+1 23:23", "+1 23:31", 1902),
        ("AGC", "+2 02:10", "+2 02:15", 2117),
        ("NZM", "+2 05:30", None, 2365),
    ), delay_min=8),
    _train("12626", "Kerala Express", "SF", SLEEPER_TRAIN, (
        ("NDLS", None, "20:10", 0),
        ("AGC", "23:15", "23:20", 195),
        ("BPL", "+1 06:45", "+1 06:55", 701),
        ("NGP", "+1 13:40", "+1 13:45", 1091),
        ("BZA", "+2 01:10", "+2 01:20", 1811),
        ("KPD", "+2 08:00", "+2 08:05", 2250),
        ("ED", "+2 11:55", "+2 12:00", 2480),
        ("CBE", "+2 13:10", "+2 13:15", 2530),
        ("ERS", "+2 17:50", "+2 17:55", 2720),
        ("TVC", "+2 22:40", None, 2940),
    )),
    _train("12002", "Bhopal Shatabdi", "SHT", SHATABDI, (
        ("NDLS", None, "06:00", 0),
        ("MTJ", "07:19", "07:20", 141),
        ("AGC", "07:57", "08:02", 195),
        ("GWL", "09:23", "09:28", 313),
        ("VGLJ", "10:45", "10:53", 410),
        ("BPL", "14:25", "14:30", 701),
        ("RKMP", "14:40", None, 707),
    )),
)
# fmt: on


def _memu(index: int) -> SampleTrain:
    """The New Delhi–Ghaziabad MEMUs: one every two hours, around the clock."""
    leaves = 15 + index * 120
    clock = f"{leaves // 60:02d}:{leaves % 60:02d}"
    reaches = leaves + 45
    return _train(f"{64401 + 2 * index}", "New Delhi Ghaziabad MEMU", "MEMU", ("2S",), (
        ("NDLS", None, clock, 0),
        ("DSA", _clock(leaves + 13), _clock(leaves + 14), 9),
        ("GZB", _clock(reaches), None, 25),
    ))  # fmt: skip


def _clock(minutes: int) -> str:
    days, minute = divmod(minutes, MINUTES_PER_DAY)
    text = f"{minute // 60:02d}:{minute % 60:02d}"
    return f"+{days} {text}" if days else text


# The trains worth offering to someone who asked about a train the sample railway lacks.
SHOWN_TRAINS: Final[tuple[Train, ...]] = tuple(sample.train for sample in _LONG_DISTANCE)
TRAINS: Final[dict[str, SampleTrain]] = {
    sample.number: sample for sample in (*_LONG_DISTANCE, *(_memu(i) for i in range(12)))
}

# The railway's changes, the same on every date: a cancellation, a part-cancellation (short
# termination) and a rescheduled start.
CANCELLED: Final = "12626"
CANCELLED_NOTE: Final = "Cancelled for track maintenance (sample)"
PART_CANCELLED: Final = ("16021", "SBC", "MYS")
RESCHEDULED: Final = ("12002", 150)  # its start is 2 h 30 min later than the timetable's

# A city's name for the sample's stations in cities with several.
CITIES: Final[dict[str, str]] = {
    **dict.fromkeys(("NDLS", "NZM", "DSA"), "Delhi"),
    **dict.fromkeys(("MMCT", "BVI"), "Mumbai"),
    **dict.fromkeys(("SBC", "YPR", "KJM", "BNC"), "Bengaluru"),
    **dict.fromkeys(("MAS", "PER"), "Chennai"),
}


# --- the bookings ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleBooking:
    """A sample PNR: its train and journey (`days_ahead` of today), and its passengers' statuses
    (booking, current) at each step; the step moves only when asked (`advance`)."""

    train: str
    from_code: str
    to_code: str
    journey_class: str
    days_ahead: int
    fare: int
    steps: tuple[tuple[tuple[str, str], ...], ...]
    chart_prepared_at_last_step: bool = False


BOOKINGS: Final[dict[str, SampleBooking]] = {
    # Mostly confirmed, one passenger in RAC: the README's example.
    "4512345678": SampleBooking(
        "12627", "SBC", "NDLS", "SL", 1, 2370,
        ((("CNF/S6/71/LB", "CNF/S6/71/LB"), ("CNF/S6/72/MB", "CNF/S6/72/MB"),
          ("GNWL/17", "RAC/12")),),
    ),
    # Waitlisted, with a confirmation chance.
    "4523456789": SampleBooking(
        "12952", "NDLS", "MMCT", "3A", 5, 6140,
        ((("GNWL/28", "WL/12"), ("GNWL/29", "WL/13")),),
    ),
    # On a cancelled train.
    "4545678901": SampleBooking(
        "12626", "NDLS", "ERS", "SL", 1, 1120, ((("CNF/S2/40/UB", "CNF/S2/40/UB"),),),
    ),
    # The one that moves, for alerts: waiting list → RAC → confirmed → chart prepared.
    "4534567890": SampleBooking(
        "12628", "NDLS", "SBC", "SL", 2, 1015,
        (
            (("GNWL/21", "WL/6"),),
            (("GNWL/21", "WL/3"),),
            (("GNWL/21", "RAC/8"),),
            (("GNWL/21", "RAC/2"),),
            (("GNWL/21", "CNF/S4/33/SL"),),
            (("GNWL/21", "CNF/S4/33/SL"),),
        ),
        chart_prepared_at_last_step=True,
    ),
}  # fmt: skip
MOVING_PNR: Final = "4534567890"

# Chances of confirmation by the current status's waiting-list position (sample estimates).
_CHANCE_BY_POSITION: Final = ((3, 92, "HIGH"), (8, 74, "HIGH"), (15, 55, "MEDIUM"))


# --- fares ----------------------------------------------------------------------------------

# Rupees per kilometre, reservation charge and superfast charge by class (made-up round numbers
# in the shape of the real fare tables).
FARE_RATES: Final[dict[str, tuple[float, int, int]]] = {
    "1A": (3.10, 60, 75),
    "2A": (1.85, 50, 45),
    "3A": (1.30, 40, 45),
    "SL": (0.48, 20, 30),
    "EC": (2.30, 60, 45),
    "CC": (1.15, 40, 45),
    "2S": (0.30, 15, 15),
}
AC_CLASSES: Final = frozenset({"1A", "2A", "3A", "EC", "CC"})
MIN_FARE_KM: Final = 50
GST_PERCENT: Final = 5
TATKAL_PERCENT: Final = 30
CATERING: Final[dict[str, int]] = {"RAJ": 350, "SHT": 250}


# --- the provider ---------------------------------------------------------------------------


class SampleProvider:
    """`Provider` over the sample railway. The moving PNR's step lives in the store, so that
    every process of one deployment (web, workers, shell) sees the same booking."""

    name = PROVIDER_NAME

    def __init__(
        self,
        store: Store,
        *,
        index: StationIndex | None = None,
        clock: Clock = time.time,
        tz: dt.tzinfo = dt.UTC,
    ) -> None:
        self._store = store
        self._index = index if index is not None else StationIndex.build()
        self._clock = clock
        self._tz = tz

    # --- PNRs ---------------------------------------------------------------------------------

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        booking = self._booking(pnr)
        step = await self._step(pnr)
        sample = TRAINS[booking.train]
        today = self._now().date()
        journey = today + dt.timedelta(days=booking.days_ahead)
        origin = sample.stops[0]
        passengers = tuple(
            Passenger(number=n, booking=_berth(booked), current=_berth(current))
            for n, (booked, current) in enumerate(booking.steps[step], start=1)
        )
        last = step == len(booking.steps) - 1
        return self._sourced(
            PnrStatus(
                pnr=pnr,
                train=sample.train,
                journey_date=journey,
                from_station=self._station(booking.from_code),
                to_station=self._station(booking.to_code),
                boarding=self._station(booking.from_code),
                upto=self._station(booking.to_code),
                journey_class=booking.journey_class,
                chart_prepared=booking.chart_prepared_at_last_step and last,
                train_cancelled=booking.train == CANCELLED,
                departure=_time_of(_stop(sample, booking.from_code).departure or origin.departure),
                passengers=passengers,
                fare=booking.fare,
            )
        )

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        status = (await self.pnr_status(pnr)).data
        waiting = [p.current for p in status.passengers if p.current.kind.is_waitlist]
        rac = [p.current for p in status.passengers if p.current.kind is StatusKind.RAC]
        if waiting:
            position = max(seat.position or 0 for seat in waiting)
            percent, grade = next(
                ((chance, word) for most, chance, word in _CHANCE_BY_POSITION if position <= most),
                (30, "LOW"),
            )
            header = f"Waiting List #{position}"
        elif rac:
            percent, grade, header = 96, "HIGH", f"RAC #{max(s.position or 0 for s in rac)}"
        else:
            raise NotFound(f"PNR {pnr[-3:].rjust(10, '*')} is not waiting: nothing to predict")
        return self._sourced(ConfirmationChance(percent=percent, grade=grade, header=header))

    async def advance(self, pnr: str = MOVING_PNR) -> PnrStatus:
        """Move a sample booking's status one step along (for trying alerts); at its last step
        it stays there. The new status."""
        booking = self._booking(pnr)
        if len(booking.steps) > 1:
            step = await self._store.incr(_step_key(pnr), ttl_s=SAMPLE_STEP_TTL_S)
            if step >= len(booking.steps):
                await self._store.set(
                    _step_key(pnr), str(len(booking.steps) - 1), ttl_s=SAMPLE_STEP_TTL_S
                )
        return (await self.pnr_status(pnr)).data

    async def reset(self, pnr: str = MOVING_PNR) -> None:
        """Put a sample booking back to its first status."""
        self._booking(pnr)
        await self._store.delete(_step_key(pnr))

    # --- stations (the built-in station list answers) ---------------------------------------

    async def station_by_name(self, name: str) -> Sourced[list[Station]]:
        raise NotOffered("station_by_name", PROVIDER_NAME)

    async def station_by_code(self, code: str) -> Sourced[Station]:
        raise NotOffered("station_by_code", PROVIDER_NAME)

    async def station_directory(self) -> Sourced[list[Station]]:
        raise NotOffered("station_directory", PROVIDER_NAME)

    # --- trains -------------------------------------------------------------------------------

    async def search_trains(
        self, query: str, limit: int = TRAIN_SEARCH_LIMIT
    ) -> Sourced[list[Train]]:
        wanted = _words(query)
        if not wanted:
            raise InvalidArgument("a train search needs a number or a name", problem="name")
        scored: list[tuple[float, str, Train]] = []
        for sample in TRAINS.values():
            train = sample.train
            if wanted.isdigit():
                if train.number.startswith(wanted):
                    scored.append((100.0, train.number, train))
                continue
            score = fuzz.token_set_ratio(wanted, _words(train.name))
            if score >= 80:
                scored.append((score, train.number, train))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return self._sourced([train for *_, train in scored[:limit]])

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        sample = self._train(train)
        stops = tuple(
            RouteStop(
                seq=seq,
                station=self._station(stop.code),
                arrival=_time_of(stop.arrival),
                departure=_time_of(stop.departure),
                day=_day_of(stop),
                distance_km=stop.km,
                halt_min=(
                    stop.departure - stop.arrival
                    if stop.arrival is not None and stop.departure is not None
                    else None
                ),
            )
            for seq, stop in enumerate(sample.stops, start=1)
        )
        return self._sourced(TrainRoute(train=sample.train, stops=stops))

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        if not 1 <= hours <= MAX_BOARD_HOURS:
            raise InvalidArgument(
                f"hours must be 1 to {MAX_BOARD_HOURS}, not {hours}", problem="hours"
            )
        place = self._station(station)
        now = self._now()
        end = now + dt.timedelta(hours=hours)
        board: list[tuple[dt.datetime, str, Departure]] = []
        for sample in TRAINS.values():
            stop = next((s for s in sample.stops if s.code == place.code), None)
            if stop is None:
                continue
            # A run ending here is on the board too (as it arrives), at its arrival time.
            moment = stop.departure if stop.departure is not None else stop.arrival
            if moment is None:
                continue
            cut_from = _cut_from(sample)
            # A run cancelled here (whole, or on the stretch from where it is cut short) stays
            # on the board at its time, marked cancelled: whoever holds a ticket looks for it.
            cancelled = sample.number == CANCELLED or (
                cut_from is not None and stop.km >= cut_from.km
            )
            # where it is cut short it still arrives, as late as it runs; only its leaving is off
            arrives = not cancelled or (cut_from is not None and stop.km == cut_from.km)
            # Runs that leave this station today or tomorrow, whichever day they started.
            for leaves_on in (now.date() - dt.timedelta(days=1), now.date(), end.date()):
                start = leaves_on - dt.timedelta(days=moment // MINUTES_PER_DAY)
                if not self._runs_on(sample, start):
                    continue
                delay = self._delay(sample) if arrives else 0
                due = self._at(start, moment)
                expected = due + dt.timedelta(minutes=delay)
                # on the board while still to come and expected, or due, within the hours
                in_window = now <= expected and min(due, expected) <= end
                if not in_window or any(e[1] == sample.number for e in board):
                    continue
                origin_left = self._at(start, sample.stops[0].departure) + dt.timedelta(
                    minutes=delay
                )
                arrived = stop.arrival is not None and (
                    self._at(start, stop.arrival) + dt.timedelta(minutes=delay) <= now
                )
                state = (
                    BoardState.CANCELLED
                    if cancelled
                    else BoardState.AT_STATION
                    if arrived
                    else BoardState.UPCOMING
                    if origin_left <= now
                    else BoardState.NOT_STARTED
                )
                board.append(
                    (
                        expected,
                        sample.number,
                        Departure(
                            train=sample.train,
                            scheduled_arrival=self._at_or_none(start, stop.arrival),
                            scheduled_departure=self._at_or_none(start, stop.departure),
                            expected_arrival=(
                                self._at_or_none(start, stop.arrival, delay) if arrives else None
                            ),
                            expected_departure=(
                                None
                                if cancelled
                                else self._at_or_none(start, stop.departure, delay)
                            ),
                            delay_min=delay if arrives else None,
                            platform=_platform(sample.number, place.code),
                            from_code=sample.train.from_code,
                            to_code=sample.train.to_code,
                            state=state,
                            start_date=start,
                        ),
                    )
                )
        board.sort(key=lambda item: (item[0], item[1]))
        departures = tuple(entry for *_, entry in board)
        return self._sourced(StationBoard(station=place, hours=hours, departures=departures))

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        sample = self._train(train)
        today = self._now().date()
        if (
            not today - dt.timedelta(days=LIVE_PAST_DAYS)
            <= start_date
            <= today + dt.timedelta(days=1)
        ):
            raise NotFound(f"no live status for {sample.number}'s run of {start_date:%d %b}")
        if not self._runs_on(sample, start_date):
            raise NotRunningOnDate(f"{sample.number} does not leave its origin on {start_date:%a}")
        if sample.number == CANCELLED:
            return self._sourced(self._cancelled_run(sample, start_date))
        return self._sourced(self._run(sample, start_date))

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        origin, destination = self._station(from_code).code, self._station(to_code).code
        if origin == destination:
            raise InvalidArgument(
                f"{origin} is both the start and the end of the journey", problem="same_station"
            )
        origins = self._city(origin) if by_city else (origin,)
        destinations = self._city(destination) if by_city else (destination,)
        found: list[tuple[int, str, TrainBetween]] = []
        for sample in TRAINS.values():
            leg = _leg(sample, origins, destinations, running=False)
            if leg is None:
                continue
            board, alight = leg
            assert board.departure is not None
            reaches = alight.arrival if alight.arrival is not None else alight.departure
            assert reaches is not None
            departure_day = board.departure // MINUTES_PER_DAY + 1
            if on is not None and not self._runs_on(
                sample, on - dt.timedelta(days=departure_day - 1)
            ):
                continue
            found.append(
                (
                    board.departure % MINUTES_PER_DAY,
                    sample.number,
                    TrainBetween(
                        train=sample.train,
                        from_station=self._station(board.code),
                        to_station=self._station(alight.code),
                        departure=_clock_time(board.departure),
                        arrival=_clock_time(reaches),
                        duration_min=reaches - board.departure,
                        arrival_day_offset=reaches // MINUTES_PER_DAY
                        - board.departure // MINUTES_PER_DAY,
                        departure_day=departure_day,
                        distance_km=alight.km - board.km,
                        halts_between=sample.stops.index(alight) - sample.stops.index(board) - 1,
                    ),
                )
            )
        found.sort(key=lambda item: (item[0], item[1]))
        return self._sourced([between for *_, between in found])

    # --- money and seats ------------------------------------------------------------------------

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
        sample = self._train(train)
        board, alight = self._journey(sample, from_code, to_code)
        if journey_class not in sample.train.classes or journey_class not in FARE_RATES:
            raise ClassNotOnTrain(f"{sample.number} has no {journey_class}")
        rate, reservation, superfast = FARE_RATES[journey_class]
        base = round(max(alight.km - board.km, MIN_FARE_KM) * rate)
        breakdown = {"base": base, "reservation": reservation}
        if sample.train.type in ("SF", "RAJ", "SHT"):
            breakdown["superfast"] = superfast
        if sample.train.type in CATERING:
            breakdown["catering"] = CATERING[sample.train.type]
        if quota == "TQ":
            breakdown["tatkal"] = round(base * TATKAL_PERCENT / 100)
        if journey_class in AC_CLASSES:
            breakdown["gst"] = round(sum(breakdown.values()) * GST_PERCENT / 100)
        return self._sourced(
            Fare(
                train=sample.train,
                from_station=self._station(board.code),
                to_station=self._station(alight.code),
                journey_class=journey_class,
                quota=quota,
                total=sum(breakdown.values()),
                breakdown=breakdown,
            )
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
        sample = self._train(train)
        board, alight = self._journey(sample, from_code, to_code)
        if journey_class not in sample.train.classes:
            raise ClassNotOnTrain(f"{sample.number} has no {journey_class}")
        today = self._now().date()
        if on < today:
            raise InvalidArgument(f"{on:%d %b} has passed", problem="date_passed")
        if on > today + dt.timedelta(days=BOOKING_WINDOW_DAYS):
            raise InvalidArgument(
                f"booking for {on:%d %b} is not open yet", problem="date_not_open"
            )
        assert board.departure is not None
        offset = dt.timedelta(days=board.departure // MINUTES_PER_DAY)
        days: list[SeatDay] = []
        day = on
        while len(days) < SEAT_DAYS and day <= today + dt.timedelta(days=BOOKING_WINDOW_DAYS):
            if self._runs_on(sample, day - offset):
                days.append(_seats(sample.number, journey_class, quota, day, (day - today).days))
            day += dt.timedelta(days=1)
        if not days or days[0].date != on:
            raise NotRunningOnDate(f"{sample.number} does not leave {board.code} on {on:%a}")
        if sample.number == CANCELLED:  # as the railway's availability shows a cancelled run
            days = [seat_day(d.date, "TRAIN CANCELLED") for d in days]
        return self._sourced(
            SeatAvailability(
                train=sample.train,
                from_station=self._station(board.code),
                to_station=self._station(alight.code),
                journey_class=journey_class,
                quota=quota,
                days=tuple(days),
            )
        )

    # --- the railway's changes ------------------------------------------------------------------

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        full = TRAINS[CANCELLED]
        part, part_from, part_to = TRAINS[PART_CANCELLED[0]], *PART_CANCELLED[1:]
        listed = [
            CancelledTrain(
                train=full.train,
                source=self._station(full.stops[0].code),
                destination=self._station(full.stops[-1].code),
                start_time=_clock_time(full.stops[0].departure or 0).strftime("%H:%M"),
                kind="Fully Cancelled",
            ),
            CancelledTrain(
                train=part.train,
                source=self._station(part_from),
                destination=self._station(part_to),
                start_time=_clock_time(part.stops[0].departure or 0).strftime("%H:%M"),
                kind="Partially Cancelled",
            ),
        ]
        return self._sourced([c for c in listed if self._runs_on(TRAINS[c.train.number], on)])

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        number, late = RESCHEDULED
        sample = TRAINS[number]
        if not self._runs_on(sample, on):
            return self._sourced([])
        new_start = self._at(on, sample.stops[0].departure) + dt.timedelta(minutes=late)
        return self._sourced(
            [
                RescheduledTrain(
                    train=sample.train,
                    source=self._station(sample.stops[0].code),
                    destination=self._station(sample.stops[-1].code),
                    new_date=new_start.date(),
                    new_time=new_start.time().replace(tzinfo=None),
                    delay_min=late,
                )
            ]
        )

    async def aclose(self) -> None:
        return None

    # --- live runs ------------------------------------------------------------------------------

    def _run(self, sample: SampleTrain, start: dt.date) -> LiveStatus:
        now = self._now()
        delay = self._delay(sample)
        late = dt.timedelta(minutes=delay)
        cut_from = _cut_from(sample)
        stops: list[LiveStop] = []
        last_passed: tuple[SampleStop, LiveStop] | None = None
        for stop in sample.stops:
            arrival = self._at_or_none(start, stop.arrival)
            departure = self._at_or_none(start, stop.departure)
            arrived = arrival is not None and arrival + late <= now
            # A short-terminated run ends at `cut_from`: it never leaves there.
            departed = departure is not None and departure + late <= now and stop != cut_from
            if cut_from is not None and stop.km > cut_from.km:
                stop_state = StopState.CANCELLED
                arrived = departed = False
            elif departed or (arrived and (departure is None or stop == cut_from)):
                stop_state = StopState.DEPARTED
            elif arrived:
                stop_state = StopState.AT_STATION
            else:
                stop_state = StopState.UPCOMING
            live = LiveStop(
                station=self._station(stop.code),
                day=_day_of(stop),
                distance_km=stop.km,
                scheduled_arrival=arrival,
                scheduled_departure=departure,
                actual_arrival=arrival + late if arrived and arrival is not None else None,
                actual_departure=departure + late if departed and departure else None,
                expected_arrival=(arrival + late if arrival is not None and not arrived else None),
                expected_departure=(
                    departure + late if departure is not None and not departed else None
                ),
                has_arrived=arrived,
                has_departed=departed,
                delay_min=delay if stop_state is not StopState.CANCELLED else None,
                platform=_platform(sample.number, stop.code),
                state=stop_state,
            )
            stops.append(live)
            if arrived or departed:
                last_passed = (stop, live)
        exceptions: list[RunException] = []
        if cut_from is not None:
            exceptions.append(
                RunException(
                    kind=ExceptionKind.PARTIALLY_CANCELLED,
                    message=f"Short terminated at {cut_from.code} (sample)",
                    cancelled_from=self._station(cut_from.code),
                    cancelled_to=self._station(sample.stops[-1].code),
                )
            )
        if sample.number == RESCHEDULED[0]:
            exceptions.append(
                RunException(
                    kind=ExceptionKind.RESCHEDULED,
                    message="Rescheduled (sample)",
                    new_departure=self._at(start, sample.stops[0].departure) + late,
                    delay_min=delay,
                )
            )
        end = cut_from if cut_from is not None else sample.stops[-1]
        finished = self._at(start, end.arrival) + late <= now
        if last_passed is None:
            state = (
                RunState.RESCHEDULED if sample.number == RESCHEDULED[0] else RunState.NOT_STARTED
            )
            location = None
        else:
            state = RunState.COMPLETED if finished else RunState.RUNNING
            location = self._location(sample, start, last_passed, now, delay)
        return LiveStatus(
            train=sample.train,
            start_date=start,
            current_station=location.station if location else None,
            delay_min=delay if last_passed is not None else None,
            updated_at=now,
            stops=tuple(stops),
            state=state,
            location=location,
            exceptions=tuple(exceptions),
        )

    def _location(
        self,
        sample: SampleTrain,
        start: dt.date,
        passed: tuple[SampleStop, LiveStop],
        now: dt.datetime,
        delay: int,
    ) -> CurrentLocation:
        """Where the train is: at the last station it reached, or between it and the next one
        (distance by the share of the scheduled running time gone)."""
        stop, live = passed
        at_station = live.state is StopState.AT_STATION
        place = CurrentLocation(
            station=live.station, at_station=at_station, distance_from_origin_km=float(stop.km)
        )
        following = sample.stops.index(stop) + 1
        if at_station or following >= len(sample.stops) or stop.departure is None:
            return place
        after = sample.stops[following]
        leave = self._at(start, stop.departure) + dt.timedelta(minutes=delay)
        reach = self._at(start, after.arrival) + dt.timedelta(minutes=delay)
        share = max(0.0, min(1.0, (now - leave) / (reach - leave)))
        gone = round((after.km - stop.km) * share, 1)
        return place.model_copy(
            update={"distance_from_station_km": gone, "distance_from_origin_km": stop.km + gone}
        )

    def _cancelled_run(self, sample: SampleTrain, start: dt.date) -> LiveStatus:
        stops = tuple(
            LiveStop(
                station=self._station(stop.code),
                day=_day_of(stop),
                distance_km=stop.km,
                scheduled_arrival=self._at_or_none(start, stop.arrival),
                scheduled_departure=self._at_or_none(start, stop.departure),
                state=StopState.CANCELLED,
            )
            for stop in sample.stops
        )
        return LiveStatus(
            train=sample.train,
            start_date=start,
            updated_at=self._now(),
            stops=stops,
            state=RunState.CANCELLED,
            exceptions=(RunException(kind=ExceptionKind.CANCELLED, message=CANCELLED_NOTE),),
        )

    # --- helpers --------------------------------------------------------------------------------

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock(), self._tz).replace(second=0, microsecond=0)

    def _sourced(self, data: T) -> Sourced[T]:
        return Sourced(data=data, source=PROVIDER_NAME, as_of=self._now())

    def _at(self, start: dt.date, minutes: int | None) -> dt.datetime:
        assert minutes is not None
        day = start + dt.timedelta(days=minutes // MINUTES_PER_DAY)
        minute = minutes % MINUTES_PER_DAY
        return dt.datetime.combine(day, dt.time(minute // 60, minute % 60), self._tz)

    def _at_or_none(
        self, start: dt.date, minutes: int | None, delay: int = 0
    ) -> dt.datetime | None:
        if minutes is None:
            return None
        return self._at(start, minutes) + dt.timedelta(minutes=delay)

    def _delay(self, sample: SampleTrain) -> int:
        if sample.number == RESCHEDULED[0]:
            return RESCHEDULED[1]
        return sample.delay_min

    @staticmethod
    def _runs_on(sample: SampleTrain, start: dt.date) -> bool:
        days = sample.train.run_days or DAILY
        return WEEKDAYS[start.weekday()] in days

    def _station(self, code: str) -> Station:
        found = self._index.get(code.upper())
        if found is None:
            raise NotFound(f"no station {code}")
        city = CITIES.get(found.code)
        return found.model_copy(update={"city": city}) if city and not found.city else found

    def _city(self, code: str) -> tuple[str, ...]:
        same = self._index.same_city(code)
        return (code, *(c for c in same if c != code))[:MAX_CITY_STATIONS]

    def _train(self, number: str) -> SampleTrain:
        sample = TRAINS.get(number.strip())
        if sample is None:
            raise NotInSample(f"train {number} is not in the sample railway")
        return sample

    def _journey(
        self, sample: SampleTrain, from_code: str, to_code: str
    ) -> tuple[SampleStop, SampleStop]:
        leg = _leg(sample, (from_code.upper(),), (to_code.upper(),))
        if leg is None:
            raise NotFound(f"{sample.number} does not run from {from_code} to {to_code}")
        return leg

    def _booking(self, pnr: str) -> SampleBooking:
        booking = BOOKINGS.get(pnr.strip())
        if booking is None:
            raise PnrNotInSample(f"PNR {pnr[-3:].rjust(10, '*')} is not a sample booking")
        return booking

    async def _step(self, pnr: str) -> int:
        booking = BOOKINGS[pnr]
        if len(booking.steps) == 1:
            return 0
        stored = await self._store.get(_step_key(pnr))
        return min(int(stored or 0), len(booking.steps) - 1)


# --- pure helpers ---------------------------------------------------------------------------


def _step_key(pnr: str) -> str:
    return f"{SAMPLE_STEP_PREFIX}{pnr}"


def _stop(sample: SampleTrain, code: str) -> SampleStop:
    return next(stop for stop in sample.stops if stop.code == code)


def _leg(
    sample: SampleTrain,
    origins: tuple[str, ...],
    destinations: tuple[str, ...],
    *,
    running: bool = True,
) -> tuple[SampleStop, SampleStop] | None:
    """Where the train takes a traveller from one of `origins` to one of `destinations`: the
    first of `origins` (the station asked, then the rest of its city) where it boards with one of
    `destinations` still ahead, and the first of those (the station asked, the city's main one,
    then the rest) it calls at: not a suburb it calls at on the way in; None when it does not.
    With `running`, None too when the part of the run is cancelled; without, the timetable's
    leg (a railway's list of trains between two stations has it: its list of changes says the
    part is cancelled)."""
    leg = next(
        (
            (board, alight)
            for code in origins
            for board in sample.stops
            if board.code == code and board.departure is not None
            for alight in [_first_of(sample.stops[sample.stops.index(board) + 1 :], destinations)]
            if alight is not None
        ),
        None,
    )
    if leg is None:
        return None
    board, alight = leg
    cut_from = _cut_from(sample) if running else None
    if cut_from is not None and alight.km > cut_from.km:
        return None  # that part of the run is cancelled
    return board, alight


def _first_of(stops: tuple[SampleStop, ...], codes: tuple[str, ...]) -> SampleStop | None:
    """The stop among `stops` at the first of `codes` that has one."""
    return next((stop for code in codes for stop in stops if stop.code == code), None)


def _cut_from(sample: SampleTrain) -> SampleStop | None:
    """Where a part-cancelled train ends its runs."""
    number, ends_at, _ = PART_CANCELLED
    return _stop(sample, ends_at) if sample.number == number else None


def _day_of(stop: SampleStop) -> int:
    minutes = stop.arrival if stop.arrival is not None else stop.departure
    assert minutes is not None
    return minutes // MINUTES_PER_DAY + 1


def _time_of(minutes: int | None) -> dt.time | None:
    return _clock_time(minutes) if minutes is not None else None


def _clock_time(minutes: int) -> dt.time:
    minute = minutes % MINUTES_PER_DAY
    return dt.time(minute // 60, minute % 60)


def _berth(text: str) -> BerthStatus:
    """`CNF/S6/71/LB`, `RAC/12`, `WL/6`, `GNWL/21` → a parsed status."""
    kind, *rest = text.split("/")
    if kind == "CNF":
        coach, berth, *berth_type = rest
        return BerthStatus(
            raw=text,
            kind=StatusKind.CNF,
            coach=coach,
            berth=int(berth),
            berth_type=berth_type[0] if berth_type else None,
        )
    return BerthStatus(raw=f"{kind} {rest[0]}", kind=StatusKind(kind), position=int(rest[0]))


def _words(text: str) -> str:
    """Lower-case words, with the railway's abbreviations spelt out."""
    words = re.sub(r"[^0-9a-z ]+", " ", text.casefold()).split()
    spelt = {"exp": "express", "expr": "express", "spl": "special", "sf": "superfast"}
    return " ".join(spelt.get(word, word) for word in words)


def _digest(*parts: object) -> int:
    text = "|".join(str(part) for part in parts)
    return int.from_bytes(hashlib.blake2s(text.encode(), digest_size=4).digest(), "big")


def _platform(number: str, code: str) -> str:
    return str(1 + _digest(number, code) % 12)


def _seats(number: str, journey_class: str, quota: str, day: dt.date, ahead: int) -> SeatDay:
    """A made-up but steady availability: plenty far ahead, tighter as the date comes closer,
    the same answer for the same train, class, quota and date."""
    roll = _digest(number, journey_class, quota, day.isoformat()) % 100
    if ahead > 20 or roll < 35:
        count = 5 + roll % 90
        return SeatDay(date=day, status=f"AVAILABLE-{count:04d}", kind=StatusKind.AVAILABLE,
                       count=count)  # fmt: skip
    if roll < 55:
        count = 1 + roll % 30
        return SeatDay(date=day, status=f"RAC {count}", kind=StatusKind.RAC, count=count)
    if roll < 90:
        count = 1 + roll % 60
        return SeatDay(date=day, status=f"GNWL{count}/WL{max(1, count - 5)}",
                       kind=StatusKind.GNWL, count=count)  # fmt: skip
    return SeatDay(date=day, status="REGRET/WL", kind=StatusKind.REGRET)
