"""The queue consumer runs its job once per entry, one user at a time, users in parallel; it
retries, dead-letters, reclaims, and stops cleanly. Jobs here are plain functions: the consumer
knows nothing of Messenger (the Messenger job is tested in tests/messenger/test_delivery.py).

Every test runs on the in-memory twins and on real Redis.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import pytest
import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError

from app.constants import ATTEMPTS_KEY, EVENTS_STREAM, USER_LOCK_PREFIX, WORKER_ALIVE_TTL_S
from app.errors import EntryGone, RejectJob, RetryJob
from app.queue import Delivery, EventQueue, MemoryQueue, NewEvent, RedisQueue
from app.store import MemoryStore, RedisStore, Store
from app.worker import Worker, job_function


@dataclass
class Backend:
    queue: EventQueue
    store: Store


@pytest.fixture(params=["memory", "redis"])
async def backend(request: pytest.FixtureRequest) -> AsyncIterator[Backend]:
    if request.param == "memory":
        store = MemoryStore()
        yield Backend(MemoryQueue(store=store), store)
        return
    url = request.getfixturevalue("clean_redis")
    client = aioredis.Redis.from_url(url, decode_responses=True)
    yield Backend(RedisQueue(client), RedisStore(client))
    await client.aclose()


@dataclass
class Ran:
    """What a job saw: (user, text, attempt) per run, and the concurrency reached."""

    runs: list[tuple[str, str, int]] = field(default_factory=list)
    active: int = 0
    most_active: int = 0
    users_active: set[str] = field(default_factory=set)
    same_user_overlap: bool = False

    def texts(self, user: str) -> list[str]:
        return [text for who, text, _ in self.runs if who == user]


def recording(ran: Ran, pause: float = 0.0) -> object:
    async def job(delivery: Delivery, attempt: int) -> str:
        if delivery.user in ran.users_active:
            ran.same_user_overlap = True
        ran.users_active.add(delivery.user)
        ran.active += 1
        ran.most_active = max(ran.most_active, ran.active)
        try:
            await asyncio.sleep(pause)
        finally:
            ran.active -= 1
            ran.users_active.discard(delivery.user)
        ran.runs.append((delivery.user, json.loads(delivery.data)["text"], attempt))
        return "done"

    return job


def make_worker(backend: Backend, job: object, **options: object) -> Worker:
    settings: dict[str, object] = {
        "concurrency": 8,
        "visibility_timeout_s": 1.0,
        "max_attempts": 3,
        "retry_base_s": 0.01,
        "block_ms": 100,
    }
    settings.update(options)
    registered = job if hasattr(job, "kept_for") else job_function(job)  # type: ignore[arg-type]
    return Worker(backend.queue, backend.store, registered, **settings)  # type: ignore[arg-type]


@asynccontextmanager
async def running(*workers: Worker) -> AsyncIterator[None]:
    tasks = [asyncio.create_task(worker.run()) for worker in workers]
    try:
        yield
    finally:
        for worker in workers:
            worker.stop()
        await asyncio.wait_for(asyncio.gather(*tasks), 15)


def event(mid: str, user: str, text: str) -> NewEvent:
    return NewEvent(mid, user, json.dumps({"kind": "message", "user": user, "text": text}))


async def eventually(condition: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


async def drained(queue: EventQueue, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while (await queue.stats()).length:
        if time.monotonic() > deadline:
            raise AssertionError("the queue was not drained in time")
        await asyncio.sleep(0.02)


async def test_each_entry_runs_the_job_once_and_is_acknowledged(backend: Backend) -> None:
    ran = Ran()
    await backend.queue.enqueue([event("m1", "alice", "one"), event("m2", "bob", "two")])
    async with running(make_worker(backend, recording(ran))):
        await drained(backend.queue)
        await asyncio.sleep(0.2)
    assert sorted(ran.runs) == [("alice", "one", 1), ("bob", "two", 1)]
    stats = await backend.queue.stats()
    assert (stats.length, stats.pending) == (0, 0)


async def test_a_running_worker_keeps_its_alive_mark_fresh(backend: Backend) -> None:
    worker = make_worker(backend, recording(Ran()), alive_key="rb:worker:alive:test-host")
    async with running(worker):
        await eventually(lambda: worker.inflight == 0)
        await asyncio.sleep(0.1)
        assert await backend.store.get("rb:worker:alive:test-host") == worker.consumer
        remaining = await backend.store.ttl("rb:worker:alive:test-host")
        assert remaining is not None and 0 < remaining <= WORKER_ALIVE_TTL_S


async def test_one_users_entries_run_in_order_across_two_workers(backend: Backend) -> None:
    ran = Ran()
    events = [event(f"m{n}", "alice", f"q{n}") for n in range(12)]
    events += [event(f"b{n}", "bob", f"q{n}") for n in range(6)]
    await backend.queue.enqueue(events)
    job = recording(ran, pause=0.02)
    first = make_worker(backend, job, concurrency=4)
    second = make_worker(backend, job, concurrency=4)
    async with running(first, second):
        await drained(backend.queue, timeout=20)
    assert ran.texts("alice") == [f"q{n}" for n in range(12)]
    assert ran.texts("bob") == [f"q{n}" for n in range(6)]
    assert not ran.same_user_overlap


async def test_different_users_run_in_parallel_up_to_the_concurrency(backend: Backend) -> None:
    ran = Ran()
    await backend.queue.enqueue([event(f"m{n}", f"user{n}", "hi") for n in range(10)])
    async with running(make_worker(backend, recording(ran, pause=0.2), concurrency=3)):
        await drained(backend.queue, timeout=20)
    assert ran.most_active == 3


async def test_a_failing_job_is_retried_then_succeeds(backend: Backend) -> None:
    attempts: list[int] = []

    async def flaky(delivery: Delivery, attempt: int) -> str:
        attempts.append(attempt)
        if len(attempts) == 1:
            raise RetryJob("upstream hiccup")
        if len(attempts) == 2:
            raise RuntimeError("a bug that comes and goes")
        return "done"

    await backend.queue.enqueue([event("m1", "alice", "hi")])
    async with running(make_worker(backend, flaky, max_attempts=3)):
        await drained(backend.queue)
    assert attempts == [1, 2, 3]
    assert await backend.queue.dead_letters() == []


@dataclass
class Apologetic:
    """A job object: fails every time, keeps a key per entry, and says a last word."""

    store: Store
    calls: int = 0
    last_words: list[tuple[str, str]] = field(default_factory=list)

    async def __call__(self, delivery: Delivery, attempt: int) -> str:
        self.calls += 1
        await self.store.set(f"rb:{{q}}:kept:{delivery.entry_id}", "x")
        raise RuntimeError("bug")

    def kept_for(self, delivery: Delivery) -> Sequence[str]:
        return [f"rb:{{q}}:kept:{delivery.entry_id}"]

    async def given_up(self, delivery: Delivery, reason: str) -> None:
        self.last_words.append((delivery.user, reason))


async def test_a_job_that_keeps_failing_is_dead_lettered_after_its_last_word(
    backend: Backend,
) -> None:
    job = Apologetic(backend.store)
    await backend.queue.enqueue([event("m1", "alice", "hi")])
    async with running(make_worker(backend, job, max_attempts=3)):
        await eventually(lambda: job.last_words)
        await drained(backend.queue)
    assert job.calls == 3
    assert job.last_words == [("alice", "RuntimeError: bug")]  # the error's class and message
    (letter,) = await backend.queue.dead_letters()
    assert letter["attempts"] == "3"
    assert "bug" in letter["reason"]
    assert await backend.store.scan_keys("rb:{q}:kept:*") == []  # deleted with the entry


async def test_a_rejected_entry_is_dead_lettered_at_once(backend: Backend) -> None:
    calls = 0

    async def unreadable(delivery: Delivery, attempt: int) -> str:
        nonlocal calls
        calls += 1
        raise RejectJob("unreadable event")

    await backend.queue.enqueue([event("m1", "alice", "hi"), event("m2", "alice", "next")])
    async with running(make_worker(backend, unreadable)):
        await drained(backend.queue)
    assert calls == 2
    letters = await backend.queue.dead_letters()
    assert [(letter["attempts"], letter["reason"]) for letter in letters] == [
        ("1", "unreadable event"),
        ("1", "unreadable event"),
    ]


async def test_the_keys_a_job_kept_are_deleted_with_its_finished_entry(backend: Backend) -> None:
    @dataclass
    class Keeping:
        store: Store

        async def __call__(self, delivery: Delivery, attempt: int) -> str:
            await self.store.set(f"rb:{{q}}:kept:{delivery.entry_id}", "answer")
            return "done"

        def kept_for(self, delivery: Delivery) -> Sequence[str]:
            return [f"rb:{{q}}:kept:{delivery.entry_id}"]

        async def given_up(self, delivery: Delivery, reason: str) -> None:
            return None

    await backend.queue.enqueue([event("m1", "alice", "hi")])
    async with running(make_worker(backend, Keeping(backend.store))):
        await drained(backend.queue)
    assert await backend.store.scan_keys("rb:{q}:kept:*") == []


async def test_an_entry_left_by_a_dead_worker_is_reclaimed(backend: Backend) -> None:
    ran = Ran()
    await backend.queue.enqueue([event("m1", "alice", "hi")])
    assert len(await backend.queue.read("dead-worker", 10, 100)) == 1
    async with running(make_worker(backend, recording(ran), visibility_timeout_s=0.3)):
        await drained(backend.queue)
    assert ran.runs == [("alice", "hi", 1)]


async def test_process_deaths_count_as_attempts(backend: Backend) -> None:
    job = Apologetic(backend.store)
    await backend.queue.enqueue([event("m1", "alice", "hi")])
    (taken,) = await backend.queue.read("dead-worker", 10, 100)
    for _ in range(3):  # three workers died while handling it
        await backend.queue.begin_attempt(taken.entry_id)
    async with running(make_worker(backend, job, visibility_timeout_s=0.3, max_attempts=3)):
        await drained(backend.queue)
    assert job.calls == 0
    assert job.last_words == [("alice", "attempts exhausted")]
    (letter,) = await backend.queue.dead_letters()
    assert letter["reason"] == "attempts exhausted"


async def test_a_reclaimed_entry_tells_the_job_it_is_not_the_first_run(backend: Backend) -> None:
    ran = Ran()
    await backend.queue.enqueue([event("m1", "alice", "hi")])
    (taken,) = await backend.queue.read("dead-worker", 10, 100)
    await backend.queue.begin_attempt(taken.entry_id)  # it died during its first run
    async with running(make_worker(backend, recording(ran), visibility_timeout_s=0.3)):
        await drained(backend.queue)
    assert ran.runs == [("alice", "hi", 2)]


async def test_an_entry_already_handled_is_acknowledged_without_running_the_job(
    backend: Backend,
) -> None:
    """A worker died after recording the entry as handled but before acknowledging it."""
    ran = Ran()
    await backend.queue.enqueue([event("m1", "alice", "hi"), event("m2", "alice", "two")])
    _, second = await backend.queue.read("dead-worker", 10, 100)
    await backend.queue.finish(second)  # done = 2 covers the first as well
    async with running(make_worker(backend, recording(ran), visibility_timeout_s=0.3)):
        await drained(backend.queue)
        await asyncio.sleep(0.2)
    assert ran.runs == []


async def test_a_later_entry_waits_for_an_earlier_one_pending_reclaim(backend: Backend) -> None:
    ran = Ran()
    await backend.queue.enqueue([event("m1", "alice", "first")])
    assert len(await backend.queue.read("dead-worker", 10, 100)) == 1
    await backend.queue.enqueue([event("m2", "alice", "second")])
    async with running(make_worker(backend, recording(ran), visibility_timeout_s=0.5)):
        await drained(backend.queue)
    assert ran.texts("alice") == ["first", "second"]


async def test_a_lost_earlier_entry_does_not_block_the_user_forever(backend: Backend) -> None:
    ran = Ran()
    await backend.queue.enqueue([event("m1", "alice", "lost"), event("m2", "alice", "next")])
    lost, _ = await backend.queue.read("dead-worker", 10, 100)
    await backend.queue.finish(lost)  # gone without being recorded: done stays at 0
    if isinstance(backend.store, RedisStore):
        await backend.store.redis.delete("rb:{q}:done:alice")
    else:
        backend.queue._done.pop("alice", None)  # type: ignore[attr-defined]
    async with running(make_worker(backend, recording(ran), visibility_timeout_s=0.3)):
        await drained(backend.queue)
    assert ran.texts("alice") == ["next"]


async def test_store_errors_under_a_job_do_not_use_up_its_attempts(backend: Backend) -> None:
    """Redis away for a moment (a failover) is not the entry's fault: the job runs again."""
    runs: list[int] = []

    async def during_a_failover(delivery: Delivery, attempt: int) -> str:
        runs.append(attempt)
        if len(runs) <= 3:
            raise RedisConnectionError("Connection refused")
        return "done"

    await backend.queue.enqueue([event("m1", "alice", "hi")])
    async with running(make_worker(backend, during_a_failover, max_attempts=1)):
        await drained(backend.queue)
    assert runs == [1, 2, 3, 4]  # the job sees it is not its first run
    assert await backend.queue.dead_letters() == []


# --- stopping -------------------------------------------------------------------------------------


async def test_stop_finishes_the_entry_in_hand_and_claims_no_more(backend: Backend) -> None:
    gate = asyncio.Event()
    ran = Ran()

    async def gated(delivery: Delivery, attempt: int) -> str:
        await gate.wait()
        ran.runs.append((delivery.user, json.loads(delivery.data)["text"], attempt))
        return "done"

    worker = make_worker(backend, gated, concurrency=1)
    await backend.queue.enqueue([event("m1", "alice", "one")])
    task = asyncio.create_task(worker.run())
    await eventually(lambda: worker.inflight == 1)
    worker.stop()
    await backend.queue.enqueue([event("m2", "bob", "two")])
    await asyncio.sleep(0.2)
    assert not task.done()
    gate.set()
    await asyncio.wait_for(task, 5)
    assert ran.runs == [("alice", "one", 1)]
    assert (await backend.queue.stats()).length == 1


async def test_what_outlasts_the_grace_is_cancelled_and_taken_at_once_by_another_worker(
    backend: Backend,
) -> None:
    ran = Ran()
    cancelled = asyncio.Event()

    async def hangs(delivery: Delivery, attempt: int) -> str:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return "never"

    # A visibility timeout far longer than the test: only the release makes it reclaimable.
    stopping = make_worker(backend, hangs, visibility_timeout_s=60, shutdown_grace_s=0.3)
    await backend.queue.enqueue([event("m1", "alice", "hi")])
    task = asyncio.create_task(stopping.run())
    await eventually(lambda: stopping.inflight == 1)
    started = time.monotonic()
    stopping.stop()
    await asyncio.wait_for(task, 5)
    assert time.monotonic() - started < 1.5
    assert cancelled.is_set()
    assert (await backend.queue.stats()).pending == 1

    next_worker = make_worker(backend, recording(ran), visibility_timeout_s=60)
    async with running(next_worker):
        await drained(backend.queue, timeout=20)
    assert ran.runs == [("alice", "hi", 2)]


async def test_no_retry_starts_after_stop_the_entry_is_released_instead(backend: Backend) -> None:
    calls = 0

    async def fails(delivery: Delivery, attempt: int) -> str:
        nonlocal calls
        calls += 1
        raise RetryJob("the Send API is down")

    worker = make_worker(
        backend, fails, retry_base_s=10, max_attempts=5, visibility_timeout_s=60, shutdown_grace_s=5
    )
    await backend.queue.enqueue([event("m1", "alice", "hi")])
    task = asyncio.create_task(worker.run())
    await eventually(lambda: calls == 1)
    started = time.monotonic()
    worker.stop()  # during the 5-10 s backoff
    await asyncio.wait_for(task, 5)
    assert time.monotonic() - started < 1.0
    assert calls == 1
    assert len(await backend.queue.reclaim("another-worker", 60_000, 10)) == 1  # released at once


class StopAsReadAnswers:
    """The queue, with the worker's stop arriving just as a read brings it an entry (SIGTERM
    landing while Redis answers). `cut_short`: the read's answer is still on its way when the
    stop cancels it, so the entry is the worker's in the queue but never reaches it."""

    def __init__(self, queue: EventQueue, stop: Callable[[], None], *, cut_short: bool) -> None:
        self._queue = queue
        self._stop = stop
        self._cut_short = cut_short

    def __getattr__(self, name: str) -> object:
        return getattr(self._queue, name)

    async def read(self, consumer: str, count: int, block_ms: int) -> list[Delivery]:
        deliveries = await self._queue.read(consumer, count, block_ms)
        if deliveries:
            self._stop()
            if self._cut_short:
                await asyncio.sleep(3600)
        return deliveries


@pytest.mark.parametrize("cut_short", [False, True], ids=["answered", "cut-short"])
async def test_an_event_read_as_the_stop_comes_is_not_started_and_is_released_at_once(
    backend: Backend, cut_short: bool
) -> None:
    ran = Ran()
    workers: list[Worker] = []
    queue = StopAsReadAnswers(backend.queue, lambda: workers[0].stop(), cut_short=cut_short)
    # A visibility timeout far longer than the test: only the release makes it reclaimable.
    stopping = make_worker(Backend(queue, backend.store), recording(ran), visibility_timeout_s=60)
    workers.append(stopping)
    task = asyncio.create_task(stopping.run())
    await backend.queue.enqueue([event("m1", "alice", "hi")])
    await asyncio.wait_for(task, 5)

    assert ran.runs == []  # it takes nothing new once stopping
    (released,) = await backend.queue.reclaim("another-worker", 60_000, 10)
    assert released.user == "alice"


async def test_a_queue_command_that_fails_is_logged_with_its_command_and_message(
    clean_redis: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = aioredis.Redis.from_url(clean_redis, decode_responses=True)
    backend = Backend(RedisQueue(client), RedisStore(client))
    await client.set(EVENTS_STREAM, "not a stream")  # every consumer-group command fails
    worker = make_worker(backend, recording(Ran()))
    try:
        with caplog.at_level("WARNING", logger="app.worker"):
            async with running(worker):
                await eventually(lambda: any("reclaim" in r.getMessage() for r in caplog.records))
    finally:
        await client.delete(EVENTS_STREAM)
        await client.aclose()
    logged = next(r for r in caplog.records if r.getMessage() == "cannot reclaim from the queue")
    said = logged.__dict__["error"]
    assert said.startswith("XGROUP CREATE: ResponseError: WRONGTYPE"), said
    assert "server:ResponseError" not in said


class Vanished:
    """A job that keeps a key for its entry, then finds the queue no longer holds the entry (a
    failover lost it, or another worker finished it)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.runs = 0

    def kept_for(self, delivery: Delivery) -> Sequence[str]:
        return (f"rb:{{q}}:kept:{delivery.entry_id}",)

    async def __call__(self, delivery: Delivery, attempt: int) -> str:
        self.runs += 1
        await self.store.set(f"rb:{{q}}:kept:{delivery.entry_id}", "1")
        raise EntryGone("the stream no longer holds it")

    async def given_up(self, delivery: Delivery, reason: str) -> None:
        raise AssertionError("a dropped entry is not dead-lettered")


async def attempts_counted(backend: Backend) -> dict[str, str]:
    if isinstance(backend.store, RedisStore):
        return await backend.store.hgetall(ATTEMPTS_KEY)
    counted: dict[str, int] = backend.queue._attempts  # type: ignore[attr-defined]
    return {entry: str(n) for entry, n in counted.items()}


async def test_a_dropped_entry_leaves_no_attempts_keys_or_lock_behind(backend: Backend) -> None:
    """An entry whose job raises EntryGone is let go of in one step: its count of attempts, what
    the job kept for it and the user's lock go; the user's handled number stays (an event lost
    in a failover comes again under the same number), and nothing is dead-lettered."""
    await backend.queue.enqueue([event("m1", "alice", "hi")])
    (delivery,) = await backend.queue.read("w", 10, 100)
    job = Vanished(backend.store)
    worker = make_worker(backend, job)
    assert await worker.handle(delivery)
    assert job.runs == 1
    assert await attempts_counted(backend) == {}
    assert await backend.store.get(f"rb:{{q}}:kept:{delivery.entry_id}") is None
    assert await backend.store.get(USER_LOCK_PREFIX + "alice") is None
    assert await backend.queue.done_seq("alice") == 0
    assert await backend.queue.dead_letters() == []
