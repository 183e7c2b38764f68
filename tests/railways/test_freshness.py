"""How long answers stay fresh by what they say, and one undated trains-between answer serving
every date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.constants import CACHE_TTL_S, LIVE_FRESH_S, PNR_FRESH_S
from app.railways.cache import CachedProvider, leaves_on
from app.railways.freshness import booking_fresh_s, fresh_until, live_fresh_s
from app.railways.models import (
    BerthStatus,
    BoardState,
    ConfirmationChance,
    Departure,
    ExceptionKind,
    LiveStatus,
    LiveStop,
    Passenger,
    PnrStatus,
    RunException,
    RunState,
    SeatAvailability,
    SeatDay,
    Sourced,
    Station,
    StationBoard,
    StatusKind,
    Train,
    TrainBetween,
)
from app.store import MemoryStore
from tests.conftest import FakeClock

IST = ZoneInfo("Asia/Kolkata")
NOW = dt.datetime(2026, 12, 14, 10, 0, tzinfo=IST)
SBC = Station(code="SBC", name="KSR Bengaluru")
NDLS = Station(code="NDLS", name="New Delhi")
CNF, WL, RAC = StatusKind.CNF, StatusKind.GNWL, StatusKind.RAC


def fresh(days: float, kinds: list[StatusKind], settled: bool = False) -> float:
    leaves = NOW + dt.timedelta(days=days)
    return booking_fresh_s(
        leaves.date(), leaves.timetz(), settled=settled, kinds=kinds, at=NOW.timestamp(), tz=IST
    )


@pytest.mark.parametrize(
    ("days", "kinds", "settled", "tier"),
    [
        (1.5, [WL, RAC], False, "waiting"),  # a share of the time left is less: the floor
        (0.5, [RAC], False, "waiting_soon"),
        (0.1, [WL], False, "waiting_near"),
        (20, [CNF, CNF], False, "confirmed"),
        (0.5, [CNF], False, "confirmed_soon"),
        (0.1, [CNF], False, "confirmed_near"),
        (0.1, [WL], True, "settled"),  # chart prepared: final
        (-2, [WL], False, "settled"),  # the journey is over
    ],
)
def test_a_booking_stays_fresh_as_long_as_its_state_allows(
    days: float, kinds: list[StatusKind], settled: bool, tier: str
) -> None:
    assert fresh(days, kinds, settled) == PNR_FRESH_S[tier]


def test_a_waiting_list_far_away_is_looked_at_less_often_than_one_near() -> None:
    assert fresh(20, [WL]) > fresh(5, [WL]) > fresh(0.5, [WL]) > fresh(0.1, [WL])
    assert fresh(20, [CNF]) >= fresh(20, [WL])


def test_a_waiting_list_days_or_weeks_out_is_kept_for_a_share_of_the_time_left() -> None:
    hour = 3600
    assert fresh(20, [WL]) == 10 * hour  # 20 days out: 480 hours / 48
    assert fresh(5, [WL, RAC]) == 2.5 * hour
    assert fresh(40, [RAC]) == PNR_FRESH_S["confirmed"]  # never longer than a confirmed booking
    assert fresh(1.5, [WL]) == PNR_FRESH_S["waiting"]  # ...nor shorter than its phase's
    assert fresh(0.5, [WL]) == PNR_FRESH_S["waiting_soon"]  # its last day: by the quarter hour


def live(state: RunState, leaves_in_min: int = 0) -> LiveStatus:
    first = LiveStop(station=SBC, scheduled_departure=NOW + dt.timedelta(minutes=leaves_in_min))
    return LiveStatus(
        train=Train(number="12627"), start_date=NOW.date(), stops=(first,), state=state
    )


def test_a_run_is_fresh_by_its_state() -> None:
    at = NOW.timestamp()
    assert live_fresh_s(live(RunState.RUNNING), at, 60) == LIVE_FRESH_S["running"]
    assert live_fresh_s(live(RunState.COMPLETED), at, 60) == LIVE_FRESH_S["completed"]
    assert live_fresh_s(live(RunState.CANCELLED), at, 60) == LIVE_FRESH_S["cancelled"]
    # not started: the timetable until shortly before it leaves, looked at again within hours
    far = live_fresh_s(live(RunState.NOT_STARTED, leaves_in_min=600), at, 60)
    soon = live_fresh_s(live(RunState.NOT_STARTED, leaves_in_min=20), at, 60)
    ahead = live_fresh_s(live(RunState.NOT_STARTED, leaves_in_min=40), at, 60)
    assert ahead == 10 * 60  # until half an hour before it leaves
    assert far == LIVE_FRESH_S["not_started_max"]
    # days ahead, an eighth of the time left, up to half a day
    days = live_fresh_s(live(RunState.NOT_STARTED, leaves_in_min=2 * 24 * 60 + 30), at, 60)
    weeks = live_fresh_s(live(RunState.NOT_STARTED, leaves_in_min=20 * 24 * 60), at, 60)
    assert days == 6 * 3600 and weeks == LIVE_FRESH_S["not_started_far"]
    assert soon == LIVE_FRESH_S["running"]
    answer: Sourced[LiveStatus] = Sourced(
        data=live(RunState.COMPLETED), source="railradar", as_of=NOW
    )
    assert fresh_until("live", answer, at, 60) == at + LIVE_FRESH_S["completed"]
    assert fresh_until("route", answer, at, 60) == at + 60


def running_towards_a_halt(due_in_min: int, *, pass_through_first: bool = False) -> LiveStatus:
    """A running train, its next halt (Salem Jn) expected `due_in_min` from NOW; before it, when
    asked, a station it passes without stopping, 2 minutes on."""
    passed = LiveStop(station=SBC, has_departed=True, has_arrived=True)
    halt = LiveStop(
        station=Station(code="SA", name="Salem Jn"),
        expected_arrival=NOW + dt.timedelta(minutes=due_in_min),
    )
    through = LiveStop(
        station=Station(code="LCR", name="Lokur"),
        is_halt=False,
        expected_arrival=NOW + dt.timedelta(minutes=2),
    )
    stops = (passed, through, halt) if pass_through_first else (passed, halt)
    return LiveStatus(
        train=Train(number="12675"), start_date=NOW.date(), stops=stops, state=RunState.RUNNING
    )


def test_a_running_train_between_halts_is_fresh_until_shortly_before_the_next_one() -> None:
    at = NOW.timestamp()
    # An hour from its next halt: nothing but its position (projected) changes for a quarter hour.
    assert live_fresh_s(running_towards_a_halt(60), at, 60) == LIVE_FRESH_S["running_between_halts"]
    # A station passed without stopping on the way changes nothing a traveller is told.
    far = running_towards_a_halt(60, pass_through_first=True)
    assert live_fresh_s(far, at, 60) == LIVE_FRESH_S["running_between_halts"]
    # Due in 9 minutes: looked at again 2 minutes before, for its arrival there.
    assert live_fresh_s(running_towards_a_halt(9), at, 60) == (9 - 2) * 60
    # Due in 3 minutes, or the next halt not known: a running train's usual freshness.
    assert live_fresh_s(running_towards_a_halt(3), at, 60) == LIVE_FRESH_S["running"]
    diverted = running_towards_a_halt(60).model_copy(
        update={"exceptions": (RunException(kind=ExceptionKind.DIVERTED),)}
    )
    assert live_fresh_s(diverted, at, 60) == LIVE_FRESH_S["running"]


def between(run_days: tuple[str, ...] | None, departure_day: int) -> TrainBetween:
    return TrainBetween(
        train=Train(number="12627", run_days=run_days),
        from_station=SBC,
        to_station=Station(code="NDLS", name="New Delhi"),
        departure=dt.time(1, 40),
        arrival=dt.time(9, 0),
        departure_day=departure_day,
    )


def test_a_train_leaves_a_station_on_the_days_its_run_started_the_days_before() -> None:
    monday, tuesday = dt.date(2026, 12, 14), dt.date(2026, 12, 15)
    assert leaves_on(between(("MON",), 1), monday)
    assert not leaves_on(between(("MON",), 1), tuesday)
    # leaving on its run's second day: Monday's run passes on Tuesday
    assert leaves_on(between(("mon",), 2), tuesday)
    assert not leaves_on(between(("MON",), 2), monday)
    assert leaves_on(between(None, 1), monday)  # run days unknown: kept


class Calendar:
    """A provider whose seats answer is a two-week calendar and whose trains-between date only
    filters by run day (RailRadar's ways), counting what it is asked."""

    name = "calendar"
    seats_calendar = True
    between_by_run_day = True

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.asked: list[tuple[str, dt.date | None]] = []

    async def seat_availability(
        self, train: str, from_code: str, to_code: str, on: dt.date, cls: str, quota: str
    ) -> Sourced[SeatAvailability]:
        self.asked.append(("seats", on))
        days = tuple(
            SeatDay(date=on + dt.timedelta(days=n), status="AVAILABLE-0010") for n in range(14)
        )
        seats = SeatAvailability(
            train=Train(number=train),
            from_station=SBC,
            to_station=NDLS,
            journey_class=cls,
            days=days,
        )
        return Sourced(data=seats, source=self.name, as_of=self.now())

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        self.asked.append(("between", on))
        trains = [between(("MON",), 1), between(("TUE", "WED"), 1)]
        return Sourced(data=trains, source=self.name, as_of=self.now())

    def now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.clock(), IST)

    async def aclose(self) -> None:
        return None


async def test_one_seat_calendar_answers_the_later_days_it_holds(clock: FakeClock) -> None:
    inner = Calendar(clock)
    cached = CachedProvider(inner, MemoryStore(clock=clock), clock=clock)  # type: ignore[arg-type]
    first = dt.date(2026, 12, 20)

    asked = await cached.seat_availability("12627", "SBC", "NDLS", first, "3A", "GN")
    later = await cached.seat_availability(
        "12627", "SBC", "NDLS", first + dt.timedelta(3), "3A", "GN"
    )
    other = await cached.seat_availability("12627", "SBC", "NDLS", first, "SL", "GN")

    assert inner.asked == [("seats", first), ("seats", first)]  # the other class is asked
    assert asked.data.days[0].date == first
    assert later.data.days[0].date == first + dt.timedelta(3)  # from the day asked on
    assert len(later.data.days) == 11 and other.data.journey_class == "SL"


async def test_one_undated_search_answers_every_date_by_run_day(clock: FakeClock) -> None:
    inner = Calendar(clock)
    cached = CachedProvider(inner, MemoryStore(clock=clock), clock=clock)  # type: ignore[arg-type]
    monday, tuesday = dt.date(2026, 12, 14), dt.date(2026, 12, 15)

    on_monday = (await cached.trains_between("SBC", "NDLS", monday)).data
    on_tuesday = (await cached.trains_between("SBC", "NDLS", tuesday)).data
    any_day = (await cached.trains_between("SBC", "NDLS", None)).data

    assert inner.asked == [("between", None)]
    assert [t.train.run_days for t in on_monday] == [("MON",)]
    assert [t.train.run_days for t in on_tuesday] == [("TUE", "WED")]
    assert len(any_day) == 2


class Waitlist:
    """A PNR whose place on the waiting list the test moves, and RailRadar's estimate of it."""

    name = "waitlist"

    def __init__(self, clock: FakeClock, days_out: int = 3) -> None:
        self.clock, self.position, self.estimates = clock, 12, 0
        self.days_out = days_out

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        place = BerthStatus(raw=f"GNWL/{self.position}/GN", kind=WL, position=self.position)
        status = PnrStatus(
            pnr=pnr,
            train=Train(number="12627"),
            # Three days out: its status is kept an hour or two, its estimate 6 hours.
            journey_date=dt.datetime.fromtimestamp(self.clock(), IST).date()
            + dt.timedelta(days=self.days_out),
            from_station=SBC,
            to_station=NDLS,
            passengers=(Passenger(number=1, booking=place, current=place),),
        )
        return Sourced(data=status, source=self.name, as_of=NOW)

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        self.estimates += 1
        chance = ConfirmationChance(percent=90 - self.position)
        return Sourced(data=chance, source=self.name, as_of=NOW)

    async def aclose(self) -> None:
        return None


async def test_the_estimate_is_asked_again_when_the_place_moves_not_when_its_owner_looks(
    clock: FakeClock,
) -> None:
    inner = Waitlist(clock)
    cached = CachedProvider(inner, MemoryStore(clock=clock), clock=clock)  # type: ignore[arg-type]
    pnr = "4512345678"

    await cached.pnr_status(pnr)
    first = await cached.pnr_prediction(pnr)
    clock.advance(2 * 3600 + 60)  # the status is looked at again: unmoved
    await cached.pnr_status(pnr)
    same = await cached.pnr_prediction(pnr)
    inner.position = 5
    clock.advance(2 * 3600 + 60)  # ...and again: it moved
    await cached.pnr_status(pnr)
    moved = await cached.pnr_prediction(pnr)

    assert inner.estimates == 2
    assert (first.data.percent, same.data.percent, moved.data.percent) == (78, 78, 85)


def board(*trains: tuple[BoardState, int | None]) -> StationBoard:
    """A board at NOW with trains in these states, each due in so many minutes (None: no time)."""
    departures = tuple(
        Departure(
            train=Train(number=f"1262{n}"),
            expected_departure=None if due is None else NOW + dt.timedelta(minutes=due),
            state=state,
        )
        for n, (state, due) in enumerate(trains)
    )
    return StationBoard(station=SBC, hours=8, departures=departures)


@pytest.mark.parametrize(
    ("trains", "minutes"),
    [
        ([(BoardState.UPCOMING, 40), (BoardState.NOT_STARTED, 90)], 15),  # quiet: 15 at most
        ([(BoardState.UPCOMING, 9), (BoardState.UPCOMING, 90)], 7),  # until 2 min before
        ([(BoardState.UPCOMING, 4)], 3),  # never less than its kind's 3 minutes
        ([(BoardState.AT_STATION, 30), (BoardState.UPCOMING, 60)], 3),  # one may leave now
        ([(BoardState.UPCOMING, -5), (BoardState.UPCOMING, 60)], 3),  # one is due already
        ([(BoardState.UPCOMING, None), (BoardState.UPCOMING, 60)], 3),  # a time not known
        ([(BoardState.DEPARTED, -10), (BoardState.UPCOMING, 30)], 15),  # gone: not waited for
        ([], 3),
    ],
)
def test_a_station_board_is_fresh_until_shortly_before_its_next_train(
    trains: list[tuple[BoardState, int | None]], minutes: int
) -> None:
    answer = Sourced(data=board(*trains), source="railradar", as_of=NOW)
    until = fresh_until("departures", answer, NOW.timestamp(), CACHE_TTL_S["departures"])
    assert until - NOW.timestamp() == minutes * 60


@pytest.mark.parametrize(("days_out", "asked"), [(20, 1), (3, 2), (1, 2)])
async def test_weeks_out_the_same_places_estimate_is_kept_for_a_share_of_the_time_left(
    clock: FakeClock, days_out: int, asked: int
) -> None:
    inner = Waitlist(clock, days_out)
    cached = CachedProvider(inner, MemoryStore(clock=clock), clock=clock)  # type: ignore[arg-type]
    pnr = "4512345678"

    await cached.pnr_status(pnr)
    first = await cached.pnr_prediction(pnr)
    clock.advance(10 * 3600)  # its owner looks again, ten hours later: the place has not moved
    await cached.pnr_status(pnr)
    later = await cached.pnr_prediction(pnr)

    # 20 days out the estimate is kept a day (an eighth of the time left, at most a day); 3 days
    # or 1 day out, 9 or 6 hours: asked again.
    assert inner.estimates == asked
    assert later.data.percent == first.data.percent == 78
