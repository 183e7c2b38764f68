"""The RapidAPI IRCTC1 client against a respx-mocked upstream, with bodies in its known shapes."""

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
    InvalidArgument,
    InvalidPnr,
    NotFound,
    NotOffered,
    StationUnknownToProvider,
    UpstreamAuthError,
    UpstreamRateLimited,
    UpstreamUnavailable,
)
from app.railways.budget import CallBudget, Limits, MemoryLedger
from app.railways.http import minutes
from app.railways.irctc1 import Irctc1Provider
from app.railways.models import RunState, StatusKind
from tests.conftest import FakeClock

BASE = "https://irctc1.test"
KEY = "9f8e7d6c5bmsh0123456789abcdefjsn0a1b2c3d4e5f"
IST = ZoneInfo("Asia/Kolkata")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "irctc1"


def fixture(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return body


def ist(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=IST)


async def no_sleep(_: float) -> None:
    return None


@pytest.fixture
async def provider(clock: FakeClock) -> AsyncIterator[Irctc1Provider]:
    clock.now = ist(2026, 12, 14, 19, 0).timestamp()
    client = Irctc1Provider(BASE, KEY, clock=clock, sleep=no_sleep)
    yield client
    await client.aclose()


async def test_requests_carry_rapidapi_headers_and_query_parameters(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/api/v3/getPNRStatus").respond(json=fixture("pnr_status"))

    await provider.pnr_status("4512345678")

    request = route.calls.last.request
    assert request.headers["X-RapidAPI-Key"] == KEY
    assert request.headers["X-RapidAPI-Host"] == "irctc1.p.rapidapi.com"
    assert dict(request.url.params) == {"pnrNumber": "4512345678"}
    assert KEY not in str(request.url)


async def test_the_rapidapi_host_follows_the_base_url_on_rapidapi(clock: FakeClock) -> None:
    provider = Irctc1Provider("https://irctc2.p.rapidapi.com", KEY, clock=clock)
    with respx.mock() as router:
        route = router.get("https://irctc2.p.rapidapi.com/api/v1/searchStation").respond(
            json=fixture("search_station")
        )
        await provider.station_by_name("secunderabad")
    await provider.aclose()

    assert route.calls.last.request.headers["X-RapidAPI-Host"] == "irctc2.p.rapidapi.com"


async def test_pnr_status_in_the_pascal_case_shape(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/api/v3/getPNRStatus").respond(json=fixture("pnr_status"))

    answer = await provider.pnr_status("4512345678")

    pnr = answer.data
    assert answer.source == "irctc1"
    assert (pnr.train.number, pnr.train.name) == ("17221", "COA LTT EXPRESS")
    assert pnr.journey_date == dt.date(2026, 12, 14)
    assert (pnr.from_station.code, pnr.to_station.code, pnr.journey_class) == ("CCT", "SC", "3A")
    assert pnr.boarding is not None and pnr.boarding.name == "Kakinada Town"
    assert pnr.upto is not None and pnr.upto.name == "Secunderabad Junction"
    assert pnr.departure == dt.time(9, 8)
    assert pnr.chart_prepared is False
    # ConfirmTkt's record, relayed, says where each coach stands and whether a pantry car runs
    assert pnr.train.coach_position == "L SLR D1 D2 D3 B1 B2 A1 S1 S2 S3 SLR"
    assert pnr.train.has_pantry is False
    first, second, third = pnr.passengers
    assert (first.booking.coach, first.booking.berth) == ("B5", 55)
    assert (first.current.kind, first.current.coach, first.current.berth) == (
        StatusKind.CNF,
        "B5",
        55,
    )
    assert (second.current.kind, second.current.position) == (StatusKind.RAC, 4)
    assert (third.booking.kind, third.current.position) == (StatusKind.GNWL, 2)


async def test_pnr_status_in_the_camel_case_shape(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/api/v3/getPNRStatus").respond(json=fixture("pnr_status_camel"))

    pnr = (await provider.pnr_status("4512345678")).data

    assert pnr.journey_date == dt.date(2026, 12, 14)
    assert pnr.chart_prepared is True
    assert pnr.boarding is not None and pnr.boarding.code == "YPR"
    first, second = pnr.passengers
    assert (first.current.coach, first.current.berth, first.current.berth_type) == (
        "S6",
        71,
        "UB",
    )
    assert (second.booking.kind, second.booking.position) == (StatusKind.RLWL, 16)
    assert (second.current.kind, second.current.coach, second.current.berth) == (
        StatusKind.CNF,
        "S9",
        12,
    )


@pytest.mark.parametrize("status", [200, 404])
async def test_an_invalid_pnr_message_is_invalid_pnr(
    provider: Irctc1Provider, respx_mock: respx.MockRouter, status: int
) -> None:
    respx_mock.get(f"{BASE}/api/v3/getPNRStatus").respond(status, json=fixture("invalid_pnr"))

    with pytest.raises(InvalidPnr):
        await provider.pnr_status("4512345678")


@pytest.mark.parametrize(
    ("status", "body"),
    [(200, "quota_exceeded"), (403, "not_subscribed"), (401, None)],
)
async def test_refused_keys_are_auth_errors(
    provider: Irctc1Provider, respx_mock: respx.MockRouter, status: int, body: str | None
) -> None:
    payload = fixture(body) if body else {"message": "Invalid API key."}
    respx_mock.get(f"{BASE}/api/v1/searchStation").respond(status, json=payload)

    with pytest.raises(UpstreamAuthError):
        await provider.station_by_name("delhi")


async def test_its_monthly_quota_refused_stops_every_call_until_the_month_ends(
    clock: FakeClock, respx_mock: respx.MockRouter
) -> None:
    # RapidAPI's gateway: 429 "You have exceeded the MONTHLY quota for Requests on your current
    # plan, BASIC." Asking again would only be refused again, all month.
    clock.now = ist(2026, 12, 14, 19, 0).timestamp()
    budget = CallBudget("irctc1", Limits(None, 20), MemoryLedger(clock), clock=clock)
    provider = Irctc1Provider(BASE, KEY, clock=clock, sleep=no_sleep, budget=budget)
    route = respx_mock.get(f"{BASE}/api/v1/searchStation").respond(
        429, json=fixture("quota_exceeded")
    )
    try:
        with pytest.raises(UpstreamRateLimited) as refused:
            await provider.station_by_name("delhi")
        with pytest.raises(BudgetExhausted) as spent:
            await provider.station_by_name("delhi")
    finally:
        await provider.aclose()
    assert refused.value.monthly and refused.value.provider == "irctc1"
    assert spent.value.window == "month"
    assert route.call_count == 1
    assert (await budget.usage()).paused_s > 14 * 24 * 3600  # until the month ends


@pytest.mark.parametrize(
    "headers",
    [{"Retry-After": "10800"}, {"x-ratelimit-requests-reset": "10800"}],
)
async def test_a_rate_refusal_pauses_it_for_as_long_as_the_gateway_says(
    clock: FakeClock, respx_mock: respx.MockRouter, headers: dict[str, str]
) -> None:
    clock.now = ist(2026, 12, 14, 19, 0).timestamp()
    budget = CallBudget("irctc1", Limits(None, 20), MemoryLedger(clock), clock=clock)
    provider = Irctc1Provider(BASE, KEY, clock=clock, sleep=no_sleep, budget=budget)
    route = respx_mock.get(f"{BASE}/api/v1/searchStation").respond(
        429,
        json={"message": "You have exceeded the rate limit per second for your plan, BASIC"},
        headers=headers,
    )
    try:
        with pytest.raises(UpstreamRateLimited) as refused:
            await provider.station_by_name("delhi")
        clock.advance(3600)
        with pytest.raises(BudgetExhausted) as spent:
            await provider.station_by_name("delhi")
    finally:
        await provider.aclose()
    assert not refused.value.monthly
    assert refused.value.back_at == ist(2026, 12, 14, 22, 0)
    assert spent.value.back_at == ist(2026, 12, 14, 22, 0)
    assert route.call_count == 1


async def test_an_unknown_endpoint_is_an_outage_not_a_missing_answer(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/api/v1/getTrainSchedule").respond(
        404, json={"message": "Endpoint '/api/v1/getTrainSchedule' does not exist"}
    )

    with pytest.raises(UpstreamUnavailable):
        await provider.train_route("12627")


async def test_station_search_by_name_and_by_exact_code(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/api/v1/searchStation").respond(json=fixture("search_station"))

    by_name = (await provider.station_by_name("secunderabad")).data
    by_code = (await provider.station_by_code("chz")).data

    assert [s.code for s in by_name] == ["SC", "SCN", "CHZ"]
    assert by_name[0].state == "TELANGANA"
    assert (by_code.code, by_code.name) == ("CHZ", "CHARLAPALLI")
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"query": "secunderabad"},
        {"query": "CHZ"},
    ]
    with pytest.raises(NotFound):
        await provider.station_by_code("XYZ")


async def test_an_empty_station_search_is_not_found(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/api/v1/searchStation").respond(
        json={"status": True, "message": "Success", "data": []}
    )

    with pytest.raises(NotFound):
        await provider.station_by_name("atlantis")


async def test_schedule_keeps_only_stops_and_reads_cumulative_minutes(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/api/v1/getTrainSchedule").respond(
        json=fixture("train_schedule")
    )

    schedule = (await provider.train_route("11447")).data

    assert dict(route.calls.last.request.url.params) == {"trainNo": "11447"}
    assert [s.station.code for s in schedule.stops] == ["JBP", "SHR", "KTES", "HWH"]
    origin, sihora, katni, howrah = schedule.stops
    assert (origin.arrival, origin.departure, origin.halt_min) == (None, dt.time(22, 20), None)
    assert origin.station.lat == pytest.approx(23.164746)
    assert (sihora.arrival, sihora.departure, sihora.halt_min) == (
        dt.time(22, 48),
        dt.time(22, 50),
        2,
    )
    assert (katni.arrival, katni.day, katni.distance_km) == (dt.time(0, 5), 2, 110)
    assert (howrah.arrival, howrah.departure, howrah.day) == (dt.time(22, 45), None, 2)
    train = schedule.train
    assert (train.number, train.name, train.type) == ("11447", "Shaktipunj Express", "MEX")
    assert train.run_days == ("MON", "WED", "THU", "FRI", "SAT", "SUN")
    assert train.classes == ("SL", "3A")
    assert (train.from_code, train.to_code) == ("JBP", "HWH")


async def test_station_board_rounds_the_window_up_and_places_times(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/api/v3/getLiveStation").respond(json=fixture("live_station"))

    board = (await provider.departures("SBC", 3)).data

    assert dict(route.calls.last.request.url.params) == {"fromStationCode": "SBC", "hours": "4"}
    assert board.hours == 4
    karnataka, mail = board.departures
    assert (karnataka.scheduled_departure, karnataka.platform) == (ist(2026, 12, 14, 19, 20), "6")
    assert (mail.scheduled_arrival, mail.expected_departure) == (
        ist(2026, 12, 14, 22, 30),
        ist(2026, 12, 14, 23, 15),
    )
    assert (mail.delay_min, mail.platform, mail.to_code) == (35, None, "MAS")


@pytest.mark.parametrize("status", [200, 404])
async def test_a_board_it_has_no_data_for_is_a_gap_in_its_data_never_no_trains(
    provider: Irctc1Provider, respx_mock: respx.MockRouter, status: int
) -> None:
    # "No data found" says nothing of the station's trains: the next provider or the timetable
    # is asked, and failing them the traveller hears the provider lacks the station.
    respx_mock.get(f"{BASE}/api/v3/getLiveStation").respond(
        status, json={"status": False, "message": "No data found", "timestamp": 1797253200000}
    )

    with pytest.raises(StationUnknownToProvider):
        await provider.departures("SBC", 4)


async def test_a_board_sent_empty_is_no_trains_in_its_window(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/api/v3/getLiveStation").respond(
        json={"status": True, "message": "Success", "timestamp": 1797253200000, "data": []}
    )

    board = await provider.departures("SBC", 4)

    assert board.data.departures == () and board.source == "irctc1"


async def test_live_status_counts_the_start_day_back_from_today(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/api/v1/liveTrainStatus").respond(
        json=fixture("live_train_status")
    )

    live = (await provider.live_status("19038", dt.date(2026, 12, 13))).data

    assert dict(route.calls.last.request.url.params) == {"trainNo": "19038", "startDay": "1"}
    assert live.start_date == dt.date(2026, 12, 13)
    assert live.current_station is not None and live.current_station.code == "GTNR"
    assert live.position == ""  # IRCTC1's words are facts, said in each language's own
    assert live.location is not None and live.location.station.code == "GTNR"
    assert (live.location.at_station, live.location.distance_from_station_km) == (False, 4)
    assert live.delay_min == 40
    assert live.updated_at == ist(2026, 12, 14, 23, 54)
    assert [s.station.code for s in live.stops] == ["BJU", "GTNR", "BNZ", "LC"]
    barauni, gomti, badshah, lucknow = live.stops
    assert barauni.has_departed and barauni.actual_departure == ist(2026, 12, 13, 7, 25)
    assert gomti.has_arrived and gomti.has_departed
    assert gomti.scheduled_arrival == ist(2026, 12, 14, 23, 5)
    assert not badshah.has_arrived
    # a_day is the day of the expected time: 00:08 on the third day, due 23:32 the day before.
    assert lucknow.scheduled_arrival == ist(2026, 12, 14, 23, 32)
    assert lucknow.expected_arrival == ist(2026, 12, 15, 0, 8)
    assert lucknow.actual_arrival is None
    assert live.state is RunState.RUNNING


async def test_a_run_starting_on_a_later_day_has_not_begun_whatever_its_answer_says(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    # The client's day is 14 Dec; asked for today's run, IRCTC1 answers with the run of 16 Dec
    # at Asansol with departures and a delay that cannot have happened yet.
    text = json.dumps(fixture("live_train_status_at_station"))
    for day in (15, 14, 13):  # the recorded run's days, moved three days on
        text = text.replace(f"2026-12-{day}", f"2026-12-{day + 3}")
    body = json.loads(text)
    respx_mock.get(f"{BASE}/api/v1/liveTrainStatus").respond(json=body)

    run = (await provider.live_status("11447", dt.date(2026, 12, 14))).data

    assert run.start_date == dt.date(2026, 12, 16)
    assert run.state is RunState.NOT_STARTED
    assert run.delay_min is None and run.current_station is None and run.position == ""
    assert not any(s.has_arrived or s.has_departed or s.actual_departure for s in run.stops)
    assert not any(s.expected_arrival or s.expected_departure or s.delay_min for s in run.stops)
    jabalpur, *_, howrah = run.stops
    # its timetable, on the run's own days
    assert jabalpur.scheduled_departure == ist(2026, 12, 16, 22, 20)
    assert howrah.station.code == "HWH" and howrah.scheduled_arrival == ist(2026, 12, 18, 3, 55)


async def test_a_run_of_today_is_read_as_it_says(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    text = json.dumps(fixture("live_train_status_at_station")).replace("2026-12-13", "2026-12-14")
    respx_mock.get(f"{BASE}/api/v1/liveTrainStatus").respond(json=json.loads(text))

    run = (await provider.live_status("11447", dt.date(2026, 12, 14))).data

    assert run.state is RunState.RUNNING and run.delay_min == 118
    assert run.current_station is not None and run.current_station.code == "ASN"


async def test_a_run_of_another_train_than_asked_is_a_broken_answer(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    # asked for 12951, it answers with 11447's run (its recorded one, of 13 Dec)
    respx_mock.get(f"{BASE}/api/v1/liveTrainStatus").respond(
        json=fixture("live_train_status_at_station")
    )

    with pytest.raises(UpstreamUnavailable, match="11447, not 12951"):
        await provider.live_status("12951", dt.date(2026, 12, 13))


async def test_a_schedule_of_another_train_than_asked_is_a_broken_answer(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/api/v1/getTrainSchedule").respond(json=fixture("train_schedule"))

    with pytest.raises(UpstreamUnavailable, match="11447, not 12951"):
        await provider.train_route("12951")


@pytest.mark.parametrize("start", [dt.date(2026, 12, 15), dt.date(2026, 12, 1)])
async def test_live_status_for_a_run_outside_the_window_is_refused_without_a_call(
    provider: Irctc1Provider, respx_mock: respx.MockRouter, start: dt.date
) -> None:
    catch_all = respx_mock.route().respond(json={"status": True, "data": {}})

    with pytest.raises(InvalidArgument):
        await provider.live_status("19038", start)

    assert not catch_all.called


async def test_cancelled_and_rescheduled_lists_are_not_offered(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    catch_all = respx_mock.route().respond(json={"status": True, "data": []})

    with pytest.raises(NotOffered) as cancelled:
        await provider.cancelled_trains(dt.date(2026, 12, 14))
    with pytest.raises(NotOffered) as rescheduled:
        await provider.rescheduled_trains(dt.date(2026, 12, 14))

    assert (cancelled.value.feature, cancelled.value.provider) == ("cancelled_trains", "irctc1")
    assert rescheduled.value.feature == "rescheduled_trains"
    assert not catch_all.called


async def test_trains_between_on_a_date_uses_v3_and_without_uses_v2(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    dated = respx_mock.get(f"{BASE}/api/v3/trainBetweenStations").respond(json=fixture("between"))
    undated = respx_mock.get(f"{BASE}/api/v2/trainBetweenStations").respond(json=fixture("between"))

    trains = (await provider.trains_between("mmct", "ndls", dt.date(2026, 12, 20))).data
    await provider.trains_between("MMCT", "NDLS", None)

    assert dict(dated.calls.last.request.url.params) == {
        "fromStationCode": "MMCT",
        "toStationCode": "NDLS",
        "dateOfJourney": "2026-12-20",
    }
    assert dict(undated.calls.last.request.url.params) == {
        "fromStationCode": "MMCT",
        "toStationCode": "NDLS",
    }
    assert [t.train.number for t in trains] == ["12951", "12137"]
    rajdhani, punjab = trains
    assert (rajdhani.from_station.code, rajdhani.from_station.name) == ("BVI", "BORIVALI")
    assert (rajdhani.departure, rajdhani.arrival, rajdhani.duration_min) == (
        dt.time(17, 24),
        dt.time(8, 32),
        908,
    )
    assert rajdhani.arrival_day_offset == 1
    assert rajdhani.train.classes == ("3A", "2A", "1A")
    assert punjab.train.run_days == ("MON", "FRI")
    assert (punjab.duration_min, punjab.arrival_day_offset) == (1535, 1)


@pytest.mark.parametrize(
    ("leaves", "arrives", "days"),
    [
        ("17:24", "08:32", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),  # as recorded
        ("2026-12-20T17:24:00+05:30", "2026-12-21T08:32:00+05:30", "daily"),
        ("5:24 PM", "8:32 AM", "MON,TUE,WED,THU,FRI,SAT,SUN"),
        ("2026-12-20 17:24", "2026-12-21 08:32", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
    ],
    ids=["recorded", "iso-with-offset", "twelve-hour", "dated"],
)
async def test_a_train_between_reads_its_times_and_days_in_any_spelling(
    provider: Irctc1Provider,
    respx_mock: respx.MockRouter,
    leaves: str,
    arrives: str,
    days: object,
) -> None:
    body = fixture("between")
    row = body["data"][0]
    row.update(from_std=leaves, to_sta=arrives, run_days=days)
    body["data"] = [row]
    respx_mock.get(f"{BASE}/api/v3/trainBetweenStations").respond(json=body)

    (rajdhani,) = (await provider.trains_between("MMCT", "NDLS", dt.date(2026, 12, 20))).data

    assert (rajdhani.departure, rajdhani.arrival) == (dt.time(17, 24), dt.time(8, 32))
    assert (rajdhani.arrival_day_offset, rajdhani.duration_min) == (1, 908)
    assert rajdhani.train.run_days == ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")


async def test_fare_picks_the_class_from_the_general_or_tatkal_table(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/api/v2/getFare").respond(json=fixture("fare"))
    day = dt.date(2026, 12, 20)

    general = (await provider.fare("12627", "SBC", "NDLS", "3A", "GN", 30, day)).data
    tatkal = (await provider.fare("12627", "SBC", "NDLS", "3A", "TQ", 30, day)).data
    premium = (await provider.fare("12627", "SBC", "NDLS", "3A", "PT", 30, day)).data

    assert dict(route.calls.last.request.url.params) == {
        "trainNo": "12627",
        "fromStationCode": "SBC",
        "toStationCode": "NDLS",
    }
    assert (general.total, general.approximate) == (505, False)
    assert general.breakdown == {"baseFare": 441, "reservationCharges": 40, "serviceTax": 24}
    assert tatkal.total == 1105
    assert premium.approximate is True
    with pytest.raises(ClassNotOnTrain):
        await provider.fare("12627", "SBC", "NDLS", "2A", "GN", 30, day)


async def test_a_fare_row_priced_at_nothing_is_a_class_not_sold_never_zero_rupees(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    body = fixture("fare")
    for row in body["data"]["general"]:
        row["fare"] = 0
        row["breakup"] = [{"title": "Total Amount", "key": "total", "cost": 0}]
    respx_mock.get(f"{BASE}/api/v2/getFare").respond(json=body)

    with pytest.raises(ClassNotOnTrain):
        await provider.fare("12627", "SBC", "NDLS", "3A", "GN", 30, dt.date(2026, 12, 20))


async def test_seat_availability_reads_each_day(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/api/v1/checkSeatAvailability").respond(
        json=fixture("seat_availability")
    )

    seats = (
        await provider.seat_availability("12627", "sbc", "ndls", dt.date(2026, 12, 20), "sl", "gn")
    ).data

    assert dict(route.calls.last.request.url.params) == {
        "classType": "SL",
        "fromStationCode": "SBC",
        "quota": "GN",
        "toStationCode": "NDLS",
        "trainNo": "12627",
        "date": "2026-12-20",
    }
    assert [(d.date.day, d.kind, d.count) for d in seats.days] == [
        (20, StatusKind.AVAILABLE, 95),
        (21, StatusKind.RLWL, 7),
        (22, StatusKind.NOT_AVAILABLE, None),  # "NOT AVAILABLE.": not a full waiting list
        (23, StatusKind.AVAILABLE, 3),
    ]


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(
            200, text="<html>Gateway timeout</html>", headers={"content-type": "text/html"}
        ),
        httpx.Response(200, content=b"{", headers={"content-type": "application/json"}),
        httpx.Response(200, json={"status": True, "message": "Success", "data": None}),
        httpx.Response(200, json={"status": False, "message": "Something went wrong"}),
        httpx.Response(200, json={"status": True, "message": "Success", "data": {"Pnr": "1"}}),
        httpx.Response(
            200,
            headers={"content-type": "application/json", "content-encoding": "gzip"},
            stream=httpx.ByteStream(b"\x1f\x8b\x08 not really gzip"),
        ),
    ],
    ids=["html", "truncated-json", "null-data", "vague-failure", "missing-fields", "bad-gzip"],
)
async def test_unusable_answers_are_unavailable(
    provider: Irctc1Provider, respx_mock: respx.MockRouter, response: httpx.Response
) -> None:
    respx_mock.get(f"{BASE}/api/v3/getPNRStatus").mock(return_value=response)

    with pytest.raises(UpstreamUnavailable):
        await provider.pnr_status("4512345678")


async def test_a_5xx_then_success_is_retried(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/api/v1/getTrainSchedule").mock(
        side_effect=[
            httpx.ReadTimeout("slow"),
            httpx.Response(503),
            httpx.Response(200, json=fixture("train_schedule")),
        ]
    )

    assert (await provider.train_route("11447")).data.stops
    assert route.call_count == 3


@pytest.mark.parametrize("value", ["../", "%2F", "NDLS/../../x", "x" * 5000, "ＮＤＬＳ", "A&b=c"])
async def test_hostile_values_never_reach_a_request(
    provider: Irctc1Provider, respx_mock: respx.MockRouter, value: str
) -> None:
    catch_all = respx_mock.route().respond(json={"status": True, "data": []})
    day = dt.date(2026, 12, 14)
    attempts = [
        provider.station_by_code(value),
        provider.station_by_name(value),
        provider.train_route(value),
        provider.pnr_status(value),
        provider.departures(value, 2),
        provider.trains_between(value, "NDLS", day),
        provider.seat_availability("12627", "SBC", value, day, "SL", "GN"),
    ]
    for attempt in attempts:
        with pytest.raises((InvalidArgument, InvalidPnr)):
            await attempt

    assert not catch_all.called


async def test_neither_the_key_nor_the_pnr_appears_in_log_records(
    provider: Irctc1Provider, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    respx_mock.get(f"{BASE}/api/v1/searchStation").mock(
        side_effect=[
            httpx.ConnectError("refused"),
            httpx.Response(429, json=fixture("quota_exceeded")),
        ]
    )

    respx_mock.get(f"{BASE}/api/v3/getPNRStatus").respond(json=fixture("pnr_status"))

    with pytest.raises(UpstreamRateLimited):
        await provider.station_by_name("delhi")
    await provider.pnr_status("4512345678")

    assert caplog.records
    for record in caplog.records:
        assert KEY not in record.getMessage()
        assert KEY not in repr(record.__dict__)
        assert "4512345678" not in record.getMessage()


async def test_trains_are_searched_and_a_renumbered_train_answers_under_its_new_number(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/api/v1/searchTrain").respond(json=fixture("search_train"))

    found = (await provider.search_trains("1295")).data

    assert dict(route.calls.last.request.url.params) == {"query": "1295"}
    assert [(t.number, t.name) for t in found] == [
        ("12951", "Mumbai Rajdhani"),
        ("19048", "Surat Bhagalpur Express"),
    ]


async def test_a_city_search_asks_the_same_city_wide_question(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(f"{BASE}/api/v3/trainBetweenStations").respond(json=fixture("between"))

    trains = (await provider.trains_between("MMCT", "NDLS", dt.date(2026, 12, 15), True)).data

    assert route.called and trains


async def test_confirmation_chance_and_station_directory_are_not_offered(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    catch_all = respx_mock.route().respond(json={"status": True, "data": []})

    with pytest.raises(NotOffered):
        await provider.pnr_prediction("4512345678")
    with pytest.raises(NotOffered):
        await provider.station_directory()
    assert not catch_all.called


async def test_a_run_at_a_station_past_midnight_keeps_the_timetable_day(
    provider: Irctc1Provider, clock: FakeClock, respx_mock: respx.MockRouter
) -> None:
    # LIVE_PROVIDERS.md §2.3/§2.4, the real 11447 sample: due 22:40 on the run's second day,
    # arrived 00:38 on its third (`a_day` 2 is the day of the arrival, not of the timetable);
    # the next stop carries `eta_a_min`; `upcoming_stations[0]` is a blank placeholder holding
    # only `non_stops`; names end in `~`; platform 0 means unknown.
    clock.now = ist(2026, 12, 15, 0, 42).timestamp()
    respx_mock.get(f"{BASE}/api/v1/liveTrainStatus").respond(
        json=fixture("live_train_status_at_station")
    )

    live = (await provider.live_status("11447", dt.date(2026, 12, 13))).data

    assert [s.station.code for s in live.stops] == ["JBP", "ASN", "HWH"]
    assert [s.station.name for s in live.stops] == ["JABALPUR", "ASANSOL JN", "HOWRAH JN"]
    assert live.current_station is not None and live.current_station.name == "ASANSOL JN"
    assert live.position == ""
    assert live.location is not None and live.location.at_station
    assert live.location.station.code == "ASN"
    jabalpur, asansol, howrah = live.stops
    assert jabalpur.actual_departure == ist(2026, 12, 13, 22, 32)
    assert asansol.scheduled_arrival == ist(2026, 12, 14, 22, 40)
    assert asansol.actual_arrival == ist(2026, 12, 15, 0, 38)
    assert asansol.has_arrived and not asansol.has_departed
    assert (asansol.day, howrah.day) == (2, 3)
    assert howrah.scheduled_arrival == ist(2026, 12, 15, 3, 55)
    assert howrah.expected_arrival == ist(2026, 12, 15, 5, 30)
    assert howrah.platform is None
    assert live.delay_min == 118
    assert live.state is RunState.RUNNING


async def test_seat_days_in_unpadded_dates_with_trailing_full_stops(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    # The real checkSeatAvailability shape: `date` d-m-yyyy without padding, `current_status`
    # ending in a full stop, `confirm_probability_percent` a string ("" when not applicable).
    respx_mock.get(f"{BASE}/api/v1/checkSeatAvailability").respond(
        json=fixture("seat_availability_unpadded")
    )

    seats = (
        await provider.seat_availability("12627", "SBC", "NDLS", dt.date(2027, 1, 7), "SL", "GN")
    ).data

    assert [(d.date, d.status, d.kind, d.count) for d in seats.days] == [
        (dt.date(2027, 1, 7), "RLWL7/WL6", StatusKind.RLWL, 7),
        (dt.date(2027, 1, 8), "RLWL/AVAILABLE", StatusKind.AVAILABLE, None),
        (dt.date(2027, 1, 9), "AVAILABLE-0095", StatusKind.AVAILABLE, 95),
    ]
    assert all(not d.status.endswith(".") for d in seats.days)


@pytest.mark.parametrize(
    ("raw", "expected"), [("15:8", 908), ("0:5", 5), ("25:45", 1545), ("15:08", 908)]
)
def test_durations_with_unpadded_minutes(raw: str, expected: int) -> None:
    assert minutes(raw) == expected


async def test_a_question_it_refuses_is_refused_by_irctc1(
    provider: Irctc1Provider, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get(f"{BASE}/api/v1/getTrainSchedule").respond(
        400, json={"status": False, "message": "Invalid parameters", "timestamp": 1}
    )

    with pytest.raises(InvalidArgument) as refused:
        await provider.train_route("12951")

    assert refused.value.refused_by == "irctc1"
