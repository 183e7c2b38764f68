"""RailRadar's recorded answers, varied as real ones vary (keys absent or null, run days and
states in either case, numbers as strings, fields nobody has seen, empty lists): each endpoint
still reads to what the answer says, and to nothing it does not."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import respx

from app.errors import FareUnknown, NotFound, UpstreamUnavailable
from app.railways.models import BoardState, RunState, StatusKind
from app.railways.railradar import RailRadarProvider
from tests.railways.railradar_client import railradar_provider as railradar_provider  # `provider`
from tests.railways.test_railradar import BASE, PNR, fixture, ist

Body = dict[str, Any]


def pnr_sparse(data: Body) -> None:
    """A PNR answer as sparse as real ones come: its number masked by the provider, no chart, the
    fare as text, no boarding point, passengers without berths or formatted statuses."""
    data["pnrNumber"] = "45XXXXXX78"
    data["charting"] = None
    data["train"]["bookingFare"] = "1930"
    del data["train"]["boardingPoint"]
    for passenger in data["passengers"]:
        passenger["booking"]["berthNo"] = None
        del passenger["current"]["formatted"]


def recorded(name: str) -> tuple[Body, Body]:
    """A recorded answer with a field nobody has seen, and its `data` to vary."""
    body = fixture(name)
    body["someFieldNobodyHasSeen"] = {"nested": [None, 1]}
    if isinstance(body["data"], dict):
        body["data"]["someFieldNobodyHasSeen"] = {"nested": [None, 1]}
    return body, body["data"]


async def test_a_pnr_masked_by_the_provider_keeps_the_number_asked_and_reads_sparse_passengers(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("pnr_waitlisted")
    pnr_sparse(data)
    respx_mock.get(f"{BASE}/pnr/{PNR}").respond(json=body)

    pnr = (await provider.pnr_status(PNR)).data

    assert pnr.pnr == PNR and pnr.fare == 1930 and not pnr.chart_prepared
    assert pnr.boarding is None and pnr.from_station.code == "ARA"
    assert [p.current.kind.is_waitlist for p in pnr.passengers][:1] == [True]


async def test_a_chance_sent_as_text_is_read_and_one_out_of_range_is_no_chance(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("pnr_prediction")
    data.update(probabilityPercent=None, probability="0.71", probabilityStatus="high")
    route = respx_mock.get(f"{BASE}/pnr/{PNR}/prediction").respond(json=body)

    assert (await provider.pnr_prediction(PNR)).data.percent == 71

    route.respond(json={"success": True, "data": {"probabilityPercent": 140, "header": None}})
    with pytest.raises(UpstreamUnavailable):
        await provider.pnr_prediction(PNR)


@pytest.mark.parametrize(
    ("percent", "probability", "read"),
    [
        ("50%", None, 50),  # the percent field as the text a page shows
        (" 71.5 % ", 0.2, 72),  # its sign wins over a share that disagrees
        (None, "50%", 50),  # the share field holding a percent with its sign
        ("0%", None, 0),  # no chance at all is a chance, not a missing one
        ("high", 0.4, 40),  # words where the percent goes: the share is read
    ],
)
async def test_a_chance_written_as_percent_text_is_that_percent(
    provider: RailRadarProvider,
    respx_mock: respx.MockRouter,
    percent: str | None,
    probability: str | float | None,
    read: int,
) -> None:
    body, data = recorded("pnr_prediction")
    data.update(probabilityPercent=percent, probability=probability)
    respx_mock.get(f"{BASE}/pnr/{PNR}/prediction").respond(json=body)

    assert (await provider.pnr_prediction(PNR)).data.percent == read


async def test_a_run_in_capitals_with_strings_for_numbers_and_no_place_is_still_read(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("live_running")
    data.update(status="RUNNING", isLive=None, delayMinutes="6", exceptions=None)
    data["train"]["runDays"] = "MON,TUE,WED,THU,FRI,SAT,SUN"
    data.pop("currentLocation")
    data.pop("previousHalt")
    for stop in data["route"]:
        stop.pop("platform", None)
        stop["distance"] = str(stop["distance"])
    respx_mock.get(f"{BASE}/trains/12675/live").respond(json=body)

    live = (await provider.live_status("12675", dt.date(2026, 10, 2))).data

    assert live.state is RunState.RUNNING and live.delay_min == 6
    assert live.train.run_days == ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
    assert live.location is None and live.current_station is None  # no place is invented
    assert all(stop.platform is None for stop in live.stops)
    assert live.stops[0].has_departed


async def test_a_run_not_started_in_other_spellings_is_never_on_time(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("live_not_started")
    data.update(status="Not Started", isLive=False, trackingMode=None)
    data.pop("currentLocation")
    respx_mock.get(f"{BASE}/trains/12635/live").respond(json=body)

    live = (await provider.live_status("12635", dt.date(2026, 10, 2))).data

    assert live.state is RunState.NOT_STARTED and live.delay_min is None
    assert live.estimated
    assert not any(stop.has_departed for stop in live.stops)


async def test_an_exception_in_lower_case_still_cancels_the_run(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("live_cancelled")
    data["status"] = None
    for exception in data["exceptions"]:
        exception["type"] = exception["type"].lower()
    respx_mock.get(f"{BASE}/trains/12626/live").respond(json=body)

    live = (await provider.live_status("12626", dt.date(2026, 10, 2))).data

    assert live.state is RunState.CANCELLED


async def test_a_route_with_nulls_strings_and_run_days_in_capitals(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("schedule_12951")
    data["train"].update(runDays=["MON", "WED", "FRI"], classes=None, availableClasses=None)
    for stop in data["route"]:
        stop.setdefault("arrival", None)
        stop.update(platform=None, distance=str(stop["distance"]))
    respx_mock.get(f"{BASE}/trains/12951").respond(json=body)

    route = (await provider.train_route("12951")).data

    assert route.train.run_days == ("MON", "WED", "FRI") and route.train.classes == ()
    assert route.stops[0].arrival is None and route.stops[0].departure == dt.time(17, 0)
    assert route.stops[1].distance_km == 30 and route.stops[1].platform is None


async def test_station_search_without_the_active_flag_offers_the_station(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("search_stations_chennai")
    for station in data:
        station.pop("isActive", None)
        station["city"] = None
    respx_mock.get(f"{BASE}/lookup/search/stations").respond(json=body)

    stations = (await provider.station_by_name("chennai")).data

    assert "MS" in [s.code for s in stations]

    respx_mock.get(f"{BASE}/lookup/search/stations").respond(json={"success": True, "data": []})
    with pytest.raises(NotFound):
        await provider.station_by_name("atlantis")


async def test_trains_between_with_strings_for_numbers_and_no_codes_per_train(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("between_NDLS_MMCT")
    data["count"] = str(data["count"])
    for item in data["trains"]:
        item["train"]["runDays"] = [day.upper() for day in item["train"]["runDays"]]
        item["duration"] = str(item["duration"])
        item.pop("totalHaltsBetween", None)
        item["from"].pop("code", None)
        item["to"].pop("code", None)
    respx_mock.get(f"{BASE}/trains/between/NDLS/MMCT").respond(json=body)

    trains = (await provider.trains_between("NDLS", "MMCT", dt.date(2026, 10, 3))).data

    assert trains and all(t.duration_min for t in trains)
    assert {t.from_station.code for t in trains} == {"NDLS"}  # the top level's stations
    assert all(t.halts_between is None for t in trains)

    data["trains"] = []
    respx_mock.get(f"{BASE}/trains/between/NDLS/MMCT").respond(json=body)
    assert (await provider.trains_between("NDLS", "MMCT", dt.date(2026, 10, 3))).data == []


async def test_a_board_without_expected_times_platforms_or_live_part(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("station_live_MS")
    data.pop("window", None)
    for item in data["trains"]:
        item["live"].pop("expectedArrivalTime", None)
        item["live"].pop("expectedDepartureTime", None)
        item["stop"]["platform"] = None
        item["train"]["runDays"] = [day.upper() for day in item["train"]["runDays"]]
    del data["trains"][4]["live"]  # 20635, leaving at 19:30
    respx_mock.get(f"{BASE}/stations/MS/live").respond(json=body)

    board = (await provider.departures("MS", 8)).data

    by_number = {d.train.number: d for d in board.departures}
    weekly = by_number["19419"]
    assert weekly.expected_departure == ist(2, 15, 32)  # the timetable's 15:20 plus 12 minutes
    assert all(d.platform is None for d in board.departures)
    no_live = by_number["20635"]
    assert no_live.scheduled_departure == ist(2, 19, 30)
    assert no_live.state is BoardState.SCHEDULED and no_live.delay_min is None

    data["trains"] = []
    respx_mock.get(f"{BASE}/stations/MS/live").respond(json=body)
    assert (await provider.departures("MS", 2)).data.departures == ()


async def test_a_fare_sent_as_text_with_null_parts_keeps_only_the_parts_it_has(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("fare")
    data["breakdown"] = {"baseFare": None, "gst": "145", "totalFare": "3045"}
    data.pop("trainName")
    respx_mock.get(f"{BASE}/trains/12951/fare").respond(json=body)

    fare = (await provider.fare("12951", "MMCT", "NDLS", "3A", "GN", 30, ist(3).date())).data

    assert fare.total == 3045 and fare.breakdown == {"gst": 145}

    # No total, and no base fare to add the charges to: a fare not known, none made up
    for parts in ({"baseFare": 0}, {"gst": 145, "reservationCharge": 40}, {}):
        data["breakdown"] = parts
        respx_mock.get(f"{BASE}/trains/12951/fare").respond(json=body)
        with pytest.raises(FareUnknown):
            await provider.fare("12951", "MMCT", "NDLS", "3A", "GN", 30, ist(3).date())

    data["breakdown"] = {"baseFare": 2900, "gst": 145}  # no total: its parts add up to it
    respx_mock.get(f"{BASE}/trains/12951/fare").respond(json=body)
    fare = (await provider.fare("12951", "MMCT", "NDLS", "3A", "GN", 30, ist(3).date())).data
    assert fare.total == 3045 and fare.breakdown == {"baseFare": 2900, "gst": 145}


async def test_seats_with_codes_in_lower_case_and_no_counts_read_the_words(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("seats")
    for day in data["calendar"]:
        day["statusCode"] = (day.get("statusCode") or "").lower()
        day.pop("availableSeats", None)
        day["isAvailable"] = None
    respx_mock.get(f"{BASE}/trains/12951/seats").respond(json=body)

    days = (
        await provider.seat_availability("12951", "MMCT", "NDLS", ist(3).date(), "3A", "GN")
    ).data.days

    assert [(d.kind, d.count) for d in days][:2] == [
        (StatusKind.AVAILABLE, 34),
        (StatusKind.RAC, 12),
    ]

    data["calendar"] = []
    respx_mock.get(f"{BASE}/trains/12951/seats").respond(json=body)
    with pytest.raises(NotFound):
        await provider.seat_availability("12951", "MMCT", "NDLS", ist(3).date(), "3A", "GN")


async def test_a_directory_with_nulls_and_bad_codes_keeps_the_good_ones(
    provider: RailRadarProvider, respx_mock: respx.MockRouter
) -> None:
    body, data = recorded("stations_directory")
    data["ZZZQ"] = None
    data["someFieldNobodyHasSeen"] = "Nowhere"
    respx_mock.get(f"{BASE}/lookup/stations").respond(json=body)

    codes = [s.code for s in (await provider.station_directory()).data]

    assert "MS" in codes and "ZZZQ" not in codes


async def test_a_name_the_search_answers_with_other_stations_is_no_station_of_that_name(
    respx_mock: respx.MockRouter, provider: RailRadarProvider
) -> None:
    # RailRadar's search ranks weakly (LIVE_PROVIDERS.md §1.8): Chennai's stations for a name
    # none of them bears are no answer to it; a name spelt by ear still finds its station.
    body = fixture("search_stations_chennai")
    respx_mock.get(f"{BASE}/lookup/search/stations").respond(json=body)
    with pytest.raises(NotFound):
        await provider.station_by_name("xyzq")
    with pytest.raises(NotFound):
        await provider.station_by_name("patna")
    assert [s.code for s in (await provider.station_by_name("egmor")).data][:1] == ["MS"]
