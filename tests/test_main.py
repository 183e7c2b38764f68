"""The wiring: app assembly, operations endpoints, and the parts each process runs."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import respx

from app.main import create_app
from app.queue import MemoryQueue, RedisQueue
from tests.support.messenger import (
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
