"""Hypothesis against the webhook: any signed body (any JSON value, any nesting, any field types,
Messenger-shaped or not, or no JSON at all) is answered 200 or 400, never a server error; and
whatever got queued is answered by the real bot without a crash in the worker.

Language understanding has its own property test (never raises, same answer twice):
`tests/bot/understanding/test_understanding.py::test_understand_never_raises_and_is_deterministic`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.main import Services, build_worker, create_app
from app.observability import REGISTRY
from tests.support.messenger import PAGE_ID, GraphRecorder, make_settings, signed_headers

MAX_EXAMPLES = 400

# --- strategies ---------------------------------------------------------------------------------

_LONE_SURROGATES = st.sampled_from(["\ud800", "\udfff", "a\udc80b"])
_TEXTS = (
    st.text(max_size=40)
    | _LONE_SURROGATES
    | st.sampled_from(
        ["", " ", "\x00", "\r\n", "pnr 4512345678", "12627 kaha hai", "ndls se mmct kal", "🙏" * 50]
    )
)
_NUMBERS = (
    st.integers()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([0, -1, 2**63, 1e308, -0.0, 10**4000])
)
_SCALARS = st.none() | st.booleans() | _NUMBERS | _TEXTS
JSON_VALUES = st.recursive(
    _SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_TEXTS, children, max_size=4),
    max_leaves=25,
)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Usually the right shape, sometimes anything at all."""
    return st.integers(0, 7).flatmap(lambda pick: JSON_VALUES if pick == 0 else strategy)


_IDS = _maybe(st.sampled_from(["7014000000000001", "7014000000000002", PAGE_ID]) | _TEXTS)
_ATTACHMENT = st.fixed_dictionaries(
    {"type": _maybe(st.sampled_from(["image", "location", "sticker", "fallback", "audio"]))},
    optional={
        "payload": _maybe(
            st.fixed_dictionaries(
                {},
                optional={
                    "url": _TEXTS,
                    "coordinates": _maybe(
                        st.fixed_dictionaries({"lat": _NUMBERS, "long": _NUMBERS})
                    ),
                    "sticker_id": _NUMBERS,
                },
            )
        ),
        "title": _TEXTS,
    },
)
_MESSAGE = st.fixed_dictionaries(
    {},
    optional={
        "mid": _maybe(_TEXTS),
        "text": _maybe(_TEXTS),
        "is_echo": _maybe(st.booleans()),
        "quick_reply": _maybe(st.fixed_dictionaries({"payload": _maybe(_TEXTS)})),
        "attachments": _maybe(st.lists(_maybe(_ATTACHMENT), max_size=3)),
        "reply_to": JSON_VALUES,
    },
)
_POSTBACK = st.fixed_dictionaries(
    {},
    optional={
        "mid": _maybe(_TEXTS),
        "payload": _maybe(
            _TEXTS
            | st.sampled_from(
                ["PNR:4512345678", "LIVE:12627", "ROUTE:12627:1", "DATE:2026-02-30", "SEATS:::::"]
            )
        ),
        "title": _maybe(_TEXTS),
        "referral": JSON_VALUES,
    },
)
_EXTRA_EVENT_KEYS = {
    "recipient": _maybe(st.fixed_dictionaries({"id": _IDS})),
    "read": JSON_VALUES,
    "delivery": JSON_VALUES,
}
_SENDER = _maybe(st.fixed_dictionaries({"id": _IDS}))
_EVENT = st.one_of(
    st.fixed_dictionaries(
        {"sender": _SENDER, "timestamp": _maybe(_NUMBERS), "message": _maybe(_MESSAGE)},
        optional=_EXTRA_EVENT_KEYS,
    ),
    st.fixed_dictionaries(
        {"sender": _SENDER, "timestamp": _maybe(_NUMBERS), "postback": _maybe(_POSTBACK)},
        optional=_EXTRA_EVENT_KEYS,
    ),
    st.fixed_dictionaries(
        {},
        optional={
            "sender": _SENDER,
            "timestamp": _NUMBERS,
            "message": _MESSAGE,
            "postback": _POSTBACK,
            **_EXTRA_EVENT_KEYS,
        },
    ),
)
MESSENGER_SHAPED = st.fixed_dictionaries(
    {
        "object": _maybe(st.just("page")),
        "entry": _maybe(
            st.lists(
                _maybe(
                    st.fixed_dictionaries(
                        {
                            "id": _IDS,
                            "time": _maybe(_NUMBERS),
                            "messaging": _maybe(st.lists(_maybe(_EVENT), max_size=3)),
                        },
                        optional={"standby": _maybe(st.lists(JSON_VALUES, max_size=2))},
                    )
                ),
                max_size=3,
            )
        ),
    }
)


# Well-formed deliveries whose leaves are fuzzed: these reach the queue and the bot.
_USERS = st.sampled_from(["7014000000000001", "7014000000000002", "7014000000000003"])
_VALID_EVENT = st.fixed_dictionaries(
    {
        "sender": st.fixed_dictionaries({"id": _USERS}),
        "recipient": st.just({"id": PAGE_ID}),
        "timestamp": st.integers(1_700_000_000_000, 1_800_000_000_000) | _NUMBERS,
    }
).flatmap(
    lambda base: st.one_of(
        _MESSAGE.map(lambda message: {**base, "message": message}),
        _POSTBACK.map(lambda postback: {**base, "postback": postback}),
    )
)
WELL_FORMED = st.lists(_VALID_EVENT, min_size=1, max_size=3).map(
    lambda events: {
        "object": "page",
        "entry": [{"id": PAGE_ID, "time": 1_795_000_000_000, "messaging": events}],
    }
)


def encoded(payload: Any, ascii_only: bool) -> bytes:
    return json.dumps(payload, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


BODIES = (
    st.tuples(WELL_FORMED, st.booleans()).map(lambda pair: encoded(*pair))
    | st.tuples(MESSENGER_SHAPED | JSON_VALUES, st.booleans()).map(lambda pair: encoded(*pair))
    | st.binary(max_size=200)
    | st.sampled_from([b"", b"{", b"[" * 5000 + b"]" * 5000, b'{"object": "page", "entry": NaN}'])
)

# --- the service under fuzz ---------------------------------------------------------------------


class Fuzzed:
    """The app (no worker yet) on one event loop that outlives the examples."""

    def __init__(self, app: FastAPI, loop: asyncio.AbstractEventLoop) -> None:
        self.app = app
        self.loop = loop
        self.client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        )
        self.statuses: dict[int, int] = {}

    @property
    def services(self) -> Services:
        services: Services = self.app.state.services
        return services

    def post(self, body: bytes) -> int:
        async def send() -> int:
            response = await self.client.post(
                "/webhook", content=body, headers=signed_headers(body)
            )
            return response.status_code

        status = self.loop.run_until_complete(send())
        self.statuses[status] = self.statuses.get(status, 0) + 1
        return status


@pytest.fixture(params=["memory", "redis"])
def fuzzed(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Fuzzed]:
    """The service on the in-memory twins, or on real Redis (which must be sent valid UTF-8)."""
    redis_url = request.getfixturevalue("clean_redis") if request.param == "redis" else None
    loop = asyncio.new_event_loop()
    app = create_app(make_settings(redis_url, data_dir=tmp_path), run_worker=False)
    service = Fuzzed(app, loop)
    try:
        yield service
    finally:
        loop.run_until_complete(service.client.aclose())
        loop.run_until_complete(service.services.aclose())
        loop.close()


def processed(outcome: str) -> float:
    value = REGISTRY.get_sample_value("railbot_events_processed_total", {"outcome": outcome})
    return value or 0.0


async def drain(services: Services) -> None:
    """Run the real worker (the real bot, offline data) until the queue is empty."""
    worker = build_worker(services)
    task = asyncio.create_task(worker.run())
    try:
        for _ in range(1200):
            if (await services.queue.stats()).length == 0:
                break
            await asyncio.sleep(0.05)
    finally:
        worker.stop()
        await asyncio.wait_for(task, 30)
    assert (await services.queue.stats()).length == 0


def test_any_signed_body_is_200_or_400_and_what_is_queued_is_answered(
    fuzzed: Fuzzed, caplog: pytest.LogCaptureFixture
) -> None:
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        database=None,
    )
    @given(body=BODIES)
    def post_anything(body: bytes) -> None:
        assert fuzzed.post(body) in (200, 400)

    post_anything()
    queued = fuzzed.loop.run_until_complete(fuzzed.services.queue.stats()).length
    assert queued > 0, f"nothing reached the queue: {fuzzed.statuses}"

    caplog.set_level(logging.WARNING)
    dead_before, answered_before = processed("dead_letter"), processed("answered")
    with respx.mock(assert_all_called=False) as router:
        graph = GraphRecorder(router)
        fuzzed.loop.run_until_complete(drain(fuzzed.services))
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == []
    assert processed("dead_letter") == dead_before
    assert processed("answered") - answered_before == queued
    assert graph.messages, "the bot answered nobody"
    for call in graph.messages:
        json.dumps(call, ensure_ascii=False).encode("utf-8")  # what went out is valid UTF-8
