"""The store blinking at the worst moments never makes the worker send an answer twice."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import respx
from redis.exceptions import ConnectionError as RedisConnectionError

from app.bot.incoming import Incoming
from app.bot.replies import Reply
from app.constants import OUTBOX_PREFIX, STATE_PREFIX
from app.main import build_responder
from app.messenger.send import Sender
from app.queue import MemoryQueue, NewEvent
from app.store import MemoryStore
from tests.support.messenger import (
    GRAPH_URL,
    PAGE_TOKEN,
    EchoResponder,
    GraphRecorder,
    delivery_worker,
    make_settings,
)


class BlinkingStore(MemoryStore):
    """Refuses writes to keys containing `part` the first `failures` times."""

    def __init__(self, part: str, failures: int) -> None:
        super().__init__()
        self.part = part
        self.failures = failures

    def _blink(self, key: str) -> None:
        if self.part in key and self.failures > 0:
            self.failures -= 1
            raise RedisConnectionError("Connection refused")

    async def set(
        self, key: str, value: str, *, ttl_s: float | None = None, nx: bool = False
    ) -> bool:
        self._blink(key)
        return await super().set(key, value, ttl_s=ttl_s, nx=nx)

    async def incr(self, key: str, *, ttl_s: int | None = None) -> int:
        self._blink(key)
        return await super().incr(key, ttl_s=ttl_s)


@pytest.fixture
def graph() -> Iterator[GraphRecorder]:
    with respx.mock(assert_all_called=False) as router:
        yield GraphRecorder(router)


def event(mid: str, user: str, text: str) -> NewEvent:
    data = {"kind": "message", "user": user, "ts": 1_795_000_000_000, "text": text, "mid": mid}
    return NewEvent(mid, user, json.dumps(data))


@pytest.mark.parametrize(
    ("part", "failures"),
    [(":sent", 3), (OUTBOX_PREFIX, 2)],
    ids=["after-a-send", "before-the-answer-is-stored"],
)
async def test_a_store_blink_never_sends_an_answer_twice(
    graph: GraphRecorder, part: str, failures: int
) -> None:
    """After a send, the worker keeps recording it until the store answers (it never sends it
    again); before the answer is stored, it is computed again and sent once."""
    store = BlinkingStore(part, failures)
    queue = MemoryQueue(store=store)
    sender = Sender(GRAPH_URL, PAGE_TOKEN, store=store, backoff_base_s=0.01)
    worker = delivery_worker(
        queue,
        store,
        sender,
        EchoResponder(),
        retry_base_s=0.01,
        block_ms=50,
        visibility_timeout_s=1.0,
    )
    await queue.enqueue([event("m1", "7011000000000001", "first")])
    task = asyncio.create_task(worker.run())
    try:
        await graph.wait_for_messages(1)
        for _ in range(50):
            if (await queue.stats()).length == 0:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)
    finally:
        worker.stop()
        await asyncio.wait_for(task, 10)
        await sender.aclose()
    assert graph.texts_to("7011000000000001") == ["echo: first"]
    assert (await queue.stats()).length == 0
    assert store.failures == 0


class SwallowingStore(MemoryStore):
    """Lock renewals that take a while and swallow a cancellation that arrives meanwhile, as
    redis-py's calls can on Python 3.11 (`asyncio.wait_for` returning the result instead)."""

    async def extend_lock(self, key: str, token: str, ttl_ms: int) -> bool:
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(ttl_ms / 2000)
        return await super().extend_lock(key, token, ttl_ms)


class Slow(EchoResponder):
    async def respond(self, incoming: Incoming) -> list[Reply]:
        # The answer is ready while the first lock renewal (from 1/3 to 5/6 of the lock's
        # lifetime of 1 s) is in the air: it is cancelled then, and swallows it.
        await asyncio.sleep(0.55)
        return await super().respond(incoming)


async def test_a_swallowed_cancellation_never_leaves_a_user_stuck(graph: GraphRecorder) -> None:
    store = SwallowingStore()
    queue = MemoryQueue(store=store)
    sender = Sender(GRAPH_URL, PAGE_TOKEN, store=store, backoff_base_s=0.01)
    worker = delivery_worker(
        queue, store, sender, Slow(), block_ms=50, visibility_timeout_s=1.0, shutdown_grace_s=5
    )
    user = "7011000000000002"
    await queue.enqueue([event("m1", user, "first"), event("m2", user, "second")])
    task = asyncio.create_task(worker.run())
    try:
        await graph.wait_for_messages(2, timeout=5)
    finally:
        worker.stop()
        await asyncio.wait_for(task, 10)
        await sender.aclose()
    assert graph.texts_to(user) == ["echo: first", "echo: second"]


class StateBlinkStore(MemoryStore):
    """The conversation state is out of reach for the first `failures` reads (alone, or with
    the person's other keys)."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    def _blink(self, keys: list[str]) -> None:
        if any(key.startswith(STATE_PREFIX) for key in keys) and self.failures > 0:
            self.failures -= 1
            raise RedisConnectionError("Connection closed by server.")

    async def get(self, key: str) -> str | None:
        self._blink([key])
        return await super().get(key)

    async def mget(self, keys: list[str]) -> list[str | None]:
        self._blink(keys)
        return await super().mget(keys)


async def test_a_store_blink_in_the_bot_gets_the_real_answer_not_an_apology(
    graph: GraphRecorder, tmp_path: Path
) -> None:
    store = StateBlinkStore(failures=2)
    queue = MemoryQueue(store=store)
    bot, provider, _ = build_responder(make_settings(None, data_dir=tmp_path), store)
    sender = Sender(GRAPH_URL, PAGE_TOKEN, store=store, backoff_base_s=0.01)
    worker = delivery_worker(queue, store, sender, bot, retry_base_s=0.01, block_ms=50)
    user = "7011000000000003"
    await queue.enqueue([event("m1", user, "hi")])
    task = asyncio.create_task(worker.run())
    try:
        await graph.wait_for_messages(1)
        await asyncio.sleep(0.2)
    finally:
        worker.stop()
        await asyncio.wait_for(task, 10)
        await sender.aclose()
        await provider.aclose()
    [answer] = graph.texts_to(user)
    assert answer.startswith("Namaste!")  # the greeting, not "Sorry, something went wrong"
    assert store.failures == 0
