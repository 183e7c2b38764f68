"""Questions asked of a booking just shown, through the signed webhook with RailRadar's recorded
answers: a passenger asked about by their status is that passenger's status and chance, never
seats on the train, and the fate of a ticket on a train that runs is that it stands as booked,
never a question outside railways; in English and in Devanagari. How many of a booking are
confirmed, its waiting now and what happens now are that booking's, and the stop a train was just
asked about is where "how long does it stop there?" asks. Follow-ups in Hinglish and Hindi are
answered as their English would be: a halt asked as "कितना रुकती है" is the train's minutes at the
station said, and "non ac me kitna" after a fare of a train with only AC classes says it has
none. What the bot just said stays in hand: "how long at kota?" after a route is that train's
halt there, and "what should I do now?" after a train's status is how it runs and what can be
checked of it, not the menu."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import respx

from app.i18n import t
from tests.support.messenger import running_app
from tests.support.railradar_fake import PNR_WAITLISTED, FakeRailRadar
from tests.test_alerts_e2e import Graph, JsonObject, Thread
from tests.test_railradar_e2e import settings_for

# How long the rest of an answer's messages take to follow its first.
_SETTLE_S = 0.3


@pytest.fixture
def world() -> Iterator[Graph]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        FakeRailRadar(router).per_minute = 1000
        yield Graph(router)


async def test_the_rac_passenger_and_the_tickets_fate_are_answered_of_the_booking(
    clean_redis: str, tmp_path: Path, world: Graph
) -> None:
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=1000)) as (_, client):
        english = Thread(client, world, "7220000000000001")
        await _answer(english, f"pnr {PNR_WAITLISTED}")
        rac = await _answer(english, "will the RAC one get a berth?")
        fate = await _answer(english, "what happens to my ticket?")
        hindi = Thread(client, world, "7220000000000002")
        await _answer(hindi, f"पीएनआर {PNR_WAITLISTED}")
        waiting = await _answer(hindi, "वेटिंग वाले को बर्थ मिलेगी?")
    assert f"PNR {PNR_WAITLISTED}: P2 RAC 7" in rac and "Seats" not in rac
    assert "P1" not in rac
    assert "nothing happens to your ticket" in fate and "only know Indian Railways" not in fate
    assert "P1 वेटिंग 12" in waiting and "P2" not in waiting and "सीटें" not in waiting


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


async def _answer(thread: Thread, words: str) -> str:
    """The text of every message the answer to `words` is made of."""
    before = len(thread.graph.to(thread.user))
    await thread.say(words)
    await asyncio.sleep(_SETTLE_S)
    messages: list[JsonObject] = [call["message"] for call in thread.graph.to(thread.user)[before:]]
    return "\n".join(message.get("text", "") for message in messages)


async def test_a_booking_and_a_stop_just_shown_stay_in_hand_through_the_webhook(
    clean_redis: str, tmp_path: Path, world: Graph
) -> None:
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=1000)) as (_, client):
        booking = Thread(client, world, "7220000000000003")
        await _answer(booking, f"pnr {PNR_WAITLISTED}")
        count = await _answer(booking, "how many of us are confirmed?")
        waiting = await _answer(booking, "how much waiting now?")
        now = await _answer(booking, "what happens now?")
        stop = Thread(client, world, "7220000000000004")
        await _answer(stop, "what time does 12951 reach kota")
        halt = await _answer(stop, "how long does it stop there?")
    assert "None of the 2 confirmed yet" in count and "🎫" not in count
    assert "Waiting list now: P1 GNWL 12" in waiting and "₹" not in waiting
    assert "RAC passengers can board" in now and "cancelled automatically" in now
    assert "Which station" not in now
    assert "halts" in halt and "Kota" in halt and "At which station" not in halt
