"""The webhook end to end: real-shaped bodies, signed over their exact bytes, posted through the
ASGI app with its lifespan (and so its worker) running, the Send API mocked."""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections import Counter
from collections.abc import AsyncIterator, Sequence

import httpx
import pytest

from app.errors import ConfigurationError, QueueUnavailable
from app.main import create_app
from app.messenger.signature import sign
from app.messenger.webhook import MAX_BODY_BYTES
from app.queue import EventQueue, MemoryQueue, NewEvent
from tests.support.messenger import (
    APP_SECRET,
    PAGE_ID,
    VERIFY_TOKEN,
    WEBHOOK_FIXTURES,
    EchoResponder,
    GraphRecorder,
    fixture_bytes,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)

# Fixture file -> how many Send API messages each user must get (one echo per answerable event).
EXPECTED = {
    "text_hindi_emoji.json": {"7001000000000001": 1},
    "batch_entries.json": {"7001000000000002": 2, "7001000000000003": 1, "7001000000000004": 1},
    "echo.json": {},
    "read.json": {},
    "delivery_without_timestamp.json": {},
    "standby.json": {},
    "quick_reply.json": {"7001000000000009": 1},
    "postback_with_mid.json": {"7001000000000010": 1},
    "postback_without_mid.json": {"7001000000000011": 1},
    "location.json": {"7001000000000012": 1},
    "sticker_image.json": {"7001000000000013": 3},
    "unknown_events.json": {},
    "duplicate_redelivery.json": {"7001000000000015": 1},
    # the one good message, and the Chat Plugin guest's (answered by user_ref)
    "malformed_events.json": {"7001000000000016": 1, "plugin-ref-1": 1},
    "long_text.json": {"7001000000000017": 3},
    "instagram_object.json": {},
    "message_edit.json": {"7001000000000018": 2},
    "referral.json": {"7001000000000019": 1, "7001000000000020": 1, "7001000000000021": 1},
}


async def post_signed(client: httpx.AsyncClient, body: bytes) -> httpx.Response:
    return await client.post("/webhook", content=body, headers=signed_headers(body))


async def settle(graph: GraphRecorder, expected_messages: int) -> None:
    """Wait for the expected messages, then a little longer to catch any extra one."""
    await graph.wait_for_messages(expected_messages)
    await asyncio.sleep(0.3)


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in WEBHOOK_FIXTURES.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
async def test_fixture_replay_sends_exactly_the_expected_replies(
    name: str, backend: str | None, graph: GraphRecorder
) -> None:
    body = fixture_bytes(name)
    expected = EXPECTED[name]
    async with running_app(make_settings(backend), responder=EchoResponder()) as (_, client):
        response = await post_signed(client, body)
        assert response.status_code == 200
        assert response.text == "EVENT_RECEIVED"
        await settle(graph, sum(expected.values()))
    received = Counter(
        call["recipient"].get("id") or call["recipient"]["user_ref"] for call in graph.messages
    )
    assert dict(received) == expected
    for message in graph.messages:
        assert len(message["message"].get("text", "")) < 2000
        assert message["messaging_type"] == "RESPONSE"
    assert PAGE_ID not in received


async def test_hindi_and_emoji_text_reaches_the_bot_intact(
    backend: str | None, graph: GraphRecorder
) -> None:
    responder = EchoResponder()
    body = fixture_bytes("text_hindi_emoji.json")
    assert b"\\u091f" in body  # Facebook's escaped-unicode form, signed as received
    async with running_app(make_settings(backend), responder=responder) as (_, client):
        assert (await post_signed(client, body)).status_code == 200
        await settle(graph, 1)
    assert responder.seen[0].text == "ट्रेन 12627 कहाँ है? 🚆🙏🏽 जल्दी बताओ"
    assert graph.texts_to("7001000000000001") == ["echo: ट्रेन 12627 कहाँ है? 🚆🙏🏽 जल्दी बताओ"]


async def test_quick_replies_postbacks_locations_and_stickers_become_incoming_messages(
    graph: GraphRecorder,
) -> None:
    responder = EchoResponder()
    names = ["quick_reply.json", "postback_with_mid.json", "location.json", "sticker_image.json"]
    async with running_app(make_settings(None), responder=responder) as (_, client):
        for name in names:
            assert (await post_signed(client, fixture_bytes(name))).status_code == 200
        await settle(graph, 6)
    by_user = {incoming.user_id: incoming for incoming in responder.seen}
    tapped = by_user["7001000000000009"]
    assert (tapped.text, tapped.payload) == ("Tomorrow", "TRAINS:MAS:SBC:2026-11-28")
    assert by_user["7001000000000010"].payload == "PNR:4512345678"
    location = by_user["7001000000000012"].location
    assert location is not None
    assert (location.lat, location.lng, location.title) == (13.0827, 80.2707, "Pinned Location")
    sticker_user = [i for i in responder.seen if i.user_id == "7001000000000013"]
    assert [i.attachment_types for i in sticker_user] == [
        ("sticker",),  # the like sticker, as its `image` and its `sticker` attachments (2026)
        ("image",),
        ("ig_reel", "hologram"),
    ]


async def test_a_5000_character_text_is_answered_in_chunks_under_2000(
    backend: str | None, graph: GraphRecorder
) -> None:
    body = fixture_bytes("long_text.json")
    text = json.loads(body)["entry"][0]["messaging"][0]["message"]["text"]
    async with running_app(make_settings(backend), responder=EchoResponder()) as (_, client):
        assert (await post_signed(client, body)).status_code == 200
        await settle(graph, 3)
    chunks = graph.texts_to("7001000000000017")
    assert all(0 < len(chunk) < 2000 for chunk in chunks)
    assert " ".join(chunks).split() == f"echo: {text}".split()


@pytest.mark.parametrize("name", ["duplicate_redelivery.json", "postback_without_mid.json"])
async def test_duplicate_delivery_sends_one_reply(
    name: str, backend: str | None, graph: GraphRecorder
) -> None:
    body = fixture_bytes(name)
    async with running_app(make_settings(backend), responder=EchoResponder()) as (_, client):
        for _ in range(3):
            assert (await post_signed(client, body)).status_code == 200
        await settle(graph, 1)
    assert len(graph.messages) == 1


# --- signatures -----------------------------------------------------------------------------------


def _sha1(body: bytes) -> str:
    import hashlib
    import hmac

    return "sha1=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha1).hexdigest()


BODY = message_body("7001000000000100", "m_sig_1", "pnr 4512345678")
GOOD = sign(APP_SECRET.encode(), BODY)


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 403),
        ({"X-Hub-Signature-256": "sha256=" + "0" * 64}, 403),
        ({"X-Hub-Signature-256": sign(b"another secret", BODY)}, 403),
        ({"X-Hub-Signature-256": GOOD}, 200),
        ({"X-Hub-Signature-256": "sha256=" + GOOD.removeprefix("sha256=").upper()}, 200),
        ({"X-Hub-Signature": _sha1(BODY)}, 200),
        ({"X-Hub-Signature": "sha1=" + "0" * 40}, 403),
        ({"X-Hub-Signature-256": "sha256=" + "0" * 64, "X-Hub-Signature": _sha1(BODY)}, 403),
        ({"X-Hub-Signature-256": GOOD.removeprefix("sha256=")}, 403),
        ({"X-Hub-Signature-256": "sha1=" + GOOD.removeprefix("sha256=")}, 403),
        ({"X-Hub-Signature-256": "md5=" + GOOD.removeprefix("sha256=")}, 403),
        ({"X-Hub-Signature-256": "sha256=zz" + GOOD[9:]}, 403),
        ({"X-Hub-Signature-256": "sha256="}, 403),
        ({"X-Hub-Signature-256": "sha256=é".encode("latin-1")}, 403),
        ({"X-Hub-Signature-256": GOOD.encode() + "…".encode()}, 403),
    ],
    ids=[
        "missing",
        "zeros",
        "other-secret",
        "valid",
        "uppercase-hex",
        "sha1-fallback",
        "sha1-wrong",
        "no-fallback-when-256-present",
        "no-prefix",
        "sha1-prefix-in-256-header",
        "unknown-prefix",
        "not-hex",
        "empty",
        "non-ascii",
        "non-ascii-suffix",
    ],
)
async def test_signature_check(
    headers: dict[str, str | bytes], status: int, graph: GraphRecorder
) -> None:
    async with running_app(make_settings(None), responder=EchoResponder()) as (_, client):
        response = await client.post(
            "/webhook", content=BODY, headers={"Content-Type": "application/json", **headers}
        )
        assert response.status_code == status
        if status == 200:
            await settle(graph, 1)
        else:
            await asyncio.sleep(0.1)
    assert len(graph.messages) == (1 if status == 200 else 0)


async def test_signature_over_reserialised_json_is_rejected(graph: GraphRecorder) -> None:
    body = fixture_bytes("text_hindi_emoji.json")
    reserialised = json.dumps(json.loads(body), ensure_ascii=False).encode()
    async with running_app(make_settings(None)) as (_, client):
        response = await client.post("/webhook", content=body, headers=signed_headers(reserialised))
    assert response.status_code == 403


async def test_without_app_secret_every_post_is_refused_with_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    async with running_app(make_settings(None, fb_app_secret=None)) as (_, client):
        for _ in range(3):
            assert (await post_signed(client, BODY)).status_code == 403
    warnings = [r for r in caplog.records if "FB_APP_SECRET" in r.getMessage()]
    assert len(warnings) == 1


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_blank_app_secret_refuses_to_start(blank: str) -> None:
    with pytest.raises(ConfigurationError):
        create_app(make_settings(None, fb_app_secret=blank))


# --- bodies ---------------------------------------------------------------------------------------


def batch_of_longest_messages(count: int) -> bytes:
    """`count` messages in one POST, each as large as a traveller's message gets: 2000 Hindi
    characters, escaped as Meta sends them (`\\u0939`, six bytes each)."""
    text = "ह" * 2000
    events = [
        {
            "sender": {"id": f"70030000{n:08d}"},
            "recipient": {"id": PAGE_ID},
            "timestamp": 1_795_000_000_000 + n,
            "message": {"mid": f"m_batch_{n}", "text": text},
        }
        for n in range(count)
    ]
    entry = {"id": PAGE_ID, "time": 1_795_000_000_000, "messaging": events}
    return json.dumps({"object": "page", "entry": [entry]}).encode()


async def test_the_largest_batch_meta_sends_is_accepted_and_queued_whole() -> None:
    """1000 updates a POST (MESSENGER.md): a 413 would be retried forever and lose them all."""
    body = batch_of_longest_messages(1000)
    assert 1000 * 2000 * 6 < len(body) < MAX_BODY_BYTES
    queue = MemoryQueue()
    async with running_app(make_settings(None), queue=queue, run_worker=False) as (_, client):
        assert (await post_signed(client, body)).status_code == 200
    assert (await queue.stats()).length == 1000


async def test_declared_body_over_the_limit_is_refused_unread() -> None:
    async with running_app(make_settings(None)) as (_, client):
        response = await client.post(
            "/webhook",
            content=b"{}",
            headers={**signed_headers(b"{}"), "Content-Length": str(MAX_BODY_BYTES + 1)},
        )
    assert response.status_code == 413


async def test_streamed_body_over_the_limit_is_refused() -> None:
    chunk = b" " * (1024 * 1024)

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(MAX_BODY_BYTES // len(chunk) + 1):
            yield chunk

    async with running_app(make_settings(None)) as (_, client):
        response = await client.post(
            "/webhook", content=chunks(), headers={"X-Hub-Signature-256": GOOD}
        )
    assert response.status_code == 413


async def test_body_of_exactly_the_limit_is_accepted(graph: GraphRecorder) -> None:
    padding = MAX_BODY_BYTES - len(BODY) - 13
    padded = BODY[:-1] + b"," + b'"padding":"' + b"x" * padding + b'"}'
    assert len(padded) == MAX_BODY_BYTES
    json.loads(padded)
    async with running_app(make_settings(None)) as (_, client):
        assert (await post_signed(client, padded)).status_code == 200


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"", b"\xff\xfe\x00", b"[" * 100_000, b'{"object": "page", '],
    ids=["garbage", "empty", "not-utf8", "deep-nesting", "truncated"],
)
async def test_signed_but_unparseable_body_is_400(body: bytes) -> None:
    async with running_app(make_settings(None)) as (_, client):
        assert (await post_signed(client, body)).status_code == 400


@pytest.mark.parametrize("body", [b"[]", b'"page"', b"null", b'{"object": "page"}'])
async def test_valid_json_of_the_wrong_shape_is_acknowledged_and_ignored(
    body: bytes, graph: GraphRecorder
) -> None:
    async with running_app(make_settings(None)) as (_, client):
        assert (await post_signed(client, body)).status_code == 200
        await asyncio.sleep(0.1)
    assert graph.messages == []


async def test_redis_down_answers_503_so_facebook_retries() -> None:
    settings = make_settings("redis://127.0.0.1:1/0")
    async with running_app(settings, run_worker=False) as (_, client):
        assert (await post_signed(client, BODY)).status_code == 503
        ignored_only = fixture_bytes("read.json")
        assert (await post_signed(client, ignored_only)).status_code == 200
        readiness = await client.get("/readyz")
    assert readiness.status_code == 503
    assert readiness.json()["failing"] == ["redis"]


class FlakyQueue:
    """The real queue, whose enqueue fails now and then as if Redis blinked."""

    def __init__(self, inner: EventQueue, seed: int) -> None:
        self.inner = inner
        self.random = random.Random(seed)

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    async def enqueue(self, events: Sequence[NewEvent]) -> list[bool]:
        if self.random.random() < 0.3:
            raise QueueUnavailable("blinked")
        return await self.inner.enqueue(events)


async def test_every_event_acknowledged_200_is_answered_exactly_once(
    clean_redis: str, graph: GraphRecorder
) -> None:
    """Facebook's side: retry every non-200, redeliver some 200s; each message gets one answer."""
    from app.main import build_queue, build_redis

    settings = make_settings(clean_redis)
    redis = build_redis(settings)
    flaky = FlakyQueue(build_queue(redis), seed=7)
    rng = random.Random(11)
    users = [f"70020000000000{n:02d}" for n in range(6)]
    bodies = [
        message_body(users[n % 6], f"m_proof_{n}", f"message {n}", 1_795_000_000_000 + n)
        for n in range(40)
    ]
    acknowledged: dict[int, int] = {}  # message -> the round it was first acknowledged in
    try:
        async with running_app(settings, responder=EchoResponder(), queue=flaky) as (_, client):
            pending = list(range(len(bodies)))
            round_number = 0
            while pending:
                round_number += 1
                batch = rng.sample(pending, min(5, len(pending)))
                redeliveries = rng.sample(sorted(acknowledged), min(2, len(acknowledged)))
                responses = await asyncio.gather(
                    *(post_signed(client, bodies[n]) for n in batch + redeliveries)
                )
                for n, response in zip(batch + redeliveries, responses, strict=True):
                    assert response.status_code in (200, 503)
                    if response.status_code == 200:
                        acknowledged.setdefault(n, round_number)
                pending = [n for n in range(len(bodies)) if n not in acknowledged]
            await settle(graph, len(bodies))
    finally:
        await redis.aclose() if redis is not None else None
    answers = Counter(m["message"]["text"] for m in graph.messages)
    assert answers == Counter(f"echo: message {n}" for n in range(len(bodies)))
    for user in users:  # a user's messages acknowledged in earlier rounds are answered first
        rounds = [acknowledged[int(text.split()[-1])] for text in graph.texts_to(user)]
        assert rounds == sorted(rounds)


# --- verification handshake -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "status", "body"),
    [
        (
            {
                "hub.mode": "subscribe",
                "hub.verify_token": VERIFY_TOKEN,
                "hub.challenge": "1158201444",
            },
            200,
            "1158201444",
        ),
        (
            {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1158201444"},
            403,
            None,
        ),
        (
            {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
            403,
            None,
        ),
        ({"hub.mode": "subscribe", "hub.challenge": "1158201444"}, 403, None),
        ({"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN}, 403, None),
        ({}, 403, None),
        ({"hub.mode": "subscribe", "hub.verify_token": "tökén", "hub.challenge": "1"}, 403, None),
    ],
    ids=["ok", "wrong-token", "wrong-mode", "no-token", "no-challenge", "nothing", "non-ascii"],
)
async def test_verification_handshake(
    params: dict[str, str], status: int, body: str | None
) -> None:
    async with running_app(make_settings(None), run_worker=False) as (_, client):
        response = await client.get("/webhook", params=params)
    assert response.status_code == status
    if body is not None:
        assert response.text == body
        assert response.headers["content-type"].startswith("text/plain")


async def test_a_handshake_at_webhook_with_a_slash_is_answered_not_redirected() -> None:
    # The POST takes "/webhook/" as "/webhook"; the GET check, which follows no redirect, too.
    params = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "42"}
    async with running_app(make_settings(None), run_worker=False) as (_, client):
        answered = await client.get("/webhook/", params=params)
        refused = await client.get("/webhook/", params={**params, "hub.verify_token": "wrong"})
    assert (answered.status_code, answered.text) == (200, "42")
    assert refused.status_code == 403


async def test_handshake_is_refused_when_no_verify_token_is_configured() -> None:
    params = {"hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "1"}
    settings = make_settings(None, fb_verify_token=None)
    async with running_app(settings, run_worker=False) as (_, client):
        assert (await client.get("/webhook", params=params)).status_code == 403
