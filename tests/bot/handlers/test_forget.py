"""Forgetting a person, asked for in the traveller's own words: the bot asks once, in their
language, and deletes only when they say yes — even in the middle of another question."""

from __future__ import annotations

from app.constants import LANGUAGE_PREFIX, STATE_PREFIX
from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


async def test_asked_mid_question_in_hinglish_it_confirms_then_deletes(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("reply in english")
        asked = text_of(await user.say("fare"))
        assert await store.get(STATE_PREFIX + user.user) is not None
        question = await user.say("meri saari details hata dijiye")
        assert await store.get(LANGUAGE_PREFIX + user.user) is not None
        done = text_of(await user.tap_titled("Yes, delete it"))
        assert await store.get(LANGUAGE_PREFIX + user.user) is None
        assert await store.get(STATE_PREFIX + user.user) is None
    assert "starting from" in asked
    assert "Shall I delete everything I keep about you?" in text_of(question)
    assert set(chips(question)) == {"Yes, delete it", "No, keep it"}
    assert done.startswith("Done: I have deleted everything")


async def test_asked_in_devanagari_it_asks_in_hindi_and_no_keeps_everything(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("हिंदी में बात करो")
        question = text_of(await user.say("मेरी जानकारी मिटा दीजिए"))
        kept = text_of(await user.tap_titled("नहीं, रहने दें"))
        assert await store.get(LANGUAGE_PREFIX + user.user) is not None
    assert question.startswith("क्या मैं आपके बारे में रखी सारी जानकारी मिटा दूँ?")
    assert kept == "ठीक है, मैंने कुछ नहीं मिटाया।"


async def test_stopping_an_alert_with_the_same_verbs_deletes_nothing_else(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("hindi me")
        stopped = text_of(await user.say("remove alert for 4512345678"))
        assert await store.get(LANGUAGE_PREFIX + user.user) is not None
    assert "मिटा दूँ" not in stopped and "4512345678" in stopped
