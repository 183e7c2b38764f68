"""The rig for benchmarks that run RailBot's real processes: the mock upstreams, the settings
RailBot gets, signed webhook traffic, and tidying Redis afterwards."""

from __future__ import annotations

import hashlib
import http.client
import json
import random
import subprocess
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis

from app.constants import (
    CACHE_PREFIX,
    CACHE_SCHEMA,
    DEAD_LETTER_STREAM,
    EVENTS_STREAM,
    FLIGHT_PREFIX,
)
from app.messenger.signature import sign
from bench.mocks import API_KEY, GRAPH_PATH
from bench.processes import child_env, free_port, pinned, python, start, wait_ready

APP_SECRET = "bench-app-secret-0123456789"
PAGE_TOKEN = "EAAbenchpagetoken0123456789"
PAGE_ID = "106000000000001"


def railbot_env(
    redis_url: str, mocks_port: int, data_dir: Path, log_level: str = "INFO"
) -> dict[str, str]:
    """Settings for `python -m app`: real Redis, the mock Send API and the mock v2 upstream."""
    base = f"http://127.0.0.1:{mocks_port}"
    return child_env(
        {
            "FB_APP_SECRET": APP_SECRET,
            "FB_PAGE_ACCESS_TOKEN": PAGE_TOKEN,
            "FB_GRAPH_URL": base + GRAPH_PATH.removesuffix("/me/messages"),
            "RAILWAY_PROVIDER": "railwayapi",
            "RAILWAY_API_URL": f"{base}/v2",
            "RAILWAY_API_KEY": API_KEY,
            "RAILBOT_DATA_DIR": str(data_dir),
            "REDIS_URL": redis_url,
            "LOG_LEVEL": log_level,
        }
    )


def start_mocks(
    scratch: Path, cores: str | None, delay_ms: float
) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = start(
        pinned(
            cores, python("-m", "bench.mocks", "--port", str(port), "--delay-ms", f"{delay_ms}")
        ),
        child_env({}),
        cwd=scratch,
        log=scratch / "mocks.log",
    )
    wait_ready(port, "/healthz", process=process)
    return process, port


@dataclass
class Records:
    """What the mock Send API has received so far, read incrementally."""

    port: int
    messages: list[tuple[float, str, str]] = field(default_factory=list)
    actions: int = 0
    upstream: dict[str, int] = field(default_factory=dict)

    def refresh(self) -> None:
        url = f"http://127.0.0.1:{self.port}/records?since={len(self.messages)}"
        with urllib.request.urlopen(url, timeout=10) as response:
            data: dict[str, Any] = json.load(response)
        self.messages.extend((float(t), str(user), str(text)) for t, user, text in data["messages"])
        self.actions = int(data["actions"])
        self.upstream = {str(k): int(v) for k, v in data["upstream"].items()}

    def first_matching(self, users: dict[str, str]) -> dict[str, float]:
        """For each user, when the first message holding their expected text arrived."""
        found: dict[str, float] = {}
        for when, user, text in self.messages:
            expected = users.get(user)
            if expected is not None and user not in found and expected in text:
                found[user] = when
        return found

    def count_by_user(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _, user, _ in self.messages:
            counts[user] = counts.get(user, 0) + 1
        return counts


def message_body(user: str, mid: str, text: str, timestamp_ms: int) -> bytes:
    """A one-message webhook body as Facebook sends it."""
    payload = {
        "object": "page",
        "entry": [
            {
                "id": PAGE_ID,
                "time": timestamp_ms,
                "messaging": [
                    {
                        "sender": {"id": user},
                        "recipient": {"id": PAGE_ID},
                        "timestamp": timestamp_ms,
                        "message": {"mid": mid, "text": text},
                    }
                ],
            }
        ],
    }
    return json.dumps(payload, ensure_ascii=False).encode()


class WebhookClient:
    """Signed `POST /webhook` calls over one kept-alive connection."""

    def __init__(self, port: int, secret: str = APP_SECRET) -> None:
        self._port = port
        self._secret = secret.encode()
        self._connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def post(self, body: bytes) -> int:
        headers = {
            "Content-Type": "application/json",
            "X-Hub-Signature-256": sign(self._secret, body),
        }
        try:
            self._connection.request("POST", "/webhook", body=body, headers=headers)
            response = self._connection.getresponse()
        except (OSError, http.client.HTTPException):
            self._connection.close()
            self._connection = http.client.HTTPConnection("127.0.0.1", self._port, timeout=30)
            self._connection.request("POST", "/webhook", body=body, headers=headers)
            response = self._connection.getresponse()
        response.read()
        return response.status

    def close(self) -> None:
        self._connection.close()


@dataclass(frozen=True)
class Run:
    """Names unique to one benchmark run: its users, message ids and PNRs."""

    token: str  # ten digits
    pnr_prefix: str  # four digits

    @classmethod
    def new(cls) -> Run:
        rng = random.SystemRandom()
        return cls(
            token=f"{rng.randrange(10**9, 10**10)}", pnr_prefix=f"{rng.randrange(1000, 10000)}"
        )

    def user(self, phase: int, n: int) -> str:
        """A 16-digit page-scoped id, like Messenger's."""
        return f"{self.token}{phase}{n:05d}"

    def mid(self, user: str) -> str:
        return f"m_bench{self.token}.{user}.AaGhZ5kLm3qR8sT1uV2wX4yZ6aB8cD0e"

    def pnr(self, n: int) -> str:
        return f"{self.pnr_prefix}{n:06d}"


def queued(redis_url: str) -> tuple[int, int]:
    """Entries in the event stream and in the dead-letter stream."""
    client = redis.Redis.from_url(redis_url)
    try:
        return int(client.xlen(EVENTS_STREAM)), int(client.xlen(DEAD_LETTER_STREAM))
    finally:
        client.close()


def require_idle_queue(redis_url: str) -> None:
    """Refuse to run over a queue that holds someone else's events."""
    waiting, _ = queued(redis_url)
    if waiting:
        raise RuntimeError(
            f"{redis_url} holds {waiting} queued events: point REDIS_URL at a database "
            "nothing else uses"
        )


def tidy(redis_url: str, run: Run, pnrs: Iterable[str]) -> None:
    """Delete every key this run left: its users', its messages' and its PNRs' cache entries."""
    client = redis.Redis.from_url(redis_url)
    try:
        keys = [key for key in client.scan_iter(match=f"rb:*{run.token}*", count=5000)]
        for start in range(0, len(keys), 1000):
            client.delete(*keys[start : start + 1000])
    finally:
        client.close()
    forget_pnrs(redis_url, pnrs)


def forget_pnrs(redis_url: str, pnrs: Iterable[str]) -> None:
    """Drop these PNRs' cached answers (their keys hold a hash of the PNR, made here as
    app.railways.cache makes it)."""
    keys = []
    for pnr in pnrs:
        digest = hashlib.blake2s(pnr.encode(), digest_size=10).hexdigest()
        for prefix in (CACHE_PREFIX, FLIGHT_PREFIX):
            keys.append(f"{prefix}{CACHE_SCHEMA}:railwayapi:pnr_status:{digest}")
    client = redis.Redis.from_url(redis_url)
    try:
        for start in range(0, len(keys), 1000):
            client.delete(*keys[start : start + 1000])
    finally:
        client.close()
