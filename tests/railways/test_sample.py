"""The sample railway answers every feature, through the cache like any provider, with dates and
positions that follow the clock, and a PNR whose status moves when asked."""

from __future__ import annotations

import datetime as dt
import inspect
from zoneinfo import ZoneInfo

import pytest

from app.errors import (
    ClassNotOnTrain,
    InvalidArgument,
    NotFound,
    NotOffered,
    NotRunningOnDate,
    PnrNotFound,
)
from app.railways.cache import CachedProvider
from app.railways.models import BoardState, ExceptionKind, RunState, StatusKind, StopState
from app.railways.provider import Provider
from app.railways.sample import (
    BOOKINGS,
    CANCELLED,
    MOVING_PNR,
    PART_CANCELLED,
    RESCHEDULED,
    TRAINS,
    SampleProvider,
)
from app.railways.stations import StationIndex
from app.store import Store
from tests.conftest import FakeClock

IST = ZoneInfo("Asia/Kolkata")


def clock_at(day: dt.date, hour: int, minute: int = 0) -> FakeClock:
    return FakeClock(dt.datetime.combine(day, dt.time(hour, minute), IST).timestamp())


# A Wednesday; 12007 does not run on Wednesdays.
WEDNESDAY = dt.date(2026, 12, 2)


@pytest.fixture
def clock() -> FakeClock:
    return clock_at(WEDNESDAY, 21, 0)


@pytest.fixture
def sample(store: Store, clock: FakeClock) -> SampleProvider:
    return SampleProvider(store, clock=clock, tz=IST)


def test_it_implements_every_method_of_the_provider_protocol() -> None:
    wanted = {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(Provider, inspect.isfunction)
        if not name.startswith("_")
    }
    assert wanted
    for name, signature in wanted.items():
        mine = inspect.signature(getattr(SampleProvider, name))
        assert list(mine.parameters) == list(signature.parameters), name
        assert inspect.iscoroutinefunction(getattr(SampleProvider, name)), name


def test_every_station_of_the_sample_is_a_built_in_station() -> None:
    index = StationIndex.build()
    codes = {stop.code for sample in TRAINS.values() for stop in sample.stops}
    assert codes and all(index.get(code) is not None for code in codes)


@pytest.mark.parametrize("number", sorted(TRAINS))
def test_each_timetable_runs_forwards(number: str) -> None:
    stops = TRAINS[number].stops
    assert stops[0].arrival is None and stops[-1].departure is None
    times = [t for stop in stops for t in (stop.arrival, stop.departure) if t is not None]
    assert times == sorted(times) and len(set(times)) == len(times)
    assert [s.km for s in stops] == sorted(s.km for s in stops)


async def test_every_feature_answers_through_the_cache_marked_as_sample(
    sample: SampleProvider, store: Store, clock: FakeClock
) -> None:
    cached = CachedProvider(sample, store, clock=clock)
    tomorrow = WEDNESDAY + dt.timedelta(days=1)
    answers = [
        await cached.pnr_status("4512345678"),
        await cached.pnr_prediction("4523456789"),
        await cached.search_trains("karnataka express"),
        await cached.train_route("12627"),
        await cached.departures("NDLS", 4),
        await cached.live_status("12627", WEDNESDAY),
        await cached.trains_between("MAS", "SBC", tomorrow),
        await cached.fare("12627", "SBC", "NDLS", "SL", "GN", 30, tomorrow),
        await cached.seat_availability("12952", "NDLS", "MMCT", tomorrow, "3A", "GN"),
        await cached.cancelled_trains(WEDNESDAY),
        await cached.rescheduled_trains(WEDNESDAY),
    ]
    assert {answer.source for answer in answers} == {"sample"}
    assert all(not answer.is_live for answer in answers)
    # Asked again within the cache's freshness: the same answer, not a new one.
    assert await cached.pnr_status("4512345678") == answers[0]


async def test_stations_are_left_to_the_built_in_station_list(sample: SampleProvider) -> None:
    with pytest.raises(NotOffered):
        await sample.station_by_name("new delhi")
    with pytest.raises(NotOffered):
        await sample.station_by_code("NDLS")
    with pytest.raises(NotOffered):
        await sample.station_directory()


async def test_the_readme_pnr_travels_tomorrow_with_one_passenger_in_rac(
    sample: SampleProvider,
) -> None:
    pnr = (await sample.pnr_status("4512345678")).data
    assert pnr.journey_date == WEDNESDAY + dt.timedelta(days=1)
    assert pnr.train.number == "12627" and pnr.departure == dt.time(19, 20)
    assert [p.current.kind for p in pnr.passengers] == [StatusKind.CNF, StatusKind.CNF,
                                                         StatusKind.RAC]  # fmt: skip
    assert pnr.passengers[0].current.coach == "S6" and pnr.passengers[0].current.berth == 71
    assert pnr.passengers[2].booking.kind is StatusKind.GNWL


async def test_a_waitlisted_pnr_has_a_confirmation_chance(sample: SampleProvider) -> None:
    pnr = (await sample.pnr_status("4523456789")).data
    assert pnr.waiting
    chance = (await sample.pnr_prediction("4523456789")).data
    assert chance.percent is not None and 0 < chance.percent < 100
    assert chance.header == "Waiting List #13"
    rac = (await sample.pnr_prediction("4512345678")).data
    assert rac.header == "RAC #12"
    with pytest.raises(NotFound):
        await sample.pnr_prediction("4545678901")  # confirmed: nothing to estimate


async def test_a_pnr_on_the_cancelled_train_says_so(sample: SampleProvider) -> None:
    pnr = (await sample.pnr_status("4545678901")).data
    assert pnr.train.number == CANCELLED and pnr.train_cancelled


async def test_an_unknown_pnr_is_not_found(sample: SampleProvider) -> None:
    with pytest.raises(PnrNotFound):
        await sample.pnr_status("1234567890")


async def test_the_moving_pnr_goes_from_waiting_list_to_a_prepared_chart_and_stays(
    sample: SampleProvider, store: Store, clock: FakeClock
) -> None:
    seen = [(await sample.pnr_status(MOVING_PNR)).data]
    for _ in range(len(BOOKINGS[MOVING_PNR].steps) + 1):
        seen.append(await sample.advance())
    kinds = [status.passengers[0].current.kind for status in seen]
    assert kinds[:5] == [StatusKind.WL, StatusKind.WL, StatusKind.RAC, StatusKind.RAC,
                         StatusKind.CNF]  # fmt: skip
    assert [s.chart_prepared for s in seen[-3:]] == [True, True, True]
    # Another process on the same store sees the same step; a reset starts again.
    other = SampleProvider(store, clock=clock, tz=IST)
    assert (await other.pnr_status(MOVING_PNR)).data == seen[-1]
    await other.reset()
    assert (await sample.pnr_status(MOVING_PNR)).data == seen[0]


async def test_a_running_train_moves_with_the_clock(store: Store) -> None:
    clock = clock_at(WEDNESDAY, 19, 0)
    sample = SampleProvider(store, clock=clock, tz=IST)
    before = (await sample.live_status("12627", WEDNESDAY)).data
    assert before.state is RunState.NOT_STARTED and before.location is None

    clock.now = clock_at(WEDNESDAY, 21, 0).now
    early = (await sample.live_status("12627", WEDNESDAY)).data
    assert early.state is RunState.RUNNING and early.delay_min == 12
    assert early.location is not None and early.location.station.code == "YPR"

    clock.now = clock_at(WEDNESDAY + dt.timedelta(days=1), 21, 0).now
    later = (await sample.live_status("12627", WEDNESDAY)).data
    assert later.location is not None and later.location.station.code == "ET"
    assert later.location.distance_from_origin_km > early.location.distance_from_origin_km  # type: ignore[operator]
    departed = [stop for stop in later.stops if stop.has_departed]
    assert all(s.actual_departure is not None and s.expected_departure is None for s in departed)
    ahead = [stop for stop in later.stops if stop.state is StopState.UPCOMING]
    assert ahead and all(s.actual_arrival is None and s.expected_arrival for s in ahead)

    clock.now = clock_at(WEDNESDAY + dt.timedelta(days=2), 10, 0).now
    done = (await sample.live_status("12627", WEDNESDAY)).data
    assert done.state is RunState.COMPLETED and done.location is not None
    assert done.location.station.code == "NDLS"


async def test_live_status_is_for_recent_runs_on_their_days(sample: SampleProvider) -> None:
    with pytest.raises(NotFound):
        await sample.live_status("12627", WEDNESDAY + dt.timedelta(days=5))
    with pytest.raises(NotRunningOnDate):
        await sample.live_status("12007", WEDNESDAY)
    with pytest.raises(NotFound):
        await sample.live_status("99999", WEDNESDAY)


async def test_the_cancelled_and_rescheduled_lists_agree_with_each_trains_live_status(
    sample: SampleProvider,
) -> None:
    cancelled = (await sample.cancelled_trains(WEDNESDAY)).data
    assert {(c.train.number, c.kind) for c in cancelled} == {
        (CANCELLED, "Fully Cancelled"),
        (PART_CANCELLED[0], "Partially Cancelled"),
    }
    run = (await sample.live_status(CANCELLED, WEDNESDAY)).data
    assert run.cancelled and run.state is RunState.CANCELLED

    part = (await sample.live_status(PART_CANCELLED[0], WEDNESDAY - dt.timedelta(days=1))).data
    assert part.partially_cancelled
    change = part.exception(ExceptionKind.PARTIALLY_CANCELLED)
    assert change is not None and change.cancelled_from is not None
    assert change.cancelled_from.code == PART_CANCELLED[1]
    assert part.stops[-1].state is StopState.CANCELLED

    (moved,) = (await sample.rescheduled_trains(WEDNESDAY)).data
    assert (moved.train.number, moved.delay_min) == RESCHEDULED
    assert moved.new_date == WEDNESDAY and moved.new_time == dt.time(8, 30)
    run = (await sample.live_status(RESCHEDULED[0], WEDNESDAY)).data
    assert run.rescheduled
    change = run.exception(ExceptionKind.RESCHEDULED)
    assert change is not None and change.new_departure is not None
    assert change.new_departure.time() == dt.time(8, 30)


async def test_new_delhi_has_a_departure_within_two_hours_at_any_time_of_day(
    store: Store,
) -> None:
    for minute in range(0, 24 * 60, 20):
        clock = clock_at(WEDNESDAY, minute // 60, minute % 60)
        board = (await SampleProvider(store, clock=clock, tz=IST).departures("NDLS", 2)).data
        assert board.departures, f"nothing at {minute // 60:02d}:{minute % 60:02d}"
        now = dt.datetime.fromtimestamp(clock.now, IST)
        for entry in board.departures:
            due = entry.scheduled_departure or entry.scheduled_arrival
            if entry.state is BoardState.CANCELLED:  # on the board at its time, no times to expect
                assert due is not None and now <= due <= now + dt.timedelta(hours=2)
                continue
            moment = entry.expected_departure or entry.expected_arrival  # a run ending here
            assert moment is not None and due is not None
            # still to come, and expected or due (running late) within the two hours
            assert now <= moment and min(moment, due) <= now + dt.timedelta(hours=2)


async def test_a_cancelled_run_stays_on_the_board_at_its_time_marked_cancelled(
    store: Store,
) -> None:
    # 12626 Kerala Express, cancelled, is due out of New Delhi at 20:10: whoever holds a ticket
    # looks for it on the board
    clock = clock_at(WEDNESDAY, 19, 0)
    board = (await SampleProvider(store, clock=clock, tz=IST).departures("NDLS", 2)).data
    (kerala,) = [d for d in board.departures if d.train.number == CANCELLED]
    assert kerala.state is BoardState.CANCELLED
    assert kerala.scheduled_departure is not None
    assert kerala.scheduled_departure.time() == dt.time(20, 10)
    assert kerala.expected_departure is None and kerala.delay_min is None


async def test_a_delayed_train_is_on_the_board_until_it_really_leaves(store: Store) -> None:
    # 12628 leaves New Delhi at 20:15, 25 minutes late: still to leave at 20:30.
    clock = clock_at(WEDNESDAY, 20, 30)
    board = (await SampleProvider(store, clock=clock, tz=IST).departures("NDLS", 1)).data
    (karnataka,) = [d for d in board.departures if d.train.number == "12628"]
    assert karnataka.expected_departure is not None
    assert karnataka.expected_departure.time() == dt.time(20, 40)
    assert karnataka.delay_min == 25 and karnataka.state is BoardState.NOT_STARTED
    with pytest.raises(InvalidArgument):
        await SampleProvider(store, clock=clock, tz=IST).departures("NDLS", 25)


@pytest.mark.parametrize("station", ["NDLS", "SBC", "BPL", "KOTA", "ET", "MMCT", "YPR"])
async def test_the_board_and_the_live_status_of_a_run_tell_the_same_times(
    store: Store, station: str
) -> None:
    for hour in range(0, 24, 3):
        clock = clock_at(WEDNESDAY, hour, 10)
        sample = SampleProvider(store, clock=clock, tz=IST)
        board = (await sample.departures(station, 4)).data
        for entry in board.departures:
            if entry.state is BoardState.CANCELLED:
                continue  # a run that does not call here has no times to tell
            assert entry.start_date is not None
            run = (await sample.live_status(entry.train.number, entry.start_date)).data
            (stop,) = [s for s in run.stops if s.station.code == station]
            said = f"{entry.train.number} at {station}, {hour:02d}:10"
            assert entry.delay_min == stop.delay_min, said
            assert entry.expected_departure == stop.expected_departure, said
            if not stop.has_arrived:
                assert entry.expected_arrival == stop.expected_arrival, said


async def test_trains_between_cities_use_each_trains_own_stations(
    sample: SampleProvider,
) -> None:
    thursday = WEDNESDAY + dt.timedelta(days=1)
    by_city = (await sample.trains_between("MAS", "SBC", thursday, by_city=True)).data
    arrivals = {between.train.number: between.to_station.code for between in by_city}
    # the station asked (the city's main one) where the train calls there, not a suburb it
    # calls at on the way in
    assert arrivals == {"12007": "SBC", "12639": "SBC", "16021": "SBC", "12657": "SBC"}
    to_the_suburb = (await sample.trains_between("MAS", "BNC", thursday, by_city=True)).data
    suburb = {between.train.number: between.to_station.code for between in to_the_suburb}
    assert suburb["12007"] == suburb["16021"] == "BNC"  # the station asked, where it calls
    assert all(between.to_station.city == "Bengaluru" for between in by_city)
    exact = (await sample.trains_between("MAS", "SBC", thursday)).data
    assert {b.train.number for b in exact} == {"12007", "12639", "16021", "12657"}
    # 12007 does not run on Wednesdays.
    wednesday = (await sample.trains_between("MAS", "SBC", WEDNESDAY)).data
    assert "12007" not in {b.train.number for b in wednesday}
    overnight = next(b for b in exact if b.train.number == "12657")
    assert overnight.arrival_day_offset == 1 and overnight.duration_min == 370


async def test_a_train_is_found_by_its_name_or_number(sample: SampleProvider) -> None:
    by_name = (await sample.search_trains("Karnataka Exp")).data
    assert [t.number for t in by_name] == ["12627", "12628"]
    assert [t.number for t in (await sample.search_trains("1262")).data] == [
        "12626", "12627", "12628"
    ]  # fmt: skip
    assert (await sample.search_trains("flying saucer")).data == []


async def test_fares_grow_with_distance_and_class(sample: SampleProvider) -> None:
    day = WEDNESDAY + dt.timedelta(days=1)
    short = (await sample.fare("12627", "SBC", "ATP", "SL", "GN", 30, day)).data
    long = (await sample.fare("12627", "SBC", "NDLS", "SL", "GN", 30, day)).data
    ac = (await sample.fare("12627", "SBC", "NDLS", "2A", "GN", 30, day)).data
    tatkal = (await sample.fare("12627", "SBC", "NDLS", "SL", "TQ", 30, day)).data
    assert short.total < long.total < ac.total and long.total < tatkal.total
    assert sum(ac.breakdown.values()) == ac.total and "gst" in ac.breakdown
    with pytest.raises(ClassNotOnTrain):
        await sample.fare("12627", "SBC", "NDLS", "CC", "GN", 30, day)
    with pytest.raises(NotFound):
        await sample.fare("12627", "NDLS", "SBC", "SL", "GN", 30, day)


async def test_seats_start_on_the_date_asked_and_stay_the_same(sample: SampleProvider) -> None:
    tomorrow = WEDNESDAY + dt.timedelta(days=1)
    seats = (await sample.seat_availability("12952", "NDLS", "MMCT", tomorrow, "3A", "GN")).data
    assert seats.days[0].date == tomorrow and len(seats.days) == 6
    assert [d.date for d in seats.days] == sorted(d.date for d in seats.days)
    again = (await sample.seat_availability("12952", "NDLS", "MMCT", tomorrow, "3A", "GN")).data
    assert again == seats
    with pytest.raises(InvalidArgument):
        await sample.seat_availability("12952", "NDLS", "MMCT", WEDNESDAY - dt.timedelta(days=1),
                                       "3A", "GN")  # fmt: skip
    with pytest.raises(ClassNotOnTrain):
        await sample.seat_availability("12952", "NDLS", "MMCT", tomorrow, "SL", "GN")
    with pytest.raises(NotRunningOnDate):
        await sample.seat_availability("12007", "MAS", "SBC", WEDNESDAY, "CC", "GN")


async def test_a_run_ending_at_a_station_is_on_its_board_as_it_arrives(store: Store) -> None:
    # 12951 from Mumbai ends at New Delhi at 08:32 on its second day: an arrival, no departure.
    clock = clock_at(WEDNESDAY, 6, 0)
    board = (await SampleProvider(store, clock=clock, tz=IST).departures("NDLS", 4)).data
    (rajdhani,) = [d for d in board.departures if d.train.number == "12951"]
    assert rajdhani.scheduled_departure is None and rajdhani.expected_departure is None
    assert rajdhani.scheduled_arrival is not None
    assert rajdhani.scheduled_arrival.time() == dt.time(8, 32)
