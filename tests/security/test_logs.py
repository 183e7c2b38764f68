"""Nothing secret or personal reaches the logs, at any level: a whole conversation through the
service at DEBUG (webhook, Redis queue, worker, bot, a flaky railway API, a flaky and refusing
Send API, a crashing handler) is captured as the JSON lines an operator would see, and no line
holds the Page token, the app secret, the verify token, the railway API key, a full PNR, or a
user id that is not hashed."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from app.observability import configure_logging, hash_user
from app.railways.railwayapi import RailwayApiProvider
from tests.bot.harness import API_KEY, API_URL, TODAY, pnr_body
from tests.support.messenger import (
    APP_SECRET,
    GRAPH_URL,
    PAGE_TOKEN,
    VERIFY_TOKEN,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)

PNR = "4512345678"
USERS = {
    "flaky_send": "7015000000000001",
    "bad_token": "7015000000000002",
    "blocked": "7015000000000003",
    "crash": "7015000000000004",
    "echoed_error": "7015000000000005",
}
SECRETS = {
    "page token": PAGE_TOKEN,
    "app secret": APP_SECRET,
    "verify token": VERIFY_TOKEN,
    "railway key": API_KEY,
}
# The Page token holds ten digits in a row, as real tokens may: PNR masking must not spoil the
# masking of the token. A PNR in any spelling a log line might carry it:
FULL_PNR = re.compile(r"(?<!\d)451[ -]?234[ -]?5678(?!\d)")


@pytest.fixture
def operator_log(capsys: pytest.CaptureFixture[str]) -> Iterator[pytest.CaptureFixture[str]]:
    """Logging configured as the service configures it, at DEBUG; put back afterwards."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    noisy = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "hpack")}
    yield capsys
    root.handlers[:], level = saved
    root.setLevel(level)
    for name, noisy_level in noisy.items():
        logging.getLogger(name).setLevel(noisy_level)


class Railway:
    """Fails every other call with a 502 (so calls are retried), else answers the PNR."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls % 2:
            return httpx.Response(502, text=f"bad gateway for {request.url}")
        return httpx.Response(200, json=pnr_body(TODAY, ("CNF/S6/71/GN", "CNF")))


class SendApi:
    """Per user: a 613 before success, a refused token, a blocked user, an error that quotes
    the token and the PNR back."""

    def __init__(self) -> None:
        self.failed: set[str] = set()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        user = body["recipient"]["id"]
        if "message" not in body:
            return httpx.Response(200, json={"recipient_id": user})
        if user == USERS["flaky_send"] and user not in self.failed:
            self.failed.add(user)
            return error(613, "Calls to this api have exceeded the rate limit.")
        if user == USERS["bad_token"]:
            return error(
                190, f"Invalid OAuth access token - Cannot parse access token {PAGE_TOKEN}"
            )
        if user == USERS["blocked"]:
            return error(551, "This person isn't available right now.", subcode=1545041)
        if user == USERS["echoed_error"]:
            text = body["message"].get("text", "")
            return error(100, f"(#100) Param message[text] invalid: {text} token={PAGE_TOKEN}")
        return httpx.Response(200, json={"recipient_id": user, "message_id": "m_ok"})


def error(code: int, message: str, subcode: int | None = None) -> httpx.Response:
    detail: dict[str, Any] = {"message": message, "code": code, "fbtrace_id": "AbC"}
    if subcode is not None:
        detail["error_subcode"] = subcode
    return httpx.Response(400, json={"error": detail})


async def test_a_whole_conversation_at_debug_logs_no_secret_pnr_or_raw_user_id(
    operator_log: pytest.CaptureFixture[str],
    clean_redis: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = make_settings(
        clean_redis,
        data_dir=tmp_path,
        log_level="DEBUG",
        railway_provider="railwayapi",
        railway_api_url=API_URL,
        railway_api_key=API_KEY,
    )

    async def crash(self: RailwayApiProvider, train: str, start: object) -> object:
        raise RuntimeError(f"exploded on pnr {PNR} with {API_KEY} and {PAGE_TOKEN}")

    monkeypatch.setattr(RailwayApiProvider, "live_status", crash)
    configure_logging(settings.log_level, settings.secret_values())
    railway, send_api = Railway(), SendApi()
    with respx.mock(assert_all_called=False) as router:
        router.get(url__startswith=API_URL).mock(side_effect=railway)
        graph = router.post(f"{GRAPH_URL}/me/messages").mock(side_effect=send_api)
        async with running_app(settings) as (app, client):
            messages = [
                (USERS["flaky_send"], f"pnr {PNR}"),
                (USERS["flaky_send"], "my pnr is 451-234-5678 please check"),
                (USERS["bad_token"], f"PNR {PNR}"),
                (USERS["blocked"], f"pnr status {PNR}"),
                (USERS["crash"], "12627 kaha hai"),
                (USERS["echoed_error"], f"pnr {PNR}"),
            ]
            for n, (user, text) in enumerate(messages):
                body = message_body(user, f"m_log_{n}", text, 1_795_000_000_000 + n)
                response = await client.post("/webhook", content=body, headers=signed_headers(body))
                assert response.status_code == 200
            forged = message_body(USERS["crash"], "m_forged", f"pnr {PNR}")
            headers = signed_headers(forged, secret="not-the-secret")
            assert (
                await client.post("/webhook", content=forged, headers=headers)
            ).status_code == 403
            await client.get("/webhook", params={"hub.mode": "subscribe", "hub.verify_token": "x"})
            queue = app.state.services.queue
            for _ in range(400):
                if (await queue.stats()).length == 0 and graph.call_count >= 8:
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)
    assert railway.calls >= 2
    lines = operator_log.readouterr().err.splitlines()
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    levels = {record["level"] for record in records}
    assert {"DEBUG", "INFO", "WARNING", "ERROR"} <= levels, levels
    assert any("could not answer" in record["msg"] for record in records)
    text = "\n".join(lines)
    for name, secret in SECRETS.items():
        for part in {secret, secret[:12], secret[-12:]}:  # not even a recognisable piece
            assert part not in text, f"the {name} is in the logs"
    assert not FULL_PNR.search(text), FULL_PNR.search(text)
    for user in USERS.values():
        assert user not in text, f"a raw user id is in the logs: {user}"
    hashed = {record["user"] for record in records if "user" in record}
    assert hashed and hashed <= {hash_user(user) for user in USERS.values()}
