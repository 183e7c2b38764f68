"""A traveller swipes to reply to an earlier message (`message.reply_to.mid`) and asks about it:
the quoted message's train, PNR or journey is what the question is about, not what the
conversation moved on to since. Signed webhook bodies go through the whole service (queue,
worker, the real bot on the sample railway) to a mocked Send API, whose message ids are what a
later reply quotes."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from app.constants import REPLIED_PREFIX, REPLIED_SENT, REPLIED_TURNS
from app.store import RedisStore
from tests.support.messenger import (
    PAGE_ID,
    GraphRecorder,
    make_settings,
    running_app,
    signed_headers,
)

TRAVELLER = "7005000000000901"
TIMESTAMP = 1_795_000_000_000


def body(mid: str, text: str, *, reply_to: str | None = None, at: int = 0) -> bytes:
    """A message as Facebook sends it, quoting `reply_to` when given."""
    message: dict[str, Any] = {"mid": mid, "text": text}
    if reply_to is not None:
        message["reply_to"] = {"mid": reply_to}
    event = {
        "sender": {"id": TRAVELLER},
        "recipient": {"id": PAGE_ID},
        "timestamp": TIMESTAMP + at,
        "message": message,
    }
    entry = {"id": PAGE_ID, "time": TIMESTAMP + at, "messaging": [event]}
    return json.dumps({"object": "page", "entry": [entry]}, ensure_ascii=False).encode()


class Chat:
    """One traveller's messages, each answered before the next is sent."""

    def __init__(self, client: Any, graph: GraphRecorder) -> None:
        self.client = client
        self.graph = graph
        self.count = 0

    async def say(self, text: str, *, reply_to: str | None = None, mid: str = "") -> list[str]:
        """Send a message; the texts of its answer."""
        self.count += 1
        before = len(self.graph.messages)
        raw = body(mid or f"m.t{self.count}", text, reply_to=reply_to, at=self.count * 1000)
        response = await self.client.post("/webhook", content=raw, headers=signed_headers(raw))
        assert response.status_code == 200
        await self.graph.wait_for_messages(before + 1)
        await self.idle()
        return [m["message"].get("text", "") for m in self.graph.messages[before:]]

    async def idle(self) -> None:
        """Wait until the worker has sent every message of the answer in hand."""
        seen = -1
        while seen != len(self.graph.messages):
            seen = len(self.graph.messages)
            await asyncio.sleep(0.3)

    def last_ids(self, count: int) -> list[str]:
        return self.graph.message_ids_to(TRAVELLER)[-count:]


async def test_is_it_late_quoting_a_train_card_is_that_trains_status_after_a_pnr(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        chat = Chat(client, graph)
        card = await chat.say("12627 kaha hai")
        assert card[0].startswith("🚆 12627 Karnataka Express")
        [card_id] = chat.last_ids(1)
        booking = await chat.say("pnr 4523456789")
        assert "12952 Mumbai Rajdhani" in booking[0]
        unquoted = await chat.say("is it late?")
        quoted = await chat.say("is it late?", reply_to=card_id)
        then = await chat.say("and its route?")
    assert "12952" in unquoted[0]  # without the quote: the booking's train, the last shown
    assert "12627" in quoted[0] and "12952" not in quoted[0]
    assert "12627" in then[0]  # the quoted train is the one in hand afterwards


async def test_iska_kiraya_quoting_a_booking_is_its_fare_after_another_train(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    """Hinglish, and the booking (its train, journey, class) is what "iska" means."""
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        chat = Chat(client, graph)
        await chat.say("pnr 4523456789")
        booking_id = chat.last_ids(1)[0]
        await chat.say("12627 kaha hai")
        fare = await chat.say("iska kiraya?", reply_to=booking_id)
    assert fare[0].startswith("💰") and "3A" in fare[0]
    assert "12952 Mumbai Rajdhani" in fare[0]


async def test_a_reply_quoting_the_travellers_own_message_is_about_what_it_asked(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        chat = Chat(client, graph)
        await chat.say("12627 kaha hai", mid="m.own-question")
        await chat.say("pnr 4523456789")
        again = await chat.say("कितनी लेट है?", reply_to="m.own-question")
    assert "12627" in again[0] and "12952" not in again[0]


async def test_a_quote_of_a_message_not_remembered_is_read_as_any_other(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    """Expired, from before this version, or never seen: the conversation's own context."""
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        chat = Chat(client, graph)
        await chat.say("12627 kaha hai")
        await chat.say("pnr 4523456789")
        answer = await chat.say("is it late?", reply_to="m_unknown_to_us")
    assert len(answer) == 1 and "12952" in answer[0]


async def test_what_is_remembered_stays_bounded_and_expires(
    clean_redis: str, graph: GraphRecorder, tmp_path: Path
) -> None:
    settings = make_settings(clean_redis, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        chat = Chat(client, graph)
        for _ in range(REPLIED_TURNS + 2):
            await chat.say("12627 kaha hai")
        first_id = graph.message_ids_to(TRAVELLER)[0]
        answer = await chat.say("is it late?", reply_to=first_id)
    store = RedisStore.from_url(clean_redis)
    try:
        raw = await store.get(REPLIED_PREFIX + TRAVELLER)
        ttl = await store.ttl(REPLIED_PREFIX + TRAVELLER)
    finally:
        await store.close()
    assert raw is not None and ttl is not None and ttl > 0
    remembered = json.loads(raw)
    assert len(remembered["turns"]) <= REPLIED_TURNS
    assert len(remembered["sent"]) <= REPLIED_SENT
    assert first_id not in [mid for mid, _ in remembered["sent"]]  # the oldest let go
    assert len(answer) == 1  # the quote forgotten: answered as any "is it late?"
