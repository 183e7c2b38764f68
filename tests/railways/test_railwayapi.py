"""The railwayapi.com v2 client against a respx-mocked upstream, hostile answers included."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
import respx

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
from app.observability import REGISTRY
from app.railways import http
from app.railways.models import RunState, StatusKind
from app.railways.railwayapi import RailwayApiProvider
from tests.conftest import FakeClock

BASE = "https://rail.test/v2"
KEY = "k3y9x7abcd"
IST = ZoneInfo("Asia/Kolkata")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "railwayapi"
PNR_URL = f"{BASE}/pnr-status/pnr/4512345678/apikey/{KEY}/"


def fixture(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return body


def ist(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=IST)


async def no_sleep(_: float) -> None:
    return None


@pytest.fixture
async def provider(clock: FakeClock) -> AsyncIterator[RailwayApiProvider]:
    clock.now = ist(2026, 12, 14, 19, 0).timestamp()
    client = RailwayApiProvider(BASE, KEY, clock=clock, sleep=no_sleep)
    yield client
    await client.aclose()


def test_a_missing_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        RailwayApiProvider(BASE, "  ")


async def test_pnr_status_reads_train_stations_and_every_passenger(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(PNR_URL).respond(json=fixture("pnr_status"))

    answer = await provider.pnr_status("4512345678")

    assert str(route.calls.last.request.url) == PNR_URL
    assert answer.source == "railwayapi"
    assert answer.as_of == ist(2026, 12, 14, 19, 0)
    assert not answer.stale
    pnr = answer.data
    assert (pnr.pnr, pnr.journey_date, pnr.journey_class) == (
        "4512345678",
        dt.date(2026, 12, 14),
        "SL",
    )
    assert (pnr.train.number, pnr.train.name) == ("12627", "KARNATAKA EXP")
    assert pnr.train.run_days == ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
    assert pnr.train.classes == ("2A", "3A", "SL")
    assert (pnr.from_station.code, pnr.to_station.code) == ("SBC", "NDLS")
    assert pnr.boarding is not None and pnr.boarding.name == "YESVANTPUR JN"
    assert pnr.chart_prepared is False
    current = [
        (p.number, p.current.kind, p.current.coach, p.current.berth, p.current.position)
        for p in pnr.passengers
    ]
    assert current == [
        (1, StatusKind.CNF, "S6", 71, None),
        (2, StatusKind.RLWL, None, None, 4),
        (3, StatusKind.RAC, None, None, 12),
        (4, StatusKind.CAN, None, None, None),
    ]
    assert pnr.passengers[3].booking.kind is StatusKind.RLWL
    assert pnr.passengers[3].booking.position == 54


async def test_chart_flag_as_text_and_days_under_day_code_are_read(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/pnr-status/pnr/2345678901/apikey/{KEY}/").respond(
        json=fixture("pnr_status_old_flags")
    )

    pnr = (await provider.pnr_status("2345678901")).data

    assert pnr.chart_prepared is True
    assert pnr.journey_date == dt.date(2027, 1, 3)
    assert pnr.train.run_days == ("TUE",)
    assert pnr.passengers[0].current.coach == "C4"


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (210, NotRunningOnDate),
        (211, ClassNotOnTrain),
        (220, FlushedPnr),
        (221, InvalidPnr),
        (230, InvalidArgument),
        (404, NotFound),
        (405, UpstreamUnavailable),
        (500, UpstreamAuthError),
        (501, UpstreamAuthError),
        (502, InvalidArgument),
        (999, UpstreamUnavailable),
        ("221", InvalidPnr),
    ],
)
async def test_each_response_code_means_its_domain_error(
    provider: RailwayApiProvider,
    respx_mock: respx.MockRouter,
    code: int | str,
    error: type[RailwayError],
) -> None:
    respx_mock.get(PNR_URL).respond(json={"response_code": code, "debit": 1})

    with pytest.raises(error) as raised:
        await provider.pnr_status("4512345678")

    assert type(raised.value) is error
    if isinstance(raised.value, InvalidArgument):  # its refusal, to be named as its
        assert raised.value.refused_by == "railwayapi"


async def test_an_answer_without_response_code_is_unusable(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(PNR_URL).respond(json={"debit": 1, "pnr": "4512345678"})

    with pytest.raises(UpstreamUnavailable):
        await provider.pnr_status("4512345678")


async def test_a_200_with_missing_fields_is_unusable_not_a_crash(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(PNR_URL).respond(json=fixture("pnr_missing_fields"))

    with pytest.raises(UpstreamUnavailable):
        await provider.pnr_status("4512345678")


async def test_station_by_name_percent_encodes_the_name(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(url__regex=r".*/name-to-code/.*").respond(json=fixture("name_to_code"))

    answer = await provider.station_by_name("  new   delhi ")

    request = route.calls.last.request
    assert request.url.raw_path == f"/v2/name-to-code/station/new%20delhi/apikey/{KEY}/".encode()
    assert [s.code for s in answer.data] == ["NDLS", "DLI", "NZM"]
    assert answer.data[0].lat == pytest.approx(28.6428915)


async def test_station_by_name_with_no_match_is_not_found(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(url__regex=r".*/name-to-code/.*").respond(
        json={"response_code": 200, "debit": 1, "total": 0, "stations": []}
    )

    with pytest.raises(NotFound):
        await provider.station_by_name("atlantis")


async def test_station_by_code_picks_the_exact_code_among_fuzzy_matches(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    url = f"{BASE}/code-to-name/code/SC/apikey/{KEY}/"
    respx_mock.get(url).respond(json=fixture("code_to_name"))

    station = (await provider.station_by_code("sc")).data

    assert (station.code, station.name) == ("SC", "SECUNDERABAD JN")


async def test_station_by_code_without_an_exact_match_is_not_found(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/code-to-name/code/SCX/apikey/{KEY}/").respond(
        json=fixture("code_to_name")
    )

    with pytest.raises(NotFound):
        await provider.station_by_code("SCX")


async def test_route_reads_stops_with_source_and_destination_as_no_time(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/route/train/12627/apikey/{KEY}/").respond(json=fixture("route"))

    route = (await provider.train_route("12627")).data

    first, second, last = route.stops[0], route.stops[1], route.stops[-1]
    assert (first.station.code, first.arrival, first.departure) == ("SBC", None, dt.time(19, 20))
    assert first.halt_min is None
    assert (second.arrival, second.departure, second.halt_min) == (
        dt.time(19, 38),
        dt.time(19, 40),
        2,
    )
    assert (last.station.code, last.arrival, last.departure, last.day, last.distance_km) == (
        "NDLS",
        dt.time(9, 15),
        None,
        3,
        2444,
    )
    assert [s.seq for s in route.stops] == [1, 2, 3, 4, 5, 6]


async def test_departures_are_timezone_aware_and_placed_on_the_right_day(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/arrivals/station/SBC/hours/4/apikey/{KEY}/").respond(
        json=fixture("arrivals")
    )

    board = (await provider.departures("sbc", 4)).data

    assert route.called
    assert (board.station.code, board.hours) == ("SBC", 4)
    by_number = {d.train.number: d for d in board.departures}
    karnataka = by_number["12627"]
    assert karnataka.scheduled_arrival is None
    assert karnataka.scheduled_departure == ist(2026, 12, 14, 19, 20)
    assert karnataka.delay_min == 0
    rajdhani = by_number["22691"]
    assert (rajdhani.expected_departure, rajdhani.delay_min) == (ist(2026, 12, 14, 20, 15), 15)
    mail = by_number["12657"]
    assert mail.scheduled_departure == ist(2026, 12, 14, 23, 50)
    assert mail.expected_arrival == ist(2026, 12, 15, 0, 10)
    assert mail.expected_departure == ist(2026, 12, 15, 0, 20)
    assert [d.train.number for d in board.departures] == ["12627", "22691", "16021", "12657"]
    assert all(
        d.scheduled_departure.tzinfo is not None for d in board.departures if d.scheduled_departure
    )


async def test_a_board_read_late_at_night_puts_early_trains_tomorrow_and_late_ones_today(
    clock: FakeClock, respx_mock: respx.MockRouter
) -> None:
    clock.now = ist(2026, 12, 14, 23, 0).timestamp()
    provider = RailwayApiProvider(BASE, KEY, clock=clock, sleep=no_sleep)
    respx_mock.get(f"{BASE}/arrivals/station/NDLS/hours/2/apikey/{KEY}/").respond(
        json=fixture("arrivals_late_night")
    )

    board = (await provider.departures("NDLS", 2)).data
    await provider.aclose()

    by_number = {d.train.number: d for d in board.departures}
    assert by_number["12002"].scheduled_departure == ist(2026, 12, 15, 0, 30)
    assert by_number["12424"].scheduled_departure == ist(2026, 12, 14, 22, 45)
    assert by_number["12424"].expected_departure == ist(2026, 12, 14, 23, 25)
    assert by_number["12560"].scheduled_arrival == ist(2026, 12, 14, 14, 0)
    assert by_number["12560"].expected_departure == ist(2026, 12, 14, 23, 5)


async def test_live_status_reads_position_stops_and_the_current_delay(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/live/train/12627/date/14-12-2026/apikey/{KEY}/").respond(
        json=fixture("live")
    )

    live = (await provider.live_status("12627", dt.date(2026, 12, 14))).data

    assert route.called
    assert live.start_date == dt.date(2026, 12, 14)
    assert live.position.startswith("Train departed from DHARMAVARAM")
    assert live.current_station is not None and live.current_station.code == "DMM"
    assert live.delay_min == 15
    source, dharmavaram, anantapur, delhi = live.stops
    assert source.scheduled_arrival is None
    assert source.actual_departure == ist(2026, 12, 14, 19, 25)
    assert dharmavaram.has_arrived and dharmavaram.has_departed
    assert anantapur.scheduled_arrival == ist(2026, 12, 14, 23, 33)
    # Times ahead of the train are a forecast, kept apart from what happened.
    assert anantapur.expected_arrival == ist(2026, 12, 15, 0, 5)
    assert anantapur.expected_departure == ist(2026, 12, 15, 0, 7)
    assert anantapur.actual_arrival is None and anantapur.actual_departure is None
    assert live.state is RunState.RUNNING
    assert delhi.scheduled_arrival == ist(2026, 12, 16, 9, 15)
    assert delhi.scheduled_departure is None
    assert delhi.day == 3


async def test_cancelled_and_rescheduled_trains_by_date(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/cancelled/date/14-12-2026/apikey/{KEY}/").respond(
        json=fixture("cancelled")
    )
    respx_mock.get(f"{BASE}/rescheduled/date/14-12-2026/apikey/{KEY}/").respond(
        json=fixture("rescheduled")
    )

    cancelled = (await provider.cancelled_trains(dt.date(2026, 12, 14))).data
    rescheduled = (await provider.rescheduled_trains(dt.date(2026, 12, 14))).data

    assert [(c.train.number, c.kind) for c in cancelled] == [
        ("04401", "Fully Cancelled"),
        ("12555", "Partially Cancelled"),
    ]
    assert cancelled[0].source is not None and cancelled[0].source.code == "NDLS"
    assert cancelled[0].destination is not None and cancelled[0].destination.code == "SVDK"
    first = rescheduled[0]
    assert (first.train.number, first.new_date, first.new_time, first.delay_min) == (
        "12952",
        dt.date(2026, 12, 14),
        dt.time(19, 30),
        170,
    )


async def test_no_cancellations_is_an_empty_list(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/cancelled/date/15-12-2026/apikey/{KEY}/").respond(
        json={"response_code": 200, "debit": 1, "total": 0, "trains": []}
    )

    assert (await provider.cancelled_trains(dt.date(2026, 12, 15))).data == []


async def test_trains_between_reads_times_days_and_overnight_arrivals(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/between/source/MAS/dest/SBC/date/20-12-2026/apikey/{KEY}/").respond(
        json=fixture("between")
    )

    trains = (await provider.trains_between("mas", "sbc", dt.date(2026, 12, 20))).data

    assert [t.train.number for t in trains] == ["12007", "12657"]  # no arrival time: skipped
    shatabdi, mail = trains
    assert (shatabdi.departure, shatabdi.arrival, shatabdi.duration_min) == (
        dt.time(6, 0),
        dt.time(11, 0),
        300,
    )
    assert shatabdi.arrival_day_offset == 0
    assert shatabdi.train.run_days == ("MON", "WED", "THU", "FRI", "SAT", "SUN")
    assert shatabdi.train.classes == ("CC", "EC")
    assert mail.arrival_day_offset == 1


async def test_trains_between_without_a_date_asks_for_today(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(
        f"{BASE}/between/source/MAS/dest/SBC/date/14-12-2026/apikey/{KEY}/"
    ).respond(json=fixture("between"))

    await provider.trains_between("MAS", "SBC", None)

    assert route.called


async def test_fare_path_carries_every_argument_in_order(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    url = (
        f"{BASE}/fare/train/12627/source/SBC/dest/NDLS/age/30/pref/3A/quota/GN"
        f"/date/14-12-2026/apikey/{KEY}/"
    )
    respx_mock.get(url).respond(json=fixture("fare"))

    fare = (await provider.fare("12627", "sbc", "ndls", "3a", "gn", 30, dt.date(2026, 12, 14))).data

    assert (fare.total, fare.journey_class, fare.quota, fare.approximate) == (
        1285,
        "3A",
        "GN",
        False,
    )
    assert (fare.from_station.code, fare.to_station.code) == ("SBC", "NDLS")


async def test_a_fare_or_seats_for_another_class_than_asked_is_not_told_as_the_asked_ones(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    # A sleeper fare asked, a 3A fare answered (fare.json is 3A's, check_seat.json SL's): a
    # traveller is never shown ₹1,285 under a question about sleeper.
    respx_mock.get(url__regex=r"/fare/.*/pref/SL/").respond(json=fixture("fare"))
    respx_mock.get(url__regex=r"/check-seat/.*/pref/3A/").respond(json=fixture("check_seat"))
    day = dt.date(2026, 12, 14)

    with pytest.raises(UpstreamUnavailable):
        await provider.fare("12627", "SBC", "NDLS", "SL", "GN", 30, day)
    with pytest.raises(UpstreamUnavailable):
        await provider.seat_availability("12627", "SBC", "NDLS", day, "3A", "GN")


async def test_seat_availability_reads_each_day(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    url = (
        f"{BASE}/check-seat/train/12627/source/SBC/dest/NDLS/date/14-12-2026/pref/SL/quota/GN"
        f"/apikey/{KEY}/"
    )
    respx_mock.get(url).respond(json=fixture("check_seat"))

    seats = (
        await provider.seat_availability("12627", "SBC", "NDLS", dt.date(2026, 12, 14), "SL", "GN")
    ).data

    assert [(d.date.day, d.kind, d.count) for d in seats.days] == [
        (14, StatusKind.AVAILABLE, 12),
        (15, StatusKind.RLWL, 12),
        (16, StatusKind.REGRET, None),
        (17, StatusKind.AVAILABLE, 42),
    ]
    assert seats.days[1].status == "RLWL12/WL8"


# --- hostile upstreams ---------------------------------------------------------------------------


async def test_network_errors_are_retried_then_reported_unavailable(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(PNR_URL).mock(side_effect=httpx.ConnectTimeout("slow"))

    with pytest.raises(UpstreamUnavailable):
        await provider.pnr_status("4512345678")

    assert route.call_count == 3


async def test_a_5xx_then_success_is_retried_into_an_answer(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(PNR_URL).mock(
        side_effect=[
            httpx.Response(502, text="<html>Bad Gateway</html>"),
            httpx.Response(200, json=fixture("pnr_status")),
        ]
    )

    answer = await provider.pnr_status("4512345678")

    assert answer.data.pnr == "4512345678"
    assert route.call_count == 2


async def test_5xx_forever_gives_up_within_the_deadline(
    clock: FakeClock, respx_mock: respx.MockRouter
) -> None:
    provider = RailwayApiProvider(BASE, KEY, clock=clock, deadline_s=0.4)
    respx_mock.get(PNR_URL).respond(503, text="Service Unavailable")

    started = time.monotonic()
    with pytest.raises(UpstreamUnavailable):
        await provider.pnr_status("4512345678")
    await provider.aclose()

    assert time.monotonic() - started < 0.6


async def test_an_upstream_that_hangs_is_cut_at_the_deadline(
    clock: FakeClock, respx_mock: respx.MockRouter
) -> None:
    provider = RailwayApiProvider(BASE, KEY, clock=clock, deadline_s=0.3)

    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        return httpx.Response(200, json=fixture("pnr_status"))

    respx_mock.get(PNR_URL).mock(side_effect=hang)

    started = time.monotonic()
    with pytest.raises(UpstreamUnavailable):
        await provider.pnr_status("4512345678")
    await provider.aclose()

    assert time.monotonic() - started < 0.6


def raw(content: bytes, content_type: str, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=content, headers={"content-type": content_type})


@pytest.mark.parametrize(
    "response",
    [
        raw(b'{"response_code": 200, "pnr": ', "application/json"),
        raw(b"\xff\xfe garbage", "application/json; charset=utf-8"),
        raw(b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
        raw(json.dumps({"response_code": 200}).encode(), "text/plain"),
        raw(b"[1, 2, 3]", "application/json"),
        raw(b'"200"', "application/json"),
        raw(b"Not Found", "text/plain", status=404),
        httpx.Response(302, headers={"location": "https://elsewhere.test/"}),
    ],
    ids=[
        "truncated-json",
        "garbage-bytes",
        "html-page",
        "wrong-content-type",
        "json-array",
        "json-string",
        "http-404",
        "redirect",
    ],
)
async def test_unusable_answers_are_unavailable_not_a_crash_and_not_retried(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter, response: httpx.Response
) -> None:
    route = respx_mock.get(PNR_URL).mock(return_value=response)

    with pytest.raises(UpstreamUnavailable):
        await provider.pnr_status("4512345678")

    assert route.call_count == 1


@pytest.mark.parametrize("status", [401, 403, 429])
async def test_http_auth_refusals_are_auth_errors(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter, status: int
) -> None:
    respx_mock.get(PNR_URL).respond(status, json={"message": "no"})

    with pytest.raises(UpstreamAuthError):
        await provider.pnr_status("4512345678")


HOSTILE = [
    "../",
    "..",
    "%2F",
    "NDLS/../../x",
    "NDLS%2F..",
    "x" * 5000,
    "ＮＤＬＳ",
    "नई",
    "A?B",
    "A#B",
]


@pytest.mark.parametrize("value", HOSTILE)
async def test_path_injection_never_reaches_the_url(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter, value: str
) -> None:
    catch_all = respx_mock.route().respond(json={"response_code": 200})
    day = dt.date(2026, 12, 14)
    attempts = [
        provider.station_by_code(value),
        provider.station_by_name(value),
        provider.train_route(value),
        provider.pnr_status(value),
        provider.departures(value, 2),
        provider.live_status(value, day),
        provider.trains_between("NDLS", value, day),
        provider.fare("12627", "SBC", "NDLS", value, "GN", 30, day),
        provider.seat_availability("12627", "SBC", "NDLS", day, "SL", value),
    ]
    for attempt in attempts:
        with pytest.raises((InvalidArgument, InvalidPnr)):
            await attempt

    assert not catch_all.called


async def test_the_key_never_appears_in_log_records(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    respx_mock.get(PNR_URL).mock(
        side_effect=[
            httpx.ConnectError("refused"),
            httpx.Response(500),
            httpx.Response(200, json=fixture("pnr_status")),
        ]
    )
    respx_mock.get(f"{BASE}/route/train/12627/apikey/{KEY}/").respond(
        200, text="<html>oops</html>", headers={"content-type": "text/html"}
    )

    await provider.pnr_status("4512345678")
    with pytest.raises(UpstreamUnavailable):
        await provider.train_route("12627")

    assert any(r.name == "httpx" for r in caplog.records), "httpx logs each request URL"
    for record in caplog.records:
        assert KEY not in record.getMessage()
        assert KEY not in repr(record.__dict__)
        assert "4512345678" not in record.getMessage()


async def test_latency_is_recorded_by_provider_endpoint_and_outcome(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    labels = {"provider": "railwayapi", "endpoint": "route", "outcome": "ok"}
    before = REGISTRY.get_sample_value("railbot_upstream_seconds_count", labels) or 0
    respx_mock.get(f"{BASE}/route/train/12627/apikey/{KEY}/").respond(json=fixture("route"))

    await provider.train_route("12627")

    assert REGISTRY.get_sample_value("railbot_upstream_seconds_count", labels) == before + 1


async def test_an_oversized_body_is_refused_before_it_fills_memory(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(http, "MAX_BODY_BYTES", 1024)
    padding = {"padding": "x" * 4096}
    respx_mock.get(PNR_URL).respond(json={**fixture("pnr_status"), **padding})

    with pytest.raises(UpstreamUnavailable):
        await provider.pnr_status("4512345678")


@pytest.mark.parametrize(
    ("read", "raw", "value"),
    [
        (http.calendar_date, "05-12-2026", dt.date(2026, 12, 5)),
        (http.calendar_date, "5-12-2026", dt.date(2026, 12, 5)),
        (http.calendar_date, "2026-12-05", dt.date(2026, 12, 5)),
        (http.calendar_date, "19 Nov 2026", dt.date(2026, 11, 19)),
        (http.calendar_date, "02-May-2026", dt.date(2026, 5, 2)),
        (http.calendar_date, "Dec 14, 2026 12:00:00 AM", dt.date(2026, 12, 14)),
        (http.calendar_date, "31-02-2026", None),
        (http.clock_time, "09:05", dt.time(9, 5)),
        (http.clock_time, "Source", None),
        (http.clock_time, "25:00", None),
        (http.minutes, "RIGHT TIME", 0),
        (http.minutes, "00:15", 15),
        (http.minutes, "15:8", 908),
        (http.minutes, "1h 5m", 65),
        (http.minutes, "2 min", 2),
        (http.minutes, "--", None),
        (http.kilometres, "2444 km", 2444),
        (http.kilometres, "110.23", 110),
        (http.flag, "True", True),
        (http.flag, "N", False),
        (http.flag, "maybe", None),
        (http.integer, "1,285", 1285),
        (http.integer, True, None),
    ],
)
def test_upstream_values_are_read_whatever_their_spelling(read: Any, raw: Any, value: Any) -> None:
    assert read(raw) == value


async def test_trains_are_searched_with_suggest_train(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/suggest-train/train/rajdhani%20exp/apikey/{KEY}/").respond(
        json=fixture("suggest_train")
    )

    found = (await provider.search_trains("rajdhani  exp")).data

    assert route.called
    assert [(t.number, t.name) for t in found] == [
        ("12951", "MUMBAI RAJDHANI"),
        ("12953", "AUG KRANTI RAJ"),
    ]


async def test_features_the_v2_contract_never_had_are_not_offered_without_a_call(
    provider: RailwayApiProvider, respx_mock: respx.MockRouter
) -> None:
    catch_all = respx_mock.route().respond(json={"response_code": 200})

    with pytest.raises(NotOffered):
        await provider.pnr_prediction("4512345678")
    with pytest.raises(NotOffered):
        await provider.station_directory()
    with pytest.raises(NotOffered):
        await provider.trains_between("MAS", "SBC", None, by_city=True)
    assert not catch_all.called
