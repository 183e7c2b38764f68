"""Conversations in Hindi and English end to end: signed webhook bodies through the ASGI app and
its worker, the real bot on the sample railway, the Send API mocked. A message in Devanagari is
answered in Hindi and one in Latin letters in English, until the person chooses a language: the
choice is kept (across a restart, in Redis) until they change it back."""

from __future__ import annotations

import asyncio
import itertools
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from app.config import Settings
from app.constants import LANGUAGE_PREFIX
from app.i18n import t
from app.i18n.language import has_devanagari
from app.messenger.profile import LOCALES, profile_payload
from tests.support.latin_words import latin_words
from tests.support.messenger import (
    PAGE_ID,
    GraphRecorder,
    make_settings,
    message_body,
    running_app,
    signed_headers,
)

USER = "7001000000000101"
_MIDS = itertools.count(1)


def sample_settings(backend: str | None, tmp_path: Path) -> Settings:
    return make_settings(backend, railway_provider="sample", data_dir=tmp_path)


class Chat:
    """One person writing to the Page, and what the Page sends back."""

    def __init__(self, client: httpx.AsyncClient, graph: GraphRecorder, user: str = USER) -> None:
        self.client, self.graph, self.user = client, graph, user

    async def say(self, text: str | None = None, *, tap: str | None = None) -> dict[str, Any]:
        """Send a text (or tap a button with payload `tap`) and return the one reply."""
        before = len(self.sent())
        body = message_body(self.user, f"m.{next(_MIDS)}", text or "")
        if tap is not None:
            body = postback_body(self.user, tap)
        response = await self.client.post("/webhook", content=body, headers=signed_headers(body))
        assert response.status_code == 200
        for _ in range(500):
            if len(self.sent()) > before:
                await asyncio.sleep(0.05)
                return self.sent()[-1]
            await asyncio.sleep(0.02)
        raise AssertionError(f"no reply to {text or tap!r}")

    def sent(self) -> list[dict[str, Any]]:
        """The messages sent to this person (not sender actions such as typing)."""
        return self.graph.messages_to(self.user)


def postback_body(user: str, payload: str, title: str = "tap") -> bytes:
    import json

    event = {
        "sender": {"id": user},
        "recipient": {"id": PAGE_ID},
        "timestamp": 1_795_000_000_000,
        "postback": {"mid": f"p.{next(_MIDS)}", "title": title, "payload": payload},
    }
    entry = {"id": PAGE_ID, "time": 1_795_000_000_000, "messaging": [event]}
    return json.dumps({"object": "page", "entry": [entry]}).encode()


def chips(message: dict[str, Any]) -> list[str]:
    return [q["title"] for q in message.get("quick_replies", [])]


def hindi(message: dict[str, Any]) -> bool:
    return has_devanagari(message.get("text", ""))


async def test_devanagari_is_answered_in_hindi_and_latin_letters_in_english(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    async with running_app(sample_settings(backend, tmp_path)) as (_, client):
        chat = Chat(client, graph)
        namaste = await chat.say("नमस्ते")
        assert namaste["text"].startswith("नमस्ते! 🙏 मैं RailBot हूँ")
        assert t("hi", "menu.pnr") in chips(namaste) and "In English" in chips(namaste)
        ask = await chat.say("मेरा पीएनआर बताओ")
        assert ask["text"] == t("hi", "pnr.ask")
        card = await chat.say("4512345678")  # digits alone: the conversation's language
        assert "P3 आरएसी 12" in card["text"] and hindi(card)
        assert card["text"].endswith(t("hi", "source.sample"))
        english = await chat.say("12627 kahan hai")
        assert not hindi(english) and "12627 Karnataka Express" in english["text"]
        assert t("en", "source.sample") in english["text"]


async def test_a_chosen_language_sticks_across_a_restart_until_changed_back(
    clean_redis: str, graph: GraphRecorder, tmp_path: Path
) -> None:
    settings = sample_settings(clean_redis, tmp_path)
    async with running_app(settings) as (_, client):
        chat = Chat(client, graph)
        chosen = await chat.say("in hindi please")
        assert chosen["text"] == t("hi", "language.now_hindi")
        card = await chat.say("pnr 4512345678")  # Latin letters, but Hindi was chosen
        assert hindi(card) and "P3 आरएसी 12" in card["text"] and latin_words(card) == []
    kept = redis.Redis.from_url(clean_redis).get(LANGUAGE_PREFIX + USER)
    assert kept is not None and b'"chosen":"hi"' in kept
    async with running_app(settings) as (_, client):  # a new process: the choice is in Redis
        chat = Chat(client, graph)
        assert hindi(await chat.say("hello"))
        back = await chat.say("reply in english")
        assert back["text"] == t("en", "language.now_english")
        assert not hindi(await chat.say("pnr 4512345678"))
        assert not hindi(await chat.say("मेरा पीएनआर बताओ"))  # a choice outranks the script


async def test_the_language_button_switches_and_offers_the_way_back(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    async with running_app(sample_settings(backend, tmp_path)) as (_, client):
        chat = Chat(client, graph)
        which = await chat.say(tap="LANGUAGE")  # the persistent menu's language button
        assert chips(which) == ["हिंदी", "English"]
        switched = await chat.say(tap="LANG:hi")
        assert switched["text"] == t("hi", "language.now_hindi")
        assert "In English" in chips(switched)
        assert hindi(await chat.say("help"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("book a flight from delhi to goa", "en"),
        ("hotel near howrah station", "en"),
        ("ola cab to the airport", "en"),
        ("दिल्ली से गोवा की फ्लाइट बुक करो", "hi"),
        ("मोबाइल रिचार्ज करना है", "hi"),
        # railway words and numbers that belong to something else
        ("recharge 9876543210 with 299 plan", "en"),  # never a PNR card
        ("visa appointment waiting", "en"),  # never seats
        ("my wedding got cancelled", "en"),  # never the cancelled trains
        ("toll charges mumbai to pune", "en"),  # never "Which Mumbai?"
        ("मेरा ऑर्डर 4012345678 कब आएगा", "hi"),
        ("अस्पताल में वेटिंग लिस्ट कितनी लंबी है", "hi"),
        ("जहाज में बर्थ कैसे बुक करें", "hi"),
        ("दिल्ली से आगरा टैक्सी का किराया", "hi"),
        # everyday life with no railway word, or only one railway questions share ("kal")
        ("kal mera interview hai kuch tips do", "en"),  # never "didn't understand"
        ("insta account hack ho gaya help karo", "en"),  # never RailBot's help
        ("how to improve my spoken english", "en"),  # never a language switch
        ("आज मेरा मन बहुत उदास है", "hi"),
        # another way of travelling's booking, and topics said by a sign
        ("flight PNR 4512345678 status", "en"),  # never that PNR's status
        ("फ्लाइट का पीएनआर 4512345678 है", "hi"),
        ("bus ka waiting list confirm hoga kya", "en"),  # never a chance of confirmation
        ("✈️ ticket price mumbai to dubai", "en"),  # never "Which Mumbai?"
        # a closing alone, a fraction of fiction, a greeting before another topic
        ("metro band hai kya aaj", "en"),  # never the cancelled trains
        ("बसें नहीं चल रहीं आज", "hi"),  # never a train's running
        ("what is platform 9 3/4", "en"),  # never a platform on 3 April
        ("नमस्ते, मेरा फ़ोन हैंग हो रहा है", "hi"),  # never a greeting back
    ],
)
async def test_questions_outside_railways_get_a_short_answer_and_the_menu(
    text: str, language: str, graph: GraphRecorder, tmp_path: Path
) -> None:
    async with running_app(sample_settings(None, tmp_path)) as (_, client):
        reply = await Chat(client, graph).say(text)
    assert reply["text"] == t("hi" if language == "hi" else "en", "talk.out_of_scope")
    assert len(chips(reply)) >= 9  # the menu, never a station question or a list of trains


async def test_a_hindi_chooser_asking_outside_railways_in_latin_letters_is_answered_in_hindi(
    graph: GraphRecorder, tmp_path: Path
) -> None:
    async with running_app(sample_settings(None, tmp_path)) as (_, client):
        chat = Chat(client, graph)
        await chat.say("in hindi please")
        reply = await chat.say("flight PNR 4512345678 status")
    assert reply["text"] == t("hi", "talk.out_of_scope")
    assert len(chips(reply)) >= 9  # the menu


@pytest.mark.parametrize(
    ("text", "language"), [("lkjhgf qwzx", "en"), ("zzz", "en"), ("कखग घचछ", "hi")]
)
async def test_gibberish_and_fillers_are_not_understood_never_outside_railways(
    text: str, language: str, graph: GraphRecorder, tmp_path: Path
) -> None:
    async with running_app(sample_settings(None, tmp_path)) as (_, client):
        reply = await Chat(client, graph).say(text)
    assert reply["text"].startswith(t(language, "talk.not_understood"))
    assert len(chips(reply)) >= 9  # the menu, to show what to ask


# Latin letters a Hindi answer may hold: names (capitalised: stations, trains, "My Bookings"),
# codes and statuses in capitals, anything with a digit (S6/71, 3A), addresses (irctc.co.in), and
# what is quoted for the person to type (“reply in english”).
_LATIN_ALLOWED = re.compile(r"“[^”]*”|\S+\.[a-z]\S*|[A-Z][\w.'/-]*|\S*\d\S*")
_ENGLISH_WORD = re.compile(r"[a-z]{2,}")


def english_leaks(message: dict[str, Any]) -> list[str]:
    """Lower-case English words in a message meant to be in Hindi (text and quick replies; the
    button that switches to English is meant to be in English)."""
    titles = [title for title in chips(message) if title != "In English"]
    texts = [message.get("text", ""), *titles]
    return [word for text in texts for word in _ENGLISH_WORD.findall(_LATIN_ALLOWED.sub(" ", text))]


HINDI_CONVERSATION = (
    "नमस्ते",
    "पीएनआर 4512345678",  # PNR status, with the sample-data line
    "पीएनआर 4545678901",  # its train is cancelled
    "12627 कहाँ है",  # live status
    "12627 का रूट",
    "नई दिल्ली का कोड",  # station by name
    "NDLS कौन सा स्टेशन है",  # station by code
    "नई दिल्ली से अगले 4 घंटे की ट्रेनें",  # departures
    "SBC से NDLS कल",  # trains between: codes in capitals, still Hindi
    "12627 SBC से NDLS स्लीपर किराया",  # fare and its parts
    "12627 कल स्लीपर सीट SBC से NDLS",  # seats
    "आज रद्द ट्रेनें",
    "आज किन ट्रेनों का समय बदला",  # rescheduled
    "क्या 12627 भोपाल में रुकती है",  # stops at
    "नई दिल्ली पर आने वाली ट्रेनें",  # arrivals
    "अलर्ट 4534567890",
    "मेरे अलर्ट",
    "4534567890 का अलर्ट बंद करो",
    "आरएसी क्या है",  # a railway word explained
    "टिकट बुक करना है",  # what RailBot cannot do
    "बोर्डिंग स्टेशन बदलना है",
    "पैसे कट गए पर टिकट नहीं बना",
    "होटल बुक करो",  # outside railways
    "पीएनआर 1234567890",  # errors: no such PNR, no such train
    "99999 कहाँ है",
    "धन्यवाद",
    "मदद",
)


async def test_a_person_writing_in_hindi_gets_every_feature_in_hindi(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    """Every feature, alerts, errors, quick replies and the sample-data line, through the
    webhook: each answer is in Hindi, with no English words but names, codes and addresses."""
    settings = make_settings(
        backend, railway_provider="sample", data_dir=tmp_path, rate_limit_per_minute=100
    )
    async with running_app(settings) as (_, client):
        chat = Chat(client, graph)
        replies = {text: await chat.say(text) for text in HINDI_CONVERSATION}
    leaks = {text: english_leaks(reply) for text, reply in replies.items() if english_leaks(reply)}
    assert leaks == {}
    latin = {text: latin_words(reply) for text, reply in replies.items() if latin_words(reply)}
    assert latin == {}
    assert all(hindi(reply) for reply in replies.values())
    sample = t("hi", "source.sample")
    assert sample in replies["पीएनआर 4512345678"]["text"]
    assert sample in replies["SBC से NDLS कल"]["text"]
    assert "12627" in replies["SBC से NDLS कल"]["text"]
    assert t("hi", "fare.part.base_fare") in replies["12627 SBC से NDLS स्लीपर किराया"]["text"]


@pytest.mark.parametrize("locale", ["default", "hi_IN"])
async def test_a_new_person_tapping_an_ice_breaker_is_answered_in_its_locales_language(
    locale: str, graph: GraphRecorder, tmp_path: Path
) -> None:
    """Facebook shows a person the Page's ice breakers and menu in their own locale: a first
    tap on a Hindi one is a Hindi speaker's, and is answered in Hindi."""
    language = dict(LOCALES)[locale]
    profile = profile_payload()
    ice = next(i for i in profile["ice_breakers"] if i["locale"] == locale)["call_to_actions"]
    menu = next(m for m in profile["persistent_menu"] if m["locale"] == locale)
    taps = [(i["question"], i["payload"]) for i in ice]
    taps += [(m["title"], m["payload"]) for m in menu["call_to_actions"]]
    async with running_app(sample_settings(None, tmp_path)) as (_, client):
        for number, (title, payload) in enumerate(taps):
            user = f"70010000000002{number:02d}"
            body = postback_body(user, payload, title)
            response = await client.post("/webhook", content=body, headers=signed_headers(body))
            assert response.status_code == 200
        await graph.wait_for_messages(len(taps))
    for number, (title, _) in enumerate(taps):
        [answer] = graph.messages_to(f"70010000000002{number:02d}")
        both_scripts = has_devanagari(title) and re.search("[a-z]{3}", title)
        first_line = answer["text"].split("\n")[0]
        in_hindi = has_devanagari(first_line)
        assert in_hindi == (language == "hi" and not both_scripts), (title, first_line)


@pytest.mark.parametrize(("first", "language"), [("नमस्ते", "hi"), ("hello", "en")])
async def test_a_voice_note_is_told_only_text_is_read_in_the_persons_language(
    first: str, language: str, graph: GraphRecorder, tmp_path: Path
) -> None:
    import json

    async with running_app(sample_settings(None, tmp_path)) as (_, client):
        chat = Chat(client, graph)
        await chat.say(first)
        voice = {"type": "audio", "payload": {"url": "https://cdn.fbsbx.com/v/audioclip.mp4"}}
        event = {
            "sender": {"id": USER},
            "recipient": {"id": PAGE_ID},
            "timestamp": 1_795_000_001_000,
            "message": {"mid": f"m.{next(_MIDS)}", "attachments": [voice]},
        }
        entry = {"id": PAGE_ID, "time": 1_795_000_001_000, "messaging": [event]}
        body = json.dumps({"object": "page", "entry": [entry]}).encode()
        response = await client.post("/webhook", content=body, headers=signed_headers(body))
        assert response.status_code == 200
        await graph.wait_for_messages(2)
    assert [m["text"] for m in chat.sent()[1:]] == [t(language, "talk.attachment")]
