"""Every live answer says where its data came from and how old it is, fresh or cached, in
English and in Hindi, through the signed webhook with RAILWAY_PROVIDER=railradar pointed at a
fake RailRadar that speaks the recorded v1 shapes: "RailRadar · just now" the first time,
"RailRadar · 4m ago (10:38)" when a later question is answered from the cache."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import respx

from tests.support.railradar_fake import (
    IST,
    PNR_CONFIRMED,
    PNR_WAITLISTED,
    FakeRailRadar,
    fixture,
    moved,
)
from tests.test_alerts_e2e import Graph, Thread
from tests.test_railradar_e2e import ask, running_app, settings_for

# Each feature RailRadar answers, asked in English and in Hindi (a station's code is no live
# answer: typed stations are found in the local index, with no call).
QUESTIONS: list[tuple[str, str]] = [
    (f"pnr {PNR_WAITLISTED}", f"पीएनआर {PNR_WAITLISTED}"),
    (f"pnr {PNR_CONFIRMED}", f"{PNR_CONFIRMED} का पीएनआर स्टेटस"),
    ("12675 kaha hai", "12675 कहाँ है"),
    ("12635 kaha hai", "12635 कहाँ है"),
    ("route of 12951", "12951 का रूट"),
    ("trains from MS next 8 hours", "MS से अगले 8 घंटे की ट्रेनें"),
    ("bangalore to kochi", "बेंगलुरु से कोच्चि की ट्रेनें"),
    ("ndls to mmct tomorrow", "कल NDLS से MMCT की ट्रेनें"),
    ("3a fare 12951 mmct ndls", "12951 MMCT से NDLS 3A किराया"),
    ("3a seats 12951 mmct ndls tomorrow", "12951 MMCT से NDLS कल 3A सीट"),
    ("is 12626 cancelled today", "क्या 12626 आज रद्द है"),
    ("is 12512 rescheduled", "क्या 12512 का समय बदला है"),
]


@pytest.fixture
def world() -> Iterator[tuple[Graph, FakeRailRadar]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        railradar = FakeRailRadar(router)
        railradar.per_minute = 100
        yield Graph(router), railradar


@pytest.mark.parametrize(("english", "hindi"), QUESTIONS)
async def test_every_live_answer_names_railradar_and_its_age_in_both_languages(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    english: str,
    hindi: str,
) -> None:
    graph, _ = world
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        said = await ask(Thread(client, graph, "7120000000000001"), english)
        kaha = await ask(Thread(client, graph, "7120000000000002"), hindi)
    assert "RailRadar · just now" in said, said
    assert "RailRadar · अभी-अभी" in kaha, kaha


async def test_an_answer_from_the_cache_says_how_long_ago_railradar_gave_it(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (app, client):
        first = await ask(Thread(client, graph, "7120000000000003"), "route of 12951")
        store = app.state.services.store
        for key in await store.scan_keys("rb:cache:*train_route*"):  # given 4 minutes ago
            record = json.loads(await store.get(key) or "{}")
            record["t"] -= 4 * 60
            record["v"]["as_of"] = _earlier(record["v"]["as_of"], 4 * 60)
            await store.set(key, json.dumps(record), ttl_s=3600)
        again = await ask(Thread(client, graph, "7120000000000004"), "route of 12951")
        hindi = await ask(Thread(client, graph, "7120000000000005"), "12951 का रूट")
    assert "RailRadar · just now" in first, first
    assert "RailRadar · 4m ago (" in again, again
    assert "RailRadar · 4 मिनट पहले (" in hindi, hindi
    assert railradar.paths("/trains/12951") == ["/trains/12951"]  # one call, then the cache


def _earlier(moment: str, seconds: int) -> str:
    return (dt.datetime.fromisoformat(moment) - dt.timedelta(seconds=seconds)).isoformat()


# (the passengers' `current` as RailRadar may send it, what the card says of P1 in English and
# in Hindi)
BERTHS: list[tuple[object, str, str]] = [
    ({"status": "CNF", "formatted": "CNF/B1/23/LB"}, "P1 CNF B1/23 LB", "P1 कन्फ़र्म B1/23 लोअर"),
    ({"status": "CNF", "berthNo": "B1 23"}, "P1 CNF B1/23", "P1 कन्फ़र्म B1/23"),
    ({"status": "RAC", "berthNo": 12}, "P1 RAC 12", "P1 आरएसी 12"),
    ({"formatted": "WL 45"}, "P1 WL 45", "P1 वेटिंग 45"),
    (None, "P1 CNF C2/42 WS", "P1 कन्फ़र्म C2/42 खिड़की"),  # nothing said now: the booking stands
]


@pytest.mark.parametrize(("current", "line", "hindi_line"), BERTHS)
async def test_a_berth_in_an_unrecorded_format_is_shown_as_travellers_read_it(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    current: object,
    line: str,
    hindi_line: str,
) -> None:
    graph, railradar = world
    body = moved(fixture("pnr_confirmed"), dt.datetime.now(IST).date())
    for passenger in body["data"]["passengers"]:
        passenger["current"] = current
    railradar.overrides[f"/pnr/{PNR_CONFIRMED}"] = (200, body)
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        card = await ask(Thread(client, graph, "7120000000000006"), f"pnr {PNR_CONFIRMED}")
        hindi = await ask(Thread(client, graph, "7120000000000007"), f"पीएनआर {PNR_CONFIRMED}")
    assert line in card and "RailRadar · just now" in card, card
    assert hindi_line in hindi and "unknown" not in hindi, hindi
