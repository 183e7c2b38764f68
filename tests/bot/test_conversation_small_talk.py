"""Whole conversations on the sample railway with small talk: asked to cheer one up ("say
something nice to me", "kuch accha bolo", "koi joke sunao") or what RailBot ate, it answers
with a friendly word and the menu, never the list of services it does not cover; asked where it
is from or lives ("aap kaha se ho", "तुम कहाँ रहते हो"), it says who it is, as for "where do you
live"."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

CHAT = "😊 Nice of you to chat! I'm just RailBot, though: I only know Indian Railways."
CHAT_HI = "😊 बात करने के लिए शुक्रिया! पर मैं बस RailBot हूँ"


@pytest.mark.parametrize(
    ("said", "friendly"),
    [
        ("say something nice to me", CHAT),
        ("kuch accha bolo", CHAT),
        ("koi joke sunao", CHAT),
        ("what did you eat today", CHAT),
        ("tumne aaj kya khaya", CHAT),
        ("कुछ अच्छा बोलो", CHAT_HI),
        ("आज क्या खाया तुमने", CHAT_HI),
    ],
)
async def test_small_talk_gets_a_friendly_word_not_the_refusal(
    store: Store, clock: FakeClock, said: str, friendly: str
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say(said)
    answer = text_of(replies)
    assert friendly in answer
    assert "Not flights" not in answer and "फ़्लाइट" not in answer
    assert "You're welcome" not in answer  # "nice" asked for is no thanks
    assert replies[-1].quick_replies  # the menu


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("aap kaha se ho", "I'm RailBot, an automatic assistant (a bot, not a person)"),
        ("where are you from", "I'm RailBot, an automatic assistant (a bot, not a person)"),
        ("तुम कहाँ रहते हो", "मैं RailBot हूँ"),
        ("आप कहाँ से हैं", "मैं RailBot हूँ"),
    ],
)
async def test_where_it_is_from_gets_who_it_is(
    store: Store, clock: FakeClock, said: str, who: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(said))
    assert who in answer
    assert "Which train?" not in answer and "Not flights" not in answer


async def test_a_mood_told_with_a_railway_question_is_the_question(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("12627 kahan hai, kuch accha bolo"))
    assert "🚆 12627 Karnataka Express" in answer and "Nice of you to chat" not in answer
