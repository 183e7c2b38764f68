"""PNR alerts end to end: subscribe, list and stop through the signed webhook and the worker,
notifications through the app's own poller and the Send API, and two real worker processes
sharing one Redis that notify one change exactly once."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from app.bot.alerts.subscriptions import AlertBook, Baseline, Subscription
from app.config import Settings
from app.constants import ALERTS_DUE_KEY, HOUR
from app.i18n import t
from app.main import build_services, build_worker, run_alerts
from app.railways.railwayapi import RailwayApiProvider
from app.railways.status import parse_status
from app.store import RedisStore
from tests.bot.harness import API_KEY, API_URL, TZ, has_timetable, path, pnr_body
from tests.support import railwayapi_server
from tests.support.graph_server import GraphServer
from tests.support.messenger import (
    GRAPH_URL,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)
from tests.support.railwayapi_server import RailwayApiServer

ROOT = Path(__file__).resolve().parent.parent
PNR = "4512345678"
PNR_URL = path("pnr-status", "pnr", PNR)

JsonObject = dict[str, Any]


@dataclass
class Graph:
    """A respx-mocked Send API: records every message; proactive sends (UPDATE, MESSAGE_TAG)
    are refused with `refuse_proactive` when set."""

    router: respx.Router
    calls: list[JsonObject] = field(default_factory=list)
    refuse_proactive: JsonObject | None = None

    def __post_init__(self) -> None:
        self.router.post(f"{GRAPH_URL}/me/messages").mock(side_effect=self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if "message" not in body:
            return httpx.Response(200, json={"recipient_id": body["recipient"]["id"]})
        if self.refuse_proactive is not None and body["messaging_type"] != "RESPONSE":
            return httpx.Response(400, json={"error": self.refuse_proactive})
        self.calls.append(body)
        return httpx.Response(200, json={"recipient_id": "x", "message_id": f"m{len(self.calls)}"})

    def to(self, user: str) -> list[JsonObject]:
        return [call for call in self.calls if call["recipient"]["id"] == user]

    async def wait_for(self, user: str, count: int, timeout: float = 10.0) -> list[JsonObject]:
        deadline = time.monotonic() + timeout
        while len(self.to(user)) < count:
            if time.monotonic() > deadline:
                texts = [call["message"].get("text") for call in self.to(user)]
                raise AssertionError(f"expected {count} messages to {user}, got {texts}")
            await asyncio.sleep(0.02)
        return self.to(user)


@dataclass
class Upstream:
    """The v2 PNR endpoint, answering whatever `body` is now."""

    router: respx.Router
    body: JsonObject

    def __post_init__(self) -> None:
        self.route = self.router.get(PNR_URL).mock(side_effect=self._answer)
        has_timetable(self.router)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=self.body)


def journey() -> dt.date:
    return dt.datetime.now(TZ).date() + dt.timedelta(days=5)


def settings_for(redis_url: str, tmp_path: Path) -> Settings:
    return make_settings(
        redis_url,
        railway_provider="railwayapi",
        railway_api_url=API_URL,
        railway_api_key=API_KEY,
        data_dir=tmp_path,
        alert_poll_tick_s=0.05,
    )


@pytest.fixture
def mocked() -> Iterator[tuple[Graph, Upstream]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        waitlisted = pnr_body(journey(), ("RLWL/-/16/GN", "RLWL/-/16/GN"))
        yield Graph(router), Upstream(router, waitlisted)


class Thread:
    """One user's Messenger thread with the app: signed deliveries, numbered mids."""

    def __init__(self, client: httpx.AsyncClient, graph: Graph, user: str, ago_s: float = 0):
        self.client, self.graph, self.user, self.ago_s = client, graph, user, ago_s
        self.sent = 0

    async def say(self, text: str) -> JsonObject:
        self.sent += 1
        stamp = int((time.time() - self.ago_s) * 1000)
        body = message_body(self.user, f"m_{self.user}_{self.sent}", text, timestamp=stamp)
        response = await self.client.post("/webhook", content=body, headers=signed_headers(body))
        assert response.status_code == 200
        already = len(self.graph.to(self.user))
        return (await self.graph.wait_for(self.user, already + 1))[-1]


async def _notice_due_now(redis_url: str, user: str) -> None:
    """Make the alert due now, with no cached PNR answer in the way."""
    store = RedisStore.from_url(redis_url)
    try:
        for key in await store.scan_keys("rb:cache:*pnr_status*"):
            await store.delete(key)
        await store.zadd(ALERTS_DUE_KEY, f"{user}|{PNR}", 0)
    finally:
        await store.close()


# --- through the webhook -------------------------------------------------------------------------


async def test_subscribe_list_and_stop_through_the_webhook(
    clean_redis: str, tmp_path: Path, mocked: tuple[Graph, Upstream]
) -> None:
    graph, _ = mocked
    user = "7009000000000001"
    async with running_app(settings_for(clean_redis, tmp_path)) as (_, client):
        thread = Thread(client, graph, user)
        subscribed = await thread.say(f"alert {PNR}")
        listed = await thread.say("my alerts")
        stopped = await thread.say(f"stop {PNR}")
        listed_after = await thread.say("my alerts")
    assert "Alerts on for PNR 4512345678" in subscribed["message"]["text"]
    payloads = [q["payload"] for q in subscribed["message"]["quick_replies"]]
    assert payloads == [f"PNR:{PNR}", "ALERTS", f"UNTRACK:{PNR}"]
    assert f"• {PNR} · 12627 Karnataka Exp" in listed["message"]["text"]
    assert listed["message"]["quick_replies"][0]["payload"] == f"UNTRACK:{PNR}"
    assert f"Stopped alerts for PNR {PNR}" in stopped["message"]["text"]
    assert "You have no PNR alerts" in listed_after["message"]["text"]
    assert all(call["messaging_type"] == "RESPONSE" for call in graph.calls)
    store = RedisStore.from_url(clean_redis)
    assert await store.zcard(ALERTS_DUE_KEY) == 0
    await store.close()


async def test_a_change_reaches_the_user_once_as_an_update_inside_the_window(
    clean_redis: str, tmp_path: Path, mocked: tuple[Graph, Upstream]
) -> None:
    graph, upstream = mocked
    user = "7009000000000002"
    async with running_app(settings_for(clean_redis, tmp_path)) as (_, client):
        thread = Thread(client, graph, user)
        await thread.say(f"alert {PNR}")
        upstream.body = pnr_body(journey(), ("RLWL/-/16/GN", "CNF/B2/34/GN"), chart=True)
        await _notice_due_now(clean_redis, user)
        calls = await graph.wait_for(user, 2)
        await asyncio.sleep(0.5)  # several more poller ticks
    assert len(graph.to(user)) == 2
    notice = calls[1]
    day = journey()
    assert notice["message"]["text"] == (
        f"PNR *******678 · 12627 Karnataka Exp, {day.day} {day:%b}\n"
        "P1: RLWL 16 → CNF B2/34\nChart prepared"
    )
    assert notice["messaging_type"] == "UPDATE" and "tag" not in notice
    assert [q["title"] for q in notice["message"]["quick_replies"]] == [
        "Full status",
        "Stop alerts",
    ]


async def test_a_person_who_wrote_in_hindi_gets_the_change_in_hindi(
    clean_redis: str, tmp_path: Path, mocked: tuple[Graph, Upstream]
) -> None:
    graph, upstream = mocked
    user = "7009000000000012"
    async with running_app(settings_for(clean_redis, tmp_path)) as (_, client):
        thread = Thread(client, graph, user)
        subscribed = await thread.say(f"पीएनआर {PNR} का अलर्ट चालू करो")
        upstream.body = pnr_body(journey(), ("RLWL/-/16/GN", "CNF/B2/34/GN"), chart=True)
        await _notice_due_now(clean_redis, user)
        calls = await graph.wait_for(user, 2)
    assert f"PNR {PNR}" in subscribed["message"]["text"] and "अलर्ट" in subscribed["message"]["text"]
    notice = calls[1]["message"]
    assert "P1: वेटिंग 16 (RLWL) → कन्फ़र्म B2/34" in notice["text"]
    assert t("hi", "alerts.change_chart") in notice["text"]
    assert "Chart prepared" not in notice["text"]
    assert [q["title"] for q in notice["quick_replies"]] == [
        t("hi", "alerts.chip_full"),
        t("hi", "alerts.chip_stop"),
    ]


async def test_an_alert_follows_the_language_chosen_after_it_was_set(
    clean_redis: str, tmp_path: Path, mocked: tuple[Graph, Upstream]
) -> None:
    # Set in Hindi, then "in english please": the next change comes in English; "हिंदी में"
    # again, and the one after it comes in Hindi.
    graph, upstream = mocked
    user = "7009000000000013"
    async with running_app(settings_for(clean_redis, tmp_path)) as (_, client):
        thread = Thread(client, graph, user)
        await thread.say(f"पीएनआर {PNR} का अलर्ट चालू करो")
        await thread.say("in english please")
        await asyncio.sleep(0.3)  # every message of the switch sent
        upstream.body = pnr_body(journey(), ("RLWL/-/16/GN", "RLWL/-/3/GN"))
        await _notice_due_now(clean_redis, user)
        english = (await graph.wait_for(user, len(graph.to(user)) + 1))[-1]["message"]
        await thread.say("हिंदी में")
        await asyncio.sleep(0.3)
        upstream.body = pnr_body(journey(), ("RLWL/-/16/GN", "CNF/B2/34/GN"), chart=True)
        await _notice_due_now(clean_redis, user)
        hindi = (await graph.wait_for(user, len(graph.to(user)) + 1))[-1]["message"]
    assert "P1: RLWL 16 → RLWL 3" in english["text"], english
    assert [q["title"] for q in english["quick_replies"]] == ["Full status", "Stop alerts"]
    assert "P1: वेटिंग 3 (RLWL) → कन्फ़र्म B2/34" in hindi["text"], hindi
    assert t("hi", "alerts.change_chart") in hindi["text"] and "Chart" not in hindi["text"]
    assert [q["title"] for q in hindi["quick_replies"]] == [
        t("hi", "alerts.chip_full"),
        t("hi", "alerts.chip_stop"),
    ]


async def test_outside_the_window_the_change_goes_with_the_confirmed_event_tag(
    clean_redis: str, tmp_path: Path, mocked: tuple[Graph, Upstream]
) -> None:
    graph, upstream = mocked
    user = "7009000000000003"
    async with running_app(settings_for(clean_redis, tmp_path)) as (_, client):
        thread = Thread(client, graph, user, ago_s=30 * HOUR)
        await thread.say(f"alert {PNR}")
        upstream.body = pnr_body(journey(), ("RLWL/-/16/GN", "RLWL/-/3/GN"))
        await _notice_due_now(clean_redis, user)
        calls = await graph.wait_for(user, 2)
    assert calls[1]["messaging_type"] == "MESSAGE_TAG"
    assert calls[1]["tag"] == "CONFIRMED_EVENT_UPDATE"
    assert "P1: RLWL 16 → RLWL 3" in calls[1]["message"]["text"]


async def test_a_551_from_messenger_ends_the_users_alerts(
    clean_redis: str, tmp_path: Path, mocked: tuple[Graph, Upstream]
) -> None:
    graph, upstream = mocked
    user = "7009000000000004"
    async with running_app(settings_for(clean_redis, tmp_path)) as (app, client):
        thread = Thread(client, graph, user)
        await thread.say(f"alert {PNR}")
        upstream.body = pnr_body(journey(), ("RLWL/-/16/GN", "CNF/B2/34/GN"))
        graph.refuse_proactive = {
            "message": "This person isn't available right now.",
            "code": 551,
            "error_subcode": 1545041,
        }
        await _notice_due_now(clean_redis, user)
        book = AlertBook(app.state.services.store)
        deadline = time.monotonic() + 10
        while await book.all_of(user) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert await book.all_of(user) == []
        assert await app.state.services.store.zcard(ALERTS_DUE_KEY) == 0


async def test_as_compose_runs_it_a_web_without_worker_and_a_worker_beside_it_alert_once(
    clean_redis: str, tmp_path: Path, mocked: tuple[Graph, Upstream]
) -> None:
    # docker-compose's shape: `serve --no-worker` takes the signed webhook, a `worker` process
    # (its consumers and the alert poller beside them, as `app worker` runs them) answers and
    # polls; the change reaches the person once, in the language they wrote in.
    graph, upstream = mocked
    user = "7009000000000014"
    settings = settings_for(clean_redis, tmp_path)
    services = build_services(settings)
    consumer = build_worker(services)
    consuming = asyncio.create_task(consumer.run())
    try:
        async with run_alerts(services) as poller, running_app(settings, run_worker=False) as (
            app,
            client,
        ):
            assert poller is not None and app.state.worker is None
            thread = Thread(client, graph, user)
            await thread.say(f"पीएनआर {PNR} का अलर्ट चालू करो")
            upstream.body = pnr_body(journey(), ("RLWL/-/16/GN", "RLWL/-/3/GN"))
            await _notice_due_now(clean_redis, user)
            calls = await graph.wait_for(user, 2)
            await asyncio.sleep(0.5)  # several more poller ticks
    finally:
        consumer.stop()
        await asyncio.gather(consuming, return_exceptions=True)
        await services.aclose()
    assert len(graph.to(user)) == 2
    assert "P1: वेटिंग 16 (RLWL) → वेटिंग 3 (RLWL)" in calls[1]["message"]["text"]
    assert calls[1]["messaging_type"] == "UPDATE"


async def test_alerts_switched_off_poll_nothing(
    clean_redis: str, tmp_path: Path, mocked: tuple[Graph, Upstream]
) -> None:
    graph, upstream = mocked
    user = "7009000000000005"
    settings = settings_for(clean_redis, tmp_path).model_copy(update={"alert_poll_enabled": False})
    async with running_app(settings) as (_, client):
        thread = Thread(client, graph, user)
        await thread.say(f"alert {PNR}")
        calls = upstream.route.call_count
        await _notice_due_now(clean_redis, user)
        await asyncio.sleep(0.5)
    assert upstream.route.call_count == calls
    assert len(graph.to(user)) == 1


# --- two worker processes ------------------------------------------------------------------------


def worker_env(
    redis_url: str, railway: RailwayApiServer, graph: GraphServer, data: Path
) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("FB_", "RAILBOT_", "RAILWAY_", "REDIS_URL"))
    }
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "REDIS_URL": redis_url,
            "RAILWAY_PROVIDER": "railwayapi",
            "RAILWAY_API_URL": railway.url,
            "RAILWAY_API_KEY": railwayapi_server.API_KEY,
            "FB_GRAPH_URL": graph.url,
            "FB_PAGE_ACCESS_TOKEN": "EAAalerts-process-token",
            "RAILBOT_DATA_DIR": str(data),
            "RAILBOT_ALERT_TICK": "0.1",
            "LOG_LEVEL": "WARNING",
        }
    )
    return env


async def _seed(redis_url: str, railway: RailwayApiServer, users: list[str]) -> None:
    """Subscriptions whose baseline had P2 at RLWL 16, where the railway now says RLWL 4, due
    one after another over the next few seconds, so that both workers claim some."""
    live = RailwayApiProvider(railway.url, railwayapi_server.API_KEY)
    status = (await live.pnr_status(PNR)).data
    await live.aclose()
    before = Baseline.of(status)
    passengers = {**before.passengers, 2: parse_status("RLWL/-/16/GN")}
    baseline = before.model_copy(update={"passengers": passengers})
    store = RedisStore.from_url(redis_url)
    book = AlertBook(store)
    start = time.time()
    for n, user in enumerate(users):
        sub = Subscription(pnr=PNR, train="12627 Karnataka Exp", created_at=0, baseline=baseline)
        await book.add(user, sub, due_at=start + 0.25 * n)
    await store.close()


@pytest.mark.slow
async def test_two_worker_processes_notify_each_change_once(
    clean_redis: str, tmp_path: Path
) -> None:
    users = [f"70090000000001{n:02d}" for n in range(16)]
    with RailwayApiServer() as railway, GraphServer() as graph:
        await _seed(clean_redis, railway, users)
        seeded = len(railway.requested("/pnr-status"))
        env = worker_env(clean_redis, railway, graph, tmp_path / "data")
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "app", "worker", "--concurrency", "2"],
                cwd=tmp_path,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for _ in range(2)
        ]
        try:
            deadline = time.monotonic() + 30
            while len(graph.messages) < len(users) and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
            await asyncio.sleep(1.5)  # both keep polling: nothing more may come
            messages = list(graph.messages)
        finally:
            logs = []
            for process in workers:
                process.send_signal(signal.SIGTERM)
                code = process.wait(timeout=30)
                assert process.stderr is not None
                logs.append((code, process.stderr.read().decode()))
                process.stderr.close()
        pnr_calls = railway.requested("/pnr-status")[seeded:]
    assert sorted(m["recipient"]["id"] for m in messages) == users, logs
    for message in messages:
        assert "P2: RLWL 16 → RLWL 4" in message["message"]["text"]
        assert message["messaging_type"] == "MESSAGE_TAG"
        assert message["tag"] == "CONFIRMED_EVENT_UPDATE"
    assert len(pnr_calls) == 1  # one upstream call for every user and both processes
    for code, log in logs:
        assert code == 0, log
        assert "EAAalerts-process-token" not in log and PNR not in log
