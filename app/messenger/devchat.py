"""The dev chat: a Messenger look-alike page at `/chat` that talks to this service through the
real path, served only when `RAILBOT_DEV_CHAT=1`.

The page posts what the user typed or tapped to `POST /chat/send`, which makes the webhook body
Facebook would post (sender `devchat-<session>`), signs it with the app secret and delivers it to
`POST /webhook` in process: the real handler queues it, a worker answers it through the Sender.
The Sender's HTTP client carries `DevChatTransport`, which keeps every Send API request for a
`devchat-` recipient (messages and sender actions) in a `DevChatSink` instead of sending it to
Facebook; every other request goes to Facebook untouched. The page reads the sink back as
server-sent events (`GET /chat/events`), or by polling (`GET /chat/poll`).

The sink lives in the store, so a worker in another process (over Redis) feeds the page too.

On the sample railway (a local run with no provider key) the page shows the sample-data line as a
banner, with a button that moves the sample's moving PNR along (`POST /chat/sample/move`), so that
an alert on it arrives within seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import time
from collections.abc import AsyncIterator
from importlib import resources
from typing import Any, Final, Literal

import httpx
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.types import ASGIApp, Message

from app.bot.format import SAMPLE_NOTE
from app.constants import DEVCHAT_PREFIX, DEVCHAT_SEQ_TTL_S, DEVCHAT_TTL_S
from app.i18n import t
from app.messenger import simulator
from app.messenger.graph import bearer_token
from app.messenger.send import DEFAULT_TIMEOUT, Sender
from app.messenger.signature import sign
from app.sample_alerts import SampleAlerts, describe
from app.store import Store

USER_PREFIX: Final = "devchat-"
SESSION_PATTERN: Final = r"^[A-Za-z0-9_-]{1,64}$"
# Lets the Sender send to dev chat users when no Page token is configured; a request for anyone
# else carrying it is refused here, never sent.
PLACEHOLDER_TOKEN: Final = "devchat-no-page-token"  # noqa: S105 (a marker, not a secret)
NO_TOKEN_MESSAGE: Final = "FB_PAGE_ACCESS_TOKEN is not set: cannot send"  # noqa: S105
# An event stream ends after this long (the page reconnects where it left off), so that an open
# page never holds the service's shutdown for long.
STREAM_WINDOW_S: Final = 15.0
RECONNECT_MS: Final = 300
# How long `serve` waits for open requests when it stops, with dev chat on (event streams end
# as soon as it starts stopping; this bounds the wait should one not).
SHUTDOWN_GRACE_S: Final = 3
# How often a reader looks at the store for items written by another process.
POLL_S: Final = 0.25
MAX_POLL_WAIT_S: Final = 25.0
MAX_ITEMS: Final = 200
# The page's files, by the name the page asks for.
ASSETS: Final = {
    "chat.css": "text/css; charset=utf-8",
    "chat.js": "text/javascript; charset=utf-8",
}
PAGE_HEADERS: Final = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

JsonObject = dict[str, Any]
ItemKind = Literal["in", "out", "action", "note"]


def is_devchat_user(user_id: object) -> bool:
    return isinstance(user_id, str) and user_id.startswith(USER_PREFIX)


class DevChatSink:
    """What each dev chat session sent (`in`) and was sent (`out` messages, sender `action`s,
    `note`s about delivery), numbered from 1 in the order they happened."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._changed = asyncio.Event()
        self.closed = False

    def close(self) -> None:
        """The service is stopping: waiting readers return now, and open streams end."""
        self.closed = True
        self._changed.set()

    async def append(self, user: str, kind: ItemKind, body: JsonObject, **extra: Any) -> int:
        """Keep one item for `user`; its number."""
        seq = await self._store.incr(_seq_key(user), ttl_s=DEVCHAT_SEQ_TTL_S)
        item = {"seq": seq, "kind": kind, "at": int(time.time() * 1000), "body": body, **extra}
        await self._store.set(
            _item_key(user, seq), json.dumps(item, ensure_ascii=False), ttl_s=DEVCHAT_TTL_S
        )
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()
        return seq

    async def read(self, user: str, after: int, *, wait_s: float = 0.0) -> list[JsonObject]:
        """The items numbered after `after`, oldest first; waits up to `wait_s` for one."""
        deadline = time.monotonic() + wait_s
        while True:
            changed = self._changed
            items = await self._items(user, after)
            left = deadline - time.monotonic()
            if items or left <= 0 or self.closed:
                return items
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), min(left, POLL_S))

    async def _items(self, user: str, after: int) -> list[JsonObject]:
        head = int(await self._store.get(_seq_key(user)) or 0)
        if head < after:  # the counter expired and numbering restarted
            after = 0
        numbers = range(after + 1, min(head, after + MAX_ITEMS) + 1)
        stored = await self._store.mget([_item_key(user, n) for n in numbers])
        return [json.loads(text) for text in stored if text is not None]


def _seq_key(user: str) -> str:
    return f"{DEVCHAT_PREFIX}{user}:seq"


def _item_key(user: str, seq: int) -> str:
    return f"{DEVCHAT_PREFIX}{user}:{seq}"


class DevChatTransport(httpx.AsyncBaseTransport):
    """Keeps Send API requests for dev chat users in the sink; passes every other request on."""

    def __init__(self, sink: DevChatSink, inner: httpx.AsyncBaseTransport) -> None:
        self._sink = sink
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/me/messages"):
            body = _json_object(await request.aread())
            recipient = body.get("recipient") if body else None
            user = recipient.get("id") if isinstance(recipient, dict) else None
            if body is not None and is_devchat_user(user):
                action = "sender_action" in body
                seq = await self._sink.append(str(user), "action" if action else "out", body)
                answer: JsonObject = {"recipient_id": user}
                if not action:
                    answer["message_id"] = f"m_devchat_{seq}"
                return httpx.Response(200, json=answer, request=request)
            if bearer_token(request.headers.get("authorization")) == PLACEHOLDER_TOKEN:
                error = {"error": {"message": NO_TOKEN_MESSAGE, "type": "OAuthException"}}
                return httpx.Response(400, json=error, request=request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _json_object(content: bytes) -> JsonObject | None:
    try:
        parsed = json.loads(content)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


class DevChatSender(Sender):
    """The Sender, with dev chat users' messages kept in the sink instead of sent to Facebook.
    Without a Page token it still answers dev chat users (and refuses everyone else)."""

    def __init__(
        self, graph_url: str, page_token: str | None, *, sink: DevChatSink, **options: Any
    ) -> None:
        transport = DevChatTransport(
            sink, httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=100))
        )
        self._devchat_client = httpx.AsyncClient(transport=transport, timeout=DEFAULT_TIMEOUT)
        super().__init__(
            graph_url,
            page_token or PLACEHOLDER_TOKEN,
            client=self._devchat_client,
            **options,
        )

    async def aclose(self) -> None:
        await super().aclose()
        await self._devchat_client.aclose()


# --- the page's side -----------------------------------------------------------------------------


class ChatInput(BaseModel):
    """What the page sends: typed text, a quick-reply tap (its title and payload), a postback
    button (title and payload), or a location."""

    model_config = ConfigDict(extra="forbid")

    session: str = Field(pattern=SESSION_PATTERN)
    kind: Literal["text", "quick_reply", "postback", "location"] = "text"
    text: str | None = Field(default=None, max_length=2000)
    payload: str | None = Field(default=None, min_length=1, max_length=1000)
    lat: float | None = Field(default=None, ge=-90, le=90)
    lng: float | None = Field(default=None, ge=-180, le=180)

    @model_validator(mode="after")
    def _complete(self) -> ChatInput:
        if self.kind == "location":
            if self.lat is None or self.lng is None:
                raise ValueError("a location needs lat and lng")
        elif not (self.text or "").strip():
            raise ValueError("text (or the tapped title) is required")
        elif self.kind != "text" and self.payload is None:
            raise ValueError("a tap needs its payload")
        return self

    def event(self, user: str) -> JsonObject:
        """The `messaging[]` event Messenger would send for this input."""
        text = (self.text or "").strip()
        if self.kind == "location":
            assert self.lat is not None and self.lng is not None
            return simulator.location_event(user, self.lat, self.lng, text or None)
        if self.kind == "text":
            return simulator.text_event(user, text)
        assert self.payload is not None
        return simulator.tap_event(user, simulator.Choice(text, self.payload, self.kind))


class SessionInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    session: str = Field(pattern=SESSION_PATTERN)


class DevChat:
    """Turns page input into signed webhook deliveries to `app`, and keeps them in the sink.
    With `sample` (the service answers from the sample railway) the page shows the sample
    banner and can move the sample's moving PNR."""

    def __init__(
        self, sink: DevChatSink, secret: str, app: ASGIApp, sample: SampleAlerts | None = None
    ) -> None:
        self.sink = sink
        self.sample = sample
        self._secret = secret.encode()
        self._app = app

    async def move_sample_pnr(self, session: str) -> JsonObject:
        """Move the sample's moving PNR one step for this session, and tell the page so."""
        assert self.sample is not None
        user = USER_PREFIX + session
        status, tracked = await self.sample.move(user)
        said = f"Sample PNR {self.sample.pnr} moved: {describe(status)}."
        if tracked:
            said += " You track it: an alert is on its way."
        else:
            said += f" Send “alert {self.sample.pnr}” to be told when it moves."
        await self.sink.append(user, "note", {"text": said})
        return {"pnr": self.sample.pnr, "status": describe(status), "tracked": tracked}

    async def deliver(self, session: str, event: JsonObject) -> JsonObject:
        """Sign and post one event; what was posted, with the webhook's HTTP status."""
        user = USER_PREFIX + session
        body = simulator.webhook_body(event)
        raw = json.dumps(body, ensure_ascii=False).encode()
        signature = sign(self._secret, raw)
        seq = await self.sink.append(user, "in", body, signature=signature)
        status = await post_webhook(self._app, raw, signature)
        if status != 200:
            note = {"text": f"The webhook answered HTTP {status}; nothing was queued."}
            await self.sink.append(user, "note", note, status=status)
        return {"seq": seq, "status": status, "signature": signature, "body": body}


async def post_webhook(app: ASGIApp, body: bytes, signature: str) -> int:
    """POST `body` to the app's `/webhook` in process, as Facebook would; the HTTP status."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/webhook",
        "raw_path": b"/webhook",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"x-hub-signature-256", signature.encode()),
        ],
        "client": ("127.0.0.1", 0),
        "server": ("devchat", 80),
    }
    delivered = False
    status = 500

    async def receive() -> Message:
        nonlocal delivered
        if delivered:
            return {"type": "http.disconnect"}
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])

    await app(scope, receive, send)
    return status


def devchat_router(devchat: DevChat) -> APIRouter:
    """`/chat` (the page and its files), `POST /chat/send`, `GET /chat/events`, `/chat/poll`."""
    router = APIRouter(include_in_schema=False)
    static = resources.files("app.messenger").joinpath("static")
    page = _with_banner(static.joinpath("chat.html").read_text(), devchat.sample).encode()
    assets = {name: static.joinpath(name).read_bytes() for name in ASSETS}

    @router.get("/chat")
    async def chat_page() -> Response:
        return Response(page, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    @router.get("/chat/static/{name}")
    async def chat_asset(name: str) -> Response:
        if name not in assets:
            raise HTTPException(404)
        return Response(assets[name], media_type=ASSETS[name], headers=PAGE_HEADERS)

    @router.post("/chat/send")
    async def chat_send(message: ChatInput) -> JSONResponse:
        user = USER_PREFIX + message.session
        delivered = await devchat.deliver(message.session, message.event(user))
        return JSONResponse(delivered, status_code=200 if delivered["status"] == 200 else 502)

    @router.post("/chat/sample/move")
    async def chat_sample_move(session: SessionInput) -> JSONResponse:
        if devchat.sample is None:
            raise HTTPException(404, "this service does not run on the sample railway")
        return JSONResponse(await devchat.move_sample_pnr(session.session))

    @router.get("/chat/poll")
    async def chat_poll(
        session: str = Query(pattern=SESSION_PATTERN),
        after: int = Query(0, ge=0),
        wait: float = Query(0.0, ge=0.0, le=MAX_POLL_WAIT_S),
    ) -> JsonObject:
        items = await devchat.sink.read(USER_PREFIX + session, after, wait_s=wait)
        return {"items": items, "cursor": items[-1]["seq"] if items else after}

    @router.get("/chat/events")
    async def chat_events(
        request: Request,
        session: str = Query(pattern=SESSION_PATTERN),
        after: int = Query(0, ge=0),
    ) -> StreamingResponse:
        resume = request.headers.get("last-event-id", "")
        if resume.isdigit() and len(resume) < 12:
            after = int(resume)
        stream = _event_stream(devchat.sink, USER_PREFIX + session, after)
        return StreamingResponse(
            stream,
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    return router


BANNER_MARK: Final = "<!--sample-banner-->"


def _with_banner(page: str, sample: SampleAlerts | None) -> str:
    """The page, with the sample railway's banner where the page marks it (when it is on), in
    English and Hindi: the page is anyone's, whichever language they chose."""
    if sample is None:
        return page.replace(BANNER_MARK, "")
    banner = (
        '<div id="sample-banner" class="sample-banner" role="note">'
        f"<span>{html.escape(SAMPLE_NOTE)}<br>"
        f'<span lang="hi">{html.escape(t("hi", "source.sample"))}</span></span>'
        '<button type="button" id="sample-move" '
        f'title="Moves the sample PNR {sample.pnr} one step: track it first (alert {sample.pnr})">'
        f"Move PNR {sample.pnr}</button></div>"
    )
    return page.replace(BANNER_MARK, banner)


async def _event_stream(sink: DevChatSink, user: str, after: int) -> AsyncIterator[str]:
    yield f"retry: {RECONNECT_MS}\n\n"
    deadline = time.monotonic() + STREAM_WINDOW_S
    while (left := deadline - time.monotonic()) > 0 and not sink.closed:
        items = await sink.read(user, after, wait_s=min(left, 5.0))
        if not items:
            if not sink.closed:
                yield ": waiting\n\n"
            continue
        for item in items:
            after = item["seq"]
            yield f"id: {after}\ndata: {json.dumps(item, ensure_ascii=False)}\n\n"
