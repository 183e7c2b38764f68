"""RailRadar's answers in forms beyond the recorded ones that a real answer can still take: a seat
calendar's "TRAIN CANCELLED" under its NOT_AVAILABLE code, money with its rupee sign, exception
types the docs do not list ("SHORT_TERMINATED"), a run's stations marked `cancelled` with no
exception to say so, a board's train whose `live.type` is `cancelled`, and a run's times without
their offset or as bare clock times. Each reads to what it says, never to a contrary fact."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import respx

from app.errors import UpstreamUnavailable
from app.railways.http import amount
from app.railways.models import BoardState, ExceptionKind, RunState, StatusKind, StopState
from app.railways.railradar import RailRadarProvider
from tests.railways.railradar_client import railradar_provider as railradar_provider  # `provider`
from tests.railways.test_railradar import BASE, PNR, fixture, ist

Body = dict[str, Any]
RUN = dt.date(2026, 10, 2)


# --- seats ----------------------------------------------------------------------------------------


async def test_a_seat_day_saying_train_cancelled_under_not_available_is_a_cancelled_run(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = fixture("seats")
    body["data"]["calendar"][1].update(
        status="TRAIN CANCELLED", statusCode="NOT_AVAILABLE", isAvailable=False
    )
    body["data"]["calendar"][2].update(status="NOT AVAILABLE", statusCode="NOT_AVAILABLE")
    respx_mock.get(f"{BASE}/trains/12951/seats").respond(json=body)

    days = (await provider.seat_availability("12951", "MMCT", "NDLS", RUN, "3A", "GN")).data.days

    assert [day.kind for day in days] == [
        StatusKind.AVAILABLE,
        StatusKind.CAN,  # the run is cancelled that day: not a waiting list that is full
        StatusKind.NOT_AVAILABLE,  # not open for booking: no waiting list, not a full one
        StatusKind.REGRET,
    ]
    assert days[1].status == "TRAIN CANCELLED"


# --- money ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "rupees"),
    [
        ("₹3,045", 3045),
        ("Rs. 3045", 3045),
        ("INR 3045.00", 3045),
        ("3045/-", 3045),
        (" ₹ 3,045 ", 3045),
        (3045, 3045),
        ("about 3000", None),
        ("₹", None),
        (None, None),
    ],
)
def test_rupees_are_read_with_or_without_their_sign(said: object, rupees: int | None) -> None:
    assert amount(said) == rupees


async def test_a_fare_and_a_booking_fare_written_with_the_rupee_sign_are_read(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    fare = fixture("fare")
    fare["data"]["breakdown"] = {"baseFare": "₹2,365", "gst": "Rs. 145", "totalFare": "₹3,045"}
    respx_mock.get(f"{BASE}/trains/12951/fare").respond(json=fare)
    pnr = fixture("pnr_waitlisted")
    pnr["data"]["train"]["bookingFare"] = "₹1,930"
    respx_mock.get(f"{BASE}/pnr/{PNR}").respond(json=pnr)

    quoted = (await provider.fare("12951", "MMCT", "NDLS", "3A", "GN", 30, RUN)).data
    booked = (await provider.pnr_status(PNR)).data

    assert quoted.total == 3045 and quoted.breakdown == {"baseFare": 2365, "gst": 145}
    assert booked.fare == 1930


# --- a run changed --------------------------------------------------------------------------------


def running(change: str | None = None, *, cancelled: tuple[str, ...] = ()) -> Body:
    """The recorded running 12675 (MAS, LCR, SA, CBE), with an exception of type `change` given
    only its message, and the stations `cancelled` marked so in its route."""
    body = fixture("live_running")
    if change is not None:
        body["data"]["exceptions"] = [{"type": change, "message": f"{change} on this run"}]
    for stop in body["data"]["route"]:
        if stop["stationCode"] in cancelled:
            stop["status"] = "cancelled"
    return body


@pytest.mark.parametrize(
    ("change", "cancelled", "stretch"),
    [
        ("SHORT_TERMINATED", ("CBE",), ("SA", "CBE")),  # ends at Salem, not Coimbatore
        ("Short Terminated", ("SA", "CBE"), ("LCR", "CBE")),
        ("SHORT_ORIGINATED", ("MAS",), ("MAS", "LCR")),  # starts at Lokur, not Chennai
        ("PARTIAL_CANCELLATION", (), (None, None)),  # no stations said: the part is not named
        (None, ("CBE",), ("SA", "CBE")),  # only the route says so
    ],
)
async def test_a_run_cut_short_is_cancelled_in_part_between_the_stations_its_route_says(
    provider: RailRadarProvider,
    respx_mock: respx.MockRouter,
    change: str | None,
    cancelled: tuple[str, ...],
    stretch: tuple[str | None, str | None],
) -> None:
    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=running(change, cancelled=cancelled))

    run = (await provider.live_status("12675", RUN)).data

    assert run.partially_cancelled and not run.cancelled
    part = run.exception(ExceptionKind.PARTIALLY_CANCELLED)
    assert part is not None
    named = (part.cancelled_from, part.cancelled_to)
    assert tuple(station.code if station else None for station in named) == stretch


@pytest.mark.parametrize(
    ("change", "kind"),
    [
        ("CANCELLATION", ExceptionKind.CANCELLED),
        ("FULL_CANCELLATION", ExceptionKind.CANCELLED),
        ("DIVERSION", ExceptionKind.DIVERTED),
        ("RESCHEDULE", ExceptionKind.RESCHEDULED),
        ("SOMETHING_NEW", ExceptionKind.OTHER),
    ],
)
async def test_an_exception_type_in_other_words_is_read_by_what_it_does_to_the_run(
    provider: RailRadarProvider, respx_mock: respx.MockRouter, change: str, kind: ExceptionKind
) -> None:
    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=running(change))

    run = (await provider.live_status("12675", RUN)).data

    assert [exception.kind for exception in run.exceptions] == [kind]
    assert run.exceptions[0].message == f"{change} on this run"


async def test_a_run_whose_every_station_is_cancelled_is_cancelled(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = running(cancelled=("MAS", "LCR", "SA", "CBE"))
    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=body)

    run = (await provider.live_status("12675", RUN)).data

    assert run.state is RunState.CANCELLED and run.cancelled


async def test_a_run_not_started_keeps_the_stations_cancelled_from_it(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = fixture("live_not_started")
    body["data"]["exceptions"] = [{"type": "SHORT_TERMINATED", "message": "Short terminated"}]
    body["data"]["route"][-1]["status"] = "cancelled"  # Madurai
    respx_mock.get(f"{BASE}/trains/12635/live").respond(json=body)

    run = (await provider.live_status("12635", RUN)).data

    assert run.state is RunState.NOT_STARTED and run.delay_min is None
    assert [stop.state for stop in run.stops] == [
        StopState.UPCOMING,
        StopState.UPCOMING,
        StopState.CANCELLED,
    ]
    part = run.exception(ExceptionKind.PARTIALLY_CANCELLED)
    assert part is not None and part.cancelled_from is not None and part.cancelled_to is not None
    assert (part.cancelled_from.code, part.cancelled_to.code) == ("TBM", "MDU")


# --- a station's board ----------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["cancelled", "CANCELED"])
async def test_a_board_train_whose_live_type_is_cancelled_has_no_time_to_expect_nor_delay(
    provider: RailRadarProvider, respx_mock: respx.MockRouter, word: str
) -> None:
    body = fixture("station_live_MS")
    weekly = next(item for item in body["data"]["trains"] if item["train"]["number"] == "19419")
    weekly["live"]["type"] = word
    respx_mock.get(f"{BASE}/stations/MS/live").respond(json=body)

    board = (await provider.departures("MS", 8)).data

    cancelled = next(d for d in board.departures if d.train.number == "19419")
    assert cancelled.state is BoardState.CANCELLED
    assert cancelled.scheduled_departure == ist(2, 15, 20)
    assert cancelled.expected_departure is None and cancelled.delay_min is None


# --- a run's times --------------------------------------------------------------------------------


def _timed(shape: str) -> Body:
    """The recorded running 12675 with every route time re-written: `naive` drops the offset
    ("2026-10-02T10:35:37"), `clock` keeps only "HH:MM"."""
    body = fixture("live_running")
    for stop in body["data"]["route"]:
        for key, value in list(stop.items()):
            if isinstance(value, str) and value.endswith("+05:30"):
                stop[key] = value.removesuffix("+05:30") if shape == "naive" else value[11:16]
    return body


@pytest.mark.parametrize("shape", ["naive", "clock"])
async def test_a_run_s_times_without_their_offset_are_india_s_time_on_the_run_s_day(
    provider: RailRadarProvider, respx_mock: respx.MockRouter, shape: str
) -> None:
    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=_timed(shape))

    run = (await provider.live_status("12675", RUN)).data

    lokur = next(stop for stop in run.stops if stop.station.code == "LCR")
    assert lokur.scheduled_departure == ist(2, 10, 31)
    assert lokur.actual_departure is not None
    assert lokur.actual_departure.replace(second=0) == ist(2, 10, 35)
    salem = next(stop for stop in run.stops if stop.station.code == "SA")
    assert salem.expected_arrival is not None and salem.actual_arrival is None  # predicted


async def test_a_late_clock_time_past_midnight_is_the_next_day(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = _timed("clock")
    coimbatore = body["data"]["route"][-1]
    coimbatore.update(scheduledArrival="23:50", arrivalDay=1, actualArrival="00:25")

    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=body)

    run = (await provider.live_status("12675", RUN)).data

    last = run.stops[-1]
    assert last.scheduled_arrival == ist(2, 23, 50)
    assert last.expected_arrival == ist(3, 0, 25)  # 35 minutes late, the next day


# --- a hollow answer ------------------------------------------------------------------------------

HOLLOW = [None, {}, {"someFieldNobodyHasSeen": 1}]


@pytest.mark.parametrize("data", HOLLOW)
@pytest.mark.parametrize(
    ("path", "asks"),
    [
        ("/trains/12675/live", lambda p: p.live_status("12675", RUN)),
        ("/stations/MS/live", lambda p: p.departures("MS", 4)),
        ("/trains/between/NDLS/MMCT", lambda p: p.trains_between("NDLS", "MMCT", RUN)),
        (
            "/trains/12951/seats",
            lambda p: p.seat_availability("12951", "MMCT", "NDLS", RUN, "3A", "GN"),
        ),
    ],
    ids=["live", "board", "between", "seats"],
)
async def test_a_success_with_nothing_in_it_is_a_broken_answer_not_an_empty_one(
    provider: RailRadarProvider,
    respx_mock: respx.MockRouter,
    data: Body | None,
    path: str,
    asks: Callable[[RailRadarProvider], Awaitable[object]],
) -> None:
    # `{"success": true, "data": null}`: no run to say is on its way or not cancelled, no
    # "no trains" and no "no seats" from silence.
    respx_mock.get(f"{BASE}{path}").respond(json={"success": True, "data": data, "meta": {}})

    with pytest.raises(UpstreamUnavailable):
        await asks(provider)


async def test_lists_sent_empty_are_still_empty_answers(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    empty = {"success": True, "data": {"trains": None, "count": 0}}
    respx_mock.get(f"{BASE}/stations/MS/live").respond(json=empty)
    respx_mock.get(f"{BASE}/trains/between/NDLS/MMCT").respond(json=empty)
    cancelled = {"success": True, "data": {"status": "cancelled", "route": []}}
    respx_mock.get(f"{BASE}/trains/12626/live").respond(json=cancelled)

    assert (await provider.departures("MS", 4)).data.departures == ()
    assert (await provider.trains_between("NDLS", "MMCT", RUN)).data == []
    assert (await provider.live_status("12626", RUN)).data.cancelled


# --- states in other spellings --------------------------------------------------------------------


async def test_a_run_s_states_in_other_spellings_are_read_as_the_recorded_ones(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = fixture("live_running")
    route = body["data"]["route"]
    route[0]["status"], route[1]["status"] = "DEPARTED", "Passed"
    route[2]["status"], route[3]["status"] = "ARRIVED", "Scheduled"  # the train stands at Salem
    route[2].pop("provenance")
    body["data"]["currentLocation"].update(stationCode="SA", stationName="Salem Jn")
    body["data"]["currentLocation"]["status"] = "AT_STATION"
    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=body)

    run = (await provider.live_status("12675", RUN)).data

    assert [stop.state for stop in run.stops] == [
        StopState.DEPARTED,
        StopState.DEPARTED,
        StopState.AT_STATION,
        StopState.UPCOMING,
    ]
    assert run.stops[2].has_arrived and run.stops[2].actual_arrival == ist(2, 11, 13)
    assert run.location is not None and run.location.at_station


@pytest.mark.parametrize(
    ("word", "state"),
    [
        ("Not Started", BoardState.NOT_STARTED),
        ("NOT_STARTED", BoardState.NOT_STARTED),
        ("AT_STATION", BoardState.AT_STATION),
        ("Arrived", BoardState.AT_STATION),
        ("Departed", BoardState.DEPARTED),
    ],
)
async def test_a_board_train_s_state_in_other_spellings_is_read(
    provider: RailRadarProvider, respx_mock: respx.MockRouter, word: str, state: BoardState
) -> None:
    body = fixture("station_live_MS")
    weekly = next(item for item in body["data"]["trains"] if item["train"]["number"] == "19419")
    weekly["live"]["type"] = word
    respx_mock.get(f"{BASE}/stations/MS/live").respond(json=body)

    board = (await provider.departures("MS", 8)).data

    found = [d for d in board.departures if d.train.number == "19419"]
    # a train that has left is no longer on the board of trains to come
    assert [d.state for d in found] == ([] if state is BoardState.DEPARTED else [state])


# --- a run on a later day -------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["running", "completed", None])
async def test_a_run_starting_on_a_later_day_has_not_begun_whatever_its_answer_says(
    provider: RailRadarProvider, respx_mock: respx.MockRouter, status: str | None
) -> None:
    # The client's day is 2 Oct; asked for the run of 3 Oct, RailRadar answers with departures
    # and a delay that cannot have happened yet.
    body = fixture("live_running")
    text = json.dumps(body).replace("2026-10-02", "2026-10-03")
    body = json.loads(text)
    body["data"]["status"] = status
    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=body)

    run = (await provider.live_status("12675", dt.date(2026, 10, 3))).data

    assert run.state is RunState.NOT_STARTED and run.delay_min is None
    assert not any(stop.has_departed or stop.actual_departure for stop in run.stops)
    assert run.stops[0].expected_departure is not None  # RailRadar's projection, as a projection


async def test_a_run_of_today_is_read_as_it_says(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=fixture("live_running"))

    run = (await provider.live_status("12675", RUN)).data

    assert run.state is RunState.RUNNING and run.delay_min == 6


# --- a board for another station -----------------------------------------------------------------


async def test_a_board_for_another_station_than_the_one_asked_says_which_it_is(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    # The board keeps the station RailRadar names, never the one asked, so that whoever tells
    # it can compare the two (app/bot/handlers/departures.py).
    body = fixture("station_live_MS")
    body["data"]["station"].update(code="MAS", name="MGR Chennai Central")
    respx_mock.get(f"{BASE}/stations/MS/live").respond(json=body)

    board = (await provider.departures("MS", 4)).data
    assert (board.station.code, board.station.name) == ("MAS", "MGR Chennai Central")


async def test_a_board_naming_the_station_asked_in_lower_case_is_that_station_s(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = fixture("station_live_MS")
    body["data"]["station"]["code"] = "ms"
    respx_mock.get(f"{BASE}/stations/MS/live").respond(json=body)

    board = (await provider.departures("MS", 8)).data
    assert board.station.code == "MS" and board.station.name == "Chennai Egmore"


# --- an answer about another train ----------------------------------------------------------------


async def test_a_schedule_of_another_train_than_asked_is_a_broken_answer(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = json.loads(json.dumps(fixture("schedule_12951")).replace('"12951"', '"11447"'))
    respx_mock.get(f"{BASE}/trains/12951").respond(json=body)

    with pytest.raises(UpstreamUnavailable, match="11447, not 12951"):
        await provider.train_route("12951")


@pytest.mark.parametrize("where", ["train", "trainNumber"])
async def test_a_run_of_another_train_than_asked_is_a_broken_answer(
    provider: RailRadarProvider, respx_mock: respx.MockRouter, where: str
) -> None:
    body = fixture("live_running")
    if where == "train":
        body["data"]["train"]["number"] = "11447"
    else:  # a run naming its train only by its own trainNumber
        del body["data"]["train"]
        body["data"]["trainNumber"] = "11447"
    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=body)

    with pytest.raises(UpstreamUnavailable, match="11447, not 12675"):
        await provider.live_status("12675", RUN)
