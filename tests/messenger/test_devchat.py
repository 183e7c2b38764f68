"""The dev chat page's endpoints, through the ASGI app with its worker running: off unless
configured, and when on, the page's messages go the real webhook → queue → worker → Sender path
and come back on the event stream, with the answers the shell gives, never reaching Facebook."""

from __future__ import annotations

import asyncio
import html
import json
import re
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from fastapi import FastAPI

from app.bot.format import SAMPLE_NOTE
from app.commands import chat_address
from app.config import Settings, load_settings
from app.i18n import t
from app.main import build_responder
from app.messenger.devchat import (
    PLACEHOLDER_TOKEN,
    USER_PREFIX,
    DevChatSink,
    DevChatTransport,
)
from app.railways.sample import MOVING_PNR
from app.shell import Shell
from app.store import MemoryStore
from tests.support.messenger import (
    APP_SECRET,
    GRAPH_URL,
    GraphRecorder,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)
from tests.support.railwayapi_server import API_KEY, answer

API_URL = "https://railway.test/v2"
SESSION = "testsession01"
USER = USER_PREFIX + SESSION

Items = list[dict[str, Any]]


def v2(request: httpx.Request) -> httpx.Response:
    status, body = answer(request.url.path.removeprefix("/v2"), API_KEY)
    return httpx.Response(status, json=body)


@pytest.fixture
def upstream() -> Iterator[GraphRecorder]:
    """The Send API (recording) and the railwayapi v2 provider, mocked at the HTTP layer."""
    with respx.mock(assert_all_called=False) as router:
        graph = GraphRecorder(router)
        router.route(host="railway.test").mock(side_effect=v2)
        yield graph


def devchat_settings(backend: str | None, tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "dev_chat": True,
        "railway_provider": "railwayapi",
        "railway_api_url": API_URL,
        "railway_api_key": API_KEY,
        "data_dir": tmp_path,
    }
    values.update(overrides)
    return make_settings(backend, **values)


@pytest.fixture
async def chat(
    backend: str | None, tmp_path: Path, upstream: GraphRecorder
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    async with running_app(devchat_settings(backend, tmp_path)) as running:
        yield running


async def poll(
    client: httpx.AsyncClient,
    until: Callable[[Items], bool],
    session: str = SESSION,
    timeout: float = 10.0,
) -> Items:
    """The session's items, read with the poll endpoint until `until` holds for them."""
    items: Items = []
    deadline = asyncio.get_running_loop().time() + timeout
    while not until(items):
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"gave up waiting; the stream has {items}")
        after = items[-1]["seq"] if items else 0
        response = await client.get(
            "/chat/poll", params={"session": session, "after": after, "wait": 0.5}
        )
        assert response.status_code == 200
        items += response.json()["items"]
    return items


def outs(items: Items) -> list[dict[str, Any]]:
    return [item["body"]["message"] for item in items if item["kind"] == "out"]


def answered(count: int) -> Callable[[Items], bool]:
    return lambda items: len(outs(items)) >= count


def same_minute(messages: list[dict[str, Any]]) -> str:
    """Messages as JSON with the "As of 09:56" times blanked, for comparing two runs."""
    return re.sub(r"As of \d\d:\d\d", "As of --:--", json.dumps(messages, ensure_ascii=False))


# --- off unless configured ------------------------------------------------------------------------


async def test_chat_is_not_served_unless_dev_chat_is_on(tmp_path: Path) -> None:
    settings = make_settings(None, data_dir=tmp_path)
    async with running_app(settings, run_worker=False) as (_, client):
        page = await client.get("/chat")
        asset = await client.get("/chat/static/chat.js")
        sent = await client.post("/chat/send", json={"session": SESSION, "text": "hi"})
        events = await client.get("/chat/events", params={"session": SESSION})
        polled = await client.get("/chat/poll", params={"session": SESSION})
    assert [r.status_code for r in (page, asset, sent, events, polled)] == [404] * 5


def test_dev_chat_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAILBOT_DEV_CHAT", raising=False)
    assert load_settings(_env_file=None).dev_chat is False


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("127.0.0.1", "http://127.0.0.1:8000/chat"),
        ("0.0.0.0", "http://127.0.0.1:8000/chat"),
        ("::1", "http://[::1]:8000/chat"),
        ("railbot.local", "http://railbot.local:8000/chat"),
    ],
)
def test_serve_names_an_address_a_browser_can_open(host: str, address: str) -> None:
    assert chat_address(host, 8000) == address


# --- the page -----------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", [None], indirect=False)
async def test_the_page_and_its_files_are_served_without_external_resources(
    chat: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    _, client = chat
    page = await client.get("/chat")
    script = await client.get("/chat/static/chat.js")
    style = await client.get("/chat/static/chat.css")
    missing = await client.get("/chat/static/..%2Fdevchat.py")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert 'src="chat/static/chat.js"' in page.text
    assert not re.search(r"(src|href)=\"(https?:)?//", page.text)  # no CDN
    assert script.headers["content-type"].startswith("text/javascript")
    assert "EventSource" in script.text
    assert style.headers["content-type"].startswith("text/css")
    assert missing.status_code == 404


# --- the round trip ---------------------------------------------------------------------------


async def test_a_message_round_trips_as_a_signed_webhook_event_and_send_api_payloads(
    chat: tuple[FastAPI, httpx.AsyncClient], upstream: GraphRecorder
) -> None:
    _, client = chat
    sent = await client.post("/chat/send", json={"session": SESSION, "text": "pnr 4512345678"})
    items = await poll(client, answered(1))

    assert sent.status_code == 200
    delivered = sent.json()
    assert delivered["status"] == 200
    event = delivered["body"]["entry"][0]["messaging"][0]
    assert delivered["body"]["object"] == "page"
    assert event["sender"] == {"id": USER}
    assert event["message"]["text"] == "pnr 4512345678"
    assert event["message"]["mid"] and isinstance(event["timestamp"], int)
    assert delivered["signature"].startswith("sha256=")

    kinds = [item["kind"] for item in items]
    assert kinds[0] == "in" and "out" in kinds
    assert [i["seq"] for i in items] == list(range(1, len(items) + 1))
    actions = [i["body"]["sender_action"] for i in items if i["kind"] == "action"]
    assert actions == []  # a quick answer comes alone, as on Messenger
    [out] = [item["body"] for item in items if item["kind"] == "out"]
    assert out["recipient"] == {"id": USER}
    assert out["messaging_type"] == "RESPONSE"
    assert "P1 CNF S6/71" in out["message"]["text"]
    assert upstream.calls == []  # nothing went to Facebook


async def test_the_page_gets_the_same_answers_as_the_shell(
    chat: tuple[FastAPI, httpx.AsyncClient], backend: str | None, tmp_path: Path
) -> None:
    _, client = chat
    bot, provider, _ = build_responder(devchat_settings(backend, tmp_path), MemoryStore())
    shell = Shell(bot, user="shell-user")
    page_answers: list[list[dict[str, Any]]] = []
    shell_answers: list[list[dict[str, Any]]] = []
    seen = 0
    try:
        lines = ("pnr 4512345678", "Live status", "NDLS", "chennai se bangalore kal", "1")
        for line in lines:
            tap = next((c for c in shell.choices if c.title == line), None)
            if line.isdigit():
                tap = shell.choices[int(line) - 1]
            turn = await (shell.tap(tap) if tap else shell.say(line))
            shell_answers.append(turn.messages)
            fields = (
                {"kind": tap.kind, "text": tap.title, "payload": tap.payload}
                if tap
                else {"kind": "text", "text": line}
            )
            response = await client.post("/chat/send", json={"session": SESSION, **fields})
            assert response.status_code == 200
            items = await poll(client, answered(seen + len(turn.messages)))
            page_answers.append(outs(items)[seen:])
            seen += len(turn.messages)
    finally:
        await provider.aclose()
    assert "Next: Anantapur" in shell_answers[1][0]["text"]  # the tap reached live status
    assert "MAS SBC Shatabdi" in json.dumps(shell_answers[3])  # a city: answered at once
    for page, terminal in zip(page_answers, shell_answers, strict=True):
        assert same_minute(page) == same_minute(terminal)


@pytest.mark.parametrize("backend", [None], indirect=False)
async def test_a_shared_location_is_a_location_attachment(
    chat: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    _, client = chat
    response = await client.post(
        "/chat/send",
        json={"session": SESSION, "kind": "location", "lat": 28.6428, "lng": 77.2191},
    )
    items = await poll(client, answered(1))
    [attachment] = response.json()["body"]["entry"][0]["messaging"][0]["message"]["attachments"]
    assert attachment == {
        "type": "location",
        "payload": {"coordinates": {"lat": 28.6428, "long": 77.2191}},
    }
    assert "NDLS" in json.dumps(outs(items), ensure_ascii=False)


@pytest.mark.parametrize("backend", [None], indirect=False)
async def test_a_postback_button_is_a_postback_event(
    chat: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    _, client = chat
    response = await client.post(
        "/chat/send",
        json={"session": SESSION, "kind": "postback", "text": "Help", "payload": "HELP"},
    )
    items = await poll(client, answered(1))
    event = response.json()["body"]["entry"][0]["messaging"][0]
    assert event["postback"]["payload"] == "HELP" and event["postback"]["title"] == "Help"
    assert "Here's what you can ask me" in outs(items)[0]["text"]


@pytest.mark.parametrize("backend", [None], indirect=False)
@pytest.mark.parametrize(
    "body",
    [
        {"session": "", "text": "hi"},
        {"session": "x" * 65, "text": "hi"},
        {"session": "bad session id!", "text": "hi"},
        {"session": SESSION, "text": "   "},
        {"session": SESSION, "kind": "quick_reply", "text": "Refresh"},
        {"session": SESSION, "kind": "location", "lat": 91, "lng": 0},
        {"session": SESSION, "kind": "location", "lat": 10},
        {"session": SESSION, "text": "x" * 2001},
        {"session": SESSION, "text": "hi", "sender": "7001000000000001"},
    ],
)
async def test_bad_input_is_refused_before_anything_is_sent(
    chat: tuple[FastAPI, httpx.AsyncClient], body: dict[str, Any]
) -> None:
    _, client = chat
    response = await client.post("/chat/send", json=body)
    assert response.status_code == 422


# --- Facebook's users are not affected ----------------------------------------------------------


@pytest.mark.parametrize("backend", [None], indirect=False)
async def test_real_users_still_reach_facebook_while_dev_chat_users_never_do(
    chat: tuple[FastAPI, httpx.AsyncClient], upstream: GraphRecorder
) -> None:
    _, client = chat
    body = message_body("7001000000000042", "m_real_1", "NDLS")
    webhook = await client.post("/webhook", content=body, headers=signed_headers(body))
    await client.post("/chat/send", json={"session": SESSION, "text": "NDLS"})
    await upstream.wait_for_messages(1)
    items = await poll(client, answered(1))

    assert webhook.status_code == 200
    assert upstream.texts_to("7001000000000042") == [outs(items)[0]["text"]]
    recipients = {call["recipient"]["id"] for call in upstream.calls}
    assert recipients == {"7001000000000042"}  # messages and sender actions alike
    assert all(item["body"].get("recipient", {}).get("id", USER) == USER for item in items)


async def test_without_facebook_credentials_dev_chat_still_answers(
    tmp_path: Path, upstream: GraphRecorder
) -> None:
    settings = devchat_settings(
        None, tmp_path, fb_app_secret=None, fb_page_access_token=None, fb_verify_token=None
    )
    async with running_app(settings) as (_, client):
        await client.post("/chat/send", json={"session": SESSION, "text": "hi"})
        items = await poll(client, answered(1))
        body = message_body("7001000000000043", "m_forged_1", "hi")
        forged = await client.post(
            "/webhook", content=body, headers=signed_headers(body, secret=APP_SECRET)
        )
    assert outs(items)[0]["text"].startswith("Namaste!")
    assert forged.status_code == 403  # the secret of this run is no one else's
    assert upstream.calls == []


async def test_without_a_page_token_other_users_are_refused_without_a_call() -> None:
    sink = DevChatSink(MemoryStore())
    with respx.mock(assert_all_called=False) as router:
        facebook = router.post(f"{GRAPH_URL}/me/messages")
        transport = DevChatTransport(sink, httpx.AsyncHTTPTransport())
        async with httpx.AsyncClient(transport=transport) as client:
            refused = await client.post(
                f"{GRAPH_URL}/me/messages",
                headers={"Authorization": f"Bearer {PLACEHOLDER_TOKEN}"},
                json={"recipient": {"id": "7001000000000044"}, "message": {"text": "hi"}},
            )
            kept = await client.post(
                f"{GRAPH_URL}/me/messages",
                headers={"Authorization": f"Bearer {PLACEHOLDER_TOKEN}"},
                json={"recipient": {"id": USER}, "sender_action": "typing_on"},
            )
    assert refused.status_code == 400
    assert "FB_PAGE_ACCESS_TOKEN" in refused.json()["error"]["message"]
    assert kept.status_code == 200 and kept.json() == {"recipient_id": USER}
    assert not facebook.called
    [item] = await sink.read(USER, 0)
    assert item["kind"] == "action" and item["body"]["sender_action"] == "typing_on"


# --- the event stream -----------------------------------------------------------------------------


async def read_events(
    app: FastAPI,
    until: Callable[[Items], bool],
    *,
    after: int = 0,
    last_event_id: str | None = None,
    timeout: float = 10.0,
) -> tuple[Items, list[str]]:
    """Server-sent events of GET /chat/events, read straight off the ASGI app until `until`
    holds, then the client goes away. The items, and the raw event blocks."""
    headers = [(b"accept", b"text/event-stream")]
    if last_event_id is not None:
        headers.append((b"last-event-id", last_event_id.encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/chat/events",
        "raw_path": b"/chat/events",
        "query_string": f"session={SESSION}&after={after}".encode(),
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("testserver", 80),
    }
    gone = asyncio.Event()
    buffer = ""
    blocks: list[str] = []
    items: Items = []

    async def receive() -> dict[str, Any]:
        await gone.wait()
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal buffer
        if message["type"] == "http.response.start":
            assert message["status"] == 200
            assert (b"content-type", b"text/event-stream; charset=utf-8") in message["headers"]
        if message["type"] != "http.response.body":
            return
        buffer += message.get("body", b"").decode()
        while "\n\n" in buffer:
            block, buffer = buffer.split("\n\n", 1)
            blocks.append(block)
            for line in block.splitlines():
                if line.startswith("data: "):
                    items.append(json.loads(line[len("data: ") :]))
        if until(items):
            gone.set()

    await asyncio.wait_for(app(scope, receive, send), timeout)
    return items, blocks


async def test_replies_stream_back_as_server_sent_events_and_resume(
    chat: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    app, client = chat
    stream = asyncio.create_task(read_events(app, answered(1)))
    await asyncio.sleep(0.05)
    await client.post("/chat/send", json={"session": SESSION, "text": "route 12627"})
    items, blocks = await stream
    assert blocks[0].startswith("retry: ")
    assert "12627 Karnataka Exp: 6 stops" in outs(items)[0]["text"]
    ids = [line for block in blocks for line in block.splitlines() if line.startswith("id: ")]
    assert ids == [f"id: {item['seq']}" for item in items]

    await client.post("/chat/send", json={"session": SESSION, "text": "NDLS"})
    resumed, _ = await read_events(
        app, lambda new: len(outs(new)) >= 1, last_event_id=str(items[-1]["seq"])
    )
    assert resumed[0]["seq"] == items[-1]["seq"] + 1
    assert resumed[0]["kind"] == "in"
    assert "NDLS is New Delhi" in outs(resumed)[0]["text"]


# --- the sink -----------------------------------------------------------------------------------


async def test_the_sink_numbers_items_and_wakes_a_waiting_reader() -> None:
    sink = DevChatSink(MemoryStore())
    waiting = asyncio.create_task(sink.read(USER, 0, wait_s=5))
    await asyncio.sleep(0.01)
    assert await sink.append(USER, "in", {"n": 1}) == 1
    first = await asyncio.wait_for(waiting, 1)
    await sink.append(USER, "out", {"n": 2})
    await sink.append(USER + "x", "out", {"n": 99})
    assert [item["body"] for item in first] == [{"n": 1}]
    assert [item["body"] for item in await sink.read(USER, 1)] == [{"n": 2}]
    assert await sink.read(USER, 2, wait_s=0.05) == []


async def test_a_reader_ahead_of_a_restarted_counter_starts_again() -> None:
    store = MemoryStore()
    sink = DevChatSink(store)
    await sink.append(USER, "in", {"n": 1})
    assert [i["seq"] for i in await sink.read(USER, 40)] == [1]


async def test_with_no_live_provider_the_page_says_which_questions_need_one(
    tmp_path: Path, upstream: GraphRecorder
) -> None:
    settings = make_settings(None, dev_chat=True, data_dir=tmp_path, railway_provider="offline")
    async with running_app(settings) as (_, client):
        for text in ("NDLS", "pnr 4512345678"):
            await client.post("/chat/send", json={"session": SESSION, "text": text})
        items = await poll(client, answered(2))
    station, pnr = (message["text"] for message in outs(items))
    assert "NDLS is New Delhi" in station
    assert "needs a live railway data provider" in pnr


# --- the sample railway (a local run with no provider key and no Page token) -------------------


def like_make_run(backend: str | None, tmp_path: Path, **overrides: Any) -> Settings:
    """`make run`'s settings: the chat page on, no Page token, no provider key."""
    return make_settings(
        backend, dev_chat=True, data_dir=tmp_path, fb_page_access_token=None, **overrides
    )


async def test_like_make_run_answers_come_from_the_sample_railway_marked_as_such(
    backend: str | None, tmp_path: Path, upstream: GraphRecorder
) -> None:
    async with running_app(like_make_run(backend, tmp_path)) as (_, client):
        page = (await client.get("/chat")).text
        for text in ("pnr 4512345678", "12627 kaha hai", "NDLS"):
            await client.post("/chat/send", json={"session": SESSION, "text": text})
        items = await poll(client, answered(3))
    assert 'id="sample-banner"' in page and SAMPLE_NOTE in html.unescape(page)
    assert t("hi", "source.sample") in html.unescape(page)
    assert 'id="sample-move"' in page
    pnr, live, station = (message["text"] for message in outs(items))
    assert "P3 RAC 12" in pnr and pnr.endswith(SAMPLE_NOTE)
    assert "12627 Karnataka Express" in live and live.endswith(SAMPLE_NOTE)
    # Stations come from the built-in list, which is real: no sample mark there.
    assert "NDLS is New Delhi" in station and SAMPLE_NOTE not in station
    assert upstream.calls == []


async def test_moving_the_sample_pnr_brings_its_alert_within_seconds(
    backend: str | None, tmp_path: Path, upstream: GraphRecorder
) -> None:
    settings = like_make_run(backend, tmp_path, alert_poll_tick_s=0.2)
    async with running_app(settings) as (_, client):
        await client.post("/chat/send", json={"session": SESSION, "text": f"alert {MOVING_PNR}"})
        items = await poll(client, answered(1))
        assert "Alerts on" in outs(items)[0]["text"] and "WL 6" in outs(items)[0]["text"]

        moved = await client.post("/chat/sample/move", json={"session": SESSION})
        assert moved.status_code == 200
        assert moved.json() == {"pnr": MOVING_PNR, "status": "P1 WL 3", "tracked": True}
        items = await poll(client, answered(2), timeout=15)
    alert = outs(items)[1]["text"]
    assert "WL 6 → WL 3" in alert
    notes = [item["body"]["text"] for item in items if item["kind"] == "note"]
    tracked = "You track it: an alert is on its way."
    assert notes == [f"Sample PNR {MOVING_PNR} moved: P1 WL 3. {tracked}"]


async def test_an_untracked_move_says_how_to_track_and_bad_sessions_are_refused(
    tmp_path: Path, upstream: GraphRecorder
) -> None:
    async with running_app(like_make_run(None, tmp_path)) as (_, client):
        moved = await client.post("/chat/sample/move", json={"session": SESSION})
        bad = await client.post("/chat/sample/move", json={"session": "../x"})
        items = await poll(client, lambda found: bool(found))
    assert moved.json()["tracked"] is False
    assert items[0]["body"]["text"].endswith(f"Send “alert {MOVING_PNR}” to be told when it moves.")
    assert bad.status_code == 422


async def test_a_page_with_a_token_has_no_sample_banner_and_no_move(
    tmp_path: Path, upstream: GraphRecorder
) -> None:
    async with running_app(make_settings(None, dev_chat=True, data_dir=tmp_path)) as (_, client):
        page = (await client.get("/chat")).text
        moved = await client.post("/chat/sample/move", json={"session": SESSION})
    assert "sample-banner" not in page and "<!--" not in page
    assert moved.status_code == 404
