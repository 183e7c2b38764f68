"""Whether a worker process runs here: the mark its heartbeat keeps, and the check that reads it.

A worker serves no HTTP, so its container's health check (`python -m app worker --check`) asks
Redis instead: a worker on this host (this container, this pod) has refreshed its mark within
`WORKER_ALIVE_TTL_S`, which it can only do while its loops run and Redis answers it. The check
imports little, so that running it every few seconds costs next to nothing.
"""

from __future__ import annotations

import asyncio
import socket
import sys
from typing import Final

from redis.exceptions import RedisError

from app.config import Settings
from app.constants import WORKER_ALIVE_PREFIX, WORKER_ALIVE_TTL_S
from app.redis_client import build_redis

CHECK_TIMEOUT_S: Final = 4.0


def alive_key(host: str | None = None) -> str:
    """The key under which the worker processes of `host` (this one by default) say they run."""
    return WORKER_ALIVE_PREFIX + (host or socket.gethostname())


def check(settings: Settings) -> int:
    """0 when a worker on this host marked lately that it runs, else 1; a line on either."""
    try:
        holder = asyncio.run(_read_mark(settings))
    except (RedisError, OSError, TimeoutError) as exc:
        print(f"railbot: Redis does not answer: {type(exc).__name__}", file=sys.stderr)
        return 1
    if holder is None:
        print(
            f"railbot: no worker on this host has said within {WORKER_ALIVE_TTL_S} s that it runs",
            file=sys.stderr,
        )
        return 1
    print(f"worker {holder} runs")
    return 0


async def _read_mark(settings: Settings) -> str | None:
    redis = build_redis(settings)
    if redis is None:
        raise OSError("no REDIS_URL or REDIS_SENTINELS: workers need Redis")
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_S):
            value = await redis.client.get(alive_key())
    finally:
        await redis.aclose()
    return str(value) if value is not None else None
