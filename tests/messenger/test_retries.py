"""Facebook delivers an event again until it has its 200 (a slow answer, a timeout, a network
blip), alone or batched with newer events: however often, and however it is batched, one event
(one `mid`) is answered once. Replayed signed through the whole service for the kinds of
message whose answer is not an ordinary one: a swipe-reply quoting an earlier answer, an emoji
alone, Messenger's like sticker, a Chat Plugin guest known by a user_ref."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from app.i18n import t
from tests.support.messenger import (
    LIKE_STICKER,
    GraphRecorder,
    post_signed,
    sticker,
    webhook_body,
    webhook_event,
)

# name → the person (PSID or user_ref), how they are addressed, the retried message, and how its
# one answer begins.
CASES: dict[str, tuple[str, str, dict[str, Any], str]] = {
    "heart": ("7005000000000701", "id", {"text": "❤️"}, t("en", "talk.react_glad")),
    "like_sticker": ("7005000000000702", "id", sticker(LIKE_STICKER), t("en", "talk.react_ok")),
    "guest": ("site-guest-7", "user_ref", {"text": "pnr 4512345678"}, "🎫 PNR 4512345678"),
    "guest_emoji": ("site-guest-8", "user_ref", {"text": "🙏"}, t("en", "talk.react_thanks")),
}


@pytest.mark.parametrize("name", sorted(CASES))
async def test_an_event_delivered_again_alone_or_batched_is_answered_once(
    name: str, graph: GraphRecorder, webhook: httpx.AsyncClient
) -> None:
    person, way, message, answer = CASES[name]
    retried = webhook_event({way: person}, {"mid": f"m.retry-{name}", **message}, at=1)
    newer = webhook_event({way: person}, {"mid": f"m.newer-{name}", "text": "12627 kaha hai"}, at=2)
    alone = webhook_body(retried)
    await asyncio.gather(*(post_signed(webhook, alone) for _ in range(3)))  # at once
    await post_signed(webhook, webhook_body(retried, newer))  # again, batched with a newer one
    await graph.wait_for_messages(2)
    await post_signed(webhook, alone)  # again, after it was answered
    await asyncio.sleep(0.7)
    first, second = graph.texts_to(person)
    assert first.startswith(answer)
    assert second.startswith("🚆 12627 Karnataka Express")


async def test_a_quoting_reply_delivered_again_is_answered_once(
    graph: GraphRecorder, webhook: httpx.AsyncClient
) -> None:
    person = "7005000000000703"
    for at, text in enumerate(("12627 kaha hai", "pnr 4523456789"), start=1):
        said = webhook_event({"id": person}, {"mid": f"m.q{at}", "text": text}, at)
        await post_signed(webhook, webhook_body(said))
        await graph.wait_for_messages(at)
    card_id = graph.message_ids_to(person)[0]
    quoting = webhook_event(
        {"id": person}, {"mid": "m.q3", "text": "is it late?", "reply_to": {"mid": card_id}}, 3
    )
    for _ in range(3):
        await post_signed(webhook, webhook_body(quoting))
    await graph.wait_for_messages(3)
    await post_signed(webhook, webhook_body(quoting))
    await asyncio.sleep(0.7)
    card, booking, late = graph.texts_to(person)
    assert card.startswith("🚆 12627") and "12952" in booking
    assert "12627" in late and "12952" not in late
