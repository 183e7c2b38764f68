"""Key-value storage for cache, conversation state, locks and alerts: Redis, or an in-memory twin.

Both implementations honour the same semantics (TTLs, NX, atomic lock release, atomic claim of
due members), and the same tests run against both.
"""

from __future__ import annotations

import asyncio
import fnmatch
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Final, Protocol

import redis.asyncio as aioredis
from redis.exceptions import NoScriptError, RedisError

from app.constants import REPLICA_ACK_TIMEOUT_MS
from app.errors import EntryGone, NotReplicated

Clock = Callable[[], float]

# What a store raises when it cannot be reached (Redis down, a connection cut). A caller that will
# try again later lets these through rather than answer without its data.
STORE_ERRORS: Final = (RedisError, OSError)

_RELEASE_LOCK = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""
_EXTEND_LOCK = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
return 0
"""
# Claim up to ARGV[3] members due at or before ARGV[1] by moving their score to ARGV[2] (a lease),
# so that each is claimed by exactly one caller.
_CLAIM_DUE = """
local due = redis.call('zrangebyscore', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
for _, member in ipairs(due) do redis.call('zadd', KEYS[1], ARGV[2], member) end
return due
"""
# KEYS: the keys to set, then the keys to delete. ARGV: how many to set, then for each its value
# and lifetime in ms ('' for none). One command instead of a pipeline of SETs and a DEL.
_SET_MANY = """
local n = tonumber(ARGV[1])
for i = 1, n do
  local px = ARGV[2 * i + 1]
  if px == '' then
    redis.call('set', KEYS[i], ARGV[2 * i])
  else
    redis.call('set', KEYS[i], ARGV[2 * i], 'PX', px)
  end
end
if #KEYS > n then redis.call('del', unpack(KEYS, n + 1)) end
return n
"""
# The same, only while a stream holds an entry: KEYS: the stream, then the keys to set and delete.
# ARGV: the entry's id, how many to set, then each value and lifetime. -1, nothing written, when
# the stream no longer holds the entry.
_SET_MANY_WHILE_IN = """
if #redis.call('xrange', KEYS[1], ARGV[1], ARGV[1]) == 0 then return -1 end
local n = tonumber(ARGV[2])
for i = 1, n do
  local px = ARGV[2 * i + 2]
  if px == '' then
    redis.call('set', KEYS[i + 1], ARGV[2 * i + 1])
  else
    redis.call('set', KEYS[i + 1], ARGV[2 * i + 1], 'PX', px)
  end
end
if #KEYS > n + 1 then redis.call('del', unpack(KEYS, n + 2)) end
return n
"""
# Mark KEYS[1] with ARGV[2] for ARGV[3] ms unless it is marked; with a stream (KEYS[2]), only while
# it holds the entry ARGV[1]. 1 when this call marked it, 0 when it was marked, -1 when the stream
# no longer holds the entry (nothing written).
_MARK_ONCE = """
if #KEYS > 1 and #redis.call('xrange', KEYS[2], ARGV[1], ARGV[1]) == 0 then return -1 end
if redis.call('set', KEYS[1], ARGV[2], 'NX', 'PX', ARGV[3]) then return 1 end
return 0
"""
_INCR_WITH_TTL = """
local value = redis.call('incr', KEYS[1])
if value == 1 then redis.call('expire', KEYS[1], ARGV[1]) end
return value
"""


class Store(Protocol):
    """The storage operations RailBot needs, all async, values are text."""

    async def ping(self) -> bool: ...
    async def get(self, key: str) -> str | None: ...
    async def mget(self, keys: list[str]) -> list[str | None]: ...
    async def set(
        self, key: str, value: str, *, ttl_s: float | None = None, nx: bool = False
    ) -> bool: ...
    async def set_durable(self, key: str, value: str, *, ttl_s: float | None = None) -> None:
        """`set`, returning once the write would survive a failover (the configured number of
        replicas hold it); raises NotReplicated when they do not within a moment."""
        ...

    async def delete(self, *keys: str) -> int: ...
    async def set_many(
        self,
        values: Mapping[str, tuple[str, float | None]],
        *,
        delete: Sequence[str] = (),
        durable: bool = False,
        while_in: tuple[str, str] | None = None,
    ) -> None:
        """Set each key to its (value, lifetime) and delete the keys `delete`, in one round
        trip; `durable` as for `set_durable` (raises NotReplicated). With `while_in` (a stream
        and an entry id), only while the stream holds the entry: else nothing is written and
        EntryGone is raised (the in-memory twin, which never fails over, does not check)."""
        ...

    async def mark_once(
        self,
        key: str,
        value: str,
        *,
        ttl_s: float,
        while_in: tuple[str, str] | None = None,
    ) -> bool:
        """Mark `key` unless it is marked: True only when this call marked it and the mark would
        survive a failover (as `set_durable`), so that the caller may do, once, what the mark
        stands for (say a line to the person). False when it was marked already. Raises
        NotReplicated when the replicas do not confirm this call's mark in a moment: the mark
        stays on the master, and the caller must not act on it (a promoted replica would not
        know of it, and a later run would act again). With `while_in` (a stream and an entry
        id), only while the stream holds the entry: else nothing is written and EntryGone is
        raised. Together: at most once, across retries, workers and failovers."""
        ...

    async def incr(self, key: str, *, ttl_s: int | None = None) -> int: ...
    async def ttl(self, key: str) -> float | None: ...
    async def acquire_lock(self, key: str, token: str, ttl_ms: int) -> bool: ...
    async def extend_lock(self, key: str, token: str, ttl_ms: int) -> bool: ...
    async def release_lock(self, key: str, token: str) -> bool: ...
    async def hset(self, key: str, field: str, value: str) -> None: ...
    async def hget(self, key: str, field: str) -> str | None: ...
    async def hdel(self, key: str, *fields: str) -> int: ...
    async def hgetall(self, key: str) -> dict[str, str]: ...
    async def hlen(self, key: str) -> int: ...
    async def zadd(self, key: str, member: str, score: float) -> None: ...
    async def zrem(self, key: str, *members: str) -> int: ...
    async def zscore(self, key: str, member: str) -> float | None: ...
    async def zcard(self, key: str) -> int: ...
    async def zcount_until(self, key: str, score: float) -> int:
        """How many members of sorted set `key` score at most `score`."""
        ...

    async def zscan_members(self, key: str, pattern: str) -> list[str]:
        """The members of sorted set `key` matching the glob `pattern`."""
        ...

    async def zclaim_due(
        self, key: str, now: float, lease_until: float, limit: int
    ) -> list[str]: ...
    async def scan_keys(self, pattern: str) -> list[str]: ...
    async def close(self) -> None: ...


LOCK_POLL_S: Final = 0.05


async def wait_for_lock(
    store: Store,
    key: str,
    token: str,
    ttl_ms: int,
    *,
    timeout_s: float | None = None,
    poll_s: float = LOCK_POLL_S,
) -> bool:
    """Take the lock `key` for `token`, waiting while someone else holds it: whether it was had
    within `timeout_s` (None waits as long as it takes). The one lock wait every caller uses."""
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    while not await store.acquire_lock(key, token, ttl_ms):
        if deadline is not None and time.monotonic() >= deadline:
            return False
        await asyncio.sleep(poll_s)
    return True


def _text(value: bytes | str | None) -> str | None:
    """redis-py answers str with `decode_responses=True`; accept bytes from a raw client too."""
    return value.decode() if isinstance(value, bytes) else value


class RedisStore:
    """`Store` over a redis-py asyncio client (created with `decode_responses=True`)."""

    def __init__(self, client: aioredis.Redis, *, min_replicas: int = 0) -> None:
        self.redis = client
        self.min_replicas = min_replicas
        self._release = client.register_script(_RELEASE_LOCK)
        self._extend = client.register_script(_EXTEND_LOCK)
        self._claim = client.register_script(_CLAIM_DUE)
        self._incr = client.register_script(_INCR_WITH_TTL)
        self._set_many = client.register_script(_SET_MANY)
        self._set_many_while_in = client.register_script(_SET_MANY_WHILE_IN)
        self._mark_once = client.register_script(_MARK_ONCE)

    @classmethod
    def from_url(cls, url: str) -> RedisStore:
        return cls(aioredis.Redis.from_url(url, decode_responses=True, health_check_interval=30))

    async def ping(self) -> bool:
        return bool(await self.redis.ping())

    async def get(self, key: str) -> str | None:
        return _text(await self.redis.get(key))

    async def mget(self, keys: list[str]) -> list[str | None]:
        if not keys:
            return []
        return [_text(value) for value in await self.redis.mget(keys)]

    async def set(
        self, key: str, value: str, *, ttl_s: float | None = None, nx: bool = False
    ) -> bool:
        px = int(ttl_s * 1000) if ttl_s is not None else None
        return bool(await self.redis.set(key, value, px=px, nx=nx))

    async def set_durable(self, key: str, value: str, *, ttl_s: float | None = None) -> None:
        px = int(ttl_s * 1000) if ttl_s is not None else None
        if self.min_replicas <= 0:
            await self.redis.set(key, value, px=px)
            return
        # WAIT counts the replicas holding this connection's writes: one pipeline, one connection.
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.set(key, value, px=px)
            pipe.wait(self.min_replicas, REPLICA_ACK_TIMEOUT_MS)
            _, acknowledged = await pipe.execute()
        if int(acknowledged) < self.min_replicas:
            raise NotReplicated(
                f"{acknowledged} of {self.min_replicas} replicas acknowledged a write"
            )

    async def delete(self, *keys: str) -> int:
        return int(await self.redis.delete(*keys)) if keys else 0

    async def set_many(
        self,
        values: Mapping[str, tuple[str, float | None]],
        *,
        delete: Sequence[str] = (),
        durable: bool = False,
        while_in: tuple[str, str] | None = None,
    ) -> None:
        wait = durable and self.min_replicas > 0
        if while_in is not None:
            await self._set_many_while(values, delete, while_in, wait)
            return
        if not wait:
            if not values and not delete:
                return
            args: list[str | int] = [len(values)]
            for value, ttl_s in values.values():
                args += (value, int(ttl_s * 1000) if ttl_s is not None else "")
            await self._set_many(keys=[*values, *delete], args=args)
            return
        # WAIT counts the replicas holding this connection's writes: one pipeline, one connection.
        async with self.redis.pipeline(transaction=False) as pipe:
            for key, (value, ttl_s) in values.items():
                pipe.set(key, value, px=int(ttl_s * 1000) if ttl_s is not None else None)
            if delete:
                pipe.delete(*delete)
            if wait:
                pipe.wait(self.min_replicas, REPLICA_ACK_TIMEOUT_MS)
            results = await pipe.execute()
        if wait and int(results[-1]) < self.min_replicas:
            raise NotReplicated(f"{results[-1]} of {self.min_replicas} replicas acknowledged")

    async def _set_many_while(
        self,
        values: Mapping[str, tuple[str, float | None]],
        delete: Sequence[str],
        while_in: tuple[str, str],
        wait: bool,
    ) -> None:
        """`set_many` in one script that first checks the stream still holds the entry; with
        `wait`, followed by WAIT on the same connection."""
        stream, entry_id = while_in
        keys = [stream, *values, *delete]
        args: list[str | int] = [entry_id, len(values)]
        for value, ttl_s in values.values():
            args += (value, int(ttl_s * 1000) if ttl_s is not None else "")
        if not wait:
            written = await self._set_many_while_in(keys=keys, args=args)
        else:
            written, acknowledged = await self._run_and_wait(
                self._set_many_while_in.sha, _SET_MANY_WHILE_IN, keys, args
            )
            if isinstance(acknowledged, Exception):
                raise acknowledged
            if int(written) >= 0 and int(acknowledged) < self.min_replicas:
                raise NotReplicated(f"{acknowledged} of {self.min_replicas} replicas acknowledged")
        if int(written) < 0:
            raise EntryGone(f"{stream} no longer holds {entry_id}")

    async def mark_once(
        self,
        key: str,
        value: str,
        *,
        ttl_s: float,
        while_in: tuple[str, str] | None = None,
    ) -> bool:
        keys = [key] if while_in is None else [key, while_in[0]]
        args: list[str | int] = ["" if while_in is None else while_in[1], value, int(ttl_s * 1000)]
        if self.min_replicas <= 0:
            marked = int(await self._mark_once(keys=keys, args=args))
        else:
            result, acknowledged = await self._run_and_wait(
                self._mark_once.sha, _MARK_ONCE, keys, args
            )
            marked = int(result)
            if marked > 0:
                if isinstance(acknowledged, Exception):
                    raise acknowledged
                if int(acknowledged) < self.min_replicas:
                    raise NotReplicated(
                        f"{acknowledged} of {self.min_replicas} replicas acknowledged a mark"
                    )
        if marked < 0:
            stream, entry_id = while_in or ("", "")
            raise EntryGone(f"{stream} no longer holds {entry_id}")
        return marked > 0

    async def _run_and_wait(
        self, sha: str, script: str, keys: Sequence[str], args: Sequence[str | int]
    ) -> tuple[int, int | Exception]:
        """A script's result and how many replicas hold its writes (WAIT, as an exception when
        it failed): one pipeline, so that WAIT counts this connection's writes; a second time
        after loading the script, which a newly promoted master lacks. The script's own error
        is raised."""
        for _ in range(2):
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.evalsha(sha, len(keys), *keys, *args)
                pipe.wait(self.min_replicas, REPLICA_ACK_TIMEOUT_MS)
                result, acknowledged = await pipe.execute(raise_on_error=False)
            if isinstance(result, NoScriptError):
                await self.redis.script_load(script)
                continue
            break
        if isinstance(result, Exception):
            raise result
        if isinstance(acknowledged, Exception):
            return int(result), acknowledged
        return int(result), int(acknowledged)

    async def incr(self, key: str, *, ttl_s: int | None = None) -> int:
        if ttl_s is None:
            return int(await self.redis.incr(key))
        return int(await self._incr(keys=[key], args=[ttl_s]))

    async def ttl(self, key: str) -> float | None:
        ms = int(await self.redis.pttl(key))
        return ms / 1000 if ms >= 0 else None

    async def acquire_lock(self, key: str, token: str, ttl_ms: int) -> bool:
        return bool(await self.redis.set(key, token, px=ttl_ms, nx=True))

    async def extend_lock(self, key: str, token: str, ttl_ms: int) -> bool:
        return bool(await self._extend(keys=[key], args=[token, ttl_ms]))

    async def release_lock(self, key: str, token: str) -> bool:
        return bool(await self._release(keys=[key], args=[token]))

    async def hset(self, key: str, field: str, value: str) -> None:
        await self.redis.hset(key, field, value)

    async def hget(self, key: str, field: str) -> str | None:
        return _text(await self.redis.hget(key, field))

    async def hdel(self, key: str, *fields: str) -> int:
        return int(await self.redis.hdel(key, *fields)) if fields else 0

    async def hgetall(self, key: str) -> dict[str, str]:
        table = await self.redis.hgetall(key)
        return {str(_text(name)): str(_text(value)) for name, value in table.items()}

    async def hlen(self, key: str) -> int:
        return int(await self.redis.hlen(key))

    async def zadd(self, key: str, member: str, score: float) -> None:
        await self.redis.zadd(key, {member: score})

    async def zrem(self, key: str, *members: str) -> int:
        return int(await self.redis.zrem(key, *members)) if members else 0

    async def zscore(self, key: str, member: str) -> float | None:
        value = await self.redis.zscore(key, member)
        return float(value) if value is not None else None

    async def zcard(self, key: str) -> int:
        return int(await self.redis.zcard(key))

    async def zcount_until(self, key: str, score: float) -> int:
        return int(await self.redis.zcount(key, "-inf", score))

    async def zscan_members(self, key: str, pattern: str) -> list[str]:
        found = self.redis.zscan_iter(key, match=pattern, count=500)
        return [str(_text(member)) async for member, _ in found]

    async def zclaim_due(self, key: str, now: float, lease_until: float, limit: int) -> list[str]:
        claimed: list[str] = await self._claim(keys=[key], args=[now, lease_until, limit])
        return claimed

    async def scan_keys(self, pattern: str) -> list[str]:
        return [key async for key in self.redis.scan_iter(match=pattern, count=500)]

    async def close(self) -> None:
        await self.redis.aclose()


class MemoryStore:
    """The in-memory twin of `RedisStore`, for one process with no Redis configured."""

    def __init__(self, clock: Clock = time.time) -> None:
        self._clock = clock
        self._values: dict[str, str] = {}
        self._hashes: dict[str, dict[str, str]] = {}
        self._zsets: dict[str, dict[str, float]] = {}
        self._expiry: dict[str, float] = {}

    def _alive(self, key: str) -> bool:
        deadline = self._expiry.get(key)
        if deadline is not None and deadline <= self._clock():
            self._values.pop(key, None)
            self._hashes.pop(key, None)
            self._zsets.pop(key, None)
            self._expiry.pop(key, None)
            return False
        return key in self._values or key in self._hashes or key in self._zsets

    def _value(self, key: str) -> str | None:
        return self._values.get(key) if self._alive(key) else None

    async def ping(self) -> bool:
        return True

    async def get(self, key: str) -> str | None:
        return self._value(key)

    async def mget(self, keys: list[str]) -> list[str | None]:
        return [self._value(key) for key in keys]

    async def set(
        self, key: str, value: str, *, ttl_s: float | None = None, nx: bool = False
    ) -> bool:
        if nx and self._alive(key):
            return False
        self._values[key] = value
        if ttl_s is None:
            self._expiry.pop(key, None)
        else:
            self._expiry[key] = self._clock() + ttl_s
        return True

    async def set_durable(self, key: str, value: str, *, ttl_s: float | None = None) -> None:
        await self.set(key, value, ttl_s=ttl_s)

    async def delete(self, *keys: str) -> int:
        removed = 0
        for key in keys:
            if self._alive(key):
                removed += 1
            self._values.pop(key, None)
            self._hashes.pop(key, None)
            self._zsets.pop(key, None)
            self._expiry.pop(key, None)
        return removed

    async def set_many(
        self,
        values: Mapping[str, tuple[str, float | None]],
        *,
        delete: Sequence[str] = (),
        durable: bool = False,
        while_in: tuple[str, str] | None = None,
    ) -> None:
        for key, (value, ttl_s) in values.items():
            await self.set(key, value, ttl_s=ttl_s)
        await self.delete(*delete)

    async def mark_once(
        self,
        key: str,
        value: str,
        *,
        ttl_s: float,
        while_in: tuple[str, str] | None = None,
    ) -> bool:
        return await self.set(key, value, ttl_s=ttl_s, nx=True)

    async def incr(self, key: str, *, ttl_s: int | None = None) -> int:
        current = self._value(key)
        value = int(current or 0) + 1
        self._values[key] = str(value)
        if current is None and ttl_s is not None:
            self._expiry[key] = self._clock() + ttl_s
        return value

    async def ttl(self, key: str) -> float | None:
        if not self._alive(key) or key not in self._expiry:
            return None
        return max(0.0, self._expiry[key] - self._clock())

    async def acquire_lock(self, key: str, token: str, ttl_ms: int) -> bool:
        return await self.set(key, token, ttl_s=ttl_ms / 1000, nx=True)

    async def extend_lock(self, key: str, token: str, ttl_ms: int) -> bool:
        if self._value(key) != token:
            return False
        self._expiry[key] = self._clock() + ttl_ms / 1000
        return True

    async def release_lock(self, key: str, token: str) -> bool:
        if self._value(key) != token:
            return False
        await self.delete(key)
        return True

    async def hset(self, key: str, field: str, value: str) -> None:
        self._alive(key)
        self._hashes.setdefault(key, {})[field] = value

    async def hget(self, key: str, field: str) -> str | None:
        return self._hashes.get(key, {}).get(field) if self._alive(key) else None

    async def hdel(self, key: str, *fields: str) -> int:
        if not self._alive(key):
            return 0
        table = self._hashes.get(key, {})
        removed = sum(1 for field in fields if table.pop(field, None) is not None)
        if not table:
            self._hashes.pop(key, None)
        return removed

    async def hgetall(self, key: str) -> dict[str, str]:
        return dict(self._hashes.get(key, {})) if self._alive(key) else {}

    async def hlen(self, key: str) -> int:
        return len(self._hashes.get(key, {})) if self._alive(key) else 0

    async def zadd(self, key: str, member: str, score: float) -> None:
        self._alive(key)
        self._zsets.setdefault(key, {})[member] = float(score)

    async def zrem(self, key: str, *members: str) -> int:
        if not self._alive(key):
            return 0
        zset = self._zsets.get(key, {})
        removed = sum(1 for member in members if zset.pop(member, None) is not None)
        if not zset:
            self._zsets.pop(key, None)
        return removed

    async def zscore(self, key: str, member: str) -> float | None:
        return self._zsets.get(key, {}).get(member) if self._alive(key) else None

    async def zcard(self, key: str) -> int:
        return len(self._zsets.get(key, {})) if self._alive(key) else 0

    async def zcount_until(self, key: str, score: float) -> int:
        if not self._alive(key):
            return 0
        return sum(1 for value in self._zsets.get(key, {}).values() if value <= score)

    async def zscan_members(self, key: str, pattern: str) -> list[str]:
        if not self._alive(key):
            return []
        return [m for m in self._zsets.get(key, {}) if fnmatch.fnmatchcase(m, pattern)]

    async def zclaim_due(self, key: str, now: float, lease_until: float, limit: int) -> list[str]:
        if not self._alive(key):
            return []
        zset = self._zsets[key]
        due = sorted((score, member) for member, score in zset.items() if score <= now)
        claimed = [member for _, member in due[:limit]]
        for member in claimed:
            zset[member] = lease_until
        return claimed

    async def scan_keys(self, pattern: str) -> list[str]:
        keys = [*self._values, *self._hashes, *self._zsets]
        return [key for key in keys if self._alive(key) and fnmatch.fnmatchcase(key, pattern)]

    async def close(self) -> None:
        return None
