"""Facebook delivers an event again until it has its 200 (a slow answer, a timeout, a network
blip), alone or batched with newer events: however often, and however it is batched, one event
(one `mid`) is answered once. Replayed signed through the whole service for the kinds of
message whose answer is not an ordinary one: a swipe-reply quoting an earlier answer, an emoji
alone, Messenger's like sticker, a Chat Plugin guest known by a user_ref."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from app.i18n import t
from tests.support.messenger import (
    PAGE_ID,
    GraphRecorder,
    make_settings,
    running_app,
    signed_headers,
)

TIMESTAMP = 1_795_000_000_000
LIKE_STICKER = 369239263222822


def event(sender: dict[str, str], message: dict[str, Any], at: int) -> dict[str, Any]:
    return {
        "sender": sender,
        "recipient": {"id": PAGE_ID},
        "timestamp": TIMESTAMP + at,
        "message": message,
    }


def body(*events: dict[str, Any]) -> bytes:
    entry = {"id": PAGE_ID, "time": TIMESTAMP, "messaging": list(events)}
    return json.dumps({"object": "page", "entry": [entry]}).encode()


async def post(client: Any, raw: bytes) -> None:
    response = await client.post("/webhook", content=raw, headers=signed_headers(raw))
    assert (response.status_code, response.text) == (200, "EVENT_RECEIVED")


# name → the person (PSID or user_ref), how they are addressed, the retried message, and how its
# one answer begins.
CASES: dict[str, tuple[str, str, dict[str, Any], str]] = {
    "heart": ("7005000000000701", "id", {"text": "❤️"}, t("en", "talk.react_glad")),
    "like_sticker": (
        "7005000000000702",
        "id",
        {
            "sticker_id": LIKE_STICKER,
            "attachments": [{"type": "sticker", "payload": {"sticker_id": LIKE_STICKER}}],
        },
        t("en", "talk.react_ok"),
    ),
    "guest": ("site-guest-7", "user_ref", {"text": "pnr 4512345678"}, "🎫 PNR 4512345678"),
    "guest_emoji": ("site-guest-8", "user_ref", {"text": "🙏"}, t("en", "talk.react_thanks")),
}


@pytest.mark.parametrize("name", sorted(CASES))
async def test_an_event_delivered_again_alone_or_batched_is_answered_once(
    name: str, backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    person, way, message, answer = CASES[name]
    retried = event({way: person}, {"mid": f"m.retry-{name}", **message}, at=1)
    newer = event({way: person}, {"mid": f"m.newer-{name}", "text": "12627 kaha hai"}, at=2)
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        await asyncio.gather(*(post(client, body(retried)) for _ in range(3)))  # at once
        await post(client, body(retried, newer))  # again, batched with a newer message
        await graph.wait_for_messages(2)
        await post(client, body(retried))  # again, after it was answered
        await asyncio.sleep(0.7)
    first, second = graph.texts_to(person)
    assert first.startswith(answer)
    assert second.startswith("🚆 12627 Karnataka Express")


async def test_a_quoting_reply_delivered_again_is_answered_once(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    person = "7005000000000703"
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        await post(
            client, body(event({"id": person}, {"mid": "m.q1", "text": "12627 kaha hai"}, 1))
        )
        await graph.wait_for_messages(1)
        await post(
            client, body(event({"id": person}, {"mid": "m.q2", "text": "pnr 4523456789"}, 2))
        )
        await graph.wait_for_messages(2)
        card_id = graph.message_ids_to(person)[0]
        quoting = event(
            {"id": person}, {"mid": "m.q3", "text": "is it late?", "reply_to": {"mid": card_id}}, 3
        )
        for _ in range(3):
            await post(client, body(quoting))
        await graph.wait_for_messages(3)
        await post(client, body(quoting))
        await asyncio.sleep(0.7)
    card, booking, late = graph.texts_to(person)
    assert card.startswith("🚆 12627") and "12952" in booking
    assert "12627" in late and "12952" not in late
