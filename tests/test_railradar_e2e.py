"""RailRadar end to end (issue 10, "done when"): signed webhook deliveries through the app, its
worker and the Send API, with RAILWAY_PROVIDER=railradar pointed at a fake RailRadar that speaks
the recorded v1 shapes (tests/support/railradar_fake.py) and refuses, as the real one would, any
call past 10 in a minute.

- every feature answers: PNR (with RailRadar's estimate), live status, route, station, departures,
  trains between (a city pair in one call), fare, seats, cancelled and rescheduled per train (and
  an honest "no list" for the lists), alerts, a shared location;
- identical questions at once make one upstream call;
- many travellers' different questions in one burst never make more than 10 calls in a minute,
  the provider never has to refuse one, and every traveller gets an answer;
- /metrics shows calls made and budget left for the provider;
- failures in a traveller's words: not found, refused key, PNR maintenance, outage.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx

from app.config import Settings
from app.constants import BUDGET_WAIT_S
from tests.support.messenger import PAGE_ID, make_settings, running_app, signed_headers
from tests.support.railradar_fake import (
    KEY,
    PNR_CONFIRMED,
    PNR_FLUSHED,
    PNR_MAINTENANCE,
    PNR_WAITLISTED,
    URL,
    FakeRailRadar,
    error,
)
from tests.test_alerts_e2e import Graph, JsonObject, Thread


def settings_for(redis_url: str, tmp_path: Path, per_minute: int = 10) -> Settings:
    return make_settings(
        redis_url,
        railway_provider="railradar",
        railway_api_url=URL,
        railway_api_key=KEY,
        railway_max_calls_per_minute=per_minute,
        data_dir=tmp_path,
        alert_poll_tick_s=0.05,
    )


@pytest.fixture
def world() -> Iterator[tuple[Graph, FakeRailRadar]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield Graph(router), FakeRailRadar(router)


def text_of(message: dict[str, object]) -> str:
    body = message["message"]
    assert isinstance(body, dict)
    return str(body.get("text") or body)


async def ask(thread: Thread, words: str) -> str:
    return text_of(await thread.say(words))


async def share_location(thread: Thread, lat: float, lng: float) -> JsonObject:
    """A pinned location, as Messenger delivers it, signed."""
    thread.sent += 1
    event = {
        "sender": {"id": thread.user},
        "recipient": {"id": PAGE_ID},
        "timestamp": int(time.time() * 1000),
        "message": {
            "mid": f"m_{thread.user}_{thread.sent}",
            "attachments": [
                {"type": "location", "payload": {"coordinates": {"lat": lat, "long": lng}}}
            ],
        },
    }
    body = json.dumps(
        {
            "object": "page",
            "entry": [{"id": PAGE_ID, "time": event["timestamp"], "messaging": [event]}],
        }
    ).encode()
    response = await thread.client.post("/webhook", content=body, headers=signed_headers(body))
    assert response.status_code == 200
    already = len(thread.graph.to(thread.user))
    return (await thread.graph.wait_for(thread.user, already + 1))[-1]


async def burst(client: httpx.AsyncClient, graph: Graph, asks: list[tuple[str, str]]) -> list[str]:
    """Every (user, words) posted at once; each user's answer, in order."""
    answers, _ = await timed_burst(client, graph, asks)
    return answers


async def timed_burst(
    client: httpx.AsyncClient, graph: Graph, asks: list[tuple[str, str]]
) -> tuple[list[str], list[float]]:
    """`burst`, and how long each user waited for their answer (seconds)."""
    threads = [Thread(client, graph, user) for user, _ in asks]
    started = time.monotonic()

    async def answered(thread: Thread, words: str) -> tuple[JsonObject, float]:
        answer = await thread.say(words)
        return answer, time.monotonic() - started

    timed = await asyncio.gather(
        *(answered(thread, words) for thread, (_, words) in zip(threads, asks, strict=True))
    )
    return [text_of(answer) for answer, _ in timed], [waited for _, waited in timed]


# --- every feature -------------------------------------------------------------------------------

FEATURES: list[tuple[str, tuple[str, ...]]] = [
    (f"pnr {PNR_WAITLISTED}", ("12948", "GNWL 12", "71% likely to confirm (RailRadar's estimate)")),
    (f"pnr {PNR_CONFIRMED}", ("12675", "CNF")),
    ("12675 kaha hai", ("Kovai", "Salem")),
    ("12635 kaha hai", ("not started yet", "13:15")),
    ("route of 12951", ("Borivali",)),
    ("how long does 12951 take", ("about 15h 32m", "Mumbai Central (MMCT)")),
    ("12951 coach position", ("ENG → LPR → B1 → A1 → H1 → LPR → VP", "from the engine")),
    ("code of chennai egmore", ("MS",)),
    ("trains from MS next 8 hours", ("Chennai Egmore",)),
    ("bangalore to kochi", ("12677", "SBC")),
    ("ndls to mmct tomorrow", ("12952",)),
    ("3a fare 12951 mmct ndls", ("3,045",)),
    ("3a seats 12951 mmct ndls tomorrow", ("12951", "available")),
    ("is 12626 cancelled today", ("12626", "cancelled")),
    ("is 12512 rescheduled", ("12512", "rescheduled")),
    ("cancelled trains today", ("no such list", "one train")),
    ("rescheduled trains", ("no such list", "one train")),
    (f"alert {PNR_WAITLISTED}", ("Alerts on",)),
]


async def test_every_feature_answers_from_railradar_through_the_webhook(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # A plan with calls enough for one traveller's tour of every feature in a minute (the free
    # tier's 10 a minute is the next tests' business).
    graph, railradar = world
    railradar.per_minute = 100
    answers: list[str] = []
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7010000000000001")
        for words, _ in FEATURES:
            answers.append(await ask(thread, words))
        shared = await share_location(thread, 13.0827, 80.2707)
    for answer, (words, expected) in zip(answers, FEATURES, strict=True):
        for part in expected:
            assert part.lower() in answer.lower(), (words, answer)
    assert "Chennai" in text_of(shared)  # the nearest stations, from the local index
    assert railradar.paths("/trains/between") == [
        "/trains/between/SBC/ERS",  # "bangalore to kochi": one city search, no "which Bangalore?"
        "/trains/between/NDLS/MMCT",
    ]
    assert not railradar.paths("/lookup")  # stations typed are found locally: no call
    assert not railradar.refused


# --- the call budget ------------------------------------------------------------------------------


async def test_a_burst_of_identical_questions_makes_one_call(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    users = [f"70200000000000{n:02d}" for n in range(20)]
    async with running_app(settings_for(clean_redis, tmp_path)) as (_, client):
        answers = await burst(client, graph, [(user, "12675 kaha hai") for user in users])
    assert all("Kovai SF Express" in answer and "Salem" in answer for answer in answers)
    assert railradar.paths("/trains/12675/live") == ["/trains/12675/live"]
    assert len(railradar.calls) == 2  # the route (to choose the run) and the run, once each


async def test_a_burst_of_different_questions_stays_within_ten_calls_a_minute(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # 30 travellers, 30 different trains, at the same moment, on the free tier (10 a minute):
    # the provider is never asked an 11th time in the minute, never has to refuse, and every
    # traveller hears something: the answer, or honestly that it is busy and when to ask.
    graph, railradar = world
    asks = [(f"70300000000000{n:02d}", f"{12001 + 2 * n} kaha hai") for n in range(30)]
    async with running_app(settings_for(clean_redis, tmp_path)) as (_, client):
        answers, waits = await timed_burst(client, graph, asks)
        metrics = (await client.get("/metrics")).text
    assert len(answers) == 30 and all(answers)
    # Within about a minute, each: a question waits at most BUDGET_WAIT_S for a free call.
    assert max(waits) < BUDGET_WAIT_S + 30, sorted(waits)
    assert len(railradar.calls) <= 10
    assert railradar.busiest_minute() <= 10
    assert not railradar.refused  # never a call the provider must refuse with 429
    live = [a for a in answers if "Kovai SF Express" in a]
    timetable = [a for a in answers if a.startswith("I couldn't get live running status just now")]
    busy = [a for a in answers if "try again in a minute" in a]
    # each the live answer, the timetable saying live status could not be had, or "busy"
    assert busy and len(live) + len(timetable) + len(busy) == 30, answers
    assert 'railbot_provider_budget_left{provider="railradar",window="minute"} 0.0' in metrics
    made = re.search(
        r'railbot_provider_budget_used\{provider="railradar",window="month"\} (\S+)', metrics
    )
    assert made is not None and float(made.group(1)) == len(railradar.calls)


async def test_metrics_show_calls_made_and_budget_left_per_provider(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    async with running_app(settings_for(clean_redis, tmp_path)) as (_, client):
        await Thread(client, graph, "7040000000000001").say("route of 12951")
        metrics = (await client.get("/metrics")).text
    assert len(railradar.calls) == 1
    assert 'railbot_provider_budget_used{provider="railradar",window="minute"} 1.0' in metrics
    assert 'railbot_provider_budget_left{provider="railradar",window="minute"} 9.0' in metrics
    assert 'railbot_provider_budget_left{provider="railradar",window="month"} 999.0' in metrics


# --- failures in a traveller's words ------------------------------------------------------------


async def test_failures_are_said_in_a_travellers_words(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    caplog: pytest.LogCaptureFixture,
) -> None:
    graph, railradar = world
    railradar.overrides["/trains/12627/live"] = error(401, "error_unauthorized")
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7050000000000001")
        flushed = await ask(thread, f"pnr {PNR_FLUSHED}")
        maintenance = await ask(thread, f"pnr {PNR_MAINTENANCE}")
        with caplog.at_level(logging.ERROR):
            refused = await ask(thread, "12627 kaha hai")
    assert "no PNR" in flushed or "not found" in flushed.lower() or "flushed" in flushed, flushed
    assert "nightly maintenance" in maintenance and "until about" in maintenance, maintenance
    assert "railradar refused the API key" in caplog.text  # the operator hears it, loudly
    assert KEY not in caplog.text
    assert "key" not in refused.lower() and "401" not in refused, refused


async def test_an_outage_is_answered_from_the_cache_with_its_age(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (app, client):
        thread = Thread(client, graph, "7060000000000001")
        first = await ask(thread, f"pnr {PNR_CONFIRMED}")
        store = app.state.services.store
        for key in await store.scan_keys("rb:cache:*pnr_status*"):  # its freshness is over...
            raw = await store.get(key)
            record = json.loads(raw)
            record["t"] -= 7 * 3600  # past even a charted PNR's freshness, not the stale window
            await store.set(key, json.dumps(record), ttl_s=3600)
        for status in (503, 429, 500):  # ...and RailRadar fails every way it can
            railradar.overrides[f"/pnr/{PNR_CONFIRMED}"] = error(status, "error_degraded")
            stale = await ask(thread, f"pnr {PNR_CONFIRMED}")
            assert "CNF" in stale and "Stale" in stale, (status, stale)
        railradar.overrides[f"/pnr/{PNR_CONFIRMED}"] = httpx.ReadTimeout("slow")
        timed_out = await ask(thread, f"pnr {PNR_CONFIRMED}")
    assert "CNF" in first
    assert "CNF" in timed_out and "Stale" in timed_out, timed_out
