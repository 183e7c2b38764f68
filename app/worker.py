"""Queue consumers: claim entries, keep each user's entries in order, run the job, retry,
dead-letter, reclaim. Like arq's worker, it knows nothing of what a job does.

A job is registered by handing it to the worker: `Worker(queue, store, job)`, where `job` is any
`Job` (`job_function(handle)` wraps a plain `async def handle(delivery, attempt) -> str`).

Per entry: take the user's lock (renewed while working, so one entry of a user at a time) and, in
the same step, skip an entry whose user sequence is already handled, or count the attempt; wait
while an earlier entry of the same user is still unhandled (in flight elsewhere, or pending
reclaim), going on anyway after twice the visibility timeout so that a lost entry cannot block a
user forever; run the job, then record the sequence as handled, acknowledge, delete what the job
kept for the entry and release the user's lock, in one step. An entry whose job fails is retried
with backoff up to `max_attempts` (process deaths included), then dead-lettered after the job's last
word (`Job.given_up`); one whose job raises EntryGone (the queue no longer holds it) is dropped: its
attempts, what the job kept for it and the user's lock go in one step, the user's handled number
stays. Redis failing under the job (a failover, a restart) is not the entry's fault: the job is run
again shortly, and after a while the entry is left for reclaim, without using up attempts.

Stopping (`stop()`, on SIGTERM): no new entries are claimed; the ones in hand get
`shutdown_grace_s` to finish, without starting retries; what is still running then is cancelled
and released to the other workers at once, with anything the queue handed over as the stop came
(a read answered at that moment), which is never started. A job must therefore keep, before it
does anything that cannot be undone (a message sent), the record that lets a later run skip it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import socket
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Final, Protocol

from app.constants import USER_LOCK_PREFIX, USER_LOCK_TTL_MS, WORKER_ALIVE_TTL_S
from app.errors import EntryGone, JobError, NotReplicated, RejectJob, described
from app.observability import DEAD_LETTERS, EVENT_LATENCY, EVENTS_PROCESSED
from app.queue import Delivery, EventQueue, Lock
from app.retry import backoff_delay
from app.store import LOCK_POLL_S, STORE_ERRORS, Store

log = logging.getLogger(__name__)

# Redis out of reach, or a write not yet on enough replicas: not the entry's fault.
INFRASTRUCTURE_ERRORS: Final = (*STORE_ERRORS, NotReplicated)
# How often a job that hit an infrastructure error is run again before its entry is left for
# reclaim, and the backoff between runs: about 15 s in all, enough for a Sentinel failover.
_INFRASTRUCTURE_RETRIES: Final = 8
_INFRASTRUCTURE_BASE_S: Final = 0.2
_INFRASTRUCTURE_CAP_S: Final = 4.0
_RETRY_CAP_S: Final = 30.0
_ORDER_POLL_S: Final = 0.1
# Departed worker processes leave their consumer names in the group: forget them after an hour.
_PRUNE_EVERY_S: Final = 600.0
_PRUNE_IDLE_MS: Final = 3_600_000
# More entries than a worker can hold at once (its concurrency, plus one read and one reclaim).
_HELD_LISTED: Final = 1000


class Job(Protocol):
    """What a worker runs for each entry of the queue."""

    async def __call__(self, delivery: Delivery, attempt: int) -> str:
        """Handle the entry; an outcome label for metrics. `attempt` counts runs from 1 (process
        deaths included): 1 means that no run for this entry came before. Raise `RetryJob` (or
        anything) to be run again later, `RejectJob` to have the entry dead-lettered now."""
        ...

    def kept_for(self, delivery: Delivery) -> Sequence[str]:
        """Store keys the job keeps for the entry, deleted when the entry is finished."""
        ...

    async def given_up(self, delivery: Delivery, reason: str) -> None:
        """The entry is about to be dead-lettered: the job's last word (an apology, say)."""
        ...


JobFunction = Callable[[Delivery, int], Awaitable[str]]


@dataclass(frozen=True)
class FunctionJob:
    """A plain coroutine function as a `Job`: nothing kept, nothing said when it gives up."""

    function: JobFunction

    async def __call__(self, delivery: Delivery, attempt: int) -> str:
        return await self.function(delivery, attempt)

    def kept_for(self, delivery: Delivery) -> Sequence[str]:
        return ()

    async def given_up(self, delivery: Delivery, reason: str) -> None:
        return None


def job_function(function: JobFunction) -> Job:
    """Register a plain coroutine function as the worker's job."""
    return FunctionJob(function)


class _LeftForLater(Exception):
    """The entry is left pending, for this or another worker to take up again."""


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


def consumer_name() -> str:
    """A name unique to this process, for the consumer group."""
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class Worker:
    """Consumes the event queue with bounded concurrency: users in parallel, each user in order."""

    def __init__(
        self,
        queue: EventQueue,
        store: Store,
        job: Job,
        *,
        concurrency: int = 16,
        visibility_timeout_s: float = 60.0,
        max_attempts: int = 5,
        consumer: str | None = None,
        retry_base_s: float = 0.5,
        attempt_timeout_s: float = 120.0,
        shutdown_grace_s: float = 10.0,
        block_ms: int = 1000,
        alive_key: str | None = None,
    ) -> None:
        self.queue = queue
        self.store = store
        self.job = job
        self.concurrency = concurrency
        self.visibility_timeout_s = visibility_timeout_s
        self.max_attempts = max_attempts
        self.consumer = consumer or consumer_name()
        self.shutdown_grace_s = shutdown_grace_s
        self._retry_base_s = retry_base_s
        self._attempt_timeout_s = attempt_timeout_s
        self._block_ms = block_ms
        self._alive_key = alive_key  # refreshed by the heartbeat: this process runs
        self._lock_ttl_ms = int(min(USER_LOCK_TTL_MS, visibility_timeout_s * 1000))
        self._batch = max(1, concurrency // 2)  # free slots worth a read of the queue
        self._inflight: set[str] = set()
        self._left: set[str] = set()  # entries left pending while stopping, to release
        self._locks: dict[str, str] = {}  # user lock key -> our token, while held
        self._chains: dict[str, list[Delivery]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._gap_deadlines: dict[str, float] = {}
        self._stopping = asyncio.Event()
        self._slot_freed = asyncio.Event()

    # --- running -------------------------------------------------------------------------------

    async def run(self) -> None:
        """Consume until `stop()`; then finish the entries in hand within the grace period,
        and release the rest to the other workers."""
        background = [
            asyncio.create_task(self._reclaim_loop()),
            asyncio.create_task(self._heartbeat_loop()),
        ]
        try:
            await self._claim_loop()
        finally:
            background[0].cancel()
            if self._tasks:
                _, late = await asyncio.wait(set(self._tasks), timeout=self.shutdown_grace_s)
                for task in late:
                    task.cancel()
                if late:
                    await asyncio.wait(late)
            unfinished = await self._unfinished()
            if unfinished:
                log.warning(
                    "stopped with events unfinished; released to other workers",
                    extra={"events": len(unfinished)},
                )
                await self._release(unfinished)
            background[1].cancel()
            await asyncio.gather(*background, return_exceptions=True)

    def stop(self) -> None:
        """Stop claiming; `run()` returns once the entries in hand are finished or released."""
        self._stopping.set()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    @property
    def inflight(self) -> int:
        return len(self._inflight)

    async def _unfinished(self) -> list[str]:
        """The entries this worker holds and will not finish: those in hand or left, and any the
        queue says it holds besides. A read (or reclaim) cut short by the stop may have been
        answered already: its entries are this worker's in the queue though it never saw them,
        and would otherwise wait a whole visibility timeout for another worker."""
        held: list[str] = []
        try:
            async with asyncio.timeout(2.0):
                held = await self.queue.held(self.consumer, _HELD_LISTED)
        except (TimeoutError, *INFRASTRUCTURE_ERRORS) as exc:
            log.warning("cannot list the events this worker holds", extra={"error": described(exc)})
        return sorted(self._inflight | self._left | set(held))

    async def _release(self, entry_ids: list[str]) -> None:
        try:
            async with asyncio.timeout(2.0):
                await self.queue.release(
                    self.consumer, entry_ids, int(self.visibility_timeout_s * 1000)
                )
        except (TimeoutError, *INFRASTRUCTURE_ERRORS) as exc:
            log.warning("cannot release unfinished events", extra={"error": described(exc)})

    async def _claim_loop(self) -> None:
        stop = asyncio.create_task(self._stopping.wait())
        try:
            while not self._stopping.is_set():
                free = self.concurrency - len(self._inflight)
                # While busy, new entries are read a batch at a time (half the slots) rather than
                # one read per freed slot; an idle worker reads at once whatever arrives.
                if free < self._batch:
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
                except INFRASTRUCTURE_ERRORS as exc:
                    log.warning("cannot read the queue", extra={"error": described(exc)})
                    await self._pause(1.0)
                    continue
                if self._stopping.is_set():
                    # Read as the stop came: not taken up, released with the rest.
                    self._left.update(delivery.entry_id for delivery in deliveries)
                    break
                for delivery in deliveries:
                    self._dispatch(delivery)
        finally:
            stop.cancel()
            await asyncio.gather(stop, return_exceptions=True)

    async def _reclaim_loop(self) -> None:
        interval = max(0.05, min(self.visibility_timeout_s / 4, 15.0))
        min_idle_ms = int(self.visibility_timeout_s * 1000)
        next_prune = time.monotonic() + _PRUNE_EVERY_S * random.uniform(0.1, 1.0)
        first = True  # a worker that starts takes up at once what a stopped one released
        while not self._stopping.is_set():
            if not first:
                await self._pause(interval)
            first = False
            if time.monotonic() >= next_prune:
                next_prune = time.monotonic() + _PRUNE_EVERY_S
                try:
                    await self.queue.prune_consumers(_PRUNE_IDLE_MS)
                except INFRASTRUCTURE_ERRORS as exc:
                    log.warning("cannot prune departed consumers", extra={"error": described(exc)})
            free = self.concurrency - len(self._inflight)
            if free <= 0 or self._stopping.is_set():
                continue
            try:
                reclaimed = await self.queue.reclaim(self.consumer, min_idle_ms, free)
            except INFRASTRUCTURE_ERRORS as exc:
                log.warning("cannot reclaim from the queue", extra={"error": described(exc)})
                continue
            for delivery in reclaimed:
                log.info(
                    "reclaimed an event left by another worker",
                    extra={"user": delivery.user, "entry": delivery.entry_id},
                )
                self._dispatch(delivery)

    async def _heartbeat_loop(self) -> None:
        """Keep our claimed entries from looking abandoned, and our user locks from expiring,
        while we work on them; and `alive_key` (when given) saying that this process runs."""
        interval = max(0.02, min(self.visibility_timeout_s / 3, self._lock_ttl_ms / 3000, 10.0))
        first = True
        while not _cancel_requested():
            if not first:
                await asyncio.sleep(interval)
            first = False
            try:
                if self._alive_key is not None:
                    await self.store.set(self._alive_key, self.consumer, ttl_s=WORKER_ALIVE_TTL_S)
                if self._inflight:
                    await self.queue.touch(self.consumer, sorted(self._inflight))
                for key, token in list(self._locks.items()):
                    kept = await self.store.extend_lock(key, token, self._lock_ttl_ms)
                    if not kept and self._locks.get(key) == token:
                        user = key.removeprefix(USER_LOCK_PREFIX)  # logged hashed
                        log.warning("lost a user lock while working", extra={"user": user})
            except INFRASTRUCTURE_ERRORS as exc:
                if _cancel_requested():
                    raise asyncio.CancelledError from exc
                log.warning("cannot refresh claimed events", extra={"error": described(exc)})

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    # --- one user's entries, in order ----------------------------------------------------------

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
                except _LeftForLater:
                    if self._stopping.is_set():
                        self._left.add(delivery.entry_id)
                    handled = True
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
                self._gap_deadlines.pop(delivery.entry_id, None)
            del self._chains[user]
            self._slot_freed.set()

    async def handle(self, delivery: Delivery) -> bool:
        """Handle one entry; False when an earlier entry of the user must go first.

        The user's lock is taken with the entry's first step (`begin_locked`) and released with
        its last (`finish`), each one round trip; it is released on its own only when the entry
        is not finished here."""
        lock = Lock(
            USER_LOCK_PREFIX + delivery.user,
            f"{self.consumer}:{delivery.entry_id}",
            self._lock_ttl_ms,
        )
        began = await self.queue.begin_locked(delivery, lock)
        while began is None:  # another holder: wait for it
            await asyncio.sleep(LOCK_POLL_S)
            began = await self.queue.begin_locked(delivery, lock)
        self._locks[lock.key] = lock.token
        try:
            done, attempt = began
            if attempt == 0 and done < delivery.seq:  # an earlier entry of the user is unhandled
                if not self._waited_enough(delivery):
                    return False
                done, attempt = await self.queue.begin(delivery, out_of_order=True)
            if done >= delivery.seq:
                await self._close(delivery)
                EVENTS_PROCESSED.labels(outcome="duplicate").inc()
                return True
            await self._attempts(delivery, attempt)
            return True
        finally:
            token = self._locks.pop(lock.key, None)
            if token is not None:  # not released by `_close`
                await self._unlock(lock.key, token)

    async def _close(
        self, delivery: Delivery, dead: tuple[str, int] | None = None, *, gone: bool = False
    ) -> None:
        """Finish the entry (dead-lettered with `dead`: reason, attempts; only let go of, with
        `gone`, when the queue no longer holds it) and release the user's lock, in one step."""
        key = USER_LOCK_PREFIX + delivery.user
        token = self._locks.pop(key, None)  # no longer ours to renew
        unlock = Lock(key, token, self._lock_ttl_ms) if token is not None else None
        kept = self.job.kept_for(delivery)
        try:
            if gone:
                await self.queue.drop(delivery, kept, unlock=unlock)
            elif dead is None:
                await self.queue.finish(delivery, kept, unlock=unlock)
            else:
                await self.queue.dead_letter(delivery, *dead, kept, unlock=unlock)
        except BaseException:
            if token is not None:
                self._locks[key] = token  # still held: released by `handle`
            raise

    async def _unlock(self, key: str, token: str) -> None:
        try:
            await self.store.release_lock(key, token)
        except INFRASTRUCTURE_ERRORS as exc:  # it expires by itself
            log.warning("cannot release a user lock", extra={"error": described(exc)})

    def _waited_enough(self, delivery: Delivery) -> bool:
        now = time.monotonic()
        deadline = self._gap_deadlines.setdefault(
            delivery.entry_id, now + 2 * self.visibility_timeout_s
        )
        if now < deadline:
            return False
        log.warning(
            "an earlier event of this user was never handled; handling this one anyway",
            extra={"user": delivery.user, "entry": delivery.entry_id, "seq": delivery.seq},
        )
        return True

    # --- attempts ------------------------------------------------------------------------------

    async def _attempts(self, delivery: Delivery, attempt: int) -> None:
        while True:
            if attempt > self.max_attempts:
                await self._dead_letter(delivery, "attempts exhausted", attempt - 1)
                return
            try:
                outcome = await self._run_job(delivery, attempt)
            except RejectJob as error:
                await self._dead_letter(delivery, error.label, attempt)
                return
            except EntryGone as error:
                # Finished by another worker, or lost in a failover before it was acknowledged
                # (Facebook delivers it again): nothing to answer or to finish here.
                log.warning(
                    "the event is no longer in the queue; dropped unanswered",
                    extra={"user": delivery.user, "entry": delivery.entry_id, "error": str(error)},
                )
                try:
                    await self._close(delivery, gone=True)
                except INFRASTRUCTURE_ERRORS as exc:  # its attempts stay, its lock expires
                    log.warning("cannot let go of a dropped event", extra={"error": described(exc)})
                EVENTS_PROCESSED.labels(outcome="gone").inc()
                return
            except Exception as error:
                if attempt >= self.max_attempts:
                    await self._dead_letter(delivery, _reason(error), attempt)
                    return
                if self._stopping.is_set():
                    raise _LeftForLater from error  # no retry while stopping: reclaim takes it
                log.warning(
                    "event attempt failed; retrying",
                    exc_info=not isinstance(error, JobError),
                    extra={"user": delivery.user, "entry": delivery.entry_id, "attempt": attempt},
                )
                await self._sleep(
                    backoff_delay(attempt, base_s=self._retry_base_s, cap_s=_RETRY_CAP_S)
                )
                _, attempt = await self.queue.begin(delivery, out_of_order=True)
                if attempt == 0:  # handled meanwhile (our lock was lost to another worker)
                    await self._finish(delivery, "duplicate")
                    return
                continue
            await self._finish(delivery, outcome)
            return

    async def _run_job(self, delivery: Delivery, attempt: int) -> str:
        """The job, run again after infrastructure errors (Redis away for a moment) without
        counting attempts; when they persist, the entry is left for reclaim."""
        failures = 0
        while True:
            try:
                async with asyncio.timeout(self._attempt_timeout_s):
                    # A job sees attempt 1 only on its first run for the entry.
                    return await self.job(delivery, attempt + failures)
            except INFRASTRUCTURE_ERRORS as error:
                failures += 1
                if _cancel_requested():
                    raise asyncio.CancelledError from error
                if self._stopping.is_set() or failures > _INFRASTRUCTURE_RETRIES:
                    log.warning(
                        "cannot reach the store; leaving the event for later",
                        extra={"entry": delivery.entry_id, "error": described(error)},
                    )
                    raise _LeftForLater from error
                await self._sleep(
                    backoff_delay(
                        failures, base_s=_INFRASTRUCTURE_BASE_S, cap_s=_INFRASTRUCTURE_CAP_S
                    )
                )

    async def _sleep(self, seconds: float) -> None:
        """Sleep before running a job again; when a stop comes meanwhile, leave it for later."""
        await self._pause(seconds)
        if self._stopping.is_set():
            raise _LeftForLater

    async def _finish(self, delivery: Delivery, outcome: str) -> None:
        await self._close(delivery)
        EVENTS_PROCESSED.labels(outcome=outcome).inc()
        EVENT_LATENCY.observe(max(0.0, time.time() - delivery.received_at))

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
        try:
            await self.job.given_up(delivery, reason)
        except Exception:
            log.exception("the job's last word failed", extra={"entry": delivery.entry_id})
        await self._close(delivery, (reason, attempts))
        DEAD_LETTERS.inc()
        EVENTS_PROCESSED.labels(outcome="dead_letter").inc()


def _reason(error: Exception) -> str:
    label = getattr(error, "label", None)
    return label if isinstance(label, str) else described(error)
