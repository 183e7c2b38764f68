"""Hindi conversations end to end through the webhook, beyond one question per feature: the
questions asked back for what is missing, every feature asked in Latin-script Hinglish by a
person who chose Hindi, the language chosen and changed back in every way it can be said, and
the railway's failures, all answered in Hindi with Hindi buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import respx

from app.i18n import t
from tests.bot.harness import API_KEY, API_URL, refusal
from tests.messenger.test_languages import Chat, chips, english_leaks, hindi, sample_settings
from tests.support.latin_words import latin_words
from tests.support.messenger import GraphRecorder, make_settings, running_app


def payload(message: dict[str, Any], title: str) -> str:
    """The payload of the quick reply titled `title` (what a tap on it sends)."""
    for quick in message.get("quick_replies", []):
        if quick["title"] == title:
            return str(quick["payload"])
    raise AssertionError(f"no quick reply {title!r} in {chips(message)}")


def fits_messenger(message: dict[str, Any]) -> bool:
    """Messenger's limits: text under 2,000 characters, titles of at most 20."""
    titles = chips(message)
    return len(message.get("text", "")) < 2000 and all(0 < len(title) <= 20 for title in titles)


async def test_what_is_missing_is_asked_back_in_hindi_with_hindi_buttons(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    async with running_app(sample_settings(backend, tmp_path)) as (_, client):
        chat = Chat(client, graph)
        from_where = await chat.say("सीटें देखनी हैं")
        noted = await chat.say("बेंगलुरु से")
        to_where = await chat.say("दिल्ली तक")
        await chat.say("रद्द करो")
        which_class = await chat.say("12627 का बेंगलुरु से दिल्ली किराया")
        fare = await chat.say(tap=payload(which_class, "SL स्लीपर"))
    assert which_class["text"] == t("hi", "ask.class")
    assert chips(which_class)[:2] == ["SL स्लीपर", "3A थर्ड एसी"]
    assert fare["text"].startswith("💰 ₹1,092 · SL (स्लीपर)")
    assert t("hi", "fare.part.base_fare") in fare["text"]
    assert from_where["text"] == t("hi", "ask.from")
    assert noted["text"].endswith(t("hi", "ask.to"))
    for message in (which_class, fare, from_where, noted, to_where):
        assert hindi(message) and english_leaks(message) == [] and fits_messenger(message)


# Every feature asked in Latin letters, as Hinglish and English writers ask it.
LATIN_QUESTIONS = (
    "hello",
    "help",
    "pnr 4512345678",
    "12627 kahan hai",
    "12627 ka route",
    "code of new delhi",
    "NDLS kaun sa station hai",
    "trains from NDLS next 6 hours",
    "chennai se bangalore kal",
    "sleeper fare 12627 sbc to ndls",
    "3a seats 12952 ndls mmct tomorrow",
    "cancelled trains today",
    "rescheduled trains",
    "12627 late hai kya",
    "does 12627 stop at bhopal",
    "alert 4534567890",
    "my alerts",
    "stop all",
    "what is rac",
    "ticket cancel karna hai",
    "book a flight from delhi to goa",
    "lkjhgf qwzx",
    "pnr 12345",
    "thanks",
)


async def test_a_person_who_chose_hindi_gets_every_feature_in_hindi_when_writing_latin(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    settings = make_settings(
        backend, railway_provider="sample", data_dir=tmp_path, rate_limit_per_minute=100
    )
    async with running_app(settings) as (_, client):
        chat = Chat(client, graph)
        chosen = await chat.say("in hindi")
        replies = {text: await chat.say(text) for text in LATIN_QUESTIONS}
    assert chosen["text"] == t("hi", "language.now_hindi")
    english = [text for text, reply in replies.items() if not hindi(reply)]
    leaks = {text: english_leaks(reply) for text, reply in replies.items() if english_leaks(reply)}
    assert english == [] and leaks == {}
    latin = {text: latin_words(reply) for text, reply in replies.items() if latin_words(reply)}
    assert latin == {}
    assert all(fits_messenger(reply) for reply in replies.values())
    assert replies["pnr 4512345678"]["text"].endswith(t("hi", "source.sample"))


async def test_every_way_of_choosing_a_language_switches_and_is_kept(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    async with running_app(sample_settings(backend, tmp_path)) as (_, client):
        chat = Chat(client, graph)
        hindi_chosen = await chat.say("हिंदी में")
        kept_hindi = await chat.say("pnr 4523456789")
        english_chosen = await chat.say("angrezi mein")
        kept_english = await chat.say("पीएनआर 4523456789")
        tapped = await chat.say(tap="LANG:hi")  # the language button of the menus
        after_tap = await chat.say("12627 kahan hai")
        back = await chat.say("reply in english")
        latin = await chat.say("12627 kahan hai")
    assert hindi_chosen["text"] == t("hi", "language.now_hindi")
    assert hindi(kept_hindi) and "रवाना" in kept_hindi["text"]
    # Said right after an answer, the switch says that answer again in the language chosen.
    assert english_chosen["text"].startswith(t("en", "language.again_english"))
    assert not hindi(kept_english) and "departs" in kept_english["text"]
    assert tapped["text"].startswith(t("hi", "language.again_hindi"))
    assert hindi(after_tap)
    assert back["text"].startswith(t("en", "language.again_english")) and not hindi(latin)


async def test_a_person_who_never_chose_is_answered_in_english_for_hinglish(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    async with running_app(sample_settings(backend, tmp_path)) as (_, client):
        chat = Chat(client, graph)
        hinglish = await chat.say("12627 kahan hai")
        devanagari = await chat.say("12627 कहाँ है")
        again = await chat.say("12627 ka route")
    assert not hindi(hinglish) and hindi(devanagari) and not hindi(again)


async def test_the_railways_failures_are_told_in_hindi_with_a_hindi_retry(
    tmp_path: Path,
) -> None:
    """Webhook → worker → bot → a railway that fails, then one that knows no such PNR."""
    settings = make_settings(
        None,
        data_dir=tmp_path,
        railway_provider="railwayapi",
        railway_api_url=API_URL,
        railway_api_key=API_KEY,
    )
    with respx.mock(assert_all_called=False) as router:
        graph = GraphRecorder(router)
        railway = router.get(url__startswith=API_URL)
        async with running_app(settings) as (_, client):
            chat = Chat(client, graph, user="7001000000000202")
            railway.respond(502, text="<html>Bad Gateway</html>")
            down = await chat.say("पीएनआर 4512345678")
            railway.respond(200, json=refusal(221))
            unknown = await chat.say("पीएनआर 4598765432")
    assert down["text"] == t("hi", "error.provider_down", provider="railwayapi.com")
    assert chips(down) == [t("hi", "chip.try_again")]
    assert unknown["text"].startswith(t("hi", "error.pnr_not_found"))
    for message in (down, unknown):
        assert english_leaks(message) == [] and fits_messenger(message)
        assert latin_words(message) == []


async def test_hindi_follow_ups_through_the_webhook_are_answered_in_hindi_words(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    """Follow-ups in Devanagari (a train picked in Bhojpuri, a start taken back, a window of
    hours for where a journey starts, "never mind" with a "no") reach the bot through the signed
    webhook and are answered with no Latin word but names, codes and numbers."""
    async with running_app(sample_settings(backend, tmp_path)) as (_, client):
        chat = Chat(client, graph, user="7001000000000310")
        await chat.say("भोपाल से कौन कौन सी ट्रेन जाती है")
        board = await chat.say("अगले ३ घंटे में")
        await chat.say("जयपुर से दिल्ली की ट्रेन")
        taken_back = await chat.say("सॉरी, जयपुर से नहीं आगरा से")
        await chat.say("भैया दिल्ली से झांसी कौनो गाड़ी है")
        picked = await chat.say("पहिली वाली कब छूटत है")
        await chat.say("12627 का किराया")
        over = await chat.say("नहीं रहने दो")
    assert "12002 Bhopal Shatabdi" in picked["text"]
    assert "Agra (सभी स्टेशन) → Delhi (सभी स्टेशन)" in taken_back["text"]
    # the window read for that station, whether or not a train leaves in it at this hour
    assert "Bhopal Jn (BPL)" in board["text"] and "अगले 3 घंट" in board["text"], board["text"]
    assert over["text"] == t("hi", "talk.start_over")
    for message in (picked, taken_back, board, over):
        assert hindi(message) and english_leaks(message) == [] and fits_messenger(message)
        assert latin_words(message) == [], (message["text"], latin_words(message))
