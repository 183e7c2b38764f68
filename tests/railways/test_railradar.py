"""RailRadar v1 against its recorded shapes: every endpoint, every error, read tolerantly.

The fixtures carry the field names of real and production-checked RailRadar answers; the clock
stands at the moment most of them were taken (2 October 2026, late morning in India)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
import respx

from app.errors import (
    BudgetExhausted,
    ClassNotOnTrain,
    ConfigurationError,
    InvalidArgument,
    InvalidPnr,
    NotFound,
    NotOffered,
    PnrNotFound,
    ServiceMaintenance,
    StationUnknownToProvider,
    UpstreamAuthError,
    UpstreamRateLimited,
    UpstreamUnavailable,
)
from app.railways.budget import CallBudget, Limits, MemoryLedger
from app.railways.models import (
    BoardState,
    ExceptionKind,
    RunState,
    StatusKind,
    StopState,
)
from app.railways.railradar import RailRadarProvider
from tests.conftest import FakeClock

BASE = "https://railradar.test/v1"
KEY = "rr_live_0123456789abcdef"
IST = ZoneInfo("Asia/Kolkata")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "railradar"
PNR = "4512345678"


def fixture(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return body


def ist(day: int, hour: int = 0, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(2026, 10, day, hour, minute, second, tzinfo=IST)


async def no_sleep(_: float) -> None:
    return None


@pytest.fixture
async def provider(clock: FakeClock) -> AsyncIterator[RailRadarProvider]:
    clock.now = ist(2, 11, 41, 48).timestamp()
    client = RailRadarProvider(BASE, KEY, clock=clock, sleep=no_sleep)
    yield client
    await client.aclose()


# --- transport -----------------------------------------------------------------------------------


async def test_every_call_carries_the_key_as_a_bearer_token(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/trains/12951").respond(json=fixture("schedule_12951"))

    await provider.train_route("12951")

    request = route.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert dict(request.url.params) == {"haltsOnly": "true"}


def test_a_missing_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        RailRadarProvider(BASE, "  ")


async def test_values_are_validated_before_they_reach_a_url(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    catch_all = respx_mock.route().respond(json={"success": True, "data": {}})

    with pytest.raises(InvalidPnr):
        await provider.pnr_status("45123/5678")
    with pytest.raises(InvalidArgument):
        await provider.train_route("12951/../../admin")
    with pytest.raises(InvalidArgument):
        await provider.departures("MS?x=1", 2)
    with pytest.raises(InvalidArgument):
        await provider.search_trains("rajdhani&limit=50")
    assert not catch_all.called


# --- PNR -----------------------------------------------------------------------------------------


async def test_pnr_status_reads_train_journey_and_every_passenger(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/pnr/{PNR}").respond(json=fixture("pnr_waitlisted"))

    answer = await provider.pnr_status(PNR)

    status = answer.data
    assert answer.source == "railradar" and answer.as_of == ist(2, 11, 41, 48)
    assert (status.train.number, status.train.name) == ("12948", "Azimabad SF Express")
    assert status.journey_date == dt.date(2026, 10, 5)
    assert (status.from_station.code, status.to_station.code) == ("ARA", "ADI")
    assert status.boarding is not None and status.boarding.name == "Ara"
    assert (status.journey_class, status.fare, status.chart_prepared) == ("3A", 1930, False)
    first, second = status.passengers
    assert (first.booking.kind, first.booking.position) == (StatusKind.GNWL, 28)
    assert (first.current.kind, first.current.position) == (StatusKind.GNWL, 12)
    assert (second.current.kind, second.current.position) == (StatusKind.RAC, 7)
    assert status.waiting


async def test_a_confirmed_pnr_keeps_the_coach_and_berth_it_was_booked_with(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/pnr/2345678901").respond(json=fixture("pnr_confirmed"))

    status = (await provider.pnr_status("2345678901")).data

    (passenger,) = status.passengers
    assert (passenger.current.kind, passenger.current.coach, passenger.current.berth) == (
        StatusKind.CNF,
        "C2",
        42,
    )
    assert status.chart_prepared and not status.waiting
    assert status.upto is not None and status.upto.code == "SA"


async def test_confirmation_chance_is_the_providers_estimate_in_percent(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/pnr/{PNR}/prediction").respond(json=fixture("pnr_prediction"))

    chance = (await provider.pnr_prediction(PNR)).data

    assert (chance.percent, chance.grade, chance.header) == (71, "HIGH", "Waiting List #12")


async def test_a_chance_given_only_as_a_fraction_is_read_as_a_percent(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = {"success": True, "data": {"probability": 0.5, "probabilityStatus": "medium"}}
    respx_mock.get(f"{BASE}/pnr/{PNR}/prediction").respond(json=body)

    chance = (await provider.pnr_prediction(PNR)).data

    assert (chance.percent, chance.grade) == (50, "MEDIUM")


async def test_an_unknown_or_flushed_pnr_is_pnr_not_found(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/pnr/{PNR}").respond(404, json=fixture("error_pnr_not_found"))

    with pytest.raises(PnrNotFound):
        await provider.pnr_status(PNR)


async def test_the_nightly_pnr_maintenance_says_when_it_is_back(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/pnr/{PNR}").respond(503, json=fixture("error_pnr_maintenance"))

    with pytest.raises(ServiceMaintenance) as raised:
        await provider.pnr_status(PNR)

    assert raised.value.back_at == ist(3, 0, 20)
    assert isinstance(raised.value, UpstreamUnavailable)  # served stale from the cache if known


async def test_maintenance_is_tried_once_not_retried(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/pnr/{PNR}").respond(503, json=fixture("error_pnr_maintenance"))

    with pytest.raises(ServiceMaintenance):
        await provider.pnr_status(PNR)

    assert route.call_count == 1


async def test_the_nightly_window_met_outside_pnr_status_is_not_said_as_the_pnr_systems(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/pnr/{PNR}").respond(503, json=fixture("error_pnr_maintenance"))
    respx_mock.get(f"{BASE}/trains/12951").respond(503, json=fixture("error_pnr_maintenance"))

    with pytest.raises(ServiceMaintenance) as pnr:
        await provider.pnr_status(PNR)
    with pytest.raises(ServiceMaintenance) as route:
        await provider.train_route("12951")

    assert pnr.value.pnr and not route.value.pnr
    assert route.value.back_at == ist(3, 0, 20)


# --- live status ---------------------------------------------------------------------------------


async def test_a_running_train_keeps_predictions_apart_from_what_happened(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/trains/12675/live").respond(json=fixture("live_running"))

    live = (await provider.live_status("12675", dt.date(2026, 10, 2))).data

    assert dict(route.calls.last.request.url.params) == {"date": "2026-10-02"}
    assert live.state is RunState.RUNNING and not live.estimated
    assert (live.delay_min, live.updated_at) == (6, ist(2, 10, 42, 12))
    assert live.train.run_days == ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
    chennai, lokur, salem, coimbatore = live.stops
    assert chennai.has_departed and chennai.actual_departure == ist(2, 6, 18, 31)
    assert (chennai.platform, chennai.state) == ("11", StopState.DEPARTED)
    assert not lokur.is_halt and lokur.actual_arrival == ist(2, 10, 35, 37)
    # Salem is ahead: RailRadar's projection is an expected time, not an event.
    assert salem.actual_arrival is None and salem.expected_arrival == ist(2, 11, 13)
    assert salem.scheduled_arrival == ist(2, 11, 2) and salem.delay_min == 11
    assert not salem.has_arrived and salem.state is StopState.UPCOMING
    assert coimbatore.expected_arrival == ist(2, 14, 14)


async def test_the_current_place_comes_from_current_location(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=fixture("live_running"))

    live = (await provider.live_status("12675", dt.date(2026, 10, 2))).data

    # Lokur, a station it passed without stopping; not the last halt (Morappur).
    assert live.location is not None and live.location.station.code == "LCR"
    assert live.location.station.name == "Lokur"
    assert not live.location.at_station and live.location.is_halt is False
    assert live.location.distance_from_station_km == 6.75
    assert live.current_station == live.location.station


async def test_a_train_not_started_says_so_with_no_delay_and_no_event(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/trains/12635/live").respond(json=fixture("live_not_started"))

    live = (await provider.live_status("12635", dt.date(2026, 10, 2))).data

    assert live.state is RunState.NOT_STARTED
    # RailRadar echoes the timetable with "0 minutes late": that is no "on time".
    assert live.delay_min is None
    origin = live.stops[0]
    assert origin.scheduled_departure == ist(2, 13, 15)
    assert origin.actual_departure is None and origin.expected_departure == ist(2, 13, 15)
    assert not any(stop.has_arrived or stop.has_departed for stop in live.stops)
    assert all(stop.delay_min is None for stop in live.stops)
    assert live.location is not None and live.location.at_station


async def test_a_cancelled_run_answers_is_it_cancelled(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/trains/12626/live").respond(json=fixture("live_cancelled"))

    live = (await provider.live_status("12626", dt.date(2026, 10, 2))).data

    assert live.state is RunState.CANCELLED and live.cancelled
    cancellation = live.exception(ExceptionKind.CANCELLED)
    assert cancellation is not None and cancellation.message is not None
    assert "cancelled" in cancellation.message
    # Nothing tracks a cancelled run: its position, if any, would be an estimate.
    assert live.estimated
    assert live.stops[0].state is StopState.CANCELLED


async def test_a_rescheduled_run_is_rescheduled_with_the_railways_words(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/trains/12512/live").respond(json=fixture("live_rescheduled"))

    live = (await provider.live_status("12512", dt.date(2026, 10, 2))).data

    assert live.rescheduled and not live.cancelled
    # Not started yet: the state stays "not started", the change is in the exceptions.
    assert live.state is RunState.NOT_STARTED
    notice = live.exception(ExceptionKind.RESCHEDULED)
    assert notice is not None and notice.message is not None and "09:45" in notice.message
    assert live.estimated  # trackingMode "simulated"
    # The new start is only in the message: read from it, on the run's start date.
    assert notice.new_departure is not None
    assert notice.new_departure.isoformat() == "2026-10-02T09:45:00+05:30"
    assert notice.delay_min == 180


async def test_a_start_moved_past_midnight_by_the_message_is_the_next_day(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = fixture("live_rescheduled")
    body["data"]["exceptions"][0]["message"] = "Rescheduled to leave at 01:30, 1125 min late"
    respx_mock.get(f"{BASE}/trains/12512/live").respond(json=body)

    live = (await provider.live_status("12512", dt.date(2026, 10, 2))).data

    notice = live.exception(ExceptionKind.RESCHEDULED)
    assert notice is not None and notice.new_departure is not None
    assert notice.new_departure.isoformat() == "2026-10-03T01:30:00+05:30"


async def test_a_start_moved_in_words_without_minutes_is_as_late_as_its_own_start_says(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = fixture("live_rescheduled")
    body["data"]["exceptions"][0]["message"] = "Rescheduled to depart at 09:45 instead of 06:45"
    respx_mock.get(f"{BASE}/trains/12512/live").respond(json=body)

    live = (await provider.live_status("12512", dt.date(2026, 10, 2))).data

    notice = live.exception(ExceptionKind.RESCHEDULED)
    assert notice is not None and notice.new_departure is not None
    assert notice.new_departure.isoformat() == "2026-10-02T09:45:00+05:30"
    assert notice.delay_min == 180  # 06:45 → 09:45


async def test_a_diversion_and_a_short_termination_are_typed_with_their_stations(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/trains/12802/live").respond(json=fixture("live_diverted"))

    live = (await provider.live_status("12802", dt.date(2026, 10, 2))).data

    assert live.state is RunState.DIVERTED and live.diverted and live.partially_cancelled
    diversion = live.exception(ExceptionKind.DIVERTED)
    assert diversion is not None
    assert diversion.diverted_from is not None and diversion.diverted_from.code == "GAYA"
    assert diversion.diverted_to is not None and diversion.diverted_to.code == "ASN"
    assert [s.code for s in diversion.via] == ["PNBE", "JAJ"]
    assert [s.code for s in diversion.skipped] == ["KQR", "DHN"]
    assert [stop.state for stop in live.stops] == [
        StopState.AT_STATION,
        StopState.SKIPPED,
        StopState.DIVERTED,
    ]
    patna = live.stops[2]
    assert patna.actual_arrival is None and patna.expected_arrival == ist(2, 15, 40)


async def test_an_unknown_train_is_not_found_on_the_suffix_of_its_code(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/trains/99999/live").respond(404, json=fixture("error_train_not_found"))
    respx_mock.get(f"{BASE}/trains/99998").respond(200, json=fixture("error_train_not_found"))

    with pytest.raises(NotFound):
        await provider.live_status("99999", dt.date(2026, 10, 2))
    # A 200 that says success: false is a failure all the same.
    with pytest.raises(NotFound):
        await provider.train_route("99998")


async def test_cancelled_and_rescheduled_lists_are_not_offered_and_cost_no_call(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    catch_all = respx_mock.route().respond(json={"success": True, "data": []})

    with pytest.raises(NotOffered):
        await provider.cancelled_trains(dt.date(2026, 10, 2))
    with pytest.raises(NotOffered):
        await provider.rescheduled_trains(dt.date(2026, 10, 2))
    assert not catch_all.called


# --- schedule, stations, trains ------------------------------------------------------------------


async def test_route_has_halts_with_days_platforms_and_halt_minutes(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/trains/12951").respond(json=fixture("schedule_12951"))

    route = (await provider.train_route("12951")).data

    assert route.train.classes == ("1A", "2A", "3A")
    assert route.train.coach_position == "ENG-LPR-B1-A1-H1-LPR-VP"  # from the engine, at MMCT
    assert (route.train.from_code, route.train.to_code) == ("MMCT", "NDLS")
    assert [s.station.code for s in route.stops] == ["MMCT", "BVI", "KOTA", "NDLS"]
    mumbai, borivali, kota, delhi = route.stops
    assert (mumbai.arrival, mumbai.departure, mumbai.day) == (None, dt.time(17, 0), 1)
    assert (borivali.halt_min, borivali.platform) == (2, "6")
    assert (kota.arrival, kota.departure, kota.day, kota.halt_min) == (
        dt.time(23, 55),
        dt.time(0, 5),
        1,
        10,
    )
    assert (delhi.arrival, delhi.departure, delhi.day, delhi.distance_km) == (
        dt.time(8, 32),
        None,
        2,
        1388,
    )


async def test_station_search_offers_only_stations_in_service(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/lookup/search/stations").respond(
        json=fixture("search_stations_chennai")
    )

    found = (await provider.station_by_name("chennai")).data

    assert dict(route.calls.last.request.url.params) == {"q": "chennai", "limit": "10"}
    assert [(s.code, s.city) for s in found] == [("MS", "Chennai"), ("MAS", "Chennai")]


async def test_a_code_is_looked_up_through_the_search(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/lookup/search/stations").respond(
        json=fixture("search_stations_chennai")
    )

    station = (await provider.station_by_code("hom")).data

    assert (station.code, station.name, station.active) == ("HOM", "Chennai Harbour", False)
    with pytest.raises(NotFound):
        await provider.station_by_code("SBC")


async def test_train_search_reads_dest_as_production_sends_it(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/lookup/search/trains").respond(
        json=fixture("search_trains_1267")
    )

    found = (await provider.search_trains("1267", limit=2)).data

    # The endpoint takes 5, 10, 20 or 50; two are kept.
    assert dict(route.calls.last.request.url.params) == {"q": "1267", "limit": "5"}
    assert [(t.number, t.from_code, t.to_code) for t in found] == [
        ("12675", "MAS", "CBE"),
        ("12676", "CBE", "MAS"),
    ]
    assert found[0].to_name == "Coimbatore Jn"


async def test_the_station_directory_is_every_code_with_its_name(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/lookup/stations").respond(json=fixture("stations_directory"))

    stations = (await provider.station_directory()).data

    codes = {s.code: s.name for s in stations}
    assert codes["SMVB"] == "SMVT Bengaluru" and codes["ABCD"] == "Newly Opened Halt"
    assert "XX-12" not in codes  # not a station code
    assert codes["MMCT"] == "Mumbai Central"


async def test_a_directory_of_objects_keeps_the_active_flag(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = {
        "success": True,
        "data": {
            "MS": {"name": "Chennai Egmore", "city": "Chennai", "isActive": True},
            "HOM": {"name": "Chennai Harbour", "isActive": False},
        },
    }
    respx_mock.get(f"{BASE}/lookup/stations").respond(json=body)

    stations = (await provider.station_directory()).data

    assert [(s.code, s.city, s.active) for s in stations] == [
        ("MS", "Chennai", True),
        ("HOM", None, False),
    ]


# --- the station board ---------------------------------------------------------------------------


async def test_the_board_window_is_rounded_up_then_cut_to_what_was_asked(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/stations/MS/live").respond(json=fixture("station_live_MS"))

    board = (await provider.departures("ms", 3)).data

    assert dict(route.calls.last.request.url.params) == {"hours": "4"}
    assert board.hours == 3 and board.station.city == "Chennai"
    # 40039 left at 11:49 (before the board was read); 20635 leaves at 19:30, past 3 hours.
    assert [d.train.number for d in board.departures] == ["16128", "12635"]


async def test_a_board_train_not_started_but_expected_late_keeps_its_delay(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    # The timetable echoed back before a run starts is a delay of 0; a late start RailRadar
    # expects (70 minutes, a later expected time) is a delay the traveller is told.
    body = fixture("station_live_MS")
    vaigai = next(row for row in body["data"]["trains"] if row["train"]["number"] == "12635")
    vaigai["live"].update(expectedDepartureTime="2026-10-02T14:25:00+05:30", delayMinutes=70)
    respx_mock.get(f"{BASE}/stations/MS/live").respond(json=body)

    board = (await provider.departures("MS", 8)).data

    late = next(d for d in board.departures if d.train.number == "12635")
    assert late.state is BoardState.NOT_STARTED
    assert late.delay_min == 70 and late.expected_departure == ist(2, 14, 25)


async def test_a_board_entry_says_where_the_train_is_in_its_run(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/stations/MS/live").respond(json=fixture("station_live_MS"))

    board = (await provider.departures("MS", 8)).data

    by_number = {d.train.number: d for d in board.departures}
    assert list(by_number) == ["16128", "12635", "19419", "20635"]
    vaigai, weekly = by_number["12635"], by_number["19419"]
    assert vaigai.state is BoardState.NOT_STARTED and vaigai.delay_min is None
    assert (vaigai.scheduled_departure, vaigai.platform) == (ist(2, 13, 15), "4")
    assert (vaigai.from_code, vaigai.to_code) == ("MS", "MDU")  # bare codes on the board
    # Day 2 of a run that started on 1 October.
    assert weekly.start_date == dt.date(2026, 10, 1)
    assert weekly.scheduled_arrival == ist(2, 15, 10)
    assert weekly.expected_departure == ist(2, 15, 32) and weekly.delay_min == 12
    assert not weekly.has_left


async def test_an_expected_time_missing_from_the_board_is_the_timetable_plus_the_delay(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/stations/MS/live").respond(json=fixture("station_live_MS"))

    board = (await provider.departures("MS", 2)).data

    guruvayur = next(d for d in board.departures if d.train.number == "16128")
    # It ends here: an arrival at 12:05, 25 minutes late.
    assert guruvayur.scheduled_departure is None
    assert guruvayur.expected_arrival == ist(2, 12, 30)


async def test_a_train_that_has_left_is_never_on_the_board(
    provider: RailRadarProvider, respx_mock: respx.MockRouter, clock: FakeClock
) -> None:
    clock.now = ist(2, 11, 40).timestamp()  # a minute before 40039 is due at 11:49
    respx_mock.get(f"{BASE}/stations/MS/live").respond(json=fixture("station_live_MS"))

    board = (await provider.departures("MS", 2)).data

    # The board says "departed" (at 11:49): left, whatever the clock says.
    assert "40039" not in [d.train.number for d in board.departures]


async def test_a_bad_window_is_refused_before_a_call(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    catch_all = respx_mock.route().respond(json={"success": True, "data": {}})

    with pytest.raises(InvalidArgument):
        await provider.departures("MS", 0)
    with pytest.raises(InvalidArgument):
        await provider.departures("MS", 25)
    assert not catch_all.called


# --- trains between ------------------------------------------------------------------------------


async def test_trains_between_two_stations_on_a_date(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/trains/between/NDLS/MMCT").respond(
        json=fixture("between_NDLS_MMCT")
    )

    trains = (await provider.trains_between("ndls", "mmct", dt.date(2026, 10, 3))).data

    assert dict(route.calls.last.request.url.params) == {"date": "2026-10-03"}
    rajdhani, kranti = trains
    # No per-train codes without byCity: the stations asked for, as the answer names them.
    assert (rajdhani.from_station.code, rajdhani.from_station.name) == ("NDLS", "New Delhi")
    assert (rajdhani.departure, rajdhani.arrival, rajdhani.arrival_day_offset) == (
        dt.time(16, 55),
        dt.time(8, 35),
        1,
    )
    assert (rajdhani.duration_min, rajdhani.halts_between, rajdhani.departure_day) == (940, 6, 1)
    assert kranti.from_station.code == "NZM" and kranti.train.run_days is not None
    assert len(kranti.train.run_days) == 7  # run days in upper case read as well


async def test_a_city_to_city_search_is_one_call_naming_the_stations_each_train_uses(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/trains/between/SBC/ERS").respond(
        json=fixture("between_SBC_ERS_by_city")
    )

    trains = (await provider.trains_between("SBC", "ERS", None, by_city=True)).data

    assert route.call_count == 1
    assert dict(route.calls.last.request.url.params) == {"byCity": "true"}
    assert [(t.train.number, t.from_station.code, t.to_station.code) for t in trains] == [
        ("12677", "SBC", "ERS"),
        ("16526", "SBC", "ERN"),
        ("22643", "SMVB", "ERS"),
    ]
    assert [t.from_station.city for t in trains] == ["Bengaluru"] * 3
    assert trains[2].departure_day == 2 and trains[2].arrival_day_offset == 1


async def test_a_station_railradar_lacks_is_its_gap_never_a_station_without_trains(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/trains/between/QQQ/MMCT").respond(
        404, json=fixture("error_station_not_found")
    )
    respx_mock.get(f"{BASE}/stations/QQQ/live").respond(
        404, json=fixture("error_station_not_found")
    )

    with pytest.raises(StationUnknownToProvider):
        await provider.trains_between("QQQ", "MMCT", None)
    with pytest.raises(StationUnknownToProvider):
        await provider.departures("QQQ", 2)


# --- fare and seats ------------------------------------------------------------------------------


async def test_the_fare_is_the_breakdowns_total(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/trains/12951/fare").respond(json=fixture("fare"))

    fare = (await provider.fare("12951", "MMCT", "NDLS", "3a", "gn", 30, ist(3).date())).data

    assert dict(route.calls.last.request.url.params) == {
        "source": "MMCT",
        "destination": "NDLS",
        "journeyDate": "2026-10-03",
        "classCode": "3A",
        "quotaCode": "GN",
    }
    assert (fare.total, fare.journey_class, fare.quota) == (3045, "3A", "GN")
    assert fare.breakdown["baseFare"] == 2365 and "totalFare" not in fare.breakdown


async def test_a_class_or_pair_the_train_does_not_serve_has_no_fare(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/trains/12951/fare").respond(404, json=fixture("error_train_not_found"))

    with pytest.raises(ClassNotOnTrain):
        await provider.fare("12951", "MMCT", "NDLS", "SL", "GN", 30, ist(3).date())


async def test_a_fare_priced_at_nothing_is_no_fare_never_zero_rupees(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    # RailRadar's shape fills what it does not know with 0 ("baseFare": 0 ... "distance": 0):
    # a total of 0 is a class or pair it does not sell, as its 404 is, never "₹0" to pay.
    body = fixture("fare")
    body["data"]["breakdown"] = {"baseFare": 0, "reservationCharge": 0, "totalFare": 0}
    respx_mock.get(f"{BASE}/trains/12951/fare").respond(json=body)

    with pytest.raises(ClassNotOnTrain):
        await provider.fare("12951", "MMCT", "NDLS", "1A", "GN", 30, ist(3).date())


async def test_seats_are_a_calendar_of_days(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/trains/12951/seats").respond(json=fixture("seats"))

    seats = await provider.seat_availability("12951", "MMCT", "NDLS", ist(3).date(), "3A", "GN")

    days = seats.data.days
    assert [d.date.day for d in days] == [3, 4, 5, 6]
    assert [(d.kind, d.count) for d in days] == [
        (StatusKind.AVAILABLE, 34),
        (StatusKind.RAC, 12),
        (StatusKind.GNWL, 32),
        (StatusKind.REGRET, None),
    ]
    assert days[0].status == "AVAILABLE-0034"


async def test_a_calendar_in_the_irctc_spelling_is_read_too(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = {
        "success": True,
        "data": {
            "avlDayList": [
                {"availablityDate": "3-10-2026", "availablityStatus": "AVAILABLE-0095."},
                {"availablityDate": "4-10-2026", "availablityStatus": "RLWL7/WL6."},
            ]
        },
    }
    respx_mock.get(f"{BASE}/trains/12951/seats").respond(json=body)

    seats = await provider.seat_availability("12951", "MMCT", "NDLS", ist(3).date(), "SL", "GN")

    assert [(d.date.day, d.kind, d.count) for d in seats.data.days] == [
        (3, StatusKind.AVAILABLE, 95),
        (4, StatusKind.RLWL, 7),
    ]


async def test_a_calendar_day_without_its_words_is_read_from_its_status_code(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    # The documented fields (calendar[]{date, rawDate, status, statusCode, isAvailable,
    # availableSeats?, waitlistNumber?, waitlistType?}), the words absent or null.
    body = {
        "success": True,
        "data": {
            "trainNumber": "12951",
            "trainName": "Mumbai Central - New Delhi Tejas Rajdhani Express",
            "quotaCode": "GN",
            "generatedAt": "2026-10-02T09:12:00+05:30",
            "calendar": [
                {
                    "date": "2026-10-03",
                    "rawDate": "3-10-2026",
                    "statusCode": "AVAILABLE",
                    "isAvailable": True,
                    "availableSeats": 40,
                },
                {
                    "date": "2026-10-04",
                    "rawDate": "4-10-2026",
                    "status": None,
                    "statusCode": "WAITLIST",
                    "isAvailable": False,
                    "waitlistNumber": 12,
                    "waitlistType": "GNWL",
                },
                {
                    "date": None,
                    "rawDate": "5-10-2026",
                    "status": "",
                    "statusCode": "NOT_AVAILABLE",
                    "isAvailable": False,
                },
                {"date": "2026-10-06", "rawDate": "6-10-2026", "isAvailable": False},
            ],
        },
    }
    respx_mock.get(f"{BASE}/trains/12951/seats").respond(json=body)

    seats = await provider.seat_availability("12951", "MMCT", "NDLS", ist(3).date(), "3A", "GN")

    assert [(d.date.day, d.kind, d.count) for d in seats.data.days] == [
        (3, StatusKind.AVAILABLE, 40),
        (4, StatusKind.WL, 12),
        (5, StatusKind.NOT_AVAILABLE, None),
    ]  # a day that says nothing at all is left out, never guessed


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [401, 403])
async def test_a_refused_key_is_the_operators_problem_logged_loudly(
    provider: RailRadarProvider,
    respx_mock: respx.MockRouter,
    caplog: pytest.LogCaptureFixture,
    status: int,
) -> None:
    respx_mock.get(f"{BASE}/trains/12951").respond(status, json=fixture("error_unauthorized"))

    with caplog.at_level(logging.ERROR), pytest.raises(UpstreamAuthError):
        await provider.train_route("12951")

    (record,) = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "RAILWAY_API_KEY" in record.getMessage()
    assert KEY not in caplog.text


async def test_a_bad_parameter_is_an_invalid_argument(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/stations/MS/live").respond(400, json=fixture("error_validation"))

    with pytest.raises(InvalidArgument) as refused:
        await provider.departures("MS", 2)

    assert refused.value.refused_by == "railradar"  # RailRadar's refusal, to be named as its


async def test_a_pnr_refused_as_a_bad_parameter_is_a_pnr_to_check(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/pnr/{PNR}").respond(400, json=fixture("error_validation"))

    with pytest.raises(InvalidPnr):
        await provider.pnr_status(PNR)


@pytest.mark.parametrize(
    ("status", "name"),
    [(503, "error_degraded"), (502, "error_degraded"), (200, "error_success_false")],
)
async def test_a_degraded_or_empty_answer_is_unavailable_not_a_crash(
    provider: RailRadarProvider, respx_mock: respx.MockRouter, status: int, name: str
) -> None:
    respx_mock.get(f"{BASE}/trains/12951").respond(status, json=fixture(name))

    with pytest.raises(UpstreamUnavailable):
        await provider.train_route("12951")


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>gateway</html>", headers={"content-type": "text/html"}),
        httpx.Response(200, json=["not", "an", "object"]),
        httpx.Response(200, json={"success": True}),
        httpx.Response(200, json={"success": True, "data": {"route": "nope"}}),
        # gzip that is not gzip: the body cannot be decoded at all
        httpx.Response(
            200,
            headers={"content-type": "application/json", "content-encoding": "gzip"},
            stream=httpx.ByteStream(b"\x1f\x8b\x08 not really gzip"),
        ),
    ],
)
async def test_garbage_is_unavailable(
    provider: RailRadarProvider, respx_mock: respx.MockRouter, response: httpx.Response
) -> None:
    respx_mock.get(f"{BASE}/trains/12951").mock(return_value=response)

    with pytest.raises(UpstreamUnavailable):
        await provider.train_route("12951")


async def test_a_429_stops_every_call_until_the_provider_allows_them(
    clock: FakeClock, respx_mock: respx.MockRouter
) -> None:
    clock.now = ist(2, 11, 41, 48).timestamp()
    budget = CallBudget("railradar", Limits(10, 1000), MemoryLedger(clock), clock=clock)
    provider = RailRadarProvider(BASE, KEY, clock=clock, sleep=no_sleep, budget=budget)
    route = respx_mock.get(f"{BASE}/trains/12951").respond(
        429, json=fixture("error_quota_month"), headers={"Retry-After": "30"}
    )
    try:
        with pytest.raises(UpstreamRateLimited) as refused:
            await provider.train_route("12951")
        with pytest.raises(BudgetExhausted) as spent:
            await provider.train_route("12951")
    finally:
        await provider.aclose()

    # The month's quota is spent: nothing more is asked of the provider this month, and both
    # say it is the month's (a traveller is never told to try again in a minute).
    assert refused.value.monthly and spent.value.window == "month"
    assert route.call_count == 1
    usage = await budget.usage()
    assert usage.paused_s > 24 * 3600


async def test_a_provider_that_cannot_be_reached_costs_no_call(
    clock: FakeClock, respx_mock: respx.MockRouter
) -> None:
    # RailRadar down (or RAILWAY_API_URL wrong): no attempt ever reached it, so no call is
    # spent, and the minute's 10 calls are there when it is back, rather than every later
    # question being told that a lot of people are asking.
    budget = CallBudget("railradar", Limits(10, 1000), MemoryLedger(clock), clock=clock)
    provider = RailRadarProvider(BASE, KEY, clock=clock, sleep=no_sleep, budget=budget)
    route = respx_mock.get(f"{BASE}/trains/12951").mock(
        side_effect=httpx.ConnectError("connection refused")
    )
    try:
        for _ in range(3):
            with pytest.raises(UpstreamUnavailable):
                await provider.train_route("12951")
    finally:
        await provider.aclose()

    assert route.call_count == 9  # each question still tries three times
    usage = await budget.usage()
    assert (usage.minute_used, usage.month_used) == (0, 0)


async def test_an_attempt_that_reached_the_provider_costs_a_call_even_when_no_answer_came(
    clock: FakeClock, respx_mock: respx.MockRouter
) -> None:
    budget = CallBudget("railradar", Limits(10, 1000), MemoryLedger(clock), clock=clock)
    provider = RailRadarProvider(BASE, KEY, clock=clock, sleep=no_sleep, budget=budget)
    route = respx_mock.get(f"{BASE}/trains/12951").mock(side_effect=httpx.ReadTimeout("slow"))
    try:
        with pytest.raises(UpstreamUnavailable):
            await provider.train_route("12951")
    finally:
        await provider.aclose()

    assert route.call_count == 3
    assert (await budget.usage()).minute_used == 3


# --- audit: what real answers can carry that the recorded ones do not show ------------------------


async def test_a_fares_breakdown_keeps_the_parts_of_its_total_and_no_other_total_or_add_on(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    # The breakdown's other keys were never recorded; IRCTC's fare enquiry, which RailRadar
    # relays, also sends totals and the payment and insurance charges added on top of the fare.
    body = fixture("fare")
    body["data"]["breakdown"].update(
        fuelAmount=0,
        totalConcession=0,
        wpServiceCharge=17.7,
        wpServiceTax=3.19,
        travelInsuranceCharge=0.45,
        totalCollectibleAmount=3066,
    )
    respx_mock.get(f"{BASE}/trains/12951/fare").respond(json=body)

    fare = (await provider.fare("12951", "MMCT", "NDLS", "3A", "GN", 30, ist(3).date())).data

    assert fare.total == 3045
    assert set(fare.breakdown) == {
        "baseFare",
        "reservationCharge",
        "superfastCharge",
        "cateringCharge",
        "gst",
        "fuelAmount",
        "concession",
    }
    assert sum(fare.breakdown.values()) == fare.total


async def test_a_concession_is_a_part_taken_off_the_fare(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = fixture("fare")
    body["data"]["breakdown"].update(totalConcession=500, totalFare=2545)
    respx_mock.get(f"{BASE}/trains/12951/fare").respond(json=body)

    fare = (await provider.fare("12951", "MMCT", "NDLS", "3A", "GN", 30, ist(3).date())).data

    assert fare.breakdown["concession"] == -500 and sum(fare.breakdown.values()) == 2545


async def test_a_runs_delay_missing_at_the_top_is_its_current_locations(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = fixture("live_running")
    del body["data"]["delayMinutes"]  # currentLocation.delayMinutes (6) is REAL too
    route = respx_mock.get(f"{BASE}/trains/12675/live").respond(json=body)

    assert (await provider.live_status("12675", ist(2).date())).data.delay_min == 6

    del body["data"]["currentLocation"]["delayMinutes"]  # then the last station reached
    route.respond(json=body)
    assert (await provider.live_status("12675", ist(2).date())).data.delay_min == 6


async def test_a_chart_said_only_in_words_is_read(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = fixture("pnr_waitlisted")
    body["data"]["charting"] = {"status": "Chart Prepared"}
    route = respx_mock.get(f"{BASE}/pnr/{PNR}").respond(json=body)

    assert (await provider.pnr_status(PNR)).data.chart_prepared

    body["data"]["charting"] = {"status": "Chart Not Prepared"}
    route.respond(json=body)
    assert not (await provider.pnr_status(PNR)).data.chart_prepared


async def test_moments_sent_in_another_offset_are_read_in_indias_time(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body = fixture("live_running")
    for stop in body["data"]["route"]:
        for key in ("scheduledDeparture", "actualDeparture", "scheduledArrival", "actualArrival"):
            if key in stop:
                moment = dt.datetime.fromisoformat(stop[key]).astimezone(dt.UTC)
                stop[key] = moment.isoformat().replace("+00:00", "Z")
    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=body)

    status = (await provider.live_status("12675", ist(2).date())).data

    left = status.stops[0].actual_departure
    assert left is not None and left.utcoffset() == dt.timedelta(hours=5, minutes=30)
    assert left.strftime("%H:%M") == "06:18"
