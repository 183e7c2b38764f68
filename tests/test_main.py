"""The wiring: app assembly, operations endpoints, and the serve/worker commands."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
import respx

from app.__main__ import main as cli
from app.errors import ConfigurationError
from app.main import create_app, serve, worker
from app.messenger.signature import sign
from app.queue import MemoryQueue, RedisQueue
from tests.support.graph_server import GraphServer
from tests.support.messenger import (
    APP_SECRET,
    GraphRecorder,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def graph() -> Iterator[GraphRecorder]:
    with respx.mock(assert_all_called=False) as router:
        yield GraphRecorder(router)


async def test_healthz_is_always_200() -> None:
    async with running_app(make_settings(None), run_worker=False) as (_, client):
        response = await client.get("/healthz")
    assert response.status_code == 200


async def test_readyz_checks_redis_and_registered_parts(clean_redis: str) -> None:
    healthy = True

    async def data_store() -> bool:
        return healthy

    settings = make_settings(clean_redis)
    async with running_app(settings, run_worker=False, checks={"data": data_store}) as (
        app,
        client,
    ):
        ok = await client.get("/readyz")
        healthy = False
        failing = await client.get("/readyz")

        async def exploding() -> bool:
            raise RuntimeError("disk gone")

        app.state.readiness.register("alerts", exploding)
        both = await client.get("/readyz")
    assert ok.status_code == 200
    checks = {"redis": "ok", "timetable": "ok", "data": "ok"}
    body = ok.json()
    server = urlsplit(clean_redis)
    found = body.pop("redis")
    assert found["master"] == f"{server.hostname}:{server.port}"  # the server in use
    assert (found["role"], found["replicas_required"]) == ("master", 0)
    assert body == {"status": "ok", "failing": [], "checks": checks}
    assert failing.status_code == 503
    assert failing.json()["failing"] == ["data"]
    assert both.json()["failing"] == ["alerts", "data"]


async def test_readyz_names_redis_when_it_is_down() -> None:
    async with running_app(make_settings("redis://127.0.0.1:1/0"), run_worker=False) as (_, c):
        response = await c.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"redis": "failing", "timetable": "ok"}


async def test_metrics_show_webhook_counters_and_queue_gauges(clean_redis: str) -> None:
    body = message_body("7005000000000001", "m_metrics_1", "hi")
    async with running_app(make_settings(clean_redis), run_worker=False) as (_, client):
        await client.post("/webhook", content=body, headers=signed_headers(body))
        await client.post("/webhook", content=body, headers=signed_headers(body))
        response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert "railbot_events_received_total" in text
    assert "railbot_events_deduplicated_total" in text
    assert 'railbot_webhook_requests_total{status="200"}' in text
    assert "railbot_queue_length 1.0" in text
    assert "railbot_queue_lag 1.0" in text
    assert "railbot_queue_pending 0.0" in text
    assert "railbot_send_api_calls" in text or "railbot_upstream_seconds" in text


async def test_metrics_need_the_bearer_token_when_one_is_set() -> None:
    settings = make_settings(None, metrics_token="s3cret-metrics")
    async with running_app(settings, run_worker=False) as (_, client):
        missing = await client.get("/metrics")
        wrong = await client.get("/metrics", headers={"Authorization": "Bearer nope"})
        right = await client.get("/metrics", headers={"Authorization": "Bearer s3cret-metrics"})
    assert missing.status_code == 401
    assert wrong.status_code == 401
    assert right.status_code == 200


async def test_metrics_can_be_switched_off() -> None:
    async with running_app(make_settings(None, metrics_enabled=False), run_worker=False) as (
        _,
        client,
    ):
        assert (await client.get("/metrics")).status_code == 404


async def test_the_default_responder_is_the_railbot_conversation(graph: GraphRecorder) -> None:
    body = message_body("7005000000000002", "m_help_1", "namaste")
    async with running_app(make_settings(None)) as (_, client):
        await client.post("/webhook", content=body, headers=signed_headers(body))
        await graph.wait_for_messages(1)
    [greeting] = graph.texts_to("7005000000000002")
    assert greeting.startswith("Namaste!") and "RailBot" in greeting


async def test_the_twins_are_used_without_redis_url_and_redis_with_it(clean_redis: str) -> None:
    memory = create_app(make_settings(None))
    real = create_app(make_settings(clean_redis))
    assert isinstance(memory.state.services.queue, MemoryQueue)
    assert isinstance(real.state.services.queue, RedisQueue)
    await real.state.services.aclose()


def test_serve_without_a_worker_needs_redis() -> None:
    with pytest.raises(ConfigurationError):
        serve(make_settings(None), "127.0.0.1", 0, with_worker=False)


def test_a_standalone_worker_needs_redis() -> None:
    with pytest.raises(ConfigurationError):
        worker(make_settings(None), None)


def test_the_cli_reports_configuration_errors_with_exit_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert cli(["serve", "--no-worker"]) == 2
    assert "REDIS_URL" in capsys.readouterr().err
    monkeypatch.setenv("FB_APP_SECRET", "  ")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    assert cli(["serve", "--no-worker"]) == 2
    assert "FB_APP_SECRET" in capsys.readouterr().err


# --- real processes ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def process_env(redis_url: str, graph_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FB_", "RAILBOT_"))}
    env.update(
        {
            "REDIS_URL": redis_url,
            "FB_APP_SECRET": APP_SECRET,
            "FB_PAGE_ACCESS_TOKEN": "EAAprocess-token",
            "FB_VERIFY_TOKEN": "verify",
            "FB_GRAPH_URL": graph_url,
            "RAILBOT_VISIBILITY_TIMEOUT": "2",
        }
    )
    return env


def start(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        env={**env, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def finish(process: subprocess.Popen[bytes], timeout: float = 20) -> tuple[int, str]:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    code = process.wait(timeout=timeout)
    stderr = ""
    if process.stderr is not None:
        stderr = process.stderr.read().decode()
        process.stderr.close()
    return code, stderr


async def wait_http(url: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient() as client:
        while True:
            try:
                if (await client.get(url)).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"{url} never answered")
            await asyncio.sleep(0.1)


@pytest.mark.slow
async def test_web_and_worker_processes_answer_a_signed_delivery(
    clean_redis: str, tmp_path: Path
) -> None:
    """`serve --no-worker` acknowledges, a separate `worker` answers, both stop on SIGTERM."""
    with GraphServer() as graph:
        env = process_env(clean_redis, graph.url)
        port = free_port()
        web = start(["serve", "--no-worker", "--port", str(port)], env, tmp_path)
        consumer = start(["worker", "--concurrency", "4"], env, tmp_path)
        try:
            await wait_http(f"http://127.0.0.1:{port}/healthz")
            body = message_body("7005000000000003", "m_proc_1", "12627 kaha hai")
            headers = {"X-Hub-Signature-256": sign(APP_SECRET.encode(), body)}
            async with httpx.AsyncClient() as client:
                response = await client.post(
                    f"http://127.0.0.1:{port}/webhook", content=body, headers=headers
                )
                ready = await client.get(f"http://127.0.0.1:{port}/readyz")
            assert response.status_code == 200
            assert ready.status_code == 200
            deadline = time.monotonic() + 20
            while not graph.messages and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
            [answer] = graph.texts()  # offline only: live status needs a live provider
            assert "live railway data provider" in answer
        finally:
            web_code, web_log = finish(web)
            worker_code, worker_log = finish(consumer)
    assert web_code in (0, -signal.SIGTERM), web_log  # uvicorn re-raises the signal it handled
    assert "Application shutdown complete" in web_log
    assert worker_code == 0, worker_log
    assert "EAAprocess-token" not in web_log + worker_log
    assert "worker stopped" in worker_log


async def test_a_running_worker_learns_stations_from_a_reimported_timetable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    import app.main as wiring
    from app.railways.importer import run_import

    monkeypatch.setattr(wiring, "TIMETABLE_RECHECK_S", 0.05)
    stations = tmp_path / "stations.json"
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [75.1, 22.1]},
        "properties": {"code": "QQXZ", "name": "Quixotic Halt", "state": "MP", "zone": "WR"},
    }
    stations.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    services = wiring.build_services(make_settings(None, data_dir=tmp_path / "data"))
    try:
        assert services.index is not None and services.index.get("QQXZ") is None
        async with wiring.watch_timetable(services):
            settings = services.settings
            await asyncio.to_thread(
                run_import,
                settings.store_path,
                stations=str(stations),
                trains=None,
                schedules=None,
                progress=None,
            )
            deadline = time.monotonic() + 10
            while services.index.get("QQXZ") is None and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
        station = services.index.get("QQXZ")
        assert station is not None and station.name == "Quixotic Halt"
        assert services.index.resolve("quixotic halt") == ["QQXZ"]
    finally:
        await services.aclose()
