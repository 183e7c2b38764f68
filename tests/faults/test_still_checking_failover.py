"""The "still checking" line across a real Redis failover: said at most once for an event.

Real processes: a master and its replica (tests.faults.processes.RedisServer), the worker's job
(`MessengerDelivery`) over them with one replica required, as under Sentinel. A question waits
for the provider's call budget, so the job says "still checking" before its answer; the first
run fails after the wait (the answer is computed again by the next run). Then the master is
killed and its replica promoted (`REPLICAOF NO ONE`, what Sentinel does), with a replica of its
own, and the next run takes the event up there.

- Replica in step when the line is marked: the mark reaches the promoted master, and the next
  run there does not say the line again.
- Replica cut off (a partition) when the line is marked: the mark reaches the old master alone
  and could not be confirmed (WAIT), so the line is not said; the promoted master never had the
  mark, and the next run says it there, once. Marked with a plain SET NX and said at once (as
  before), the line would be said on both masters: twice.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from app.bot.incoming import Incoming
from app.bot.replies import Reply
from app.constants import EVENTS_STREAM
from app.errors import NotReplicated
from app.messenger.delivery import MessengerDelivery
from app.messenger.send import Sender
from app.queue import Delivery, NewEvent, RedisQueue
from app.railways.budget import CallBudget, Limits, MemoryLedger
from app.store import RedisStore
from tests.faults.processes import RedisServer
from tests.support.messenger import GRAPH_URL, PAGE_TOKEN, EchoResponder, GraphRecorder

USER = "7013000000000077"
STILL = "⏳ Still checking"


class WaitsThenFailsOnce(EchoResponder):
    """A question that waits for the provider's call budget (the minute's one call spent, the
    next 10 s away; a real pause of `pause` seconds stands for the wait); its first run fails
    after the wait."""

    def __init__(self, pause: float = 0.6) -> None:
        super().__init__()
        self.now = 1_000.0
        self.runs = 0

        async def sleep(seconds: float) -> None:
            await asyncio.sleep(pause)
            self.now += seconds

        ledger = MemoryLedger(clock=lambda: self.now)
        self.budget = CallBudget(
            "railradar", Limits(1, None), ledger, window_s=10.0, clock=lambda: self.now,
            sleep=sleep,
        )  # fmt: skip

    async def respond(self, incoming: Incoming) -> list[Reply]:
        self.runs += 1
        await self.budget.spend()
        await self.budget.spend()  # waits for the next minute's call
        if self.runs == 1:
            raise RuntimeError("the answer failed after its wait")
        return await super().respond(incoming)


def in_sync(server: RedisServer) -> bool:
    import redis

    client = redis.Redis.from_url(server.url, socket_connect_timeout=0.5, decode_responses=True)
    try:
        info = client.info("replication")
    except redis.RedisError:
        return False
    finally:
        client.close()
    return info.get("role") == "slave" and info.get("master_link_status") == "up"


async def until(condition: object, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting: {what}"
        await asyncio.sleep(0.05)


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[list[RedisServer]]:
    started: list[RedisServer] = []
    yield started
    for server in started:
        server.kill()


async def replicated_pair(
    tmp_path: Path, servers: list[RedisServer], name: str, master: RedisServer | None = None
) -> tuple[RedisServer, RedisServer]:
    if master is None:
        master = RedisServer(tmp_path / f"{name}-master")
        master.start()
        servers.append(master)
    replica = RedisServer(tmp_path / f"{name}-replica", replica_of=master.port)
    replica.start()
    servers.append(replica)
    await until(lambda: in_sync(replica), "the replica in step")
    return master, replica


async def run_job(
    url: str, graph: GraphRecorder, delivery: Delivery, attempt: int, responder: EchoResponder
) -> str:
    client = aioredis.Redis.from_url(url, decode_responses=True)
    store = RedisStore(client, min_replicas=1)
    sender = Sender(GRAPH_URL, PAGE_TOKEN, store=store, backoff_base_s=0.01)
    job = MessengerDelivery(store, sender, responder, still_checking_after_s=0.2)
    try:
        return await asyncio.wait_for(job(delivery, attempt), 20)
    finally:
        await sender.aclose()
        await client.aclose()


async def promote(replica: RedisServer) -> None:
    client = aioredis.Redis.from_url(replica.url, decode_responses=True)
    try:
        await client.execute_command("REPLICAOF", "NO", "ONE")
    finally:
        await client.aclose()


async def an_event_on(master: RedisServer, replica: RedisServer) -> Delivery:
    """One question queued on `master`, held by a worker, and on `replica` too."""
    client = aioredis.Redis.from_url(master.url, decode_responses=True)
    try:
        queue = RedisQueue(client)
        data = {"kind": "message", "user": USER, "ts": 1_795_000_000_000, "text": "12627 kahan"}
        await queue.enqueue([NewEvent("m1", USER, json.dumps(data))])
        (delivery,) = await queue.read("w", 10, 100)
        await client.wait(1, 5000)
    finally:
        await client.aclose()
    return delivery


@pytest.mark.slow
@pytest.mark.timeout(120)
@pytest.mark.parametrize("replica_cut_off", [False, True], ids=["in-step", "cut-off"])
async def test_still_checking_is_said_once_across_a_failover(
    tmp_path: Path, servers: list[RedisServer], graph: GraphRecorder, replica_cut_off: bool
) -> None:
    master, replica = await replicated_pair(tmp_path, servers, "first")
    delivery = await an_event_on(master, replica)
    responder = WaitsThenFailsOnce()
    if replica_cut_off:
        # Cut off from its master (a partition): nothing written from now on reaches it. (A
        # replica stopped with SIGSTOP would still read what its socket buffered once resumed.)
        await promote(replica)
    with pytest.raises((RuntimeError, NotReplicated)):
        await run_job(master.url, graph, delivery, 1, responder)
    said_before = [text for text in graph.texts_to(USER) if text.startswith(STILL)]
    assert len(said_before) == (0 if replica_cut_off else 1)
    master.kill()  # the master dies; Sentinel promotes its replica
    await promote(replica)
    await replicated_pair(tmp_path, servers, "second", master=replica)  # and gives it one
    check = aioredis.Redis.from_url(replica.url, decode_responses=True)
    try:
        assert await check.xlen(EVENTS_STREAM) == 1  # the event survived, its mark only if WAITed
    finally:
        await check.aclose()
    assert await run_job(replica.url, graph, delivery, 2, responder) == "answered"
    said = graph.texts_to(USER)
    assert len([text for text in said if text.startswith(STILL)]) == 1, said
    assert said[-1] == "echo: 12627 kahan", said
    assert len(said) == 2, said
