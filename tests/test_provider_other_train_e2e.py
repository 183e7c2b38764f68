"""A provider's answer about another train than the one asked (its body's train number differs:
"11447" for "12951"), through the signed webhook with respx and real Redis: never told as the
asked train's. It is a broken answer: the next provider in the chain is asked, then the
timetable, which says it is the timetable and who did not answer. RailBot has no renumbering
table, so no other number stands for the asked one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from tests.support.railradar_fake import FakeRailRadar, fixture, moved
from tests.test_alerts_e2e import Graph, Thread
from tests.test_irctc1_e2e import FIXTURES as IRCTC1_FIXTURES
from tests.test_irctc1_e2e import URL as IRCTC1_URL
from tests.test_irctc1_e2e import asked_run, run_moved
from tests.test_provider_chain_e2e import chain, timetable
from tests.test_railradar_e2e import ask, running_app
from tests.test_railradar_quirks_e2e import today

ASKED = "12951"  # Mumbai - New Delhi Rajdhani
OTHER = "11447"  # Shaktipunj Express, the train IRCTC1's recordings are about
TIMETABLE = "so this is the timetable"


class Irctc1:
    """IRCTC1 answering its recordings (about 11447, whatever was asked), or, `as_asked`, the
    same recordings under the number asked."""

    def __init__(self, router: respx.Router) -> None:
        self.as_asked = False
        self.calls: list[str] = []
        router.route(url__startswith=IRCTC1_URL).mock(side_effect=self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request.url.path)
        name = {
            "/api/v1/getTrainSchedule": "train_schedule",
            "/api/v1/liveTrainStatus": "live_train_status_at_station",
        }.get(request.url.path)
        if name is None:
            return httpx.Response(404, json={"status": False, "message": "No data found"})
        body: dict[str, Any] = json.loads((IRCTC1_FIXTURES / f"{name}.json").read_text())
        if name.startswith("live"):
            body = run_moved(body, asked_run(request))
        if self.as_asked:
            asked = request.url.params["trainNo"]
            body = json.loads(json.dumps(body).replace(f'"{OTHER}"', f'"{asked}"'))
        return httpx.Response(200, json=body)


@pytest.fixture
def world() -> Iterator[tuple[Graph, FakeRailRadar, Irctc1]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        railradar = FakeRailRadar(router, per_minute=100)
        yield Graph(router), railradar, Irctc1(router)


def railradar_about_another_train(railradar: FakeRailRadar) -> None:
    """RailRadar asked for 12951's schedule and run answers with 11447's."""
    schedule = json.loads(json.dumps(fixture("schedule_12951")).replace(f'"{ASKED}"', f'"{OTHER}"'))
    railradar.overrides[f"/trains/{ASKED}"] = (200, schedule)
    live = json.loads(json.dumps(fixture("live_running")).replace('"12675"', f'"{OTHER}"'))
    railradar.overrides[f"/trains/{ASKED}/live"] = (200, moved(live, today()))


async def irctc1_answering_for_it(
    world: tuple[Graph, FakeRailRadar, Irctc1], redis_url: str, data_dir: Path, question: str
) -> str:
    """The answer to `question` when RailRadar answers about 11447 and IRCTC1 about 12951."""
    graph, railradar, irctc1 = world
    railradar_about_another_train(railradar)
    irctc1.as_asked = True
    async with running_app(chain(redis_url, data_dir)) as (_, client):
        return await ask(Thread(client, graph, "7610000000000003"), question)


async def test_a_route_about_another_train_from_both_is_the_timetable_saying_so(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar, Irctc1]
) -> None:
    graph, railradar, irctc1 = world
    railradar_about_another_train(railradar)
    timetable(tmp_path)
    async with running_app(chain(clean_redis, tmp_path)) as (_, client):
        english = await ask(Thread(client, graph, "7610000000000001"), f"route of {ASKED}")
        hindi = await ask(Thread(client, graph, "7610000000000002"), f"{ASKED} का रूट")
    # both were asked, and neither answer is told: the timetable's is, saying so
    assert railradar.paths(f"/trains/{ASKED}") and "/api/v1/getTrainSchedule" in irctc1.calls
    assert f"RailRadar and IRCTC1 (RapidAPI) didn't answer, {TIMETABLE}" in english, english
    assert "Timetable from the open data" in english, english
    assert "RailRadar और IRCTC1 (RapidAPI) से जवाब नहीं आया" in hindi, hindi
    for answer in (english, hindi):
        assert OTHER not in answer and "Shaktipunj" not in answer, answer
        assert "Jabalpur" not in answer and "Howrah" not in answer, answer


async def test_a_route_about_another_train_is_the_next_provider_s_when_it_answers_for_it(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar, Irctc1]
) -> None:
    answer = await irctc1_answering_for_it(world, clean_redis, tmp_path, f"route of {ASKED}")
    assert "IRCTC1 (RapidAPI) · " in answer and "RailRadar · " not in answer, answer
    assert ASKED in answer and OTHER not in answer, answer


async def test_a_run_about_another_train_is_never_told_as_the_asked_one(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar, Irctc1]
) -> None:
    # RailRadar sends a run of 11447 for 12951, and IRCTC1 its recorded run of 11447 at Asansol:
    # neither is where 12951 is.
    graph, railradar, irctc1 = world
    railradar_about_another_train(railradar)
    async with running_app(chain(clean_redis, tmp_path)) as (_, client):
        answer = await ask(Thread(client, graph, "7610000000000004"), f"{ASKED} kaha hai")
    assert railradar.paths(f"/trains/{ASKED}/live") and "/api/v1/liveTrainStatus" in irctc1.calls
    for never in (OTHER, "Asansol", "Salem", "late", "on time", "Started"):
        assert never not in answer, (never, answer)
    assert "RailRadar and IRCTC1 (RapidAPI)" in answer, answer


async def test_a_run_about_another_train_is_the_next_provider_s_when_it_answers_for_it(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar, Irctc1]
) -> None:
    answer = await irctc1_answering_for_it(world, clean_redis, tmp_path, f"{ASKED} kaha hai")
    assert "IRCTC1 (RapidAPI) · " in answer and "RailRadar · " not in answer, answer
    assert "Asansol Jn (ASN)" in answer and "Salem" not in answer, answer
