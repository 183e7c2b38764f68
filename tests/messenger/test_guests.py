"""Guests without a PSID (the Chat Plugin on a website, the checkbox plugin): their events carry
`sender.user_ref`, and they are answered by `recipient.user_ref`, through the whole service
(signed webhook, queue, worker, the real bot on the sample railway, a mocked Send API): one
answer per event however often Facebook delivers it, a conversation of their own, kept under a
key that holds nothing unsafe. An event from nobody is acknowledged and dropped, with a log line."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis.asyncio as aioredis

from app.i18n import t
from app.messenger.events import guest_id
from tests.support.messenger import (
    APP_SECRET,
    PAGE_ID,
    PAGE_TOKEN,
    GraphRecorder,
    make_settings,
    post_signed,
    running_app,
    signed_headers,
    webhook_body,
    webhook_event,
)

TIMESTAMP = 1_795_000_000_000
GUEST = "chat-plugin-ref"


def body(sender: dict[str, Any], message: dict[str, Any], *, at: int = 0) -> bytes:
    event = {
        "sender": sender,
        "recipient": {"id": PAGE_ID},
        "timestamp": TIMESTAMP + at,
        "message": message,
    }
    entry = {"id": PAGE_ID, "time": TIMESTAMP + at, "messaging": [event]}
    return json.dumps({"object": "page", "entry": [entry]}).encode()


async def post(client: Any, raw: bytes) -> None:
    response = await client.post("/webhook", content=raw, headers=signed_headers(raw))
    assert (response.status_code, response.text) == (200, "EVENT_RECEIVED")


async def test_a_chat_plugin_guest_is_answered_by_user_ref_and_keeps_a_conversation(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        for n, text in enumerate(("hi", "12627 kaha hai", "is it late?", "❤️")):
            await post(client, body({"user_ref": GUEST}, {"mid": f"m.g{n}", "text": text}, at=n))
            await graph.wait_for_messages(n + 1)
        await asyncio.sleep(0.5)
    assert {json.dumps(call["recipient"]) for call in graph.calls} == {
        json.dumps({"user_ref": GUEST})
    }  # every call, by user_ref; no sender action to a guest
    hello, card, late, heart = graph.texts_to(GUEST)
    assert hello.startswith(t("en", "talk.intro"))
    assert card.startswith("🚆 12627 Karnataka Express")
    # "it": the guest's own conversation, 12627 (its card just shown, so the answer alone)
    assert late.startswith("Yes") and "12 min late" in late
    assert heart == t("en", "talk.react_glad")
    assert all(call["messaging_type"] == "RESPONSE" for call in graph.messages)


async def test_a_guest_is_never_offered_pnr_alerts_that_could_not_reach_them(
    graph: GraphRecorder, webhook: httpx.AsyncClient
) -> None:
    # Messenger keeps a website guest's chat for their visit only: an alert days later (the
    # chart prepared, a berth confirmed) could not reach them, so none is offered, and asking
    # for one says why, with the booking's status a tap away.
    guest = "chat-plugin-alerts"
    asked = ("pnr 4512345678", "alert me for 4512345678", "my alerts")
    for n, text in enumerate(asked):
        said = webhook_event({"user_ref": guest}, {"mid": f"m.alert{n}", "text": text}, n)
        await post_signed(webhook, webhook_body(said))
        await graph.wait_for_messages(n + 1)
    card, alert, listed = graph.messages_to(guest)
    assert "🎫 PNR 4512345678" in card["text"], card
    assert not any(r["payload"].startswith("TRACK") for r in card.get("quick_replies", ()))
    assert alert["text"] == t("en", "alerts.guest")
    assert [r["payload"] for r in alert["quick_replies"]] == ["PNR:4512345678"]
    assert listed["text"] == t("en", "alerts.none") and "quick_replies" not in listed


async def test_a_guest_retried_by_facebook_is_answered_once(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    raw = body({"user_ref": GUEST}, {"mid": "m.guest-retried", "text": "pnr 4512345678"})
    sticker = body(
        {"user_ref": GUEST},
        {"mid": "m.guest-like", "sticker_id": 369239263222822, "attachments": []},
        at=5,
    )
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        for _ in range(3):
            await post(client, raw)
            await post(client, sticker)
        await graph.wait_for_messages(2)
        await post(client, raw)
        await post(client, sticker)
        await asyncio.sleep(0.7)
    booking, like = graph.texts_to(GUEST)
    assert booking.startswith("🎫 PNR 4512345678")
    assert like == t("en", "talk.react_ok")


async def test_a_user_ref_unsafe_in_a_key_is_kept_hashed_and_still_answered(
    clean_redis: str, graph: GraphRecorder, tmp_path: Path
) -> None:
    odd = "{q}:ref with spaces/*ü"
    settings = make_settings(clean_redis, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        for n, text in enumerate(("12627 kaha hai", "is it late?")):
            await post(client, body({"user_ref": odd}, {"mid": f"m.odd{n}", "text": text}, at=n))
            await graph.wait_for_messages(n + 1)
        await asyncio.sleep(0.3)
    card, late = graph.texts_to(odd)
    assert card.startswith("🚆 12627") and "12 min late" in late  # 12627's delay
    redis = aioredis.Redis.from_url(clean_redis, decode_responses=True)
    try:
        keys = [key async for key in redis.scan_iter("*")]
    finally:
        await redis.aclose()
    assert not [key for key in keys if "spaces" in key or "ü" in key]
    assert [key for key in keys if key.endswith(guest_id(odd))]  # its state, under its hash


@pytest.mark.parametrize(
    "sender", [{}, {"id": ""}, {"user_ref": ""}, {"name": "x"}, None], ids=repr
)
async def test_an_event_from_nobody_is_acknowledged_dropped_and_logged(
    sender: dict[str, Any] | None,
    graph: GraphRecorder,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    event: dict[str, Any] = {
        "recipient": {"id": PAGE_ID},
        "timestamp": TIMESTAMP,
        "message": {"mid": "m.nobody", "text": "pnr 4512345678"},
    }
    if sender is not None:
        event["sender"] = sender
    entry = {"id": PAGE_ID, "time": TIMESTAMP, "messaging": [event]}
    raw = json.dumps({"object": "page", "entry": [entry]}).encode()
    settings = make_settings(None, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        await post(client, raw)
        await asyncio.sleep(0.5)
    assert graph.calls == []
    [line] = [r for r in caplog.records if "neither sender.id nor sender.user_ref" in r.message]
    assert line.__dict__["kinds"] == ["message"]
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    for secret in (APP_SECRET, PAGE_TOKEN, "4512345678"):
        assert secret not in logged


async def test_a_guest_asking_what_now_of_a_waiting_booking_is_not_told_to_turn_on_alerts(
    graph: GraphRecorder, webhook: httpx.AsyncClient
) -> None:
    # "so what now?" of a booking still waiting offers what can be done; for a website guest
    # that is other trains and classes, never alerts that could not reach them.
    guest = "chat-plugin-what-now"
    for n, text in enumerate(("pnr 4523456789", "so what now")):
        said = webhook_event({"user_ref": guest}, {"mid": f"m.now{n}", "text": text}, n)
        await post_signed(webhook, webhook_body(said))
        await graph.wait_for_messages(n + 1)
    _, answer = graph.messages_to(guest)
    assert "other trains or classes from New Delhi (NDLS)" in answer["text"], answer
    assert "alerts" not in answer["text"]
    assert not any(r["payload"].startswith("TRACK") for r in answer.get("quick_replies", ()))
