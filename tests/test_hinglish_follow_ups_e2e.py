"""Follow-up questions in Hinglish and Hindi through the signed webhook, with RailRadar's
recorded answers: a halt asked as "कितना रुकती है" is the train's minutes at the station said,
and "non ac me kitna" after a fare of a train with only AC classes says it has none and asks
which class; each as its English equivalent would be answered."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import respx

from app.i18n import t
from tests.support.messenger import running_app
from tests.support.railradar_fake import FakeRailRadar
from tests.test_alerts_e2e import Graph, JsonObject, Thread
from tests.test_railradar_e2e import settings_for

# How long the rest of an answer's messages take to follow its first.
_SETTLE_S = 0.3


@pytest.fixture
def world() -> Iterator[Graph]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        FakeRailRadar(router).per_minute = 1000
        yield Graph(router)


async def test_a_halt_in_hindi_and_non_ac_in_hinglish_are_answered_as_in_english(
    clean_redis: str, tmp_path: Path, world: Graph
) -> None:
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=1000)) as (_, client):
        hindi = Thread(client, world, "7230000000000001")
        halt = await _answer(hindi, "12951 कोटा पर कितना रुकती है")
        latin = Thread(client, world, "7230000000000002")
        await _answer(latin, "12951 ka 2A kiraya")
        plain = await _answer(latin, "non ac me kitna")
    assert "Kota Jn (KOTA) पर" in halt and "मिनट रुकती है" in halt, halt
    assert t("en", "ask.class_no_non_ac", train="12951") in plain, plain
    assert "only know Indian Railways" not in plain, plain


async def _answer(thread: Thread, words: str) -> str:
    """The text of every message the answer to `words` is made of."""
    before = len(thread.graph.to(thread.user))
    await thread.say(words)
    await asyncio.sleep(_SETTLE_S)
    messages: list[JsonObject] = [call["message"] for call in thread.graph.to(thread.user)[before:]]
    return "\n".join(message.get("text", "") for message in messages)
