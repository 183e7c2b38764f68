"""The Send API client: what it sends, what it retries, and what it gives up on at once."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Iterator

import httpx
import pytest
import respx

from app.bot.replies import QuickReply, Reply
from app.constants import UNREACHABLE_PREFIX
from app.errors import SendError, UserUnreachable
from app.messenger.graph import appsecret_proof
from app.messenger.send import Sender
from app.observability import JsonFormatter, Masker
from app.store import MemoryStore, Store
from tests.support.messenger import APP_SECRET, GRAPH_URL, PAGE_TOKEN

USER = "7003000000000001"
MESSAGES_URL = f"{GRAPH_URL}/me/messages"
OK = httpx.Response(200, json={"recipient_id": USER, "message_id": "m_ok"})


def fb_error(code: int, subcode: int | None = None, status: int = 400) -> httpx.Response:
    error: dict[str, object] = {
        "message": f"(#{code}) something",
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": "AbCdEf",
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return httpx.Response(status, json={"error": error})


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


@pytest.fixture
def graph() -> Iterator[respx.Router]:
    with respx.mock(assert_all_called=False) as router:
        yield router


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def memory_store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
async def sender(sleeps: Sleeps, memory_store: MemoryStore) -> Iterator[Sender]:
    client = Sender(
        GRAPH_URL,
        PAGE_TOKEN,
        app_secret=APP_SECRET,
        store=memory_store,
        sleep=sleeps,
        max_retries=4,
    )
    yield client
    await client.aclose()


def bodies(route: respx.Route) -> list[dict[str, object]]:
    return [json.loads(call.request.content) for call in route.calls]


async def test_a_reply_is_sent_as_a_response_with_the_token_in_the_header_and_its_proof(
    graph: respx.Router, sender: Sender
) -> None:
    route = graph.post(MESSAGES_URL).mock(return_value=OK)
    ids = await sender.send(
        USER, Reply(text="CNF B2 34", quick_replies=(QuickReply(title="Refresh", payload="R"),))
    )
    assert ids == ["m_ok"]
    request = route.calls.last.request
    assert request.headers["authorization"] == f"Bearer {PAGE_TOKEN}"
    assert PAGE_TOKEN not in str(request.url)
    expected = hmac.new(APP_SECRET.encode(), PAGE_TOKEN.encode(), hashlib.sha256).hexdigest()
    assert dict(request.url.params) == {"appsecret_proof": expected}
    assert json.loads(request.content) == {
        "recipient": {"id": USER},
        "messaging_type": "RESPONSE",
        "message": {
            "text": "CNF B2 34",
            "quick_replies": [{"content_type": "text", "title": "Refresh", "payload": "R"}],
        },
    }


async def test_update_and_message_tag_are_supported_for_alerts(
    graph: respx.Router, sender: Sender
) -> None:
    route = graph.post(MESSAGES_URL).mock(return_value=OK)
    await sender.send(USER, Reply(text="Chart prepared"), messaging_type="UPDATE")
    await sender.send(
        USER, Reply(text="Now CNF"), messaging_type="MESSAGE_TAG", tag="CONFIRMED_EVENT_UPDATE"
    )
    update, tagged = bodies(route)
    assert update["messaging_type"] == "UPDATE" and "tag" not in update
    assert tagged["messaging_type"] == "MESSAGE_TAG"
    assert tagged["tag"] == "CONFIRMED_EVENT_UPDATE"


@pytest.mark.parametrize(
    ("messaging_type", "tag"),
    [
        ("MESSAGE_TAG", None),
        ("MESSAGE_TAG", "TRANSPORTATION_UPDATE"),
        ("RESPONSE", "ACCOUNT_UPDATE"),
    ],
)
async def test_a_tag_must_match_the_messaging_type(
    graph: respx.Router, sender: Sender, messaging_type: str, tag: str | None
) -> None:
    route = graph.post(MESSAGES_URL).mock(return_value=OK)
    with pytest.raises(ValueError):
        await sender.send(USER, Reply(text="x"), messaging_type=messaging_type, tag=tag)  # type: ignore[arg-type]
    assert not route.called


async def test_a_long_reply_is_sent_as_several_messages_in_order(
    graph: respx.Router, sender: Sender
) -> None:
    route = graph.post(MESSAGES_URL).mock(return_value=OK)
    text = " ".join(f"word{n}" for n in range(1000))
    await sender.send(USER, Reply(text=text))
    sent = [body["message"]["text"] for body in bodies(route)]  # type: ignore[index]
    assert len(sent) == 4
    assert all(len(chunk) < 2000 for chunk in sent)
    assert " ".join(sent) == text


RETRYABLE = [
    fb_error(1200, status=500),
    fb_error(2, status=500),
    fb_error(4, status=400),
    fb_error(17, status=400),
    fb_error(32, status=400),
    fb_error(613, status=400),
    fb_error(80006, status=400),
    httpx.Response(500, text="<html>oops</html>"),
    httpx.Response(503),
    httpx.Response(502, json={"unexpected": True}),
]


@pytest.mark.parametrize(
    "failure",
    RETRYABLE,
    ids=["1200", "2", "4", "17", "32", "613", "80006", "http500", "http503", "http502"],
)
async def test_retryable_errors_are_retried_then_delivered(
    graph: respx.Router, sender: Sender, sleeps: Sleeps, failure: httpx.Response
) -> None:
    route = graph.post(MESSAGES_URL).mock(side_effect=[failure, failure, OK])
    assert await sender.send_message(USER, {"text": "hi"}) == "m_ok"
    assert route.call_count == 3
    assert len(sleeps.delays) == 2


async def test_timeouts_and_network_errors_are_retried(graph: respx.Router, sender: Sender) -> None:
    request = httpx.Request("POST", MESSAGES_URL)
    route = graph.post(MESSAGES_URL).mock(
        side_effect=[httpx.ReadTimeout("slow", request=request), httpx.ConnectError("down"), OK]
    )
    assert await sender.send_message(USER, {"text": "hi"}) == "m_ok"
    assert route.call_count == 3


async def test_retries_are_bounded_with_growing_jittered_backoff(
    graph: respx.Router, sender: Sender, sleeps: Sleeps
) -> None:
    route = graph.post(MESSAGES_URL).mock(return_value=fb_error(613))
    with pytest.raises(SendError) as caught:
        await sender.send_message(USER, {"text": "hi"})
    assert caught.value.retryable and caught.value.code == 613
    assert route.call_count == 5
    assert len(sleeps.delays) == 4
    for attempt, delay in enumerate(sleeps.delays, start=1):
        ceiling = min(8.0, 0.5 * 2 ** (attempt - 1))
        assert ceiling / 2 <= delay <= ceiling


PERMANENT = [
    (100, None),
    (100, 2018001),
    (10, 2018278),
    (10, 1893063),
    (200, None),
    (230, None),
    (368, None),
    (1, None),
    (190, 463),
]


@pytest.mark.parametrize(("code", "subcode"), PERMANENT, ids=[f"{c}/{s}" for c, s in PERMANENT])
async def test_permanent_errors_are_not_retried(
    graph: respx.Router, sender: Sender, sleeps: Sleeps, code: int, subcode: int | None
) -> None:
    route = graph.post(MESSAGES_URL).mock(return_value=fb_error(code, subcode))
    with pytest.raises(SendError) as caught:
        await sender.send_message(USER, {"text": "hi"})
    assert route.call_count == 1
    assert sleeps.delays == []
    assert not caught.value.retryable
    assert (caught.value.code, caught.value.subcode) == (code, subcode)


@pytest.mark.parametrize(
    ("failure", "level", "why", "then"),
    [
        (fb_error(10, 2018278, status=403), logging.WARNING, "24-hour", "not retried"),
        (fb_error(10, 1893063, status=403), logging.ERROR, "restricted", "not retried"),
        (fb_error(100, 2018001), logging.WARNING, "no such user", "not retried"),
        (fb_error(368), logging.ERROR, "abusive", "not retried"),
        (fb_error(200, status=403), logging.ERROR, "permission", "not retried"),
        (fb_error(99), logging.ERROR, "unknown error", "not retried"),
        (fb_error(613), logging.WARNING, "after retries", "tried again later"),
        (httpx.Response(503), logging.WARNING, "after retries", "tried again later"),
    ],
    ids=["outside-window", "page-restricted", "no-such-user", "abusive", "permission",
         "unknown", "rate-limit", "http503"],
)  # fmt: skip
async def test_a_message_given_up_on_is_logged_once_with_why_and_what_happens_next(
    graph: respx.Router,
    sender: Sender,
    caplog: pytest.LogCaptureFixture,
    failure: httpx.Response,
    level: int,
    why: str,
    then: str,
) -> None:
    caplog.set_level(logging.INFO)
    graph.post(MESSAGES_URL).mock(return_value=failure)
    with pytest.raises(SendError):
        await sender.send_message(USER, {"text": "hi"})
    [record] = [r for r in caplog.records if r.name == "app.messenger.send"]
    assert record.levelno == level
    assert why in record.getMessage() and then in record.getMessage()


async def test_551_raises_user_unreachable_and_marks_the_user(
    graph: respx.Router, sender: Sender, memory_store: MemoryStore
) -> None:
    route = graph.post(MESSAGES_URL).mock(return_value=fb_error(551, 1545041))
    with pytest.raises(UserUnreachable):
        await sender.send_message(USER, {"text": "hi"})
    assert route.call_count == 1
    assert await memory_store.get(UNREACHABLE_PREFIX + USER) is not None
    assert await sender.is_unreachable(USER)
    with pytest.raises(UserUnreachable):  # proactive messages stop without a call
        await sender.send(USER, Reply(text="alert"), messaging_type="UPDATE")
    assert route.call_count == 1


@pytest.mark.parametrize("guest", ["guest:site-guest-7", "guest:h:0123abcd"])
async def test_nothing_is_sent_to_a_website_guest_outside_the_conversation(
    graph: respx.Router, sender: Sender, guest: str
) -> None:
    # a Chat Plugin guest's chat ends with their visit: an alert later has nobody to reach, and
    # the poller, told so, ends their alerts
    route = graph.post(MESSAGES_URL).mock(return_value=OK)
    with pytest.raises(UserUnreachable):
        await sender.send(guest, Reply(text="Chart prepared"), messaging_type="UPDATE")
    with pytest.raises(UserUnreachable):
        await sender.send(
            guest, Reply(text="Now CNF"), messaging_type="MESSAGE_TAG", tag="CONFIRMED_EVENT_UPDATE"
        )
    assert not route.called
    await sender.send("guest:site-guest-7", Reply(text="an answer"))  # in the conversation: sent
    assert bodies(route)[0]["recipient"] == {"user_ref": "site-guest-7"}


async def test_551_marks_the_user_in_redis_too(graph: respx.Router, store: Store) -> None:
    graph.post(MESSAGES_URL).mock(return_value=fb_error(551, 1545041))
    client = Sender(GRAPH_URL, PAGE_TOKEN, store=store)
    with pytest.raises(UserUnreachable):
        await client.send_message(USER, {"text": "hi"})
    await client.aclose()
    remaining = await store.ttl(UNREACHABLE_PREFIX + USER)
    assert remaining is not None and remaining > 80 * 86400


async def test_an_expired_token_is_logged_at_error_without_the_token(
    graph: respx.Router, sender: Sender, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    graph.post(MESSAGES_URL).mock(
        return_value=httpx.Response(
            400,
            json={
                "error": {
                    "message": f"Error validating access token {PAGE_TOKEN}: Session has expired",
                    "type": "OAuthException",
                    "code": 190,
                    "error_subcode": 463,
                }
            },
        )
    )
    with pytest.raises(SendError) as caught:
        await sender.send_message(USER, {"text": "hi"})
    assert PAGE_TOKEN not in str(caught.value)
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert "190" in errors[0].getMessage()
    formatter = JsonFormatter(Masker([PAGE_TOKEN]))
    for record in caplog.records:  # what reaches the log stream
        assert PAGE_TOKEN not in formatter.format(record)
    for record in caplog.records:
        if record.name.startswith("app."):
            assert PAGE_TOKEN not in record.getMessage()
            assert PAGE_TOKEN not in str(record.__dict__)


async def test_sender_actions_carry_the_same_credentials(
    graph: respx.Router, sender: Sender
) -> None:
    route = graph.post(MESSAGES_URL).mock(return_value=OK)
    await sender.typing_on(USER)
    request = route.calls.last.request
    assert request.headers["authorization"] == f"Bearer {PAGE_TOKEN}"
    assert request.url.params["appsecret_proof"] == appsecret_proof(PAGE_TOKEN, APP_SECRET)
    assert "access_token" not in request.url.params


async def test_without_the_app_secret_calls_go_without_a_proof(graph: respx.Router) -> None:
    route = graph.post(MESSAGES_URL).mock(return_value=OK)
    client = Sender(GRAPH_URL, PAGE_TOKEN)
    await client.send_message(USER, {"text": "hi"})
    await client.aclose()
    request = route.calls.last.request
    assert request.headers["authorization"] == f"Bearer {PAGE_TOKEN}"
    assert "appsecret_proof" not in request.url.params


async def test_sender_actions_go_alone_and_never_raise(
    graph: respx.Router, sender: Sender, sleeps: Sleeps
) -> None:
    route = graph.post(MESSAGES_URL).mock(
        side_effect=[OK, fb_error(551), httpx.ConnectError("down"), httpx.Response(500)]
    )
    await sender.mark_seen(USER)
    await sender.typing_on(USER)
    await sender.typing_on(USER)
    await sender.mark_seen(USER)
    assert [body for body in bodies(route)] == [
        {"recipient": {"id": USER}, "sender_action": "mark_seen"},
        {"recipient": {"id": USER}, "sender_action": "typing_on"},
        {"recipient": {"id": USER}, "sender_action": "typing_on"},
        {"recipient": {"id": USER}, "sender_action": "mark_seen"},
    ]
    assert sleeps.delays == []


async def test_without_a_page_token_sending_fails_without_a_call(graph: respx.Router) -> None:
    route = graph.post(MESSAGES_URL).mock(return_value=OK)
    client = Sender(GRAPH_URL, None)
    with pytest.raises(SendError) as caught:
        await client.send_message(USER, {"text": "hi"})
    await client.typing_on(USER)
    await client.aclose()
    assert not caught.value.retryable
    assert not route.called
