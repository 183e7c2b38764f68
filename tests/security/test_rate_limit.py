"""One user flooding the Page gets one polite slow-down reply and costs no bot work: through the
webhook, the queue and the worker, on the in-memory twins and on real Redis."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import httpx
import respx

from app.observability import REGISTRY
from app.ratelimit import SLOW_DOWN
from tests.support.messenger import (
    EchoResponder,
    GraphRecorder,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)

FLOODER = "7009000000000001"
NEIGHBOUR = "7009000000000002"
API_URL = "https://railway.test/v2"


def rate_limited() -> float:
    return REGISTRY.get_sample_value("railbot_rate_limited_total") or 0.0


def minute_start_ms() -> int:
    """The start of a whole minute two minutes ago: every message stamped within the next 60 s
    of it falls in one window, whenever the test runs."""
    return (int(time.time()) // 60 * 60 - 120) * 1000


async def post(client: httpx.AsyncClient, user: str, mid: str, text: str, ts: int) -> None:
    body = message_body(user, mid, text, ts)
    response = await client.post("/webhook", content=body, headers=signed_headers(body))
    assert response.status_code == 200


async def settle(graph: GraphRecorder, count: int) -> None:
    await graph.wait_for_messages(count, timeout=20)
    await asyncio.sleep(0.5)  # any extra message would show up meanwhile


async def test_a_flood_gets_one_slow_down_and_no_bot_work(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    responder = EchoResponder()
    start = minute_start_ms()
    limited_before = rate_limited()
    settings = make_settings(backend, data_dir=tmp_path)
    async with running_app(settings, responder=responder) as (_, client):
        for n in range(25):
            await post(client, FLOODER, f"m_flood_{n}", f"question {n}", start + n * 1000)
        for n in range(3):
            await post(client, NEIGHBOUR, f"m_calm_{n}", f"calm {n}", start + n * 1000)
        await settle(graph, 20 + 1 + 3)
    flooder_heard = graph.texts_to(FLOODER)
    assert flooder_heard == [f"echo: question {n}" for n in range(20)] + [SLOW_DOWN.text]
    assert graph.texts_to(NEIGHBOUR) == [f"echo: calm {n}" for n in range(3)]
    assert [m.text for m in responder.seen if m.user_id == FLOODER] == [
        f"question {n}" for n in range(20)
    ]
    assert rate_limited() - limited_before == 5


async def test_the_next_minute_is_answered_again(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    start = minute_start_ms()
    settings = make_settings(backend, data_dir=tmp_path, rate_limit_per_minute=2)
    async with running_app(settings, responder=EchoResponder()) as (_, client):
        for n in range(4):
            await post(client, FLOODER, f"m_a_{n}", f"first minute {n}", start + n)
        await post(client, FLOODER, "m_b_0", "second minute", start + 60_000)
        await settle(graph, 2 + 1 + 1)
    assert graph.texts_to(FLOODER) == [
        "echo: first minute 0",
        "echo: first minute 1",
        SLOW_DOWN.text,
        "echo: second minute",
    ]


async def test_the_slow_down_goes_through_the_outbox_and_is_sent_once(
    backend: str | None, tmp_path: Path
) -> None:
    """The notice meets a temporary Send API failure: it is retried and delivered once, and a
    redelivery of the same message by Facebook sends nothing more."""
    calls: list[dict[str, object]] = []
    failed = False

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal failed
        body = json.loads(request.content)
        calls.append(body)
        text = body.get("message", {}).get("text", "")
        if text == SLOW_DOWN.text and not failed:
            failed = True
            return httpx.Response(500, json={"error": {"code": 1200, "message": "temporary"}})
        return httpx.Response(200, json={"recipient_id": FLOODER, "message_id": f"m{len(calls)}"})

    start = minute_start_ms()
    settings = make_settings(backend, data_dir=tmp_path, rate_limit_per_minute=1)
    with respx.mock(assert_all_called=False) as router:
        router.post(url__regex=r"https://graph\.test/.*").mock(side_effect=answer)
        async with running_app(settings, responder=EchoResponder()) as (_, client):
            await post(client, FLOODER, "m_o_0", "one", start)
            await post(client, FLOODER, "m_o_1", "two", start + 1)
            await post(client, FLOODER, "m_o_1", "two", start + 1)  # Facebook redelivers
            await post(client, FLOODER, "m_o_2", "three", start + 2)
            deadline = time.monotonic() + 20
            while sum(1 for c in calls if "message" in c) < 3 and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)
    texts = [c["message"]["text"] for c in calls if "message" in c]  # type: ignore[index]
    assert texts == ["echo: one", SLOW_DOWN.text, SLOW_DOWN.text]  # the failed try, then the one
    assert failed


async def test_a_flood_of_railway_questions_makes_no_upstream_calls_past_the_limit(
    backend: str | None, tmp_path: Path
) -> None:
    """The real bot, a live provider: messages over the limit never reach the railway API."""
    start = minute_start_ms()
    settings = make_settings(
        backend,
        data_dir=tmp_path,
        rate_limit_per_minute=3,
        railway_provider="railwayapi",
        railway_api_url=API_URL,
        railway_api_key="k3yfortests",
    )
    with respx.mock(assert_all_called=False) as router:
        graph = GraphRecorder(router)
        pnr = router.get(url__startswith=f"{API_URL}/pnr-status/").mock(
            return_value=httpx.Response(200, json={"response_code": 221, "debit": 1})
        )
        async with running_app(settings) as (_, client):
            for n in range(8):
                await post(client, FLOODER, f"m_pnr_{n}", f"pnr 45123456{n:02d}", start + n)
            await settle(graph, 3 + 1)
    assert pnr.call_count == 3
    heard = graph.texts_to(FLOODER)
    assert len(heard) == 4
    assert heard[-1] == SLOW_DOWN.text
    assert all("PNR" in text for text in heard[:3])
