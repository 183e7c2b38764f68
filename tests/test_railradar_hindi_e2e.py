"""RailRadar's real answers told to a person who writes in Devanagari, through the signed
webhook: every feature, each state of a booking and of a run, the fare's parts, the lists
RailRadar cannot give, and its failures, all in Hindi, with no English sentence (names of trains
and stations, codes and statuses stay in Latin letters)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import respx

from tests.messenger.test_languages import english_leaks
from tests.support.latin_words import latin_words
from tests.support.messenger import running_app
from tests.support.railradar_fake import (
    PNR_CONFIRMED,
    PNR_FLUSHED,
    PNR_MAINTENANCE,
    PNR_WAITLISTED,
    FakeRailRadar,
    error,
)
from tests.test_alerts_e2e import Graph, JsonObject, Thread
from tests.test_railradar_e2e import settings_for

# Conversations (one person each, within the messages a minute a person may send): each
# question, and what the Hindi answer must say of RailRadar's recorded answer.
ASKED: list[list[tuple[str, tuple[str, ...]]]] = [
    [
        (
            f"पीएनआर {PNR_WAITLISTED}",
            ("चार्ट अभी नहीं बना है", "P1 वेटिंग 12 (GNWL)", "संभावना 71% (RailRadar का अनुमान)"),
        ),
        (f"पीएनआर {PNR_CONFIRMED}", ("चार्ट बन गया है ✅", "P1 कन्फ़र्म C2/42 खिड़की")),
        ("मेरा टिकट कन्फर्म है क्या", ("हाँ: P1 कन्फ़र्म C2/42 खिड़की।",)),
        (f"पीएनआर {PNR_FLUSHED}", ("यह PNR नहीं मिला",)),
        (f"पीएनआर {PNR_MAINTENANCE}", ("रात के रखरखाव में है",)),
    ],
    [
        (
            "12675 कहाँ है",
            ("6 मिनट लेट", "Salem Jn (SA), 11:13 बजे पहुँचने की उम्मीद (तय समय 11:02)"),
        ),
        ("क्या 12675 लेट है", ("हाँ, 6 मिनट लेट चल रही है।",)),
        # (it "चलेगी" before its time, "चलना था" after it, never reported leaving)
        ("12635 कहाँ है", ("अभी चली नहीं है", "13:15 बजे चल")),
        ("12626 कहाँ है", ("रद्द",)),
        ("12512 कहाँ है", ("की जगह 09:45 बजे चल",)),
    ],
    [
        ("12802 कहाँ है", ("बदले रास्ते से चल रही है", "45 मिनट लेट")),
        (
            "12802 का रास्ता बदला है क्या",
            ("हाँ, इस बार 12802 Purushottam SF Express का रास्ता बदला गया",),
        ),
        ("12951 का रूट", ("Borivali (BVI)", "दिन 2")),
        ("12951 को कितना समय लगता है", ("लगभग 15 घंटे 32 मिनट लगते हैं", "1,388 किमी")),
        ("12951 की कोच पोजीशन", ("इंजन से: इंजन (ENG) → पावर कार (LPR) → B1",)),
    ],
    [
        ("बेंगलुरु से कोच्चि", ("Bengaluru (सभी स्टेशन) → Kochi (सभी स्टेशन)", "10 घंटे 45 मिनट")),
        (
            "12951 का मुंबई से दिल्ली थर्ड एसी किराया",
            ("₹3,045", "मूल किराया ₹2,365", "खान-पान शुल्क ₹450"),
        ),
        (
            "12951 में कल मुंबई से दिल्ली थर्ड एसी सीट",
            ("34 सीटें उपलब्ध", "अब बुकिंग नहीं (REGRET)", "आरएसी 12", "वेटिंग (GNWL45/WL32)"),
        ),
        ("क्या 12626 आज रद्द है", ("हाँ, 12626 Kerala Express आज रद्द है।",)),
        ("क्या 12512 का समय बदला है", ("09:45 बजे चल", "(3 घंटे लेट)")),
    ],
    [
        ("आज रद्द ट्रेनें", ("ऐसी सूची नहीं है", "किसी एक ट्रेन के बारे में पूछिए")),
        ("आज किन ट्रेनों का समय बदला", ("ऐसी सूची नहीं है",)),
        (f"अलर्ट {PNR_WAITLISTED}", ("पर अलर्ट चालू हो गए", "P1 या P2 का स्टेटस बदलने पर")),
        ("मेरे अलर्ट", ("आपको 1 PNR के अलर्ट मिल रहे हैं",)),
        ("सारे अलर्ट बंद करो", ("के अलर्ट बंद कर दिए",)),
    ],
]
# How long the rest of an answer's messages take to follow its first.
_SETTLE_S = 0.3


@pytest.fixture
def world() -> Iterator[tuple[Graph, FakeRailRadar]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        railradar = FakeRailRadar(router)
        railradar.per_minute = 1000
        yield Graph(router), railradar


async def test_every_railradar_answer_is_told_in_hindi(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, _ = world
    answers: list[tuple[str, tuple[str, ...], list[JsonObject]]] = []
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=1000)) as (_, client):
        for person, conversation in enumerate(ASKED):
            thread = Thread(client, graph, f"721000000000000{person}")
            for words, said in conversation:
                answers.append((words, said, await _whole_answer(thread, words)))
    for words, said, messages in answers:
        text = "\n".join(message.get("text", "") for message in messages)
        for part in said:
            assert part in text, (words, text)
        leaks = [word for message in messages for word in english_leaks(message)]
        assert leaks == [], (words, text, leaks)
        latin = [word for message in messages for word in latin_words(message)]
        assert latin == [], (words, text, latin)


async def _whole_answer(thread: Thread, words: str) -> list[JsonObject]:
    """Every message the answer to `words` is made of (a card may follow a first line)."""
    before = len(thread.graph.to(thread.user))
    await thread.say(words)
    await asyncio.sleep(_SETTLE_S)
    return [call["message"] for call in thread.graph.to(thread.user)[before:]]


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        (error(429, "error_quota_month"), "इस महीने मैं रेलवे की लाइव जानकारी और नहीं देख सकता"),
        (error(503, "error_degraded"), "RailRadar से अभी जवाब नहीं आया"),
    ],
)
async def test_railradar_failing_is_told_in_hindi(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    failure: tuple[int, JsonObject],
    said: str,
) -> None:
    graph, railradar = world
    railradar.overrides[f"/pnr/{PNR_CONFIRMED}"] = failure
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=1000)) as (_, client):
        answer = await Thread(client, graph, "7211000000000001").say(f"पीएनआर {PNR_CONFIRMED}")
    message = answer["message"]
    assert said in message["text"], message["text"]
    assert english_leaks(message) == [], (message["text"], english_leaks(message))
    assert latin_words(message) == [], (message["text"], latin_words(message))
