"""The event queue twins behave alike: every test here runs on memory and on real Redis."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis
from redis.exceptions import ResponseError

from app.constants import EVENTS_STREAM, USER_DONE_PREFIX, USER_SEQ_PREFIX
from app.errors import QueueUnavailable, described, note_command
from app.queue import EventQueue, MemoryQueue, NewEvent, RedisQueue


@pytest.fixture(params=["memory", "redis"])
async def queue(request: pytest.FixtureRequest) -> AsyncIterator[EventQueue]:
    if request.param == "memory":
        yield MemoryQueue()
        return
    url = request.getfixturevalue("clean_redis")
    client = aioredis.Redis.from_url(url, decode_responses=True)
    yield RedisQueue(client)
    await client.aclose()


def event(key: str, user: str = "u1", text: str = "hi") -> NewEvent:
    return NewEvent(key, user, f'{{"kind":"message","user":"{user}","text":"{text}"}}')


async def test_enqueue_dedupes_on_the_key(queue: EventQueue) -> None:
    assert await queue.enqueue([event("m1"), event("m2"), event("m1")]) == [True, True, False]
    assert await queue.enqueue([event("m2"), event("m3")]) == [False, True]
    assert (await queue.stats()).length == 3


async def test_each_user_gets_their_own_arrival_sequence(queue: EventQueue) -> None:
    await queue.enqueue([event("a1", "alice"), event("b1", "bob"), event("a2", "alice")])
    got = await queue.read("c1", 10, 100)
    assert [(d.user, d.seq) for d in got] == [("alice", 1), ("bob", 1), ("alice", 2)]
    assert all(d.received_at > 0 for d in got)


async def test_read_hands_out_each_entry_once(queue: EventQueue) -> None:
    await queue.enqueue([event(f"m{n}") for n in range(5)])
    first = await queue.read("c1", 3, 100)
    second = await queue.read("c2", 10, 100)
    assert len(first) == 3 and len(second) == 2
    assert await queue.read("c3", 10, 50) == []
    stats = await queue.stats()
    assert (stats.length, stats.pending, stats.lag) == (5, 5, 0)


async def test_read_blocks_until_an_event_arrives(queue: EventQueue) -> None:
    await queue.read("c1", 1, 10)  # creates the consumer group before the event
    reader = asyncio.create_task(queue.read("c1", 1, 2000))
    await asyncio.sleep(0.1)
    await queue.enqueue([event("late")])
    got = await asyncio.wait_for(reader, 3)
    assert [d.seq for d in got] == [1]


async def test_finish_acknowledges_removes_and_records_the_sequence(queue: EventQueue) -> None:
    await queue.enqueue([event("m1"), event("m2")])
    first, second = await queue.read("c1", 2, 100)
    await queue.finish(first)
    assert await queue.done_seq("u1") == 1
    await queue.finish(second)
    assert await queue.done_seq("u1") == 2
    stats = await queue.stats()
    assert (stats.length, stats.pending) == (0, 0)
    assert await queue.reclaim("c2", 0, 10) == []


async def test_done_never_moves_backwards(queue: EventQueue) -> None:
    await queue.enqueue([event("m1"), event("m2")])
    first, second = await queue.read("c1", 2, 100)
    await queue.finish(second)
    await queue.finish(first)
    assert await queue.done_seq("u1") == 2


async def test_unfinished_entries_are_reclaimed_after_the_visibility_timeout(
    queue: EventQueue,
) -> None:
    await queue.enqueue([event("m1")])
    (taken,) = await queue.read("dead-worker", 1, 100)
    assert await queue.reclaim("rescuer", 1000, 10) == []
    await asyncio.sleep(1.05)
    (reclaimed,) = await queue.reclaim("rescuer", 1000, 10)
    assert reclaimed == taken
    assert await queue.reclaim("another", 1000, 10) == []  # it is the rescuer's now


async def test_touch_keeps_a_live_workers_entries_from_being_reclaimed(queue: EventQueue) -> None:
    await queue.enqueue([event("m1")])
    (taken,) = await queue.read("busy-worker", 1, 100)
    for _ in range(4):
        await asyncio.sleep(0.3)
        await queue.touch("busy-worker", [taken.entry_id])
    assert await queue.reclaim("rescuer", 1000, 10) == []


async def test_held_lists_what_a_consumer_holds_and_has_not_finished(queue: EventQueue) -> None:
    await queue.enqueue([event("m1", "alice"), event("m2", "bob"), event("m3", "carol")])
    first, second = await queue.read("stopping", 2, 100)
    await queue.read("other", 1, 100)
    await queue.finish(first)

    assert await queue.held("stopping", 10) == [second.entry_id]
    assert await queue.held("nobody", 10) == []


async def test_attempts_are_counted_per_entry_across_consumers(queue: EventQueue) -> None:
    await queue.enqueue([event("m1"), event("m2")])
    first, second = await queue.read("c1", 2, 100)
    assert await queue.begin_attempt(first.entry_id) == 1
    assert await queue.begin_attempt(first.entry_id) == 2
    assert await queue.begin_attempt(second.entry_id) == 1
    await queue.finish(first)
    assert await queue.begin_attempt(first.entry_id) == 1  # forgotten once finished


async def test_dead_letter_moves_the_event_aside(queue: EventQueue) -> None:
    await queue.enqueue([event("m1", text="boom")])
    (taken,) = await queue.read("c1", 1, 100)
    await queue.dead_letter(taken, "attempts exhausted", 5)
    (letter,) = await queue.dead_letters()
    assert letter["u"] == "u1"
    assert letter["reason"] == "attempts exhausted"
    assert letter["attempts"] == "5"
    assert '"text":"boom"' in letter["e"]
    assert (await queue.stats()).length == 0
    assert await queue.done_seq("u1") == 1  # the user's next event need not wait for it


async def test_concurrent_enqueues_each_get_their_own_answer(queue: EventQueue) -> None:
    batches = [[event(f"m{n}"), event(f"m{n + 1}")] for n in range(0, 100, 2)]
    batches.append([event("m0"), event("new")])
    results = await asyncio.gather(*(queue.enqueue(batch) for batch in batches))
    assert results[:-1] == [[True, True]] * 50
    assert results[-1] == [False, True]
    got = await queue.read("c1", 200, 100)
    assert [d.seq for d in got] == list(range(1, 102))


async def test_enqueue_of_nothing_is_a_no_op(queue: EventQueue) -> None:
    assert await queue.enqueue([]) == []


async def test_redis_queue_reports_unavailable_when_redis_is_down() -> None:
    client = aioredis.Redis.from_url("redis://127.0.0.1:1/0", decode_responses=True)
    queue = RedisQueue(client)
    with pytest.raises(QueueUnavailable):
        await queue.enqueue([event("m1")])
    results = await asyncio.gather(
        *(queue.enqueue([event(f"x{n}")]) for n in range(5)), return_exceptions=True
    )
    assert all(isinstance(r, QueueUnavailable) for r in results)
    await client.aclose()


async def test_an_expired_user_counter_restarts_after_the_last_handled_event(
    redis_client: aioredis.Redis,
) -> None:
    queue = RedisQueue(redis_client)
    await queue.enqueue([event("m1"), event("m2")])
    for delivery in await queue.read("c1", 10, 100):
        await queue.finish(delivery)
    await redis_client.delete(USER_SEQ_PREFIX + "u1")  # a week of silence
    await queue.enqueue([event("m3")])
    (delivery,) = await queue.read("c1", 10, 100)
    assert delivery.seq == 3
    assert await redis_client.get(USER_DONE_PREFIX + "u1") == "2"


async def test_the_consumer_group_comes_back_after_the_stream_is_deleted(
    redis_client: aioredis.Redis,
) -> None:
    queue = RedisQueue(redis_client)
    await queue.enqueue([event("m1")])
    assert len(await queue.read("c1", 10, 100)) == 1
    await redis_client.delete(EVENTS_STREAM)
    await queue.enqueue([event("m2")])
    assert [d.seq for d in await queue.read("c1", 10, 100)] == [2]


async def test_departed_consumers_with_nothing_pending_are_forgotten(
    redis_client: aioredis.Redis,
) -> None:
    queue = RedisQueue(redis_client)
    await queue.enqueue([event("m1")])
    await queue.read("departed", 10, 100)
    (taken,) = await queue.reclaim("rescuer", 0, 10)
    await asyncio.sleep(0.1)
    assert await queue.prune_consumers(50) == 1  # "departed"; "rescuer" still holds an entry
    names = [c["name"] for c in await redis_client.xinfo_consumers(EVENTS_STREAM, "workers")]
    assert names == ["rescuer"]
    await queue.finish(taken)


async def test_one_webhook_request_is_one_round_trip(
    redis_client: aioredis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue = RedisQueue(redis_client)
    await queue.enqueue([event("warm")])  # loads the script
    commands: list[str] = []
    execute = redis_client.execute_command

    async def counting(*args: object, **options: object) -> object:
        commands.append(str(args[0]))
        return await execute(*args, **options)

    monkeypatch.setattr(redis_client, "execute_command", counting)
    await queue.enqueue([event(f"m{n}", f"user{n}") for n in range(10)])
    assert commands == ["EVALSHA"]


async def test_a_failed_redis_command_is_described_by_command_class_and_message(
    redis_client: aioredis.Redis,
) -> None:
    queue = RedisQueue(redis_client)
    await redis_client.set(EVENTS_STREAM, "not a stream")  # the stream's key holds a string
    with pytest.raises(ResponseError) as raised:
        await queue.reclaim("c1", 0, 10)
    assert repr(raised.value) == "server:ResponseError"  # redis-py's own: says nothing
    said = described(raised.value)
    assert said.startswith("XGROUP CREATE: ResponseError: WRONGTYPE"), said
    await redis_client.delete(EVENTS_STREAM)


def test_a_described_error_names_its_command_once_and_is_kept_short() -> None:
    error = ResponseError("NOGROUP No such key 'rb:events' or consumer group\n 'workers'")
    note_command(error, "XAUTOCLAIM")
    note_command(error, "EVALSHA (finish an entry)")  # an outer block: the innermost is kept
    said = described(error)
    assert said == (
        "XAUTOCLAIM: ResponseError: NOGROUP No such key 'rb:events' or consumer group 'workers'"
    )
    assert described(ResponseError("x" * 1000)).startswith("ResponseError: xxx")
    assert len(described(ResponseError("x" * 1000))) == 300
    assert described(ConnectionError()) == "ConnectionError"
