"""Messenger delivery, the worker's job: one Send API call per quick answer, the typing bubble
once for a slow one, each answer sent once whatever fails, the 24-hour window noted, blocked
users left alone, an apology rather than silence.

Every test runs on the in-memory twins and on real Redis; the Send API is mocked with respx.
"""

from __future__ import annotations

import asyncio
import collections
import json
import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis.asyncio as aioredis
import respx
from redis.exceptions import ConnectionError as RedisConnectionError

from app.bot.incoming import Incoming, Responder
from app.bot.replied import replied_key
from app.bot.replies import APOLOGY, Reply
from app.constants import (
    ATTEMPTS_KEY,
    LANGUAGE_PREFIX,
    LAST_SEEN_PREFIX,
    OUTBOX_PREFIX,
    RATE_PREFIX,
    UNREACHABLE_PREFIX,
)
from app.errors import EntryGone, NotReplicated
from app.main import build_responder
from app.messenger.delivery import MessengerDelivery
from app.messenger.outbox import outbox_keys
from app.messenger.send import Sender
from app.queue import Delivery, EventQueue, MemoryQueue, NewEvent, RedisQueue
from app.railways.budget import CallBudget, Limits, MemoryLedger
from app.ratelimit import SLOW_DOWN, RateLimit
from app.staging import StagingStore
from app.store import MemoryStore, RedisStore, Store
from app.worker import Worker
from tests.support.messenger import (
    GRAPH_URL,
    PAGE_TOKEN,
    EchoResponder,
    GraphRecorder,
    delivery_worker,
    make_settings,
)


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
    return delivery_worker(backend.queue, backend.store, sender, responder, **settings)


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


class Slow(EchoResponder):
    """Answers after `pause` seconds."""

    def __init__(self, pause: float) -> None:
        super().__init__()
        self.pause = pause

    async def respond(self, incoming: Incoming) -> list[Reply]:
        await asyncio.sleep(self.pause)
        return await super().respond(incoming)


async def test_a_quick_answer_is_one_send_api_call(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.queue.enqueue([message("m1", "alice", "pnr 4512345678")])
    async with running(make_worker(backend, sender, EchoResponder())):
        await graph.wait_for_messages(1)
        await drained(backend.queue)
    assert graph.calls == [
        {
            "recipient": {"id": "alice"},
            "messaging_type": "RESPONSE",
            "message": {"text": "echo: pnr 4512345678"},
        }
    ]


async def test_a_slow_answer_shows_typing_once_then_the_answer(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.queue.enqueue([message("m1", "alice", "trains from NDLS")])
    async with running(make_worker(backend, sender, Slow(1.2))):
        await graph.wait_for_messages(1)
        await drained(backend.queue)
    kinds = [call.get("sender_action", "message") for call in graph.calls]
    assert kinds == ["typing_on", "message"]


async def test_answers_around_half_a_second_decide_alone(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    """Under the threshold nothing but the answer; over it, typing first: per answer."""
    await backend.queue.enqueue(
        [message("m1", "quick", "hi"), message("m2", "slow", "hi"), message("m3", "quick2", "hi")]
    )

    class Mixed(EchoResponder):
        async def respond(self, incoming: Incoming) -> list[Reply]:
            await asyncio.sleep(0.8 if incoming.user_id == "slow" else 0.1)
            return await super().respond(incoming)

    async with running(make_worker(backend, sender, Mixed())):
        await graph.wait_for_messages(3)
    typing = [c["recipient"]["id"] for c in graph.calls if "sender_action" in c]
    assert typing == ["slow"]


async def test_the_24_hour_window_opens_and_the_user_is_reachable_again(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.store.set(UNREACHABLE_PREFIX + "alice", "1")
    await backend.queue.enqueue([message("m1", "alice", "hi", ts=1_795_000_123_456)])
    async with running(make_worker(backend, sender, EchoResponder())):
        await graph.wait_for_messages(1)
    assert await backend.store.get(LAST_SEEN_PREFIX + "alice") == "1795000123.456"
    assert not await sender.is_unreachable("alice")


async def test_duplicate_delivery_sends_one_reply(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    for _ in range(3):
        await backend.queue.enqueue([message("m1", "alice", "hi")])
    async with running(make_worker(backend, sender, EchoResponder())):
        await graph.wait_for_messages(1)
        await asyncio.sleep(0.3)
    assert len(graph.messages) == 1


async def test_a_reclaimed_entry_resumes_from_its_outbox(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    """A worker died after sending the first of two messages: only the second is sent now."""
    responder = EchoResponder()
    await backend.queue.enqueue([message("m1", "alice", "hi")])
    (taken,) = await backend.queue.read("dead-worker", 10, 100)
    await backend.queue.begin(taken)  # its run began
    messages_key, sent_key = outbox_keys("alice", taken.entry_id)
    await backend.store.set(messages_key, json.dumps([{"text": "part one"}, {"text": "part two"}]))
    await backend.store.set(sent_key, "1")
    async with running(make_worker(backend, sender, responder, visibility_timeout_s=0.3)):
        await graph.wait_for_messages(1)
        await drained(backend.queue)
        await asyncio.sleep(0.2)
    assert graph.texts_to("alice") == ["part two"]
    assert responder.seen == []
    assert await backend.store.scan_keys(OUTBOX_PREFIX + "*") == []  # gone with the entry


async def test_the_outbox_is_deleted_with_the_answered_entry(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.queue.enqueue([message("m1", "alice", "hi")])
    async with running(make_worker(backend, sender, EchoResponder())):
        await graph.wait_for_messages(1)
        await drained(backend.queue)
    assert await backend.store.scan_keys(OUTBOX_PREFIX + "*") == []


async def test_an_event_that_keeps_failing_is_dead_lettered_with_an_apology(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    class Broken(EchoResponder):
        calls = 0

        async def respond(self, incoming: Incoming) -> list[Reply]:
            if incoming.text == "next":
                return [Reply(text="fine")]
            Broken.calls += 1
            raise RuntimeError("bug")

    await backend.queue.enqueue([message("m1", "alice", "hi"), message("m2", "alice", "next")])
    async with running(make_worker(backend, sender, Broken(), max_attempts=3)):
        await graph.wait_for_messages(2)
        await asyncio.sleep(0.2)
    assert Broken.calls == 3
    assert graph.texts_to("alice") == [APOLOGY.text, "fine"]
    (letter,) = await backend.queue.dead_letters()
    assert letter["attempts"] == "3"
    assert "bug" in letter["reason"]
    assert (await backend.queue.stats()).length == 0


async def test_an_unreadable_event_is_dead_lettered_at_once_with_an_apology(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.queue.enqueue([NewEvent("m1", "alice", "{not json")])
    async with running(make_worker(backend, sender, EchoResponder())):
        await eventually(lambda: len(graph.messages) == 1)
    assert graph.texts_to("alice") == [APOLOGY.text]
    (letter,) = await backend.queue.dead_letters()
    assert letter["attempts"] == "1"
    assert letter["reason"].startswith("unreadable event")


async def test_a_typing_failure_never_fails_the_event(backend: Backend, sender: Sender) -> None:
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
        async with running(make_worker(backend, sender, Slow(0.7))):
            await eventually(lambda: len(sent) == 1)
    assert (await backend.queue.stats()).length == 0


async def test_a_user_who_blocked_the_page_is_marked_and_not_retried(
    backend: Backend, sender: Sender
) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.post(f"{GRAPH_URL}/me/messages")
        route.side_effect = lambda request: httpx.Response(
            400, json={"error": {"code": 551, "error_subcode": 1545041}}
        )
        await backend.queue.enqueue([message("m1", "alice", "hi")])
        async with running(make_worker(backend, sender, EchoResponder())):
            await eventually(lambda: route.call_count == 1)
            await drained(backend.queue)
            await asyncio.sleep(0.3)
        assert route.call_count == 1  # the one refused message
    assert await backend.store.get(UNREACHABLE_PREFIX + "alice") is not None
    assert await backend.queue.dead_letters() == []


async def test_send_failures_are_retried_without_recomputing_the_answer(
    backend: Backend, graph: GraphRecorder
) -> None:
    responder = EchoResponder()
    failures = iter([True, True])

    def answer(request: httpx.Request) -> httpx.Response:
        if next(failures, False):
            return httpx.Response(503)
        return httpx.Response(200, json={"message_id": "m"})

    graph.route.side_effect = answer
    impatient = Sender(GRAPH_URL, PAGE_TOKEN, store=backend.store, max_retries=0)
    await backend.queue.enqueue([message("m1", "alice", "hi")])
    async with running(make_worker(backend, impatient, responder, max_attempts=3)):
        await eventually(lambda: graph.route.call_count == 3)
        await drained(backend.queue)
        await asyncio.sleep(0.2)
    await impatient.aclose()
    assert len(responder.seen) == 1
    assert graph.route.call_count == 3


async def test_the_first_message_over_the_rate_limit_gets_the_notice_the_rest_nothing(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    responder = EchoResponder()
    now = 1_795_000_000_000
    await backend.queue.enqueue([message(f"m{n}", "alice", f"q{n}", ts=now + n) for n in range(5)])
    worker = make_worker(backend, sender, responder, rate_limit=RateLimit(backend.store, 2))
    async with running(worker):
        await drained(backend.queue)
    assert graph.texts_to("alice") == ["echo: q0", "echo: q1", SLOW_DOWN.text]
    assert len(responder.seen) == 2


class CountingStore(MemoryStore):
    """Counts the calls a job makes, as the round trips they would be on Redis."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: collections.Counter[str] = collections.Counter()
        self._inside = 0

    @contextmanager
    def _call(self, name: str) -> Iterator[None]:
        if not self._inside:
            self.calls[name] += 1
        self._inside += 1
        try:
            yield
        finally:
            self._inside -= 1

    async def get(self, key: str) -> str | None:
        with self._call("get"):
            return await super().get(key)

    async def mget(self, keys: list[str]) -> list[str | None]:
        with self._call("mget"):
            return await super().mget(keys)

    async def set(
        self, key: str, value: str, *, ttl_s: float | None = None, nx: bool = False
    ) -> bool:
        with self._call("set"):
            return await super().set(key, value, ttl_s=ttl_s, nx=nx)

    async def set_durable(self, key: str, value: str, *, ttl_s: float | None = None) -> None:
        with self._call("set_durable"):
            await super().set_durable(key, value, ttl_s=ttl_s)

    async def set_many(
        self,
        values: Mapping[str, tuple[str, float | None]],
        *,
        delete: Sequence[str] = (),
        durable: bool = False,
        while_in: tuple[str, str] | None = None,
    ) -> None:
        with self._call("set_many"):
            await super().set_many(values, delete=delete, durable=durable, while_in=while_in)

    async def delete(self, *keys: str) -> int:
        with self._call("delete"):
            return await super().delete(*keys)


async def test_an_answer_reads_the_persons_keys_once_and_writes_them_with_it(
    graph: GraphRecorder, tmp_path: Path
) -> None:
    """A greeting from someone new: their language, conversation, last PNR and rate-limit window
    in one read; the answer, the language it was in, the window and the 24-hour window in one
    write; then the one Send API call and the count sent."""
    store = CountingStore()
    bot, provider, _ = build_responder(make_settings(None, data_dir=tmp_path), store)
    sender = Sender(GRAPH_URL, PAGE_TOKEN, store=store)
    job = MessengerDelivery(store, sender, bot, rate_limit=RateLimit(StagingStore(store), 20))
    user = "7001000000000777"
    event = message("m_counted", user, "hi")
    try:
        delivery = Delivery("1-0", user, 1, 1_795_000_000.0, event.data)
        assert await job(delivery, 1) == "answered"
    finally:
        await sender.aclose()
        await provider.aclose()
    [answer] = graph.texts_to(user)
    assert answer.startswith("Namaste!")
    assert store.calls == {"mget": 1, "set_many": 1, "set_durable": 1}
    kept = await store.scan_keys(f"rb:*{user}*")
    assert {key.split(user)[0] for key in kept} == {
        LANGUAGE_PREFIX,
        LAST_SEEN_PREFIX,
        RATE_PREFIX,
        OUTBOX_PREFIX,
    }


class WaitsForTheBudget(EchoResponder):
    """Answers once its question got a provider call, the minute's one spent: the next is free
    `window_s` later, waited for as the call budget waits (a real pause of `pause` seconds
    stands for it); `fails` first attempts fail after the wait."""

    def __init__(self, window_s: float = 10.0, pause: float = 0.6, fails: int = 0) -> None:
        super().__init__()
        self.now = 1_000.0
        self.pause = pause
        self.fails = fails

        async def sleep(seconds: float) -> None:
            await asyncio.sleep(self.pause)
            self.now += seconds

        ledger = MemoryLedger(clock=lambda: self.now)
        self.budget = CallBudget(
            "railradar",
            Limits(1, None),
            ledger,
            window_s=window_s,
            clock=lambda: self.now,
            sleep=sleep,
        )

    async def respond(self, incoming: Incoming) -> list[Reply]:
        await self.budget.spend()
        await self.budget.spend()  # the minute's call is spent: this one waits
        if self.fails:
            self.fails -= 1
            raise RuntimeError("the answer failed after its wait")
        return await super().respond(incoming)


def still_checking_worker(backend: Backend, sender: Sender, responder: Responder) -> Worker:
    delivery = MessengerDelivery(
        backend.store, sender, responder, still_checking_after_s=0.2, typing_after_s=5.0
    )
    options: dict[str, object] = {"visibility_timeout_s": 5.0, "retry_base_s": 0.01}
    return Worker(backend.queue, backend.store, delivery, block_ms=100, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("12627 kahan hai", "⏳ Still checking… the railway data is busy right now"),
        ("12627 कहाँ है", "⏳ अभी देख रहे हैं… रेलवे डेटा अभी व्यस्त है"),
    ],
)
async def test_a_question_waiting_for_the_call_budget_says_still_checking_once_then_answers(
    backend: Backend, sender: Sender, graph: GraphRecorder, text: str, line: str
) -> None:
    await backend.queue.enqueue([message("m1", "alice", text)])
    async with running(still_checking_worker(backend, sender, WaitsForTheBudget())):
        await graph.wait_for_messages(2)
        await drained(backend.queue)
    said = [call["message"]["text"] for call in graph.messages]
    assert len(said) == 2, said
    assert said[0].startswith(line), said
    assert said[1] == f"echo: {text}"  # the answer, once, after the line


async def test_a_short_wait_for_the_call_budget_says_nothing_more(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.queue.enqueue([message("m1", "alice", "12627 kahan hai")])
    quick = WaitsForTheBudget(window_s=0.1, pause=0.05)  # the next call is free in a moment
    async with running(still_checking_worker(backend, sender, quick)):
        await graph.wait_for_messages(1)
        await drained(backend.queue)
    assert [call["message"]["text"] for call in graph.messages] == ["echo: 12627 kahan hai"]


async def test_still_checking_is_said_once_though_the_answer_is_tried_again(
    backend: Backend, sender: Sender, graph: GraphRecorder
) -> None:
    await backend.queue.enqueue([message("m1", "alice", "12627 kahan hai")])
    twice = WaitsForTheBudget(fails=1)  # the first attempt fails after its wait
    async with running(still_checking_worker(backend, sender, twice)):
        await graph.wait_for_messages(2)
        await drained(backend.queue)
    said = [call["message"]["text"] for call in graph.messages]
    assert len(said) == 2, said
    assert said[0].startswith("⏳ Still checking"), said
    assert said[1] == "echo: 12627 kahan hai"


async def test_still_checking_is_not_said_while_the_replicas_have_not_confirmed_its_mark(
    graph: GraphRecorder, redis_client: aioredis.Redis
) -> None:
    """The line is said only once its mark would survive a failover: a mark on the master alone
    (WAIT answered by no replica) says nothing, since a promoted replica would not know of it
    and a later run would say the line again: at most once, never twice, and the answer still
    sent once. On real Redis (the test server has no replica: WAIT 1 answers 0); the mark
    itself across a real failover is tests/faults/test_still_checking_failover.py."""
    queue = RedisQueue(redis_client)
    await queue.enqueue([message("m1", "alice", "12627 kahan hai")])
    (delivery,) = await queue.read("w", 10, 100)
    unreplicated = RedisStore(redis_client, min_replicas=1)
    sender = Sender(GRAPH_URL, PAGE_TOKEN, store=unreplicated, backoff_base_s=0.01)
    try:
        job = MessengerDelivery(
            unreplicated, sender, WaitsForTheBudget(), still_checking_after_s=0.2
        )
        with pytest.raises(NotReplicated):  # the answer's own record, after the wait
            await asyncio.wait_for(job(delivery, 1), 15)
        assert graph.messages == []  # and no "still checking" before it
        replicated = RedisStore(redis_client)  # the replicas back (none required)
        again = MessengerDelivery(
            replicated, sender, WaitsForTheBudget(), still_checking_after_s=0.2
        )
        assert await asyncio.wait_for(again(delivery, 2), 15) == "answered"
    finally:
        await sender.aclose()
    assert graph.texts_to("alice") == ["echo: 12627 kahan hai"]


class Blinking:
    """The backend's store, out of reach (a connection error, as while Sentinel promotes a
    replica) until `down_until` (time.monotonic()) has passed."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.down_until = 0.0
        self.refused = 0

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.store, name)
        if not callable(attribute):
            return attribute

        async def call(*args: Any, **kwargs: Any) -> Any:
            if time.monotonic() < self.down_until:
                self.refused += 1
                raise RedisConnectionError("the master is away")
            return await attribute(*args, **kwargs)

        return call


async def test_the_store_failing_as_messenger_takes_a_kept_answer_never_sends_it_twice(
    backend: Backend, sender: Sender
) -> None:
    """A run cut short by a failover kept the answer and sent nothing; the next run sends it,
    and the store goes away just as Messenger takes it (the master dies mid-send). The message is
    recorded as sent once the store is back, with its id remembered for the turn it answered,
    and is never sent again: nothing between the send and its record reads the store (that read
    failing had the job run again from the outbox, and the answer sent twice)."""
    await backend.queue.enqueue([message("m1", "alice", "hi")])
    (taken,) = await backend.queue.read("cut-short", 10, 100)
    await backend.queue.begin(taken)  # its run began, kept the answer, then lost the store
    messages_key, _ = outbox_keys("alice", taken.entry_id)
    await backend.store.set(messages_key, json.dumps([{"text": "hello again"}]))
    turns = {"turns": [["m1", {"train": "12627"}]], "sent": []}
    await backend.store.set(replied_key("alice"), json.dumps(turns))
    blinking = Blinking(backend.store)
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if "message" in body:
            sent.append(body["message"]["text"])
            if len(sent) == 1:
                blinking.down_until = time.monotonic() + 0.5  # as Messenger takes it
        return httpx.Response(200, json={"recipient_id": "alice", "message_id": f"m_{len(sent)}"})

    with respx.mock(assert_all_called=False) as router:
        router.post(f"{GRAPH_URL}/me/messages").mock(side_effect=answer)
        job = MessengerDelivery(blinking, sender, EchoResponder())  # type: ignore[arg-type]
        worker = Worker(
            backend.queue,
            backend.store,
            job,
            visibility_timeout_s=0.3,
            retry_base_s=0.01,
            block_ms=100,
        )
        async with running(worker):
            await eventually(lambda: sent)
            await drained(backend.queue)
            await asyncio.sleep(0.5)  # time enough for a second send to show up
    assert sent == ["hello again"]
    assert blinking.refused > 0  # the store was away after the send
    remembered = json.loads(await backend.store.get(replied_key("alice")) or "{}")
    assert remembered["sent"] == [["m_1", "m1"]]
    assert await backend.store.scan_keys(OUTBOX_PREFIX + "*") == []  # gone with the entry


class Unreplicated(MemoryStore):
    """A store whose master has lost its replicas: every durable write raises NotReplicated."""

    async def set_durable(self, key: str, value: str, *, ttl_s: float | None = None) -> None:
        await super().set_durable(key, value, ttl_s=ttl_s)
        raise NotReplicated("0 of 1 replicas acknowledged a write")

    async def set_many(
        self,
        values: Mapping[str, tuple[str, float | None]],
        *,
        delete: Sequence[str] = (),
        durable: bool = False,
        while_in: tuple[str, str] | None = None,
    ) -> None:
        await super().set_many(values, delete=delete, durable=durable, while_in=while_in)
        if durable:
            raise NotReplicated("0 of 1 replicas acknowledged a write")


async def test_a_kept_answer_is_not_sent_before_the_replicas_hold_it(
    graph: GraphRecorder, redis_client: aioredis.Redis
) -> None:
    """A run that kept the answer on the master alone (its write raised NotReplicated) is cut
    short; a later run finds the answer kept, but sends nothing of it while the replicas do not
    hold it: after a failover the promoted replica would not know of the answer, and whoever
    took the event up there would compose and send it again. Once the replicas hold it, it goes
    out. On real Redis (the test server has no replica: WAIT 1 answers 0) and its twin."""
    queue = RedisQueue(redis_client)
    await queue.enqueue([message("m1", "alice", "hi")])
    (delivery,) = await queue.read("cut-short", 10, 100)
    messages_key, _ = outbox_keys("alice", delivery.entry_id)
    kept = json.dumps([{"text": "kept answer"}])
    stores: list[Store] = [Unreplicated(), RedisStore(redis_client, min_replicas=1)]
    for store in stores:
        await store.set(messages_key, kept)
        sender = Sender(GRAPH_URL, PAGE_TOKEN, store=store)
        responder = EchoResponder()
        job = MessengerDelivery(store, sender, responder)
        try:
            with pytest.raises(NotReplicated):
                await asyncio.wait_for(job(delivery, 2), 10)
        finally:
            await sender.aclose()
        assert graph.messages == []
        assert responder.seen == []  # not composed again either
    replicated = RedisStore(redis_client)  # a master with its replicas back (none required)
    sender = Sender(GRAPH_URL, PAGE_TOKEN, store=replicated)
    try:
        assert await MessengerDelivery(replicated, sender, EchoResponder())(delivery, 2) == (
            "answered"
        )
    finally:
        await sender.aclose()
    assert graph.texts_to("alice") == ["kept answer"]


async def test_an_event_the_promoted_master_never_had_is_dropped_unanswered(
    graph: GraphRecorder, redis_client: aioredis.Redis
) -> None:
    """A worker took an event up on the old master; the webhook had answered it 503 (no replica
    acknowledged it), and the promoted master never had it. The worker, still holding it, must
    not answer it: Facebook delivers it again, a new entry on the new master with the same place
    in the user's sequence, and that one is answered, once. Whether the answer is composed
    first, or taken up again from the outbox, nothing is written or sent for the lost entry."""
    old = RedisQueue(redis_client)
    await old.enqueue([message("m1", "alice", "hi")])
    (lost,) = await old.read("w", 10, 100)
    await redis_client.flushdb()  # the promoted master: neither the entry nor the outbox
    store = RedisStore(redis_client)
    sender = Sender(GRAPH_URL, PAGE_TOKEN, store=store, backoff_base_s=0.01)
    responder = EchoResponder()
    worker = delivery_worker(
        RedisQueue(redis_client), store, sender, responder, visibility_timeout_s=1.0, block_ms=100
    )
    try:
        with pytest.raises(EntryGone):
            await MessengerDelivery(store, sender, responder)(lost, 1)
        messages_key, _ = outbox_keys("alice", lost.entry_id)
        await store.set(messages_key, json.dumps([{"text": "kept on the old master"}]))
        with pytest.raises(EntryGone):
            await MessengerDelivery(store, sender, responder)(lost, 2)
        await store.delete(messages_key)
        assert await worker.handle(lost)  # dropped, not finished: the user's sequence unmoved
        assert graph.messages == []
        assert await store.scan_keys(OUTBOX_PREFIX + "*") == []
        assert await store.hgetall(ATTEMPTS_KEY) == {}  # its count of attempts went with it
        assert await worker.queue.done_seq("alice") == 0
        await worker.queue.enqueue([message("m1", "alice", "hi")])  # delivered again
        async with running(worker):
            await graph.wait_for_messages(1)
            await drained(worker.queue)
            await asyncio.sleep(0.3)
    finally:
        await sender.aclose()
    assert graph.texts_to("alice") == ["echo: hi"]
    assert await worker.queue.dead_letters() == []
