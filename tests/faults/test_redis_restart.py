"""Redis killed and restarted under a running service while Facebook keeps delivering.

A private redis-server (append-only, `appendfsync always`: see `RedisServer` for why that is the
persistence to configure) backs the real service, `python -m app serve` with its embedded worker.
Signed events flow in continuously, each from its own user. The Send API holds its answers for a
moment so that acknowledged events are waiting in the stream, and some sends are in the air,
when Redis is killed with SIGKILL. While Redis is down the webhook answers 503 (and Facebook
delivers those events again later) and readiness names Redis; after the restart it answers 200
again, and every event that ever got a 200 is answered exactly once.

A worker process killed in the middle of an event (reclaimed by another, answered once) is
covered with real processes and SIGKILL by
`tests/test_worker.py::test_a_worker_killed_mid_event_still_answers_exactly_once`.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import redis.asyncio as aioredis
import yaml

from app.constants import DEAD_LETTER_STREAM, EVENTS_STREAM
from tests.faults.processes import ROOT, HeldGraph, RedisServer, Service
from tests.support.messenger import APP_SECRET, message_body, signed_headers

POSTERS = 4


class Facebook:
    """Delivers one new event after another from several connections, remembering which got a
    200 and which must be delivered again."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.statuses: dict[int, list[int]] = {}
        self.next_event = 0
        self._running = True

    @staticmethod
    def user(n: int) -> str:
        return f"70100{n:011d}"

    @property
    def acknowledged(self) -> set[int]:
        return {n for n, seen in self.statuses.items() if 200 in seen}

    def refused(self, since: int = 0) -> set[int]:
        return {n for n, seen in self.statuses.items() if n >= since and seen and 200 not in seen}

    async def deliver(self, n: int) -> int:
        body = message_body(self.user(n), f"m_fault_{n}", "hi", 1_795_000_000_000 + n)
        try:
            response = await self.client.post(
                "/webhook", content=body, headers=signed_headers(body)
            )
            status = response.status_code
        except httpx.TransportError:
            status = 0  # no answer at all: Facebook retries that too
        self.statuses.setdefault(n, []).append(status)
        return status

    async def flow(self) -> None:
        async def poster() -> None:
            while self._running:
                n = self.next_event
                self.next_event += 1
                await self.deliver(n)
                await asyncio.sleep(0.01)

        await asyncio.gather(*(poster() for _ in range(POSTERS)))

    def stop(self) -> None:
        self._running = False

    async def redeliver_refused(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while refused := self.refused():
            assert time.monotonic() < deadline, f"never acknowledged: {sorted(refused)}"
            for n in sorted(refused):
                await self.deliver(n)


async def until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting: {what}"
        await asyncio.sleep(0.02)


async def wait_healthy(url: str, service: Service, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient() as client:
        while True:
            assert service.process.poll() is None, service.log()[-3000:]
            try:
                if (await client.get(f"{url}/healthz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the service never answered"
            await asyncio.sleep(0.1)


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
