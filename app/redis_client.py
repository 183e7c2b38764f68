"""The one Redis client every part of a process shares (queue, dedupe, cache, state, alerts,
budget): a single server from `REDIS_URL`, or the master that the Sentinels of
`REDIS_SENTINELS` name for `REDIS_SENTINEL_MASTER`.

Under Sentinel each new connection asks the Sentinels where the master is, so after a failover
the client reconnects to the promoted replica by itself: a connection to the old master fails (it
died) or is refused writes (it came back as a replica), is dropped, and the next one finds the new
master. The database, user name, password and TLS come from `REDIS_URL` when it is set (its host
is not used then); the password also opens the Sentinels. Database 0 otherwise.

`RedisTarget` answers the readiness check and says which master is in use, and how many replicas
follow it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Final

import redis.asyncio as aioredis
from redis.asyncio.connection import SSLConnection, parse_url
from redis.asyncio.sentinel import Sentinel, SentinelConnectionPool

from app.config import Settings
from app.constants import REPLICA_MAX_LAG_S

log = logging.getLogger(__name__)

# Connections open lazily. A command waits at most this long for an answer: longer than any
# command RailBot sends takes (a blocking queue read asks for far less), short enough that a dead
# server is noticed while Facebook still waits for the webhook's answer.
SOCKET_TIMEOUT_S: Final = 10.0
CONNECT_TIMEOUT_S: Final = 3.0
HEALTH_CHECK_INTERVAL_S: Final = 30
SENTINEL_TIMEOUT_S: Final = 1.0
_CLIENT_OPTIONS: Final[dict[str, Any]] = {
    "decode_responses": True,
    "health_check_interval": HEALTH_CHECK_INTERVAL_S,
    "socket_connect_timeout": CONNECT_TIMEOUT_S,
    "socket_timeout": SOCKET_TIMEOUT_S,
}


@dataclass
class RedisTarget:
    """The Redis a process uses, for readiness: the client, and the Sentinels behind it."""

    client: aioredis.Redis
    replicas_required: int = 0
    sentinel: Sentinel | None = None
    master_name: str | None = None
    _ready_detail: dict[str, Any] | None = None

    @property
    def via_sentinel(self) -> bool:
        return self.sentinel is not None

    async def ready(self) -> bool:
        """The server answers, is a master, and has the replicas the webhook waits for: online,
        and acknowledging the replication stream (a stalled replica still holds its
        connection, but cannot acknowledge an event)."""
        self._ready_detail = None
        info: dict[str, Any] = await self.client.info("replication")
        role = "replica" if info.get("role") == "slave" else str(info.get("role"))
        detail: dict[str, Any] = {"master": self.address(), "role": role}
        if self.master_name is not None:
            detail["sentinel_master"] = self.master_name
        if role != "master":
            self._ready_detail = detail
            return False
        replicas = sum(1 for name, value in info.items() if _following(name, value))
        detail["replicas"] = replicas
        detail["replicas_required"] = self.replicas_required
        self._ready_detail = detail
        return replicas >= self.replicas_required

    def detail(self) -> dict[str, Any]:
        """What the last readiness check found (the master in use, its replicas), or at least
        where the client points."""
        if self._ready_detail is not None:
            return dict(self._ready_detail)
        detail: dict[str, Any] = {"master": self.address()}
        if self.master_name is not None:
            detail["sentinel_master"] = self.master_name
        return detail

    def address(self) -> str | None:
        """`host:port` of the server in use (never the password), None before the Sentinels were
        first asked."""
        pool = self.client.connection_pool
        if isinstance(pool, SentinelConnectionPool):
            found = pool.master_address
            return _host_port(found[0], found[1]) if found else None
        options = pool.connection_kwargs
        if "path" in options:
            return f"unix:{options['path']}"
        return _host_port(options.get("host", "localhost"), options.get("port", 6379))

    async def aclose(self) -> None:
        await self.client.aclose()
        if self.sentinel is not None:
            await self.sentinel.aclose()


def _following(name: str, value: object) -> bool:
    """Whether an INFO replication field `slaveN` describes a replica that is online and has
    acknowledged the stream within `REPLICA_MAX_LAG_S`."""
    if not (name.startswith("slave") and name[5:].isdigit() and isinstance(value, dict)):
        return False
    lag = value.get("lag")
    return value.get("state") == "online" and isinstance(lag, int) and lag <= REPLICA_MAX_LAG_S


def build_redis(settings: Settings) -> RedisTarget | None:
    """The client for this configuration (connections open lazily), or None for in-memory twins."""
    if settings.redis_sentinels:
        return _through_sentinels(settings)
    if not settings.redis_url:
        return None
    client = aioredis.Redis.from_url(settings.redis_url, **_CLIENT_OPTIONS)
    return RedisTarget(client, replicas_required=settings.replicas_required)


def _through_sentinels(settings: Settings) -> RedisTarget:
    options = _url_options(settings.redis_url)
    secrets = {k: options[k] for k in ("username", "password") if k in options}
    sentinel = Sentinel(  # type: ignore[no-untyped-call]
        settings.sentinels,
        sentinel_kwargs={
            "socket_timeout": SENTINEL_TIMEOUT_S,
            "socket_connect_timeout": SENTINEL_TIMEOUT_S,
            "decode_responses": True,
            **secrets,
        },
    )
    client = sentinel.master_for(settings.redis_sentinel_master, **{**_CLIENT_OPTIONS, **options})
    return RedisTarget(
        client,
        replicas_required=settings.replicas_required,
        sentinel=sentinel,
        master_name=settings.redis_sentinel_master,
    )


def _url_options(url: str | None) -> dict[str, Any]:
    """What REDIS_URL says beside its host: database (0 when absent), credentials, TLS."""
    if not url:
        return {"db": 0}
    parsed = parse_url(url)
    options: dict[str, Any] = {"db": int(parsed.get("db") or 0)}
    for name in ("username", "password"):
        if parsed.get(name):
            options[name] = parsed[name]
    if parsed.get("connection_class") is SSLConnection:
        options["ssl"] = True
    return options


def _host_port(host: object, port: object) -> str:
    text = str(host)
    return f"[{text}]:{port}" if ":" in text else f"{text}:{port}"
