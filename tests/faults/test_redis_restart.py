"""Redis killed and restarted under a running service while Facebook keeps delivering.

A private redis-server (append-only, `appendfsync always`: see `RedisServer` for why that is the
persistence to configure) backs the real service, `python -m app serve` with its embedded worker.
Signed events flow in continuously, each from its own user. The Send API holds its answers for a
moment so that acknowledged events are waiting in the stream, and some sends are in the air,
when Redis is killed with SIGKILL. While Redis is down the webhook answers 503 (and Facebook
delivers those events again later) and readiness names Redis; after the restart it answers 200
again, and every event that ever got a 200 is answered exactly once.

A worker process killed in the middle of an event (reclaimed by another, answered once), or
stopped while the Send API hangs, is covered with real processes in `test_worker_stops.py`; a
Sentinel failover under the same traffic in `test_sentinel_failover.py`.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
import redis.asyncio as aioredis
import yaml

from app.constants import DEAD_LETTER_STREAM, EVENTS_STREAM
from tests.faults.processes import ROOT, HeldGraph, RedisServer, Service
from tests.faults.traffic import Facebook, until, wait_healthy
from tests.support.messenger import APP_SECRET, message_body, signed_headers


@pytest.mark.slow
@pytest.mark.timeout(180)
async def test_every_acknowledged_event_is_answered_once_across_a_redis_restart(
    tmp_path: Path,
) -> None:
    redis_server = RedisServer(tmp_path / "redis")
    redis_server.start()
    try:
        with HeldGraph() as graph:
            service = Service(
                {
                    "REDIS_URL": redis_server.url,
                    "FB_APP_SECRET": APP_SECRET,
                    "FB_PAGE_ACCESS_TOKEN": "EAAfault-token",
                    "FB_GRAPH_URL": graph.url,
                    "RAILBOT_VISIBILITY_TIMEOUT": "2",
                    "RAILBOT_DATA_DIR": str(tmp_path / "data"),
                },
                tmp_path,
            )
            try:
                await wait_healthy(service.url, service)
                async with httpx.AsyncClient(base_url=service.url, timeout=30) as client:
                    facebook = Facebook(client)
                    flowing = asyncio.create_task(facebook.flow())

                    # Events flow and are answered.
                    await until(lambda: len(graph.messages) >= 5, 30, "first answers")

                    # Answers are held: what is acknowledged now waits in the stream.
                    graph.hold()
                    held_from = facebook.next_event
                    await until(
                        lambda: len({n for n in facebook.acknowledged if n >= held_from}) >= 10,
                        30,
                        "a backlog of acknowledged events",
                    )
                    redis_server.kill()
                    down_from = facebook.next_event
                    await asyncio.sleep(0.5)
                    # The sends in the air complete while Redis is down.
                    assert graph.waiting > 0
                    graph.release()
                    await until(lambda: len(facebook.refused(down_from)) >= 3, 60, "503s")
                    assert 503 in {
                        s for n in facebook.refused(down_from) for s in facebook.statuses[n]
                    }
                    readiness = await client.get("/readyz")
                    assert readiness.status_code == 503
                    assert readiness.json()["failing"] == ["redis"]

                    redis_server.start()
                    up_from = facebook.next_event
                    await until(
                        lambda: len({n for n in facebook.acknowledged if n >= up_from}) >= 10,
                        60,
                        "200s again after the restart",
                    )
                    facebook.stop()
                    await flowing
                    await facebook.redeliver_refused()
                    assert (await client.get("/readyz")).status_code == 200

                    acknowledged = {facebook.user(n) for n in facebook.acknowledged}
                    await until(lambda: acknowledged <= set(graph.recipients()), 90, "every answer")
                    await asyncio.sleep(1.5)  # time enough for any duplicate to show up
                    answers = Counter(graph.recipients())

                    # Nobody whose event was in the air at the kill is stuck: each writes again
                    # and is answered again.
                    in_the_air = sorted(
                        {facebook.user(n) for n in range(held_from, down_from)} & acknowledged
                    )
                    assert in_the_air
                    for n, user in enumerate(in_the_air):
                        body = message_body(user, f"m_again_{n}", "help", 1_795_000_100_000)
                        again = await client.post(
                            "/webhook", content=body, headers=signed_headers(body)
                        )
                        assert again.status_code == 200
                    await until(
                        lambda: all(Counter(graph.recipients())[u] == 2 for u in in_the_air),
                        30,
                        "answers to the second messages",
                    )
            finally:
                stopping = time.monotonic()
                exit_code = service.stop()
                stopped_in = time.monotonic() - stopping
    finally:
        check = aioredis.Redis.from_url(redis_server.url, decode_responses=True)
        try:
            left = await check.xlen(EVENTS_STREAM)
            dead = await check.xlen(DEAD_LETTER_STREAM)
        finally:
            await check.aclose()
            redis_server.kill()
    assert exit_code in (0, -signal.SIGTERM), service.log()[-3000:]
    assert "unfinished" not in service.log()  # every task ended, none hung on a dead connection
    assert stopped_in < 10
    assert set(answers) == acknowledged
    duplicated = {user: count for user, count in answers.items() if count != 1}
    assert duplicated == {}
    assert (left, dead) == (0, 0)
    assert "EAAfault-token" not in service.log()


def test_the_compose_redis_persists_every_write_before_acknowledging_it() -> None:
    """The persistence the test above relies on is the one the deployment configures."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    command = compose["services"]["redis"]["command"]
    assert command[command.index("--appendonly") + 1] == "yes"
    assert command[command.index("--appendfsync") + 1] == "always"
