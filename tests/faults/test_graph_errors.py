"""Send API failures through the worker path (webhook → queue → worker → Sender): temporary
ones are retried until the answer is delivered once; permanent ones are not retried, and the
event is finished rather than retried or dead-lettered."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from app.constants import UNREACHABLE_PREFIX
from app.main import Services
from app.messenger.graph import appsecret_proof
from tests.support.messenger import (
    APP_SECRET,
    GRAPH_URL,
    PAGE_TOKEN,
    EchoResponder,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)

USER = "7013000000000001"
Failure = Callable[[httpx.Request], httpx.Response]


def graph_error(code: int, subcode: int | None = None, status: int = 400) -> Failure:
    error: dict[str, Any] = {
        "message": f"(#{code}) injected",
        "type": "OAuthException",
        "code": code,
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    error["fbtrace_id"] = "AbCdEf"
    return lambda _: httpx.Response(status, json={"error": error})


def timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("injected", request=request)


class SendApi:
    """Fails the first `failures` message sends with `failure`, then accepts; sender actions
    always succeed. Records every message call and whether it was accepted."""

    def __init__(self, failure: Failure, failures: int) -> None:
        self.failure = failure
        self.failures = failures
        self.attempts: list[tuple[str, bool]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == f"Bearer {PAGE_TOKEN}"
        assert request.url.params["appsecret_proof"] == appsecret_proof(PAGE_TOKEN, APP_SECRET)
        assert "access_token" not in request.url.params
        body = json.loads(request.content)
        if "message" not in body:
            return httpx.Response(200, json={"recipient_id": USER})
        text = body["message"]["text"]
        if self.failures > 0:
            self.failures -= 1
            self.attempts.append((text, False))
            return self.failure(request)
        self.attempts.append((text, True))
        return httpx.Response(200, json={"recipient_id": USER, "message_id": "m_ok"})

    @property
    def delivered(self) -> list[str]:
        return [text for text, accepted in self.attempts if accepted]


@asynccontextmanager
async def one_message_delivered(
    backend: str | None, tmp_path: Path, api: SendApi
) -> AsyncIterator[Services]:
    """The service with the Send API mocked by `api`, once one user message was posted and
    the worker has finished with it."""
    settings = make_settings(backend, data_dir=tmp_path)
    with respx.mock(assert_all_called=False) as router:
        router.post(f"{GRAPH_URL}/me/messages").mock(side_effect=api)
        async with running_app(settings, responder=EchoResponder()) as (app, client):
            body = message_body(USER, "m_graph_1", "pnr 4512345678")
            response = await client.post("/webhook", content=body, headers=signed_headers(body))
            assert response.status_code == 200
            services: Services = app.state.services
            deadline = time.monotonic() + 20
            while (await services.queue.stats()).length and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.3)  # time enough for a retry that should not happen
            assert (await services.queue.stats()).length == 0
            yield services


@pytest.mark.parametrize(
    "failure",
    [
        graph_error(613),
        graph_error(1200, status=500),
        graph_error(2, status=500),
        graph_error(4),
        graph_error(32),
        lambda _: httpx.Response(500, text="Internal Server Error"),
        lambda _: httpx.Response(503, text="<html>Service Unavailable</html>"),
        lambda _: httpx.Response(429, text=""),
        timeout,
    ],
    ids=["613", "1200", "2", "4", "32", "http-500", "http-503-html", "http-429", "timeout"],
)
async def test_temporary_failures_are_retried_then_delivered_once(
    failure: Failure, backend: str | None, tmp_path: Path
) -> None:
    api = SendApi(failure, failures=1)
    async with one_message_delivered(backend, tmp_path, api) as services:
        assert await services.queue.dead_letters() == []
    assert api.delivered == ["echo: pnr 4512345678"]
    assert [accepted for _, accepted in api.attempts] == [False, True]


@pytest.mark.parametrize(
    ("failure", "label"),
    [
        (graph_error(551, 1545041), "551"),
        (graph_error(190, 463), "190"),
        (graph_error(100), "100"),
        (graph_error(100, 2018001), "100/2018001"),
        (graph_error(10, 2018278, status=403), "10/2018278"),
        (graph_error(200, status=403), "200"),
    ],
    ids=["551-unreachable", "190-bad-token", "100-bad-parameter", "100-no-such-user",
         "10-outside-window", "200-no-permission"],
)  # fmt: skip
async def test_permanent_failures_are_not_retried_and_the_event_is_finished(
    failure: Failure,
    label: str,
    backend: str | None,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    api = SendApi(failure, failures=100)
    async with one_message_delivered(backend, tmp_path, api) as services:
        assert await services.queue.dead_letters() == []
        unreachable = await services.store.get(UNREACHABLE_PREFIX + USER)
    assert api.attempts == [("echo: pnr 4512345678", False)]
    assert (unreachable is not None) == (label == "551")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert PAGE_TOKEN not in logged
    if label == "190":
        assert any(
            record.levelno == logging.ERROR and "FB_PAGE_ACCESS_TOKEN" in record.getMessage()
            for record in caplog.records
        )
