"""Every state a live answer can be in, through the signed webhook with RAILWAY_PROVIDER=railradar
(respx speaking RailRadar's recorded shapes, real Redis, the open-data timetable after it): the
traveller always hears where the answer came from, how old it is, and what to do next.

- fresh: "RailRadar · just now"; cached and still fresh: "RailRadar · 10m ago (HH:MM)";
- stale on an error: "⚠️ Stale: RailRadar didn't answer, this is from HH:MM, 13h ago. Ask again in
  a few minutes for a live answer.";
- the timetable in an outage: its import day, and that RailRadar did not answer (ask again);
- maintenance (until when), not found (check the number);
- a refused key (the operator's problem, logged loudly and counted in /metrics): the live service
  is unavailable right now, with the cached answer and its age or the timetable, never "in a few
  minutes".
The paused provider's wording is in tests/test_provider_pause_e2e.py."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import respx

from app.config import Settings
from app.railways.importer import run_import
from tests.support.cache_age import age_cached
from tests.support.messenger import make_settings
from tests.support.railradar_fake import (
    IST,
    KEY,
    PNR_CONFIRMED,
    PNR_FLUSHED,
    PNR_MAINTENANCE,
    URL,
    FakeRailRadar,
    error,
    fixture,
)
from tests.test_alerts_e2e import Graph, Thread
from tests.test_railradar_e2e import running_app, text_of

DATAMEET = Path(__file__).resolve().parent / "fixtures" / "datameet"
ASK_AGAIN = "Ask again in a few minutes for a live answer."
ASK_AGAIN_HI = "लाइव जवाब के लिए कुछ मिनट बाद फिर पूछें।"


@pytest.fixture
def world() -> Iterator[tuple[Graph, FakeRailRadar]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        railradar = FakeRailRadar(router)
        railradar.per_minute = 100
        yield Graph(router), railradar


def settings_for(redis_url: str, tmp_path: Path) -> Settings:
    """RailRadar, then the open-data timetable (imported into the data directory)."""
    run_import(
        tmp_path / "railbot.sqlite3",
        stations=str(DATAMEET / "stations.json"),
        trains=str(DATAMEET / "trains.json"),
        schedules=str(DATAMEET / "schedules.json"),
        progress=None,
    )
    return make_settings(
        redis_url,
        railway_provider="railradar",
        railway_api_url=URL,
        railway_api_key=KEY,
        railway_max_calls_per_minute=100,
        data_dir=tmp_path,
        alert_poll_tick_s=0.05,
    )


def chips(reply: dict[str, Any]) -> list[str]:
    return [chip["title"] for chip in reply["message"].get("quick_replies", [])]


async def test_fresh_cached_and_stale_answers_each_say_their_source_age_and_next_step(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    async with running_app(settings_for(clean_redis, tmp_path)) as (app, client):
        store = app.state.services.store
        thread = Thread(client, graph, "7140000000000001")
        fresh = text_of(await thread.say(f"pnr {PNR_CONFIRMED}"))
        # a confirmed booking stays fresh for hours
        await age_cached(store, "pnr_status", dt.timedelta(minutes=10))
        cached = text_of(await thread.say(f"pnr {PNR_CONFIRMED}"))
        # past its freshness, within the day
        await age_cached(store, "pnr_status", dt.timedelta(hours=13))
        railradar.overrides[f"/pnr/{PNR_CONFIRMED}"] = error(500, "error_degraded")
        stale = await thread.say(f"pnr {PNR_CONFIRMED}")
        other = Thread(client, graph, "7140000000000002")
        hindi = text_of(await other.say(f"पीएनआर {PNR_CONFIRMED}"))
    assert "RailRadar · just now" in fresh, fresh
    assert re.search(r"RailRadar · 10m ago \(\d\d:\d\d\)", cached), cached
    said = text_of(stale)
    assert "CNF" in said, said
    assert re.search(
        r"⚠️ Stale: RailRadar didn't answer, this is from (\d+ \w+, )?\d\d:\d\d, 13h 10m ago\. "
        + re.escape(ASK_AGAIN),
        said,
    ), said
    assert "Refresh" in chips(stale)
    assert "RailRadar से जवाब नहीं आया" in hindi and ASK_AGAIN_HI in hindi, hindi
    assert "13 घंटे 10 मिनट पहले" in hindi, hindi


@pytest.mark.parametrize(
    ("status", "code", "english_note", "hindi_note", "asks_again"),
    [
        (
            500,
            "error_degraded",
            "⚠️ RailRadar didn't answer, so this is the timetable, not live. " + ASK_AGAIN,
            "RailRadar से जवाब नहीं आया, इसलिए यह समय सारणी की जानकारी है",
            True,
        ),
        (
            403,
            "error_unauthorized",
            "⚠️ RailRadar is unavailable to RailBot right now, so this is the timetable, not live.",
            "RailRadar अभी RailBot के लिए उपलब्ध नहीं है, इसलिए यह समय सारणी",
            False,
        ),
    ],
    ids=["outage-asks-again", "refused-key-promises-nothing"],
)
async def test_the_timetable_standing_in_for_a_failed_provider_says_why_and_what_next(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    status: int,
    code: str,
    english_note: str,
    hindi_note: str,
    asks_again: bool,
) -> None:
    graph, railradar = world
    railradar.overrides["/trains/12951"] = error(status, code)
    async with running_app(settings_for(clean_redis, tmp_path)) as (_, client):
        english = text_of(await Thread(client, graph, "7140000000000003").say("route of 12951"))
        hindi = text_of(await Thread(client, graph, "7140000000000004").say("12951 का रूट"))
    assert "Timetable from the open data, imported" in english, english
    assert english_note in english, english
    assert "खुले डेटा की समय सारणी से" in hindi, hindi
    assert hindi_note in hindi, hindi
    assert (ASK_AGAIN in english) is asks_again, english
    assert (ASK_AGAIN_HI in hindi) is asks_again, hindi


async def test_the_timetable_with_no_live_provider_asked_says_only_what_it_is(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, _ = world
    timetable_only = {"railway_provider": "offline"}
    settings = settings_for(clean_redis, tmp_path).model_copy(update=timetable_only)
    async with running_app(settings) as (_, client):
        said = text_of(await Thread(client, graph, "7140000000000005").say("route of 12951"))
    assert "Timetable from the open data, imported" in said, said
    assert "didn't answer" not in said, said


async def test_maintenance_and_not_found_each_say_what_to_do_next(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, _ = world
    async with running_app(settings_for(clean_redis, tmp_path)) as (_, client):
        thread = Thread(client, graph, "7140000000000006")
        maintenance = text_of(await thread.say(f"pnr {PNR_MAINTENANCE}"))
        flushed = text_of(await thread.say(f"pnr {PNR_FLUSHED}"))
    assert re.search(r"until about \d\d:\d\d\. Please try again after that\.", maintenance)
    assert "check the 10 digits" in flushed or "flushed" in flushed, flushed


async def test_the_nightly_maintenance_serves_the_cached_pnr_saying_until_when_not_minutes(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    async with running_app(settings_for(clean_redis, tmp_path)) as (app, client):
        store = app.state.services.store
        await Thread(client, graph, "7140000000000014").say(f"pnr {PNR_CONFIRMED}")
        await age_cached(store, "pnr_status", dt.timedelta(hours=13))
        back = dt.datetime.now(IST).replace(second=0, microsecond=0) + dt.timedelta(minutes=35)
        body = fixture("error_pnr_maintenance")
        body["error"]["details"]["retryAfter"] = back.isoformat()
        railradar.overrides[f"/pnr/{PNR_CONFIRMED}"] = (503, body)
        english = text_of(
            await Thread(client, graph, "7140000000000015").say(f"pnr {PNR_CONFIRMED}")
        )
        hindi = text_of(
            await Thread(client, graph, "7140000000000016").say(f"पीएनआर {PNR_CONFIRMED}")
        )
    assert "CNF" in english, english
    assert (
        "⚠️ Not live: the railway's PNR system is in its nightly maintenance until about "
        f"{back:%H:%M}, so this is from "
    ) in english, english
    assert "13h ago. Ask again after that for a live answer." in english, english
    assert "minutes" not in english, english
    assert f"लगभग {back:%H:%M} बजे तक रात के रखरखाव में है" in hindi and "13 घंटे पहले" in hindi, hindi
    assert ASK_AGAIN_HI not in hindi, hindi


# --- a refused key: the operator's problem, never a promise of minutes -----------------------


def refused_count(metrics: str) -> float:
    found = re.search(r'railbot_upstream_key_refused_total\{provider="railradar"\} (\S+)', metrics)
    return float(found.group(1)) if found else 0.0


async def test_a_refused_key_with_nothing_known_says_the_service_is_unavailable_right_now(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    caplog: pytest.LogCaptureFixture,
) -> None:
    graph, railradar = world
    railradar.overrides["/pnr/4599999999"] = error(401, "error_unauthorized")
    railradar.overrides["/pnr/4599999998"] = error(403, "error_unauthorized")
    async with running_app(settings_for(clean_redis, tmp_path)) as (_, client):
        before = refused_count((await client.get("/metrics")).text)
        with caplog.at_level(logging.ERROR):
            english = await Thread(client, graph, "7140000000000007").say("pnr 4599999999")
        hindi = await Thread(client, graph, "7140000000000008").say("पीएनआर 4599999998")
        after = refused_count((await client.get("/metrics")).text)
    said = text_of(english)
    assert "RailBot's live railway service is unavailable right now" in said, said
    assert "minute" not in said and "key" not in said.lower() and "401" not in said, said
    assert "Try again" not in chips(english)  # it does not pass within the conversation
    assert "RailBot की लाइव रेलवे सेवा अभी उपलब्ध नहीं है" in text_of(hindi), text_of(hindi)
    assert "मिनट" not in text_of(hindi), text_of(hindi)
    loud = [r for r in caplog.records if "refused the API key" in r.getMessage()]
    assert loud and all(r.levelno == logging.ERROR for r in loud), caplog.text
    assert KEY not in caplog.text and "4599999999" not in caplog.text
    assert after - before == 2  # /metrics shows the operator both refusals


async def test_a_refused_key_serves_the_cached_answer_with_its_age_and_no_promise_of_minutes(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    async with running_app(settings_for(clean_redis, tmp_path)) as (app, client):
        store = app.state.services.store
        await Thread(client, graph, "7140000000000009").say(f"pnr {PNR_CONFIRMED}")
        await age_cached(store, "pnr_status", dt.timedelta(hours=13))
        railradar.overrides[f"/pnr/{PNR_CONFIRMED}"] = error(401, "error_unauthorized")
        english = text_of(
            await Thread(client, graph, "7140000000000010").say(f"pnr {PNR_CONFIRMED}")
        )
        hindi = text_of(
            await Thread(client, graph, "7140000000000011").say(f"पीएनआर {PNR_CONFIRMED}")
        )
    assert "CNF" in english, english
    assert re.search(
        r"⚠️ Not live: RailRadar is unavailable to RailBot right now, so this is from "
        r"(\d+ \w+, )?\d\d:\d\d, 13h ago\.",
        english,
    ), english
    assert ASK_AGAIN not in english and "minutes" not in english, english
    assert "RailRadar अभी RailBot के लिए उपलब्ध नहीं है" in hindi and "13 घंटे पहले" in hindi, hindi
    assert ASK_AGAIN_HI not in hindi, hindi
