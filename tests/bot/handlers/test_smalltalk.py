"""Small talk: what is said to a message that asks nothing the bot reads (here, a shared link),
in the person's language, with the menu a tap away."""

from __future__ import annotations

import pytest

from app.i18n import t
from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

NEWS = "https://timesofindia.indiatimes.com/city/delhi/rajdhani-running-late/articleshow/1.cms"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("https://www.irctc.co.in/nget/train-search", "en"),
        (NEWS, "en"),  # "delhi", "rajdhani", "late" are the address's, not a question
        ("https://youtu.be/abc123", "en"),  # nor is "123" a number mistyped
        (f"is this real? {NEWS}", "en"),
        (f"यह सच है क्या? {NEWS}", "hi"),
    ],
)
async def test_a_shared_link_is_said_not_to_be_opened(
    text: str, language: str, store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say(text)
    assert text_of(replies) == t(language, "talk.link")
    assert replies[0].quick_replies


async def test_a_question_beside_a_link_is_answered(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("pnr 4512345678 https://www.irctc.co.in/nget/pnr")
    assert text_of(replies).startswith("🎫 PNR 4512345678")


@pytest.mark.parametrize(
    ("text", "language"),
    [("isko kaise use karte hai", "en"), ("how do i use this bot", "en"), ("ये कैसे चलाना है", "hi")],
)
async def test_how_to_use_the_bot_is_answered_with_what_it_does(
    store: Store, clock: FakeClock, text: str, language: str
) -> None:
    async with sample_chat(store, clock) as user:
        if language == "hi":
            await user.say("हिंदी में")
        replies = await user.say(text)
    assert text_of(replies).startswith(t(language, "talk.help"))


@pytest.mark.parametrize(
    ("text", "language"),
    [("bhai mood off hai kuch accha bolo", "en"), ("मेरा मन नहीं लग रहा कुछ अच्छा बोलो", "hi")],
)
async def test_asked_to_cheer_one_up_gets_the_friendly_small_talk_answer(
    store: Store, clock: FakeClock, text: str, language: str
) -> None:
    async with sample_chat(store, clock) as user:
        if language == "hi":
            await user.say("हिंदी में")
        replies = await user.say(text)
    assert text_of(replies).startswith(t(language, "talk.chat"))


@pytest.mark.parametrize(("text", "language"), [("bhai mood off hai", "en")])
async def test_a_mood_told_alone_gets_the_short_only_railways_answer(
    store: Store, clock: FakeClock, text: str, language: str
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say(text)
    assert text_of(replies).startswith(t(language, "talk.out_of_scope"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("flipkart return pickup did not come", "en"),
        ("my indigo flight 6E 2134 from delhi to mumbai on time", "en"),
        ("apni gaadi se lucknow se banaras jaa rahe hain, raste me achha dhaba batao", "en"),
        ("अमेज़न का ऑर्डर कब आएगा", "hi"),
        ("सिनेमा का टिकट कैसे कैंसल करें", "hi"),
    ],
)
async def test_a_question_outside_railways_gets_the_only_railways_answer_and_the_menu(
    store: Store, clock: FakeClock, text: str, language: str
) -> None:
    """Never a station asked for nor a list of trains, even with cities or a ticket in it; a
    message in Devanagari is answered in Hindi without asking for it."""
    async with sample_chat(store, clock) as user:
        replies = await user.say(text)
    assert text_of(replies) == t(language, "talk.out_of_scope")
    titles = [chip.title for chip in replies[-1].quick_replies]
    assert t(language, "menu.pnr") in titles and t(language, "menu.help") in titles


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hi what are you doing right now", "en"),
        ("khana kha liya tumne", "en"),
        ("will you be my girlfriend", "en"),
        ("खाना खाया?", "hi"),
        ("और सुनाओ क्या चल रहा है", "hi"),
    ],
)
async def test_small_talk_gets_a_friendly_word_and_the_menu(
    store: Store, clock: FakeClock, text: str, language: str
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say(text)
    assert text_of(replies) == t(language, "talk.chat")
    assert t(language, "menu.pnr") in [chip.title for chip in replies[-1].quick_replies]


@pytest.mark.parametrize(
    "text",
    ["hi good morning, pnr 4512345678 status please", "नमस्ते भाई पीएनआर 4512345678 का स्टेटस बताओ"],
)
async def test_a_greeting_beside_a_railway_question_is_the_question(
    store: Store, clock: FakeClock, text: str
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say(text)
    assert "4512345678" in text_of(replies)
    assert t("en", "talk.intro") not in text_of(replies)
    assert t("hi", "talk.intro") not in text_of(replies)


@pytest.mark.parametrize(
    ("said", "was", "again"),
    [
        ("galat hai", "My answer was for 12627 · SBC → NDLS · 3A", "Check again"),
        ("this is not correct", "My answer was for 12627 · SBC → NDLS · 3A", "Check again"),
        ("यह सही नहीं है", "मेरा जवाब 12627 · SBC → NDLS · 3A", "फिर से देखें"),
    ],
)
async def test_an_answer_said_to_be_wrong_says_what_it_was_for_and_how_to_change_it(
    store: Store, clock: FakeClock, said: str, was: str, again: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("fare 12627 SBC NDLS 3A")
        replies = await user.say(said)
    text = text_of(replies)
    assert was in text
    assert "didn't get that" not in text
    assert again in [chip.title for chip in replies[-1].quick_replies]


async def test_a_correction_said_with_wrong_is_the_same_answer_corrected(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("fare 12627 SBC NDLS 3A")
        replies = await user.say("that's wrong, I travelled in sleeper")
    assert "SL (Sleeper)" in text_of(replies)
    assert "12627 Karnataka Express" in text_of(replies)
