"""Hostile values never shape an upstream URL: typed messages and forged button payloads go through
the whole bot (NLU, payload parsing, handlers, the cached railwayapi client) and every URL the
railway API is asked for is checked, segment by segment, as it went on the wire."""

from __future__ import annotations

import re

import httpx
import pytest
import respx

from app.bot.incoming import Incoming
from app.store import Store
from tests.bot.harness import API_KEY, API_URL, assert_phone_friendly, chat, text_of
from tests.conftest import FakeClock

# What a railwayapi v2 URL may look like: ASCII path segments of letters, digits and dashes (a
# searched station name may carry encoded spaces), then the key, then the final slash.
SAFE_URL = re.compile(
    rf"{re.escape(API_URL)}(/[A-Za-z0-9-]+(%20[A-Za-z0-9.()-]+)*)+/apikey/{API_KEY}/"
)

TRAVERSALS = ["../", "..%2F", "%2e%2e%2f", "..\\", "/..;/", "%252e%252e%252f", "／．．／"]
HOSTILE_TEXTS = [
    *(f"pnr {t}etc/passwd" for t in TRAVERSALS),
    "pnr 4512345678/../../admin",
    "pnr 4512345678%2F..%2F..",
    "pnr 4512345678?apikey=stolen",
    "pnr 4512345678#fragment",
    "12627/../../x kaha hai",
    "route 12627%2F..%2F",
    "route 12627/../../../apikey/other/",
    "trains from NDLS/../../x to MMCT kal",
    "NDLS%2F.. se MMCT kal",
    "station code of ../../etc",
    "code of %2e%2e%2f",
    "station NDLS/../x",
    "fare 12951 NDLS MMCT 3A/../..",
    "seats 12951 ND/LS MM%43T 3A tomorrow",
    "live 1262７",  # a fullwidth digit
    "pnr ４５１２３４５６７８",  # fullwidth digits
    "pnr ४५१२३४५६७८",  # Devanagari digits: a real PNR, folded to ASCII
    "pnr ٤٥١٢٣٤٥٦٧٨",  # Arabic-Indic digits
    "12627\r\nX-Injected: 1",
    "pnr 4512345678\r\nHost: evil.example",
    "route 12627\n\n../../",
    "station\x00NDLS",
    "code of new delhi\u202e/..",
    "a" * 5000,
    "route " + "1" * 5000,
    "NDLS " * 400,
    "code of " + "x" * 300,
    "pnr " + "4512345678" * 50,
    "🚆" * 600,
]
HOSTILE_PAYLOADS = [
    "PNR:../../x",
    "PNR:4512345678/../..",
    "PNR:4512345678%2F..",
    "PNR:" + "1" * 5000,
    "PNR:४५१२३४५६७८",
    "TRACK:../4512345678",
    "LIVE:12627/../..",
    "LIVE:12627:2026-11-18/../..:GTL",
    "LIVE:12627:2026-11-18:GT/L",
    "LIVE:१२६२७",
    "ROUTE:..%2F..:1",
    "ROUTE:12627:1/../..",
    "ROUTE:12627\r\nX: 1:1",
    "STATION:NDLS%2F",
    "STATION:../NDLS",
    "STATION:N\nDLS",
    "DEPS:ND LS:4:0",
    "DEPS:NDLS:4/..:0",
    "BETWEEN:NDLS/..:MMCT:2026-11-19:0",
    "BETWEEN:NDLS:MMCT:2026-11-19/../..:0",
    "FARE:12951:NDLS:MMCT:2026-11-19:3A/../",
    "SEATS:12951:NDLS:MMCT:-:3A/../",
    "SEATS:12951:NDLS:MM/CT:-:3A",
    "CANCELLED:../../2026-11-18:0",
    "STN:from:../..",
    "CLASS:3A/../..",
    "DATE:2026-11-19/../..",
    "TRAIN:12627%2F",
    "UNTRACK:../..",
    ":" * 500,
    "X" * 1000,
]


def railway_answering_not_found(router: respx.Router) -> respx.Route:
    """Every railway URL is accepted and answered "no data", so the bot goes its whole way."""
    return router.route(url__startswith=API_URL).mock(
        return_value=httpx.Response(200, json={"response_code": 404, "debit": 1})
    )


def assert_safe(requests: list[httpx.Request]) -> None:
    for request in requests:
        url = str(request.url)
        raw = request.url.raw_path.decode("ascii")
        assert SAFE_URL.fullmatch(url), url
        assert ".." not in raw and "%2F" not in raw.upper() and "%25" not in raw, raw
        assert "\r" not in url and "\n" not in url
        assert request.url.host == "railway.test"
        assert not request.url.query


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
async def test_typed_values_never_shape_an_upstream_url(
    text: str, store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        route = railway_answering_not_found(user.upstream)
        replies = await user.say(text)
    assert_phone_friendly(replies)
    assert API_KEY not in text_of(replies)
    assert_safe([call.request for call in route.calls])


@pytest.mark.parametrize("payload", HOSTILE_PAYLOADS)
async def test_forged_payloads_never_shape_an_upstream_url(
    payload: str, store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        route = railway_answering_not_found(user.upstream)
        replies = await user.tap(payload)
        replies += await user.send(Incoming(user_id=user.user, text="1", payload=payload))
    assert_phone_friendly(replies)
    assert_safe([call.request for call in route.calls])


async def test_a_folded_pnr_reaches_the_upstream_as_ascii_digits(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        route = railway_answering_not_found(user.upstream)
        await user.say("pnr ४५१२३४५६७८")
    [call] = route.calls
    assert call.request.url.path == f"/v2/pnr-status/pnr/4512345678/apikey/{API_KEY}/"
