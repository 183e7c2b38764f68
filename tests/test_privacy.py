"""People's data: "forget me" deletes everything kept about a person and nothing about anyone
else; /privacy says what is kept, why, for how long, and how to delete it."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator

import pytest
import redis.asyncio as aioredis
import respx

from app.constants import (
    ALERTS_DUE_KEY,
    ALERTS_LAST_PNR_TTL_S,
    ALERTS_USER_PREFIX,
    DEAD_LETTER_STREAM,
    DEVCHAT_PREFIX,
    LANGUAGE_TTL_S,
    OUTBOX_PREFIX,
    PERSONAL_KEY_PREFIXES,
    QUEUE_PERSON_KEY_PREFIXES,
    RATE_PREFIX,
    STATE_TTL_S,
)
from app.i18n import t
from app.i18n.language import has_devanagari
from app.privacy import FORGET_PHRASES, KEPT, forget, privacy_page
from app.queue import MemoryQueue, NewEvent, RedisQueue
from app.store import RedisStore, Store
from tests.support.messenger import (
    GraphRecorder,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)

PERSON = "7020000000000123"
# Ids that begin with, or extend, the person's: their data must survive.
OTHERS = ("702000000000012", "70200000000001234", "7020000000000123:x", "other")


async def keep_everything_about(store: Store, user: str) -> list[str]:
    """One record of every kind kept about `user`, in the shape the code writes it; the keys."""
    keys = [prefix + user for prefix in PERSONAL_KEY_PREFIXES]
    for key in keys:
        await store.set(key, "kept")
    suffixed = {
        f"{RATE_PREFIX}{user}:29916666": "3",
        f"{DEVCHAT_PREFIX}{user}:seq": "2",
        f"{DEVCHAT_PREFIX}{user}:2": "{}",
        f"{OUTBOX_PREFIX}{user}:1795000000000-0": json.dumps([{"text": "a"}]),
        f"{OUTBOX_PREFIX}{user}:1795000000000-0:sent": "1",  # delivered: forgotten too
    }
    for key, value in suffixed.items():
        await store.set(key, value)
    await store.zadd(ALERTS_DUE_KEY, f"{user}|4512345678", time.time())
    return [*keys, *suffixed]


async def test_forget_deletes_everything_about_a_person_and_nothing_else(store: Store) -> None:
    kept = {user: await keep_everything_about(store, user) for user in (PERSON, *OTHERS)}

    removed = await forget(store, PERSON)

    assert [key for key in kept[PERSON] if await store.get(key) is not None] == []
    assert await store.zscan_members(ALERTS_DUE_KEY, f"{PERSON}|*") == []
    assert removed == len(kept[PERSON]) + 1
    for user in OTHERS:
        assert [key for key in kept[user] if await store.get(key) is None] == [], user
        assert await store.zscore(ALERTS_DUE_KEY, f"{user}|4512345678") is not None


async def test_a_reply_still_being_delivered_is_kept_until_it_is(store: Store) -> None:
    """Forgetting must not make a reply in the air go out twice: its record stays."""
    outbox = f"{OUTBOX_PREFIX}{PERSON}:1795000000000-1"
    await store.set(outbox, json.dumps([{"text": "part one"}, {"text": "part two"}]))
    await store.set(outbox + ":sent", "1")
    await forget(store, PERSON)
    assert await store.get(outbox) is not None
    assert await store.get(outbox + ":sent") == "1"


@pytest.mark.parametrize("backend", ["memory", "redis"])
async def test_forget_drops_the_persons_dead_letters(
    backend: str, request: pytest.FixtureRequest
) -> None:
    if backend == "memory":
        queue: MemoryQueue | RedisQueue = MemoryQueue()
        store: Store | None = None
    else:
        client = aioredis.Redis.from_url(
            request.getfixturevalue("clean_redis"), decode_responses=True
        )
        queue, store = RedisQueue(client), RedisStore(client)
    await queue.enqueue([NewEvent("m1", PERSON, "{}"), NewEvent("m2", "other", "{}")])
    for delivery in await queue.read("w", 10, 100):
        await queue.dead_letter(delivery, "attempts exhausted", 5)
    assert await queue.forget_dead_letters(PERSON) == 1
    assert [letter["u"] for letter in await queue.dead_letters()] == ["other"]
    if store is not None:
        await store.close()


def test_every_kind_of_personal_data_is_described_on_the_page() -> None:
    described = [kept.prefix for kept in KEPT]
    assert sorted(described) == sorted(PERSONAL_KEY_PREFIXES)


async def test_the_privacy_page_says_what_is_kept_for_how_long_and_how_to_delete_it() -> None:
    async with running_app(make_settings(None), run_worker=False) as (_, client):
        response = await client.get("/privacy")
        document = (await client.get("/openapi.json")).json()
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert page == privacy_page()
    for kept in KEPT:
        assert kept.kept_for in page
    assert f"{STATE_TTL_S // 60} minutes" in page  # lifetimes come from app/constants.py
    assert f"{ALERTS_LAST_PNR_TTL_S // 3600} hour" in page
    assert f"{LANGUAGE_TTL_S // 86400} days" in page
    for phrase in FORGET_PHRASES:
        assert phrase in page
    assert "/privacy" in document["paths"]
    assert "text/html" in document["paths"]["/privacy"]["get"]["responses"]["200"]["content"]


# --- what the running service really keeps ---------------------------------------------------


@pytest.fixture
def graph() -> Iterator[GraphRecorder]:
    with respx.mock(assert_all_called=False) as router:
        yield GraphRecorder(router)


async def test_every_key_the_service_keeps_about_a_person_is_declared_and_forgotten(
    clean_redis: str, graph: GraphRecorder, tmp_path: object
) -> None:
    """Talk to the real service (sample railway, real Redis), then look at every key that names
    the person: each must have a declared per-person prefix, and forget leaves none of them but
    the queue's bookkeeping."""
    settings = make_settings(clean_redis, railway_provider="sample", data_dir=tmp_path)
    said = ["hi", "pnr 4512345678", "trains from ndls to", "alert 4512345678", "hindi me batao"]
    async with running_app(settings) as (app, client):
        for n, text in enumerate(said):
            body = message_body(PERSON, f"m_privacy_{n}", text, 1_795_000_000_000 + n)
            response = await client.post("/webhook", content=body, headers=signed_headers(body))
            assert response.status_code == 200
            await graph.wait_for_messages(n + 1, timeout=20)
        services = app.state.services
        for _ in range(100):
            if (await services.queue.stats()).length == 0:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)
        raw = aioredis.Redis.from_url(clean_redis, decode_responses=True)
        try:
            naming = [key async for key in raw.scan_iter(match=f"*{PERSON}*")]
            assert naming, "the service kept nothing about the person?"
            declared = (*PERSONAL_KEY_PREFIXES, *QUEUE_PERSON_KEY_PREFIXES)
            undeclared = [key for key in naming if not key.startswith(declared)]
            assert undeclared == [], "keys about a person under an undeclared prefix"
            assert await raw.zcard(ALERTS_DUE_KEY) == 1  # the alert's place in the schedule

            await forget(services.store, PERSON, queue=services.queue)

            left = [key async for key in raw.scan_iter(match=f"*{PERSON}*")]
            assert all(key.startswith(QUEUE_PERSON_KEY_PREFIXES) for key in left), left
            assert await raw.zcard(ALERTS_DUE_KEY) == 0
        finally:
            await raw.aclose()


# --- "forget me" in the chat, through the webhook ----------------------------------------------


def tap_body(user: str, mid: str, title: str, payload: str, timestamp: int) -> bytes:
    """A quick-reply tap as Facebook posts it."""
    body = json.loads(message_body(user, mid, title, timestamp))
    body["entry"][0]["messaging"][0]["message"]["quick_reply"] = {"payload": payload}
    return json.dumps(body, ensure_ascii=False).encode()


class Chat:
    """One person talking to the running service through signed webhook posts."""

    def __init__(self, client: object, graph: GraphRecorder, user: str) -> None:
        self.client = client
        self.graph = graph
        self.user = user
        self.sent = 0

    async def post(self, body: bytes) -> list[dict[str, object]]:
        before = len(self.graph.messages_to(self.user))
        response = await self.client.post(  # type: ignore[attr-defined]
            "/webhook", content=body, headers=signed_headers(body)
        )
        assert response.status_code == 200
        deadline = time.monotonic() + 20
        while len(self.graph.messages_to(self.user)) == before:
            assert time.monotonic() < deadline, "no answer"
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.1)
        return self.graph.messages_to(self.user)[before:]

    async def say(self, text: str) -> list[dict[str, object]]:
        self.sent += 1
        mid = f"m_forget_{self.user[-4:]}x{self.sent}"
        return await self.post(message_body(self.user, mid, text, 1_795_000_000_000 + self.sent))

    async def tap(self, reply: dict[str, object], title_starts: str) -> list[dict[str, object]]:
        [choice] = [
            c
            for c in reply["quick_replies"]  # type: ignore[attr-defined]
            if c["title"].startswith(title_starts)
        ]
        self.sent += 1
        mid = f"m_forget_{self.user[-4:]}x{self.sent}"
        stamp = 1_795_000_000_000 + self.sent
        return await self.post(tap_body(self.user, mid, choice["title"], choice["payload"], stamp))


async def naming(raw: aioredis.Redis, user: str) -> list[str]:
    return sorted([key async for key in raw.scan_iter(match=f"*{user}*")])


@pytest.mark.parametrize("asked", ["forget me", "Please delete my data", "मेरा डेटा मिटाओ"])
async def test_forget_me_asks_once_then_deletes_everything_kept_and_says_so(
    clean_redis: str, graph: GraphRecorder, tmp_path: object, asked: str
) -> None:
    settings = make_settings(clean_redis, railway_provider="sample", data_dir=tmp_path)
    raw = aioredis.Redis.from_url(clean_redis, decode_responses=True)
    try:
        async with running_app(settings) as (_, client):
            person, other = Chat(client, graph, PERSON), Chat(client, graph, "7020000000000999")
            for chat in (person, other):
                await chat.say("hi")
                await chat.say("alert 4512345678")
            assert await raw.zcard(ALERTS_DUE_KEY) == 2
            # A message of theirs that could not be answered, kept for the operator.
            dead = {"entry": "1-0", "u": PERSON, "s": "1", "t": "1", "e": "{}", "reason": "bug"}
            await raw.xadd(DEAD_LETTER_STREAM, dead)  # type: ignore[arg-type]
            queue = RedisQueue(raw)
            kept_before = await naming(raw, PERSON)
            assert any(key.startswith(PERSONAL_KEY_PREFIXES) for key in kept_before)

            language = "hi" if has_devanagari(asked) else "en"  # asked in Hindi, answered so
            [question] = await person.say(asked)
            assert question["text"] == t(language, "forget.question")
            assert await naming(raw, PERSON) != []  # nothing deleted before the Yes

            [done] = await person.tap(question, t(language, "forget.yes"))
            assert done["text"] == t(language, "forget.deleted")
            left = await naming(raw, PERSON)
            assert [key for key in left if not key.startswith(QUEUE_PERSON_KEY_PREFIXES)] == []
            assert await raw.zcard(ALERTS_DUE_KEY) == 1  # the other person's alert
            assert await queue.dead_letters() == []
            assert any(
                key.startswith(PERSONAL_KEY_PREFIXES) for key in await naming(raw, other.user)
            )
    finally:
        await raw.aclose()


async def test_no_keeps_everything(
    clean_redis: str, graph: GraphRecorder, tmp_path: object
) -> None:
    settings = make_settings(clean_redis, railway_provider="sample", data_dir=tmp_path)
    raw = aioredis.Redis.from_url(clean_redis, decode_responses=True)
    try:
        async with running_app(settings) as (_, client):
            person = Chat(client, graph, PERSON)
            await person.say("alert 4512345678")
            [question] = await person.say("mera data delete karo")
            [kept] = await person.tap(question, "No")
            assert "deleted nothing" in str(kept["text"])
            assert await raw.zcard(ALERTS_DUE_KEY) == 1
            assert await raw.exists(ALERTS_USER_PREFIX + PERSON)
    finally:
        await raw.aclose()
