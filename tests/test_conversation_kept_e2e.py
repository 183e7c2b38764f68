"""What the bot just said stays in hand through the signed webhook with RailRadar's recorded
answers: "how long at kota?" after a route is that train's halt there, and "what should I do
now?" after a train's status is how it runs and what can be checked of it, not the menu."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import respx

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


async def _answer(thread: Thread, words: str) -> str:
    """The text of every message the answer to `words` is made of."""
    before = len(thread.graph.to(thread.user))
    await thread.say(words)
    await asyncio.sleep(_SETTLE_S)
    messages: list[JsonObject] = [call["message"] for call in thread.graph.to(thread.user)[before:]]
    return "\n".join(message.get("text", "") for message in messages)


async def test_the_halt_at_a_stop_and_what_to_do_now_are_the_train_in_hands(
    clean_redis: str, tmp_path: Path, world: Graph
) -> None:
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=1000)) as (_, client):
        route = Thread(client, world, "7220000000000011")
        await _answer(route, "route of 12951")
        halt = await _answer(route, "how long at kota?")
        status = Thread(client, world, "7220000000000012")
        await _answer(status, "12951 kahan hai")
        now = await _answer(status, "what should I do now?")
    assert "halts" in halt and "Kota" in halt and "🚉" not in halt
    assert "I can check more of it for you" in now and "Here's what you can ask me" not in now
