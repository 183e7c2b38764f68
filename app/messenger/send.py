"""The Send API client: replies, sender actions, and Messenger's errors sorted into those worth
retrying and those that are not.

Every call carries the Page token in the `Authorization` header and `appsecret_proof` in the
query (see `app.messenger.graph`), over one HTTP client per process whose connections stay open
and are reused (keep-alive), so an answer costs one request on a warm connection.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Final, Literal

import httpx

from app.bot.replies import Reply
from app.constants import UNREACHABLE_PREFIX, UNREACHABLE_TTL_S
from app.errors import SendError, UserUnreachable
from app.messenger.events import is_guest, recipient_of
from app.messenger.graph import GraphCredentials
from app.messenger.keepalive import GraphClient, graph_client, instrumented
from app.messenger.render import render
from app.observability import SEND_OUTCOMES
from app.retry import backoff_delay
from app.store import Store

log = logging.getLogger(__name__)

MessagingType = Literal["RESPONSE", "UPDATE", "MESSAGE_TAG"]
MESSAGE_TAGS: Final = frozenset(
    {
        "ACCOUNT_UPDATE",
        "CONFIRMED_EVENT_UPDATE",
        "POST_PURCHASE_UPDATE",
        "HUMAN_AGENT",
        "CUSTOMER_FEEDBACK",
    }
)
# Temporary failures and rate limits: trying again later can succeed.
RETRYABLE_CODES: Final = frozenset({1200, 2, 4, 17, 32, 613, 80006})
UNREACHABLE_CODE: Final = 551
BAD_TOKEN_CODE: Final = 190

# Why a message was given up on, for the log: by (code, subcode), then by code alone. Those
# that need someone to act on the Page or the app are logged as errors.
_GIVE_UP_REASONS: Final[dict[tuple[int, int | None], str]] = {
    (10, 2018278): "outside the 24-hour messaging window",
    (10, 2018065): "outside the 24-hour messaging window",
    (10, 2018108): "outside the messaging window or missing a messaging permission",
    (10, 1893063): "the Page is temporarily restricted from sending",
    (100, 2018001): "no such user for this Page",
    (100, 2018109): "attachment too large",
    (100, None): "invalid message",
    (368, None): "sending blocked as abusive",
    (10, None): "missing a permission (pages_messaging)",
    (200, None): "missing a permission (pages_messaging)",
    (230, None): "missing a permission (pages_messaging)",
    (1, None): "unknown error (often a missing permission)",
    (99, None): "unknown error (often a missing permission)",
}
_NEEDS_OPS: Final = frozenset({1, 10, 99, 200, 230, 368})

DEFAULT_TIMEOUT: Final = httpx.Timeout(10.0, connect=5.0)
ACTION_TIMEOUT: Final = httpx.Timeout(5.0, connect=3.0)


class Sender:
    """Sends to Messenger users through the Send API, over one HTTP client per process.

    The Page token travels in the `Authorization` header, with `appsecret_proof` when the app
    secret is known; the token never appears in a URL or in an error we raise, and the log
    formatter masks it wherever else it could show.

    `send` renders a `Reply` and sends each of its messages; `send_message` sends one rendered
    message with bounded retries (`app.retry`'s backoff) of retryable failures only. A 551 marks
    the user unreachable in the store; proactive sends (`UPDATE`, `MESSAGE_TAG`) to an
    unreachable user are refused without a call.
    """

    def __init__(
        self,
        graph_url: str,
        page_token: str | None,
        *,
        app_secret: str | None = None,
        store: Store | None = None,
        client: httpx.AsyncClient | None = None,
        max_retries: int = 4,
        backoff_base_s: float = 0.5,
        backoff_max_s: float = 8.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._token = page_token or None
        credentials = GraphCredentials(self._token or "", app_secret)
        # Parsed and merged once: each call then builds its request without parsing a URL or
        # merging headers again.
        self._url = httpx.URL(graph_url.rstrip("/") + "/me/messages", params=credentials.params)
        self._store = store
        self._owns_client = client is None
        self._client = client or graph_client(DEFAULT_TIMEOUT)
        # Requests go to our keep-alive transport directly when the client is over it.
        self._direct = self._client.keepalive if isinstance(self._client, GraphClient) else None
        self._headers = httpx.Headers(self._client.headers)
        self._headers.update({**credentials.headers, "Content-Type": "application/json"})
        self._max_retries = max_retries
        self._backoff_base_s = backoff_base_s
        self._backoff_max_s = backoff_max_s
        self._sleep = sleep

    async def send(
        self,
        user_id: str,
        reply: Reply,
        *,
        messaging_type: MessagingType = "RESPONSE",
        tag: str | None = None,
        user_ref: str | None = None,
    ) -> list[str]:
        """Send every message of `reply`; the Send API's message ids."""
        ids: list[str] = []
        for message in render(reply):
            ids.append(
                await self.send_message(
                    user_id, message, messaging_type=messaging_type, tag=tag, user_ref=user_ref
                )
            )
        return ids

    async def send_message(
        self,
        user_id: str,
        message: dict[str, Any],
        *,
        messaging_type: MessagingType = "RESPONSE",
        tag: str | None = None,
        user_ref: str | None = None,
    ) -> str:
        """Send one rendered `message`; its message id. Raises SendError or UserUnreachable.
        A guest (no PSID: `app.messenger.events.guest_id`) is answered by their `user_ref`."""
        body: dict[str, Any] = {
            "recipient": recipient_of(user_id, user_ref),
            "messaging_type": messaging_type,
            "message": message,
        }
        if messaging_type == "MESSAGE_TAG":
            if tag not in MESSAGE_TAGS:
                raise ValueError(f"MESSAGE_TAG needs one of {sorted(MESSAGE_TAGS)}, not {tag!r}")
            body["tag"] = tag
        elif tag is not None:
            raise ValueError("a tag goes only with messaging_type MESSAGE_TAG")
        if messaging_type != "RESPONSE" and is_guest(user_id):
            # A website chat's guest (a user_ref, no PSID): the chat ends with their visit, so a
            # message outside the conversation (an alert) has nobody to reach; never tried.
            raise UserUnreachable("a guest cannot be messaged later", code=UNREACHABLE_CODE)
        if messaging_type != "RESPONSE" and await self.is_unreachable(user_id):
            raise UserUnreachable("the user is marked unreachable", code=UNREACHABLE_CODE)
        attempt = 0
        while True:
            try:
                result = await self._post(body, DEFAULT_TIMEOUT)
            except SendError as error:
                if not error.retryable or attempt >= self._max_retries:
                    await self._give_up(user_id, error)
                    raise
                attempt += 1
                await self._sleep(
                    backoff_delay(attempt, base_s=self._backoff_base_s, cap_s=self._backoff_max_s)
                )
                continue
            return str(result.get("message_id", ""))

    async def mark_seen(self, user_id: str) -> None:
        """Show the user their message was seen. Never raises: it only decorates the chat."""
        await self._action(user_id, "mark_seen")

    async def typing_on(self, user_id: str) -> None:
        """Show the typing bubble until the next message (or 20 s). Never raises."""
        await self._action(user_id, "typing_on")

    async def is_unreachable(self, user_id: str) -> bool:
        if self._store is None:
            return False
        return await self._store.get(UNREACHABLE_PREFIX + user_id) is not None

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def _action(self, user_id: str, action: str) -> None:
        if is_guest(user_id):  # sender actions go to PSIDs: a guest's chat goes without
            return
        body = {"recipient": {"id": user_id}, "sender_action": action}
        try:
            await self._post(body, ACTION_TIMEOUT)
        except SendError as error:
            log.info(
                "sender action failed",
                extra={"user": user_id, "action": action, "error": error.label},
            )

    async def _post(self, body: dict[str, Any], limits: httpx.Timeout) -> dict[str, Any]:
        if self._token is None:
            SEND_OUTCOMES.labels(outcome="no_token").inc()
            raise SendError("FB_PAGE_ACCESS_TOKEN is not set: cannot send")
        request = httpx.Request(
            "POST",
            self._url,
            headers=self._headers,
            content=json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(),
            extensions={"timeout": limits.as_dict()},
        )
        try:
            if self._direct is not None and not instrumented():
                response = await self._direct.handle_async_request(request)
            else:
                response = await self._client.send(request)
        except httpx.TimeoutException:
            SEND_OUTCOMES.labels(outcome="timeout").inc()
            raise SendError("Send API timed out", retryable=True) from None
        except httpx.HTTPError as exc:
            SEND_OUTCOMES.labels(outcome="network").inc()
            raise SendError(f"Send API unreachable: {type(exc).__name__}", retryable=True) from None
        if response.is_success:
            SEND_OUTCOMES.labels(outcome="ok").inc()
            try:
                parsed = response.json()
            except ValueError:
                return {}
            return parsed if isinstance(parsed, dict) else {}
        error = self._classify(response)
        SEND_OUTCOMES.labels(outcome=error.label).inc()
        raise error

    def _classify(self, response: httpx.Response) -> SendError:
        code = subcode = None
        text = f"Send API answered HTTP {response.status_code}"
        try:
            detail = response.json().get("error", {})
        except (ValueError, AttributeError):
            detail = {}
        if isinstance(detail, dict):
            code, subcode = _int(detail.get("code")), _int(detail.get("error_subcode"))
            if isinstance(detail.get("message"), str):
                text = detail["message"]
        if self._token:
            text = text.replace(self._token, "***")
        status = response.status_code
        # Without an error code, only a server failure or throttling says "try again later".
        retryable = code in RETRYABLE_CODES if code is not None else status >= 500 or status == 429
        kind = UserUnreachable if code == UNREACHABLE_CODE else SendError
        return kind(text, code=code, subcode=subcode, status=status, retryable=retryable)

    async def _give_up(self, user_id: str, error: SendError) -> None:
        if isinstance(error, UserUnreachable):
            log.info("user unreachable (551): not messaging them again", extra={"user": user_id})
            if self._store is not None:
                await self._store.set(UNREACHABLE_PREFIX + user_id, "1", ttl_s=UNREACHABLE_TTL_S)
        elif error.code == BAD_TOKEN_CODE:
            log.error(
                "Send API refused the Page access token (190): configuration error, "
                "replace FB_PAGE_ACCESS_TOKEN",
                extra={"code": error.code, "subcode": error.subcode},
            )
        else:
            ops = error.code in _NEEDS_OPS and error.subcode != 2018278
            log.log(
                logging.ERROR if ops else logging.WARNING,
                "Send API failed (%s): %s",
                _give_up_reason(error),
                "tried again later" if error.retryable else "message dropped, not retried",
                extra={
                    "user": user_id,
                    "code": error.code,
                    "subcode": error.subcode,
                    "status": error.status,
                    "retryable": error.retryable,
                    "error": str(error),
                },
            )


def _give_up_reason(error: SendError) -> str:
    """Why a failed send is not tried again (in this call: a retryable one is later, by the
    worker, and only for the messages not sent yet)."""
    if error.retryable:
        return "still failing after retries"
    if error.code is None:
        return f"HTTP {error.status}" if error.status else "no answer"
    return (
        _GIVE_UP_REASONS.get((error.code, error.subcode))
        or _GIVE_UP_REASONS.get((error.code, None))
        or "refused"
    )


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
