"""The durable event queue between the webhook and the workers: a Redis Stream, or its twin.

`enqueue` dedupes each event on its key for 48 h and gives it the next number in its user's
sequence, in one round trip for all the events of every webhook request waiting at that moment.
Workers `read` new entries through a consumer group, `reclaim` entries a dead worker left pending
longer than the visibility timeout, `touch` the entries they are still working on, and `finish`
(or `dead_letter`) each one, which records the user's last handled number, acknowledges and
deletes the entry. The stream therefore holds exactly the events not yet handled.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

import redis.asyncio as aioredis
from redis.exceptions import NoScriptError, RedisError, ResponseError

from app.constants import (
    ATTEMPTS_KEY,
    CONSUMER_GROUP,
    DEAD_LETTER_MAXLEN,
    DEAD_LETTER_STREAM,
    EVENTS_STREAM,
    REPLICA_ACK_TIMEOUT_MS,
    SEEN_PREFIX,
    SEEN_TTL_S,
    STREAM_MAXLEN,
    USER_DONE_PREFIX,
    USER_SEQ_PREFIX,
    USER_SEQ_TTL_S,
)
from app.errors import NotReplicated, QueueUnavailable, note_command
from app.store import Clock, MemoryStore, Store

log = logging.getLogger(__name__)


class NewEvent(NamedTuple):
    """An event to queue: its dedupe key (the message id), its user and its JSON data.

    The key and the user are printable text (no control characters).
    """

    key: str
    user: str
    data: str


@dataclass(frozen=True, slots=True)
class Delivery:
    """A queued event handed to a worker."""

    entry_id: str
    user: str
    seq: int  # the event's place in its user's sequence, from 1
    received_at: float  # epoch seconds when the webhook queued it
    data: str


@dataclass(frozen=True, slots=True)
class Lock:
    """A user's lock as a worker holds it: its key, the holder's token, its lifetime."""

    key: str
    token: str
    ttl_ms: int


@dataclass(frozen=True, slots=True)
class QueueStats:
    length: int  # entries not yet handled
    pending: int  # delivered to a worker, not yet finished
    lag: int  # not yet delivered to any worker


class EventQueue(Protocol):
    """What the webhook and the workers need from the queue; Redis and in-memory alike."""

    async def enqueue(self, events: Sequence[NewEvent]) -> list[bool]:
        """Queue the events not seen before; True for each one queued, False for a duplicate.

        Raises QueueUnavailable when the queue cannot take them.
        """
        ...

    async def read(self, consumer: str, count: int, block_ms: int) -> list[Delivery]: ...
    async def reclaim(self, consumer: str, min_idle_ms: int, count: int) -> list[Delivery]: ...
    async def touch(self, consumer: str, entry_ids: Sequence[str]) -> None: ...
    async def begin_attempt(self, entry_id: str) -> int:
        """Count one more attempt at an entry (process deaths included); return the count."""
        ...

    async def done_seq(self, user: str) -> int:
        """The highest sequence number of `user` already handled (0 when none)."""
        ...

    async def begin(self, delivery: Delivery, *, out_of_order: bool = False) -> tuple[int, int]:
        """In one step: the user's highest handled number, and one more attempt counted at the
        entry when it is the user's next (or `out_of_order` is set); the attempt is 0 when none
        was counted (the entry is handled already, or an earlier one is not)."""
        ...

    async def begin_locked(self, delivery: Delivery, lock: Lock) -> tuple[int, int] | None:
        """`begin`, after taking the user's `lock` in the same step (kept, with its lifetime
        renewed, when `lock.token` holds it already); None, and nothing counted, while another
        holder has it."""
        ...

    async def finish(
        self, delivery: Delivery, forget: Sequence[str] = (), *, unlock: Lock | None = None
    ) -> None:
        """Record the entry handled, acknowledge and delete it, delete the keys `forget` (what
        its job kept for it) and release `unlock` if its token still holds it, in one step."""
        ...

    async def dead_letter(
        self,
        delivery: Delivery,
        reason: str,
        attempts: int,
        forget: Sequence[str] = (),
        *,
        unlock: Lock | None = None,
    ) -> None:
        """`finish`, keeping a copy of the entry and why in the dead-letter stream."""
        ...

    async def drop(
        self, delivery: Delivery, forget: Sequence[str] = (), *, unlock: Lock | None = None
    ) -> None:
        """Let go of an entry the queue no longer holds (EntryGone): forget its attempts, delete
        the keys `forget` and release `unlock` if its token still holds it, in one step. The
        user's handled number is left alone: the entry was not handled here, and an event lost
        in a failover comes again under the same number."""
        ...

    async def release(self, consumer: str, entry_ids: Sequence[str], idle_ms: int) -> None:
        """Make entries this consumer holds but will not finish (it is stopping) look idle for
        `idle_ms`, so that another worker reclaims them at once."""
        ...

    async def held(self, consumer: str, count: int) -> list[str]:
        """The entries delivered to `consumer` and not finished (at most `count`, oldest first):
        what a stopping worker still holds, including any that a read or reclaim cut short by
        the stop took for it without the worker ever seeing them."""
        ...

    async def dead_letters(self, count: int = 100) -> list[dict[str, str]]:
        """The most recent dead letters, newest first, for operators and tests."""
        ...

    async def forget_dead_letters(self, user: str) -> int:
        """Delete `user`'s events from the dead-letter stream ("forget me"); how many."""
        ...

    async def prune_consumers(self, idle_ms: int) -> int:
        """Forget consumers (departed worker processes) idle that long with nothing pending."""
        ...

    async def stats(self) -> QueueStats: ...
    async def ping(self) -> bool: ...
    async def close(self) -> None: ...


# KEYS: the stream. ARGV: now_ms, maxlen, seen ttl, seq ttl, the seen, seq and done key prefixes,
# then one "key US user US data" string per event (US = \x1f, which neither a printable id nor
# JSON text contains). Per-event keys share the stream's {q} hash tag, so they live in its slot.
# A user's counter that expired restarts after the last handled number.
_ENQUEUE = """
local results = {}
for i = 8, #ARGV do
  local packed = ARGV[i]
  local a = string.find(packed, '\\31', 1, true)
  local b = string.find(packed, '\\31', a + 1, true)
  local user = string.sub(packed, a + 1, b - 1)
  local seen = ARGV[5] .. string.sub(packed, 1, a - 1)
  if redis.call('exists', seen) == 0 then
    local seq_key = ARGV[6] .. user
    local seq = redis.call('incr', seq_key)
    if seq == 1 then
      local done = tonumber(redis.call('get', ARGV[7] .. user) or '0')
      if done > 0 then
        seq = done + 1
        redis.call('set', seq_key, seq)
      end
    end
    redis.call('expire', seq_key, ARGV[4])
    redis.call('xadd', KEYS[1], 'MAXLEN', '~', ARGV[2], '*',
      'u', user, 's', seq, 't', ARGV[1], 'e', string.sub(packed, b + 1))
    redis.call('set', seen, '1', 'EX', ARGV[3])
    results[i - 7] = 1
  else
    -- A redelivery renews the mark: a write, so that WAIT after this script also covers the
    -- first delivery, whichever connection queued it (replication keeps the master's order).
    redis.call('expire', seen, ARGV[3])
    results[i - 7] = 0
  end
end
return results
"""

# KEYS: stream, attempts, done, dead, the user's lock, then keys to delete with the entry. ARGV:
# group, entry id, seq, done ttl, the lock's token ('' to leave the lock alone), then for a dead
# letter its maxlen and fields.
_FINISH = """
if ARGV[5] ~= '' and redis.call('get', KEYS[5]) == ARGV[5] then
  redis.call('del', KEYS[5])
end
local done = tonumber(redis.call('get', KEYS[3]) or '0')
if tonumber(ARGV[3]) > done then
  redis.call('set', KEYS[3], ARGV[3], 'EX', ARGV[4])
else
  redis.call('expire', KEYS[3], ARGV[4])
end
redis.call('xack', KEYS[1], ARGV[1], ARGV[2])
redis.call('xdel', KEYS[1], ARGV[2])
redis.call('hdel', KEYS[2], ARGV[2])
if #KEYS > 5 then
  redis.call('del', unpack(KEYS, 6))
end
if #ARGV > 6 then
  redis.call('xadd', KEYS[4], 'MAXLEN', '~', ARGV[6], '*', unpack(ARGV, 7))
end
return 1
"""

# KEYS: attempts, the user's lock (or any key of the slot, left alone), then keys to delete. ARGV:
# entry id, the lock's token ('' to leave the lock alone).
_DROP = """
if ARGV[2] ~= '' and redis.call('get', KEYS[2]) == ARGV[2] then
  redis.call('del', KEYS[2])
end
redis.call('hdel', KEYS[1], ARGV[1])
if #KEYS > 2 then
  redis.call('del', unpack(KEYS, 3))
end
return 1
"""

# KEYS: attempts hash, the user's done key, optionally the user's lock. ARGV: entry id, seq, out
# of order (1 or 0), then with a lock its token and lifetime (ms). Answers {done, attempt}; the
# attempt is not counted (0) when the entry is handled already, or when an earlier entry of the
# user is not and out of order is 0; {-1, 0} when someone else holds the lock.
_BEGIN = """
if #KEYS > 2 then
  local holder = redis.call('get', KEYS[3])
  if holder and holder ~= ARGV[4] then return {-1, 0} end
  redis.call('set', KEYS[3], ARGV[4], 'PX', ARGV[5])
end
local done = tonumber(redis.call('get', KEYS[2]) or '0')
local seq = tonumber(ARGV[2])
if done >= seq or (done < seq - 1 and ARGV[3] == '0') then return {done, 0} end
return {done, redis.call('hincrby', KEYS[1], ARGV[1], 1)}
"""

_BATCH_LIMIT = 200  # events per enqueue script call
_SEPARATOR = "\x1f"


class RedisQueue:
    """`EventQueue` over a Redis Stream and consumer group (client with decode_responses)."""

    def __init__(
        self, client: aioredis.Redis, *, clock: Clock = time.time, min_replicas: int = 0
    ) -> None:
        self.redis = client
        self.min_replicas = min_replicas
        self._clock = clock
        self._enqueue_script = client.register_script(_ENQUEUE)
        self._finish_script = client.register_script(_FINISH)
        self._begin_script = client.register_script(_BEGIN)
        self._drop_script = client.register_script(_DROP)
        self._waiting: list[tuple[Sequence[NewEvent], asyncio.Future[list[bool]]]] = []
        self._flusher: asyncio.Task[None] | None = None
        self._group_ready = False

    # --- the webhook side: concurrent requests share one script call ----------------------------

    async def enqueue(self, events: Sequence[NewEvent]) -> list[bool]:
        if not events:
            return []
        for event in events:
            if _SEPARATOR in event.key or _SEPARATOR in event.user:
                raise ValueError("an event key or user holds a control character")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[list[bool]] = loop.create_future()
        self._waiting.append((events, future))
        if self._flusher is None:
            self._flusher = loop.create_task(self._flush())
        return await future

    async def _flush(self) -> None:
        try:
            while self._waiting:
                batch: list[tuple[Sequence[NewEvent], asyncio.Future[list[bool]]]] = []
                size = 0
                while self._waiting and (
                    not batch or size + len(self._waiting[0][0]) <= _BATCH_LIMIT
                ):
                    item = self._waiting.pop(0)
                    batch.append(item)
                    size += len(item[0])
                await self._run_batch(batch)
        finally:
            self._flusher = None

    async def _run_batch(
        self, batch: list[tuple[Sequence[NewEvent], asyncio.Future[list[bool]]]]
    ) -> None:
        args: list[str | int] = [
            int(self._clock() * 1000),
            STREAM_MAXLEN,
            SEEN_TTL_S,
            USER_SEQ_TTL_S,
            SEEN_PREFIX,
            USER_SEQ_PREFIX,
            USER_DONE_PREFIX,
        ]
        args += [_SEPARATOR.join(event) for events, _ in batch for event in events]
        try:
            results = await self._run_enqueue(args)
        except (RedisError, OSError, NotReplicated) as exc:
            failure = QueueUnavailable(f"cannot queue events: {type(exc).__name__}: {exc}"[:300])
            for _, future in batch:
                if not future.done():
                    future.set_exception(failure)
            return
        position = 0
        for events, future in batch:
            outcome = [bool(r) for r in results[position : position + len(events)]]
            position += len(events)
            if not future.done():
                future.set_result(outcome)

    async def _run_enqueue(self, args: list[str | int]) -> list[int]:
        """The enqueue script; with replicas required, followed on the same connection by WAIT,
        so that the events (and the marks of redelivered ones) are on enough replicas to
        survive a failover before the webhook says 200."""
        if self.min_replicas <= 0:
            results: list[int] = await self._enqueue_script(keys=[EVENTS_STREAM], args=args)
            return results
        for _ in range(2):  # a second time after loading the script (a new master lacks it)
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.evalsha(self._enqueue_script.sha, 1, EVENTS_STREAM, *args)
                pipe.wait(self.min_replicas, REPLICA_ACK_TIMEOUT_MS)
                outcome, acknowledged = await pipe.execute(raise_on_error=False)
            if isinstance(outcome, NoScriptError):
                await self.redis.script_load(_ENQUEUE)
                continue
            if isinstance(outcome, Exception):
                raise outcome
            if isinstance(acknowledged, Exception):
                raise acknowledged
            if int(acknowledged) < self.min_replicas:
                raise NotReplicated(
                    f"{acknowledged} of {self.min_replicas} replicas acknowledged the events"
                )
            return list(outcome)
        raise NotReplicated("the enqueue script could not be loaded on the master")

    # --- the worker side -----------------------------------------------------------------------

    async def _ensure_group(self) -> None:
        try:
            with _command("XGROUP CREATE"):
                await self.redis.xgroup_create(EVENTS_STREAM, CONSUMER_GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        self._group_ready = True

    async def _grouped(self, command: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a consumer-group command, creating the group first (or again after a flush); an
        error says which command failed (`described`)."""
        with _command(_command_name(command)):
            if not self._group_ready:
                await self._ensure_group()
            try:
                return await command(*args, **kwargs)
            except ResponseError as exc:
                if "NOGROUP" not in str(exc):
                    raise
                await self._ensure_group()
                return await command(*args, **kwargs)

    async def read(self, consumer: str, count: int, block_ms: int) -> list[Delivery]:
        reply = await self._grouped(
            self.redis.xreadgroup,
            CONSUMER_GROUP,
            consumer,
            {EVENTS_STREAM: ">"},
            count=count,
            block=block_ms,
        )
        if not reply:
            return []
        # RESP2 answers [[stream, entries]]; RESP3 answers {stream: [entries]}.
        entries = next(iter(reply.values()))[0] if isinstance(reply, dict) else reply[0][1]
        return await self._deliveries(entries)

    async def reclaim(self, consumer: str, min_idle_ms: int, count: int) -> list[Delivery]:
        reply = await self._grouped(
            self.redis.xautoclaim,
            EVENTS_STREAM,
            CONSUMER_GROUP,
            consumer,
            min_idle_ms,
            start_id="0-0",
            count=count,
        )
        return await self._deliveries(reply[1])

    async def touch(self, consumer: str, entry_ids: Sequence[str]) -> None:
        if entry_ids:
            await self._grouped(
                self.redis.xclaim,
                EVENTS_STREAM,
                CONSUMER_GROUP,
                consumer,
                0,
                list(entry_ids),
                justid=True,
            )

    async def _deliveries(self, entries: list[Any]) -> list[Delivery]:
        deliveries: list[Delivery] = []
        for entry_id, fields in entries:
            delivery = _delivery(entry_id, fields)
            if delivery is None:
                log.error("dropping a malformed queue entry", extra={"entry": entry_id})
                await self.redis.xack(EVENTS_STREAM, CONSUMER_GROUP, entry_id)
                await self.redis.xdel(EVENTS_STREAM, entry_id)
                continue
            deliveries.append(delivery)
        return deliveries

    async def begin_attempt(self, entry_id: str) -> int:
        return int(await self.redis.hincrby(ATTEMPTS_KEY, entry_id, 1))

    async def done_seq(self, user: str) -> int:
        value = await self.redis.get(USER_DONE_PREFIX + user)
        return int(value) if value else 0

    async def begin(self, delivery: Delivery, *, out_of_order: bool = False) -> tuple[int, int]:
        with _command("EVALSHA (begin an entry)"):
            done, attempt = await self._begin_script(
                keys=[ATTEMPTS_KEY, USER_DONE_PREFIX + delivery.user],
                args=[delivery.entry_id, delivery.seq, int(out_of_order)],
            )
        return int(done), int(attempt)

    async def begin_locked(self, delivery: Delivery, lock: Lock) -> tuple[int, int] | None:
        with _command("EVALSHA (begin an entry, locked)"):
            done, attempt = await self._begin_script(
                keys=[ATTEMPTS_KEY, USER_DONE_PREFIX + delivery.user, lock.key],
                args=[delivery.entry_id, delivery.seq, 0, lock.token, lock.ttl_ms],
            )
        return None if int(done) < 0 else (int(done), int(attempt))

    async def finish(
        self, delivery: Delivery, forget: Sequence[str] = (), *, unlock: Lock | None = None
    ) -> None:
        keys = [*_finish_keys(delivery, unlock), *forget]
        with _command("EVALSHA (finish an entry)"):
            await self._finish_script(keys=keys, args=_finish_args(delivery, unlock))

    async def dead_letter(
        self,
        delivery: Delivery,
        reason: str,
        attempts: int,
        forget: Sequence[str] = (),
        *,
        unlock: Lock | None = None,
    ) -> None:
        args = [*_finish_args(delivery, unlock), DEAD_LETTER_MAXLEN]
        for name, value in _dead_fields(delivery, reason, attempts).items():
            args += (name, value)
        with _command("EVALSHA (dead-letter an entry)"):
            await self._finish_script(keys=[*_finish_keys(delivery, unlock), *forget], args=args)

    async def drop(
        self, delivery: Delivery, forget: Sequence[str] = (), *, unlock: Lock | None = None
    ) -> None:
        # any key of the slot stands in for a lock to leave alone
        lock = unlock.key if unlock is not None else USER_DONE_PREFIX + delivery.user
        token = unlock.token if unlock is not None else ""
        with _command("EVALSHA (drop an entry)"):
            await self._drop_script(
                keys=[ATTEMPTS_KEY, lock, *forget], args=[delivery.entry_id, token]
            )

    async def release(self, consumer: str, entry_ids: Sequence[str], idle_ms: int) -> None:
        if entry_ids:
            await self._grouped(
                self.redis.xclaim,
                EVENTS_STREAM,
                CONSUMER_GROUP,
                consumer,
                0,
                list(entry_ids),
                idle=idle_ms,
                justid=True,
            )

    async def held(self, consumer: str, count: int) -> list[str]:
        rows = await self._grouped(
            self.redis.xpending_range,
            EVENTS_STREAM,
            CONSUMER_GROUP,
            min="-",
            max="+",
            count=count,
            consumername=consumer,
        )
        return [str(row["message_id"]) for row in rows]

    async def prune_consumers(self, idle_ms: int) -> int:
        try:
            with _command("XINFO CONSUMERS"):
                consumers: Any = await self.redis.xinfo_consumers(EVENTS_STREAM, CONSUMER_GROUP)
        except ResponseError:  # no stream or group yet
            return 0
        removed = 0
        for consumer in consumers:
            if int(consumer["pending"]) == 0 and int(consumer["idle"]) > idle_ms:
                with _command("XGROUP DELCONSUMER"):
                    await self.redis.xgroup_delconsumer(
                        EVENTS_STREAM, CONSUMER_GROUP, consumer["name"]
                    )
                removed += 1
        return removed

    async def dead_letters(self, count: int = 100) -> list[dict[str, str]]:
        entries: Any = await self.redis.xrevrange(DEAD_LETTER_STREAM, count=count)
        return [dict(fields) for _, fields in entries]

    async def forget_dead_letters(self, user: str) -> int:
        entries: Any = await self.redis.xrange(DEAD_LETTER_STREAM, count=DEAD_LETTER_MAXLEN * 2)
        theirs = [entry_id for entry_id, fields in entries if fields.get("u") == user]
        return int(await self.redis.xdel(DEAD_LETTER_STREAM, *theirs)) if theirs else 0

    async def stats(self) -> QueueStats:
        length = int(await self.redis.xlen(EVENTS_STREAM))
        try:
            summary = await self.redis.xpending(EVENTS_STREAM, CONSUMER_GROUP)
            pending = int(summary["pending"])
        except ResponseError:
            pending = 0
        return QueueStats(length, pending, max(0, length - pending))

    async def ping(self) -> bool:
        return bool(await self.redis.ping())

    async def close(self) -> None:
        if self._flusher is not None:
            await asyncio.gather(self._flusher, return_exceptions=True)


@contextlib.contextmanager
def _command(name: str) -> Iterator[None]:
    """Name on a Redis error raised inside the block the command that failed (`described`)."""
    try:
        yield
    except (RedisError, OSError) as exc:
        note_command(exc, name)
        raise


def _command_name(command: Any) -> str:
    """`XAUTOCLAIM` for redis-py's `xautoclaim` method (`XPENDING` for `xpending_range`)."""
    name = str(getattr(command, "__name__", "") or "command")
    return name.removesuffix("_range").upper()


def _finish_keys(delivery: Delivery, unlock: Lock | None) -> list[str]:
    done = USER_DONE_PREFIX + delivery.user
    lock = unlock.key if unlock is not None else done  # any key of the slot: left alone
    return [EVENTS_STREAM, ATTEMPTS_KEY, done, DEAD_LETTER_STREAM, lock]


def _finish_args(delivery: Delivery, unlock: Lock | None) -> list[str | int]:
    token = unlock.token if unlock is not None else ""
    return [CONSUMER_GROUP, delivery.entry_id, delivery.seq, USER_SEQ_TTL_S, token]


def _dead_fields(delivery: Delivery, reason: str, attempts: int) -> dict[str, str]:
    return {
        "entry": delivery.entry_id,
        "u": delivery.user,
        "s": str(delivery.seq),
        "t": str(int(delivery.received_at * 1000)),
        "e": delivery.data,
        "reason": reason[:500],
        "attempts": str(attempts),
    }


def _delivery(entry_id: str, fields: dict[str, str] | None) -> Delivery | None:
    if not fields:
        return None
    try:
        return Delivery(
            entry_id=entry_id,
            user=fields["u"],
            seq=int(fields["s"]),
            received_at=int(fields["t"]) / 1000,
            data=fields["e"],
        )
    except (KeyError, ValueError):
        return None


@dataclass(slots=True)
class _Pending:
    consumer: str
    delivered_at: float
    deliveries: int


class MemoryQueue:
    """The in-memory twin of `RedisQueue`, for one process with no Redis configured. Given the
    process's store, `finish` deletes the keys it is asked to forget there (on Redis they are
    deleted by the finishing script itself), and users' locks live there too (else in a store of
    its own)."""

    def __init__(
        self, *, clock: Clock = time.time, maxlen: int = STREAM_MAXLEN, store: Store | None = None
    ) -> None:
        self._clock = clock
        self._maxlen = maxlen
        self._store = store  # where the keys a finished entry's job kept live
        self._locks: Store = store if store is not None else MemoryStore(clock)  # user locks
        self._entries: dict[str, Delivery] = {}
        self._undelivered: collections.deque[str] = collections.deque()
        self._pending: dict[str, _Pending] = {}
        self._seen: dict[str, float] = {}  # key -> expiry, in insertion (so expiry) order
        self._seq: dict[str, int] = {}
        self._done: dict[str, int] = {}
        self._attempts: dict[str, int] = {}
        self._last_id = (0, 0)
        self._arrived: asyncio.Event | None = None
        self._dead: list[dict[str, str]] = []

    def _next_id(self) -> str:
        ms, n = int(self._clock() * 1000), 0
        if ms <= self._last_id[0]:
            ms, n = self._last_id[0], self._last_id[1] + 1
        self._last_id = (ms, n)
        return f"{ms}-{n}"

    async def enqueue(self, events: Sequence[NewEvent]) -> list[bool]:
        now = self._clock()
        while self._seen:
            oldest_key, expiry = next(iter(self._seen.items()))
            if expiry > now:
                break
            del self._seen[oldest_key]
        outcome: list[bool] = []
        for event in events:
            if event.key in self._seen:
                outcome.append(False)
                continue
            seq = max(self._seq.get(event.user, 0), self._done.get(event.user, 0)) + 1
            self._seq[event.user] = seq
            entry_id = self._next_id()
            self._entries[entry_id] = Delivery(entry_id, event.user, seq, now, event.data)
            self._undelivered.append(entry_id)
            self._seen[event.key] = now + SEEN_TTL_S
            outcome.append(True)
        self._trim()
        if self._arrived is not None and any(outcome):
            self._arrived.set()
        return outcome

    def _trim(self) -> None:
        while len(self._entries) > self._maxlen:
            oldest = next(iter(self._entries))
            del self._entries[oldest]
            self._pending.pop(oldest, None)

    async def read(self, consumer: str, count: int, block_ms: int) -> list[Delivery]:
        deadline = time.monotonic() + block_ms / 1000
        while not self._undelivered:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            if self._arrived is None:
                self._arrived = asyncio.Event()
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), remaining)
            except TimeoutError:
                return []
        deliveries: list[Delivery] = []
        while self._undelivered and len(deliveries) < count:
            entry_id = self._undelivered.popleft()
            delivery = self._entries.get(entry_id)
            if delivery is None:
                continue
            self._pending[entry_id] = _Pending(consumer, self._clock(), 1)
            deliveries.append(delivery)
        return deliveries

    async def reclaim(self, consumer: str, min_idle_ms: int, count: int) -> list[Delivery]:
        now = self._clock()
        deliveries: list[Delivery] = []
        for entry_id, pending in list(self._pending.items()):
            if len(deliveries) >= count:
                break
            if (now - pending.delivered_at) * 1000 < min_idle_ms:
                continue
            delivery = self._entries.get(entry_id)
            if delivery is None:
                del self._pending[entry_id]
                continue
            self._pending[entry_id] = _Pending(consumer, now, pending.deliveries + 1)
            deliveries.append(delivery)
        return deliveries

    async def touch(self, consumer: str, entry_ids: Sequence[str]) -> None:
        now = self._clock()
        for entry_id in entry_ids:
            pending = self._pending.get(entry_id)
            if pending is not None:
                pending.consumer, pending.delivered_at = consumer, now

    async def begin_attempt(self, entry_id: str) -> int:
        self._attempts[entry_id] = self._attempts.get(entry_id, 0) + 1
        return self._attempts[entry_id]

    async def done_seq(self, user: str) -> int:
        return self._done.get(user, 0)

    async def begin(self, delivery: Delivery, *, out_of_order: bool = False) -> tuple[int, int]:
        done = self._done.get(delivery.user, 0)
        if done >= delivery.seq or (done < delivery.seq - 1 and not out_of_order):
            return done, 0
        return done, await self.begin_attempt(delivery.entry_id)

    async def begin_locked(self, delivery: Delivery, lock: Lock) -> tuple[int, int] | None:
        holder = await self._locks.get(lock.key)
        if holder is not None and holder != lock.token:
            return None
        await self._locks.set(lock.key, lock.token, ttl_s=lock.ttl_ms / 1000)
        return await self.begin(delivery)

    async def finish(
        self, delivery: Delivery, forget: Sequence[str] = (), *, unlock: Lock | None = None
    ) -> None:
        if unlock is not None:
            await self._locks.release_lock(unlock.key, unlock.token)
        self._done[delivery.user] = max(self._done.get(delivery.user, 0), delivery.seq)
        self._pending.pop(delivery.entry_id, None)
        self._entries.pop(delivery.entry_id, None)
        self._attempts.pop(delivery.entry_id, None)
        if forget:
            if self._store is None:
                raise ValueError("this in-memory queue has no store to forget keys in")
            await self._store.delete(*forget)

    async def dead_letter(
        self,
        delivery: Delivery,
        reason: str,
        attempts: int,
        forget: Sequence[str] = (),
        *,
        unlock: Lock | None = None,
    ) -> None:
        self._dead.append(_dead_fields(delivery, reason, attempts))
        del self._dead[:-DEAD_LETTER_MAXLEN]
        await self.finish(delivery, forget, unlock=unlock)

    async def drop(
        self, delivery: Delivery, forget: Sequence[str] = (), *, unlock: Lock | None = None
    ) -> None:
        if unlock is not None:
            await self._locks.release_lock(unlock.key, unlock.token)
        self._attempts.pop(delivery.entry_id, None)
        if forget:
            if self._store is None:
                raise ValueError("this in-memory queue has no store to forget keys in")
            await self._store.delete(*forget)

    async def release(self, consumer: str, entry_ids: Sequence[str], idle_ms: int) -> None:
        when = self._clock() - idle_ms / 1000
        for entry_id in entry_ids:
            pending = self._pending.get(entry_id)
            if pending is not None:
                pending.consumer, pending.delivered_at = consumer, when

    async def held(self, consumer: str, count: int) -> list[str]:
        mine = (
            entry_id
            for entry_id, pending in self._pending.items()
            if pending.consumer == consumer and entry_id in self._entries
        )
        return list(itertools.islice(mine, count))

    async def dead_letters(self, count: int = 100) -> list[dict[str, str]]:
        return list(reversed(self._dead[-count:]))

    async def forget_dead_letters(self, user: str) -> int:
        kept = [letter for letter in self._dead if letter["u"] != user]
        removed = len(self._dead) - len(kept)
        self._dead = kept
        return removed

    async def prune_consumers(self, idle_ms: int) -> int:
        return 0  # one process: consumers are not tracked

    async def stats(self) -> QueueStats:
        length = len(self._entries)
        pending = sum(1 for entry_id in self._pending if entry_id in self._entries)
        return QueueStats(length, pending, max(0, length - pending))

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        return None
