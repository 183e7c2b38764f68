"""The language a message is answered in, as the conversation decides it: a message with no
words of its own ("pnr 4512345678", a station's code in small letters) keeps the language the
person last wrote in; a choice said and a Latin sentence keep their own."""

from __future__ import annotations

from app.i18n import t
from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

HINDI_TRIP = "मुझे कल दिल्ली से मुंबई जाना है"


async def test_a_pnr_after_a_hindi_question_is_answered_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(HINDI_TRIP)
        booking = text_of(await user.say("pnr 4512345678"))
    assert t("hi", "pnr.chart_not_prepared") in booking, booking
    assert t("en", "pnr.chart_not_prepared") not in booking, booking


async def test_a_stations_code_in_small_letters_after_a_hindi_question_is_answered_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(HINDI_TRIP)
        station = text_of(await user.say("ndls"))
    assert "NDLS: New Delhi स्टेशन" in station, station


async def test_a_latin_sentence_or_a_choice_said_outranks_the_conversations_language(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(HINDI_TRIP)
        sentence = text_of(await user.say("trains from ndls"))
        await user.say(HINDI_TRIP)
        await user.say("in english")
        chosen = text_of(await user.say("pnr 4512345678"))
    assert "स्टेशन" not in sentence and "ट्रेन" not in sentence, sentence
    assert t("en", "pnr.chart_not_prepared") in chosen, chosen
