"""Workers answer each queued event exactly once, one user at a time, users in parallel.

Every test runs on the in-memory twins and on real Redis; the Send API is mocked with respx.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import redis.asyncio as aioredis
import respx

from app.bot.incoming import Incoming, Responder
from app.bot.replies import Reply
from app.constants import LAST_SEEN_PREFIX, OUTBOX_PREFIX, UNREACHABLE_PREFIX
from app.messenger.send import Sender
from app.queue import EventQueue, MemoryQueue, NewEvent, RedisQueue
from app.store import MemoryStore, RedisStore, Store
from app.worker import APOLOGY, Worker
from tests.support.graph_server import GraphServer
from tests.support.messenger import GRAPH_URL, PAGE_TOKEN, EchoResponder, GraphRecorder

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Backend:
    queue: EventQueue
    store: Store


@pytest.fixture(params=["memory", "redis"])
async def backend(request: pytest.FixtureRequest) -> AsyncIterator[Backend]:
    if request.param == "memory":
        yield Backend(MemoryQueue(), MemoryStore())
        return
    url = request.getfixturevalue("clean_redis")
    client = aioredis.Redis.from_url(url, decode_responses=True)
    yield Backend(RedisQueue(client), RedisStore(client))
    await client.aclose()


@pytest.fixture
def graph() -> Iterator[GraphRecorder]:
    with respx.mock(assert_all_called=False) as router:
        yield GraphRecorder(router)


@pytest.fixture
async def sender(backend: Backend) -> AsyncIterator[Sender]:
    client = Sender(GRAPH_URL, PAGE_TOKEN, store=backend.store, backoff_base_s=0.01)
    yield client
    await client.aclose()


def make_worker(
    backend: Backend, sender: Sender, responder: Responder, **options: object
) -> Worker:
    settings: dict[str, object] = {
        "concurrency": 8,
        "visibility_timeout_s": 1.0,
        "max_attempts": 3,
        "retry_base_s": 0.01,
        "block_ms": 100,
    }
    settings.update(options)
    return Worker(backend.queue, backend.store, sender, responder, **settings)  # type: ignore[arg-type]


@asynccontextmanager
async def running(*workers: Worker) -> AsyncIterator[None]:
    tasks = [asyncio.create_task(worker.run()) for worker in workers]
    try:
        yield
    finally:
        for worker in workers:
            worker.stop()
        await asyncio.wait_for(asyncio.gather(*tasks), 15)


def message(mid: str, user: str, text: str, ts: int = 1_795_000_000_000) -> NewEvent:
    data = {"kind": "message", "user": user, "ts": ts, "text": text, "mid": mid}
    return NewEvent(mid, user, json.dumps(data))


async def eventually(condition: object, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():  # type: ignore[operator]
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


async def drained(queue: EventQueue, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while (await queue.stats()).length:
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("the queue was not drained in time")
        await asyncio.sleep(0.02)


async def test_an_event_is_answered_after_mark_seen_and_typing(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.queue.enqueue([message("m1", "alice", "pnr 4512345678")])
    async with running(make_worker(backend, sender, EchoResponder())):
        await graph.wait_for_messages(1)
    actions = [call.get("sender_action", "message") for call in graph.calls]
    assert actions == ["mark_seen", "typing_on", "message"]
    assert graph.texts_to("alice") == ["echo: pnr 4512345678"]
    stats = await backend.queue.stats()
    assert (stats.length, stats.pending) == (0, 0)


async def test_the_last_interaction_time_is_recorded_and_unreachable_is_cleared(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.store.set(UNREACHABLE_PREFIX + "alice", "1")
    await backend.queue.enqueue([message("m1", "alice", "hi", ts=1_795_000_123_456)])
    async with running(make_worker(backend, sender, EchoResponder())):
        await graph.wait_for_messages(1)
    assert await backend.store.get(LAST_SEEN_PREFIX + "alice") == "1795000123.456"
    assert await backend.store.get(UNREACHABLE_PREFIX + "alice") is None


async def test_duplicate_delivery_sends_one_reply(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    for _ in range(3):
        await backend.queue.enqueue([message("m1", "alice", "hi")])
    async with running(make_worker(backend, sender, EchoResponder())):
        await graph.wait_for_messages(1)
        await asyncio.sleep(0.3)
    assert len(graph.messages) == 1


class Recording:
    """Answers after a pause, recording the order of handling and the concurrency reached."""

    def __init__(self, pause: float = 0.05) -> None:
        self.pause = pause
        self.order: list[tuple[str, str]] = []
        self.active = 0
        self.most_active = 0
        self.active_users: set[str] = set()
        self.same_user_overlap = False

    async def respond(self, incoming: Incoming) -> list[Reply]:
        if incoming.user_id in self.active_users:
            self.same_user_overlap = True
        self.active_users.add(incoming.user_id)
        self.active += 1
        self.most_active = max(self.most_active, self.active)
        try:
            await asyncio.sleep(self.pause)
        finally:
            self.active -= 1
            self.active_users.discard(incoming.user_id)
        self.order.append((incoming.user_id, incoming.text or ""))
        return [Reply(text=f"re: {incoming.text}")]


async def test_one_users_events_are_answered_in_order_across_two_consumers(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    responder = Recording(pause=0.02)
    events = [message(f"m{n}", "alice", f"q{n}") for n in range(12)]
    events += [message(f"b{n}", "bob", f"q{n}") for n in range(6)]
    await backend.queue.enqueue(events)
    first = make_worker(backend, sender, responder, concurrency=4)
    second = make_worker(backend, sender, responder, concurrency=4)
    async with running(first, second):
        await graph.wait_for_messages(18, timeout=20)
    assert graph.texts_to("alice") == [f"re: q{n}" for n in range(12)]
    assert graph.texts_to("bob") == [f"re: q{n}" for n in range(6)]
    assert not responder.same_user_overlap


async def test_different_users_are_answered_in_parallel_up_to_the_concurrency(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    responder = Recording(pause=0.2)
    await backend.queue.enqueue([message(f"m{n}", f"user{n}", "hi") for n in range(10)])
    async with running(make_worker(backend, sender, responder, concurrency=3)):
        await graph.wait_for_messages(10, timeout=20)
    assert responder.most_active == 3


async def test_a_failing_event_is_retried_then_answered(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    class Flaky:
        calls = 0

        async def respond(self, incoming: Incoming) -> list[Reply]:
            Flaky.calls += 1
            if Flaky.calls < 3:
                raise RuntimeError("upstream hiccup")
            return [Reply(text="finally")]

    await backend.queue.enqueue([message("m1", "alice", "hi")])
    async with running(make_worker(backend, sender, Flaky(), max_attempts=3)):
        await graph.wait_for_messages(1)
        await asyncio.sleep(0.2)
    assert Flaky.calls == 3
    assert graph.texts_to("alice") == ["finally"]
    assert await backend.queue.dead_letters() == []


async def test_an_event_that_keeps_failing_is_dead_lettered_with_an_apology(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    class Broken:
        calls = 0

        async def respond(self, incoming: Incoming) -> list[Reply]:
            Broken.calls += 1
            raise RuntimeError("bug")

    await backend.queue.enqueue([message("m1", "alice", "hi"), message("m2", "alice", "next")])

    class ThenFine(Broken):
        async def respond(self, incoming: Incoming) -> list[Reply]:
            if incoming.text == "next":
                return [Reply(text="fine")]
            return await super().respond(incoming)

    async with running(make_worker(backend, sender, ThenFine(), max_attempts=3)):
        await graph.wait_for_messages(2)
        await asyncio.sleep(0.2)
    assert Broken.calls == 3
    assert graph.texts_to("alice") == [APOLOGY.text, "fine"]
    (letter,) = await backend.queue.dead_letters()
    assert letter["attempts"] == "3"
    assert "bug" in letter["reason"]
    assert (await backend.queue.stats()).length == 0


async def test_an_unreadable_event_is_dead_lettered_at_once(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.queue.enqueue([NewEvent("m1", "alice", "{not json")])
    async with running(make_worker(backend, sender, EchoResponder())):
        await eventually(lambda: len(graph.messages) == 1)
    (letter,) = await backend.queue.dead_letters()
    assert letter["attempts"] == "1"


async def test_an_entry_left_by_a_dead_worker_is_reclaimed_and_answered(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.queue.enqueue([message("m1", "alice", "hi")])
    assert len(await backend.queue.read("dead-worker", 10, 100)) == 1
    async with running(make_worker(backend, sender, EchoResponder(), visibility_timeout_s=0.3)):
        await graph.wait_for_messages(1)
    assert graph.texts_to("alice") == ["echo: hi"]


async def test_process_deaths_count_as_attempts(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    responder = EchoResponder()
    await backend.queue.enqueue([message("m1", "alice", "hi")])
    (taken,) = await backend.queue.read("dead-worker", 10, 100)
    for _ in range(3):  # three workers died while handling it
        await backend.queue.begin_attempt(taken.entry_id)
    worker = make_worker(backend, sender, responder, visibility_timeout_s=0.3, max_attempts=3)
    async with running(worker):
        await eventually(lambda: len(graph.messages) == 1)
    assert responder.seen == []
    assert graph.texts_to("alice") == [APOLOGY.text]
    (letter,) = await backend.queue.dead_letters()
    assert letter["reason"] == "attempts exhausted"


async def test_a_reclaimed_entry_resumes_from_its_outbox(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    """A worker died after sending the first of two messages: only the second is sent now."""
    responder = EchoResponder()
    await backend.queue.enqueue([message("m1", "alice", "hi")])
    (taken,) = await backend.queue.read("dead-worker", 10, 100)
    outbox = OUTBOX_PREFIX + taken.entry_id
    await backend.store.set(outbox, json.dumps([{"text": "part one"}, {"text": "part two"}]))
    await backend.store.incr(outbox + ":sent")
    async with running(make_worker(backend, sender, responder, visibility_timeout_s=0.3)):
        await graph.wait_for_messages(1)
        await asyncio.sleep(0.2)
    assert graph.texts_to("alice") == ["part two"]
    assert responder.seen == []
    assert await backend.store.get(outbox) is None


async def test_an_entry_already_handled_is_acknowledged_without_sending(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    """A worker died after recording the event as handled but before acknowledging it."""
    await backend.queue.enqueue([message("m1", "alice", "hi"), message("m2", "alice", "two")])
    _, second = await backend.queue.read("dead-worker", 10, 100)
    await backend.queue.finish(second)  # done = 2 covers the first as well
    async with running(make_worker(backend, sender, EchoResponder(), visibility_timeout_s=0.3)):
        await drained(backend.queue)
        await asyncio.sleep(0.2)
    assert graph.messages == []
    assert (await backend.queue.stats()).length == 0


async def test_a_later_event_waits_for_an_earlier_one_pending_reclaim(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.queue.enqueue([message("m1", "alice", "first")])
    assert len(await backend.queue.read("dead-worker", 10, 100)) == 1
    await backend.queue.enqueue([message("m2", "alice", "second")])
    async with running(make_worker(backend, sender, EchoResponder(), visibility_timeout_s=0.5)):
        await graph.wait_for_messages(2)
    assert graph.texts_to("alice") == ["echo: first", "echo: second"]


async def test_a_lost_earlier_event_does_not_block_the_user_forever(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.queue.enqueue([message("m1", "alice", "lost"), message("m2", "alice", "next")])
    lost, _ = await backend.queue.read("dead-worker", 10, 100)
    await backend.queue.finish(lost)  # gone without being recorded: done stays at 0
    if isinstance(backend.store, RedisStore):
        await backend.store.redis.delete("rb:{q}:done:alice")
    else:
        backend.queue._done.pop("alice", None)  # type: ignore[attr-defined]
    async with running(make_worker(backend, sender, EchoResponder(), visibility_timeout_s=0.3)):
        await graph.wait_for_messages(1)
    assert graph.texts_to("alice") == ["echo: next"]


async def test_typing_and_seen_failures_never_fail_the_event(
    backend: Backend, sender: Sender
) -> None:
    sent: list[dict[str, object]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if "sender_action" in body:
            return httpx.Response(500, json={"error": {"code": 2, "message": "down"}})
        sent.append(body)
        return httpx.Response(200, json={"message_id": "m"})

    with respx.mock(assert_all_called=False) as router:
        router.post(f"{GRAPH_URL}/me/messages").mock(side_effect=answer)
        await backend.queue.enqueue([message("m1", "alice", "hi")])
        async with running(make_worker(backend, sender, EchoResponder())):
            await eventually(lambda: len(sent) == 1)
    assert (await backend.queue.stats()).length == 0


async def test_a_user_who_blocked_the_page_is_marked_and_not_retried(
    backend: Backend, sender: Sender
) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.post(f"{GRAPH_URL}/me/messages")
        route.side_effect = lambda request: (
            httpx.Response(200, json={})
            if b"sender_action" in request.content
            else httpx.Response(400, json={"error": {"code": 551, "error_subcode": 1545041}})
        )
        await backend.queue.enqueue([message("m1", "alice", "hi")])
        async with running(make_worker(backend, sender, EchoResponder())):
            await eventually(lambda: route.call_count == 3)
            await asyncio.sleep(0.3)
        assert route.call_count == 3  # seen, typing, the one refused message
    assert await backend.store.get(UNREACHABLE_PREFIX + "alice") is not None
    assert (await backend.queue.stats()).length == 0
    assert await backend.queue.dead_letters() == []


async def test_send_failures_are_retried_without_recomputing_the_answer(
    backend: Backend, graph: GraphRecorder
) -> None:
    responder = EchoResponder()
    failures = iter([True, True])

    def answer(request: httpx.Request) -> httpx.Response:
        if b"message" in request.content and next(failures, False):
            return httpx.Response(503)
        return httpx.Response(200, json={"message_id": "m"})

    graph.route.side_effect = answer
    impatient = Sender(GRAPH_URL, PAGE_TOKEN, store=backend.store, max_retries=0)
    await backend.queue.enqueue([message("m1", "alice", "hi")])
    async with running(make_worker(backend, impatient, responder, max_attempts=3)):
        await eventually(lambda: (len(responder.seen), graph.route.call_count) == (1, 5))
        await asyncio.sleep(0.2)
    await impatient.aclose()
    assert len(responder.seen) == 1
    assert (await backend.queue.stats()).length == 0


async def test_stop_finishes_the_event_in_hand_and_claims_no_more(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    gate = asyncio.Event()

    class Gated:
        async def respond(self, incoming: Incoming) -> list[Reply]:
            await gate.wait()
            return [Reply(text=f"done {incoming.text}")]

    worker = make_worker(backend, sender, Gated(), concurrency=1)
    await backend.queue.enqueue([message("m1", "alice", "one")])
    task = asyncio.create_task(worker.run())
    await eventually(lambda: worker.inflight == 1)
    worker.stop()
    await backend.queue.enqueue([message("m2", "bob", "two")])
    await asyncio.sleep(0.2)
    assert not task.done()
    gate.set()
    await asyncio.wait_for(task, 5)
    assert graph.texts_to("alice") == ["done one"]
    assert graph.texts_to("bob") == []
    assert (await backend.queue.stats()).length == 1


# --- real processes, really killed ----------------------------------------------------------------


def spawn_worker(
    mode: str, redis_url: str, graph_url: str, marker: Path
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.worker_process",
            mode,
            "--redis",
            redis_url,
            "--graph",
            graph_url,
            "--visibility",
            "1.0",
            "--marker",
            str(marker),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_until(
    condition: Callable[[], bool], process: subprocess.Popen[bytes], timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            raise AssertionError(f"worker exited early: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)
    if process.stderr is not None:
        process.stderr.close()


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["block", "answer"], ids=["while-thinking", "between-messages"])
async def test_a_worker_killed_mid_event_still_answers_exactly_once(
    clean_redis: str, tmp_path: Path, mode: str
) -> None:
    client = aioredis.Redis.from_url(clean_redis, decode_responses=True)
    queue = RedisQueue(client)
    await queue.enqueue([message("m1", "7004000000000001", "pnr 4512345678")])
    marker = tmp_path / "holding"
    with GraphServer(hold="HOLD" if mode == "answer" else None) as graph:
        first = spawn_worker(mode, clean_redis, graph.url, marker)
        try:
            if mode == "block":
                await asyncio.to_thread(wait_until, marker.exists, first, 30)
            else:
                await asyncio.to_thread(wait_until, lambda: bool(graph.held), first, 30)
                assert graph.texts() == ["part one for pnr 4512345678"]
        finally:
            stop(first)  # SIGKILL: no cleanup, the entry stays pending, the lock stays taken
        second = spawn_worker("answer", clean_redis, graph.url, marker)
        try:
            await asyncio.to_thread(wait_until, lambda: len(graph.messages) >= 2, second, 30)
            await asyncio.sleep(1.5)  # time enough for any duplicate to show up
            assert graph.texts() == ["part one for pnr 4512345678", "part two HOLD"]
            assert (await queue.stats()).length == 0
        finally:
            stop(second)
    await client.aclose()
