"""Every feature asked in Devanagari, and in Latin-letter Hinglish after choosing Hindi, through
the signed webhook over each live provider's recorded answers (railwayapi.com v2, IRCTC1) and
over RailRadar failing in each way an answer can be told (stale with its age, the timetable in an
outage, the PNR system's maintenance, a refused key with and without a cached answer): the reply
holds no Latin word a Hindi reader would not understand. Names of trains and stations, codes, and
the words Hindi readers use as they are (PNR, the provider's name) are all it may hold."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import respx

from app.config import Settings
from app.i18n.language import has_devanagari
from tests.support.cache_age import age_cached
from tests.support.latin_words import latin_words
from tests.support.messenger import make_settings
from tests.support.railradar_fake import (
    IST,
    PNR_CONFIRMED,
    FakeRailRadar,
    error,
    fixture,
)
from tests.support.railwayapi_server import API_KEY, answer
from tests.test_alerts_e2e import Graph, JsonObject, Thread
from tests.test_irctc1_e2e import SEATS_DAY, recorded
from tests.test_irctc1_failures_e2e import Irctc1
from tests.test_provider_chain_e2e import timetable
from tests.test_provider_states_e2e import settings_for as railradar_then_timetable
from tests.test_railradar_e2e import running_app

RAILWAYAPI_URL = "https://railwayapi.test/v2"
IRCTC1_URL = "https://irctc1.test"
# How long the rest of an answer's messages take to follow its first.
_SETTLE_S = 0.3

# What railwayapi.com's recordings answer: PNRs (one flushed), 12627's run, route, fare and
# seats, Chennai to Bengaluru, arrivals at SBC, the day's cancelled and rescheduled trains.
RAILWAYAPI_ASKED = (
    "पीएनआर 4512345678",
    "पीएनआर 2345678901",
    "पीएनआर 1111111111",
    "12627 कहाँ है",
    "12627 का रूट",
    "SBC आने वाली ट्रेनें",
    "नई दिल्ली से जाने वाली ट्रेनें",
    "चेन्नई से बेंगलुरु की ट्रेनें",
    "12627 का बेंगलुरु से दिल्ली थर्ड एसी किराया",
    "12627 में कल बेंगलुरु से दिल्ली स्लीपर सीट",
    "आज रद्द ट्रेनें",
    "आज किन ट्रेनों का समय बदला है",
    "12627 आज रद्द है क्या",
    "दिल्ली का स्टेशन कोड",
    "अलर्ट 4512345678",
    "मेरे अलर्ट",
    "सारे अलर्ट बंद करो",
    "12951 कहाँ है",  # no run of it recorded
)
# The same person after choosing Hindi, asking in Latin letters.
RAILWAYAPI_HINGLISH = (
    "हिंदी में",
    "pnr 4512345678",
    "12627 kahan hai",
    "12627 ka route",
    "chennai se bangalore trains",
    "12627 me kal bangalore se delhi sleeper seat",
    "aaj ki cancel trains",
    "12627 ka kiraya bangalore se delhi 3a",
)
# What IRCTC1's recordings answer: a PNR in RAC and waiting, a run at a station past midnight,
# Borivali to New Delhi, 11447's route, seats ("RLWL7/WL6.", "RLWL/AVAILABLE."), a fare.
IRCTC1_ASKED = (
    "पीएनआर 4512345678",
    "11447 कहाँ है",
    "बोरीवली से नई दिल्ली",
    "11447 का रूट",
    f"12627 में {SEATS_DAY.day} {SEATS_DAY:%B} को SBC से NDLS स्लीपर सीट",
    "12951 का बोरीवली से नई दिल्ली थर्ड एसी किराया",
)
IRCTC1_HINGLISH = ("hindi me baat karo", "11447 kahan hai", "pnr 4512345678", "bvi se ndls")


async def whole_answer(thread: Thread, words: str) -> list[JsonObject]:
    """Every message the answer to `words` is made of (a card may follow a first line)."""
    before = len(thread.graph.to(thread.user))
    await thread.say(words)
    await asyncio.sleep(_SETTLE_S)
    return [call["message"] for call in thread.graph.to(thread.user)[before:]]


def _said(messages: list[JsonObject]) -> str:
    return "\n".join(message.get("text", "") for message in messages)


def assert_hindi(words: str, messages: list[JsonObject]) -> None:
    """The answer is in Hindi, with no Latin word a Hindi reader would not understand."""
    text = _said(messages)
    assert messages and has_devanagari(text), (words, text)
    latin = [word for message in messages for word in latin_words(message)]
    assert latin == [], (words, text, latin)


async def ask_all(
    settings: Settings, graph: Graph, user: str, asked: tuple[str, ...]
) -> list[tuple[str, list[JsonObject]]]:
    async with running_app(settings) as (_, client):
        thread = Thread(client, graph, user)
        return [(words, await whole_answer(thread, words)) for words in asked]


# --- railwayapi.com v2 -----------------------------------------------------------------------


def _railwayapi(request: httpx.Request) -> httpx.Response:
    status, body = answer(urlsplit(str(request.url)).path.removeprefix("/v2"))
    return httpx.Response(status, json=body)


@pytest.fixture
def railwayapi_graph() -> Iterator[Graph]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        router.route(url__startswith=RAILWAYAPI_URL).mock(side_effect=_railwayapi)
        yield Graph(router)


@pytest.mark.parametrize(
    ("user", "asked"),
    [("7530000000000001", RAILWAYAPI_ASKED), ("7530000000000002", RAILWAYAPI_HINGLISH)],
    ids=["devanagari", "hinglish-after-choosing-hindi"],
)
async def test_railwayapis_answers_are_told_in_hindi(
    clean_redis: str, tmp_path: Path, railwayapi_graph: Graph, user: str, asked: tuple[str, ...]
) -> None:
    settings = make_settings(
        clean_redis,
        railway_provider="railwayapi",
        railway_api_url=RAILWAYAPI_URL,
        railway_api_key=API_KEY,
        railway_max_calls_per_minute=1000,
        data_dir=tmp_path,
    )
    for words, messages in await ask_all(settings, railwayapi_graph, user, asked):
        assert_hindi(words, messages)


async def test_railwayapis_own_words_on_where_a_train_is_are_not_shown_in_hindi(
    clean_redis: str, tmp_path: Path, railwayapi_graph: Graph
) -> None:
    # railwayapi.com's "position" is an English sentence ("Train departed from DHARMAVARAM JN
    # (DMM) and late by 15 minutes."): the Hindi answer tells the same from the run's stops.
    settings = make_settings(
        clean_redis,
        railway_provider="railwayapi",
        railway_api_url=RAILWAYAPI_URL,
        railway_api_key=API_KEY,
        data_dir=tmp_path,
    )
    ((_, hindi), (_, english)) = await ask_all(
        settings, railwayapi_graph, "7530000000000003", ("12627 कहाँ है", "where is 12627")
    )
    assert "departed from" not in _said(hindi)
    assert "पिछला स्टेशन: Dharmavaram Jn (DMM), 23:05 बजे छोड़ा" in _said(hindi), _said(hindi)
    assert "📍 Train departed from DHARMAVARAM JN (DMM)" in _said(english), _said(english)


# --- IRCTC1 ----------------------------------------------------------------------------------


@pytest.fixture
def irctc1_graph() -> Iterator[Graph]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        router.route(url__startswith=IRCTC1_URL).mock(side_effect=recorded)
        yield Graph(router)


def irctc1_settings(redis_url: str, tmp_path: Path) -> Settings:
    return make_settings(
        redis_url,
        railway_provider="irctc1",
        irctc1_api_url=IRCTC1_URL,
        irctc1_api_key="rapid-test-key",
        railway_max_calls_per_minute=1000,
        data_dir=tmp_path,
    )


@pytest.mark.parametrize(
    ("user", "asked"),
    [("7530000000000011", IRCTC1_ASKED), ("7530000000000012", IRCTC1_HINGLISH)],
    ids=["devanagari", "hinglish-after-choosing-hindi"],
)
async def test_irctc1s_answers_are_told_in_hindi(
    clean_redis: str, tmp_path: Path, irctc1_graph: Graph, user: str, asked: tuple[str, ...]
) -> None:
    settings = irctc1_settings(clean_redis, tmp_path)
    for words, messages in await ask_all(settings, irctc1_graph, user, asked):
        assert_hindi(words, messages)


async def test_irctc1s_place_and_uncounted_seats_are_said_in_hindi_words(
    clean_redis: str, tmp_path: Path, irctc1_graph: Graph
) -> None:
    asked = ("11447 कहाँ है", IRCTC1_ASKED[4])
    settings = irctc1_settings(clean_redis, tmp_path)
    ((_, run), (_, seats)) = await ask_all(settings, irctc1_graph, "7530000000000013", asked)
    # IRCTC1's "At Station" beside ASANSOL JN~, and a day's "RLWL/AVAILABLE." with no count
    assert "📍 Asansol Jn (ASN) पर" in _said(run), _said(run)
    assert "सीटें उपलब्ध ✅" in _said(seats) and "AVAILABLE" not in _said(seats), _said(seats)
    # a day of next year on a button: no room for the year, and no need
    chips = [chip["title"] for message in seats for chip in message.get("quick_replies", [])]
    assert all(len(title) <= 20 and "…" not in title for title in chips), chips


# --- RailRadar failing: every state of an answer ---------------------------------------------


@pytest.fixture
def railradar() -> Iterator[tuple[Graph, FakeRailRadar]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        fake = FakeRailRadar(router)
        fake.per_minute = 1000
        yield Graph(router), fake


def _maintenance_until(minutes: int) -> tuple[int, dict[str, Any]]:
    back = dt.datetime.now(IST).replace(second=0, microsecond=0) + dt.timedelta(minutes=minutes)
    body = fixture("error_pnr_maintenance")
    body["error"]["details"]["retryAfter"] = back.isoformat()
    return 503, body


@pytest.mark.parametrize(
    "failure",
    [
        error(500, "error_degraded"),  # stale, with its age: ask again in a few minutes
        error(401, "error_unauthorized"),  # stale, the live service unavailable right now
        _maintenance_until(35),  # stale, until the PNR system's maintenance ends
    ],
    ids=["stale", "refused-key", "maintenance"],
)
async def test_a_stale_pnr_is_told_in_hindi_with_its_age(
    clean_redis: str,
    tmp_path: Path,
    railradar: tuple[Graph, FakeRailRadar],
    failure: tuple[int, dict[str, Any]],
) -> None:
    graph, fake = railradar
    async with running_app(railradar_then_timetable(clean_redis, tmp_path)) as (app, client):
        await Thread(client, graph, "7530000000000021").say(f"pnr {PNR_CONFIRMED}")
        await age_cached(app.state.services.store, "pnr_status", dt.timedelta(hours=13))
        fake.overrides[f"/pnr/{PNR_CONFIRMED}"] = failure
        thread = Thread(client, graph, "7530000000000022")
        messages = await whole_answer(thread, f"पीएनआर {PNR_CONFIRMED}")
    assert "13 घंटे पहले" in _said(messages), _said(messages)
    assert_hindi("stale PNR", messages)


@pytest.mark.parametrize(
    ("path", "failure", "words"),
    [
        ("/trains/12951", error(500, "error_degraded"), "12951 का रूट"),
        ("/trains/12951", error(403, "error_unauthorized"), "12951 का रूट"),
        ("/pnr/4599999998", error(403, "error_unauthorized"), "पीएनआर 4599999998"),
        ("/pnr/4599999997", error(500, "error_degraded"), "पीएनआर 4599999997"),
        ("/pnr/4599999996", _maintenance_until(35), "पीएनआर 4599999996"),
    ],
    ids=[
        "timetable-in-an-outage",
        "timetable-key-refused",
        "unavailable",
        "no-answer",
        "maintenance",
    ],
)
async def test_railradar_failing_is_told_in_hindi(
    clean_redis: str,
    tmp_path: Path,
    railradar: tuple[Graph, FakeRailRadar],
    path: str,
    failure: tuple[int, dict[str, Any]],
    words: str,
) -> None:
    graph, fake = railradar
    fake.overrides[path] = failure
    settings = railradar_then_timetable(clean_redis, tmp_path)
    ((_, messages),) = await ask_all(settings, graph, "7530000000000031", (words,))
    assert_hindi(words, messages)


# --- IRCTC1 failing: each feature, with the open-data timetable standing in where it can ------

IRCTC1_FAILING_ASKED = (
    "पीएनआर 4512345678",
    "12951 कहाँ है",
    "12951 का रूट",
    "नई दिल्ली से मुंबई सेंट्रल",
    "SBC से अगले 4 घंटे की ट्रेनें",
    "12951 का मुंबई सेंट्रल से नई दिल्ली थर्ड एसी किराया",
    "12951 में कल मुंबई सेंट्रल से नई दिल्ली थर्ड एसी सीट",
)


@pytest.mark.parametrize("failure", ["429-monthly", "403-not-subscribed", "404-no-data", "502"])
async def test_irctc1_failing_is_told_in_hindi_for_every_feature(
    clean_redis: str, tmp_path: Path, failure: str
) -> None:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        graph, irctc1 = Graph(router), Irctc1(router)
        irctc1.failure = failure
        timetable(tmp_path)
        settings = irctc1_settings(clean_redis, tmp_path)
        for n, words in enumerate(IRCTC1_FAILING_ASKED):  # each feature meets it afresh
            ((_, messages),) = await ask_all(settings, graph, f"75300000000004{n:02d}", (words,))
            assert_hindi(words, messages)
