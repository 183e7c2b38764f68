"""RailRadar behind the shared cache (in memory and on real Redis), at the HTTP level: what one
call answers for more than one question."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import respx

from app.constants import BOARD_QUIET_MAX_S, CACHE_TTL_S, HOUR
from app.errors import ServiceMaintenance
from app.railways.cache import CachedProvider
from app.railways.railradar import RailRadarProvider
from app.store import Store
from tests.conftest import FakeClock

BASE = "https://railradar.test/v1"
KEY = "rr_live_0123456789abcdef"
IST = ZoneInfo("Asia/Kolkata")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "railradar"


def fixture(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return body


@pytest.fixture
async def cached(store: Store, clock: FakeClock) -> AsyncIterator[CachedProvider]:
    clock.now = dt.datetime(2026, 10, 2, 11, 41, tzinfo=IST).timestamp()
    provider = CachedProvider(RailRadarProvider(BASE, KEY, clock=clock), store, clock=clock)
    yield provider
    await provider.aclose()


async def test_a_fare_asked_for_travellers_of_different_ages_is_one_call(
    cached: CachedProvider, respx_mock: respx.MockRouter
) -> None:
    # RailRadar's fare takes no age: the adult fare answers every traveller alike.
    route = respx_mock.get(f"{BASE}/trains/12951/fare").respond(json=fixture("fare"))
    day = dt.date(2026, 10, 3)

    adult = await cached.fare("12951", "MMCT", "NDLS", "3A", "GN", 30, day)
    elder = await cached.fare("12951", "MMCT", "NDLS", "3A", "GN", 64, day)
    other_day = await cached.fare("12951", "MMCT", "NDLS", "3A", "GN", 30, day.replace(day=4))

    assert route.call_count == 2  # the other day is its own question
    assert adult.data.total == elder.data.total == other_day.data.total == 3045
    assert elder.source == "railradar" and elder.as_of == adult.as_of


async def test_a_list_of_trains_between_is_a_days_timetable_fact(
    cached: CachedProvider, respx_mock: respx.MockRouter, clock: FakeClock
) -> None:
    route = respx_mock.get(f"{BASE}/trains/between/NDLS/MMCT").respond(
        json=fixture("between_NDLS_MMCT")
    )
    day = dt.date(2026, 10, 3)

    first = await cached.trains_between("NDLS", "MMCT", day)
    clock.advance(20 * HOUR)  # the evening after: the same list, no call
    again = await cached.trains_between("NDLS", "MMCT", day)
    clock.advance(5 * HOUR)  # past a day: asked again
    later = await cached.trains_between("NDLS", "MMCT", day)

    assert route.call_count == 2
    assert again.as_of == first.as_of and later.as_of > first.as_of


async def test_a_timetable_past_its_week_is_served_stale_with_its_age_when_railradar_fails(
    cached: CachedProvider, respx_mock: respx.MockRouter, clock: FakeClock
) -> None:
    route = respx_mock.get(f"{BASE}/trains/12951").respond(json=fixture("schedule_12951"))
    fresh = await cached.train_route("12951")
    clock.advance(CACHE_TTL_S["route"] + HOUR)
    route.respond(503, json=fixture("error_degraded"))

    stale = await cached.train_route("12951")

    assert stale.stale and stale.as_of == fresh.as_of
    assert stale.data.stops == fresh.data.stops


async def test_a_fresh_board_for_more_hours_answers_fewer_as_railradar_would(
    cached: CachedProvider, respx_mock: respx.MockRouter, clock: FakeClock
) -> None:
    route = respx_mock.get(f"{BASE}/stations/MS/live").respond(json=fixture("station_live_MS"))

    four = await cached.departures("MS", 4)
    clock.advance(60)
    two = await cached.departures("MS", 2)
    assert route.call_count == 1  # the 4-hour board holds the next 2 hours' trains
    assert two.as_of == four.as_of and two.data.hours == 2

    direct = RailRadarProvider(BASE, KEY, clock=clock)
    try:
        asked = await direct.departures("MS", 2)  # what RailRadar itself says for 2 hours
    finally:
        await direct.aclose()
    assert two.data.departures == asked.data.departures
    assert len(two.data.departures) < len(four.data.departures)

    calls = route.call_count
    await cached.departures("MS", 6)  # within the widest board asked: no call
    clock.advance(BOARD_QUIET_MAX_S)  # a quiet board's longest freshness
    await cached.departures("MS", 2)  # the board is no longer fresh: a call
    assert route.call_count == calls + 1


async def test_any_window_is_one_call_so_the_widest_is_asked_and_answers_the_narrower(
    cached: CachedProvider, respx_mock: respx.MockRouter, clock: FakeClock
) -> None:
    # RailRadar's board costs one call for 2, 4, 6 or 8 hours: "next 2 hours", then "next 4
    # hours" at the same station a minute later, is one call, and each answer is what RailRadar
    # itself says for its window.
    route = respx_mock.get(f"{BASE}/stations/MS/live").respond(json=fixture("station_live_MS"))

    two = await cached.departures("MS", 2)
    clock.advance(60)
    four = await cached.departures("MS", 4)

    assert route.call_count == 1
    assert route.calls[0].request.url.params["hours"] == "8"
    assert (two.data.hours, four.data.hours) == (2, 4)
    direct = RailRadarProvider(BASE, KEY, clock=clock)
    try:
        asked = await direct.departures("MS", 4)
    finally:
        await direct.aclose()
    assert four.data.departures == asked.data.departures


async def test_a_look_at_the_day_ahead_after_a_board_is_that_board_not_a_second_call(
    cached: CachedProvider, respx_mock: respx.MockRouter, clock: FakeClock
) -> None:
    # RailRadar gives no more than 8 hours: "next 4 hours" (asked as 8), then the day ahead
    # looked at for the next train after an empty window, is the one board, said as 8 hours.
    route = respx_mock.get(f"{BASE}/stations/MS/live").respond(json=fixture("station_live_MS"))

    four = await cached.departures("MS", 4)
    clock.advance(5)
    day = await cached.departures("MS", 24)

    assert route.call_count == 1
    assert day.as_of == four.as_of and day.data.hours == 8  # never said as 24 hours
    assert set(four.data.departures) <= set(day.data.departures)


async def test_the_pnr_systems_nightly_window_once_dated_is_waited_out_without_calls(
    cached: CachedProvider, respx_mock: respx.MockRouter, clock: FakeClock
) -> None:
    waiting, other = "4512345678", "2345678901"
    clock.now = dt.datetime(2026, 10, 2, 21, 0, tzinfo=IST).timestamp()
    status = respx_mock.get(f"{BASE}/pnr/{waiting}").respond(json=fixture("pnr_waitlisted"))
    others = respx_mock.get(f"{BASE}/pnr/{other}").respond(json=fixture("pnr_confirmed"))
    estimate = respx_mock.get(f"{BASE}/pnr/{waiting}/prediction").respond(
        json=fixture("pnr_prediction")
    )
    await cached.pnr_status(waiting)

    clock.now = dt.datetime(2026, 10, 2, 23, 50, tzinfo=IST).timestamp()  # the window
    status.respond(503, json=fixture("error_pnr_maintenance"))  # back at 00:20, it says
    told = await cached.pnr_status(waiting)
    back = dt.datetime(2026, 10, 3, 0, 20, tzinfo=IST)
    assert told.stale and told.maintenance and told.back_at == back

    clock.advance(10 * 60)  # 00:00: still in it; nothing asked of RailRadar's PNR system
    again = await cached.pnr_status(waiting)
    with pytest.raises(ServiceMaintenance) as refused:
        await cached.pnr_status(other)
    with pytest.raises(ServiceMaintenance):
        await cached.pnr_prediction(other)
    assert again.stale and again.maintenance and again.back_at == back
    assert refused.value.back_at == back
    assert (status.call_count, others.call_count, estimate.call_count) == (2, 0, 0)

    clock.now = back.timestamp() + 60  # 00:21: back, asked again
    status.respond(json=fixture("pnr_waitlisted"))
    live = await cached.pnr_status(waiting)
    assert not live.stale and status.call_count == 3
    assert (await cached.pnr_status(other)).data.passengers and others.call_count == 1


async def test_a_maintenance_of_another_feature_or_without_its_end_stops_no_pnr_call(
    cached: CachedProvider, respx_mock: respx.MockRouter, clock: FakeClock
) -> None:
    pnr = "2345678901"
    clock.now = dt.datetime(2026, 10, 2, 23, 50, tzinfo=IST).timestamp()
    respx_mock.get(f"{BASE}/trains/12951").respond(503, json=fixture("error_pnr_maintenance"))
    undated = fixture("error_pnr_maintenance")
    undated["error"]["details"] = {}
    status = respx_mock.get(f"{BASE}/pnr/{pnr}").respond(503, json=undated)

    with pytest.raises(ServiceMaintenance):
        await cached.train_route("12951")  # a route met the window: PNRs are still asked
    with pytest.raises(ServiceMaintenance):
        await cached.pnr_status(pnr)
    clock.advance(60)
    with pytest.raises(ServiceMaintenance):
        await cached.pnr_status(pnr)  # no end was said: asked again

    assert status.call_count == 2
