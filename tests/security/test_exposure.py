"""What the service shows to whoever can reach it: the dev chat only when configured, /metrics as
configured (and never with user data in it), readiness without error details.

Decision on /metrics: the setting stays on by default, as the operating contract lists the route
and a local `make run` or a private network wants it; the deployment that faces the internet (the
compose file: Facebook must reach /webhook on that port) switches it off unless the operator sets
RAILBOT_METRICS=1, ideally with RAILBOT_METRICS_TOKEN, and `serve` warns whenever /metrics is
served without a token on an address other machines can reach.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.commands import warn_open_metrics
from app.config import load_settings
from tests.support.messenger import (
    APP_SECRET,
    EchoResponder,
    GraphRecorder,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)

ROOT = Path(__file__).resolve().parent.parent.parent
TOKEN = "metrics-s3cret-token"
CHAT_PATHS = [
    ("GET", "/chat"),
    ("GET", "/chat/static/chat.js"),
    ("GET", "/chat/static/chat.css"),
    ("GET", "/chat/poll"),
    ("GET", "/chat/events"),
    ("POST", "/chat/send"),
    ("POST", "/chat/sample/move"),
]


def defaults(**overrides: Any) -> Any:
    """Settings as an operator gets them with nothing but the app secret configured (and no
    Redis: these tests look at HTTP only)."""
    return load_settings(_env_file=None, fb_app_secret=APP_SECRET, redis_url=None, **overrides)


@pytest.mark.parametrize(("method", "path"), CHAT_PATHS)
async def test_the_dev_chat_is_not_served_unless_switched_on(method: str, path: str) -> None:
    settings = defaults()
    assert settings.dev_chat is False
    async with running_app(settings, run_worker=False) as (_, client):
        response = await client.request(method, path)
    assert response.status_code == 404


async def test_the_dev_chat_is_served_when_switched_on() -> None:
    async with running_app(defaults(dev_chat=True), run_worker=False) as (_, client):
        response = await client.get("/chat")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")


async def test_metrics_are_on_by_default_and_off_with_railbot_metrics_0() -> None:
    async with running_app(defaults(), run_worker=False) as (_, client):
        assert (await client.get("/metrics")).status_code == 200
    async with running_app(defaults(metrics_enabled=False), run_worker=False) as (_, client):
        assert (await client.get("/metrics")).status_code == 404


@pytest.mark.parametrize(
    ("authorization", "status"),
    [
        (None, 401),
        ("", 401),
        ("Bearer", 401),
        ("Bearer ", 401),
        (TOKEN, 401),
        (f"Basic {TOKEN}", 401),
        (f"Bearer {TOKEN[:-1]}", 401),
        (f"Bearer {TOKEN}x", 401),
        (f"bearer {TOKEN}", 401),
        ("Bearer tökén".encode("latin-1"), 401),
        (f"Bearer {TOKEN}", 200),
    ],
)
async def test_a_metrics_token_is_required_exactly(
    authorization: str | bytes | None, status: int
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    async with running_app(defaults(metrics_token=TOKEN), run_worker=False) as (_, client):
        response = await client.get("/metrics", headers=headers)
    assert response.status_code == status
    assert TOKEN not in response.text


async def test_metrics_carry_no_user_ids_texts_or_pnrs(graph: GraphRecorder) -> None:
    users = ["7017000000000001", "7017000000000002"]
    async with running_app(make_settings(None), responder=EchoResponder()) as (_, client):
        for n, user in enumerate(users):
            body = message_body(user, f"m_metrics_{n}", "pnr 4512345678 secret words")
            assert (
                await client.post("/webhook", content=body, headers=signed_headers(body))
            ).status_code == 200
        await graph.wait_for_messages(2)
        metrics = (await client.get("/metrics")).text
    assert "railbot_events_enqueued" in metrics
    for personal in (*users, "4512345678", "secret words", "m_metrics_"):
        assert personal not in metrics


async def test_readiness_names_the_failing_part_and_nothing_more(
    caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = make_settings("redis://:redis-passw0rd@127.0.0.1:1/0", data_dir=tmp_path)
    async with running_app(settings, run_worker=False) as (_, client):
        response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "failing": ["redis"],
        "checks": {"redis": "failing", "timetable": "ok"},
        "redis": {"master": "127.0.0.1:1"},  # where it looked: no credentials
    }
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "redis-passw0rd" not in response.text + logged


@pytest.mark.parametrize(
    ("host", "overrides", "warns"),
    [
        ("0.0.0.0", {}, True),
        ("", {}, True),
        ("203.0.113.7", {}, True),
        ("::", {}, True),
        ("127.0.0.1", {}, False),
        ("::1", {}, False),
        ("[::1]", {}, False),
        ("localhost", {}, False),
        ("0.0.0.0", {"metrics_token": TOKEN}, False),
        ("0.0.0.0", {"metrics_enabled": False}, False),
    ],
)
def test_serving_open_metrics_beyond_this_machine_is_warned_about(
    host: str, overrides: dict[str, Any], warns: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    assert warn_open_metrics(defaults(**overrides), host) is warns
    warned = [r for r in caplog.records if "/metrics is open" in r.getMessage()]
    assert len(warned) == (1 if warns else 0)


def test_the_public_deployment_keeps_metrics_off_unless_asked() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    web = compose["services"]["web"]
    assert web["ports"], "the web service faces the outside"
    assert web["environment"]["RAILBOT_METRICS"] == "${RAILBOT_METRICS:-0}"


async def test_nothing_but_the_documented_routes_answer() -> None:
    async with running_app(defaults(), run_worker=False) as (_, client):
        for path in ("/docs", "/redoc", "/admin", "/.env", "/webhook/../.env", "/static/x"):
            assert (await client.get(path)).status_code == 404, path
