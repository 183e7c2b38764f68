"""The Messenger webhook: the GET verification handshake, and the POST that receives events.

`POST /webhook` is the service's hot path, so `WebhookReceiver` is a bare ASGI callable that the
application calls before any framework code: read at most 32 MiB (more than Meta's largest
batch), check the signature over the raw bytes, parse, keep what deserves an answer, queue it
(one Redis round trip, shared with the requests arriving at the same moment), answer 200. An
event answered 200 is queued durably; when it cannot be queued the answer is 503, so Facebook
delivers it again.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import PlainTextResponse
from starlette.types import Receive, Scope, Send

from app.errors import QueueUnavailable
from app.messenger.events import IGNORE_REASONS, parse_webhook
from app.messenger.signature import signature_matches
from app.observability import (
    EVENTS_DEDUPLICATED,
    EVENTS_ENQUEUED,
    EVENTS_IGNORED,
    EVENTS_RECEIVED,
    WEBHOOK_REQUESTS,
)
from app.queue import EventQueue

log = logging.getLogger(__name__)

# The largest body read. Meta batches up to 1000 updates in one POST (MESSENGER.md §3), and a
# body refused with 413 is delivered again unchanged, so a limit a real batch can reach loses every
# event in that batch, for everyone in it, on every retry. The largest update is a message: a few
# hundred bytes of ids and timestamps, a text of up to 2000 characters sent escaped (Hindi as
# `\u0939`, 6 bytes a character: 12 KiB), a quoted `reply_to`, attachments' signed CDN URLs
# (about 1 KiB each) and `nlp` entities when enabled: well under 32 KiB. 1000 of them fit in
# 32 MiB, which still refuses an unbounded body before it is read (a declared length) or as soon
# as it grows past it (a stream).
MAX_EVENTS_PER_BATCH = 1000
MAX_EVENT_BYTES = 32 * 1024
MAX_BODY_BYTES = MAX_EVENTS_PER_BATCH * MAX_EVENT_BYTES
WEBHOOK_PATHS = frozenset({"/webhook", "/webhook/"})

_BODIES = {
    200: b"EVENT_RECEIVED",
    400: b"Bad Request",
    403: b"Forbidden",
    413: b"Payload Too Large",
    503: b"Service Unavailable",
}
_STARTS = {
    status: {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"content-length", str(len(body)).encode()),
        ],
    }
    for status, body in _BODIES.items()
}
_RESPONSES = {
    status: {"type": "http.response.body", "body": body} for status, body in _BODIES.items()
}
_COUNTED = {status: WEBHOOK_REQUESTS.labels(status=str(status)) for status in _BODIES}
_IGNORED = {reason: EVENTS_IGNORED.labels(reason=reason) for reason in IGNORE_REASONS}
_QUEUE_WARNING_INTERVAL_S = 10.0


class WebhookReceiver:
    """ASGI handler for `POST /webhook`."""

    def __init__(self, queue: EventQueue, app_secret: str | None) -> None:
        self._queue = queue
        self._secret = app_secret.encode() if app_secret else None
        self._warned_unsigned = False
        self._last_queue_warning = 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        sha256 = sha1 = length = None
        repeated = False
        for name, value in scope["headers"]:
            if name == b"x-hub-signature-256":
                repeated = repeated or sha256 is not None
                sha256 = value
            elif name == b"x-hub-signature":
                repeated = repeated or sha1 is not None
                sha1 = value
            elif name == b"content-length":
                length = value
        if self._secret is None:
            self._warn_unsigned()
            return await _respond(send, 403)
        if repeated:
            # Facebook sends one signature; two leave it ambiguous which was checked.
            return await _respond(send, 403)
        if length is not None:
            if not length.isdigit():  # "-1", "+5", "1e3", " ": not a length
                return await _respond(send, 400)
            significant = length.lstrip(b"0")
            if len(significant) > 9 or int(significant or b"0") > MAX_BODY_BYTES:
                return await _respond(send, 413)
        body = await _read_body(receive)
        if body is None:
            return await _respond(send, 413)
        if not signature_matches(self._secret, body, sha256, sha1):
            return await _respond(send, 403)
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError):
            return await _respond(send, 400)
        parsed = parse_webhook(payload)
        EVENTS_RECEIVED.inc(len(parsed.events) + len(parsed.ignored))
        for reason in parsed.ignored:
            _IGNORED[reason].inc()
        if parsed.events:
            try:
                queued = await self._queue.enqueue(parsed.events)
            except QueueUnavailable as exc:
                self._warn_queue(exc)
                return await _respond(send, 503)
            fresh = sum(queued)
            EVENTS_ENQUEUED.inc(fresh)
            if fresh < len(queued):
                EVENTS_DEDUPLICATED.inc(len(queued) - fresh)
        return await _respond(send, 200)

    def _warn_unsigned(self) -> None:
        if not self._warned_unsigned:
            self._warned_unsigned = True
            log.warning("FB_APP_SECRET is not set: refusing every webhook POST (403)")

    def _warn_queue(self, exc: Exception) -> None:
        now = time.monotonic()
        if now - self._last_queue_warning >= _QUEUE_WARNING_INTERVAL_S:
            self._last_queue_warning = now
            log.warning("cannot queue events; answering 503 so Facebook retries: %s", exc)


async def _read_body(receive: Receive) -> bytes | None:
    """The whole body, or None when it grows past the limit."""
    message = await receive()
    body: bytes = message.get("body", b"")
    if not message.get("more_body"):
        return body if len(body) <= MAX_BODY_BYTES else None
    chunks = [body]
    size = len(body)
    while message.get("more_body"):
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def _respond(send: Send, status: int) -> None:
    _COUNTED[status].inc()
    await send(_STARTS[status])
    await send(_RESPONSES[status])


def verification_router(verify_token: str | None) -> APIRouter:
    """`GET /webhook`: echo `hub.challenge` when the mode and token are right, else 403."""
    router = APIRouter()
    expected = verify_token.encode() if verify_token else None

    # Both spellings of the callback answer the handshake itself, as POST does: Meta's check
    # follows no redirect, so "/webhook/" given in the dashboard must not be a 307 to "/webhook".
    @router.get("/webhook", response_class=PlainTextResponse, include_in_schema=False)
    @router.get("/webhook/", response_class=PlainTextResponse, include_in_schema=False)
    async def verify(
        mode: str | None = Query(None, alias="hub.mode"),
        token: str | None = Query(None, alias="hub.verify_token"),
        challenge: str | None = Query(None, alias="hub.challenge"),
    ) -> Any:
        if (
            expected is not None
            and mode == "subscribe"
            and token is not None
            and challenge is not None
            and hmac.compare_digest(token.encode(), expected)
        ):
            return PlainTextResponse(challenge)
        return PlainTextResponse("Forbidden", status_code=403)

    return router
