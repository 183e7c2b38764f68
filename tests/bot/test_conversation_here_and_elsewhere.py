"""Whole conversations on the sample railway for what a traveller says of where they are and
what is not a railway question at all: "from here" is the station in hand (a shared location's
nearest) and, with none, the start is asked; the station "near me" asks for their location; chit-
chat and moving house are outside railways, never a journey or a board."""

from __future__ import annotations

import datetime as dt

import pytest

from app.store import Store
from tests.bot.harness import TZ, sample_chat, text_of
from tests.conftest import FakeClock

# Beside KSR Bengaluru City (SBC first).
_BENGALURU = (12.9779, 77.5713)
_FRIDAY_EVENING = dt.datetime(2026, 12, 11, 19, 45, tzinfo=TZ)


@pytest.mark.parametrize(
    "asked",
    [
        "yahan se mysore kal ki trains",
        "trains from here to mysore tomorrow",
        "यहाँ से मैसूर कल की गाड़ियाँ",
    ],
)
async def test_from_here_after_a_shared_location_starts_at_its_nearest_station(
    store: Store, asked: str
) -> None:
    clock = FakeClock(_FRIDAY_EVENING.timestamp())
    async with sample_chat(store, clock) as user:
        await user.share_location(*_BENGALURU)
        trains = text_of(await user.say(asked))
    assert "(SBC)" in trains and "(MYS)" in trains and "12007" in trains


@pytest.mark.parametrize(
    ("asked", "question"),
    [
        ("yahan se mysore kal ki trains", "starting from"),
        ("trains from here to mysore tomorrow", "starting from"),
        ("यहाँ से मैसूर कल की गाड़ियाँ", "से चलेंगे"),
    ],
)
async def test_from_here_with_no_place_in_hand_asks_where_from(
    store: Store, clock: FakeClock, asked: str, question: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert question in answer
    assert "(MYS) →" not in answer


@pytest.mark.parametrize(
    ("asked", "ask"),
    [
        ("mere paas wala station", "share your location"),
        ("railway station near me", "share your location"),
        ("मेरे पास का स्टेशन", "अपनी लोकेशन भेजें"),
    ],
)
async def test_the_station_near_me_asks_for_the_travellers_location(
    store: Store, clock: FakeClock, asked: str, ask: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert ask in answer


@pytest.mark.parametrize(
    ("said", "outside"),
    [
        ("bhai kuch accha bolo", "I only know Indian Railways"),
        ("say something nice, i am bored", "I only know Indian Railways"),
        ("कुछ अच्छा बोलो", "सिर्फ़ भारतीय रेल के बारे में जानता हूँ"),  # small talk, told so
        ("shifting from bangalore to hyderabad", "I only know Indian Railways"),
        ("ghar shift karna hai pune se", "I only know Indian Railways"),
        ("घर का सामान पटना से कोलकाता शिफ्ट करना है", "मैं सिर्फ़ भारतीय रेल के बारे में"),
    ],
)
async def test_chit_chat_and_moving_house_are_outside_railways(
    store: Store, clock: FakeClock, said: str, outside: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(said))
    assert outside in answer
    assert "→" not in answer and "Departures" not in answer and "प्रस्थान" not in answer


async def test_a_journey_asked_while_moving_house_is_still_a_journey(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("shifting to mysore, trains from bangalore tomorrow?"))
    assert "(SBC)" in answer and "(MYS)" in answer
    assert "I only know Indian Railways" not in answer
