"""One person's keys, read together once and written together once while an event is answered.

A worker answers a person's event holding that person's lock, so nobody else writes their keys
meanwhile (conversation state, language, rate-limit window, last PNR looked up). `staged()` reads
the keys an event will use in one round trip before the bot runs; while it lasts, a
`StagingStore` answers reads of those keys from that snapshot and keeps writes and deletions of
them, which the caller then writes in the same round trip as the answer (the outbox), before
anything is sent. Every other key, and every other operation, goes straight to the store.

If the answer is never kept (the process dies, Redis fails), nothing of the staged writes was
written either: the event is answered again from the same state, which is also what makes an
answer and the conversation state it leaves behind agree.
"""

from __future__ import annotations

import contextlib
import fnmatch
from collections.abc import AsyncIterator, Mapping, Sequence
from contextvars import ContextVar

from app.store import Store


class Staging:
    """The staged keys of one event: their values as the event sees them, and what to write."""

    def __init__(self, values: Mapping[str, str | None]) -> None:
        self._values = dict(values)
        self._lifetimes: dict[str, float | None] = {}
        self._deleted: set[str] = set()

    def holds(self, key: str) -> bool:
        return key in self._values

    def get(self, key: str) -> str | None:
        return self._values[key]

    def set(self, key: str, value: str, ttl_s: float | None, *, nx: bool = False) -> bool:
        if nx and self._values[key] is not None:
            return False
        self._values[key] = value
        self._lifetimes[key] = ttl_s
        self._deleted.discard(key)
        return True

    def delete(self, key: str) -> bool:
        existed = self._values[key] is not None
        self._values[key] = None
        self._lifetimes.pop(key, None)
        self._deleted.add(key)
        return existed

    @property
    def writes(self) -> dict[str, tuple[str, float | None]]:
        """The keys to set: value and lifetime."""
        return {
            key: (value, self._lifetimes[key])
            for key, value in self._values.items()
            if key in self._lifetimes and value is not None
        }

    @property
    def deletions(self) -> list[str]:
        """The keys to delete."""
        return sorted(self._deleted)

    def written(self, pattern: str) -> list[str]:
        """Staged keys matching the glob `pattern` that will exist once written."""
        return [key for key in self.writes if fnmatch.fnmatchcase(key, pattern)]


_CURRENT: ContextVar[Staging | None] = ContextVar("railbot_staging", default=None)


@contextlib.asynccontextmanager
async def staged(store: Store, keys: Sequence[str]) -> AsyncIterator[Staging]:
    """Stage `keys` for the code run inside the block (and the tasks it starts): read them now in
    one round trip; the caller writes `Staging.writes` and `Staging.deletions` before leaving."""
    unique = list(dict.fromkeys(keys))
    values = await store.mget(unique)
    staging = Staging(dict(zip(unique, values, strict=True)))
    token = _CURRENT.set(staging)
    try:
        yield staging
    finally:
        _CURRENT.reset(token)


def _staging(key: str) -> Staging | None:
    staging = _CURRENT.get()
    return staging if staging is not None and staging.holds(key) else None


class StagingStore:
    """A `Store` that serves the keys staged by `staged()` from the staging, and is the store
    underneath for everything else."""

    def __init__(self, store: Store) -> None:
        self.inner = store

    async def ping(self) -> bool:
        return await self.inner.ping()

    async def get(self, key: str) -> str | None:
        staging = _staging(key)
        return staging.get(key) if staging is not None else await self.inner.get(key)

    async def mget(self, keys: list[str]) -> list[str | None]:
        staging = _CURRENT.get()
        if staging is None:
            return await self.inner.mget(keys)
        others = [key for key in keys if not staging.holds(key)]
        found = dict(zip(others, await self.inner.mget(others), strict=True)) if others else {}
        return [staging.get(key) if staging.holds(key) else found[key] for key in keys]

    async def set(
        self, key: str, value: str, *, ttl_s: float | None = None, nx: bool = False
    ) -> bool:
        staging = _staging(key)
        if staging is not None:
            return staging.set(key, value, ttl_s, nx=nx)
        return await self.inner.set(key, value, ttl_s=ttl_s, nx=nx)

    async def set_durable(self, key: str, value: str, *, ttl_s: float | None = None) -> None:
        await self.inner.set_durable(key, value, ttl_s=ttl_s)
        staging = _staging(key)
        if staging is not None:  # written now: the staging must not write an older value
            staging.set(key, value, ttl_s)

    async def delete(self, *keys: str) -> int:
        staging = _CURRENT.get()
        if staging is None:
            return await self.inner.delete(*keys)
        removed = sum(staging.delete(key) for key in keys if staging.holds(key))
        others = [key for key in keys if not staging.holds(key)]
        return removed + (await self.inner.delete(*others) if others else 0)

    async def set_many(
        self,
        values: Mapping[str, tuple[str, float | None]],
        *,
        delete: Sequence[str] = (),
        durable: bool = False,
        while_in: tuple[str, str] | None = None,
    ) -> None:
        staging = _CURRENT.get()
        if staging is None:
            await self.inner.set_many(values, delete=delete, durable=durable, while_in=while_in)
            return
        # A durable write goes out now, staged keys included (the staging then agrees with it);
        # otherwise the staged keys wait for the staging's own write.
        others = {key: entry for key, entry in values.items() if durable or not staging.holds(key)}
        gone = [key for key in delete if durable or not staging.holds(key)]
        if others or gone or while_in is not None:
            await self.inner.set_many(others, delete=gone, durable=durable, while_in=while_in)
        for key, (value, ttl_s) in values.items():
            if staging.holds(key):
                staging.set(key, value, ttl_s)
        for key in delete:
            if staging.holds(key):
                staging.delete(key)

    async def mark_once(
        self,
        key: str,
        value: str,
        *,
        ttl_s: float,
        while_in: tuple[str, str] | None = None,
    ) -> bool:
        return await self.inner.mark_once(key, value, ttl_s=ttl_s, while_in=while_in)

    async def incr(self, key: str, *, ttl_s: int | None = None) -> int:
        return await self.inner.incr(key, ttl_s=ttl_s)

    async def ttl(self, key: str) -> float | None:
        return await self.inner.ttl(key)

    async def acquire_lock(self, key: str, token: str, ttl_ms: int) -> bool:
        return await self.inner.acquire_lock(key, token, ttl_ms)

    async def extend_lock(self, key: str, token: str, ttl_ms: int) -> bool:
        return await self.inner.extend_lock(key, token, ttl_ms)

    async def release_lock(self, key: str, token: str) -> bool:
        return await self.inner.release_lock(key, token)

    async def hset(self, key: str, field: str, value: str) -> None:
        await self.inner.hset(key, field, value)

    async def hget(self, key: str, field: str) -> str | None:
        return await self.inner.hget(key, field)

    async def hdel(self, key: str, *fields: str) -> int:
        return await self.inner.hdel(key, *fields)

    async def hgetall(self, key: str) -> dict[str, str]:
        return await self.inner.hgetall(key)

    async def hlen(self, key: str) -> int:
        return await self.inner.hlen(key)

    async def zadd(self, key: str, member: str, score: float) -> None:
        await self.inner.zadd(key, member, score)

    async def zrem(self, key: str, *members: str) -> int:
        return await self.inner.zrem(key, *members)

    async def zscore(self, key: str, member: str) -> float | None:
        return await self.inner.zscore(key, member)

    async def zcard(self, key: str) -> int:
        return await self.inner.zcard(key)

    async def zcount_until(self, key: str, score: float) -> int:
        return await self.inner.zcount_until(key, score)

    async def zscan_members(self, key: str, pattern: str) -> list[str]:
        return await self.inner.zscan_members(key, pattern)

    async def zclaim_due(self, key: str, now: float, lease_until: float, limit: int) -> list[str]:
        return await self.inner.zclaim_due(key, now, lease_until, limit)

    async def scan_keys(self, pattern: str) -> list[str]:
        found = await self.inner.scan_keys(pattern)
        staging = _CURRENT.get()
        if staging is None:
            return found
        kept = [key for key in found if not staging.holds(key) or staging.get(key) is not None]
        return list(dict.fromkeys([*kept, *staging.written(pattern)]))

    async def close(self) -> None:
        await self.inner.close()
