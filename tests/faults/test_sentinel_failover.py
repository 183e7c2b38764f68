"""The Redis master killed under a running service, and Sentinel promoting its replica, while
Facebook keeps delivering.

Real processes only: a master and a replica (append-only, `appendfsync always`), three Sentinels
(`redis-server --sentinel`) watching them under the name `railbot`, and the service
(`python -m app serve`, with its embedded worker) finding the master through the Sentinels, with
the default `RAILBOT_MIN_REPLICAS` of 1 under Sentinel. Signed events flow in continuously, each
from a user of its own; the Send API holds its answers for a moment so that acknowledged events
wait in the stream and sends are in the air when the master dies.

Just before, the replica stalls (SIGSTOP): events keep reaching the master but no replica, which
is what asynchronous replication loses in a failover. The webhook must answer those 503 (Facebook
delivers them again) and the worker must not answer them (it would answer again after the
switch, the master's records of it being lost): one it took up on the old master and still
holds once the promoted master, which never had it, is in use is dropped (its writes there are
refused: EntryGone). Nor may the worker send an answer it kept on the master alone (its write
raised NotReplicated) when it takes an event up again: that record could be lost in the switch,
and the event answered again. Then the master is killed with SIGKILL, the replica wakes and
is promoted, and the sends in the air are answered: each is recorded as sent once the new
master and its replica hold the record, its event never taken up again in between (a store read
failing between a send and its record once had a few answers sent twice). Until the promoted
master has a replica of its own the webhook answers 503 and readiness names Redis; the old
master comes back, as a restarted pod would, and Sentinel makes it the new master's replica.
Then every event that ever got a 200 has been answered exactly once, those refused are answered
once after Facebook delivers them again, and readiness reports the promoted master.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
import redis.asyncio as aioredis

from app.constants import DEAD_LETTER_STREAM, EVENTS_STREAM
from tests.faults.processes import HeldGraph, RedisServer, Sentinels, Service
from tests.faults.traffic import Facebook, until, wait_healthy
from tests.support.messenger import APP_SECRET


def replica_in_sync(server: RedisServer) -> bool:
    import redis

    client = redis.Redis.from_url(server.url, socket_connect_timeout=0.5, decode_responses=True)
    try:
        info = client.info("replication")
    except redis.RedisError:
        return False
    finally:
        client.close()
    return info.get("role") == "slave" and info.get("master_link_status") == "up"


async def readiness(client: httpx.AsyncClient) -> tuple[int, dict[str, object]]:
    response = await client.get("/readyz")
    body: dict[str, object] = response.json()
    return response.status_code, body


async def until_unready(client: httpx.AsyncClient, what: str, timeout: float = 20) -> None:
    """Until readiness fails, naming Redis (and nothing else)."""
    deadline = time.monotonic() + timeout
    while True:
        status, body = await readiness(client)
        if status == 503:
            assert body["failing"] == ["redis"], body
            return
        assert time.monotonic() < deadline, f"timed out waiting: {what}"
        await asyncio.sleep(0.2)


@pytest.mark.slow
@pytest.mark.timeout(480)
async def test_every_acknowledged_event_is_answered_once_across_a_sentinel_failover(
    tmp_path: Path,
) -> None:
    await failover(tmp_path)


async def failover(tmp_path: Path) -> None:
    master = RedisServer(tmp_path / "master")
    master.start()
    replica = RedisServer(tmp_path / "replica", replica_of=master.port)
    replica.start()
    sentinels = Sentinels(tmp_path, master)
    try:
        deadline = time.monotonic() + 30
        while not replica_in_sync(replica):
            assert time.monotonic() < deadline, "the replica never synced"
            await asyncio.sleep(0.1)
        sentinels.start()
        await asyncio.to_thread(sentinels.wait_watching, 1)
        with HeldGraph() as graph:
            service = Service(
                {
                    "REDIS_SENTINELS": sentinels.addresses,
                    "REDIS_SENTINEL_MASTER": "railbot",
                    "FB_APP_SECRET": APP_SECRET,
                    "FB_PAGE_ACCESS_TOKEN": "EAAsentinel-token",
                    "FB_GRAPH_URL": graph.url,
                    "RAILBOT_VISIBILITY_TIMEOUT": "2",
                    "RAILBOT_DATA_DIR": str(tmp_path / "data"),
                },
                tmp_path,
            )
            try:
                await wait_healthy(service.url, service)
                async with httpx.AsyncClient(base_url=service.url, timeout=30) as client:
                    status, body = await readiness(client)
                    assert status == 200, body
                    assert body["redis"] == {
                        "master": f"127.0.0.1:{master.port}",
                        "role": "master",
                        "sentinel_master": "railbot",
                        "replicas": 1,
                        "replicas_required": 1,
                    }
                    facebook = Facebook(client)
                    flowing = asyncio.create_task(facebook.flow())

                    await until(lambda: len(graph.messages) >= 5, 30, "first answers")
                    graph.hold()  # what is acknowledged now waits in the stream
                    held_from = facebook.next_event
                    await until(
                        lambda: len({n for n in facebook.acknowledged if n >= held_from}) >= 10,
                        30,
                        "a backlog of acknowledged events",
                    )
                    replica.pause()  # from here, writes reach the master alone
                    stalled_from = facebook.next_event
                    await until(lambda: len(facebook.refused(stalled_from)) >= 3, 30, "503s")
                    await until_unready(client, "readiness to see the stalled replica")
                    unreplicated = facebook.refused(stalled_from)
                    master.kill()
                    replica.resume()
                    down_from = facebook.next_event
                    await asyncio.sleep(0.5)
                    assert graph.waiting > 0  # sends in the air complete after the kill
                    graph.release()

                    await asyncio.to_thread(sentinels.wait_master, replica.port, 60)
                    await until(lambda: len(facebook.refused(down_from)) >= 3, 60, "503s")
                    await until_unready(client, "readiness without a replica")
                    master.start()  # restarted, as a pod would be; Sentinel makes it a replica

                    up_from = facebook.next_event
                    await until(
                        lambda: len({n for n in facebook.acknowledged if n >= up_from}) >= 10,
                        90,
                        "200s again once the new master has a replica",
                    )
                    facebook.stop()
                    await flowing
                    await facebook.redeliver_refused()

                    status, body = await readiness(client)
                    assert status == 200, body
                    # The promoted replica, unless a busy machine made the Sentinels switch back.
                    in_use = await asyncio.to_thread(sentinels.master_port)
                    assert body["redis"] == {
                        "master": f"127.0.0.1:{in_use}",
                        "role": "master",
                        "sentinel_master": "railbot",
                        "replicas": 1,
                        "replicas_required": 1,
                    }
                    acknowledged = {facebook.user(n) for n in facebook.acknowledged}
                    await until(lambda: acknowledged <= set(graph.recipients()), 90, "answers")
                    await asyncio.sleep(2.0)  # time enough for any duplicate to show up
                    answers = Counter(graph.recipients())
            finally:
                service.stop()
        check = aioredis.Redis.from_url(replica.url, decode_responses=True)
        try:
            left = await check.xlen(EVENTS_STREAM)
            dead = await check.xlen(DEAD_LETTER_STREAM)
        finally:
            await check.aclose()
    finally:
        sentinels.stop()
        master.kill()
        replica.kill()
    assert facebook.refused() == set()
    assert {facebook.user(n) for n in unreplicated} <= acknowledged  # delivered again, answered
    assert set(answers) == acknowledged
    assert {user: count for user, count in answers.items() if count != 1} == {}
    assert (left, dead) == (0, 0)
    assert "EAAsentinel-token" not in service.log()
