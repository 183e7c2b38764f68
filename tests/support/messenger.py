"""Test doubles for the Messenger side: signed webhook posts, a recording Graph API, responders."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import respx
from fastapi import FastAPI

from app.bot.incoming import Incoming, Responder
from app.bot.replies import Reply
from app.config import Settings, load_settings
from app.main import create_app
from app.messenger.delivery import MessengerDelivery
from app.messenger.send import Sender
from app.messenger.signature import sign
from app.queue import EventQueue
from app.ratelimit import RateLimit
from app.store import Store
from app.worker import Worker

APP_SECRET = "test-app-secret-0123456789"
VERIFY_TOKEN = "test-verify-token"
PAGE_TOKEN = "EAAtestpagetoken0123456789"
GRAPH_URL = "https://graph.test/v25.0"
PAGE_ID = "106000000000001"
WEBHOOK_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "webhooks"


def make_settings(redis_url: str | None = None, **overrides: Any) -> Settings:
    """Settings for tests: no `.env`, no environment surprises, test credentials."""
    values: dict[str, Any] = {
        "_env_file": None,
        "fb_app_secret": APP_SECRET,
        "fb_verify_token": VERIFY_TOKEN,
        "fb_page_access_token": PAGE_TOKEN,
        "fb_graph_url": GRAPH_URL,
        "redis_url": redis_url,
        "visibility_timeout_s": 5.0,
        "max_attempts": 3,
        "metrics_token": None,
        "metrics_enabled": True,
    }
    values.update(overrides)
    return load_settings(**values)


def delivery_worker(
    queue: EventQueue,
    store: Store,
    sender: Sender,
    responder: Responder,
    *,
    rate_limit: RateLimit | None = None,
    **options: Any,
) -> Worker:
    """A worker running the Messenger delivery job, as `python -m app worker` does."""
    delivery = MessengerDelivery(store, sender, responder, rate_limit=rate_limit)
    return Worker(queue, store, delivery, **options)


def signed_headers(body: bytes, secret: str = APP_SECRET) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "X-Hub-Signature-256": sign(secret.encode(), body),
    }


def fixture_bytes(name: str) -> bytes:
    return (WEBHOOK_FIXTURES / name).read_bytes()


TIMESTAMP = 1_795_000_000_000  # when replayed events were sent, in ms since the epoch
LIKE_STICKER = 369239263222822  # Messenger's thumbs-up sticker
STICKER_URL = "https://scontent.xx.fbcdn.net/v/t39.1997-6/851557_369239266556155_759568595_n.png"


def webhook_event(sender: dict[str, str], message: dict[str, Any], at: int = 0) -> dict[str, Any]:
    """One message event as Facebook sends it, from `sender` (`{"id": psid}`, or a Chat Plugin
    guest's `{"user_ref": ...}`), `at` ms after `TIMESTAMP`."""
    return {
        "sender": sender,
        "recipient": {"id": PAGE_ID},
        "timestamp": TIMESTAMP + at,
        "message": message,
    }


def sticker(sticker_id: int) -> dict[str, Any]:
    """A sticker message's content, as Messenger sends it (`LIKE_STICKER` for its thumbs-up)."""
    payload = {"url": STICKER_URL, "sticker_id": sticker_id}
    return {
        "sticker_id": sticker_id,
        "attachments": [
            {"type": "image", "payload": payload},
            {"type": "sticker", "payload": payload},
        ],
    }


def webhook_body(*events: dict[str, Any]) -> bytes:
    """A webhook body batching `events` in one entry, escaped as Facebook sends it (emoji as
    \\ud83d\\udc4d): to be signed as received."""
    entry = {"id": PAGE_ID, "time": events[-1]["timestamp"], "messaging": list(events)}
    return json.dumps({"object": "page", "entry": [entry]}).encode()


async def post_signed(client: httpx.AsyncClient, raw: bytes) -> None:
    """Posts `raw` to the webhook signed as Facebook signs it; the app takes it at once."""
    response = await client.post("/webhook", content=raw, headers=signed_headers(raw))
    assert (response.status_code, response.text) == (200, "EVENT_RECEIVED")


def message_body(user: str, mid: str, text: str, timestamp: int = 1_795_000_000_000) -> bytes:
    """A one-message webhook body as Facebook sends it."""
    payload = {
        "object": "page",
        "entry": [
            {
                "id": PAGE_ID,
                "time": timestamp,
                "messaging": [
                    {
                        "sender": {"id": user},
                        "recipient": {"id": PAGE_ID},
                        "timestamp": timestamp,
                        "message": {"mid": mid, "text": text},
                    }
                ],
            }
        ],
    }
    return json.dumps(payload, ensure_ascii=False).encode()


class EchoResponder:
    """Answers each message with one reply that repeats what it got."""

    def __init__(self) -> None:
        self.seen: list[Incoming] = []

    async def respond(self, incoming: Incoming) -> list[Reply]:
        self.seen.append(incoming)
        said = incoming.payload or incoming.text or ",".join(incoming.attachment_types)
        if incoming.location is not None:
            said = f"location {incoming.location.lat},{incoming.location.lng}"
        return [Reply(text=f"echo: {said}")]


class GraphRecorder:
    """A respx-mocked Send API that records each call and answers success."""

    def __init__(self, router: respx.Router) -> None:
        self.calls: list[dict[str, Any]] = []
        self.route = router.post(f"{GRAPH_URL}/me/messages").mock(side_effect=self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        self.calls.append(body)
        recipient = body["recipient"]
        return httpx.Response(
            200,
            json={
                "recipient_id": recipient.get("id") or "7009990000000001",  # a guest's PSID
                "message_id": f"m_{len(self.calls)}",
            },
        )

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The Send API calls that carried a message (not sender actions)."""
        return [call for call in self.calls if "message" in call]

    def messages_to(self, user: str) -> list[dict[str, Any]]:
        """The messages sent to a person, by their PSID or (a guest's) user_ref."""
        return [call["message"] for call in self.messages if _addressed(call, user)]

    def message_ids_to(self, user: str) -> list[str]:
        """The message ids the Send API gave the messages sent to a person, in order."""
        return [
            f"m_{n}"
            for n, call in enumerate(self.calls, start=1)
            if "message" in call and _addressed(call, user)
        ]

    def texts_to(self, user: str) -> list[str]:
        return [m.get("text", "") for m in self.messages_to(user)]

    async def wait_for_messages(self, count: int, timeout: float = 10.0) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while len(self.messages) < count:
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"expected {count} messages, got {len(self.messages)}")
            await asyncio.sleep(0.02)


def _addressed(call: dict[str, Any], user: str) -> bool:
    recipient = call["recipient"]
    return user in (recipient.get("id"), recipient.get("user_ref"))


@asynccontextmanager
async def running_app(
    settings: Settings, **kwargs: Any
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    """The app with its lifespan running (so the embedded worker runs), and a client for it."""
    app = create_app(settings, **kwargs)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield app, client
