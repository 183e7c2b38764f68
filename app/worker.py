"""Queue consumers: claim an event, answer it exactly once, acknowledge it.

Per entry: take the user's lock (renewed while working); skip an entry whose user sequence is
already handled; wait while an earlier event of the same user is still unhandled (it is in
flight elsewhere, or pending reclaim), going on anyway after twice the visibility timeout so a
lost event cannot block a user forever; compute the replies once into an outbox, send each
message not yet sent, counting them; then record the sequence as handled and acknowledge. A
process that dies between any two steps is resumed from the outbox by whoever reclaims the entry,
so the user sees one answer. Failures are retried in process with backoff; an entry's attempts
(process deaths included) are bounded, after which it is dead-lettered.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
import socket
import time
import uuid
from typing import Any

from redis.exceptions import RedisError

from app.bot.incoming import Responder
from app.bot.replies import APOLOGY
from app.constants import (
    LAST_SEEN_PREFIX,
    LAST_SEEN_TTL_S,
    OUTBOX_PREFIX,
    OUTBOX_TTL_S,
    UNREACHABLE_PREFIX,
    USER_LOCK_PREFIX,
    USER_LOCK_TTL_MS,
)
from app.errors import SendError
from app.messenger.events import incoming_from
from app.messenger.render import render
from app.messenger.send import Sender
from app.observability import DEAD_LETTERS, EVENT_LATENCY, EVENTS_PROCESSED, RATE_LIMITED
from app.queue import Delivery, EventQueue
from app.ratelimit import SLOW_DOWN, RateLimit, Verdict, written_at
from app.store import Store

log = logging.getLogger(__name__)

_LOCK_POLL_S = 0.05
_ORDER_POLL_S = 0.1
_SEEN_WAIT_S = 2.0
_RECORD_RETRY_S = 0.05
_RECORD_RETRY_MAX_S = 1.0
# Departed worker processes leave their consumer names in the group: forget them after an hour.
_PRUNE_EVERY_S = 600.0
_PRUNE_IDLE_MS = 3_600_000


class _Unreadable(Exception):
    """A queued event that cannot be decoded: retrying cannot help."""


def _cancel_requested() -> bool:
    """Whether this task was asked to stop, even if the request got lost on the way.

    On Python 3.11 a cancellation that arrives just as a Redis call completes can be swallowed
    (`asyncio.wait_for`, which redis-py uses, returns the result instead), or surface as a
    connection error when Redis is down. A loop that only stops on CancelledError would then run
    forever, and whoever awaits it (a user's chain, the shutdown) would wait forever: the loops
    here ask this instead.
    """
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


def _stop_if_cancelled(error: Exception) -> None:
    """Re-raise a cancellation of this task that surfaced as a Redis error."""
    if _cancel_requested():
        raise asyncio.CancelledError from error


def consumer_name() -> str:
    """A name unique to this process, for the consumer group."""
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class Worker:
    """Consumes the event queue with bounded concurrency: users in parallel, each user in order."""

    def __init__(
        self,
        queue: EventQueue,
        store: Store,
        sender: Sender,
        responder: Responder,
        *,
        concurrency: int = 16,
        visibility_timeout_s: float = 60.0,
        max_attempts: int = 5,
        consumer: str | None = None,
        retry_base_s: float = 0.5,
        attempt_timeout_s: float = 120.0,
        shutdown_grace_s: float = 25.0,
        block_ms: int = 1000,
        rate_limit: RateLimit | None = None,
    ) -> None:
        self.queue = queue
        self.store = store
        self.sender = sender
        self.responder = responder
        self.concurrency = concurrency
        self.visibility_timeout_s = visibility_timeout_s
        self.max_attempts = max_attempts
        self.consumer = consumer or consumer_name()
        self._retry_base_s = retry_base_s
        self._attempt_timeout_s = attempt_timeout_s
        self._shutdown_grace_s = shutdown_grace_s
        self._block_ms = block_ms
        self._rate_limit = rate_limit
        self._lock_ttl_ms = int(min(USER_LOCK_TTL_MS, visibility_timeout_s * 1000))
        self._inflight: set[str] = set()
        self._chains: dict[str, list[Delivery]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._gap_deadlines: dict[str, float] = {}
        self._stopping = asyncio.Event()
        self._slot_freed = asyncio.Event()

    # --- running -------------------------------------------------------------------------------

    async def run(self) -> None:
        """Consume until `stop()`; then finish the events already claimed (within a grace)."""
        background = [
            asyncio.create_task(self._reclaim_loop()),
            asyncio.create_task(self._heartbeat_loop()),
        ]
        try:
            await self._claim_loop()
        finally:
            background[0].cancel()
            if self._tasks:
                _, late = await asyncio.wait(set(self._tasks), timeout=self._shutdown_grace_s)
                for task in late:
                    task.cancel()
                if late:
                    log.warning("stopped with events unfinished; they will be reclaimed")
                    await asyncio.wait(late)
            background[1].cancel()
            await asyncio.gather(*background, return_exceptions=True)

    def stop(self) -> None:
        """Stop claiming; `run()` returns once the claimed events are handled."""
        self._stopping.set()

    @property
    def inflight(self) -> int:
        return len(self._inflight)

    async def _claim_loop(self) -> None:
        stop = asyncio.create_task(self._stopping.wait())
        try:
            while not self._stopping.is_set():
                free = self.concurrency - len(self._inflight)
                if free <= 0:
                    self._slot_freed.clear()
                    freed = asyncio.create_task(self._slot_freed.wait())
                    await asyncio.wait({stop, freed}, return_when=asyncio.FIRST_COMPLETED)
                    freed.cancel()
                    await asyncio.gather(freed, return_exceptions=True)
                    continue
                read = asyncio.create_task(self.queue.read(self.consumer, free, self._block_ms))
                await asyncio.wait({read, stop}, return_when=asyncio.FIRST_COMPLETED)
                if not read.done():
                    read.cancel()
                    await asyncio.gather(read, return_exceptions=True)
                    break
                try:
                    deliveries = read.result()
                except (RedisError, OSError) as exc:
                    log.warning("cannot read the queue", extra={"error": repr(exc)})
                    await self._pause(1.0)
                    continue
                for delivery in deliveries:
                    self._dispatch(delivery)
        finally:
            stop.cancel()
            await asyncio.gather(stop, return_exceptions=True)

    async def _reclaim_loop(self) -> None:
        interval = max(0.05, min(self.visibility_timeout_s / 4, 15.0))
        min_idle_ms = int(self.visibility_timeout_s * 1000)
        next_prune = time.monotonic() + _PRUNE_EVERY_S * random.uniform(0.1, 1.0)
        while not self._stopping.is_set():
            await self._pause(interval)
            if time.monotonic() >= next_prune:
                next_prune = time.monotonic() + _PRUNE_EVERY_S
                try:
                    await self.queue.prune_consumers(_PRUNE_IDLE_MS)
                except (RedisError, OSError) as exc:
                    log.warning("cannot prune departed consumers", extra={"error": repr(exc)})
            free = self.concurrency - len(self._inflight)
            if free <= 0 or self._stopping.is_set():
                continue
            try:
                reclaimed = await self.queue.reclaim(self.consumer, min_idle_ms, free)
            except (RedisError, OSError) as exc:
                log.warning("cannot reclaim from the queue", extra={"error": repr(exc)})
                continue
            for delivery in reclaimed:
                log.info(
                    "reclaimed an event left by another worker",
                    extra={"user": delivery.user, "entry": delivery.entry_id},
                )
                self._dispatch(delivery)

    async def _heartbeat_loop(self) -> None:
        """Keep our claimed entries from looking abandoned while we work on them."""
        interval = max(0.02, min(self.visibility_timeout_s / 3, 10.0))
        while not _cancel_requested():
            await asyncio.sleep(interval)
            if self._inflight:
                try:
                    await self.queue.touch(self.consumer, sorted(self._inflight))
                except (RedisError, OSError) as exc:
                    _stop_if_cancelled(exc)
                    log.warning("cannot refresh claimed events", extra={"error": repr(exc)})

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    # --- one user's events, in order -----------------------------------------------------------

    def _dispatch(self, delivery: Delivery) -> None:
        if delivery.entry_id in self._inflight:
            return
        self._inflight.add(delivery.entry_id)
        chain = self._chains.get(delivery.user)
        if chain is not None:
            chain.append(delivery)
            chain.sort(key=lambda d: d.seq)
            return
        self._chains[delivery.user] = [delivery]
        task = asyncio.create_task(self._run_chain(delivery.user))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_chain(self, user: str) -> None:
        chain = self._chains[user]
        try:
            while chain:
                delivery = chain[0]
                try:
                    handled = await self.handle(delivery)
                except Exception:
                    log.exception(
                        "event failed; it will be reclaimed",
                        extra={"user": user, "entry": delivery.entry_id},
                    )
                    handled = True
                if not handled:
                    if self._stopping.is_set():
                        break  # leave it pending for whoever reclaims it
                    chain.sort(key=lambda d: d.seq)
                    await asyncio.sleep(_ORDER_POLL_S)
                    continue
                chain.remove(delivery)
                self._gap_deadlines.pop(delivery.entry_id, None)
                self._inflight.discard(delivery.entry_id)
                self._slot_freed.set()
        finally:
            for delivery in chain:
                self._inflight.discard(delivery.entry_id)
                self._gap_deadlines.pop(delivery.entry_id, None)
            del self._chains[user]
            self._slot_freed.set()

    async def handle(self, delivery: Delivery) -> bool:
        """Handle one entry; False when an earlier event of the user must go first."""
        lock_key = USER_LOCK_PREFIX + delivery.user
        token = f"{self.consumer}:{delivery.entry_id}"
        while True:
            if await self.store.acquire_lock(lock_key, token, self._lock_ttl_ms):
                break
            await asyncio.sleep(_LOCK_POLL_S)
        try:
            done = await self.queue.done_seq(delivery.user)
            if done >= delivery.seq:
                await self.queue.finish(delivery)
                await self._forget_outbox(delivery)
                EVENTS_PROCESSED.labels(outcome="duplicate").inc()
                return True
            if done < delivery.seq - 1 and not self._waited_enough(delivery):
                return False
            renewal = asyncio.create_task(self._renew(lock_key, token))
            try:
                await self._attempt(delivery)
            finally:
                renewal.cancel()
                await asyncio.gather(renewal, return_exceptions=True)
            return True
        finally:
            await self.store.release_lock(lock_key, token)

    def _waited_enough(self, delivery: Delivery) -> bool:
        now = time.monotonic()
        deadline = self._gap_deadlines.setdefault(
            delivery.entry_id, now + 2 * self.visibility_timeout_s
        )
        if now < deadline:
            return False
        log.warning(
            "an earlier event of this user was never handled; answering this one anyway",
            extra={"user": delivery.user, "entry": delivery.entry_id, "seq": delivery.seq},
        )
        return True

    async def _renew(self, key: str, token: str) -> None:
        while not _cancel_requested():
            await asyncio.sleep(self._lock_ttl_ms / 3000)
            try:
                if not await self.store.extend_lock(key, token, self._lock_ttl_ms):
                    user = key.removeprefix(USER_LOCK_PREFIX)  # logged hashed, as user ids are
                    log.warning("lost a user lock while working", extra={"user": user})
                    return
            except (RedisError, OSError) as exc:
                _stop_if_cancelled(exc)
                log.warning("cannot renew a user lock", extra={"error": repr(exc)})

    # --- attempts ------------------------------------------------------------------------------

    async def _attempt(self, delivery: Delivery) -> None:
        while True:
            attempt = await self.queue.begin_attempt(delivery.entry_id)
            if attempt > self.max_attempts:
                await self._dead_letter(delivery, "attempts exhausted", attempt - 1)
                return
            try:
                async with asyncio.timeout(self._attempt_timeout_s):
                    await self._answer(delivery)
            except SendError as error:
                if error.retryable and attempt < self.max_attempts:
                    await self._backoff(delivery, attempt, error)
                    continue
                if error.retryable:
                    await self._dead_letter(delivery, f"send failed: {error.label}", attempt)
                    return
                # Permanent (blocked, outside the window, bad token...): trying again cannot help.
                await self._finish(delivery, outcome="undeliverable")
                return
            except _Unreadable as error:
                await self._dead_letter(delivery, f"unreadable event: {error}", attempt)
                return
            except Exception as error:
                if attempt >= self.max_attempts:
                    await self._dead_letter(delivery, repr(error), attempt)
                    return
                await self._backoff(delivery, attempt, error)
                continue
            await self._finish(delivery, outcome="answered")
            EVENT_LATENCY.observe(max(0.0, time.time() - delivery.received_at))
            return

    async def _backoff(self, delivery: Delivery, attempt: int, error: Exception) -> None:
        log.warning(
            "event attempt failed; retrying",
            exc_info=not isinstance(error, SendError),
            extra={"user": delivery.user, "entry": delivery.entry_id, "attempt": attempt},
        )
        ceiling = self._retry_base_s * 2.0 ** (attempt - 1)
        await asyncio.sleep(ceiling / 2 + random.uniform(0, ceiling / 2))

    async def _finish(self, delivery: Delivery, *, outcome: str) -> None:
        await self.queue.finish(delivery)
        await self._forget_outbox(delivery)
        EVENTS_PROCESSED.labels(outcome=outcome).inc()

    async def _dead_letter(self, delivery: Delivery, reason: str, attempts: int) -> None:
        log.error(
            "event dead-lettered",
            extra={
                "user": delivery.user,
                "entry": delivery.entry_id,
                "attempts": attempts,
                "reason": reason,
            },
        )
        if await self.store.get(OUTBOX_PREFIX + delivery.entry_id) is None:
            with contextlib.suppress(Exception):
                await self.sender.send(delivery.user, APOLOGY)
        await self.queue.dead_letter(delivery, reason, attempts)
        await self._forget_outbox(delivery)
        DEAD_LETTERS.inc()
        EVENTS_PROCESSED.labels(outcome="dead_letter").inc()

    # --- the answer ----------------------------------------------------------------------------

    async def _answer(self, delivery: Delivery) -> None:
        outbox_key = OUTBOX_PREFIX + delivery.entry_id
        sent_key = outbox_key + ":sent"
        stored = await self.store.get(outbox_key)
        if stored is None:
            messages = await self._compose(delivery, outbox_key)
            sent = 0
        else:
            messages = json.loads(stored)
            sent = int(await self.store.get(sent_key) or 0)
        for index in range(sent, len(messages)):
            await self.sender.send_message(delivery.user, messages[index])
            await self._record_sent(sent_key, index + 1)

    async def _record_sent(self, sent_key: str, count: int) -> None:
        """Record that `count` messages went out. A message Messenger took is never sent again,
        so when the store blinks this is retried (the count is set, not incremented, so a retry
        after a lost reply is harmless) until it lands or the attempt's time runs out; only a
        process that dies meanwhile leaves a message to be sent a second time."""
        delay = _RECORD_RETRY_S
        while True:
            try:
                await self.store.set(sent_key, str(count), ttl_s=OUTBOX_TTL_S)
                return
            except (RedisError, OSError) as exc:
                _stop_if_cancelled(exc)
                log.warning("cannot record a sent message; retrying", extra={"error": repr(exc)})
            await asyncio.sleep(delay)
            delay = min(delay * 2, _RECORD_RETRY_MAX_S)

    async def _compose(self, delivery: Delivery, outbox_key: str) -> list[dict[str, Any]]:
        try:
            event = json.loads(delivery.data)
            incoming = incoming_from(event)
        except (ValueError, TypeError, KeyError) as exc:
            raise _Unreadable(repr(exc)) from exc
        await self._note_interaction(delivery, event)
        if self._rate_limit is not None:
            at = written_at(event.get("ts"), delivery.received_at)
            verdict = await self._rate_limit.check(delivery.user, delivery.seq, at)
            if verdict is not Verdict.ANSWER:
                return await self._hold_back(delivery, outbox_key, verdict)
        decorate = asyncio.create_task(self._show_working(delivery.user))
        try:
            replies = await self.responder.respond(incoming)
            messages = [message for reply in replies for message in render(reply)]
            await self.store.set(outbox_key, json.dumps(messages), ttl_s=OUTBOX_TTL_S)
            # The typing bubble must reach Messenger before the answer, or it would linger.
            await asyncio.wait({decorate}, timeout=_SEEN_WAIT_S)
        finally:
            if not decorate.done():
                decorate.cancel()
            await asyncio.gather(decorate, return_exceptions=True)
        return messages

    async def _hold_back(
        self, delivery: Delivery, outbox_key: str, verdict: Verdict
    ) -> list[dict[str, Any]]:
        """A message over the user's rate limit: no bot work; the first one of the window gets
        the slow-down notice, through the outbox like any answer, the others nothing."""
        RATE_LIMITED.inc()
        messages = render(SLOW_DOWN) if verdict is Verdict.SLOW_DOWN else []
        if messages:
            log.info("user over the rate limit; asked to slow down", extra={"user": delivery.user})
        await self.store.set(outbox_key, json.dumps(messages), ttl_s=OUTBOX_TTL_S)
        return messages

    async def _show_working(self, user: str) -> None:
        await self.sender.mark_seen(user)
        await self.sender.typing_on(user)

    async def _note_interaction(self, delivery: Delivery, event: dict[str, Any]) -> None:
        """The user wrote: their 24-hour window opens, and they are reachable again."""
        timestamp = event.get("ts")
        seen_at = timestamp / 1000 if isinstance(timestamp, int) else delivery.received_at
        await self.store.set(
            LAST_SEEN_PREFIX + delivery.user, f"{seen_at:.3f}", ttl_s=LAST_SEEN_TTL_S
        )
        await self.store.delete(UNREACHABLE_PREFIX + delivery.user)

    async def _forget_outbox(self, delivery: Delivery) -> None:
        outbox_key = OUTBOX_PREFIX + delivery.entry_id
        await self.store.delete(outbox_key, outbox_key + ":sent")
