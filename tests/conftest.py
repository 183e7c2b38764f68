"""Shared fixtures: a real Redis (started when none answers), the shared CC0 data, a clock."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest
import redis
import redis.asyncio as aioredis

from app.store import MemoryStore, RedisStore, Store

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _answers(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=0.5).ping())
    except redis.RedisError:
        return False


@pytest.fixture(autouse=True)
def graph_over_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process tests mock the Graph API with respx, which stands in for httpx's own transport:
    the Sender gets that one here. Its keep-alive transport is tested against a real server
    (tests/messenger/test_keepalive.py) and carries every process-level test's Send API calls."""
    monkeypatch.setattr(
        "app.messenger.send.graph_client",
        lambda timeout: httpx.AsyncClient(timeout=timeout),
    )


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """The test Redis. Started locally when nothing answers; a failure, not a skip, without it."""
    if _answers(REDIS_URL):
        yield REDIS_URL
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail(f"no Redis answers at {REDIS_URL} and redis-server is not installed")
    parsed = urlparse(REDIS_URL)
    port = parsed.port or 6379
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            pytest.fail(f"port {port} is taken by something that is not Redis")
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not _answers(REDIS_URL):
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("redis-server did not start")
        time.sleep(0.05)
    yield REDIS_URL
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def clean_redis(redis_url: str) -> Iterator[str]:
    """The test Redis database, emptied before the test."""
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    client.close()
    yield redis_url


@pytest.fixture
async def redis_client(clean_redis: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis.from_url(clean_redis, decode_responses=True)
    yield client
    await client.aclose()


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: float = 1_795_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest, clock: FakeClock) -> AsyncIterator[Store]:
    """Each test using this runs twice: on the in-memory twin and on real Redis."""
    if request.param == "memory":
        yield MemoryStore(clock=clock)
        return
    url = request.getfixturevalue("clean_redis")
    real = RedisStore.from_url(url)
    yield real
    await real.close()


@pytest.fixture(scope="session")
def shared_stations_path() -> Path:
    path = SHARED_DATA / "stations.json"
    if not path.exists():
        pytest.fail(f"{path} is missing: CI runs with ../shared beside the checkout")
    return path
