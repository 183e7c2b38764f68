"""Workers that stop, cleanly or not, with real processes on a real Redis.

A worker killed (SIGKILL) in the middle of an event leaves it to the next worker, which answers
it exactly once, resuming from the outbox. A worker asked to stop (SIGTERM) while the Send API
hangs exits within `RAILBOT_SHUTDOWN_GRACE`, takes nothing new, and hands its event to the next
worker at once, which answers it exactly once.
"""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from app.constants import CONSUMER_GROUP, DEAD_LETTER_STREAM, EVENTS_STREAM
from app.messenger.events import parse_webhook
from app.queue import RedisQueue
from tests.faults.processes import ROOT, HeldGraph, Service
from tests.support.graph_server import GraphServer
from tests.support.messenger import APP_SECRET, message_body

GRACE_S = 2.0


def spawn_worker(
    mode: str, redis_url: str, graph_url: str, marker: Path
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.worker_process",
            mode,
            "--redis",
            redis_url,
            "--graph",
            graph_url,
            "--visibility",
            "1.0",
            "--marker",
            str(marker),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_until(
    condition: Callable[[], bool], process: subprocess.Popen[bytes], timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            raise AssertionError(f"worker exited early: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def kill(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)
    if process.stderr is not None:
        process.stderr.close()


async def queue_messages(redis_url: str, *texts: tuple[str, str]) -> None:
    """Queue (user, text) messages as the webhook would, from Messenger's own payloads."""
    client = aioredis.Redis.from_url(redis_url, decode_responses=True)
    try:
        queue = RedisQueue(client)
        for n, (user, text) in enumerate(texts):
            body = message_body(user, f"m_stop_{user}_{n}", text)
            await queue.enqueue(parse_webhook(json.loads(body)).events)
    finally:
        await client.aclose()


async def pending_idle_ms(redis_url: str) -> list[int]:
    """How long each entry pending at a worker has looked idle (a released one: at least the
    visibility timeout, so the next worker reclaims it at once)."""
    client = aioredis.Redis.from_url(redis_url, decode_responses=True)
    try:
        rows = await client.xpending_range(EVENTS_STREAM, CONSUMER_GROUP, "-", "+", 100)
        return [int(row["time_since_delivered"]) for row in rows]
    finally:
        await client.aclose()


async def stream_lengths(redis_url: str) -> tuple[int, int, int]:
    """Entries waiting, of which pending at a worker, and dead letters."""
    client = aioredis.Redis.from_url(redis_url, decode_responses=True)
    try:
        stats = await RedisQueue(client).stats()
        return stats.length, stats.pending, int(await client.xlen(DEAD_LETTER_STREAM))
    finally:
        await client.aclose()


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["block", "answer"], ids=["while-thinking", "between-messages"])
async def test_a_worker_killed_mid_event_still_answers_exactly_once(
    clean_redis: str, tmp_path: Path, mode: str
) -> None:
    await queue_messages(clean_redis, ("7004000000000001", "pnr 4512345678"))
    marker = tmp_path / "holding"
    with GraphServer(hold="HOLD" if mode == "answer" else None) as graph:
        first = spawn_worker(mode, clean_redis, graph.url, marker)
        try:
            if mode == "block":
                await asyncio.to_thread(wait_until, marker.exists, first, 30)
            else:
                await asyncio.to_thread(wait_until, lambda: bool(graph.held), first, 30)
                assert graph.texts() == ["part one for pnr 4512345678"]
        finally:
            kill(first)  # SIGKILL: no cleanup, the entry stays pending, the lock stays taken
        second = spawn_worker("answer", clean_redis, graph.url, marker)
        try:
            await asyncio.to_thread(wait_until, lambda: len(graph.messages) >= 2, second, 30)
            await asyncio.sleep(1.5)  # time enough for any duplicate to show up
            assert graph.texts() == ["part one for pnr 4512345678", "part two HOLD"]
            assert (await stream_lengths(clean_redis))[0] == 0
        finally:
            kill(second)


VISIBILITY_S = 120


def worker_service(redis_url: str, graph: HeldGraph, workdir: Path) -> Service:
    """`python -m app worker` as deployed, with a short grace and a visibility timeout far
    longer than the test (an event reaches the next worker only if it is released to it)."""
    return Service(
        {
            "REDIS_URL": redis_url,
            "FB_APP_SECRET": APP_SECRET,
            "FB_PAGE_ACCESS_TOKEN": "EAAstop-token",
            "FB_GRAPH_URL": graph.url,
            "RAILBOT_SHUTDOWN_GRACE": str(GRACE_S),
            "RAILBOT_VISIBILITY_TIMEOUT": str(VISIBILITY_S),
            "RAILBOT_ALERTS": "0",
            "RAILBOT_DATA_DIR": str(workdir / "data"),
        },
        workdir,
        command=("worker", "--concurrency", "4"),
    )


async def until(
    condition: Callable[[], bool], service: Service | None, timeout: float, what: str
) -> None:
    """Until `condition` holds, while `service` (if given) keeps running."""
    deadline = time.monotonic() + timeout
    while not condition():
        if service is not None:
            assert service.process.poll() is None, service.log()[-3000:]
        assert time.monotonic() < deadline, f"timed out waiting: {what}"
        await asyncio.sleep(0.05)


@pytest.mark.slow
@pytest.mark.timeout(90)
async def test_a_worker_stopped_while_the_send_api_hangs_exits_in_its_grace_and_the_next_answers(
    clean_redis: str, tmp_path: Path
) -> None:
    user, later = "7004000000000002", "7004000000000003"
    with HeldGraph() as graph:
        graph.hold()  # the Send API takes the request and never answers
        first = worker_service(clean_redis, graph, tmp_path)
        try:
            await queue_messages(clean_redis, (user, "hi"))
            await until(lambda: graph.waiting == 1, first, 30, "the send to hang")
            first.process.send_signal(signal.SIGTERM)
            stopping = time.monotonic()
            await queue_messages(clean_redis, (later, "hello"))  # arrives while it stops
            code = await asyncio.to_thread(first.process.wait, 30)
            stopped_in = time.monotonic() - stopping
        finally:
            first.stop()
        assert code == 0, first.log()[-3000:]
        assert stopped_in < GRACE_S + 2.0, f"took {stopped_in:.1f} s to stop"
        await until(lambda: len(graph.abandoned) == 1, None, 10, "the hung send to be dropped")
        assert graph.messages == []
        assert "released to other workers" in first.log()
        # The new event arrived as it stopped: never acted on (Redis may have handed it to the
        # stopping worker's last read, and then it was released with the other).
        assert graph.requests_to(later) == []
        waiting, _, _ = await stream_lengths(clean_redis)
        assert waiting == 2
        assert all(idle >= VISIBILITY_S * 1000 for idle in await pending_idle_ms(clean_redis))

        graph.release()
        second = worker_service(clean_redis, graph, tmp_path)
        try:
            await until(lambda: len(graph.messages) == 2, second, 30, "both answers")
            await asyncio.sleep(1.0)  # time enough for any duplicate to show up
        finally:
            second.stop()
        assert sorted(graph.recipients()) == sorted([user, later])
        assert await stream_lengths(clean_redis) == (0, 0, 0)
        assert "EAAstop-token" not in first.log() + second.log()
