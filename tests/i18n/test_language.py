"""Which language a message is answered in, and a person's choice kept in the store."""

from __future__ import annotations

import datetime as dt

import pytest

from app import privacy
from app.constants import LANGUAGE_PREFIX, LANGUAGE_TTL_S
from app.i18n.language import reply_language, script_language, tapped_language
from app.i18n.preference import LanguagePreferences, Preference
from app.store import Store

TODAY = dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("मेरा पीएनआर बताओ", "hi"),
        ("नमस्ते", "hi"),
        ("12627 कहाँ है", "hi"),
        ("SBC से NDLS कल", "hi"),  # codes in capitals are Latin in Hindi too
        ("12627 में 3A सीट NDLS से MMCT", "hi"),
        ("NDLS se BCT kal", "en"),
        ("pnr ४५१२३४५६७८ का status", "hi"),  # a Hindi word among English ones: Hindi
        ("where is 12627 ट्रेन", "hi"),
        ("४५१२३४५६७८", "hi"),
        ("PNR STATUS", "en"),
        ("pnr 4512345678", None),  # the word PNR in any case is no language's word
        ("Pnr: 4512345678", None),
        ("pnr status 4512345678", "en"),
        ("12627 kahan hai bhai", "en"),
        ("kal ki train", "en"),
        ("4512345678", None),
        ("XYZQ", None),  # codes in capitals are no language's words
        ("BPL NDLS 3A", None),
        ("PNR", None),
        ("sl", None),  # a class's code in small letters, answering "कौन सी क्लास?"
        ("2a, 3a", None),
        ("sleeper", "en"),
        ("🙏", None),
        ("", None),
    ],
)
def test_the_script_says_the_language(text: str, language: str | None) -> None:
    assert script_language(text) == language


def test_devanagari_is_answered_in_hindi_and_hinglish_in_english() -> None:
    assert reply_language("मेरा पीएनआर बताओ", chosen=None, last=None) == "hi"
    assert reply_language("mera pnr batao", chosen=None, last="hi") == "en"


def test_a_chosen_language_outranks_the_script() -> None:
    assert reply_language("mera pnr batao", chosen="hi", last="en") == "hi"
    assert reply_language("मेरा पीएनआर बताओ", chosen="en", last="en") == "en"


def test_a_message_without_letters_keeps_the_conversations_language() -> None:
    assert reply_language("4512345678", chosen=None, last="hi") == "hi"
    assert reply_language("4512345678", chosen=None, last=None) == "en"


@pytest.mark.parametrize("text", ["pnr 4512345678", "PNR 4512345678", "12627", "👍"])
def test_a_pnr_a_train_number_or_an_emoji_keeps_the_conversations_language(text: str) -> None:
    assert reply_language(text, chosen=None, last="hi") == "hi"
    assert reply_language(text, chosen=None, last="en") == "en"
    assert reply_language(text, chosen="en", last="hi") == "en"  # a choice said still wins


def test_station_codes_in_small_letters_keep_the_conversations_language() -> None:
    """The codes the message was read to name ("ndls", "bpl ndls") are no words of its own;
    the same letters, not read as codes, are a Latin message's."""
    assert reply_language("ndls", chosen=None, last="hi", codes=("NDLS",)) == "hi"
    assert reply_language("bpl ndls", chosen=None, last="hi", codes=("BPL", "NDLS")) == "hi"
    assert reply_language("ndls", chosen=None, last="hi") == "en"
    assert reply_language("trains from ndls", chosen=None, last="hi", codes=("NDLS",)) == "en"


@pytest.mark.parametrize(
    "text", ["ok", "Thanks!", "haan ji", "yes", "reset", "menu", "ok thank you"]
)
def test_a_reply_word_alone_keeps_the_conversations_language(text: str) -> None:
    assert reply_language(text, chosen=None, last="hi") == "hi"
    assert reply_language(text, chosen=None, last="en") == "en"
    assert reply_language(text, chosen=None, last=None) == "en"


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("मेरा PNR स्टेटस बताइए", "hi"),  # an ice breaker of a Page's Hindi profile
        ("शुरू करें", "hi"),  # the Get Started button where Facebook is in Hindi
        ("Get Started", "en"),
        ("हिंदी / English", "en"),  # both scripts: nothing said, the default
        ("English / हिंदी", "en"),
    ],
)
def test_a_new_persons_tap_is_answered_in_the_language_of_its_title(
    title: str, language: str
) -> None:
    assert tapped_language(title, chosen=None, last=None) == language


def test_a_tap_in_a_conversation_keeps_its_language_whatever_the_title() -> None:
    assert tapped_language("12627 Karnataka Express", chosen=None, last="hi") == "hi"
    assert tapped_language("PNR स्टेटस", chosen=None, last="en") == "en"
    assert tapped_language("PNR स्टेटस", chosen="en", last=None) == "en"


def test_a_reply_word_beside_a_question_is_the_questions_language() -> None:
    assert reply_language("ok 12627 kahan hai", chosen=None, last="hi") == "en"
    assert reply_language("yes sleeper fare", chosen=None, last="hi") == "en"


async def test_a_choice_is_kept_per_person_for_a_year(store: Store) -> None:
    preferences = LanguagePreferences(store)
    await preferences.choose("user-1", "hi", today=TODAY)
    assert (await preferences.load("user-1")).chosen == "hi"
    assert (await preferences.load("user-2")) == Preference()
    remaining = await store.ttl(LANGUAGE_PREFIX + "user-1")
    assert remaining is not None and LANGUAGE_TTL_S - 5 < remaining <= LANGUAGE_TTL_S


async def test_a_choice_can_be_changed_back(store: Store) -> None:
    preferences = LanguagePreferences(store)
    await preferences.choose("user-1", "hi", today=TODAY)
    await preferences.choose("user-1", "en", today=TODAY)
    known = await preferences.load("user-1")
    assert known.chosen == "en" and known.reply_in("नमस्ते") == "en"


async def test_the_last_language_is_written_only_when_it_changes(store: Store) -> None:
    preferences = LanguagePreferences(store)
    known = await preferences.remember("user-1", Preference(), used="hi", today=TODAY)
    await store.delete(LANGUAGE_PREFIX + "user-1")
    same = await preferences.remember("user-1", known, used="hi", today=TODAY)
    assert same == known and await store.get(LANGUAGE_PREFIX + "user-1") is None
    await preferences.remember("user-1", known, used="hi", today=TODAY + dt.timedelta(days=1))
    assert (await preferences.load("user-1")).last == "hi"


async def test_an_unreadable_preference_is_dropped(store: Store) -> None:
    await store.set(LANGUAGE_PREFIX + "user-1", "{not json")
    assert await LanguagePreferences(store).load("user-1") == Preference()


async def test_forget_me_deletes_the_language_choice(store: Store) -> None:
    preferences = LanguagePreferences(store)
    await preferences.choose("user-1", "hi", today=TODAY)
    await privacy.forget(store, "user-1")
    assert await store.get(LANGUAGE_PREFIX + "user-1") is None
    assert await preferences.load("user-1") == Preference()
