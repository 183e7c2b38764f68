"""RailRadar's real answers through the signed webhook (RAILWAY_PROVIDER=railradar), read for
what a traveller is told of them: a run ahead of its time is early, never "on time"; a run not
started is never "on time" either; a station a diversion leaves out has no time there, and the
card's next stop is the next one the run goes to; a month's quota refused by RailRadar is said as
the month's, never "try again in a minute"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.railradar_fake import (
    IST,
    PNR_CONFIRMED,
    FakeRailRadar,
    error,
    fixture,
    mounted,
    moved,
)
from tests.test_alerts_e2e import Graph, Thread
from tests.test_railradar_e2e import ask, running_app, settings_for, text_of

Body = dict[str, Any]


@pytest.fixture
def world() -> Iterator[tuple[Graph, FakeRailRadar]]:
    with mounted(per_minute=100) as (router, railradar):
        yield Graph(router), railradar


def early_run() -> tuple[int, Body]:
    """The recorded running 12675, seven minutes ahead of its time everywhere."""
    body: Body = moved(fixture("live_running"), dt.datetime.now(IST).date())
    data = body["data"]
    data["delayMinutes"] = -7
    data["currentLocation"]["delayMinutes"] = -7
    for stop in data["route"]:
        for late in ("delayArrival", "delayDeparture"):
            if late in stop:
                stop[late] = -7
    return 200, body


async def test_a_run_ahead_of_its_time_is_early_never_on_time(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    railradar.overrides["/trains/12675/live"] = early_run()
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7110000000000001")
        late = await ask(thread, "is 12675 late")
        on_time = await ask(thread, "is 12675 on time")
        how_late = await ask(thread, "12675 kitni late hai")
    assert late.startswith("No, it is running 7 min early."), late
    assert on_time.startswith("Yes, it is running 7 min early."), on_time
    assert how_late.startswith("Running 7 min early."), how_late
    assert all("on time" not in answer for answer in (late, on_time, how_late))


async def test_a_run_not_started_is_never_said_on_time(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # RailRadar echoes the timetable for a run not started: a delay of 0, actual = scheduled.
    graph, _ = world
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7110000000000002")
        on_time = await ask(thread, "is 12635 on time")
        hindi = await ask(thread, "क्या 12635 समय पर है")
    # (before 13:15 it is due then; after it, it was due then and has not been reported leaving)
    assert on_time.startswith("It hasn't started yet: it "), on_time
    assert "13:15" in on_time.split("\n")[0], on_time
    assert "on time" not in on_time.lower() and "yes" not in on_time.lower(), on_time
    assert hindi.startswith("ट्रेन अभी चली नहीं है: "), hindi
    assert "13:15 बजे" in hindi.split("\n")[0], hindi
    assert "हाँ" not in hindi and "समय पर" not in hindi, hindi


async def test_a_station_the_diversion_leaves_out_has_no_time_and_is_never_next(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # The recorded 12802 is diverted between Gaya and Asansol via Patna: Koderma (KQR), marked
    # `skipped` on its route and named in the diversion's `skippedStations`, is not on this run.
    graph, _ = world
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7110000000000003")
        reaches = await ask(thread, "will 12802 reach koderma")
        when = await ask(thread, "12802 koderma kab pahunchegi")
        card = await ask(thread, "12802 kaha hai")
    assert reaches.startswith(
        "No, this run is diverted and does not go through Koderma (KQR), so there is no time"
    ), reaches
    assert when.startswith("This run is diverted and does not go through Koderma (KQR)"), when
    assert "Diverted" in card and "Next: Koderma" not in card, card
    assert "15:05" not in reaches + when  # Koderma's timetable time is no time of this run


async def test_a_months_quota_refused_is_said_as_the_months_never_a_minutes(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # RailRadar's 429 names the window: "Monthly quota exceeded. Maximum 1000 requests per
    # month." Calls stop until the month ends, and a traveller is not told to try in a minute.
    graph, railradar = world
    railradar.overrides[f"/pnr/{PNR_CONFIRMED}"] = error(429, "error_quota_month")
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7110000000000004")
        replies = [
            await thread.say(f"pnr {PNR_CONFIRMED}"),
            await thread.say("3a seats 12951 mmct ndls tomorrow"),
        ]
    for reply in replies:
        answer = text_of(reply)
        assert "any more this month; they return on " in answer, answer  # the month's start
        assert "in a minute" not in answer, answer
        chips = [chip["title"] for chip in reply["message"].get("quick_replies", [])]
        assert "Try again" not in chips, chips  # nothing to try again before the month ends
    assert railradar.paths() == [f"/pnr/{PNR_CONFIRMED}"]  # nothing called after the refusal


def charted(passengers: list[tuple[str, str]]) -> tuple[int, Body]:
    """The recorded waitlisted PNR with its chart prepared, each passenger's current status
    (`status`, `formatted`) as given."""
    body: Body = moved(fixture("pnr_waitlisted"), dt.datetime.now(IST).date())
    data = body["data"]
    data["charting"] = {"isPrepared": True, "status": "Chart Prepared"}
    data["isWaitlisted"] = any(status == "WL" for status, _ in passengers)
    for passenger, (status, formatted) in zip(data["passengers"], passengers, strict=True):
        passenger["current"].update(status=status, formatted=formatted)
    return 200, body


@pytest.mark.parametrize(
    ("passengers", "expected"),
    [
        (
            [("WL", "GNWL/3/GN"), ("WL", "GNWL/4/GN")],
            "No, not confirmed, and the chart is already prepared: P1 GNWL 3, P2 GNWL 4.",
        ),
        (
            [("CNF", "CNF/B2/33/UB"), ("WL", "GNWL/1/GN")],
            "Partly: P1 CNF B2/33 UB confirmed; P2 GNWL 1 not confirmed, and the chart is",
        ),
    ],
)
async def test_a_booking_still_waiting_when_the_chart_is_prepared_is_never_not_yet(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    passengers: list[tuple[str, str]],
    expected: str,
) -> None:
    # After the chart a waiting list moves no more: "not confirmed yet" would promise a change.
    graph, railradar = world
    railradar.overrides["/pnr/4512345670"] = charted(passengers)
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7110000000000005")
        card = await ask(thread, "pnr 4512345670")
        confirmed = await ask(thread, "is my ticket confirmed")
    assert "Chart prepared" in card and "likely to confirm" not in card, card
    assert confirmed.startswith(expected), confirmed
    assert "yet" not in confirmed.split("\n")[0], confirmed


def recorded(name: str) -> Body:
    body: Body = moved(fixture(name), dt.datetime.now(IST).date())
    return body


async def test_a_fare_shows_the_parts_of_its_total_and_only_when_they_add_up(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    fare = recorded("fare")
    fare["data"]["breakdown"].update(
        fuelAmount=0, wpServiceCharge=17.7, travelInsuranceCharge=0.45, totalCollectibleAmount=3066
    )
    short = recorded("fare")
    short["data"]["breakdown"] = {"baseFare": 2365, "totalFare": 3045}
    railradar.overrides["/trains/12951/fare"] = (200, fare)
    railradar.overrides["/trains/12953/fare"] = (200, short)
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7110000000000006")
        parts = await ask(thread, "3a fare 12951 mmct ndls")
        total_only = await ask(thread, "3a fare 12953 mmct ndls")
    assert "₹3,045" in parts, parts
    assert (
        "Base fare ₹2,365 · Reservation charge ₹40 · Superfast charge ₹45 · Catering charge ₹450"
        " · GST ₹145"
    ) in parts, parts
    assert "3,066" not in parts and "Total" not in parts and "nsurance" not in parts, parts
    assert "₹3,045" in total_only and "Base fare" not in total_only, total_only


async def test_a_runs_delay_read_from_its_current_location_when_not_at_the_top(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    live = recorded("live_running")
    del live["data"]["delayMinutes"]
    railradar.overrides["/trains/12675/live"] = (200, live)
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        on_time = await ask(Thread(client, graph, "7110000000000007"), "is 12675 on time")
    assert on_time.startswith("No, it is running 6 min late."), on_time


async def test_times_sent_in_utc_are_told_in_indias_time(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    live = recorded("live_running")
    for stop in live["data"]["route"]:
        for key in ("scheduledArrival", "scheduledDeparture", "actualArrival", "actualDeparture"):
            if key in stop:
                moment = dt.datetime.fromisoformat(stop[key]).astimezone(dt.UTC)
                stop[key] = moment.isoformat().replace("+00:00", "Z")
    railradar.overrides["/trains/12675/live"] = (200, live)
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        card = await ask(Thread(client, graph, "7110000000000008"), "12675 kaha hai")
    assert "Lokur (LCR), left 10:35" in card, card
    assert "Salem Jn (SA), expected 11:13 (due 11:02)" in card, card


async def test_the_station_the_train_stands_at_is_never_its_next(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # currentLocation (REAL: stationCode, status "at-station") says it stands at Salem while its
    # route row, fetched apart, still gives Salem as upcoming with a predicted time.
    graph, railradar = world
    live = recorded("live_running")
    live["data"]["currentLocation"].update(
        stationCode="SA", stationName="Salem Jn", sequence=72, status="at-station", isHalt=True
    )
    railradar.overrides["/trains/12675/live"] = (200, live)
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        card = await ask(Thread(client, graph, "7110000000000009"), "12675 kaha hai")
    assert "At Salem Jn (SA)" in card, card
    assert "Next: Salem" not in card and "Next: Coimbatore Jn (CBE)" in card, card
