"""Upstream faults through the real provider, the cache and the bot, composed as the service
composes them (the cached live API first, the offline timetable beside it).

Whatever the railway API does (times out, refuses the connection, answers 5xx, garbage JSON, an
HTML error page, the wrong content type, a 200 without its envelope, or hangs), the traveller
gets a clear reply with a way to try again, or the last good answer marked stale with its time;
never silence, never a trace, never an error logged as a crash.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import respx

from app.bot.conversation import Bot
from app.bot.incoming import Incoming
from app.bot.replies import Reply
from app.constants import CACHE_TTL_S, PNR_FRESH_S
from app.i18n import t
from app.railways.cache import CachedProvider
from app.railways.chain import ProviderChain
from app.railways.offline import OfflineProvider
from app.railways.railwayapi import RailwayApiProvider
from app.store import Store
from tests.bot.harness import (
    API_KEY,
    API_URL,
    INDEX,
    TODAY,
    TZ,
    assert_phone_friendly,
    between_body,
    chips,
    live_body,
    ok,
    pnr_body,
    route_body,
    seats_body,
    text_of,
)
from tests.conftest import FakeClock
from tests.support.messenger import (
    GraphRecorder,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)

# The railway data source that did not answer is named (never "Indian Railways").
UPSTREAM_DOWN = t("en", "error.provider_down", provider="railwayapi.com")

Fault = Callable[[httpx.Request], httpx.Response]
GOOD_TRAINS = (("12007", "MAS SBC SHATABDI", "MAS", "SBC", "06:00", "11:00", "05:00"),)


def good_answer(request: httpx.Request) -> httpx.Response:
    """The railway answering properly, whatever is asked."""
    parts = request.url.path.removeprefix("/v2/").split("/")
    endpoint = parts[0]
    # a run is answered for the day asked, as the railway answers it
    asked = parts[parts.index("date") + 1] if "date" in parts else ""
    start = dt.datetime.strptime(asked, "%d-%m-%Y").date() if endpoint == "live" else TODAY
    bodies = {
        "pnr-status": lambda: pnr_body(TODAY + dt.timedelta(days=2), ("CNF/S6/71/GN", "CNF")),
        "live": lambda: live_body(start, 4, 25),
        "route": route_body,
        "between": lambda: between_body(*GOOD_TRAINS),
        "check-seat": lambda: seats_body("3A", (TODAY + dt.timedelta(days=1), "AVAILABLE 12")),
        "cancelled": lambda: ok(total=0, trains=[]),  # today's changes, flagged on a list
        "rescheduled": lambda: ok(total=0, trains=[]),
    }
    return httpx.Response(200, json=bodies[endpoint]())


def _raise(error: type[httpx.TransportError]) -> Fault:
    def fault(request: httpx.Request) -> httpx.Response:
        raise error("injected", request=request)

    return fault


def _answer(status: int, content: bytes, content_type: str) -> Fault:
    return lambda _: httpx.Response(status, content=content, headers={"content-type": content_type})


HTML_PAGE = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body>"
FAULTS: dict[str, Fault] = {
    "read-timeout": _raise(httpx.ReadTimeout),
    "connect-timeout": _raise(httpx.ConnectTimeout),
    "connection-refused": _raise(httpx.ConnectError),
    "connection-dropped": _raise(httpx.RemoteProtocolError),
    "http-500": _answer(500, b"Internal Server Error", "text/plain"),
    "http-503-json": _answer(503, b'{"error": "maintenance"}', "application/json"),
    "http-504": _answer(504, b"", "text/plain"),
    "garbage-json": _answer(200, b'{"response_code": 200, "pnr": "45', "application/json"),
    "not-utf8": _answer(200, b"\xff\xfe\x00{", "application/json"),
    "html-error-page": _answer(200, HTML_PAGE, "text/html; charset=utf-8"),
    "html-502-page": _answer(502, HTML_PAGE, "text/html"),
    "wrong-content-type": _answer(200, b'{"response_code": 200}', "text/plain"),
    "no-envelope": _answer(200, b'{"pnr": "4512345678", "passengers": []}', "application/json"),
    "json-array": _answer(200, b"[]", "application/json"),
    "json-null": _answer(200, b"null", "application/json"),
    "empty-200": _answer(200, b"", "application/json"),
    "unknown-response-code": _answer(200, b'{"response_code": 999}', "application/json"),
    "response-code-as-garbage": _answer(200, b'{"response_code": "ok"}', "application/json"),
}

# Questions whose every upstream call hits the fault, by feature.
QUESTIONS = {
    "pnr": "pnr 4512345678",
    "live": "12627 kaha hai",
    "route": "route 12627",
    "between": "trains from MAS to SBC",
    "seats": "seats 12951 NDLS MMCT 3A tomorrow",
}


@dataclass
class Railway:
    """The mocked upstream: answers well until `fault` is set."""

    fault: Fault | None = None
    calls: int = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return (self.fault or good_answer)(request)


async def _no_sleep(_: float) -> None:
    await asyncio.sleep(0)


@asynccontextmanager
async def service_bot(
    store: Store, clock: FakeClock, data_dir: Path, *, deadline_s: float = 12.0
) -> AsyncIterator[tuple[Bot, Railway]]:
    """The bot over the cached railwayapi client and an offline timetable not imported yet,
    as `app.main.build_provider` composes them; the upstream mocked at the HTTP layer."""
    railway = Railway()
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as upstream:
        upstream.route(url__startswith=API_URL).mock(side_effect=railway)
        live = RailwayApiProvider(
            API_URL, API_KEY, clock=clock, tz=TZ, sleep=_no_sleep, deadline_s=deadline_s
        )
        offline = OfflineProvider(data_dir / "railbot.sqlite3", INDEX, clock=clock, tz=TZ)
        provider = ProviderChain([CachedProvider(live, store, clock=clock)], offline)
        try:
            yield Bot(provider, INDEX, store, clock=clock, tz=TZ), railway
        finally:
            await provider.aclose()


async def ask(bot: Bot, text: str) -> list[Reply]:
    return await bot.respond(Incoming(user_id="7012000000000001", text=text))


def assert_clear(replies: list[Reply]) -> str:
    """A reply a traveller can act on: not silent, no trace, no error codes."""
    assert_phone_friendly(replies)
    text = text_of(replies)
    for leak in ("Traceback", "Error", "Exception", "response_code", "HTTP", API_KEY, "<html"):
        assert leak not in text, text
    return text


@pytest.fixture
def bot_errors(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING)
    return caplog


def crashes(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize("feature", sorted(QUESTIONS))
@pytest.mark.parametrize("fault", sorted(FAULTS))
async def test_a_fault_with_nothing_cached_gets_a_clear_reply_and_a_retry(
    fault: str,
    feature: str,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    bot_errors: pytest.LogCaptureFixture,
) -> None:
    async with service_bot(store, clock, tmp_path) as (bot, railway):
        railway.fault = FAULTS[fault]
        replies = await ask(bot, QUESTIONS[feature])
    text = assert_clear(replies)
    assert railway.calls >= 1
    assert UPSTREAM_DOWN in text
    assert "Try again" in chips(replies)
    assert crashes(bot_errors) == []


@pytest.mark.parametrize(
    ("feature", "expected", "later_s"),
    [
        # a confirmed PNR days away stays fresh for hours (app/railways/freshness.py)
        ("pnr", "P1 CNF S6/71", PNR_FRESH_S["confirmed"] + 60),
        ("live", "late", 30 * 60),
        ("between", "12007", CACHE_TTL_S["trains_between"] + 60),
        ("seats", "AVAILABLE 12", 30 * 60),
    ],
)
@pytest.mark.parametrize("fault", ["read-timeout", "http-500", "html-error-page", "no-envelope"])
async def test_a_fault_after_a_good_answer_serves_it_stale_with_its_time(
    fault: str,
    feature: str,
    expected: str,
    later_s: int,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    bot_errors: pytest.LogCaptureFixture,
) -> None:
    async with service_bot(store, clock, tmp_path) as (bot, railway):
        first = await ask(bot, QUESTIONS[feature])
        assert expected in text_of(first)
        clock.advance(later_s)  # past the answer's freshness, within the day it is kept
        railway.fault = FAULTS[fault]
        calls = railway.calls
        replies = await ask(bot, QUESTIONS[feature])
    text = assert_clear(replies)
    assert railway.calls > calls  # the upstream was asked, and failed
    assert expected in text
    assert "⚠️ Stale: railwayapi.com didn't answer, this is from" in text
    # its time (and its day, when that was not today), and its age when hours old
    assert re.search(r"from (\d+ \w+, )?16:36(, (\d+h ?)?(\d+m)? ago)?\.", text), text
    assert crashes(bot_errors) == []


async def test_an_upstream_that_hangs_is_cut_at_the_deadline_with_a_clear_reply(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        return httpx.Response(200, json={})

    async with service_bot(store, clock, tmp_path, deadline_s=0.3) as (bot, railway):
        railway.fault = hang  # type: ignore[assignment]
        replies = await asyncio.wait_for(ask(bot, QUESTIONS["pnr"]), 5)
    assert UPSTREAM_DOWN in assert_clear(replies)


async def test_a_garbled_answer_is_never_cached_as_good(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """Once the railway answers properly again, the traveller gets the real answer at once."""
    async with service_bot(store, clock, tmp_path) as (bot, railway):
        railway.fault = FAULTS["no-envelope"]
        assert UPSTREAM_DOWN in text_of(await ask(bot, QUESTIONS["pnr"]))
        railway.fault = None
        replies = await ask(bot, QUESTIONS["pnr"])
    assert "P1 CNF S6/71" in text_of(replies)
    assert "Stale" not in text_of(replies)


async def test_through_the_whole_service_a_failing_railway_gets_a_reply_on_messenger(
    tmp_path: Path,
) -> None:
    """Webhook → queue → worker → bot → railway (answering HTML 502s) → the Send API."""
    settings = make_settings(
        None,
        data_dir=tmp_path,
        railway_provider="railwayapi",
        railway_api_url=API_URL,
        railway_api_key=API_KEY,
    )
    with respx.mock(assert_all_called=False) as router:
        graph = GraphRecorder(router)
        railway = router.get(url__startswith=API_URL).mock(side_effect=FAULTS["html-502-page"])
        async with running_app(settings) as (_, client):
            body = message_body("7012000000000002", "m_up_1", "pnr 4512345678")
            response = await client.post("/webhook", content=body, headers=signed_headers(body))
            assert response.status_code == 200
            await graph.wait_for_messages(1, timeout=20)
            await asyncio.sleep(0.3)
    assert railway.call_count >= 2  # retried within the deadline
    [message] = graph.messages_to("7012000000000002")
    assert UPSTREAM_DOWN in message["text"]
    assert [chip["title"] for chip in message["quick_replies"]] == ["Try again"]
